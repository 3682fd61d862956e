import { localeRoot } from './hrefs.ts';
import { LOCALES } from './i18n.ts';
import { pageFile, type BuiltPage } from './link-check.ts';
import { isSearchBundleFolder } from './search-shards.ts';

/**
 * Built files that are not addresses: each edition's search bundles (/pagefind/, /pagefind-2/,
 * /ru/pagefind/, …) are files of the search, and its 404 page (/404.html, /ru/404.html) is what a
 * broken address shows. Both come from the rules that place them, not from a pattern of their own.
 */
function isAddress(path: string): boolean {
  return LOCALES.every((locale) => {
    const root = localeRoot('/', locale);
    if (!path.startsWith(root)) return true;
    const rest = path.slice(root.length);
    return rest !== '404.html' && !isSearchBundleFolder(rest.split('/')[0] ?? '');
  });
}

/**
 * The published-URL manifest: every page path and `path#anchor` the site has ever published, one a
 * line, kept in content/published-urls.txt. Links in wikis and trackers point at these, so none may
 * disappear without a redirect or an anchor alias.
 */
export function publishedUrls(pages: readonly BuiltPage[]): string[] {
  return pages
    .filter((page) => isAddress(page.path))
    .flatMap((page) => [page.path, ...[...page.anchors].map((anchor) => `${page.path}#${anchor}`)])
    .sort();
}

/** Parses the manifest file: one URL a line; blank lines and `#` comment lines are ignored. */
export function parseManifest(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('# '));
}

/** Writes the manifest file, with a header that says how to change it. */
export function formatManifest(urls: readonly string[]): string {
  return [
    '# Every URL and section anchor this site has published. Links to them live in wikis and trackers.',
    '# The build fails if one disappears. Update with `npm run urls:update` only when a URL is added,',
    '# or when one is deliberately given up.',
    ...urls,
    '',
  ].join('\n');
}

/**
 * The published URLs the built site no longer serves. A redirect page counts for its path, and an
 * anchor is looked up on the page the redirect leads to, as a browser would.
 */
export function missingPublishedUrls(manifest: readonly string[], pages: readonly BuiltPage[]): string[] {
  const byFile = new Map(pages.map((page) => [pageFile(page.path), page]));
  const resolve = (path: string) => {
    let page = byFile.get(pageFile(path));
    for (let hops = 0; page?.redirectTo && hops < 5; hops++) page = byFile.get(pageFile(page.redirectTo));
    return page;
  };
  return manifest.filter((url) => {
    const [path = '', anchor] = url.split('#');
    if (!byFile.has(pageFile(path))) return true;
    if (anchor === undefined) return false;
    const target = resolve(path);
    return !target || !target.ids.has(anchor);
  });
}

/**
 * The next manifest: the old one plus what the site publishes now, sorted. A URL leaves it only with
 * `prune`, because a URL that vanishes from the manifest is a link that may break in someone's wiki.
 * @example updateManifest(['/a/'], ['/b/'], { prune: false }) // → { urls: ['/a/', '/b/'], added: 1, removed: 0 }
 */
export function updateManifest(previous: readonly string[], current: readonly string[], { prune }: { prune: boolean }): { urls: string[]; added: number; removed: number } {
  const urls = [...new Set(prune ? current : [...previous, ...current])].sort();
  const before = new Set(previous);
  const after = new Set(urls);
  return { urls, added: urls.filter((url) => !before.has(url)).length, removed: [...before].filter((url) => !after.has(url)).length };
}
