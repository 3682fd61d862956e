/**
 * Search in a real browser, against the built site (dist/): relevance, filters, the address as
 * state, the dialog by keyboard, highlighting on arrival, escaping, and what loads when.
 *
 * SEARCH_TEST_DIST and SEARCH_TEST_BASE run the suite on another build, for example one made with
 * `BASE_PATH=/docs/ OUT_DIR=/tmp/site npm run build` to check a sub-path deploy.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distDir, root } from '../helpers/built-site.ts';
import { VIEWPORTS } from '../../scripts/lib/browser.ts';
import { readFrontmatter } from '../helpers/frontmatter.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { MISSPELLED_QUERIES } from './misspelled-queries.ts';
import { RELEVANCE_QUERIES } from './relevance-queries.ts';
import { sampleOfTable, searchInPlace, searchPageResults } from '../helpers/search-page.ts';

const siteDir = process.env['SEARCH_TEST_DIST'] ?? distDir;
const base = process.env['SEARCH_TEST_BASE'] ?? '/';
const site = useSiteInBrowser({ dir: siteDir, base });
const { visit, urlOf } = site;

/** The site path of an address or href, without the deploy base. */
const sitePathOf = (url: string) => `/${new URL(url).pathname.slice(base.length)}`;
/** The search page's own field (the dialog in the header has one too). */
const PAGE_FIELD = '[data-search-page] input[name="q"]';
const searchState = (page: Page) => page.locator('[data-search-page]').getAttribute('data-state');

/** Waits until the search page has finished the search it is running and returns the result paths. */
async function searchResults(page: Page): Promise<string[]> {
  return (await searchPageResults(page)).map(sitePathOf);
}

/** Opens /search/ with the given parameters and returns the result paths. */
async function searchFor(page: Page, params: Record<string, string>): Promise<string[]> {
  await page.goto(urlOf(`/search/?${new URLSearchParams(params)}`));
  return searchResults(page);
}

/** Clicks "Show more" until every result is listed. */
async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('[data-search-results] > li').count();
    await more.click();
    await expect.poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(before);
  }
  return (await page.$$eval('[data-search-results] .result-link', (links) => links.map((link) => (link as HTMLAnchorElement).href))).map(sitePathOf);
}

/** The start of the focused element's markup. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');

const isBuilt = (sitePath: string) => existsSync(path.join(siteDir, sitePath, 'index.html'));

describe('relevance: the expected page comes first', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext();
    page = await context.newPage();
    // One search page for the whole table: each query is typed into it and submitted.
    await page.goto(urlOf('/search/'));
  });
  afterAll(() => context?.close());

  test('the table has at least 40 queries, each expecting a page of this site', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(40);
    const missing = RELEVANCE_QUERIES.filter(({ first }) => !isBuilt(first)).map(({ query, first }) => `${query} → ${first}`);
    expect(missing).toEqual([]);
  });

  for (const { query, first, kind } of RELEVANCE_QUERIES) {
    test(`${kind}: "${query}" → ${first}`, async () => {
      const results = (await searchInPlace(page, query)).map(sitePathOf);
      expect(results[0], `results: ${results.slice(0, 5).join(', ')}`).toBe(first);
    });
  }

  // The same ranking when the query arrives in the address (a link, the dialog's Enter): a page
  // of its own and a fresh Pagefind for each.
  for (const { query, first, kind } of sampleOfTable(RELEVANCE_QUERIES, 10, (entry) => entry.kind)) {
    test(`from the address, ${kind}: "${query}" → ${first}`, async () => {
      const results = await searchFor(page, { q: query });
      expect(results[0], `results: ${results.slice(0, 5).join(', ')}`).toBe(first);
    });
  }
});

describe('forgiving search: a misspelt name finds its page without a click', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext();
    page = await context.newPage();
    // One search page for the whole table: each query is typed into it and submitted.
    await page.goto(urlOf('/search/'));
  });
  afterAll(() => context?.close());

  /** The corrected query the status line says it shows results for, if any. */
  const correctedOf = async (tab: Page) => {
    const corrected = tab.locator('[data-search-page] [data-search-status] .corrected');
    return (await corrected.count()) > 0 ? corrected.textContent() : undefined;
  };

  test('the table has at least 25 misspelt queries, each expecting a page of this site', () => {
    expect(MISSPELLED_QUERIES.length).toBeGreaterThanOrEqual(25);
    const missing = MISSPELLED_QUERIES.filter(({ first }) => !isBuilt(first)).map(({ query, first }) => `${query} → ${first}`);
    expect(missing).toEqual([]);
  });

  /** Runs a query from the table with `search` and checks the correction shown, then the first result. */
  const checkMisspelt = async ({ meant, first }: (typeof MISSPELLED_QUERIES)[number], search: () => Promise<string[]>) => {
    const results = await search();
    expect(results[0], `results: ${results.slice(0, 5).join(', ')}`).toBe(first);
    expect(await correctedOf(page)).toBe(meant);
  };

  for (const entry of MISSPELLED_QUERIES) {
    const { query, meant, first, slip, miss } = entry;
    // A known miss is expected to fail, so fixing it shows (and asks to move it into the table proper).
    (miss ? test.fails : test)(`${slip}: "${query}"${meant ? ` → results for "${meant}"` : ''} → ${first}${miss ? ` (known miss: ${miss})` : ''}`, () =>
      checkMisspelt(entry, async () => (await searchInPlace(page, query)).map(sitePathOf)),
    );
  }

  // The same from the address, each on a fresh page and a fresh Pagefind: a shared link shows the same.
  for (const entry of sampleOfTable(
    MISSPELLED_QUERIES.filter((candidate) => !candidate.miss),
    6,
    (candidate) => candidate.slip,
  )) {
    const { query, meant, first, slip } = entry;
    test(`from the address, ${slip}: "${query}"${meant ? ` → results for "${meant}"` : ''} → ${first}`, () => checkMisspelt(entry, () => searchFor(page, { q: query })));
  }

  test('on the search page: the corrected results are announced, and "Search instead" is a Tab away and kept in the address', async () => {
    const { page: tab, problems } = await visit(context, '/search/?q=guest-cdi');
    expect((await searchResults(tab))[0]).toBe('/features/vhost-vsock/');
    const status = tab.locator('[data-search-page] [data-search-status]');
    expect(await status.getAttribute('role')).toBe('status');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ results?\. Showing results for guest-cid · Search instead for guest-cdi$/);
    await tab.focus(PAGE_FIELD);
    // Past the Search button and the three filter menus.
    for (let i = 0; i < 5; i++) await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('guest-cdi');
    await tab.keyboard.press('Enter');
    // As typed: a new history entry, and the typed query's own results with the suggestion offered.
    await expect.poll(() => new URL(tab.url()).search).toBe('?q=guest-cdi&typed=1');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ results?\. Did you mean guest-cid\?$/);
    expect(await tab.inputValue(PAGE_FIELD)).toBe('guest-cdi');
    // A shared link to it shows the same.
    const shared = await visit(context, '/search/?q=guest-cdi&typed=1');
    await searchResults(shared.page);
    await expect.poll(() => shared.page.locator('[data-search-page] [data-search-status]').textContent()).toMatch(/Did you mean guest-cid\?$/);
    // The suggestion still applies with a click; Back returns to the uncorrected search, then the corrected one.
    await tab.locator('[data-search-suggestion]').click();
    await expect.poll(() => new URL(tab.url()).search).toBe('?q=guest-cid');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ results?$/);
    await tab.goBack();
    await expect.poll(() => status.textContent()).toMatch(/Did you mean guest-cid\?$/);
    await tab.goBack();
    await expect.poll(() => status.textContent()).toMatch(/Showing results for guest-cid/);
    // Typing a new query corrects again.
    await tab.fill(PAGE_FIELD, 'genric lodaer');
    await expect.poll(() => new URL(tab.url()).search).toBe('?q=genric+lodaer');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ results?\. Showing results for generic loader · Search instead for genric lodaer$/);
    expect([...problems, ...shared.problems]).toEqual([]);
  });

  test('in the dialog: the corrected results are announced, ArrowDown reaches "Search instead" first, and Enter keeps the choice for the search page', async () => {
    const { page: tab, problems } = await visit(context, '/features/powernv/');
    await tab.keyboard.press('/');
    await tab.keyboard.type('vhost-vscok');
    const status = tab.locator('site-search [data-search-status]');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ results?\. Showing results for vhost-vsock · Search instead for vhost-vscok$/);
    expect(await status.getAttribute('role')).toBe('status');
    expect(await tab.getAttribute('site-search a.option.page >> nth=0', 'href')).toBe(`${base}features/vhost-vsock/?pagefind-highlight=vhost-vsock`);
    await tab.keyboard.press('ArrowDown');
    expect(await tab.evaluate(() => document.activeElement?.hasAttribute('data-search-typed'))).toBe(true);
    await tab.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toMatch(/Did you mean vhost-vsock\?$/);
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await Promise.all([tab.waitForURL(/\/search\/\?q=vhost-vscok&typed=1$/), tab.keyboard.press('Enter')]);
    await searchResults(tab);
    await expect.poll(() => tab.locator('[data-search-page] [data-search-status]').textContent()).toMatch(/Did you mean vhost-vsock\?$/);
    expect(problems).toEqual([]);
  });

  test('a query that finds good results is not corrected', async () => {
    const { page: tab, problems } = await visit(context, '/search/?q=vhost-vsock-pci');
    expect((await searchResults(tab))[0]).toBe('/features/vhost-vsock/');
    await expect.poll(() => tab.locator('[data-search-page] [data-search-status]').textContent()).toMatch(/^\d+ results?$/);
    expect(problems).toEqual([]);
  });
});

describe('the search page', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext();
  });
  afterAll(() => context?.close());

  const features = readdirSync(path.join(root, 'content/features'))
    .filter((name) => /\.mdx?$/.test(name) && isBuilt(`/features/${name.replace(/\.mdx?$/, '')}/`))
    .map((name) => ({ path: `/features/${name.replace(/\.mdx?$/, '')}/`, data: readFrontmatter(path.join(root, 'content/features', name)) }));

  test('filters narrow the results, and a filter alone lists every page it allows', async () => {
    const { page, problems } = await visit(context, '/search/');
    const unfiltered = await searchFor(page, { q: 'guest' });
    const devices = await searchFor(page, { q: 'guest', category: 'devices' });
    expect(devices.length).toBeGreaterThan(0);
    expect(devices.length).toBeLessThan(unfiltered.length);
    for (const result of devices) expect(features.find((feature) => feature.path === result)?.data['category'], result).toBe('devices');
    expect(await page.locator('[data-search-results] .result-labels').first().textContent()).toContain('Devices');

    // No query: every feature of the category, and nothing else.
    await searchFor(page, { category: 'machines' });
    const machines = features.filter((feature) => feature.data['category'] === 'machines').map((feature) => feature.path);
    expect((await allResults(page)).sort()).toEqual(machines.sort());

    // Architecture and status together: features for sh4 (or for all) that are new.
    await searchFor(page, { arch: 'sh4', status: 'new' });
    const expected = features
      .filter((feature) => feature.data['status'] === 'new')
      .filter((feature) => (feature.data['architectures'] as string[]).some((id) => id === 'sh4' || id === 'all'))
      .map((feature) => feature.path);
    expect((await allResults(page)).sort()).toEqual(expected.sort());
    expect(problems).toEqual([]);
  });

  test('a deep link restores the query and the filters; an unknown filter value is dropped', async () => {
    const { page, problems } = await visit(context, '/search/?q=vsock&arch=x86&category=devices&status=new');
    expect(await searchResults(page)).toContain('/features/vhost-vsock/');
    expect(await page.inputValue(PAGE_FIELD)).toBe('vsock');
    expect(await page.inputValue('select[name="arch"]')).toBe('x86');
    expect(await page.inputValue('select[name="category"]')).toBe('devices');
    expect(await page.inputValue('select[name="status"]')).toBe('new');
    expect(await page.title()).toMatch(/^vsock · /);
    await page.goto(urlOf('/search/?q=vsock&arch=nonsense'));
    await searchResults(page);
    expect(await page.inputValue('select[name="arch"]')).toBe('');
    expect(new URL(page.url()).search).toBe('?q=vsock');
    expect(problems).toEqual([]);
  });

  test('the address follows the form, and Back and Forward restore it', async () => {
    const { page, problems } = await visit(context, '/search/?q=vsock');
    await searchResults(page);
    const historyLength = () => page.evaluate(() => history.length);
    const startLength = await historyLength();

    // Typing replaces the current entry.
    await page.fill(PAGE_FIELD, 'crypto');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=crypto');
    await expect.poll(async () => (await searchResults(page))[0]).toBe('/features/virtio-crypto/');
    expect(await historyLength()).toBe(startLength);

    // A filter change adds one.
    await page.selectOption('select[name="arch"]', 'x86');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=crypto&arch=x86');
    await page.selectOption('select[name="status"]', 'new');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=crypto&arch=x86&status=new');
    expect(await historyLength()).toBe(startLength + 2);

    await page.goBack();
    await expect.poll(() => page.inputValue('select[name="status"]')).toBe('');
    expect(await page.inputValue('select[name="arch"]')).toBe('x86');
    expect(await page.inputValue(PAGE_FIELD)).toBe('crypto');
    await page.goBack();
    await expect.poll(() => page.inputValue('select[name="arch"]')).toBe('');
    await expect.poll(async () => (await searchResults(page))[0]).toBe('/features/virtio-crypto/');
    await page.goForward();
    await expect.poll(() => page.inputValue('select[name="arch"]')).toBe('x86');
    expect(new URL(page.url()).search).toBe('?q=crypto&arch=x86');
    expect(await searchState(page)).not.toBe('error');
    expect(problems).toEqual([]);
  });

  test('results show a title, labels, summary, highlighted excerpt and matching sections', async () => {
    const { page, problems } = await visit(context, '/search/?q=guest-cid');
    expect((await searchResults(page))[0]).toBe('/features/vhost-vsock/');
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('.result-summary').textContent()).toMatch(/\w/);
    expect(await first.locator('.result-excerpt mark').first().textContent()).toMatch(/guest-cid/i);
    const sections = await first.locator('.result-sections a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(sections.length).toBeGreaterThan(0);
    for (const href of sections) expect(href).toMatch(/\/features\/vhost-vsock\/\?pagefind-highlight=guest-cid#[\w-]+$/);
    await expect.poll(() => page.locator('[data-search-page] [data-search-status]').textContent()).toMatch(/^\d+ results?$/);
    expect(await page.locator('[data-search-page] [data-search-status]').getAttribute('role')).toBe('status');
    expect(problems).toEqual([]);
  });

  test('markup in ?q= is shown as text and never runs', async () => {
    const payload = '<img src=x onerror="window.__searchXss=1"><b>bold</b>';
    const { page, problems } = await visit(context, `/search/?q=${encodeURIComponent(payload)}`);
    await searchResults(page);
    expect(await page.inputValue(PAGE_FIELD)).toBe(payload);
    expect(await page.title()).toContain(payload);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __searchXss?: number }).__searchXss)).toBeUndefined();
    // The same in the dialog of another page.
    const other = await visit(context, '/features/powernv/');
    await other.page.keyboard.press('/');
    await other.page.keyboard.type(payload);
    await expect.poll(() => other.page.locator('site-search').getAttribute('data-state')).toMatch(/results|empty/);
    expect(await other.page.locator('site-search img, site-search b').count()).toBe(0);
    expect(await other.page.evaluate(() => (window as unknown as { __searchXss?: number }).__searchXss)).toBeUndefined();
    expect([...problems, ...other.problems]).toEqual([]);
  });

  test('on the search page, / and the Search link go to its own field instead of a dialog', async () => {
    const { page, problems } = await visit(context, '/search/?q=vsock');
    await searchResults(page);
    await page.locator('select[name="arch"]').focus();
    await page.keyboard.press('Escape');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-page]') !== null && document.activeElement?.getAttribute('name'))).toBe('q');
    await page.click('a[data-search-trigger]');
    expect(await page.evaluate(() => document.querySelector('site-search dialog')?.hasAttribute('open'))).toBe(false);
    expect(sitePathOf(page.url())).toBe('/search/');
    expect(new URL(page.url()).search).toBe('?q=vsock');
    expect(problems).toEqual([]);
  });

  test('without JavaScript the page says so and links to the overview and the architectures', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const { page } = await visit(noJs, '/search/');
    expect(await page.locator('.search-page').isVisible()).toBe(false);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Search needs JavaScript');
    const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links.map((link) => sitePathOf(link) + new URL(link).hash)).toEqual(['/', '/#architectures']);
    await noJs.close();
  });

  test('a double click on "Show more" adds the next batch once', async () => {
    const { page, problems } = await visit(context, '/search/?q=qemu');
    const first = await searchResults(page);
    expect(first.length, 'the query must find more than one batch').toBe(10);
    const count = await page.locator('[data-search-page] [data-search-status]').textContent();
    const total = Number(count?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(10);
    await page.locator('[data-search-more]').dblclick();
    await expect.poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(10);
    // Both clicks' batches would have arrived by now: their fragments are fetched.
    await page.waitForLoadState('networkidle');
    const shown = (await page.$$eval('[data-search-results] .result-link', (links) => links.map((link) => (link as HTMLAnchorElement).href))).map(sitePathOf);
    expect(shown).toHaveLength(Math.min(total, 20));
    expect(new Set(shown).size).toBe(shown.length);
    // The focus is on the first new result, as after a single click.
    expect(sitePathOf(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href))).toBe(shown[10]);
    expect(problems).toEqual([]);
  });

  test('works at 375 px: nothing wider than the screen', async () => {
    const phone = await site.browser.newContext({ viewport: VIEWPORTS.phone });
    const { page, problems } = await visit(phone, '/search/?q=vhost-vsock-pci');
    await searchResults(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    expect(problems).toEqual([]);
    await phone.close();
  });
});

describe('the search dialog', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext();
  });
  afterAll(() => context?.close());

  const dialogOpen = (page: Page) => page.evaluate(() => document.querySelector('site-search dialog')?.hasAttribute('open') ?? false);

  test('loads no search code until it is opened', async () => {
    const { page, problems, requests } = await visit(context, '/features/powernv/');
    // No request for half a second after the load: code fetched late would still be seen.
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => /pagefind|search-(dialog|page|highlight|names)/.test(url))).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(requests.some((url) => url.includes('pagefind-highlight'))).toBe(false);
    expect(problems).toEqual([]);
  });

  test('loads the corrections (their code and the names) only for a query that may need them', async () => {
    const { page, problems, requests } = await visit(context, '/features/powernv/');
    const corrections = () => requests.filter((url) => /\/search-names\.json$|\/search-suggest-[\w-]+\.js$/.test(url)).map((url) => new URL(url).pathname.replace(/(\/search-suggest)-[^/]+\.js$/, '$1.js'));
    await page.keyboard.press('/');
    await page.keyboard.type('vhost-vsock-pci');
    const status = page.locator('site-search [data-search-status]');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ results?$/);
    await page.waitForLoadState('networkidle');
    expect(corrections()).toEqual([]);
    await page.fill('#site-search-input', 'vhost-vscok');
    await expect.poll(() => status.textContent()).toMatch(/Showing results for vhost-vsock/);
    expect(corrections().sort()).toEqual([`${base}_astro/search-suggest.js`, `${base}search-names.json`]);
    expect(problems).toEqual([]);
  });

  test('a word typed a key at a time asks for what the same word pasted asks for, not for each of its beginnings', async () => {
    /** The search requests (index chunks, fragments) of a first search in a new context: the query pasted or typed at one key every 150 ms. */
    const searchRequests = async (query: string, typed: boolean) => {
      const fresh = await site.browser.newContext();
      try {
        const { page, problems, requests } = await visit(fresh, '/features/powernv/');
        await page.keyboard.press('/');
        await page.waitForFunction(() => document.activeElement?.id === 'site-search-input');
        if (typed) await page.keyboard.type(query, { delay: 150 });
        else await page.keyboard.insertText(query);
        await expect.poll(() => page.locator('site-search').getAttribute('data-state')).toMatch(/^(results|empty)$/);
        // Longer than the longest pause (typing-pace.ts): a search still to come has started.
        await page.waitForTimeout(600);
        await page.waitForLoadState('networkidle');
        expect(problems).toEqual([]);
        return requests.filter((url) => /\/pagefind\/(index|fragment)\//.test(url)).map((url) => new URL(url).pathname).sort();
      } finally {
        await fresh.close();
      }
    };
    // `o` and `openrisc` sit in different index chunks, so a search, or a preload, of a beginning shows.
    const word = 'openrisc';
    const [firstLetter, pasted] = await Promise.all([searchRequests(word.slice(0, 1), false), searchRequests(word, false)]);
    expect(firstLetter.filter((url) => url.includes('/index/'))).not.toEqual(pasted.filter((url) => url.includes('/index/')));
    expect(await searchRequests(word, true)).toEqual(pasted);
  });

  test('keyboard only: / opens it, typing searches, ArrowDown and Enter open the first result', async () => {
    const { page, problems } = await visit(context, '/features/powernv/');
    await page.keyboard.press('/');
    expect(await dialogOpen(page)).toBe(true);
    await page.keyboard.type('vhost-vsock-pci');
    expect(await page.inputValue('#site-search-input')).toBe('vhost-vsock-pci');
    await expect.poll(() => page.locator('site-search').getAttribute('data-state')).toBe('results');
    await expect.poll(() => page.locator('site-search [data-search-status]').textContent()).toMatch(/^\d+ results?$/);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toContain(`<a class="option page" href="${base}features/vhost-vsock/?pagefind-highlight=vhost-vsock-pci"`);
    await Promise.all([page.waitForURL(/\/features\/vhost-vsock\//), page.keyboard.press('Enter')]);
    // Arrived: the words are marked, and the parameter is gone from the address.
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    await expect.poll(() => page.url()).toBe(urlOf('/features/vhost-vsock/'));
    expect(problems).toEqual([]);
  });

  test('the arrow keys move through results and back to the field; typing on a result goes on in the field', async () => {
    const { page, problems } = await visit(context, '/features/powernv/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('vsock');
    await expect.poll(() => page.locator('site-search').getAttribute('data-state')).toBe('results');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatch(/class="option section"/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toMatch(/id="site-search-input"/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('-pci');
    expect(await page.inputValue('#site-search-input')).toBe('vsock-pci');
    expect(problems).toEqual([]);
  });

  test('Esc before the dialog code has arrived closes it for good and returns the focus', async () => {
    const { page, problems } = await visit(context, '/features/powernv/');
    // Hold the dialog's code back, as a slow network or a busy machine would.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/search-dialog[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.focus('a[data-search-trigger]');
    await page.keyboard.press('/');
    expect(await dialogOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    release();
    await page.waitForFunction(() => customElements.get('site-search') !== undefined);
    expect(await dialogOpen(page)).toBe(false);
    expect(await focused(page)).toMatch(/data-search-trigger/);
    expect(problems).toEqual([]);
  });

  test('the Search link opens it, Esc closes it and returns the focus to the link', async () => {
    const { page, problems } = await visit(context, '/features/powernv/');
    await page.focus('a[data-search-trigger]');
    await page.keyboard.press('Enter');
    expect(await dialogOpen(page)).toBe(true);
    expect(sitePathOf(page.url())).toBe('/features/powernv/');
    await expect.poll(() => focused(page)).toMatch(/id="site-search-input"/);
    await page.keyboard.type('q35');
    await expect.poll(() => page.locator('site-search').getAttribute('data-state')).toBe('results');
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    expect(await focused(page)).toMatch(/data-search-trigger/);
    // Opened by the shortcut, it also returns to the Search link.
    await page.keyboard.press('/');
    expect(await dialogOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatch(/data-search-trigger/);
    expect(problems).toEqual([]);
  });

  test('Enter in the field opens the search page with the query', async () => {
    const { page, problems } = await visit(context, '/');
    await page.keyboard.press('/');
    await page.keyboard.type('qemu-img dd');
    await Promise.all([page.waitForURL(/\/search\/\?q=qemu-img\+dd$/), page.keyboard.press('Enter')]);
    expect((await searchResults(page))[0]).toBe('/features/qemu-img-dd/');
    expect(problems).toEqual([]);
  });

  test('a modified click on the Search link still opens the search page in a new tab', async () => {
    const { page } = await visit(context, '/');
    const [popup] = await Promise.all([context.waitForEvent('page'), page.click('a[data-search-trigger]', { modifiers: ['ControlOrMeta'] })]);
    await popup.waitForLoadState();
    expect(sitePathOf(popup.url())).toBe('/search/');
    expect(await dialogOpen(page)).toBe(false);
    await popup.close();
  });

  test('fits a 375 px screen', async () => {
    const phone = await site.browser.newContext({ viewport: VIEWPORTS.phone });
    const { page, problems } = await visit(phone, '/features/vhost-vsock/');
    await page.click('a[data-search-trigger]');
    await page.keyboard.type('vsock');
    await expect.poll(() => page.locator('site-search').getAttribute('data-state')).toBe('results');
    const box = await page.locator('site-search dialog').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    const overflow = await page.$eval('[data-search-list]', (list) => list.scrollWidth - list.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await phone.close();
  });
});

describe('highlighting on arrival', () => {
  test('marks the words, then removes the parameter from the address and keeps the section', async () => {
    const context = await site.browser.newContext();
    const { page, problems, requests } = await visit(context, '/features/vhost-vsock/?pagefind-highlight=guest-cid&pagefind-highlight=vhostfd#how-to-use-it');
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(1);
    const marked = await page.locator('mark.pagefind-highlight').allTextContents();
    expect(new Set(marked.map((text) => text.toLowerCase()))).toEqual(new Set(['guest-cid', 'vhostfd']));
    // Only inside the indexed article: the header, the table of contents and the footer stay as they are.
    expect(await page.locator('[data-pagefind-ignore] mark, body > header mark, body > footer mark').count()).toBe(0);
    await expect.poll(() => page.url()).toBe(urlOf('/features/vhost-vsock/#how-to-use-it'));
    expect(requests.filter((url) => url.includes('pagefind-highlight.js'))).toHaveLength(1);
    expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });
});
