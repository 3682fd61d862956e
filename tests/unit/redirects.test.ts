import { expect, test } from 'vitest';
import { featureRedirects, isRedirectPage, redirectsFile } from '../../src/lib/redirects.ts';
import type { FeatureData } from '../../src/lib/schema.ts';

const feature = (id: string, aliases: string[] = []) => ({ id, data: { title: id.toUpperCase(), aliases } as unknown as FeatureData });

test('every feature gets a short link, and each alias a redirect, under the base', () => {
  expect(featureRedirects('/docs/', [feature('colo', ['coarse-lock-stepping'])])).toEqual([
    { from: '/docs/f/colo/', to: '/docs/features/colo/', title: 'COLO' },
    { from: '/docs/features/coarse-lock-stepping/', to: '/docs/features/colo/', title: 'COLO' },
  ]);
});

const redirects = featureRedirects('/', [feature('colo', ['coarse-lock-stepping']), feature('vhost-vsock'), feature('aspeed')]);

test('_redirects has one placeholder rule for every short link, and a line per alias', () => {
  expect(redirectsFile('/', redirects, 'cloudflare')).toBe('/f/* /features/:splat 301\n/features/coarse-lock-stepping/ /features/colo/ 301\n');
});
test('on Netlify the rules are forced, or the redirect pages at those addresses would shadow them', () => {
  expect(redirectsFile('/', redirects, 'netlify')).toBe('/f/* /features/:splat 301!\n/features/coarse-lock-stepping/ /features/colo/ 301!\n');
});
test('the placeholder rule keeps the deploy base', () => {
  expect(redirectsFile('/docs/', featureRedirects('/docs/', [feature('colo')]), 'cloudflare')).toBe('/docs/f/* /docs/features/:splat 301\n');
});
test('redirect pages are known by their path, whatever the host', () => {
  const paths = new Set(redirects.map((redirect) => redirect.from));
  expect(isRedirectPage('https://qemu.example/f/colo/', paths)).toBe(true);
  expect(isRedirectPage('https://qemu.example/features/coarse-lock-stepping/', paths)).toBe(true);
  expect(isRedirectPage('https://qemu.example/features/colo/', paths)).toBe(false);
});
