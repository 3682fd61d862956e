import { expect, test } from 'vitest';
import { featureMarkdown, markdownBody } from '../../src/markdown/markdown-copy.ts';
import { svgDescription } from '../../src/lib/svg-description.ts';
import { llmsTxt } from '../../src/lib/for-tools.ts';
import { findBrokenLinks } from '../../src/lib/link-check.ts';
import { readBuiltDocument, readBuiltPage } from '../../src/build/read-built-site.ts';
import type { FeatureEntry } from '../../src/lib/features.ts';

const none = () => undefined;

test('the body keeps the author\'s text and drops the frontmatter, heading ids and runner meta', () => {
  const source = '---\ntitle: A\n---\n\n## Use it {#usage}\n\nRun *this* \\{ now:\n\n~~~sh run expect-exit=0\nls  -l\n~~~\n';
  expect(markdownBody(source, 'mdx', none)).toBe('## Use it\n\nRun *this* \\{ now:\n\n~~~sh\nls  -l\n~~~\n');
});
test('a component becomes its description, inline or on its own line; comments go', () => {
  const describe = (name: string) => (name === 'Diagram' ? '**Diagram.** Boxes.' : undefined);
  expect(markdownBody('Intro.\n\n<Diagram />\n\n{/* note */}\n\nEnd <Diagram /> {/* x */}.\n', 'mdx', describe)).toBe('Intro.\n\n> **Diagram.** Boxes.\n\nEnd **Diagram.** Boxes. .\n');
  expect(markdownBody('<Other />\n', 'mdx', describe)).toBe('<Other />\n');
});
test('a comment on its own line goes with the blank lines after it, and no further', () => {
  expect(markdownBody('Intro.\n\n{/* note */}\n\n   \nDone.\n', 'mdx', none)).toBe('Intro.\n\nDone.\n');
});
test('a heading keeps its text as written, closing hashes too; only its attributes go', () => {
  expect(markdownBody('## Title ##\n\n### Use it {#use}\n', 'md', none)).toBe('## Title ##\n\n### Use it\n');
});
test('a backtick fence loses the runner\'s meta and keeps its language', () => {
  expect(markdownBody('```sh run expect-exit=0\nls\n```\n', 'md', none)).toBe('```sh\nls\n```\n');
});
test('links to a section of the page lead to the web page however they are written; other links stay', () => {
  const source = '## See [x](#a) {#see}\n\n[](#a), [y](/features/colo/#a), [z](./#a) and [u].\n\n[u]:#a\n';
  expect(markdownBody(source, 'md', none)).toBe('## See [x](./#a)\n\n[](./#a), [y](/features/colo/#a), [z](./#a) and [u].\n\n[u]:./#a\n');
});
test('a described component goes whole, with whatever was written inside it', () => {
  const describe = (name: string) => (name === 'Diagram' ? '**Diagram.** Boxes.' : undefined);
  expect(markdownBody('<Diagram>\nSee [the part](#part).\n</Diagram>\n', 'mdx', describe)).toBe('> **Diagram.** Boxes.\n');
});
test('Markdown pages keep braces and tags as text', () => {
  expect(markdownBody('Use {x} and `<y>`.\n', 'md', none)).toBe('Use {x} and `<y>`.\n');
});
test('the whole copy: title, summary, facts, body, references', () => {
  const text = featureMarkdown({ title: 'T', summary: 'S.', facts: [['Status', 'New'], ['Category', 'Tools']], references: { heading: 'References', links: [{ path: 'a.c', href: 'https://x/a.c' }, { path: 'b.h', href: 'https://x/b.h' }] } }, '## Body\n');
  expect(text).toBe('# T\n\n> S.\n\n- Status: New\n- Category: Tools\n\n## Body\n\n## References\n\n- [`a.c`](https://x/a.c)\n- [`b.h`](https://x/b.h)\n');
});
test('an SVG component\'s description is its title and desc, whitespace collapsed', () => {
  const source = '<svg><title id="t">Flows</title>\n<desc>\n  One   &amp;\n  two.\n</desc></svg>';
  expect(svgDescription(source)).toEqual({ title: 'Flows', desc: 'One & two.' });
});
test('an SVG component\'s description leaves out the labels drawn in it and the titles of its parts', () => {
  const source = '<svg><title>Flows</title><desc>How it flows.</desc><text>Primary</text><g><title>Tooltip</title><desc>Part.</desc><text>Secondary</text></g></svg>';
  expect(svgDescription(source)).toEqual({ title: 'Flows', desc: 'How it flows.' });
});
test('an SVG component\'s description reads character references as a browser does, and may lack a desc', () => {
  expect(svgDescription('<svg><title>Guest &rarr; host&nbsp;&mdash; &lt;x&gt;</title></svg>')).toEqual({ title: 'Guest → host — <x>', desc: '' });
});
test('llms.txt lists features by category and architectures, on the deploy\'s host and base', () => {
  const feature = { id: 'colo', data: { title: 'COLO', summary: 'Checkpoints.', category: 'reliability', architectures: ['all'], status: 'new', release: '2.8', keywords: ['colo'], aliases: [], related: [], references: ['a.c'] } } as const;
  const text = llmsTxt([feature as unknown as FeatureEntry], [{ id: 'x86', data: { name: 'x86', summary: 'PCs.' } }], { site: new URL('https://d.example'), base: '/docs/' });
  expect(text).toContain('\n## Reliability\n- [COLO](https://d.example/docs/features/colo/index.md): Checkpoints.\n');
  expect(text).toContain('\n## Architectures\n- [x86](https://d.example/docs/arch/x86/): PCs.\n');
});
test('a link to a section of the same page leads from the Markdown copy to that section of the web page', () => {
  const source = '## What it is {#what-it-is}\n\nSee [what it is](#what-it-is), [usage][u] and [the top]( <#what-it-is> "Top").\n\n[u]: #what-it-is\n';
  const body = markdownBody(source, 'mdx', none);
  expect(body).toBe('## What it is\n\nSee [what it is](./#what-it-is), [usage][u] and [the top]( <./#what-it-is> "Top").\n\n[u]: ./#what-it-is\n');
  // The copy has no ids of its own (it is plain Markdown): the links land on the page's HTML, which has them.
  const site = { base: '/', origin: 'https://example.org' };
  const page = readBuiltPage('/features/colo/', '<h2 id="what-it-is">What it is</h2><a href="#what-it-is">x</a>');
  const copy = readBuiltDocument('/features/colo/index.md', body);
  expect(findBrokenLinks([page, copy], new Set(['/features/colo/index.html', '/features/colo/index.md']), site)).toEqual([]);
});
