import { readFileSync, renameSync, writeFileSync } from 'node:fs';
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
  expect(readFileSync(path.join(fixture.outDir, 'index.html'), 'utf8')).toBe('last good site');
}

const alpha = 'alpha-feature.mdx';
/** Rewrites alpha-feature.mdx with `change` applied to its text. */
const editAlpha = (change: (text: string) => string) => (dir: string) => {
  const file = path.join(dir, alpha);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};

describe('bad input fails the build with a clear message and keeps the last good site', () => {
  test('the fixture itself builds and is published', () => {
    const fixture = fixtureBuild();
    const { status, output } = fixture.build();
    expect(status, output).toBe(0);
    expect(readFileSync(path.join(fixture.outDir, 'features/alpha-feature/index.html'), 'utf8')).toContain('Alpha feature');
    // The fixture has one page of each format: alpha-feature.mdx and beta-feature.md.
    expect(readFileSync(path.join(fixture.outDir, 'features/beta-feature/index.html'), 'utf8')).toContain('<h1');
  });
  test('a page moved between .mdx and .md keeps building, though Astro cached the old file', () => {
    const fixture = fixtureBuild();
    const features = path.join(fixture.contentDir, 'features');
    expect(fixture.build().status).toBe(0);
    renameSync(path.join(features, alpha), path.join(features, 'alpha-feature.md'));
    renameSync(path.join(features, 'beta-feature.md'), path.join(features, 'beta-feature.mdx'));
    const { status, output } = fixture.build();
    expect(status, output).toBe(0);
    for (const slug of ['alpha-feature', 'beta-feature']) expect(readFileSync(path.join(fixture.outDir, 'features', slug, 'index.html'), 'utf8')).toMatch(/<h2 id="what-it-is"/);
  });
  test('missing title', () => expectFailure(editAlpha((t) => t.replace(/^title: .*\n/m, '')), alpha, /title/));
  test('empty summary', () => expectFailure(editAlpha((t) => t.replace(/^summary: .*$/m, 'summary: ""')), alpha, /summary: must be at least/));
  test('unknown architecture', () => expectFailure(editAlpha((t) => t.replace('[all]', '[riscv]')), alpha, /architectures.*expected one of.*"x86"/));
  test('unknown category', () => expectFailure(editAlpha((t) => t.replace('category: tools', 'category: toolz')), alpha, /category.*expected one of.*"tools"/));
  test('unknown status', () => expectFailure(editAlpha((t) => t.replace('status: new', 'status: shiny')), alpha, /status.*expected one of.*"new"/));
  test('markup in the title', () => expectFailure(editAlpha((t) => t.replace('title: Alpha feature', 'title: Alpha <img src=x onerror=alert(1)>')), alpha, /title: must be plain text/));
  test('a related page that does not exist', () => expectFailure(editAlpha((t) => t.replace('[beta-feature]', '[gamma-feature]')), alpha, /related: "gamma-feature" is not a feature page\. Allowed: alpha-feature, beta-feature/));
  test('an alias that collides with a real page', () => expectFailure(editAlpha((t) => t.replace('related:', 'aliases: [beta-feature]\nrelated:')), alpha, /aliases: "beta-feature" is the slug of a real page/));
  test('two pages with one slug', () => expectFailure((dir) => writeFileSync(path.join(dir, 'Alpha-Feature.mdx'), readFileSync(path.join(dir, alpha))), 'Alpha-Feature.mdx', /same URL as/));
  test('broken YAML', () => expectFailure(editAlpha((t) => t.replace('keywords: [alpha-tool]', 'keywords: [alpha-tool')), alpha, /YAML|frontmatter/i));
  test('an MDX syntax error', () => expectFailure(editAlpha((t) => `${t}\nA stray { brace.\n`), alpha, /alpha-feature\.mdx:\d+/));
  test('an unclosed JSX tag', () => expectFailure(editAlpha((t) => `${t}\n<div>\n\nnever closed\n`), alpha, /alpha-feature\.mdx:\d+/));
  test('an unknown component', () => expectFailure(editAlpha((t) => `${t}\n<NoSuchDiagram />\n`), alpha, /alpha-feature\.mdx:\d+: <NoSuchDiagram>: is not a component pages can use\. Available: ColoDiagram, VsockDiagram/));
  test('a component in a Markdown page', () =>
    expectFailure((dir) => writeFileSync(path.join(dir, 'beta-feature.md'), `${readFileSync(path.join(dir, 'beta-feature.md'), 'utf8')}\n<ColoDiagram />\n`), 'beta-feature.md', /beta-feature\.md:\d+: <ColoDiagram>: is a component, and components work only in MDX pages\. Rename the file to beta-feature\.mdx/));
  test('a page with an extension that is not published', () => expectFailure((dir) => writeFileSync(path.join(dir, 'gamma-feature.markdown'), readFileSync(path.join(dir, alpha))), 'gamma-feature.markdown', /must end in \.md or \.mdx/));
  test('a code block in a language Shiki lacks, in a Markdown page', () =>
    expectFailure((dir) => writeFileSync(path.join(dir, 'beta-feature.md'), `${readFileSync(path.join(dir, 'beta-feature.md'), 'utf8')}\n\`\`\`shel\nls\n\`\`\`\n`), 'beta-feature.md', /Shiki has no language "shel"[^]*beta-feature\.md: \(body\): could not be rendered/));
  test('a code block in a language Shiki lacks, in an MDX page', () => expectFailure(editAlpha((t) => `${t}\n\`\`\`shel\nls\n\`\`\`\n`), alpha, /Shiki has no language "shel"/));
  test('a malformed example meta', () =>
    expectFailure((dir) => writeFileSync(path.join(dir, 'beta-feature.md'), `${readFileSync(path.join(dir, 'beta-feature.md'), 'utf8')}\n\`\`\`sh run expect-exti=0\nls\n\`\`\`\n`), 'beta-feature.md', /unknown key "expect-exti"/));
  test('a file that is not UTF-8', () => expectFailure((dir) => writeFileSync(path.join(dir, alpha), Buffer.concat([readFileSync(path.join(dir, alpha)), Buffer.from([0xff, 0xfe, 0x0a])])), alpha, /not valid UTF-8/));
  test('an empty file', () => expectFailure((dir) => writeFileSync(path.join(dir, alpha), ''), alpha, /is empty/));
  test('a 5 MB page', () => expectFailure(editAlpha((t) => t + 'word '.repeat(1_000_000)), alpha, /may be at most/));
  test('a broken internal link', () => expectFailure(editAlpha((t) => `${t}\nSee [nothing](/features/nothing-here/).\n`), '/features/alpha-feature/', /"\/features\/nothing-here\/" no file/));
  test('a broken anchor', () => expectFailure(editAlpha((t) => `${t}\nSee [usage](../beta-feature/#no-such-section).\n`), '/features/alpha-feature/', /no element with id "no-such-section"/));
});
