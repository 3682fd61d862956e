import { expect, test } from 'vitest';
import { findBrokenLinks } from '../../src/lib/link-check.ts';
import { readBuiltPage } from '../../src/build/read-built-site.ts';

const site = { base: '/docs/', origin: 'https://example.org' };
const files = new Set(['/index.html', '/features/colo/index.html', '/favicon.svg']);
const pages = (html: string) => [
  readBuiltPage('/index.html', html),
  readBuiltPage('/features/colo/index.html', '<h2 id="usage">Usage</h2>'),
];

test('links to pages, files and existing anchors pass', () => {
  expect(findBrokenLinks(pages('<a href="/docs/features/colo/#usage">x</a><link href="/docs/favicon.svg"><a href="https://qemu.org/x">y</a>'), files, site)).toEqual([]);
});
test('a missing page is named with the page that links to it', () => {
  expect(findBrokenLinks(pages('<a href="/docs/features/gone/">x</a>'), files, site)).toEqual([
    { page: '/', href: '/docs/features/gone/', reason: 'no file /features/gone/index.html in the output' },
  ]);
});
test('a missing anchor is reported', () => {
  expect(findBrokenLinks(pages('<a href="features/colo/#nope">x</a>'), files, site)[0]?.reason).toBe('no element with id "nope" on /features/colo/');
});
test('a link that ignores the base path is reported', () => {
  expect(findBrokenLinks(pages('<a href="/features/colo/">x</a>'), files, site)[0]?.reason).toMatch(/outside the site's base path/);
});
test('absolute links to the site itself are checked too', () => {
  expect(findBrokenLinks(pages('<link rel="canonical" href="https://example.org/docs/nothing/">'), files, site)).toHaveLength(1);
});
test('a javascript: link is reported, not skipped', () => {
  expect(findBrokenLinks(pages('<a href=" javascript:alert(1)">x</a>'), files, site)[0]?.reason).toMatch(/script URL/);
});
test('a malformed %-escape is reported with its page, not thrown', () => {
  expect(findBrokenLinks(pages('<a href="/docs/a%zz/">x</a><a href="/docs/features/colo/#%zz">y</a>'), files, site).map((link) => link.reason)).toEqual([
    'has a malformed %-escape',
    'has a malformed %-escape in its #fragment',
  ]);
});
test('a footnote with a Cyrillic label passes: its id is percent-encoded in the page, as a browser finds it', () => {
  // Sätteri writes `[^заметка]` as id="user-content-fn-%D0%B7…" and links to it with the same text.
  const footnote = 'user-content-fn-%D0%B7%D0%B0%D0%BC%D0%B5%D1%82%D0%BA%D0%B0';
  const html = `<a href="#${footnote}">1</a><li id="${footnote}">Сноска.</li><h2 id="что-это">Что это</h2><a href="#%D1%87%D1%82%D0%BE-%D1%8D%D1%82%D0%BE">x</a>`;
  expect(findBrokenLinks([readBuiltPage('/features/colo/index.html', html)], files, site)).toEqual([]);
  // Neither spelling of a fragment that matches no id passes.
  expect(findBrokenLinks([readBuiltPage('/features/colo/index.html', `${html}<a href="#user-content-fn-%D0%B7">2</a>`)], files, site)).toHaveLength(1);
});
