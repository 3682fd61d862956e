/**
 * The Russian edition kept honest, on a small copy of the content: a translation whose code,
 * section ids or examples differ from its English page fails the build naming both files; an
 * English page edited after its translation makes the translation stale (listed by the build, and
 * said on the page, which links to the English one); a page with no translation is served under
 * /ru/ with the English text and a notice, and listed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureBuild, type FixtureBuild } from '../helpers/fixture-build.ts';
import { writeAlphaTranslation } from '../helpers/alpha-translation.ts';

const ENGLISH = 'content/features/alpha-feature.mdx';
const RUSSIAN = 'content/ru/features/alpha-feature.mdx';

/** The fixture with a faithful Russian translation of alpha-feature (beta-feature has none). */
async function withTranslation(): Promise<{ fixture: FixtureBuild; english: string; russian: string }> {
  const fixture = fixtureBuild();
  return { fixture, ...(await writeAlphaTranslation(fixture)) };
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const page = (fixture: FixtureBuild, sitePath: string) => readFileSync(path.join(fixture.outDir, sitePath, 'index.html'), 'utf8');

describe('translations are kept in step with the English pages', () => {
  test('a current translation is served as it is; a page without one gets the English text and a notice; the build lists it', async () => {
    const { fixture } = await withTranslation();
    const { status, output } = fixture.build();
    expect(status, output).toBe(0);
    expect(output).toMatch(/Translations \(ru\): 1 current, 0 stale, \d+ missing\./);
    expect(output).toMatch(/missing: \S*content\/features\/beta-feature\.md has no ru translation/);
    const alpha = page(fixture, 'ru/features/alpha-feature');
    expect(alpha).toContain('<html lang="ru"');
    expect(alpha).toContain('Возможность альфа');
    expect(alpha).not.toContain('data-translation=');
    const beta = page(fixture, 'ru/features/beta-feature');
    expect(beta).toContain('data-translation="missing"');
    expect(beta).toContain('Эта страница ещё не\u00A0переведена');
    expect(beta).toMatch(/<div class="prose[^"]*" lang="en"/);
  });

  test("a changed code block fails the build, naming both files and lines", async () => {
    const { fixture, russian } = await withTranslation();
    edit(russian, (text) => text.replace('qemu-img info disk.img', 'qemu-img info диск.img'));
    const { status, output } = fixture.build();
    expect(status, output).not.toBe(0);
    expect(output).toMatch(new RegExp(`${RUSSIAN}:\\d+: \\(translation\\): code block 1 is .*but in \\S*${ENGLISH}:\\d+ it is`));
    expect(output).toMatch(/last good site .* was left as it was/);
    expect(readFileSync(path.join(fixture.outDir, 'index.html'), 'utf8')).toBe('last good site');
  });

  test('a section id that differs from the English one fails the build, naming both files', async () => {
    const { fixture, russian } = await withTranslation();
    edit(russian, (text) => text.replace('## Ограничения {#limitations}', '## Ограничения'));
    const { status, output } = fixture.build();
    expect(status, output).not.toBe(0);
    expect(output).toMatch(new RegExp(`${RUSSIAN}:\\d+: \\(translation\\): section 4 is h2 #ограничения, but in ${ENGLISH}:\\d+ it is h2 #limitations`.replace(ENGLISH, `\\S*${ENGLISH}`)));
  });

  test('an edited English paragraph makes the translation stale: listed by the build, said on the page with a link to the English page', async () => {
    const { fixture, english } = await withTranslation();
    edit(english, (text) => text.replace('Alpha is a valid page.', 'Alpha is a valid page, now with one more sentence.'));
    const { status, output } = fixture.build();
    expect(status, output).toBe(0);
    expect(output).toMatch(new RegExp(`stale: +\\S*${RUSSIAN} translates an older \\S*${ENGLISH}`));
    const alpha = page(fixture, 'ru/features/alpha-feature');
    expect(alpha).toContain('data-translation="stale"');
    expect(alpha).toMatch(/<a href="\/features\/alpha-feature\/" hreflang="en"[^>]*>/);
  });

  test('a variant the Russian glossary avoids fails the build, naming the file, the line and the term to write', async () => {
    const { fixture, russian } = await withTranslation();
    edit(russian, (text) => text.replace('Альфа — корректная страница.', 'Альфа — корректная страница для любого бинарника.'));
    const { status, output } = fixture.build();
    expect(status, output).not.toBe(0);
    expect(output).toMatch(new RegExp(`${RUSSIAN}:8: \\(glossary\\): «бинарника»: write «исполняемый файл» \\(EN "binary"\\)`));
  });

  test('a translation may not restate a fact of the English frontmatter', async () => {
    const { fixture, russian } = await withTranslation();
    edit(russian, (text) => text.replace('englishVersion:', 'category: tools\nenglishVersion:'));
    const { status, output } = fixture.build();
    expect(status, output).not.toBe(0);
    expect(output).toMatch(new RegExp(`${RUSSIAN}:4: \\(frontmatter\\): "category" is a fact of the English page`));
  });

  test("a broken link in a translation names the translation's line, not a template", async () => {
    const { fixture, russian } = await withTranslation();
    edit(russian, (text) => text.replace('Альфа — корректная страница.', 'Альфа — корректная страница. См. [ничего](../nothing-here/).'));
    const { status, output } = fixture.build();
    expect(status, output).not.toBe(0);
    expect(output).toMatch(new RegExp(`${RUSSIAN}:8: "\\.\\./nothing-here/" no file /ru/features/nothing-here/index\\.html in the output \\(on /ru/features/alpha-feature/, /ru/features/alpha-feature/index\\.md\\)`));
  });
});
