import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';

/** Builds the fixture after `edit`, and expects a failure that names `file` and matches `message`. */
function expectFailure(edit: (dir: string) => void, file: string, message: RegExp) {
  const fixture = fixtureBuild();
  edit(path.join(fixture.contentDir, 'features'));
  const { status, output } = fixture.build();
  expect(status, output).not.toBe(0);
  expect(output).toContain(file);
  expect(output).toMatch(message);
  expect(output).toMatch(/last good site .* was left as it was/);
  // The message is the whole story: no stack of the site's own code (src/, or its build in .astro/).
  expect(output).not.toMatch(/^\s+at .*(\/src\/|\/scripts\/|\.astro\/)/m);
  expect(readFileSync(path.join(fixture.outDir, 'index.html'), 'utf8')).toBe('last good site');
}

const alpha = 'alpha-feature.mdx';
/** Rewrites alpha-feature.mdx with `change` applied to its text. */
const editAlpha = (change: (text: string) => string) => (dir: string) => {
  const file = path.join(dir, alpha);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};

describe('bad input fails the build with a clear message and keeps the last good site', () => {
  test('the fixture itself builds and is published, and a page moved between .mdx and .md keeps building, though Astro cached the old file', () => {
    const fixture = fixtureBuild();
    const features = path.join(fixture.contentDir, 'features');
    const first = fixture.build();
    expect(first.status, first.output).toBe(0);
    expect(readFileSync(path.join(fixture.outDir, 'features/alpha-feature/index.html'), 'utf8')).toContain('Alpha feature');
    // The fixture has one page of each format: alpha-feature.mdx and beta-feature.md.
    expect(readFileSync(path.join(fixture.outDir, 'features/beta-feature/index.html'), 'utf8')).toContain('<h1');
    renameSync(path.join(features, alpha), path.join(features, 'alpha-feature.md'));
    renameSync(path.join(features, 'beta-feature.md'), path.join(features, 'beta-feature.mdx'));
    const { status, output } = fixture.build();
    expect(status, output).toBe(0);
    for (const slug of ['alpha-feature', 'beta-feature']) expect(readFileSync(path.join(fixture.outDir, 'features', slug, 'index.html'), 'utf8')).toMatch(/<h2 id="what-it-is"/);
  });
  // The rules themselves are unit-tested (tests/unit/check-pages.test.ts, content-rules, content-files,
  // schema); these cases prove the plumbing: each stage of a build reports a problem with its file
  // and keeps the last good site. The pre-flight (before Astro starts):
  test('a field the schema refuses, named with its line before Astro starts', () =>
    expectFailure(editAlpha((t) => t.replace('related:', 'relatd:')), `${alpha}:9`, /\(frontmatter\): "relatd" is not a field; did you mean "related"\?/));
  test('a reference that is not a file of QEMU 2.8.0, with the file it likely meant', () =>
    expectFailure(editAlpha((t) => t.replace('[qemu-img.c]', '[qemu-img.cc]')), `${alpha}:10`, /references: "qemu-img\.cc" is not a file of the QEMU 2\.8\.0 source tree\. Did you mean "qemu-img\.c"\?/));
  test('two pages with one slug', () => expectFailure((dir) => writeFileSync(path.join(dir, 'Alpha-Feature.mdx'), readFileSync(path.join(dir, alpha))), 'Alpha-Feature.mdx', /same URL as/));
  test('code in an MDX page, every problem at once', () =>
    expectFailure(editAlpha((t) => `${t}\nimport fs from 'node:fs'\n\n{process.env.HOME}\n`), alpha, /2 problems:[^]*alpha-feature\.mdx:\d+: import\/export[^]*alpha-feature\.mdx:\d+: \{process\.env\.HOME\}/));
  // Astro's stages: the content graph, rendering.
  test('a related page that does not exist', () => expectFailure(editAlpha((t) => t.replace('[beta-feature]', '[gamma-feature]')), alpha, /related: "gamma-feature" is not a feature page\. Allowed: alpha-feature, beta-feature/));
  test('a code block in a language Shiki lacks, in a Markdown page', () =>
    expectFailure((dir) => writeFileSync(path.join(dir, 'beta-feature.md'), `${readFileSync(path.join(dir, 'beta-feature.md'), 'utf8')}\n\`\`\`shel\nls\n\`\`\`\n`), 'beta-feature.md', /beta-feature\.md:\d+: \(code block\): ```shel: Shiki has no language "shel"/));
  test('a code block in a language Shiki lacks, in an MDX page', () => expectFailure(editAlpha((t) => `${t}\n\`\`\`shel\nls\n\`\`\`\n`), alpha, /Shiki has no language "shel"/));
  test('a malformed example meta', () =>
    expectFailure((dir) => writeFileSync(path.join(dir, 'beta-feature.md'), `${readFileSync(path.join(dir, 'beta-feature.md'), 'utf8')}\n\`\`\`sh run expect-exti=0\nls\n\`\`\`\n`), 'beta-feature.md', /unknown key "expect-exti"/));
  // The checks of the built site, which report every broken link at once: one build for three.
  // The fixture page has 32 lines: a line added after a blank line is line 34 (then 36, 38). The
  // built pages are named too: the page, its Russian edition (the English text, untranslated) and
  // its Markdown copies, whose links are checked as well (one mistake, one line).
  test('a broken internal link, a broken anchor and a broken link to a section of the same page, each at its line in the source, once for the page, its editions and their Markdown copies', () => {
    const onEveryCopy = String.raw`\(on \/features\/alpha-feature\/, \/ru\/features\/alpha-feature\/, \/features\/alpha-feature\/index\.md, \/ru\/features\/alpha-feature\/index\.md\)`;
    expectFailure(editAlpha((t) => `${t}\nSee [nothing](/features/nothing-here/).\n\nSee [usage](../beta-feature/#no-such-section).\n\nSee [above](#no-such-section).\n`), `${alpha}:34`, new RegExp(
      [
        String.raw`3 broken internal links:\n`,
        String.raw`\s*[^\n]*alpha-feature\.mdx:34: "\/features\/nothing-here\/" no file [^\n]* ${onEveryCopy}\n`,
        String.raw`\s*[^\n]*alpha-feature\.mdx:36: [^\n]*no element with id "no-such-section" on \/features\/beta-feature\/ ${onEveryCopy}\n`,
        String.raw`\s*[^\n]*alpha-feature\.mdx:38: "#no-such-section" no element with id "no-such-section" on \/features\/alpha-feature\/ ${onEveryCopy}\n`,
      ].join(''),
    ));
  });
});

/**
 * `astro build` run directly, without the pre-flight of `npm run build`: the content rules must hold
 * on every path into Astro, because the pre-flight is only a friendlier first look.
 */
describe('content cannot run code, even when the pre-flight is skipped', () => {
  test('an MDX expression fails the build at its line and its value reaches no output', () => {
    const fixture = fixtureBuild();
    const secret = 'not-for-publication-5f2c';
    const file = path.join(fixture.contentDir, 'features', alpha);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe token is {process.env.QEMU_DOCS_TEST_SECRET}.\n`);
    const { status, output, outDir } = fixture.astroBuild({ QEMU_DOCS_TEST_SECRET: secret });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/alpha-feature\.mdx:\d+: \{process\.env\.QEMU_DOCS_TEST_SECRET\}: is a JavaScript expression/);
    expect(output).not.toContain(secret);
    expect(filesContaining(outDir, secret)).toEqual([]);
  });
  test('raw HTML outside the allow-list in a Markdown page fails the build at its line', () => {
    const fixture = fixtureBuild();
    const beta = path.join(fixture.contentDir, 'features', 'beta-feature.md');
    writeFileSync(beta, `${readFileSync(beta, 'utf8')}\n<meta http-equiv="refresh" content="0;url=https://elsewhere.example/">\n`);
    const { status, output } = fixture.astroBuild();
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/beta-feature\.md:\d+: <meta>: is not an element pages may contain/);
  });
  test('a code block in a language Shiki lacks in a Markdown page is named at its fence line in the file, not in the body Astro passes on', () => {
    const fixture = fixtureBuild();
    const beta = path.join(fixture.contentDir, 'features', 'beta-feature.md');
    const text = readFileSync(beta, 'utf8');
    writeFileSync(beta, `${text}\n\`\`\`shel\nls\n\`\`\`\n`);
    const fenceLine = text.split('\n').length + 1;
    const { status, output } = fixture.astroBuild();
    expect(status, output).not.toBe(0);
    expect(output).toContain(`beta-feature.md:${fenceLine}: code block \`\`\`shel: Shiki has no language "shel"`);
  });
});

/** Files under `dir` whose text contains `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, 'latin1').includes(needle));
}
