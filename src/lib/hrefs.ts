/**
 * Public URLs are a promise: every route of the site is built here, with a trailing slash and the
 * deploy base (`import.meta.env.BASE_URL`, `/` or `/sub/path/`) in front, so a deploy under a
 * sub-path works and no page hand-writes a URL.
 */
import { DEFAULT_LOCALE, type Locale } from './i18n.ts';
import { searchShardFolder } from './search-shards.ts';

/** Joins the deploy base and a site path. `joinBase('/docs/', 'features/colo/')` → `/docs/features/colo/`. */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/**
 * The root of an edition under the deploy base: `/` for English, `/ru/` for Russian. Pages get it
 * from Astro's getRelativeLocaleUrl (src/data/edition.ts); this pure form is for code that runs
 * outside Astro's routes (the config's sitemap filter, `_redirects`), with the same result.
 * @example localeRoot('/docs/', 'ru') // → '/docs/ru/'
 */
export function localeRoot(base: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? joinBase(base, '') : joinBase(base, `${locale}/`);
}

/**
 * A file of an edition's search bundle: Pagefind writes one index per edition beside its pages
 * (src/build/pagefind.ts), so a search from a Russian page loads `/ru/pagefind/`. A large edition's
 * index comes in several bundles (src/lib/search-shards.ts): `shard` 1 is `pagefind-2/`, and so on.
 * @example searchBundleFile('/docs/', 'ru', 'pagefind.js') // → '/docs/ru/pagefind/pagefind.js'
 * @example searchBundleFile('/', 'en', '', 1) // → '/pagefind-2/'
 */
export function searchBundleFile(base: string, locale: Locale, file: string, shard = 0): string {
  return joinBase(localeRoot(base, locale), `${searchShardFolder(shard)}/${file}`);
}

/**
 * The same page in another edition: every edition has every page at the same path under its root.
 * @example pathInEdition('/docs/ru/features/colo/', '/docs/', 'ru', 'en') // → '/docs/features/colo/'
 */
export function pathInEdition(pathname: string, base: string, from: Locale, to: Locale): string {
  const fromRoot = localeRoot(base, from);
  const rest = pathname.startsWith(fromRoot) ? pathname.slice(fromRoot.length) : pathname.replace(/^\/+/, '');
  return localeRoot(base, to) + rest;
}

/** `/features/<slug>/`: a feature page. */
export function featureHref(base: string, slug: string): string {
  return joinBase(base, `features/${slug}/`);
}

/** `/f/<slug>/`: the short permalink of a feature page. */
export function shortFeatureHref(base: string, slug: string): string {
  return joinBase(base, `f/${slug}/`);
}

/** `/arch/<id>/`: the index of one architecture. */
export function architectureHref(base: string, id: string): string {
  return joinBase(base, `arch/${id}/`);
}

/** Filters the search page understands, each reflected in its URL. */
export interface SearchParams {
  q?: string;
  arch?: string;
  category?: string;
  status?: string;
  /** `1`: search for `q` as typed, without correcting a misspelling ("Search instead for …"). */
  typed?: string;
}

/** `/search/?q=…`: the search page, with the query and filters that are set. */
export function searchHref(base: string, params: SearchParams = {}): string {
  const query = new URLSearchParams();
  for (const key of ['q', 'arch', 'category', 'status', 'typed'] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  const search = query.toString();
  return joinBase(base, 'search/') + (search ? `?${search}` : '');
}

/** The home page. */
export function homeHref(base: string): string {
  return joinBase(base, '');
}

/**
 * "Edit this page": the editor of a content file in the repository, or undefined when no edit URL
 * is configured (EDIT_BASE_URL, src/config/env.ts) or the file is not inside the project.
 * @example sourceEditHref('https://github.com/org/repo/edit/main/', 'content/features/colo.mdx') // → '…/edit/main/content/features/colo.mdx'
 */
export function sourceEditHref(editBaseUrl: string | undefined, projectPath: string): string | undefined {
  const segments = projectPath.split(/[\\/]/);
  // Stryker: equivalent mutant — the `?? ''` string: split always gives a first segment.
  if (editBaseUrl === undefined || segments.includes('..') || segments[0] === '' || /^[a-z]:$/i.test(segments[0] ?? '')) return undefined;
  return editBaseUrl + segments.map(encodeURIComponent).join('/');
}

/** `/matrix/`: the feature × architecture table (later pages at `/matrix/<n>/`, see listing.ts). */
export function matrixHref(base: string): string {
  return joinBase(base, 'matrix/');
}

/** `/categories/<category>/`: every feature of one category (later pages at `…/<n>/`). */
export function categoryHref(base: string, category: string): string {
  return joinBase(base, `categories/${category}/`);
}

/**
 * `/arch/<id>/features/`: every feature written for one architecture, or with `all` every feature
 * for every architecture (later pages at `…/<n>/`). Built only for a list too long for `/arch/<id>/`.
 */
export function architectureFeaturesHref(base: string, id: string): string {
  return joinBase(base, `arch/${id}/features/`);
}
