import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distDir } from '../helpers/built-site.ts';
import { SCHEMES, VIEWPORTS } from '../../scripts/lib/browser.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const site = useSiteInBrowser();
const { visit } = site;
const paths = () => [...sitemapPaths(distDir), '/404.html', '/ru/404.html'];

describe('every page in a real browser', () => {
  test('loads with no console error, no CSP violation, no failed request and no request to another host', async () => {
    const context = await site.browser.newContext();
    const all: string[] = [];
    for (const sitePath of paths()) {
      const { page, problems } = await visit(context, sitePath);
      all.push(...problems.map((problem) => `${sitePath}: ${problem}`));
      await page.close();
    }
    await context.close();
    expect(all).toEqual([]);
  });
});

// One test per page and colour scheme and screen: a whole pass over the site in one test outgrew
// its time limit as the site grew (50 pages × 4 passes). Pages of one pass share a browser context
// and are checked a few at a time (test.concurrent): axe works in each page's own renderer process.
for (const scheme of SCHEMES) {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    describe(`has no axe violations (${scheme}, ${viewportName})`, () => {
      let context: Awaited<ReturnType<typeof site.browser.newContext>>;
      beforeAll(async () => {
        context = await site.browser.newContext({ colorScheme: scheme, viewport, reducedMotion: 'reduce' });
      });
      afterAll(async () => {
        await context.close();
      });
      test.concurrent.each(paths())('%s', async (sitePath) => {
        const { page } = await visit(context, sitePath);
        const results = await new AxeBuilder({ page: page as unknown as ConstructorParameters<typeof AxeBuilder>[0]['page'] }).analyze();
        await page.close();
        expect(results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      });
    });
  }
}

describe('as a reader sees it', () => {
  test('the first Tab reaches the skip link, and it moves focus to the content', async () => {
    const context = await site.browser.newContext();
    const { page } = await visit(context, firstPath('/features/'));
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  test('a copy button copies the code block it belongs to', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = await visit(context, firstPathWithCode());
    const block = page.locator('pre.astro-code').first();
    const button = block.getByRole('button', { name: 'Copy this code' });
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await block.locator('code').innerText()).replace(/\n$/, ''));
    await context.close();
  });

  test('a copy button says so when the clipboard refuses, and then offers to copy again', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    const { page, problems } = await visit(context, firstPathWithCode());
    const button = page.locator('pre.astro-code').first().getByRole('button', { name: 'Copy this code' });
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copy failed');
    await expect.poll(() => button.textContent(), { timeout: 5_000 }).toBe('Copy');
    expect(problems).toEqual([]);
    await context.close();
  });
});

function firstPath(prefix: string): string {
  const found = paths().find((sitePath) => sitePath.startsWith(prefix) && sitePath !== prefix);
  if (!found) throw new Error(`no page under ${prefix}`);
  return found;
}
function firstPathWithCode(): string {
  return paths().find((sitePath) => sitePath.includes('qemu-img-dd')) ?? firstPath('/features/');
}
