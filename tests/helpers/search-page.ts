import type { Page } from 'playwright-core';

/** Waits until the search page has finished (results, none, or an error) and returns the results' hrefs, in order. */
export async function searchPageResults(page: Page): Promise<string[]> {
  await page.waitForFunction(() => ['results', 'empty', 'error'].includes(document.querySelector<HTMLElement>('[data-search-page]')?.dataset['state'] ?? ''));
  return page.$$eval('[data-search-results] .result-link', (links) => links.map((link) => (link as HTMLAnchorElement).href));
}

/**
 * Searches on a search page that is already open, as a reader who types a new query and presses
 * Enter: the page's own form handler runs the search, with the same search function, ranking and
 * rendering as any other search, but Pagefind starts only once for a whole table of queries (a
 * navigation per query started it afresh each time). Returns the results' hrefs, in order.
 */
export async function searchInPlace(page: Page, query: string): Promise<string[]> {
  await page.evaluate((text) => {
    const form = document.querySelector<HTMLFormElement>('[data-search-page] form');
    const field = form?.elements.namedItem('q');
    if (!form || !(field instanceof HTMLInputElement)) throw new Error('not a search page');
    field.value = text;
    // The submit handler marks the page as loading before it returns, so the wait below cannot
    // see the previous query's results.
    form.requestSubmit();
  }, query);
  return searchPageResults(page);
}

/**
 * About `count` entries of a query table, for the checks that go through the whole page (an
 * address per query, so a fresh page and a fresh Pagefind each): the first entry of each kind, then
 * entries spread evenly over the table. Always the same ones, in table order.
 */
export function sampleOfTable<T>(table: readonly T[], count: number, kindOf: (entry: T) => string): T[] {
  const chosen = new Set<T>();
  for (const entry of table) if (![...chosen].some((other) => kindOf(other) === kindOf(entry))) chosen.add(entry);
  const step = table.length / count;
  for (let index = 0; chosen.size < count && index < count; index++) chosen.add(table[Math.floor(index * step)]!);
  return table.filter((entry) => chosen.has(entry));
}
