import { expect, test } from 'vitest';
import { isSearchBundleFolder, searchShardCount, searchShardFolder, splitIntoShards } from '../../src/lib/search-shards.ts';
import { searchBundleFile } from '../../src/lib/hrefs.ts';

test('an edition takes one bundle until it passes the pages of a shard, then as few as hold it', () => {
  expect(searchShardCount(39, 5000)).toBe(1);
  expect(searchShardCount(5000, 5000)).toBe(1);
  expect(searchShardCount(5001, 5000)).toBe(2);
  expect(searchShardCount(10_039, 5000)).toBe(3);
  // An edition with no page still has its (empty) first bundle to load.
  expect(searchShardCount(0, 5000)).toBe(1);
});

test('shards take every page once, in order, and differ in size by at most one page', () => {
  const pages = Array.from({ length: 39 }, (_, i) => `page-${i}`);
  const shards = splitIntoShards(pages, searchShardCount(pages.length, 10));
  expect(shards.map((shard) => shard.length)).toEqual([10, 10, 10, 9]);
  expect(shards.flat()).toEqual(pages);
  expect(splitIntoShards(['a', 'b'], 1)).toEqual([['a', 'b']]);
});

test('the first bundle keeps the folder a small site has; the others sit beside it, in each edition and under a base', () => {
  expect(searchShardFolder(0)).toBe('pagefind');
  expect(searchShardFolder(2)).toBe('pagefind-3');
  expect([0, 1, 9, 10].map(searchShardFolder).every(isSearchBundleFolder)).toBe(true);
  expect(['pagefind-1', 'pagefind-02', 'pagefinder', 'fragment'].some(isSearchBundleFolder)).toBe(false);
  expect(searchBundleFile('/', 'en', 'pagefind.js')).toBe('/pagefind/pagefind.js');
  expect(searchBundleFile('/docs/', 'ru', 'pagefind.js')).toBe('/docs/ru/pagefind/pagefind.js');
  expect(searchBundleFile('/docs/', 'ru', '', 1)).toBe('/docs/ru/pagefind-2/');
});
