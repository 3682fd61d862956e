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

  /**
   * Records, from now on and across navigations, what a reader's browser would complain about in
   * `page` and every URL it requests. The caller may empty the lists between visits.
   */
  async function watch(page: Page): Promise<Pick<Visit, 'problems' | 'requests'>> {
    const origin = started(server).origin;
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
    return { problems, requests };
  }

  /** Loads a site path in a watched page; an HTTP error (but on a 404 page) is one more problem. */
  async function open(page: Page, sitePath: string, problems: string[]): Promise<void> {
    const response = await page.goto(urlOf(sitePath), { waitUntil: 'load' });
    if (!response || (response.status() >= 400 && !sitePath.startsWith('/404'))) problems.push(`HTTP ${response?.status()}`);
  }

  /** Opens a site path in a new page of `context`, recording problems and requests. */
  async function visit(context: BrowserContext, sitePath: string): Promise<Visit> {
    const page = await context.newPage();
    const watched = await watch(page);
    await open(page, sitePath, watched.problems);
    return { page, ...watched };
  }

  /**
   * Up to `size` pages of `context` kept open, each loading one site path after another, for
   * checks of many pages. A page that stays open stays in its renderer process, where scripts the
   * test injects (axe-core, half a megabyte) are compiled once instead of once per visit. Each
   * visit starts with empty problem and request lists; `check` must leave the page idle (see
   * untilIdle), or a late problem of one visit would be counted in the next.
   */
  function tabs(context: BrowserContext, size: number) {
    const idle: Visit[] = [];
    const waiting: ((tab: Visit) => void)[] = [];
    let opened = 0;
    const acquire = async (): Promise<Visit> => {
      const free = idle.pop();
      if (free) return free;
      if (opened < size) {
        opened++;
        const page = await context.newPage();
        return { page, ...(await watch(page)) };
      }
      return new Promise((resolve) => waiting.push(resolve));
    };
    const release = (tab: Visit) => {
      const next = waiting.shift();
      if (next) next(tab);
      else idle.push(tab);
    };
    return {
      /** Loads `sitePath` in a free page and runs `check` on the visit. */
      async visit<T>(sitePath: string, check: (visit: Visit) => Promise<T>): Promise<T> {
        const tab = await acquire();
        try {
          tab.problems.length = 0;
          tab.requests.length = 0;
          await open(tab.page, sitePath, tab.problems);
          return await check(tab);
        } finally {
          release(tab);
        }
      },
    };
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
    tabs,
  };
}

/**
 * Waits until a loaded page has gone quiet: no request for half a second (Playwright's
 * `networkidle`), then one idle period of its main thread. Problems from scripts that run after
 * `load` (lazy imports, timers, idle callbacks, late fetches) are in a visit's `problems` by then;
 * stopping at `load` let them pass.
 */
export async function untilIdle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })));
}
