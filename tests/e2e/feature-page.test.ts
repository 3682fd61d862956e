/**
 * The chrome of a feature page as a reader meets it: the navigation (without JavaScript, folded on a
 * phone, open beside the text on a wide screen) and the printed page.
 */
import { describe, expect, test } from 'vitest';
import { VIEWPORTS } from '../../scripts/lib/browser.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const site = useSiteInBrowser();
const FEATURE = '/features/colo/';

describe('the navigation of a feature page, without JavaScript', () => {
  test('on a phone it is folded behind one control that the keyboard reaches and opens', async () => {
    const context = await site.browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    const { page } = await site.visit(context, FEATURE);
    const navigation = page.getByRole('navigation', { name: 'Features' });
    const toggle = page.locator('summary', { hasText: 'Browse features' });
    expect(await navigation.isVisible()).toBe(false);
    // Tab from the top of the page until the control has focus: it is in the tab order.
    for (let presses = 0; presses < 15 && !(await toggle.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press('Tab');
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await navigation.isVisible()).toBe(true);
    // The next Tab goes into the list, to the first feature of the category.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe('Features');
    await context.close();
  });

  test('on a wide screen it is open beside the text, marks the current page, and its links lead somewhere', async () => {
    const context = await site.browser.newContext({ viewport: VIEWPORTS.desktop, javaScriptEnabled: false });
    const { page } = await site.visit(context, FEATURE);
    const navigation = page.getByRole('navigation', { name: 'Features' });
    expect(await navigation.isVisible()).toBe(true);
    expect(await page.locator('summary', { hasText: 'Browse features' }).isVisible()).toBe(false);
    // Beside the text, not above it.
    const [navBox, titleBox] = [await navigation.boundingBox(), await page.locator('h1').boundingBox()];
    expect(navBox!.x + navBox!.width).toBeLessThanOrEqual(titleBox!.x);
    const current = navigation.locator('[aria-current="page"]');
    expect(await current.count()).toBe(1);
    expect(await current.getAttribute('href')).toBe(FEATURE);
    // Another feature of the category, one click away; a category, to its page of every feature in it.
    const other = navigation.getByRole('link', { name: /Guest panic/ });
    await other.click();
    await page.waitForURL(/\/features\/guest-panic\/$/);
    await page.getByRole('navigation', { name: 'Features' }).getByRole('link', { name: 'Storage and block layer' }).click();
    await page.waitForURL(/\/categories\/storage\/$/);
    expect(await page.locator('h1').textContent()).toContain('Storage and block layer');
    expect(await page.getByRole('link', { name: /Raw driver offset and size options/ }).count()).toBeGreaterThan(0);
    await context.close();
  });
});

// The copy buttons of every page's code blocks, at the desktop and the phone width: pages.test.ts.

describe('a printed feature page', () => {
  // Checked by eye too: page.pdf() of colo and backup-compression, light and dark, through pdftoppm.
  test('leaves out the chrome, wraps code, and writes out where each link leads', async () => {
    const context = await site.browser.newContext({ viewport: VIEWPORTS.desktop });
    const { page } = await site.visit(context, FEATURE);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const style = (selector: string, property: string, pseudo?: string) =>
      page.locator(selector).first().evaluate((element, [name, pseudoElement]) => getComputedStyle(element, pseudoElement).getPropertyValue(name!), [property, pseudo] as const);
    for (const chrome of ['.site-header', '.feature-nav', '.toc', '.pager', '.heading-anchor', 'button.copy-link', 'button.copy-code']) {
      expect(await style(chrome, 'display'), chrome).toBe('none');
    }
    expect(await style('pre', 'white-space')).toBe('pre-wrap');
    expect(await style('h2', 'break-after')).toBe('avoid');
    // Black on white even when the reader's screen is dark.
    expect(await style('body', 'background-color')).toBe('rgb(255, 255, 255)');
    expect(await style('.references li a', 'content', '::after')).toBe('" (https://gitlab.com/qemu-project/qemu/-/blob/v2.8.0/docs/COLO-FT.txt)"');
    // An internal link, absolute with the site's origin (SITE_URL), as a reader of paper needs it.
    expect(await style('.related li a', 'content', '::after')).toBe('" (https://qemu-2-8.example.org/features/guest-panic/)"');
    await context.close();
  });
});
