/**
 * What the first search costs a visitor with an empty cache: every request under `pagefind/` from
 * opening the search page to having the first five results' titles and excerpts (Pagefind UI shows
 * five at first). It drives Pagefind's own API in Debian's Chromium, so it measures the index and
 * not a particular search box. Used when scripts/bench-search.ts is not there.
 */
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../lib/browser.ts';
import { serveSite } from '../lib/serve.ts';
import type { ColdQuery } from './report.ts';

/** Types a static host compresses on the fly; Pagefind's own index files are gzip already. */
const COMPRESSIBLE = /\.(?:js|mjs|json|css|html|svg)$/;

export interface QueryRequest {
  url: string;
  /** Body bytes as served (the files themselves: the test server does not compress). */
  bodyBytes: number;
  /** What a host that gzips text would send. */
  wireBytes: number;
}

export async function measureColdQuery(distDir: string, base: string, query: string): Promise<ColdQuery & { detail: { requests: QueryRequest[]; titles: string[] } }> {
  const server = await serveSite(distDir, base);
  const browser = await launchBrowser();
  try {
    // A fresh context has an empty HTTP cache: this is a first visit.
    const context = await browser.newContext();
    const page = await context.newPage();
    const pending: Promise<QueryRequest | undefined>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith(`${base}pagefind/`)) return;
      pending.push(
        response.body().then(
          (body) => ({ url: url.pathname, bodyBytes: body.length, wireBytes: COMPRESSIBLE.test(url.pathname) ? gzipSync(body, { level: 6 }).length : body.length }),
          () => undefined,
        ),
      );
    });
    await page.goto(`${server.url}search/`, { waitUntil: 'load' });
    const found = await page.evaluate(
      async ({ base, query }) => {
        // The same module URL the site's own search would load, so a preloaded copy is reused.
        const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
        await pagefind.options({ baseUrl: base });
        const search = await pagefind.search(query);
        const data: { meta: { title?: string } }[] = await Promise.all(search.results.slice(0, 5).map((result: { data(): Promise<unknown> }) => result.data()));
        return { count: search.results.length as number, titles: data.map((item) => item.meta.title ?? '') };
      },
      { base, query },
    );
    await page.waitForLoadState('networkidle');
    const requests = (await Promise.all(pending)).filter((request): request is QueryRequest => request !== undefined);
    await context.close();
    return {
      bytes: requests.reduce((sum, request) => sum + request.wireBytes, 0),
      requests: requests.length,
      results: found.count,
      source: 'scripts/bench/cold-query.ts (Pagefind API, first 5 results)',
      detail: { requests, titles: found.titles },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
