import { describe, expect, test } from 'vitest';
import { pageHref, pageLinks, previewOf } from '../../src/lib/listing.ts';

describe('previewOf', () => {
  test('a list within the limit is shown whole, with no link to a full list', () => {
    expect(previewOf(['a', 'b'], 2)).toEqual({ shown: ['a', 'b'], total: 2, truncated: false });
  });
  test('a longer list shows the first items and says it left some out', () => {
    expect(previewOf(['a', 'b', 'c'], 2)).toEqual({ shown: ['a', 'b'], total: 3, truncated: true });
  });
});

describe('pageLinks', () => {
  test('a short list links every page', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  test('in the middle of a long list: first, last, the current page and its neighbours', () => {
    expect(pageLinks(40, 80)).toEqual([1, 'gap', 39, 40, 41, 'gap', 80]);
  });
  test('near either end the window widens, so no gap stands for a single page', () => {
    expect(pageLinks(1, 80)).toEqual([1, 2, 3, 4, 5, 'gap', 80]);
    expect(pageLinks(4, 80)).toEqual([1, 2, 3, 4, 5, 'gap', 80]);
    expect(pageLinks(5, 80)).toEqual([1, 'gap', 4, 5, 6, 'gap', 80]);
    expect(pageLinks(77, 80)).toEqual([1, 'gap', 76, 77, 78, 79, 80]);
  });
  test('the bar has at most 7 entries, always the current page, and every gap hides two pages or more', () => {
    for (const last of [1, 2, 7, 8, 9, 10, 67]) {
      for (let current = 1; current <= last; current++) {
        const links = pageLinks(current, last);
        expect(links.length).toBeLessThanOrEqual(7);
        expect(links).toContain(current);
        links.forEach((link, i) => {
          if (link !== 'gap') return;
          expect((links[i + 1] as number) - (links[i - 1] as number), `${current} of ${last}`).toBeGreaterThanOrEqual(3);
        });
      }
    }
  });
  test('a page outside the list is a programming error', () => {
    expect(() => pageLinks(0, 3)).toThrow(RangeError);
    expect(() => pageLinks(4, 3)).toThrow(RangeError);
  });
});

test('page 1 of a list is its own address; later pages add their number', () => {
  expect(pageHref('/categories/devices/', 1)).toBe('/categories/devices/');
  expect(pageHref('/categories/devices/', 3)).toBe('/categories/devices/3/');
});
