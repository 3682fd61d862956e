/**
 * The part of search the dialog and the search page share: loading Pagefind on first use, running a
 * query with the index's spelling rules (and a "Did you mean …?" when a word is misspelt), turning
 * a result into data and safe DOM nodes, and the status line that announces the state. Imported
 * lazily; nothing here runs at page load.
 */
import { joinBase } from '../lib/hrefs.ts';
import { keptWords, spelledAsIn } from '../lib/query-words.ts';
import type { NameMatcher, SearchVocabulary } from '../lib/search-suggest.ts';
import { highlightTerms, indexForm, partsForm, RANKING, withHighlight } from './search-query.ts';
import { resultInEdition, searchBundles } from '../lib/search-editions.ts';
import { editionRoot, pageLocale } from './page-edition.ts';
import type { SearchStrings } from './search-strings.ts';

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
  /** The page's indexed text. */
  content: string;
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
  /** Filter values by name; `not` (Pagefind's compound filter) leaves out the pages that match its values. */
  filters: Record<string, string | Record<string, string>>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundlePath: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: SearchOptions): Promise<PagefindResponse>;
}

/** Words around the best match in an excerpt: two lines in the dialog at 375 px. */
const EXCERPT_WORDS = 22;
/** Section links under a result: more than three makes the dialog a table of contents. */
const MAX_SECTIONS = 3;
/**
 * Results whose text is checked for a misspelt word before the corrected query replaces them:
 * the pages the dialog shows anyway, so the check fetches nothing the results would not.
 */
const CHECKED_RESULTS = 5;
/** Longer queries are not tried word by word: a search each would cost more than it finds. */
const MAX_WORDS_TRIED = 8;

let loading: Promise<PagefindApi> | undefined;
/** English pages every query of this edition leaves out: those its own index finds in translation. */
let excluded: Record<string, string> | undefined;

/** Pagefind's API, imported and configured once, on the first search. */
export function loadPagefind(): Promise<PagefindApi> {
  if (!loading) {
    const started = (async () => {
      // Each edition's bundle sits beside its pages under the deploy base (/pagefind/, /ru/pagefind/),
      // and holds only that edition's pages; Vite must not try to resolve it.
      const bundles = searchBundles(import.meta.env.BASE_URL, pageLocale(), Number(document.documentElement.dataset['searchShards'] ?? 1), Number(document.documentElement.dataset['searchEnglish'] ?? 0));
      const api = (await import(/* @vite-ignore */ bundles.primary)) as PagefindApi;
      // ranking and excerptLength: see search-query.ts and EXCERPT_WORDS.
      // baseUrl: the index stores each page's path from the site's root (`/ru/features/colo/`), but
      // Pagefind would prefix it with the folder above the bundle, `/ru/` for the Russian one.
      const options = { ranking: RANKING, excerptLength: EXCERPT_WORDS, baseUrl: import.meta.env.BASE_URL };
      // noWorker: Pagefind searches on the page's own thread instead of starting pagefind-worker.js,
      // one request less on the first search (the cold-query budget: README, "Search"). Searching
      // this index takes a few milliseconds; the wasm and index chunks load the same either way.
      await api.options({ ...options, noWorker: true });
      await api.init();
      // A large edition's index comes in several bundles (src/lib/search-shards.ts), and an edition
      // with untranslated pages also searches the English index for them (src/lib/search-editions.ts);
      // the page says how many of each. Merged bundles share the first one's WebAssembly but not its options.
      for (const { path, language } of bundles.merged) await api.mergeIndex(path, { ...options, ...(language ? { language } : {}) });
      excluded = bundles.exclude;
      return api;
    })();
    // A failed load (offline, blocked) is retried by the next search instead of being cached.
    started.catch(() => (loading = undefined));
    loading = started;
  }
  return loading;
}

/** The corrections: the code that makes them and the names of the site it checks a query against. */
interface Speller {
  matcher: NameMatcher;
  code: typeof import('../lib/search-suggest.ts');
}

let spelling: Promise<Speller | undefined> | undefined;

/**
 * The corrections, loaded once, the first time a query may need one: a query whose words all
 * stand in the pages it found (query-words.ts) loads neither, which is most first searches. Two
 * requests in parallel: the code (search-suggest.ts, a chunk of its own: the edit distance and the
 * Russian stemmer are most of the search code's bytes) and the names
 * (src/pages/search-names.json.ts). Without them search still works, only without corrections; a
 * failure is retried by the next search that needs them.
 */
export function loadSpeller(): Promise<Speller | undefined> {
  if (!spelling) {
    // Each edition checks spelling against its own names (its titles and keywords): /ru/search-names.json.
    const names = fetch(joinBase(editionRoot(), 'search-names.json')).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as SearchVocabulary;
    });
    spelling = Promise.all([import('../lib/search-suggest.ts'), names])
      .then(([code, vocabulary]) => ({ matcher: new code.NameMatcher(vocabulary), code }))
      .catch((error: unknown) => {
        spelling = undefined;
        console.info('Search suggestions are unavailable', error);
        return undefined;
      });
  }
  return spelling;
}

/** The number of the latest runSearch() call. */
let latestSearch = 0;

export interface SearchOutcome {
  results: PagefindResult[];
  /** The query with its misspelt words replaced by the names they are closest to. */
  suggestion?: string | undefined;
  /** True when `results` are the suggestion's: the typed query found nothing, or only loose matches. */
  corrected?: boolean;
}

/**
 * One query through Pagefind: as the index spells it, then split into the parts of its compound
 * words when that finds nothing (see search-query.ts).
 */
async function searchIndex(api: PagefindApi, query: string, options: SearchOptions): Promise<PagefindResult[]> {
  const whole = indexForm(query) || null;
  const response = await api.search(whole, options);
  const parts = partsForm(query);
  if (response.results.length > 0 || !whole || !parts || parts === whole) return response.results;
  return (await api.search(parts, options)).results;
}

/**
 * Runs a search. A query with no words lists every page the filters allow (Pagefind's
 * `search(null, { filters })`). Resolves to null when a newer debounced search replaced this one.
 *
 * A word that the first results' pages do not write as typed is checked against the site's names,
 * whatever Pagefind found: its matching forgives some slips but not others, and ranks what it
 * finds by shared letters, so `powrenv` lists qemu-img dd first and `guest-cdi` every page that
 * says "guest". When the typed query
 * finds nothing, or pages none of which holds a misspelt word (search-suggest.ts,
 * matchedOnlyLoosely), the corrected query is searched and its results shown instead ("Showing
 * results for …"); otherwise the correction is only offered ("Did you mean …?"). `asTyped` (the
 * reader chose "Search instead for …") keeps the typed query's results. Resolves to null also
 * when a newer search started meanwhile (typing goes on).
 */
export async function runSearch(query: string, filters: Filters, debounceMs = 0, asTyped = false): Promise<SearchOutcome | null> {
  // A newer search makes this one stale: it stops before the extra searches of a correction.
  const mine = ++latestSearch;
  const api = await loadPagefind();
  const chosen = Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const options: SearchOptions = { filters: excluded ? { ...chosen, not: excluded } : chosen };
  // Only punctuation typed: nothing can match, and a null term would list every page.
  if (!indexForm(query) && query.trim()) return { results: [] };
  // The pause is this module's, not Pagefind's debouncedSearch: that one loads the index chunks of
  // every query it is given before it waits, so a word typed a key at a time fetched the chunks of
  // each of its beginnings (`o` and `openrisc` sit in different chunks of this site's index).
  if (debounceMs > 0) {
    await new Promise((resolve) => setTimeout(resolve, debounceMs));
    if (mine !== latestSearch) return null;
  }
  const results = await searchIndex(api, query, options);
  if (mine !== latestSearch) return null;
  if (!indexForm(query)) return { results };
  // The first results' text: the pages the dialog shows anyway, so this fetches nothing extra.
  const texts = await Promise.all(results.slice(0, CHECKED_RESULTS).map(async (result) => (await result.data()).content));
  if (mine !== latestSearch) return null;
  const speller = spelledAsIn(query, texts) ? undefined : await loadSpeller();
  const suggestion = speller?.matcher.suggest(query);
  if (mine !== latestSearch) return null;
  if (asTyped) return { results, suggestion };
  if (speller && suggestion) {
    if (!speller.code.matchedOnlyLoosely(speller.code.misspeltWords(query, suggestion), texts)) return { results, suggestion };
    const corrected = await searchIndex(api, suggestion, options);
    if (mine !== latestSearch) return null;
    if (corrected.length > 0) return { results: corrected, suggestion, corrected: true };
  }
  if (results.length > 0) return { results, suggestion };
  return (await withoutUnknownWords(api, suggestion ?? query, options)) ?? { results, suggestion };
}

/**
 * For a query of several words that finds nothing: the query without the words that no page
 * holds, when what is left finds something. Pagefind lists only pages that have every word, so
 * one word the site never uses (`ускоритель шифрования для гостя`: the pages say
 * криптоускоритель) hides every page the others describe. Costs a search per word, only when
 * nothing was found.
 */
async function withoutUnknownWords(api: PagefindApi, query: string, options: SearchOptions): Promise<SearchOutcome | undefined> {
  const words = query.trim().split(/\s+/);
  if (words.length < 2 || words.length > MAX_WORDS_TRIED) return undefined;
  const found = await Promise.all(words.map(async (word) => !indexForm(word) || (await searchIndex(api, word, options)).length !== 0));
  const kept = keptWords(words, found);
  if (kept === undefined) return undefined;
  const results = await searchIndex(api, kept, options);
  return results.length > 0 ? { results, suggestion: kept, corrected: true } : undefined;
}

export interface ResultSection {
  url: string;
  title: string;
  excerpt: string;
}
export interface ResultView {
  url: string;
  /** A page without a translation, found in the English index: its text is English. */
  inEnglish: boolean;
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
/** A result's address in this page's edition (src/lib/search-editions.ts). */
const inEdition = (url: string) => resultInEdition(url, import.meta.env.BASE_URL, pageLocale());

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
    .map((sub) => ({ url: withHighlight(inEdition(sub.url).url, terms), title: sub.title, excerpt: sub.excerpt }));
  const title = data.meta['title'] ?? data.url;
  const summary = data.meta['summary'] ?? '';
  const page = inEdition(data.url);
  return {
    url: withHighlight(page.url, terms),
    inEnglish: page.inEnglish,
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
  // Spaces of any kind as one: Russian titles and summaries hold no-break spaces (src/markdown/typography.ts).
  const flat = (value: string) => value.replace(/\s+/g, ' ');
  const text = flat(excerpt);
  return text.includes(flat(title)) || text.includes(flat(summary).split(' ').slice(0, 6).join(' '));
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

/** The class names of a result's parts: the dialog and the search page style theirs apart. */
export interface ResultClasses {
  /** The link to the page. */
  page: string;
  /** The link to one of its sections. */
  section: string;
  /**
   * Set on the search page: each link holds only its title, the page link inside an h2 of this
   * class, and the text follows the link. Unset (the dialog): each link holds its title and text,
   * so a result is one stop for the arrow keys.
   */
  heading?: string;
  /** The title inside a link that holds more than its title (the dialog). */
  title?: string;
  /** The category and status line (the search page). */
  labels?: string;
  summary: string;
  excerpt: string;
  sections: string;
}

/**
 * One result as a list item: the page link with its labels, summary and excerpt, then links to
 * its best-matching sections, each with its excerpt. A page shown in English (`view.inEnglish`)
 * has its text marked `lang="en"` and the mark `inEnglish` (in the page's language) after its title.
 */
export function renderResult(view: ResultView, classes: ResultClasses, labels: readonly string[] = [], inEnglish = ''): HTMLLIElement {
  const titleOnly = classes.heading !== undefined;
  /** A link and the element its text goes into: the link itself, or the list item after it. */
  const link = (url: string, className: string, title: string) => {
    const anchor = textElement('a', className, titleOnly ? title : '');
    anchor.href = url;
    if (!titleOnly) anchor.append(textElement('span', classes.title ?? '', title));
    return anchor;
  };
  const excerpt = (tag: 'p' | 'span', text: string) => {
    const element = textElement(tag, classes.excerpt, '');
    element.append(excerptNodes(text));
    return element;
  };
  const item = textElement('li', 'result', '');
  const page = link(view.url, classes.page, view.title);
  if (view.inEnglish) {
    // The result's words are English; the mark is in the language of the page around it.
    item.lang = 'en';
    const mark = textElement('span', 'in-english', inEnglish);
    mark.lang = document.documentElement.lang;
    page.append(mark);
  }
  let text: HTMLElement = page;
  if (classes.heading !== undefined) {
    const heading = textElement('h2', classes.heading, '');
    heading.append(page);
    item.append(heading);
    text = item;
  } else {
    item.append(page);
  }
  const tag = titleOnly ? 'p' : 'span';
  if (labels.length > 0) text.append(textElement(tag, classes.labels ?? '', labels.join(' · ')));
  if (view.summary) text.append(textElement(tag, classes.summary, view.summary));
  if (view.excerpt) text.append(excerpt(tag, view.excerpt));
  if (view.sections.length > 0) {
    const sections = textElement('ul', classes.sections, '');
    for (const section of view.sections) {
      const entry = textElement('li', '', '');
      const sectionLink = link(section.url, classes.section, section.title);
      entry.append(sectionLink);
      (titleOnly ? entry : sectionLink).append(excerpt('span', section.excerpt));
      sections.append(entry);
    }
    item.append(sections);
  }
  return item;
}

export type SearchState = 'idle' | 'loading' | 'results' | 'empty' | 'error';

/** What the status line says beside the count: a suggestion offered, or one already searched. */
export type StatusNote = { suggestion: string; corrected?: false } | { suggestion: string; corrected: true; typed: string };

/**
 * The state of a search front end (`data-state` on `root`, which its styles follow) and the
 * status line (a `role="status"` region) that announces it. A "Did you mean …?" has its query as a
 * button; "Showing results for … · Search instead for …" has the typed query as one. Inside the
 * region, so it is announced with the count, and a Tab or an arrow key (in the dialog) away from
 * the field.
 */
export class StatusRegion {
  readonly #root: HTMLElement;
  readonly #region: HTMLElement;
  readonly #strings: Pick<SearchStrings, 'didYouMean' | 'showingFor'>;
  readonly #apply: (suggestion: string) => void;
  readonly #searchAsTyped: (typed: string) => void;

  /** `apply` searches for a suggestion; `searchAsTyped` for the typed query, uncorrected. */
  constructor(root: HTMLElement, region: HTMLElement, strings: Pick<SearchStrings, 'didYouMean' | 'showingFor'>, apply: (suggestion: string) => void, searchAsTyped: (typed: string) => void) {
    this.#root = root;
    this.#region = region;
    this.#strings = strings;
    this.#apply = apply;
    this.#searchAsTyped = searchAsTyped;
  }

  /** Sets the state, and the message (with a suggestion or a correction, if any) when one is given. */
  show(state: SearchState, message?: string, note?: StatusNote): void {
    this.#root.dataset['state'] = state;
    if (message === undefined) return;
    const template = !note ? '{status}' : note.corrected ? this.#strings.showingFor : this.#strings.didYouMean;
    const parts = template.split(/(\{status\}|\{query\}|\{typed\})/).filter(Boolean);
    const values: Record<string, string> = { '{status}': message, '{query}': note?.suggestion ?? '', '{typed}': note?.corrected ? note.typed : '' };
    const fill = (part: string) => values[part] ?? part;
    // Rewriting the same text would make screen readers announce it again.
    if (this.#region.textContent === parts.map(fill).join('')) return;
    this.#region.replaceChildren(
      ...parts.map((part) => {
        if (!note) return fill(part);
        if (part === '{query}') return note.corrected ? textElement('strong', 'corrected', note.suggestion) : this.#button(note.suggestion, 'searchSuggestion', () => this.#apply(note.suggestion));
        if (part === '{typed}' && note.corrected) return this.#button(note.typed, 'searchTyped', () => this.#searchAsTyped(note.typed));
        return fill(part);
      }),
    );
  }

  /** A query as a button: `data-search-suggestion` for a suggestion, `data-search-typed` for the typed query. */
  #button(text: string, marker: 'searchSuggestion' | 'searchTyped', action: () => void): HTMLButtonElement {
    const button = textElement('button', 'suggestion', text);
    button.type = 'button';
    button.dataset[marker] = '';
    button.addEventListener('click', action);
    return button;
  }

  /**
   * A search has started. Results already shown stay (dimmed) until the new ones replace them, and
   * their count stays said; only a first search says "Loading".
   */
  loading(message: string): void {
    const showing = this.#root.dataset['state'] === 'results' || this.#root.dataset['state'] === 'empty';
    this.show('loading', showing ? undefined : message);
  }
}

/** An element with a class and text content (never HTML). */
export function textElement<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
}
