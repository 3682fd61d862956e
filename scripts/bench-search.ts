/**
 * `npm run bench:search`: what a reader's first search costs with an empty cache, measured through
 * the site's own search dialog in Debian's Chromium. From the `/` key press on the home page to the
 * rendered results it counts every request (the dialog's code, pagefind.js and its worker, the
 * WebAssembly, the index chunks and the result fragments) with its bytes, and times the wait.
 *
 *   npm run bench:search                      # dist/, three queries, three cold runs each
 *   npm run bench:search -- --dist /tmp/site --base /docs/ --runs 5 q35 "fault tolerance"
 *
 * Prints a table and writes bench-results/search.json. Bytes do not depend on the machine; the
 * time does, so the table gives the median of the runs. `npm run bench` calls measureColdQuery()
 * on its synthetic sites.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './lib/browser.ts';
import { serveSite, type SiteServer } from './lib/serve.ts';

const root = path.resolve(import.meta.dirname, '..');

/** Types a static host compresses on the fly; Pagefind's index files and its WebAssembly are gzip already. */
const COMPRESSIBLE = /\.(?:js|mjs|json|css|html|svg)$/;

/** How long a first search may take before the measurement gives up. */
const TIMEOUT_MS = 60_000;

export interface ColdQueryRequest {
  /** Path on the site, without the host. */
  path: string;
  kind: string;
  /** Body bytes as served (the test server does not compress). */
  servedBytes: number;
  /** What a host that gzips text would send. */
  wireBytes: number;
}

export interface ColdQueryMeasurement {
  query: string;
  /** Requests from the key press to the rendered results. */
  requests: number;
  /** Their bytes as a gzip-ing static host sends them. */
  bytes: number;
  /** Their bytes as files. */
  servedBytes: number;
  /** Results Pagefind found (the dialog renders the first eight). */
  results: number;
  /** Site path of the first result, without the deploy base. */
  firstResult: string | undefined;
  /** From the `/` key press to the results on screen, in the page's own clock. */
  timeToResultsMs: number;
  /** Requests and wire bytes per kind of file. */
  byKind: Record<string, { requests: number; bytes: number }>;
  detail: { requests: ColdQueryRequest[] };
}

/** What a request is for, by its file name. */
function kindOf(pathname: string): string {
  if (/\/_astro\/search-/.test(pathname)) return 'search dialog code';
  if (/pagefind(-worker)?\.js$/.test(pathname)) return 'pagefind.js + worker';
  if (pathname.endsWith('.pagefind')) return 'WebAssembly';
  if (/pagefind-entry\.json$|\.pf_meta$/.test(pathname)) return 'entry + metadata';
  if (pathname.endsWith('.pf_index')) return 'index chunks';
  if (pathname.endsWith('.pf_filter')) return 'filter chunks';
  if (pathname.endsWith('.pf_fragment')) return 'result fragments';
  return 'other';
}

/**
 * One cold first query: a new browser context (empty cache) opens the home page, presses `/`,
 * types the query and waits for the dialog to show its results. Pass `shared` to reuse a server
 * and a browser across calls; without it the call starts and stops its own.
 */
export async function measureColdQuery(
  distDir: string,
  base: string,
  query: string,
  shared: { server?: SiteServer; browser?: Browser } = {},
): Promise<ColdQueryMeasurement> {
  const server = shared.server ?? (await serveSite(distDir, base));
  const browser = shared.browser ?? (await launchBrowser());
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.goto(server.url, { waitUntil: 'networkidle' });
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
    const pending: Promise<ColdQueryRequest | undefined>[] = [];
    context.on('response', (response) => {
      const url = new URL(response.url());
      pending.push(
        response.body().then(
          (body) => ({
            path: url.pathname,
            kind: kindOf(url.pathname),
            servedBytes: body.length,
            wireBytes: COMPRESSIBLE.test(url.pathname) ? gzipSync(body, { level: 6 }).length : body.length,
          }),
          () => undefined,
        ),
      );
    });
    await page.keyboard.press('/');
    await page.keyboard.insertText(query);
    await page.waitForFunction(() => (window as unknown as { __searchBench: Record<string, number> }).__searchBench['end'] !== undefined);
    await page.waitForLoadState('networkidle');
    const marks = await page.evaluate(() => (window as unknown as { __searchBench: Record<string, number> }).__searchBench);
    const status = (await page.locator('site-search [data-search-status]').textContent()) ?? '';
    const firstHref = await page.locator('site-search a.option').first().getAttribute('href', { timeout: 1000 }).catch(() => null);
    const requests = (await Promise.all(pending)).filter((request): request is ColdQueryRequest => request !== undefined);

    const byKind: ColdQueryMeasurement['byKind'] = {};
    for (const request of requests) {
      const entry = (byKind[request.kind] ??= { requests: 0, bytes: 0 });
      entry.requests += 1;
      entry.bytes += request.wireBytes;
    }
    return {
      query,
      requests: requests.length,
      bytes: requests.reduce((sum, request) => sum + request.wireBytes, 0),
      servedBytes: requests.reduce((sum, request) => sum + request.servedBytes, 0),
      results: Number(status.replace(/\D/g, '')) || 0,
      firstResult: firstHref ? `/${new URL(firstHref, server.origin).pathname.slice(base.length)}` : undefined,
      timeToResultsMs: Math.round((marks['end'] ?? Number.NaN) - (marks['start'] ?? Number.NaN)),
      byKind,
      detail: { requests },
    };
  } finally {
    await context.close();
    if (!shared.browser) await browser.close();
    if (!shared.server) await server.close();
  }
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Pages in the index, from Pagefind's entry file. */
function indexedPages(distDir: string): number | undefined {
  try {
    const entry = JSON.parse(readFileSync(path.join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dist: { type: 'string', default: path.join(root, 'dist') },
      base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
      runs: { type: 'string', default: '3' },
      out: { type: 'string', default: path.join(root, 'bench-results', 'search.json') },
    },
  });
  const distDir = path.resolve(values.dist);
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
  const runs = Math.max(1, Number(values.runs) || 1);
  const queries = positionals.length > 0 ? positionals : ['vhost-vsock-pci', 'q35', 'fault tolerance'];
  if (!existsSync(path.join(distDir, 'pagefind', 'pagefind.js'))) {
    process.stderr.write(`No built site with a search index in ${distDir}: run \`npm run build\` first.\n`);
    process.exit(1);
  }

  const server = await serveSite(distDir, base);
  const browser = await launchBrowser();
  const rows: (ColdQueryMeasurement & { runsMs: number[] })[] = [];
  try {
    for (const query of queries) {
      const measured: ColdQueryMeasurement[] = [];
      for (let run = 0; run < runs; run++) measured.push(await measureColdQuery(distDir, base, query, { server, browser }));
      const first = measured[0]!;
      rows.push({ ...first, timeToResultsMs: median(measured.map((item) => item.timeToResultsMs)), runsMs: measured.map((item) => item.timeToResultsMs) });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const table = [
    ['query', 'requests', 'bytes (gzip)', 'bytes (files)', 'results', 'first result', `time to results (median of ${runs})`],
    ...rows.map((row) => [JSON.stringify(row.query), String(row.requests), kB(row.bytes), kB(row.servedBytes), String(row.results), row.firstResult ?? '-', `${row.timeToResultsMs} ms`]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  const pages = indexedPages(distDir);
  process.stdout.write(`\nCold first search through the dialog, ${pages ?? '?'} pages indexed (${distDir}):\n\n`);
  for (const line of table) process.stdout.write(`  ${line.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}\n`);
  const kinds = rows[0]?.byKind ?? {};
  process.stdout.write(`\nBy kind, for ${JSON.stringify(rows[0]?.query)}: ${Object.entries(kinds).map(([kind, entry]) => `${kind} ${entry.requests} × ${kB(entry.bytes)}`).join(', ')}\n`);

  await mkdir(path.dirname(values.out), { recursive: true });
  await writeFile(values.out, `${JSON.stringify({ date: new Date().toISOString(), distDir, base, pagesIndexed: pages, runs, queries: rows }, null, 2)}\n`);
  process.stdout.write(`\nWritten to ${path.relative(process.cwd(), values.out)}\n`);
}

// Run as a script; imported (by scripts/bench.ts), it only provides measureColdQuery().
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
