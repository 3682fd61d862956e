import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distDir, requireDist, root } from '../helpers/built-site.ts';
import { launchBrowser, SCHEMES, VIEWPORTS } from '../helpers/browser.ts';
import { serveSite, type SiteServer } from '../helpers/serve.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

let server: SiteServer;
let browser: Browser;
const paths = () => [...sitemapPaths(distDir), '/404.html'];

beforeAll(async () => {
  requireDist();
  server = await serveSite(distDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and records what a reader's browser would complain about. */
async function visit(context: BrowserContext, sitePath: string) {
  const page = await context.newPage();
  const problems: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:')) problems.push(`request to another host: ${request.url()}`);
  });
  const response = await page.goto(server.url + sitePath.slice(1), { waitUntil: 'load' });
  if (!response || (response.status() >= 400 && !sitePath.startsWith('/404'))) problems.push(`HTTP ${response?.status()}`);
  return { page, problems };
}

describe('every page in a real browser', () => {
  test('loads with no console error, no CSP violation, no failed request and no request to another host', async () => {
    const context = await browser.newContext();
    const all: string[] = [];
    for (const sitePath of paths()) {
      const { page, problems } = await visit(context, sitePath);
      all.push(...problems.map((problem) => `${sitePath}: ${problem}`));
      await page.close();
    }
    await context.close();
    expect(all).toEqual([]);
  });

  for (const scheme of SCHEMES) {
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      test(`has no axe violations (${scheme}, ${viewportName})`, async () => {
        const context = await browser.newContext({ colorScheme: scheme, viewport, reducedMotion: 'reduce' });
        const violations: string[] = [];
        for (const sitePath of paths()) {
          const { page } = await visit(context, sitePath);
          const results = await new AxeBuilder({ page: page as unknown as ConstructorParameters<typeof AxeBuilder>[0]['page'] }).analyze();
          for (const violation of results.violations) {
            violations.push(`${sitePath}: ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
          }
          await page.close();
        }
        await context.close();
        expect(violations).toEqual([]);
      });
    }
  }
});

describe('as a reader sees it', () => {
  test('screenshots of the main page kinds, light and dark, desktop and phone, for review', async () => {
    const outDir = path.join(root, 'test-results', 'screenshots');
    mkdirSync(outDir, { recursive: true });
    const targets = { home: '/', feature: firstPath('/features/'), architecture: '/arch/x86/', search: '/search/?q=vsock' };
    for (const scheme of SCHEMES) {
      for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
        const context = await browser.newContext({ colorScheme: scheme, viewport });
        for (const [name, sitePath] of Object.entries(targets)) {
          const { page } = await visit(context, sitePath);
          await page.waitForTimeout(300);
          await page.screenshot({ path: path.join(outDir, `${name}-${scheme}-${viewportName}.png`), fullPage: false });
          await page.close();
        }
        await context.close();
      }
    }
  });

  test('the first Tab reaches the skip link, and it moves focus to the content', async () => {
    const context = await browser.newContext();
    const { page } = await visit(context, firstPath('/features/'));
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  test('a copy button copies the code block it belongs to', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = await visit(context, firstPathWithCode());
    const block = page.locator('pre.astro-code').first();
    const button = block.getByRole('button', { name: 'Copy this code' });
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await block.locator('code').innerText()).replace(/\n$/, ''));
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
export type { Page };
