import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';
import { searchPageResults } from '../helpers/search-page.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite } from '../../scripts/lib/serve.ts';
import { LOCALES } from '../../src/lib/i18n.ts';
import { localeRoot } from '../../src/lib/hrefs.ts';
import { isSearchBundleFolder } from '../../src/lib/search-shards.ts';

// One build serves both tests: under a sub-path, and with the search index cut into bundles of at
// most 8 pages (the fixture's 19 pages per edition make 3), as a site past 5,000 pages is.
const fixture = fixtureBuild();
beforeAll(() => {
  // The build's own link check fails on any internal link that forgets the base.
  const { status, output } = fixture.build({ BASE_PATH: '/docs/', SITE_URL: 'https://example.org', SEARCH_SHARD_PAGES: '8' });
  expect(status, output).toBe(0);
});

test('a deploy under a sub-path works: links, short links, redirects and the search index', async () => {
  const home = readFileSync(path.join(fixture.outDir, 'index.html'), 'utf8');
  expect(home).toContain('href="/docs/features/alpha-feature/"');
  // The Russian edition under the same base: its links stay in it, and it names its English twin.
  const russianHome = readFileSync(path.join(fixture.outDir, 'ru/index.html'), 'utf8');
  expect(russianHome).toContain('href="/docs/ru/features/alpha-feature/"');
  expect(russianHome).toContain('<link rel="alternate" hreflang="en" href="https://example.org/docs/">');
  expect(readFileSync(path.join(fixture.outDir, 'ru/f/alpha-feature/index.html'), 'utf8')).toContain('/docs/ru/features/alpha-feature/');
  // One rule for every short link, a line per earlier slug (src/lib/redirects.ts).
  expect(readFileSync(path.join(fixture.outDir, '_redirects'), 'utf8')).toBe(
    '/docs/f/* /docs/features/:splat 301\n/docs/ru/f/* /docs/ru/features/:splat 301\n/docs/features/beta-before-rename/ /docs/features/beta-feature/ 301\n/docs/ru/features/beta-before-rename/ /docs/ru/features/beta-feature/ 301\n',
  );
  // The sitemap lists the pages, not the redirect pages.
  const sitemap = readFileSync(path.join(fixture.outDir, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain('<loc>https://example.org/docs/features/beta-feature/</loc>');
  expect(sitemap).not.toMatch(/\/docs\/f\/|beta-before-rename/);
  expect(readFileSync(path.join(fixture.outDir, 'pagefind/pagefind.js'), 'utf8').length).toBeGreaterThan(0);
  expect(readFileSync(path.join(fixture.outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/docs/sitemap-index.xml');
  // The outputs for tools: the Markdown copies are announced and listed under the base too.
  expect(readFileSync(path.join(fixture.outDir, 'features/alpha-feature/index.html'), 'utf8')).toContain('<link rel="alternate" type="text/markdown" href="/docs/features/alpha-feature/index.md">');
  expect(readFileSync(path.join(fixture.outDir, 'llms.txt'), 'utf8')).toContain('(https://example.org/docs/features/beta-feature/index.md): ');
  expect(readFileSync(path.join(fixture.outDir, 'features/beta-feature/index.md'), 'utf8')).toContain('- Web page: https://example.org/docs/features/beta-feature/\n');

  const server = await serveSite(fixture.outDir, '/docs/');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}f/beta-feature/#how-to-use-it`);
    await page.waitForURL(`${server.url}features/beta-feature/#how-to-use-it`);
    expect(await page.locator('h1').textContent()).toBe('Beta feature');
    // A page renamed since: its old address lands on the same section of the new one.
    await page.goto(`${server.url}features/beta-before-rename/#how-to-use-it`);
    await page.waitForURL(`${server.url}features/beta-feature/#how-to-use-it`);
  } finally {
    await browser.close();
    await server.close();
  }
});

/** The URL and title of each page in a search bundle, read from Pagefind's fragments (gzip, then a signature, then JSON). */
function pagesInBundle(bundle: string): { url: string; title: string; arch: string[] }[] {
  return readdirSync(path.join(bundle, 'fragment')).map((name) => {
    const fragment = JSON.parse(gunzipSync(readFileSync(path.join(bundle, 'fragment', name))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; meta: { title: string }; filters: { arch?: string[] } };
    return { url: fragment.url, title: fragment.meta.title, arch: fragment.filters.arch ?? [] };
  });
}

test('an index in several bundles: every page in exactly one, the pages say how many, and a search finds pages of each', async () => {
  const bundlesOf = (locale: (typeof LOCALES)[number]) => {
    const editionDir = path.join(fixture.outDir, localeRoot('/', locale));
    return readdirSync(editionDir).filter(isSearchBundleFolder).sort().map((name) => path.join(editionDir, name));
  };
  const announced = (locale: (typeof LOCALES)[number], attribute: string) => new RegExp(`<html[^>]* data-${attribute}="(\\d+)"`).exec(readFileSync(path.join(fixture.outDir, localeRoot('/', locale), 'index.html'), 'utf8'))?.[1];
  // Every English feature and architecture page, each in one bundle (the fixture: 2 + 17).
  const english = bundlesOf('en').map(pagesInBundle);
  expect(english.map((pages) => pages.length)).toEqual([7, 6, 6]);
  expect(new Set(english.flat().map((page) => page.url)).size).toBe(19);
  expect(announced('en', 'search-shards')).toBe('3');
  // The fixture has no Russian text: its Russian pages are not indexed a second time, and a search
  // from them uses the English bundles (src/lib/search-editions.ts), finding each page at its /ru/ address.
  expect(bundlesOf('ru')).toEqual([]);
  expect(announced('ru', 'search-shards')).toBe('0');
  expect(announced('ru', 'search-english')).toBe('3');
  const editions = LOCALES.map((locale) => ({ locale, bundles: english, root: localeRoot('/', locale) }));
  expect(readdirSync(path.join(fixture.outDir, 'pagefind-3', 'fragment')).length).toBe(6);

  const server = await serveSite(fixture.outDir, '/docs/');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // Merging bundles must not cost a warning (an option a merged bundle does not know, a version mismatch).
    const complaints: string[] = [];
    page.on('console', (message) => void (['warning', 'error'].includes(message.type()) && complaints.push(message.text())));
    for (const { locale, bundles, root } of editions) {
      // The first page of the first bundle and the last page of the last, found by their titles.
      for (const wanted of [bundles[0]!.toSorted((a, b) => a.url.localeCompare(b.url))[0]!, bundles[2]!.toSorted((a, b) => a.url.localeCompare(b.url)).at(-1)!]) {
        await page.goto(`${server.url}${localeRoot('/', locale).slice(1)}search/?q=${encodeURIComponent(wanted.title)}`);
        const found = (await searchPageResults(page)).map((href) => new URL(href).pathname);
        // Pagefind stores the path from the site's root; the result links carry the base.
        expect(found, `${locale}: "${wanted.title}"`).toContain(`/docs${root}${wanted.url.slice(1)}`);
      }
    }
    // A filter alone lists the pages that carry it from every bundle: an architecture whose own page
    // sits in one bundle and a feature for it in another (alpha-feature runs on all of them).
    const bundlesWith = (arch: string) => editions[0]!.bundles.filter((pages) => pages.some((entry) => entry.arch.includes(arch))).length;
    const arch = [...new Set(editions[0]!.bundles.flat().flatMap((entry) => entry.arch))].sort().find((id) => bundlesWith(id) >= 2);
    expect(arch).toBeDefined();
    const tagged = editions[0]!.bundles.flat().filter((entry) => entry.arch.includes(arch!)).map((entry) => `/docs${entry.url}`);
    await page.goto(`${server.url}search/?arch=${arch}`);
    expect((await searchPageResults(page)).map((href) => new URL(href).pathname).sort()).toEqual(tagged.sort());
    expect(complaints).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
  }
});
