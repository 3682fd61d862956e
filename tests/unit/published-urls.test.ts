import { describe, expect, test } from 'vitest';
import { readBuiltPage } from '../../src/build/read-built-site.ts';
import { formatManifest, missingPublishedUrls, parseManifest, publishedUrls, updateManifest } from '../../src/lib/published-urls.ts';

const colo = readBuiltPage('/features/colo/index.html', '<h1 id="t">COLO</h1><span id="old-usage" class="anchor-alias"></span><h2 id="usage">Usage</h2><h3 id="qmp">QMP</h3><div id="not-a-section"></div>');
const alias = readBuiltPage('/features/coarse-lock-stepping/index.html', '<meta http-equiv="refresh" content="0; url=/docs/features/colo/">', '/docs/');

test('the manifest lists pages and their section anchors, alias anchors included', () => {
  expect(publishedUrls([colo])).toEqual(['/features/colo/', '/features/colo/#old-usage', '/features/colo/#qmp', '/features/colo/#usage']);
});
test('the search bundles and the 404 pages of every edition are files, not addresses', () => {
  const files = ['/pagefind/pagefind.js', '/pagefind-2/pagefind-entry.json', '/ru/pagefind/pagefind.js', '/ru/pagefind-3/index/a.pf_index', '/404.html', '/ru/404.html'];
  // A page that only looks like one: a feature named after the indexer, a folder that is no bundle.
  const pages = ['/features/pagefind/index.html', '/ru/pagefind-x/index.html', '/ru/features/404.html/index.html'];
  expect(publishedUrls([...files, ...pages].map((file) => readBuiltPage(file, '<h1>Page</h1>')))).toEqual(['/features/pagefind/', '/ru/features/404.html/', '/ru/pagefind-x/']);
});
test('a redirect page keeps its old URL, and its anchors resolve on the target', () => {
  expect(alias.redirectTo).toBe('/features/colo/');
  expect(missingPublishedUrls(['/features/coarse-lock-stepping/', '/features/coarse-lock-stepping/#usage'], [colo, alias])).toEqual([]);
});
test('a vanished page or anchor is reported', () => {
  expect(missingPublishedUrls(['/features/gone/', '/features/colo/#gone', '/features/colo/#usage'], [colo])).toEqual(['/features/gone/', '/features/colo/#gone']);
});
test('the manifest file round-trips, comments ignored', () => {
  expect(parseManifest(formatManifest(['/a/', '/a/#b']))).toEqual(['/a/', '/a/#b']);
});

describe('updateManifest (npm run urls:update)', () => {
  const previous = ['/features/colo/', '/features/colo/#usage', '/features/gone/'];
  const current = ['/features/colo/', '/features/colo/#usage', '/features/new/'];
  test('adds what the site publishes now and keeps every URL published before', () => {
    expect(updateManifest(previous, current, { prune: false })).toEqual({ urls: ['/features/colo/', '/features/colo/#usage', '/features/gone/', '/features/new/'], added: 1, removed: 0 });
  });
  test('with --prune, keeps only what the site publishes now', () => {
    expect(updateManifest(previous, current, { prune: true })).toEqual({ urls: ['/features/colo/', '/features/colo/#usage', '/features/new/'], added: 1, removed: 1 });
  });
  test('a first run starts from nothing, and the result is sorted without duplicates', () => {
    expect(updateManifest([], ['/b/', '/a/', '/b/'], { prune: false })).toEqual({ urls: ['/a/', '/b/'], added: 2, removed: 0 });
  });
});
