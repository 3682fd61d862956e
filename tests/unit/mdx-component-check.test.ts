import { expect, test } from 'vitest';
import { findUnknownComponents } from '../../src/lib/mdx-component-check.ts';

const known = ['ColoDiagram', 'VsockDiagram'];

test('known components pass', () => {
  expect(findUnknownComponents('a.mdx', 'Text\n\n<ColoDiagram />\n', known)).toEqual([]);
});
test('an unknown component names the file, line and what exists', () => {
  expect(findUnknownComponents('a.mdx', '---\ntitle: x\n---\n\n<NoSuchDiagram />\n', known)).toEqual([
    { file: 'a.mdx:5', field: '<NoSuchDiagram>', message: expect.stringContaining('Available: ColoDiagram, VsockDiagram') },
  ]);
});
test('code fences and inline code are text, not components', () => {
  expect(findUnknownComponents('a.mdx', '```c\nstd::vector<Foo> x;\n```\nUse `<Bar>` here.\n', known)).toEqual([]);
});
test('a component in a Markdown page says to rename it to .mdx', () => {
  expect(findUnknownComponents('content/features/a.md', 'Text\n\n<ColoDiagram />\n', known)).toEqual([
    { file: 'content/features/a.md:3', field: '<ColoDiagram>', message: expect.stringContaining('Rename the file to a.mdx') },
  ]);
  expect(findUnknownComponents('content/features/a.md', 'Use `<ColoDiagram />` in MDX pages.\n', known)).toEqual([]);
});
