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

test('a field the page lacks is named at the frontmatter\'s first line', () => {
  expect(problems((t) => t.replace(/^title: .*\n/m, ''))).toEqual([expect.stringMatching(/^content\/features\/alpha-feature\.mdx:2 title: /)]);
});
test('broken YAML is named at the line where the parser stopped, with its explanation and what to check', () => {
  expect(problems((t) => t.replace('keywords: [alpha-tool]', 'keywords: [alpha-tool]\ntitle: Again'))).toEqual([
    `content/features/alpha-feature.mdx:${lineOf(/^keywords:/) + 1} (frontmatter YAML): Map keys must be unique. Check the quotes, brackets and indentation there.`,
  ]);
  expect(problems((t) => t.replace('keywords: [alpha-tool]', 'keywords: [alpha-tool'))).toEqual([expect.stringMatching(new RegExp(`^content/features/alpha-feature\\.mdx:${lineOf(/^keywords:/) + 1} \\(frontmatter YAML\\): Flow sequence`))]);
});
test('references that are not a list of paths are the schema\'s to refuse, not a crash', () => {
  expect(problems((t) => t.replace('references: [qemu-img.c]', 'references: qemu-img.c'))).toEqual([expect.stringMatching(/ references: /)]);
  expect(problems((t) => t.replace('references: [qemu-img.c]', 'references: [{ path: qemu-img.c }]'))).toEqual([expect.stringMatching(/ references\.0: /)]);
});
test('frontmatter that is not a set of fields is refused as a whole', () => {
  expect(checkContentPages([page('---\n- a\n---\n\n## What it is\n')], 'features', context).map((p) => `${p.file} ${p.field}`)).toContain('content/features/alpha-feature.mdx:2 (frontmatter)');
});
test('only pages are checked, and only ones with text: another file, an empty one or one that is not UTF-8 is left to the file checks', () => {
  const files = [page('x', 'notes.txt'), page('x', 'alpha-feature.md.orig'), page('  \n', 'empty.md'), { name: 'latin1.md', path: 'content/features/latin1.md', bytes: new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]) }];
  expect(checkContentPages(files, 'features', context)).toEqual([]);
});
test('a section written as an h3 is not the section', () => {
  expect(problems((t) => t.replace('## Limitations', '### Limitations'))).toEqual([expect.stringMatching(/has no "## Limitations" section/)]);
});
test('missing sections are all named, with the order every feature page has', () => {
  expect(problems((t) => t.replace('## Limitations', '## Caveats').replace('## Requirements', '## Needs'))).toEqual([
    'content/features/alpha-feature.mdx (sections): has no "## Requirements", "## Limitations" section. Every feature page has, in this order: What it is, How to use it, Requirements, Limitations, Where it applies.',
  ]);
});
test('sections in another order are named in the order found', () => {
  const swapped = (t: string) => t.replace('## Requirements', '## TEMP').replace('## Limitations', '## Requirements').replace('## TEMP', '## Limitations');
  expect(problems(swapped)).toEqual([
    'content/features/alpha-feature.mdx (sections): has its sections in another order (What it is, How to use it, Limitations, Requirements, Where it applies). Every feature page has, in this order: What it is, How to use it, Requirements, Limitations, Where it applies.',
  ]);
});
test('a code block\'s problem names its fence as written, with or without meta', () => {
  const page = '---\ntitle: x\n---\n\n```shell-ish\necho hi\n```\n\n```sh run expect-exit=x\necho hi\n```\n';
  const found = checkContentPages([{ name: 'a.md', path: 'content/architectures/a.md', bytes: new TextEncoder().encode(page) }], 'architectures', { components: [], qemuFiles: new Set() }).filter((problem) => problem.field === '(code block)');
  expect(found.map((problem) => problem.message)).toEqual([
    '```shell-ish: Shiki has no language "shell-ish". Use sh, json, c, ini, text or another Shiki language id.',
    '```sh run expect-exit=x: expect-exit=x must be a whole number from 0 to 255',
  ]);
});
test('the scaffold\'s placeholder says what to do', () => {
  expect(problems((t) => `${t}\nTODO: explain.\n`)).toEqual([`content/features/alpha-feature.mdx:${fixture.split('\n').length + 1} (placeholder): still has the scaffold's "TODO:" text. Write the page, then delete the placeholder.`]);
});
test('raw HTML whose blocks each pass but that closes the page\'s own markup as a whole is refused before the build, at its first line', () => {
  const check = (body: string) => checkContentPages([{ name: 'a.md', path: 'content/architectures/a.md', bytes: new TextEncoder().encode(`---\ntitle: x\n---\n\n${body}`) }], 'architectures', { components: [], qemuFiles: new Set() }).filter((p) => !p.file.endsWith(':2')).map((p) => `${p.file} ${p.field}`);
  expect(check('Text.\n\n<details>\n\n</section>\n')).toEqual(['content/architectures/a.md:7 (unclosed HTML)']);
  // A page the source rules already refuse is told those problems, not the whole page's as well.
  expect(check('<script>x</script>\n\n<details>\n\n</section>\n')).toEqual(['content/architectures/a.md:5 <script>']);
});
test("the schema judges the values Astro reads: an unquoted date is a Date to Astro, so not a title", () => {
  // The `yaml` library reads 2016-12-20 as a string and the pre-flight passed it; Astro's js-yaml
  // reads a Date, which the build's schema refused.
  expect(problems((t) => t.replace('title: Alpha feature', 'title: 2016-12-20'))).toEqual([expect.stringMatching(new RegExp(`:${lineOf(/^title:/)} title: `))]);
});
