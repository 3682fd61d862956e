import { urlSchemeOf } from '../safety/url-rule.ts';

/** What the link check knows of one built HTML page. */
export interface BuiltPage {
  /** Site path of the page without the base, like `/features/colo/` or `/404.html`. */
  path: string;
  /** Every `id` (and `<a name>`) on the page: the fragments a link may target. */
  ids: ReadonlySet<string>;
  /** Every `href` and `src` on the page, as written. */
  links: readonly string[];
  /** Ids of the page's sections (h2, h3) and of their earlier ids (anchor aliases): what people link to. */
  anchors: ReadonlySet<string>;
  /** For a redirect page, the site path it sends readers to. */
  redirectTo?: string | undefined;
  /** The Content-Security-Policy of the page's <meta http-equiv> tag, if it has one. */
  contentSecurityPolicy?: string | undefined;
}

/** A link that does not resolve. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/**
 * Finds internal links that do not resolve: a page or file that is not in the output, or a
 * `#fragment` with no element of that id. External links are left alone (no network here).
 * `files` holds every output file as a site path (`/favicon.svg`, `/features/colo/index.html`).
 * @example findBrokenLinks(pages, files, { base: '/', origin: 'https://example.org' })
 */
export function findBrokenLinks(
  pages: readonly BuiltPage[],
  files: ReadonlySet<string>,
  site: { base: string; origin: string },
): BrokenLink[] {
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  const idsByFile = new Map<string, ReadonlySet<string>>();
  for (const page of pages) idsByFile.set(pageFile(page.path), page.ids);

  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageUrl = new URL(base.slice(0, -1) + page.path, site.origin);
    for (const href of page.links) {
      if (href === '' || /^(mailto|tel|data):/i.test(href)) continue;
      // A script URL is never a link a reader should follow; content cannot write one (the content
      // rules), so one here came from a template or a plugin. The scheme as a browser reads it.
      const scheme = urlSchemeOf(href);
      if (scheme === 'javascript' || scheme === 'vbscript') {
        broken.push({ page: page.path, href, reason: 'is a script URL (javascript:); link to a page instead' });
        continue;
      }
      let target: URL;
      try {
        target = new URL(href, pageUrl);
      } catch {
        broken.push({ page: page.path, href, reason: 'is not a valid URL' });
        continue;
      }
      if (target.origin !== site.origin) continue;
      if (!target.pathname.startsWith(base)) {
        broken.push({ page: page.path, href, reason: `points outside the site's base path ${base}` });
        continue;
      }
      const sitePath = decodedOrUndefined(`/${target.pathname.slice(base.length)}`);
      if (sitePath === undefined) {
        broken.push({ page: page.path, href, reason: 'has a malformed %-escape' });
        continue;
      }
      const file = pageFile(sitePath);
      if (!files.has(file)) {
        broken.push({ page: page.path, href, reason: `no file ${file} in the output` });
        continue;
      }
      const written = target.hash.slice(1);
      const fragment = decodedOrUndefined(written);
      if (fragment === undefined) {
        broken.push({ page: page.path, href, reason: 'has a malformed %-escape in its #fragment' });
        continue;
      }
      if (fragment) {
        // A browser looks for the fragment as written, then %-decoded (HTML, "find a potential
        // indicated element"): a footnote labelled in Cyrillic has a %-encoded id, a heading a decoded one.
        const ids = idsByFile.get(file);
        if (ids && !ids.has(written) && !ids.has(fragment)) broken.push({ page: page.path, href, reason: `no element with id "${fragment}" on ${sitePath}` });
      }
    }
  }
  return broken;
}

/** The text of a %-escaped URL part, or undefined when an escape is malformed (`%zz`). */
function decodedOrUndefined(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The output file that serves a site path: directories serve their index.html. */
export function pageFile(sitePath: string): string {
  return sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
}
