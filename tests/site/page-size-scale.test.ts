import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { selectAll, selectOne } from 'css-select';
import type { Element } from 'domhandler';
import { getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { beforeAll, expect, test } from 'vitest';
import { fixtureBuild, type FixtureBuild } from '../helpers/fixture-build.ts';
import { CARDS_PER_PAGE, MATRIX_ROWS_PER_PAGE, PREVIEW_CARDS } from '../../src/lib/listing.ts';
import { REQUIRED_SECTIONS } from '../../src/lib/vocabulary.ts';

/**
 * Two builds of the minimal fixture: as it is, and with enough synthetic pages that every list of an
 * index page overflows its preview and every full list runs to a second page (the limits come from
 * src/lib/listing.ts, so the test follows them). The synthetic pages are in alpha-feature's category
 * (tools), not beta-feature's: beta's neighbours, and the categories its navigation lists, stay put.
 */
const SYNTHETIC = Math.max(CARDS_PER_PAGE, MATRIX_ROWS_PER_PAGE) + PREVIEW_CARDS + 3;
/** The first of them are written for x86 alone, enough to overflow /arch/x86/'s preview. */
const X86_ONLY = PREVIEW_CARDS + 1;
const syntheticPage = (n: number) => `---
title: Synthetic page ${n}
summary: A generated page that only exists to make the site larger for this test.
category: tools
architectures: [${n < X86_ONLY ? 'x86' : 'all'}]
status: new
release: "2.8"
keywords: [synthetic-${n}]
references: [qemu-img.c]
---
${REQUIRED_SECTIONS.map((section) => `## ${section}\n\nGenerated page number ${n}.\n`).join('\n')}`;

let small: FixtureBuild;
let large: FixtureBuild;
const features = ['alpha-feature', 'beta-feature', ...Array.from({ length: SYNTHETIC }, (_, n) => `synthetic-${n}`)];

beforeAll(() => {
  small = fixtureBuild();
  large = fixtureBuild();
  for (let n = 0; n < SYNTHETIC; n++) writeFileSync(path.join(large.contentDir, 'features', `synthetic-${n}.mdx`), syntheticPage(n));
  for (const fixture of [small, large]) {
    const { status, output } = fixture.build();
    expect(status, output).toBe(0);
  }
}, 600_000);

const html = (fixture: FixtureBuild, sitePath: string) => readFileSync(path.join(fixture.outDir, sitePath, 'index.html'), 'utf8');
const dom = (fixture: FixtureBuild, sitePath: string) => parseDocument(html(fixture, sitePath)).children;
const hrefs = (nodes: ReturnType<typeof dom>, selector: string) => selectAll(selector, nodes).map((link) => getAttributeValue(link as Element, 'href') ?? '');
const slugOf = (href: string) => /^\/features\/([^/]+)\/$/.exec(href)?.[1];

/** Every page of a list, from its first page through the `rel="next"` links. */
function pagesOf(fixture: FixtureBuild, firstPath: string): ReturnType<typeof dom>[] {
  const pages = [dom(fixture, firstPath)];
  for (let next = hrefs(pages[0]!, 'a[rel="next"]')[0]; next; next = hrefs(pages.at(-1)!, 'a[rel="next"]')[0]) pages.push(dom(fixture, next));
  return pages;
}
/** The features a full list links to, over all its pages; fails when a page holds more cards than CARDS_PER_PAGE. */
function listedFeatures(fixture: FixtureBuild, firstPath: string): string[] {
  return pagesOf(fixture, firstPath).flatMap((page) => {
    const cards = hrefs(page, 'li.card a');
    expect(cards.length, firstPath).toBeLessThanOrEqual(CARDS_PER_PAGE);
    return cards.map(slugOf);
  }) as string[];
}

test('the HTML of a feature page does not grow with the number of pages', () => {
  expect(html(large, 'features/beta-feature').length).toBe(html(small, 'features/beta-feature').length);
});

test('the overview, an architecture page, the matrix and the search page stay small as the site grows', () => {
  const home = dom(large, '');
  const sections = selectAll('section.category', home);
  expect(sections.length).toBeGreaterThan(0);
  for (const section of sections) expect(selectAll('li.card', section).length).toBeLessThanOrEqual(PREVIEW_CARDS);
  for (const list of selectAll('article .cards', dom(large, 'arch/x86'))) expect(selectAll('li.card', list).length).toBeLessThanOrEqual(PREVIEW_CARDS);
  expect(selectAll('tbody tr', dom(large, 'matrix')).length).toBe(MATRIX_ROWS_PER_PAGE);
  expect(html(large, 'search').length).toBe(html(small, 'search').length);
  for (const sitePath of ['', 'arch/x86', 'arch/arm', 'matrix', 'search', 'categories/tools', 'arch/all/features']) {
    expect(gzipSync(html(large, sitePath)).length, sitePath).toBeLessThanOrEqual(30 * 1024);
  }
});

test('from the overview, every feature is one list away: its category, page by page', () => {
  const home = dom(large, '');
  const reached = new Set<string>(hrefs(home, 'li.card a').map((href) => slugOf(href)!));
  for (const categoryLink of hrefs(home, 'section.category h2 a')) for (const slug of listedFeatures(large, categoryLink)) reached.add(slug);
  expect([...reached].sort()).toEqual([...features].sort());
  // The overflowing category says how many it holds and links to them all.
  const tools = selectAll('section.category', home).find((section) => selectOne('h2 a[href="/categories/tools/"]', [section]))!;
  expect(textContent(selectOne('.more a', [tools])!)).toContain(`All ${SYNTHETIC + 1} items`); // with alpha-feature
});

test('from an architecture page, every feature that applies to it is one list away', () => {
  const x86 = dom(large, 'arch/x86');
  const more = hrefs(x86, '.more a');
  expect(more).toEqual(['/arch/x86/features/', '/arch/all/features/']);
  const specific = listedFeatures(large, more[0]!);
  const cross = listedFeatures(large, more[1]!);
  expect(specific.sort()).toEqual(['beta-feature', ...features.filter((_, i) => i >= 2 && i - 2 < X86_ONLY)].sort());
  expect(cross.sort()).toEqual(['alpha-feature', ...features.filter((_, i) => i >= 2 + X86_ONLY)].sort());
  // An architecture with nothing of its own links only to the shared list, built once for all.
  expect(hrefs(dom(large, 'arch/arm'), '.more a')).toEqual(['/arch/all/features/']);
});

test('the pages of the matrix together have one row for every feature', () => {
  const rows = pagesOf(large, 'matrix').flatMap((page) => hrefs(page, 'tbody th[scope="row"] a').map((href) => slugOf(href)!));
  expect(rows.sort()).toEqual([...features].sort());
});

test('a small site lists everything on its index pages, with no extra pages', () => {
  expect(hrefs(dom(small, ''), '.more a')).toEqual([]);
  expect(hrefs(dom(small, 'arch/x86'), '.more a')).toEqual([]);
  expect(hrefs(dom(small, 'matrix'), 'nav.pagination a')).toEqual([]);
  expect(hrefs(dom(small, 'matrix'), 'tbody th[scope="row"] a').map(slugOf)).toEqual(['alpha-feature', 'beta-feature']);
});
