import { expect, test } from 'vitest';
import { architectureFeaturesHref, architectureHref, categoryHref, featureHref, homeHref, joinBase, matrixHref, pathInEdition, searchHref, shortFeatureHref, sourceEditHref } from '../../src/lib/hrefs.ts';

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
test('a site path written with leading slashes still lands under the base, with one slash', () => {
  expect(joinBase('/docs/', '/features/colo/')).toBe('/docs/features/colo/');
  expect(joinBase('/docs/', '//features/colo/')).toBe('/docs/features/colo/');
});
test('the home page is the base with its slash', () => {
  expect(homeHref('/docs')).toBe('/docs/');
  expect(homeHref('/')).toBe('/');
});
test('the same page in the other edition: the edition root is swapped, the rest of the path kept', () => {
  expect(pathInEdition('/docs/ru/features/colo/', '/docs/', 'ru', 'en')).toBe('/docs/features/colo/');
  expect(pathInEdition('/docs/features/colo/', '/docs/', 'en', 'ru')).toBe('/docs/ru/features/colo/');
});
test('a path outside the base (dev server without it) still maps into the other edition', () => {
  expect(pathInEdition('//features/colo/', '/docs/', 'en', 'ru')).toBe('/docs/ru/features/colo/');
  expect(pathInEdition('features/colo/', '/docs/', 'en', 'ru')).toBe('/docs/ru/features/colo/');
});
test('a file on a Windows drive has no edit link; a colon elsewhere in a folder name is not a drive', () => {
  const edit = 'https://github.com/org/repo/edit/main/';
  expect(sourceEditHref(edit, 'C:\\content\\features\\colo.mdx')).toBeUndefined();
  expect(sourceEditHref(edit, 'd:/content/features/colo.mdx')).toBeUndefined();
  expect(sourceEditHref(edit, 'ab:/colo.mdx')).toBe(`${edit}ab%3A/colo.mdx`);
  expect(sourceEditHref(edit, 'c:x/colo.mdx')).toBe(`${edit}c%3Ax/colo.mdx`);
});
