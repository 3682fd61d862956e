import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { MDX_HTML_COMPONENTS } from '../../src/components/mdx/html.ts';
import { MDX_COMPONENT_NAMES } from '../../src/components/mdx/names.ts';
import { renderMdxToHtml } from '../../src/markdown/fast-path/mdx-html.ts';
import { contentGuard } from '../../src/markdown/content-guard.ts';
import { componentLocale } from '../../src/markdown/content-locale.ts';
import { projectEnv } from '../../src/config/env.ts';

const { Aside, ColoDiagram } = MDX_HTML_COMPONENTS;

describe('Aside', () => {
  test('is a labelled note, with its text and no script', () => {
    const html = Aside({ type: 'caution' }, '<p>QEMU 7.2 differs.</p>', 'en');
    expect(html).toBe('<div class="aside aside-caution" role="note" aria-label="Caution"><p class="aside-label" aria-hidden="true">Caution</p><p>QEMU 7.2 differs.</p></div>');
  });
  test("prints its label in the page's language", () => {
    expect(Aside({ type: 'caution' }, '<p>QEMU 7.2 иначе.</p>', 'ru')).toContain('aria-label="Внимание"');
  });
  test('is a note when no type is given', () => {
    expect(Aside({}, 'Text', 'en')).toContain('aria-label="Note"');
  });
  test('refuses an unknown type, naming the types there are', () => {
    expect(() => Aside({ type: 'warning' }, 'Text', 'en')).toThrow('<Aside type> "warning" is not a value it accepts. Use type="note", type="tip", type="caution".');
  });
  test('refuses a prop it does not know, and an empty body', () => {
    expect(() => Aside({ type: 'tip', title: 'x' }, 'Text', 'en')).toThrow('<Aside title> is not a prop of this component. <Aside> takes type=…. Remove it.');
    expect(() => Aside({ type: 'tip' }, '  ', 'en')).toThrow(/<Aside> is empty/);
  });
});

test('a diagram refuses props, which it would otherwise ignore', () => {
  expect(() => ColoDiagram({ size: 'small' }, '', 'en')).toThrow('<ColoDiagram size> is not a prop of this component. <ColoDiagram> takes no props. Remove it.');
});

test('every component a page may use has an HTML function for the fast path', () => {
  expect(Object.keys(MDX_HTML_COMPONENTS).sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
});

describe('the MDX fast path', () => {
  // The site processor's plugins (astro.config.mjs): the content guard first, then the one that gives components the page file's locale.
  const options = { mdastPlugins: [contentGuard('/site', MDX_COMPONENT_NAMES), componentLocale(MDX_COMPONENT_NAMES)], hastPlugins: [], features: {} };
  const file = new URL('file:///site/content/features/a.mdx');
  const inContent = (relative: string) => pathToFileURL(path.join(projectEnv().contentDir, relative));
  test('prints elements, text and components, with the headings', async () => {
    const { html, headings } = await renderMdxToHtml('## Hi & bye\n\nPress <kbd>Ctrl</kbd>.\n\n<Aside type="tip">Use **it**.</Aside>\n', file, {}, options);
    expect(html).toBe('<h2 id="hi--bye">Hi &amp; bye</h2>\n<p>Press <kbd>Ctrl</kbd>.</p>\n<div class="aside aside-tip" role="note" aria-label="Tip"><p class="aside-label" aria-hidden="true">Tip</p>Use <strong>it</strong>.</div>');
    expect(headings).toEqual([{ depth: 2, slug: 'hi--bye', text: 'Hi & bye' }]);
  });
  test('refuses a local image, which only the standard path turns into an optimised image', async () => {
    await expect(renderMdxToHtml('![A diagram](./diagram.png)\n', file, {}, options)).rejects.toThrow('/site/content/features/a.mdx: the image ./diagram.png is a local file');
  });
  test('refuses to run compiled code unless the content guard is the first plugin: an expression would read the environment', async () => {
    const unguarded = { ...options, mdastPlugins: [] };
    await expect(renderMdxToHtml('Home is {process.env.HOME}.\n', file, {}, unguarded)).rejects.toThrow(/content guard must be the first mdast plugin/);
    const guardSecond = { ...options, mdastPlugins: [() => ({ name: 'other' }), ...options.mdastPlugins] };
    await expect(renderMdxToHtml('Home is {process.env.HOME}.\n', file, {}, guardSecond)).rejects.toThrow(/content guard must be the first mdast plugin/);
    await expect(renderMdxToHtml('Home is {process.env.HOME}.\n', file, {}, options)).rejects.toThrow(/JavaScript expression/);
  });
  test('a component speaks the language of the page file, whichever edition shows it', async () => {
    const aside = '<Aside>Text.</Aside>\n';
    expect((await renderMdxToHtml(aside, inContent('ru/features/a.mdx'), {}, options)).html).toContain('aria-label="Примечание"');
    // The English file is what an untranslated page of the Russian edition shows.
    expect((await renderMdxToHtml(aside, inContent('features/a.mdx'), {}, options)).html).toContain('aria-label="Note"');
    // Nested components, and a component in a line of text, get it too.
    const nested = (await renderMdxToHtml('<Aside type="tip">\n\n<Aside>Inner.</Aside>\n\nText <Aside>inline</Aside>.\n\n</Aside>\n', inContent('ru/features/a.mdx'), {}, options)).html;
    expect(nested.match(/aria-label="(Совет|Примечание)"/g)).toEqual(['aria-label="Совет"', 'aria-label="Примечание"', 'aria-label="Примечание"']);
    // A locale written by the author is refused: it is not a prop of the component.
    await expect(renderMdxToHtml('<Aside locale="ru">Text.</Aside>\n', inContent('features/a.mdx'), {}, options)).rejects.toThrow(/<Aside locale>: is not a prop/);
  });
  test('without the site\'s locale plugin, a component fails naming it instead of guessing a language', async () => {
    await expect(renderMdxToHtml('<Aside>Text.</Aside>\n', file, {}, { ...options, mdastPlugins: options.mdastPlugins.slice(0, 1) })).rejects.toThrow(/<Aside> got no page locale .*src\/markdown\/content-locale\.ts/);
  });
});
