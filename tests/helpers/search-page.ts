import type { Page } from 'playwright-core';

/** Waits until the search page has finished (results, none, or an error) and returns the results' hrefs, in order. */
export async function searchPageResults(page: Page): Promise<string[]> {
  await page.waitForFunction(() => ['results', 'empty', 'error'].includes(document.querySelector<HTMLElement>('[data-search-page]')?.dataset['state'] ?? ''));
  return page.$$eval('[data-search-results] .result-link', (links) => links.map((link) => (link as HTMLAnchorElement).href));
}
