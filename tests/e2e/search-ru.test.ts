/**
 * Search in the Russian edition, in a real browser against the built site: each edition searches
 * only its own pages (one Pagefind index per edition, stemmed in the edition's language), relevance for
 * queries as Russian readers type them, and the dialog and filters in Russian.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distDir } from '../helpers/built-site.ts';
import { sampleOfTable, searchInPlace, searchPageResults } from '../helpers/search-page.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { RUSSIAN_MISSPELLED_QUERIES } from './misspelled-queries-ru.ts';
import { RUSSIAN_RELEVANCE_QUERIES } from './relevance-queries-ru.ts';

const site = useSiteInBrowser({ dir: distDir, base: '/' });
const { urlOf } = site;

/** Opens a search page and returns the result paths. */
async function searchFor(page: Page, path: string): Promise<string[]> {
  await page.goto(urlOf(path));
  return (await searchPageResults(page)).map((href) => new URL(href).pathname);
}

describe('Russian search', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext();
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  test('a search from a Russian page finds Russian pages only, and an English one English pages only', async () => {
    const russian = await searchFor(page, `/ru/search/?${new URLSearchParams({ q: 'vsock' })}`);
    expect(russian.length).toBeGreaterThan(0);
    expect(russian.filter((path) => !path.startsWith('/ru/'))).toEqual([]);
    const english = await searchFor(page, `/search/?${new URLSearchParams({ q: 'vsock' })}`);
    expect(english.length).toBeGreaterThan(0);
    expect(english.filter((path) => path.startsWith('/ru/'))).toEqual([]);
  });

  test('each edition loads only its own search bundle: /ru/pagefind/ from a Russian page, /pagefind/ from an English one', async () => {
    const fresh = await site.browser.newContext();
    try {
      const tab = await fresh.newPage();
      const bundles = new Set<string>();
      tab.on('request', (request) => {
        const match = /^\/(?:ru\/)?pagefind\//.exec(new URL(request.url()).pathname);
        if (match) bundles.add(match[0]);
      });
      await searchFor(tab, `/ru/search/?${new URLSearchParams({ q: 'vsock' })}`);
      expect([...bundles]).toEqual(['/ru/pagefind/']);
      bundles.clear();
      await searchFor(tab, `/search/?${new URLSearchParams({ q: 'vsock' })}`);
      expect([...bundles]).toEqual(['/pagefind/']);
    } finally {
      await fresh.close();
    }
  });

  test('Russian words are found in any of their forms (stemming)', async () => {
    for (const form of ['сокет', 'сокеты', 'сокетов']) {
      expect((await searchFor(page, `/ru/search/?${new URLSearchParams({ q: form })}`))[0], form).toBe('/ru/features/vhost-vsock/');
    }
  });

  test('filters and their labels are Russian, and narrow the results as in English', async () => {
    const results = await searchFor(page, `/ru/search/?${new URLSearchParams({ q: 'машина', arch: 'ppc' })}`);
    expect(results.length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-page] legend').textContent()).toBe('Фильтры');
    for (const path of results) expect(path).toMatch(/^\/ru\/(features|arch)\//);
  });

  test('the table has at least 40 queries', () => {
    expect(RUSSIAN_RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(40);
  });

  describe('relevance: the expected page comes first', () => {
    let tablePage: Page;
    beforeAll(async () => {
      // One Russian search page for the whole table: each query is typed into it and submitted.
      tablePage = await context.newPage();
      await tablePage.goto(urlOf('/ru/search/'));
    });

    for (const { query, first, kind, miss } of RUSSIAN_RELEVANCE_QUERIES) {
      // A known miss is expected to fail, so fixing it shows (and asks to drop the `miss`).
      (miss ? test.fails : test)(`${kind}: "${query}" → ${first}${miss ? ` (known miss: ${miss})` : ''}`, async () => {
        const results = (await searchInPlace(tablePage, query)).map((href) => new URL(href).pathname);
        expect(results[0], `results: ${results.slice(0, 5).join(', ')}`).toBe(first);
      });
    }

    // The same ranking when the query arrives in the address: a fresh page and Pagefind for each.
    for (const { query, first, kind } of sampleOfTable(
      RUSSIAN_RELEVANCE_QUERIES.filter((entry) => !entry.miss),
      10,
      (entry) => entry.kind,
    )) {
      test(`from the address, ${kind}: "${query}" → ${first}`, async () => {
        const results = await searchFor(page, `/ru/search/?${new URLSearchParams({ q: query })}`);
        expect(results[0], `results: ${results.slice(0, 5).join(', ')}`).toBe(first);
      });
    }
  });

  describe('forgiving: a misspelt word or name, or one typed on the other layout, finds its page without a click', () => {
    let tablePage: Page;
    beforeAll(async () => {
      tablePage = await context.newPage();
      await tablePage.goto(urlOf('/ru/search/'));
    });

    for (const { query, meant, first, slip } of RUSSIAN_MISSPELLED_QUERIES) {
      test(`${slip}: "${query}"${meant ? ` → results for "${meant}"` : ''} → ${first}`, async () => {
        const results = (await searchInPlace(tablePage, query)).map((href) => new URL(href).pathname);
        expect(results[0], `results: ${results.slice(0, 5).join(', ')}`).toBe(first);
        const corrected = tablePage.locator('[data-search-page] [data-search-status] .corrected');
        expect((await corrected.count()) > 0 ? await corrected.textContent() : undefined).toBe(meant);
      });
    }

    test('the status line says it in Russian, and "Search instead" keeps the typed query in the address', async () => {
      await page.goto(urlOf(`/ru/search/?${new URLSearchParams({ q: 'мыщсл' })}`));
      await searchPageResults(page);
      const status = page.locator('[data-search-page] [data-search-status]');
      await expect.poll(() => status.textContent()).toBe('1\u00A0результат. Показаны результаты по\u00A0запросу vsock · Искать вместо этого мыщсл');
      await page.locator('[data-search-typed]').click();
      await expect.poll(() => new URL(page.url()).searchParams.get('typed')).toBe('1');
      await expect.poll(() => status.textContent()).toMatch(/\. Возможно, вы\u00A0искали vsock\?$/);
    });
  });
});
