import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { typesetRun, typesetText, typografFor, typography } from '../../src/markdown/typography.ts';
import { headingAnchors } from '../../src/markdown/heading-anchors.ts';
import { renderMdxToHtml } from '../../src/markdown/fast-path/mdx-html.ts';
import { contentGuard } from '../../src/markdown/content-guard.ts';
import { componentLocale } from '../../src/markdown/content-locale.ts';
import { CONTENT_FEATURES } from '../../src/markdown/content-ast.ts';
import { MDX_COMPONENT_NAMES } from '../../src/components/mdx/names.ts';
import { projectEnv } from '../../src/config/env.ts';

const NBSP = '\u00A0';
const inContent = (relative: string) => pathToFileURL(path.join(projectEnv().contentDir, relative));
const RU = inContent('ru/features/a.md');
const EN = inContent('features/a.md');

/** A Markdown page through the heading anchors and the typography plugin, as astro.config.mjs runs them. */
async function render(markdown: string, fileURL: URL) {
  const result = await markdownToHtml(markdown, { features: CONTENT_FEATURES, fileURL, hastPlugins: [headingAnchors, typography()] });
  return result.html;
}

describe('typesetRun', () => {
  const typograf = typografFor('ru')!;
  test('sets no-break spaces, a dash and quotes in Russian prose', () => {
    expect(typesetRun([{ text: 'QEMU - эмулятор, т.е. "средство" в 64 МиБ' }], typograf)).toEqual([`QEMU${NBSP}— эмулятор, т.${NBSP}е. «средство» в${NBSP}64${NBSP}МиБ`]);
  });
  test('gives each text its own part back, across inline elements and code', () => {
    const parts = [{ text: 'Запустите в ' }, { opaque: true as const }, { text: ' и "' }, { open: 'em' }, { text: 'посмотрите' }, { close: 'em' }, { text: '"' }];
    expect(typesetRun(parts, typograf)).toEqual([`Запустите в${NBSP}`, ` и${NBSP}«`, 'посмотрите', '»']);
  });
  test('closes a quote around code as a quote', () => {
    expect(typesetRun([{ text: 'на "' }, { opaque: true }, { text: '" вывод' }], typograf)).toEqual([`на${NBSP}«`, '» вывод']);
  });
  test('leaves what would read as HTML as it is', () => {
    expect(typesetRun([{ text: 'ответ после <- и &amp; <b>' }], typograf)).toEqual([`ответ после <- и${NBSP}&amp; <b>`]);
  });
  test('keeps a version a version and a long number a number', () => {
    expect(typesetRun([{ text: 'В QEMU 2.8 это 4194304 байта, 2016-12-20.' }], typograf)).toEqual([`В${NBSP}QEMU 2.8 это 4194304 байта, 2016-12-20.`]);
  });
  test('leaves names, and the whitespace around a run, as written', () => {
    expect(typesetRun([{ text: '\nMSI-X, Loongson-2F, drive=x,if=none, foo(bar) и -> ' }], typograf)).toEqual([`\nMSI-X, Loongson-2F, drive=x,if=none, foo(bar) и${NBSP}-> `]);
  });
  test('typesets a title or summary of the Russian edition, and leaves English as written', () => {
    expect(typesetText('Отказоустойчивость COLO - контрольные точки и переключение на резерв', 'ru')).toBe(`Отказоустойчивость COLO${NBSP}— контрольные точки и${NBSP}переключение на${NBSP}резерв`);
    expect(typesetText('COLO - checkpoints and failover', 'en')).toBe('COLO - checkpoints and failover');
  });
  test('has no typograph for English', () => {
    expect(typografFor('en')).toBeUndefined();
  });
});

describe('the typography plugin', () => {
  test('typesets the prose of a Russian page: paragraphs, list items, table cells and headings', async () => {
    const html = await render('## Запуск и проверка\n\nQEMU - эмулятор.\n\n- пункт в списке\n\n| А |\n|---|\n| в ячейке |\n', RU);
    expect(html).toContain(`<h2 id="запуск-и-проверка">Запуск и${NBSP}проверка<a`);
    expect(html).toContain(`<p>QEMU${NBSP}— эмулятор.</p>`);
    expect(html).toContain(`<li>пункт в${NBSP}списке</li>`);
    expect(html).toContain(`<td>в${NBSP}ячейке</td>`);
  });
  test('makes section ids and labels from the text as written', async () => {
    const html = await render('## Запуск и проверка\n', RU);
    expect(html).toContain(`aria-label="Ссылка на${NBSP}раздел: Запуск и проверка"`);
    expect(html).toContain('href="#запуск-и-проверка"');
  });
  test('leaves code, code blocks, kbd, samp, var and attributes as written', async () => {
    const html = await render('Код `a - "b" и c` и <kbd>Ctrl - C</kbd>, <samp>и т.е.</samp>, <var>в x</var>, [в - ссылке](https://example.org/a?b=1,2 "и - титул").\n\n```sh\nqemu - "x" и т.е.\n```\n', RU);
    expect(html).toContain('<code>a - "b" и c</code>');
    expect(html).toContain('<kbd>Ctrl - C</kbd>');
    expect(html).toContain('<samp>и т.е.</samp>');
    expect(html).toContain('<var>в x</var>');
    expect(html).toContain('href="https://example.org/a?b=1,2" title="и - титул"');
    expect(html).toContain(`>в${NBSP}— ссылке</a>`);
    expect(html).toContain('qemu - "x" и т.е.');
  });
  test('prints characters, never entities', async () => {
    const html = await render('Опция и "кавычки".\n', RU);
    expect(html).toBe(`<p>Опция и${NBSP}«кавычки».</p>\n`);
  });
  test('leaves English pages as written', async () => {
    const markdown = '## Run and check\n\nQEMU - an emulator, "quoted" in a 64 MiB guest.\n';
    expect(await render(markdown, EN)).toBe((await markdownToHtml(markdown, { features: CONTENT_FEATURES, fileURL: EN, hastPlugins: [headingAnchors] })).html);
  });
  test('leaves raw HTML in a Markdown page, and text in another language, as written', async () => {
    expect(await render('Ошибка <span lang="en">No machine - "x"</span> и всё.\n', RU)).toContain(`<span lang="en">No machine - "x"</span> и${NBSP}всё.`);
  });
  test('typesets MDX pages on the fast path, inside components too, but not their code', async () => {
    const options = { mdastPlugins: [contentGuard('/site', MDX_COMPONENT_NAMES), componentLocale(MDX_COMPONENT_NAMES)], hastPlugins: [headingAnchors, typography()], features: CONTENT_FEATURES };
    const { html } = await renderMdxToHtml('QEMU - эмулятор `a - b`.\n\n<Aside type="note">\nВ 2.8 - иначе.\n</Aside>\n', inContent('ru/features/a.mdx'), {}, options);
    expect(html).toContain(`<p>QEMU${NBSP}— эмулятор <code>a - b</code>.</p>`);
    expect(html).toContain(`<p>В${NBSP}2.8${NBSP}— иначе.</p>`);
    const english = await renderMdxToHtml('Ошибка <span lang="en">No machine - "x"</span> и всё.\n', inContent('ru/features/a.mdx'), {}, options);
    expect(english.html).toContain(`<span lang="en">No machine - &quot;x&quot;</span> и${NBSP}всё.`);
  });
});
