import { expect, test } from 'vitest';
import { readBuiltPage } from '../../src/integrations/read-built-site.ts';
import { formatManifest, missingPublishedUrls, parseManifest, publishedUrls } from '../../src/lib/published-urls.ts';

const colo = readBuiltPage('/features/colo/index.html', '<h1 id="t">COLO</h1><span id="old-usage" class="anchor-alias"></span><h2 id="usage">Usage</h2><h3 id="qmp">QMP</h3><div id="not-a-section"></div>');
const alias = readBuiltPage('/features/coarse-lock-stepping/index.html', '<meta http-equiv="refresh" content="0; url=/docs/features/colo/">', '/docs/');

test('the manifest lists pages and their section anchors, alias anchors included', () => {
  expect(publishedUrls([colo])).toEqual(['/features/colo/', '/features/colo/#old-usage', '/features/colo/#qmp', '/features/colo/#usage']);
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
