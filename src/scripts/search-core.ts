/**
 * The part of search the dialog and the search page share: loading Pagefind on first use, running a
 * query with the index's spelling rules, and turning a result into data and safe DOM nodes.
 * Imported lazily; nothing here runs at page load.
 */
import { joinBase } from '../lib/hrefs.ts';
import { highlightTerms, indexForm, partsForm, RANKING, withHighlight } from './search-query.ts';

/** The filters of the search page, each a single value (an id, as in the URL). */
export type Filters = Partial<Record<'arch' | 'category' | 'status', string>>;

/** The parts of Pagefind's browser API used here (pagefind.js ships no types). */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { element: string; id: string; location: number };
}
interface PagefindData {
  url: string;
  excerpt: string;
  plain_excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface SearchOptions {
  filters: Record<string, string>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: SearchOptions): Promise<PagefindResponse>;
  debouncedSearch(term: string | null, options: SearchOptions, debounceMs: number): Promise<PagefindResponse | null>;
}

/** Words around the best match in an excerpt: two lines in the dialog at 375 px. */
const EXCERPT_WORDS = 22;
/** Section links under a result: more than three makes the dialog a table of contents. */
const MAX_SECTIONS = 3;

let loading: Promise<PagefindApi> | undefined;

/** Pagefind's API, imported and configured once, on the first search. */
export function loadPagefind(): Promise<PagefindApi> {
  if (!loading) {
    const started = (async () => {
      // The bundle sits beside the pages under the deploy base; Vite must not try to resolve it.
      const url = joinBase(import.meta.env.BASE_URL, 'pagefind/pagefind.js');
      const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
      await api.options({ ranking: RANKING, excerptLength: EXCERPT_WORDS });
      await api.init();
      return api;
    })();
    // A failed load (offline, blocked) is retried by the next search instead of being cached.
    started.catch(() => (loading = undefined));
    loading = started;
  }
  return loading;
}

/**
 * Runs a search: the query as the index spells it, then split into the parts of its compound
 * words when that finds nothing (see search-query.ts). A query with no words lists every page the
 * filters allow (Pagefind's `search(null, { filters })`). Resolves to null when a newer
 * debounced search replaced this one.
 */
export async function runSearch(query: string, filters: Filters, debounceMs = 0): Promise<PagefindResult[] | null> {
  const api = await loadPagefind();
  const options: SearchOptions = { filters: Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1]))) };
  const whole = indexForm(query) || null;
  // Only punctuation typed: nothing can match, and a null term would list every page.
  if (!whole && query.trim()) return [];
  const response = debounceMs > 0 ? await api.debouncedSearch(whole, options, debounceMs) : await api.search(whole, options);
  if (!response) return null;
  const parts = partsForm(query);
  if (response.results.length > 0 || !whole || !parts || parts === whole) return response.results;
  return (await api.search(parts, options)).results;
}

export interface ResultSection {
  url: string;
  title: string;
  excerpt: string;
}
export interface ResultView {
  url: string;
  title: string;
  summary: string;
  excerpt: string;
  /** The page's filter values (ids): `category` and `status` for a feature page. */
  filters: Record<string, string[] | undefined>;
  sections: ResultSection[];
}

/**
 * What a result shows. Links carry the typed words as `pagefind-highlight` parameters for
 * pagefind-highlight.js on the target page. Pagefind's own `highlightParam` option is not used: it
 * appends its normalised terms (`vhostvsockpci` for `vhost-vsock-pci`), which the highlighter then
 * cannot find in the page text.
 */
export async function resultView(result: PagefindResult, query: string): Promise<ResultView> {
  const data = await result.data();
  const terms = highlightTerms(query);
  // Sections: the headings with the most matches, shown in page order. The sub-result without an
  // anchor is the page itself (matches before the first heading), already shown as the result.
  const sections = data.sub_results
    .filter((sub) => sub.anchor && sub.url !== data.url)
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, MAX_SECTIONS)
    .sort((a, b) => (a.anchor?.location ?? 0) - (b.anchor?.location ?? 0))
    .map((sub) => ({ url: withHighlight(sub.url, terms), title: sub.title, excerpt: sub.excerpt }));
  const title = data.meta['title'] ?? data.url;
  const summary = data.meta['summary'] ?? '';
  return {
    url: withHighlight(data.url, terms),
    title,
    summary,
    excerpt: query.trim() && !repeatsHeader(data.plain_excerpt, title, summary) ? data.excerpt : '',
    filters: data.filters,
    sections,
  };
}

/**
 * True when the excerpt is the page's own title and summary again: a match in the h1 or the summary
 * is the densest region of the page, and the result already shows both. A page without a summary
 * (an architecture page) keeps its excerpt, the only text its result has.
 */
function repeatsHeader(excerpt: string, title: string, summary: string): boolean {
  if (!summary) return false;
  const text = excerpt.replace(/\s+/g, ' ');
  return text.includes(title) || text.includes(summary.split(' ').slice(0, 6).join(' '));
}

/**
 * Pagefind's excerpt is page text with `<` and `>` escaped and the matched words wrapped in
 * `<mark>`. Only those marks become elements; every other piece is appended as text, so nothing a
 * page or a query contains can turn into markup.
 */
export function excerptNodes(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let mark: HTMLElement | undefined;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') {
      mark = document.createElement('mark');
      fragment.append(mark);
    } else if (piece === '</mark>') {
      mark = undefined;
    } else if (piece) {
      (mark ?? fragment).append(piece.replaceAll('&lt;', '<').replaceAll('&gt;', '>'));
    }
  }
  return fragment;
}

/** An element with a class and text content (never HTML). */
export function textElement<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
}
