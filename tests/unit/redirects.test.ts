import { expect, test } from 'vitest';
import { editionRedirects, featureRedirects, isRedirectPage, redirectsFile } from '../../src/lib/redirects.ts';
import type { FeatureData } from '../../src/lib/schema.ts';

const feature = (id: string, aliases: string[] = []) => ({ id, data: { title: id.toUpperCase(), aliases } as unknown as FeatureData });

test('every feature gets a short link, and each alias a redirect, under the base', () => {
  expect(featureRedirects('/docs/', [feature('colo', ['coarse-lock-stepping'])])).toEqual([
    { from: '/docs/f/colo/', to: '/docs/features/colo/', title: 'COLO' },
    { from: '/docs/features/coarse-lock-stepping/', to: '/docs/features/colo/', title: 'COLO' },
  ]);
});

const redirects = editionRedirects('/', [feature('colo', ['coarse-lock-stepping']), feature('vhost-vsock'), feature('aspeed')]);

test('every edition has its short links and earlier slugs, leading to its own pages', () => {
  expect(redirects.filter((redirect) => redirect.from.startsWith('/ru/')).map(({ from, to }) => `${from} ${to}`)).toEqual([
    '/ru/f/colo/ /ru/features/colo/',
    '/ru/features/coarse-lock-stepping/ /ru/features/colo/',
    '/ru/f/vhost-vsock/ /ru/features/vhost-vsock/',
    '/ru/f/aspeed/ /ru/features/aspeed/',
  ]);
});
test('_redirects has one placeholder rule per edition for every short link, and a line per alias', () => {
  expect(redirectsFile('/', redirects, 'cloudflare')).toBe(
    '/f/* /features/:splat 301\n/ru/f/* /ru/features/:splat 301\n/features/coarse-lock-stepping/ /features/colo/ 301\n/ru/features/coarse-lock-stepping/ /ru/features/colo/ 301\n',
  );
});
test('on Netlify the rules are forced, or the redirect pages at those addresses would shadow them, and each edition gets its 404 page', () => {
  expect(redirectsFile('/', redirects, 'netlify')).toBe(
    '/f/* /features/:splat 301!\n/ru/f/* /ru/features/:splat 301!\n/features/coarse-lock-stepping/ /features/colo/ 301!\n/ru/features/coarse-lock-stepping/ /ru/features/colo/ 301!\n/ru/* /ru/404.html 404\n',
  );
});
test('the placeholder rule keeps the deploy base', () => {
  expect(redirectsFile('/docs/', editionRedirects('/docs/', [feature('colo')]), 'cloudflare')).toBe('/docs/f/* /docs/features/:splat 301\n/docs/ru/f/* /docs/ru/features/:splat 301\n');
});
test('redirect pages are known by their path, whatever the host', () => {
  const paths = new Set(redirects.map((redirect) => redirect.from));
  expect(isRedirectPage('https://qemu.example/f/colo/', paths)).toBe(true);
  expect(isRedirectPage('https://qemu.example/features/coarse-lock-stepping/', paths)).toBe(true);
  expect(isRedirectPage('https://qemu.example/features/colo/', paths)).toBe(false);
});
