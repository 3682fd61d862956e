import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, isLocale } from '../../src/lib/i18n.ts';

/** Site paths of every page in the built sitemap (`/`, `/features/colo/`, …), without the host. */
export function sitemapPaths(distDir: string, base = '/'): string[] {
  const index = readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname.slice(base.length));
  return sitemaps.flatMap((file) =>
    [...readFileSync(path.join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => `/${new URL(match[1]!).pathname.slice(base.length)}`),
  );
}

/**
 * The template (src/pages route) a site path is built from, with its edition: `ru features` for
 * `/ru/features/colo/`, `en home` for `/`, `en 404` for `/404.html`.
 */
export function templateOf(sitePath: string): string {
  const [first = '', ...others] = sitePath.slice(1).split('/');
  const edition = first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
  const rest = edition === DEFAULT_LOCALE ? sitePath.slice(1) : others.join('/');
  const section = rest === '' ? 'home' : rest === '404.html' ? '404' : rest.split('/')[0]!;
  return `${edition} ${section}`;
}

/**
 * One page per template and edition: the one with the most HTML, the most likely to be too wide for
 * a small screen or to hold a rare element. Sorted by site path.
 */
export function onePerTemplate(distDir: string, sitePaths: readonly string[]): string[] {
  const size = (sitePath: string) => statSync(path.join(distDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath)).size;
  const largest = new Map<string, { sitePath: string; bytes: number }>();
  for (const sitePath of sitePaths) {
    const bytes = size(sitePath);
    const template = templateOf(sitePath);
    if ((largest.get(template)?.bytes ?? -1) < bytes) largest.set(template, { sitePath, bytes });
  }
  return [...largest.values()].map((entry) => entry.sitePath).sort();
}
