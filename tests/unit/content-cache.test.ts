import { expect, test } from 'vitest';
import { storeIsStale } from '../../scripts/content-cache.ts';

const key = { files: ['/c/features/a.md', '/c/features/b.mdx'], renderer: 'r1' };

test('the store is reused when the same files are rendered by the same code', () => {
  expect(storeIsStale(key, { ...key })).toBe(false);
  expect(storeIsStale(key, { ...key, files: [...key.files, '/c/features/new.md'] })).toBe(false);
});
test('the store is emptied without a record, after a code change, or when a file has gone', () => {
  expect(storeIsStale(undefined, key)).toBe(true);
  expect(storeIsStale(key, { ...key, renderer: 'r2' })).toBe(true);
  expect(storeIsStale(key, { ...key, files: ['/c/features/a.md', '/c/features/b.md'] })).toBe(true);
});
