import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { VIEWPORTS } from '../../scripts/lib/browser.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const site = useSiteInBrowser();

async function openMatrix(viewport: { width: number; height: number }): Promise<Page> {
  const context = await site.browser.newContext({ viewport, reducedMotion: 'reduce' });
  const { page, problems } = await site.visit(context, '/matrix/');
  expect(problems).toEqual([]);
  return page;
}

/** Where a cell sits in the window, and where the scrolling region does. */
const boxes = (page: Page, selector: string) =>
  page.evaluate((cellSelector) => {
    const cell = document.querySelector(cellSelector)!.getBoundingClientRect();
    const region = document.querySelector('.scroll')!.getBoundingClientRect();
    return { cell: { top: cell.top, left: cell.left }, region: { top: region.top, left: region.left } };
  }, selector);

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`architecture names are never broken across lines, and fit their header cells (${name})`, async () => {
    const page = await openMatrix(viewport);
    const names = await page.$$eval('thead .arch a', (links) =>
      links.map((link) => {
        const range = document.createRange();
        range.selectNodeContents(link);
        const text = range.getBoundingClientRect();
        const cell = link.closest('th')!.getBoundingClientRect();
        return { name: link.textContent, lines: range.getClientRects().length, fits: text.width <= cell.width && text.height <= cell.height };
      }),
    );
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((entry) => entry.lines !== 1 || !entry.fits)).toEqual([]);
    await page.context().close();
  });
}

test('at 1280 px the whole table fits, and the header row stays at the top of the window while the page scrolls', async () => {
  const page = await openMatrix(VIEWPORTS.desktop);
  expect(await page.$eval('.scroll', (region) => region.scrollWidth <= region.clientWidth)).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 600));
  const { cell } = await boxes(page, 'thead .arch');
  expect(cell.top).toBeCloseTo(0, 0);
  await page.context().close();
});

test('at 375 px the table scrolls in its own focusable region, with the header row and the feature column in view', async () => {
  const page = await openMatrix(VIEWPORTS.phone);
  const region = page.locator('.scroll');
  expect(await region.getAttribute('tabindex')).toBe('0');
  expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth && element.scrollHeight > element.clientHeight)).toBe(true);
  // The keyboard scrolls it, once it has focus.
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft > 0 && element.scrollTop > 0)).toBe(true);
  await region.evaluate((element) => element.scrollTo(200, 400));
  for (const selector of ['thead .arch', 'thead .corner']) {
    const { cell, region: box } = await boxes(page, selector);
    expect(cell.top, selector).toBeCloseTo(box.top, 0);
  }
  for (const selector of ['tbody tr:nth-child(8) th', 'thead .corner']) {
    const { cell, region: box } = await boxes(page, selector);
    expect(cell.left, selector).toBeCloseTo(box.left, 0);
  }
  await page.context().close();
});
