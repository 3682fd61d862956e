import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Site paths of every page in the built sitemap (`/`, `/features/colo/`, …), without the host. */
export function sitemapPaths(distDir: string, base = '/'): string[] {
  const index = readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname.slice(base.length));
  return sitemaps.flatMap((file) =>
    [...readFileSync(path.join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => `/${new URL(match[1]!).pathname.slice(base.length)}`),
  );
}
