import { expect, test } from 'vitest';
import { architectureFeaturesHref, architectureHref, categoryHref, featureHref, matrixHref, searchHref, shortFeatureHref } from '../../src/lib/hrefs.ts';

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
