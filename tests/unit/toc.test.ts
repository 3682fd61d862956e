import { expect, test } from 'vitest';
import { buildToc } from '../../src/lib/toc.ts';

test('h3 nest under the h2 before them; h4 are left out', () => {
  const toc = buildToc([
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'a1', text: 'A1' },
    { depth: 4, slug: 'deep', text: 'Deep' },
    { depth: 2, slug: 'b', text: 'B' },
  ]);
  expect(toc).toEqual([
    { depth: 2, slug: 'a', text: 'A', children: [{ depth: 3, slug: 'a1', text: 'A1' }] },
    { depth: 2, slug: 'b', text: 'B', children: [] },
  ]);
});
test('an h3 before any h2 is kept at the top level', () => {
  expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ depth: 3, slug: 'x', text: 'X', children: [] }]);
});
