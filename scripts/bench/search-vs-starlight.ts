/**
 * `npm run bench:search-starlight -- [N]`: a reader's first search on this site against the same
 * search on Starlight's, over the same N synthetic pages (../shared/bench/compare-starlight.sh,
 * which builds both sides with two editions; it keeps both sites with KEEP_DIST). Each side is
 * served by one server that gzips as a static host does, and opened in a new Chromium context (an
 * empty cache) on its first feature page; `/` opens each side's search, the query is typed, and
 * the count stops when the first results are on screen.
 *
 * Counted: every response the page asked for after its DOMContentLoaded event, so a side's search
 * code is counted whether it arrives when the page goes idle (Starlight loads its Pagefind UI then)
 * or when the reader opens the search (this site loads nothing until then); the page itself, its
 * styles, its icon and the scripts it loads before it is parsed are not. Each side opens its search with its
 * own key (`/` here, Ctrl+K on Starlight). Bytes as sent gzipped (bench-search.ts's rule), the
 * median of three cold runs per query, and the ratio of the sums over the queries.
 *
 * Each query is given twice: pasted (one input event, the whole query) and typed one key every
 * 150 ms (`--typing-ms`), a steady reader's pace, where a search that does not wait for the reader
 * searches for every letter. Counting ends when no request has been made for a second after the
 * first results showed.
 *
 *   npm run bench:search-starlight -- 1000                   # builds both sides first (a few minutes)
 *   npm run bench:search-starlight -- --sites /tmp/sites     # DIR/project and DIR/starlight, already built
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { serveSite } from '../lib/serve.ts';
import { kB, median, tally, wireBytes } from '../bench-search.ts';

/** What tells each side's search that the reader asked, and that the results are on screen. */
interface SearchUi {
  name: 'project' | 'starlight';
  /** The key that opens the search from anywhere on a page. */
  openKey: string;
  /** Installs, in the page, an observer that sets `window.__firstResults` when results (or none) first show. */
  watchForResults(page: Page): Promise<void>;
}

const PROJECT: SearchUi = {
  name: 'project',
  openKey: '/',
  watchForResults: (page) =>
    page.evaluate(() => {
      const element = document.querySelector('site-search');
      if (!element) throw new Error('no <site-search> on the page');
      new MutationObserver(() => {
        if (/^(results|empty)$/.test(element.getAttribute('data-state') ?? '')) (window as unknown as { __firstResults?: number }).__firstResults ??= performance.now();
      }).observe(element, { attributes: true, attributeFilter: ['data-state'] });
    }),
};

/** Starlight's search is Pagefind's default UI in a dialog: a result is a `.pagefind-ui__result`, none a message. */
const STARLIGHT: SearchUi = {
  name: 'starlight',
  openKey: 'Control+k',
  watchForResults: (page) =>
    page.evaluate(() => {
      new MutationObserver(() => {
        const shown = document.querySelector('.pagefind-ui__result') ?? (/\d|No results/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? '') ? document.querySelector('.pagefind-ui__message') : null);
        if (shown) (window as unknown as { __firstResults?: number }).__firstResults ??= performance.now();
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }),
};

export interface FirstSearch {
  requests: number;
  bytes: number;
  /** Requests and bytes by where they came from: the folder of the path (`pagefind`, `_astro`, …). */
  byFolder: Record<string, { requests: number; bytes: number }>;
}

/** How the query reaches the field: pasted whole, or typed a key at a time with this gap. */
type Entry = { name: 'pasted' } | { name: 'typed'; gapMs: number };

/** Quiet long enough that a search still to come would have asked for something (a pause is at most 400 ms). */
const QUIET_MS = 1_000;

/** One cold first search on a served site: see the file's comment for what is counted. */
async function firstSearch(browser: Browser, url: string, ui: SearchUi, query: string, entry: Entry): Promise<FirstSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    let loaded = false;
    page.on('domcontentloaded', () => (loaded = true));
    const counted: Promise<{ key: string; bytes: number } | undefined>[] = [];
    let lastRequest = Date.now();
    context.on('request', (request) => {
      lastRequest = Date.now();
      const { pathname } = new URL(request.url());
      // The site icon, which both sides ask for once the page is parsed, is not search.
      if (!loaded || pathname.endsWith('/favicon.svg')) return;
      const folder = pathname.split('/').filter(Boolean).slice(0, -1).pop() ?? '/';
      counted.push(
        request.response().then(
          async (response) => {
            const body = await response?.body().catch(() => undefined);
            return body ? { key: folder, bytes: wireBytes(pathname, body) } : undefined;
          },
          () => undefined,
        ),
      );
    });
    await page.goto(url, { waitUntil: 'load' });
    // Starlight starts its search UI on the first idle period after DOMContentLoaded.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2_000 })));
    await page.waitForLoadState('networkidle');
    await ui.watchForResults(page);
    // A key pressed before a side's search has wired its shortcut is lost (Starlight's, on a loaded
    // machine): pressed again until the search field has the focus.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press(ui.openKey);
      const focused = await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT', undefined, { timeout: 5_000 }).then(() => true, () => false);
      if (focused) break;
      if (attempt === 3) throw new Error(`${ui.openKey} did not open the search on ${url}`);
    }
    if (entry.name === 'pasted') await page.keyboard.insertText(query);
    else await page.keyboard.type(query, { delay: entry.gapMs });
    await page.waitForFunction(() => (window as unknown as { __firstResults?: number }).__firstResults !== undefined);
    lastRequest = Date.now();
    while (Date.now() - lastRequest < QUIET_MS) await page.waitForTimeout(100);
    const { requests, bytes, byKey: byFolder } = tally(await Promise.all(counted));
    return { requests, bytes, byFolder };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '../..');
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { sites: { type: 'string' }, runs: { type: 'string', default: '3' }, query: { type: 'string', multiple: true }, 'typing-ms': { type: 'string', default: '150' } } });
  const entries: Entry[] = [{ name: 'pasted' }, { name: 'typed', gapMs: Number(values['typing-ms']) }];
  const runs = Math.max(1, Number(values.runs) || 1);
  const queries = values.query ?? ['virtio', 'replication checkpoint', 'firmware'];
  let sites = values.sites;
  if (!sites) {
    const pages = positionals[0] ?? '1000';
    sites = path.join(os.tmpdir(), `search-vs-starlight-${pages}`);
    const compare = path.resolve(root, '../shared/bench/compare-starlight.sh');
    if (!existsSync(compare)) throw new Error(`No ${compare}: this benchmark needs ../shared beside the checkout.`);
    process.stderr.write(`[bench] building ${pages} pages with this project and with Starlight (compare-starlight.sh), kept in ${sites}\n`);
    const built = spawnSync('bash', [compare, pages, 'mdx'], { cwd: root, env: { ...process.env, KEEP_DIST: sites }, stdio: ['ignore', 'inherit', 'inherit'] });
    if (built.status !== 0) throw new Error('compare-starlight.sh failed');
  }
  const sides = [
    { ui: PROJECT, dist: path.join(sites, 'project') },
    { ui: STARLIGHT, dist: path.join(sites, 'starlight') },
  ];
  for (const { dist } of sides) if (!existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) throw new Error(`No built site with a search index in ${dist}`);
  const browser = await launchBrowser();
  const rows: { entry: string; query: string; project: FirstSearch; starlight: FirstSearch }[] = [];
  const label = (entry: Entry) => (entry.name === 'pasted' ? 'pasted' : `typed, a key every ${entry.gapMs} ms`);
  try {
    for (const entry of entries) {
      for (const query of queries) {
        const row = { entry: label(entry), query } as (typeof rows)[number];
        for (const { ui, dist } of sides) {
          const server = await serveSite(dist, '/', { compress: true });
          try {
            const measured: FirstSearch[] = [];
            for (let run = 0; run < runs; run++) {
              process.stderr.write(`[bench] ${ui.name}, ${label(entry)}: ${JSON.stringify(query)}, run ${run + 1} of ${runs}\n`);
              measured.push(await firstSearch(browser, `${server.url}features/synthetic-00001/`, ui, query, entry));
            }
            const bytes = median(measured.map((item) => item.bytes));
            row[ui.name] = measured.find((item) => item.bytes === bytes)!;
          } finally {
            await server.close();
          }
        }
        rows.push(row);
      }
    }
  } finally {
    await browser.close();
  }
  const folders = (search: FirstSearch) => Object.entries(search.byFolder).map(([folder, item]) => `${folder} ${item.requests}× ${kB(item.bytes)}`).join(', ');
  process.stdout.write(`First search after DOMContentLoaded, cold cache, gzip as a host sends it (median of ${runs} runs), ${sites}\n`);
  for (const entry of entries.map(label)) {
    const mine = rows.filter((row) => row.entry === entry);
    process.stdout.write(`${entry}:\n`);
    for (const { query, project, starlight } of mine) {
      process.stdout.write(`  ${JSON.stringify(query)}: this site ${project.requests} requests, ${kB(project.bytes)}; Starlight ${starlight.requests} requests, ${kB(starlight.bytes)}: ${(project.bytes / starlight.bytes).toFixed(2)}× the bytes\n`);
      process.stdout.write(`      this site: ${folders(project)}\n      Starlight: ${folders(starlight)}\n`);
    }
    const sum = (side: 'project' | 'starlight', key: 'bytes' | 'requests') => mine.reduce((total, row) => total + row[side][key], 0);
    process.stdout.write(`  all queries: ${(sum('project', 'bytes') / sum('starlight', 'bytes')).toFixed(2)}× Starlight's bytes, ${sum('project', 'requests')} requests against ${sum('starlight', 'requests')}\n`);
  }
  await mkdir(path.join(root, 'bench-results'), { recursive: true });
  await writeFile(path.join(root, 'bench-results', 'search-vs-starlight.json'), `${JSON.stringify({ date: new Date().toISOString(), sites, runs, rows }, null, 2)}\n`);
}

await main();
