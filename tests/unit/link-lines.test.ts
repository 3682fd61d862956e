import { expect, test } from 'vitest';
import { linkLines } from '../../src/markdown/link-lines.ts';

const page = new URL('https://example.org/docs/features/alpha/');
const source = ['---', 'title: A', '---', '## What it is', '', 'See [beta](../beta/#usage) and [the same][b].', '', 'Elsewhere: [home](/docs/).', '', '[b]: /docs/features/beta/#usage', ''].join('\n');

test('finds every line whose link resolves to the broken href, written relative or absolute', () => {
  expect(linkLines(source, 'md', page, '/docs/features/beta/#usage')).toEqual([6, 10]);
  expect(linkLines(source, 'mdx', page, '../beta/#usage')).toEqual([6, 10]);
});
test('finds nothing for a link the page does not write (a template wrote it)', () => {
  expect(linkLines(source, 'md', page, '/docs/features/gamma/')).toEqual([]);
  expect(linkLines(source, 'md', page, 'http://[bad')).toEqual([]);
});
