/**
 * `npm run bench:search`: what a reader's first search costs with an empty cache, measured through
 * the site's own search dialog in Debian's Chromium. From the `/` key press on the home page to the
 * rendered results it counts every request (the dialog's code, pagefind.js and its worker, the
 * WebAssembly, the index chunks, the result fragments) with its bytes, and times the wait.
 *
 *   npm run bench:search                                  # dist/, three queries, three cold runs each
 *   npm run bench:search -- --dist /tmp/site --base /docs/ --runs 5 q35 "fault tolerance"
 *   npm run bench:search -- --from ru/ vsock                # from the Russian edition's home page
 *
 * Bytes do not depend on the machine; the time does, so it is the median of the runs. Writes
 * bench-results/search.json. `npm run bench` calls measureColdQuery() on its synthetic sites.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './lib/browser.ts';
import { serveSite, type SiteServer } from './lib/serve.ts';

/** Types a static host compresses on the fly; Pagefind's index files and its WebAssembly are gzip already. */
const COMPRESSIBLE = /\.(?:js|mjs|json|css|html|svg)$/;

/** The bytes a response costs on the wire from a gzip-ing static host: gzipped if its type is compressed on the fly. */
export const wireBytes = (pathname: string, body: Buffer) => (COMPRESSIBLE.test(pathname) ? gzipSync(body, { level: 6 }).length : body.length);

/** Responses counted by a key (a kind of file, a folder): requests and bytes per key, and in all. */
export function tally(responses: readonly ({ key: string; bytes: number } | undefined)[]): { requests: number; bytes: number; byKey: Record<string, { requests: number; bytes: number }> } {
  const byKey: Record<string, { requests: number; bytes: number }> = {};
  for (const response of responses) {
    if (!response) continue;
    const entry = (byKey[response.key] ??= { requests: 0, bytes: 0 });
    entry.requests += 1;
    entry.bytes += response.bytes;
  }
  const entries = Object.values(byKey);
  return { requests: entries.reduce((sum, entry) => sum + entry.requests, 0), bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0), byKey };
}

/**
 * From the `/` key press to the results on screen (in the page's own clock): the requests, their
 * bytes as a gzip-ing static host sends them, also per kind of file, and the results Pagefind
 * found (the dialog shows the first five).
 */
export interface ColdQuery {
  query: string;
  requests: number;
  bytes: number;
  results: number;
  timeToResultsMs: number;
  byKind: Record<string, { requests: number; bytes: number }>;
}

/** What a request is for, by its file name. */
function kindOf(pathname: string): string {
  if (/\/_astro\/search-/.test(pathname)) return 'dialog code';
  if (/pagefind(-worker)?\.js$/.test(pathname)) return 'pagefind.js + worker';
  if (pathname.endsWith('/search-names.json')) return 'names';
  const kinds: Record<string, string> = { pagefind: 'WebAssembly', json: 'entry', pf_meta: 'metadata', pf_index: 'index', pf_filter: 'filters', pf_fragment: 'fragments' };
  return kinds[pathname.split('.').pop() ?? ''] ?? 'other';
}

/**
 * One cold first query: a new browser context (empty cache) opens the home page, presses `/`,
 * types the query and waits for the dialog to show its results. Pass `shared` to reuse a server
 * and a browser across calls; without it the call starts and stops its own.
 */
export async function measureColdQuery(distDir: string, base: string, query: string, shared: { server?: SiteServer; browser?: Browser } = {}, from = ''): Promise<ColdQuery> {
  const server = shared.server ?? (await serveSite(distDir, base));
  const browser = shared.browser ?? (await launchBrowser());
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${server.url}${from}`, { waitUntil: 'networkidle' });
    // The page's clock: when `/` went down, and when the dialog first showed results (or none).
    await page.evaluate(() => {
      const marks: Record<string, number> = {};
      (window as unknown as { __searchBench: Record<string, number> }).__searchBench = marks;
      addEventListener('keydown', (event) => event.key === '/' && (marks['start'] ??= performance.now()), { capture: true });
      const element = document.querySelector('site-search');
      if (!element) throw new Error('no <site-search> on the home page');
      new MutationObserver(() => {
        if (/^(results|empty)$/.test(element.getAttribute('data-state') ?? '')) marks['end'] ??= performance.now();
      }).observe(element, { attributes: true, attributeFilter: ['data-state'] });
    });
    // Counted from here: every response of the context, the worker's fetches included.
    const pending: Promise<{ key: string; bytes: number } | undefined>[] = [];
    context.on('response', (response) => {
      const { pathname } = new URL(response.url());
      pending.push(response.body().then((body) => ({ key: kindOf(pathname), bytes: wireBytes(pathname, body) }), () => undefined));
    });
    await page.keyboard.press('/');
    await page.keyboard.insertText(query);
    await page.waitForFunction(() => (window as unknown as { __searchBench: Record<string, number> }).__searchBench['end'] !== undefined);
    await page.waitForLoadState('networkidle');
    const marks = await page.evaluate(() => (window as unknown as { __searchBench: Record<string, number> }).__searchBench);
    const status = (await page.locator('site-search [data-search-status]').textContent()) ?? '';
    const { requests, bytes, byKey: byKind } = tally(await Promise.all(pending));
    return {
      query,
      requests,
      bytes,
      results: Number(status.replace(/\D/g, '')) || 0,
      timeToResultsMs: Math.round((marks['end'] ?? Number.NaN) - (marks['start'] ?? Number.NaN)),
      byKind,
    };
  } finally {
    await context.close();
    if (!shared.browser) await browser.close();
    if (!shared.server) await server.close();
  }
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The middle value of a few measurements (the upper one of an even count); NaN for none. */
export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '..');
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { dist: { type: 'string', default: path.join(root, 'dist') }, base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' }, runs: { type: 'string', default: '3' }, from: { type: 'string', default: '' } },
  });
  const distDir = path.resolve(values.dist);
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
  const runs = Math.max(1, Number(values.runs) || 1);
  if (!existsSync(path.join(distDir, 'pagefind', 'pagefind.js'))) throw new Error(`No built site with a search index in ${distDir}: run \`npm run build\` first.`);
  const server = await serveSite(distDir, base);
  const browser = await launchBrowser();
  const rows: ColdQuery[] = [];
  try {
    for (const query of positionals.length > 0 ? positionals : ['vhost-vsock-pci', 'q35', 'fault tolerance']) {
      const measured: ColdQuery[] = [];
      for (let run = 0; run < runs; run++) measured.push(await measureColdQuery(distDir, base, query, { server, browser }, values.from.replace(/^\//, '')));
      rows.push({ ...(measured[0] as ColdQuery), timeToResultsMs: median(measured.map((item) => item.timeToResultsMs)) });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(`Cold first search through the dialog of ${base}${values.from.replace(/^\//, '')} in ${distDir} (gzip as a host sends it; time: median of ${runs})\n`);
  for (const row of rows) {
    const kinds = Object.entries(row.byKind).map(([kind, entry]) => `${kind} ${entry.requests}× ${kB(entry.bytes)}`);
    process.stdout.write(`  ${JSON.stringify(row.query)}: ${row.requests} requests, ${kB(row.bytes)}, ${row.results} results, ${row.timeToResultsMs} ms (${kinds.join(', ')})\n`);
  }
  await mkdir(path.join(root, 'bench-results'), { recursive: true });
  await writeFile(path.join(root, 'bench-results', 'search.json'), `${JSON.stringify({ date: new Date().toISOString(), distDir, base, runs, queries: rows }, null, 2)}\n`);
}

// Run as a script; imported (by scripts/bench.ts), it only provides measureColdQuery().
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
