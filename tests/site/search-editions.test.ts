/**
 * Decision (b) of issue 28, in a real browser on a built fixture: a page without a Russian
 * translation is built under /ru/ with its English text but not indexed a second time; a search
 * from the Russian edition finds it in the English index and shows it at its /ru/ address, marked
 * «на английском». A page with a translation is found once, in Russian (its English page is left out).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fixtureBuild } from '../helpers/fixture-build.ts';
import { writeAlphaTranslation } from '../helpers/alpha-translation.ts';
import { searchPageResults } from '../helpers/search-page.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite, type SiteServer } from '../../scripts/lib/serve.ts';
import { t } from '../../src/lib/strings.ts';

const fixture = fixtureBuild();
let server: SiteServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // alpha-feature has a Russian translation; beta-feature and the architectures have none.
  await writeAlphaTranslation(fixture);
  const { status, output } = fixture.build();
  expect(status, output).toBe(0);
  server = await serveSite(fixture.outDir, '/');
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The results of a search from the Russian search page: path and mark of each. */
async function russianSearch(query: string): Promise<{ path: string; mark: string | null }[]> {
  await page.goto(`${server.url}ru/search/?q=${encodeURIComponent(query)}`);
  await searchPageResults(page);
  return page.$$eval('[data-search-results] .result-link', (links) =>
    links.map((link) => ({ path: new URL((link as HTMLAnchorElement).href).pathname, mark: link.querySelector('.in-english')?.textContent ?? null })),
  );
}

test('the Russian index holds the Russian text only; English pages say which editions translate them', () => {
  const fragments = readdirSync(path.join(fixture.outDir, 'ru/pagefind/fragment'));
  expect(fragments).toHaveLength(1);
  expect(readFileSync(path.join(fixture.outDir, 'features/alpha-feature/index.html'), 'utf8')).toMatch(/<span data-pagefind-filter="translation"[^>]*>ru<\/span>/);
  expect(readFileSync(path.join(fixture.outDir, 'features/beta-feature/index.html'), 'utf8')).not.toContain('data-pagefind-filter="translation"');
  expect(readFileSync(path.join(fixture.outDir, 'ru/index.html'), 'utf8')).toMatch(/<html lang="ru"[^>]* data-search-english="1"/);
});

test('a search from the Russian edition finds an untranslated page at its /ru/ address, marked as English', async () => {
  const results = await russianSearch('beta-device');
  expect(results).toEqual([{ path: '/ru/features/beta-feature/', mark: t('ru').searchUi.inEnglish }]);
  // The mark is Russian (with its no-break space), the result's text English.
  expect(t('ru').searchUi.inEnglish).toBe('на\u00A0английском');
  expect(await page.$eval('[data-search-results] .result', (item) => item.getAttribute('lang'))).toBe('en');
});

test('a translated page is found once, in Russian, without the mark', async () => {
  expect(await russianSearch('alpha-tool')).toEqual([{ path: '/ru/features/alpha-feature/', mark: null }]);
  expect(await russianSearch('альфа')).toEqual([{ path: '/ru/features/alpha-feature/', mark: null }]);
});
