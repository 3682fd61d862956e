import { expect, test } from 'vitest';
import { featureRedirects, redirectsFile } from '../../src/lib/redirects.ts';
import type { FeatureData } from '../../src/lib/schema.ts';

const feature = (id: string, aliases: string[] = []) => ({ id, data: { aliases } as unknown as FeatureData });

test('every feature gets a short link, and each alias a redirect, under the base', () => {
  expect(featureRedirects('/docs/', [feature('colo', ['coarse-lock-stepping'])])).toEqual([
    { from: '/docs/f/colo/', to: '/docs/features/colo/' },
    { from: '/docs/features/coarse-lock-stepping/', to: '/docs/features/colo/' },
  ]);
});
test('the _redirects file has one permanent redirect a line', () => {
  expect(redirectsFile([{ from: '/f/colo/', to: '/features/colo/' }])).toBe('/f/colo/ /features/colo/ 301\n');
});
