/** A built site served on 127.0.0.1 and Debian's Chromium, set up once per test file. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { distDir, requireDist } from './built-site.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite, type SiteServer } from '../../scripts/lib/serve.ts';

export interface Visit {
  page: Page;
  /** What a reader's browser would complain about: console errors and warnings, uncaught errors,
   *  CSP violations, failed requests and requests to other hosts, as they happen. */
  problems: string[];
  /** Every URL the page requested, in order. */
  requests: string[];
}

/** Registers beforeAll/afterAll hooks that serve `dir` under `base` and launch the browser. */
export function useSiteInBrowser(options: { dir?: string; base?: string } = {}) {
  const dir = options.dir ?? distDir;
  const base = options.base ?? '/';
  let server: SiteServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (dir === distDir) requireDist();
    server = await serveSite(dir, base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the site is not served yet: use it inside a test');
    return value;
  };
  /** The address of a site path (`/features/colo/`) on the test server, under the deploy base. */
  const urlOf = (sitePath: string) => started(server).url + sitePath.replace(/^\//, '');

  /** Opens a site path in a new page of `context`, recording problems and requests. */
  async function visit(context: BrowserContext, sitePath: string): Promise<Visit> {
    const origin = started(server).origin;
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
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
    page.on('requestfailed', (request) => {
      // A request cut off because the test moved on to the next address is not a failure of the site.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed request: ${request.url()}`);
    });
    page.on('request', (request) => {
      requests.push(request.url());
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`request to another host: ${request.url()}`);
    });
    const response = await page.goto(urlOf(sitePath), { waitUntil: 'load' });
    if (!response || (response.status() >= 400 && !sitePath.startsWith('/404'))) problems.push(`HTTP ${response?.status()}`);
    return { page, problems, requests };
  }

  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    urlOf,
    visit,
  };
}
