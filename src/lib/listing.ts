/**
 * How long the lists of the index pages may grow. An index page (the overview, an architecture, the
 * matrix) must stay a small page however many features the site has: at 4,000 pages the overview
 * listing every card was 74.6 KB of gzip HTML and scored 50 for Lighthouse performance, and the
 * matrix was 12.6 MB. So a section shows a bounded preview and links to the full list, and the full
 * lists come in pages of a bounded number of items. The real site's lists are shorter than every
 * limit here, so it still shows everything on one page.
 */

/** Cards a section of the overview or of an architecture page shows before it links to the full list. */
export const PREVIEW_CARDS = 12;
/** Cards on one page of a full list (a category, an architecture's features). About 15 KB of gzip HTML. */
export const CARDS_PER_PAGE = 60;
/** Rows on one page of the matrix: each row is a title and a cell per architecture, about 20 KB of gzip HTML. */
export const MATRIX_ROWS_PER_PAGE = 60;

export interface Preview<T> {
  /** The items the section shows, in the order given. */
  shown: T[];
  /** How many items the full list has. */
  total: number;
  /** True when the section leaves items out, so it must link to the full list. */
  truncated: boolean;
}

/**
 * The first `limit` items of a list, and whether the rest needs a page of its own.
 * @example previewOf(['a', 'b', 'c'], 2) // → { shown: ['a', 'b'], total: 3, truncated: true }
 */
export function previewOf<T>(items: readonly T[], limit = PREVIEW_CARDS): Preview<T> {
  return { shown: items.slice(0, limit), total: items.length, truncated: items.length > limit };
}

/** A page number, or a gap where page numbers are left out. */
export type PageLink = number | 'gap';

/**
 * The page numbers a pagination bar links to: the first and last page, the current one and its
 * neighbours, with a gap where numbers are left out. At most 7 entries whatever the page count, so
 * the bar does not grow with the site; a gap always stands for two pages or more.
 * @example pageLinks(5, 80) // → [1, 'gap', 4, 5, 6, 'gap', 80]
 */
export function pageLinks(current: number, last: number): PageLink[] {
  if (!Number.isInteger(last) || last < 1 || !Number.isInteger(current) || current < 1 || current > last) {
    throw new RangeError(`pageLinks: page ${current} of ${last} does not exist`);
  }
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  if (last <= 7) return range(1, last);
  // Near an end the window widens to five pages, so the bar has 7 entries on every page.
  if (current <= 4) return [...range(1, 5), 'gap', last];
  if (current >= last - 3) return [1, 'gap', ...range(last - 4, last)];
  return [1, 'gap', current - 1, current, current + 1, 'gap', last];
}

/**
 * The address of page `page` of a list whose first page is at `firstHref` (which ends in `/`): page 1
 * is the list's own address, later pages add their number (`/matrix/`, `/matrix/2/`), as Astro's
 * `paginate()` lays out a `[...page]` route.
 * @example pageHref('/categories/devices/', 3) // → '/categories/devices/3/'
 */
export function pageHref(firstHref: string, page: number): string {
  return page === 1 ? firstHref : `${firstHref}${page}/`;
}
