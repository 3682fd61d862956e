import { expect, test } from 'vitest';
import { architectureFeaturesHref, architectureHref, categoryHref, featureHref, matrixHref, searchHref, shortFeatureHref, sourceEditHref } from '../../src/lib/hrefs.ts';

test('routes keep their trailing slash at the root', () => {
  expect(featureHref('/', 'colo')).toBe('/features/colo/');
  expect(architectureHref('/', 'x86')).toBe('/arch/x86/');
  expect(shortFeatureHref('/', 'colo')).toBe('/f/colo/');
  expect(matrixHref('/')).toBe('/matrix/');
  expect(categoryHref('/', 'devices')).toBe('/categories/devices/');
  expect(architectureFeaturesHref('/', 'all')).toBe('/arch/all/features/');
});
test('routes carry a sub-path base, with or without its slash', () => {
  expect(featureHref('/docs/', 'colo')).toBe('/docs/features/colo/');
  expect(featureHref('/docs', 'colo')).toBe('/docs/features/colo/');
});
test('the search URL holds only the filters that are set, encoded', () => {
  expect(searchHref('/')).toBe('/search/');
  expect(searchHref('/', { q: 'qemu-img dd', arch: 'x86' })).toBe('/search/?q=qemu-img+dd&arch=x86');
  expect(searchHref('/', { q: '<b>&' })).toBe('/search/?q=%3Cb%3E%26');
});
test('the edit link appends the file path in the project, and is left out when unset or outside the project', () => {
  const edit = 'https://github.com/org/repo/edit/main/';
  expect(sourceEditHref(edit, 'content/features/colo.mdx')).toBe('https://github.com/org/repo/edit/main/content/features/colo.mdx');
  expect(sourceEditHref(edit, 'content\\features\\a b.md')).toBe('https://github.com/org/repo/edit/main/content/features/a%20b.md');
  expect(sourceEditHref(undefined, 'content/features/colo.mdx')).toBeUndefined();
  expect(sourceEditHref(edit, '../elsewhere/content/features/colo.md')).toBeUndefined();
  expect(sourceEditHref(edit, '/tmp/content/features/colo.md')).toBeUndefined();
});
