import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkContentPages } from '../../src/markdown/check-pages.ts';
import { scaffoldFeature } from '../../src/lib/scaffold.ts';
import { readQemuFiles } from '../../src/data/qemu-files.ts';

const fixture = readFileSync(new URL('../fixtures/minimal/features/alpha-feature.mdx', import.meta.url), 'utf8');
const context = { components: ['ColoDiagram', 'VsockDiagram'], qemuFiles: readQemuFiles() };
const page = (text: string, name = 'alpha-feature.mdx') => ({ name, path: `content/features/${name}`, bytes: new TextEncoder().encode(text) });
/** `file field: message` of every problem after `change` is applied to the fixture page. */
const problems = (change: (text: string) => string, name?: string) =>
  checkContentPages([page(change(fixture), name)], 'features', context).map((p) => `${p.file} ${p.field}: ${p.message}`);
const lineOf = (pattern: RegExp) => fixture.split('\n').findIndex((line) => pattern.test(line)) + 1;

test('the fixture page has no problem', () => {
  expect(problems((t) => t)).toEqual([]);
});
test('a missing title names the frontmatter', () => {
  expect(problems((t) => t.replace(/^title: .*\n/m, ''))).toEqual([expect.stringMatching(/^content\/features\/alpha-feature\.mdx:\d+ title: /)]);
});
test('a field the schema refuses is named with its line', () => {
  expect(problems((t) => t.replace(/^summary: .*$/m, 'summary: ""'))).toEqual([`content/features/alpha-feature.mdx:${lineOf(/^summary:/)} summary: must be at least 40 characters`]);
  expect(problems((t) => t.replace('[all]', '[riscv]'))).toEqual([expect.stringMatching(new RegExp(`:${lineOf(/^architectures:/)} architectures\\.0: .*expected one of.*"x86"`))]);
  expect(problems((t) => t.replace('category: tools', 'category: toolz'))).toEqual([expect.stringMatching(/category: .*expected one of.*"tools"/)]);
  expect(problems((t) => t.replace('status: new', 'status: shiny'))).toEqual([expect.stringMatching(/status: .*expected one of.*"new"/)]);
  expect(problems((t) => t.replace('title: Alpha feature', 'title: Alpha <img src=x onerror=alert(1)>'))).toEqual([expect.stringMatching(/title: must be plain text/)]);
  expect(problems((t) => t.replace('related:', 'aliases: [Not A Slug]\nrelated:'))).toEqual([expect.stringMatching(/aliases\.0: must be a slug/)]);
});
test('a misspelt field and a slug: field are refused', () => {
  expect(problems((t) => t.replace('related:', 'relatd:'))).toEqual([expect.stringMatching(new RegExp(`:${lineOf(/^related:/)} \\(frontmatter\\): "relatd" is not a field; did you mean "related"\\?`))]);
  expect(problems((t) => t.replace('related:', 'slug: elsewhere\nrelated:'))).toEqual([expect.stringMatching(/"slug" is not a field: the file name is the URL/)]);
});
test('a reference that is not a file of QEMU 2.8.0 is named at its line, with the file it likely meant', () => {
  const withReferences = (t: string) => t.replace('references: [qemu-img.c]', 'references:\n  - qemu-img.c\n  - hw/loader.c\n  - docs/colo-ft.txt\n  - no/such/thing.zz');
  const first = lineOf(/^references:/);
  expect(problems(withReferences)).toEqual([
    `content/features/alpha-feature.mdx:${first + 2} references: "hw/loader.c" is not a file of the QEMU 2.8.0 source tree. Did you mean "hw/core/loader.c"? Name the path from the top of the v2.8.0 tree, as in docs/COLO-FT.txt.`,
    expect.stringMatching(new RegExp(`:${first + 3} references: "docs/colo-ft.txt" .* Did you mean "docs/COLO-FT.txt"\\?`)),
    expect.stringMatching(new RegExp(`:${first + 4} references: "no/such/thing.zz" is not a file of the QEMU 2.8.0 source tree. Name the path`)),
  ]);
});
test('broken YAML names its line', () => {
  expect(problems((t) => t.replace('keywords: [alpha-tool]', 'keywords: [alpha-tool'))).toEqual([expect.stringMatching(/^content\/features\/alpha-feature\.mdx:\d+ \(frontmatter YAML\): /)]);
});
test('a page without frontmatter is told how to start one', () => {
  expect(problems(() => '# Just a heading\n')[0]).toMatch(/:1 \(frontmatter\): is missing/);
});
test('body problems come from the content rules, with their lines', () => {
  const lines = fixture.split('\n').length;
  expect(problems((t) => `${t}\n{process.env.HOME}\n`)).toEqual([expect.stringMatching(new RegExp(`:${lines + 1} \\{process\\.env\\.HOME\\}: is a JavaScript expression`))]);
  expect(problems((t) => `${t}\nA stray { brace.\n`)).toEqual([expect.stringMatching(/\(MDX syntax\)/)]);
  expect(problems((t) => `${t}\n<NoSuchDiagram />\n`)).toEqual([expect.stringMatching(/<NoSuchDiagram>: is not a component pages can use\. Available: ColoDiagram, VsockDiagram/)]);
});
test('a feature page must have the required sections, in order', () => {
  expect(problems((t) => t.replace('## Limitations', '## Caveats'))).toEqual([expect.stringMatching(/\(sections\): has no "## Limitations" section/)]);
  expect(problems((t) => t.replace('## What it is', '## Intro'))).toEqual([expect.stringMatching(/has no "## What it is" section/)]);
});
test('a section heading with inline markup counts by the id the site gives it', () => {
  expect(problems((t) => t.replace('## What it is', '## What *it* is').replace('## How to use it', '## How to use `it`'))).toEqual([]);
});
test('a reworded section counts by its id, pinned or kept as an alias', () => {
  expect(problems((t) => t.replace('## How to use it', '## Usage {#usage data-aliases="how-to-use-it"}'))).toEqual([]);
  expect(problems((t) => t.replace('## Limitations', '## Known limits {#limitations}'))).toEqual([]);
});
test('the scaffold\'s TODO text is refused at its line', () => {
  expect(problems((t) => `${t}\nTODO: explain the options.\n`)).toEqual([expect.stringMatching(new RegExp(`:${fixture.split('\n').length + 1} \\(placeholder\\)`))]);
});
test('a page the scaffold writes passes everything but its placeholders', () => {
  const scaffold = scaffoldFeature('new-thing');
  const found = checkContentPages([page(scaffold, 'new-thing.md')], 'features', { ...context, components: [] });
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((problem) => problem.field === '(placeholder)')).toBe(true);
});

test('a code block the highlighter would refuse is found before Astro starts, at its fence line in the file', () => {
  const page = `---\ntitle: x\n---\n\n# T\n\nText.\n\n\`\`\`shell-ish\necho hi\n\`\`\`\n\n\`\`\`sh run expect-exit=x\necho hi\n\`\`\`\n`;
  const problems = checkContentPages([{ name: 'a.md', path: 'content/architectures/a.md', bytes: new TextEncoder().encode(page) }], 'architectures', { components: [], qemuFiles: new Set() }).filter((problem) => problem.field === '(code block)');
  expect(problems.map((problem) => problem.file)).toEqual(['content/architectures/a.md:9', 'content/architectures/a.md:13']);
  expect(problems[0]?.message).toContain('Shiki has no language "shell-ish"');
});
