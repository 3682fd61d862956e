/**
 * The search page, /search/?q=…&arch=…&category=…&status=…. The address is the state: typing
 * replaces the current history entry, a filter change or a submit adds one, and Back and Forward
 * (popstate) put the form and the results back. A deep link restores query and filters on load; a
 * filter without a query lists every page it allows.
 */
import { searchHref, type SearchParams } from '../lib/hrefs.ts';
import { TypingPace } from '../lib/typing-pace.ts';
import { renderResult, resultView, runSearch, StatusRegion, type Filters, type PagefindResult, type ResultClasses, type ResultView } from './search-core.ts';
import { countText, readStrings } from './search-strings.ts';

/** Results rendered at a time; "Show more" adds the next batch (each needs its fragment fetched). */
const PAGE_SIZE = 10;
const FILTER_NAMES = ['arch', 'category', 'status'] as const;
/** A title link in an h2, then the labels and text (styled by src/pages/search.astro). */
const RESULT_CLASSES: ResultClasses = {
  page: 'result-link',
  section: 'result-section-link',
  heading: 'result-title',
  labels: 'result-labels',
  summary: 'result-summary',
  excerpt: 'result-excerpt',
  sections: 'result-sections',
};

function startSearchPage(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector('form');
  const field = form?.elements.namedItem('q');
  const statusLine = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLElement>('[data-search-results]');
  const more = root?.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!root || !form || !(field instanceof HTMLInputElement) || !statusLine || !list || !more) return;
  const strings = readStrings(root);
  /** The query is searched as typed, uncorrected (`typed=1` in the address). */
  let asTyped = false;
  /**
   * Searches `query` as a submit would: a new history entry, so Back returns to what the reader
   * typed; `typed` marks it uncorrected, so a shared address shows the same results.
   */
  const searchFor = (query: string, typed: boolean) => {
    field.value = query;
    asTyped = typed;
    field.focus();
    commit('push');
    void search(0);
  };
  const status = new StatusRegion(
    root,
    statusLine,
    strings,
    (suggestion) => searchFor(suggestion, false),
    (typed) => searchFor(typed, true),
  );
  const selects = FILTER_NAMES.map((name) => form.elements.namedItem(name)).filter((select) => select instanceof HTMLSelectElement);
  const baseTitle = doc.title;
  let searchId = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let shownQuery = '';

  /** The labels a filter menu shows for a value: "Devices" for `devices`. */
  const labelOf = (name: string, value: string | undefined) => {
    const select = selects.find((candidate) => candidate.name === name);
    return [...(select?.options ?? [])].find((option) => option.value === value)?.text ?? value;
  };
  /** Category and status of a feature page; what kind of page it is otherwise. */
  const labelsOf = (view: ResultView): string[] => {
    const category = view.filters['category']?.[0];
    if (!category) return root.dataset['pageKind'] ? [root.dataset['pageKind']] : [];
    return [labelOf('category', category), labelOf('status', view.filters['status']?.[0])].filter((label): label is string => Boolean(label));
  };

  const formState = (): SearchParams => {
    const state: SearchParams = { q: field.value.trim() ? field.value : '' };
    for (const select of selects) state[select.name as (typeof FILTER_NAMES)[number]] = select.value;
    if (asTyped && state.q) state.typed = '1';
    return state;
  };

  /** Puts an address's query and filters into the form; a value the page does not offer is dropped. */
  const restore = (params: URLSearchParams) => {
    field.value = params.get('q') ?? '';
    asTyped = params.get('typed') === '1';
    for (const select of selects) {
      const value = params.get(select.name) ?? '';
      select.value = [...select.options].some((option) => option.value === value) ? value : '';
    }
  };

  /** Makes the address match the form, as a new history entry or in place of the current one. */
  const commit = (how: 'push' | 'replace') => {
    const url = searchHref(import.meta.env.BASE_URL, formState());
    if (url === `${location.pathname}${location.search}`) return;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const showMore = async (id: number) => {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const views = await Promise.all(batch.map((result) => resultView(result, shownQuery)));
    if (id !== searchId) return [];
    const items = views.map((view) => renderResult(view, RESULT_CLASSES, labelsOf(view), strings.inEnglish));
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= results.length;
    return items;
  };

  const search = async (debounceMs: number) => {
    const id = ++searchId;
    const state = formState();
    const query = state.q ?? '';
    const filters: Filters = {};
    for (const name of FILTER_NAMES) if (state[name]) filters[name] = state[name];
    doc.title = query ? `${query.trim()} · ${baseTitle}` : baseTitle;
    if (!query && Object.keys(filters).length === 0) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.show('idle', strings.prompt);
      return;
    }
    status.loading(strings.loading);
    try {
      const outcome = await runSearch(query, filters, debounceMs, Boolean(state.typed));
      if (outcome === null || id !== searchId) return;
      const { results: found, suggestion, corrected } = outcome;
      results = found;
      shown = 0;
      // Results of a corrected query link with its words highlighted, not the misspelt ones.
      shownQuery = corrected && suggestion ? suggestion : query;
      list.replaceChildren();
      await showMore(id);
      if (id !== searchId) return;
      const note = suggestion === undefined ? undefined : corrected ? { suggestion, corrected, typed: query.trim() } : { suggestion };
      if (found.length > 0) status.show('results', countText(strings, found.length), note);
      else status.show('empty', note ? strings.noneBrief : strings.none, note);
    } catch (error) {
      if (id !== searchId) return;
      status.show('error', strings.error);
      console.warn('Search failed to load', error);
    }
  };

  // Searches once the reader stops typing, not at every letter (src/lib/typing-pace.ts).
  const pace = new TypingPace();
  field.addEventListener('input', (event) => {
    // A new query is corrected again when it needs to be.
    asTyped = false;
    commit('replace');
    void search(pace.pauseAfter(event as Partial<InputEvent>, event.timeStamp));
  });
  for (const select of selects) {
    select.addEventListener('change', () => {
      commit('push');
      void search(0);
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit('push');
    void search(0);
  });
  more.addEventListener('click', async () => {
    // Until this batch is in, a second click would read the same `shown` and add it again.
    more.disabled = true;
    try {
      const added = await showMore(searchId);
      // Keyboard readers continue from the first new result, not from a button that may be gone.
      added[0]?.querySelector('a')?.focus();
    } catch (error) {
      // The button stays, so the reader can try again.
      console.warn('Could not load more results', error);
    } finally {
      more.disabled = false;
    }
  });
  window.addEventListener('popstate', () => {
    restore(new URLSearchParams(location.search));
    void search(0);
  });

  restore(new URLSearchParams(location.search));
  // A deep link with an unknown filter value loses it here, so the address shows what is applied.
  commit('replace');
  void search(0);
}

startSearchPage(document);
