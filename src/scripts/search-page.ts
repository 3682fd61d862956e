/**
 * The search page, /search/?q=…&arch=…&category=…&status=…. The address is the state: typing
 * replaces the current history entry, a filter change or a submit adds one, and Back and Forward
 * (popstate) put the form and the results back. A deep link restores query and filters on load; a
 * filter without a query lists every page it allows.
 */
import { searchHref, type SearchParams } from '../lib/hrefs.ts';
import { excerptNodes, resultView, runSearch, textElement, type Filters, type PagefindResult, type ResultView } from './search-core.ts';
import { countText, readStrings } from './search-strings.ts';

/** Results rendered at a time; "Show more" adds the next batch (each needs its fragment fetched). */
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 150;
const FILTER_NAMES = ['arch', 'category', 'status'] as const;

function startSearchPage(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector('form');
  const field = form?.elements.namedItem('q');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLElement>('[data-search-results]');
  const more = root?.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!root || !form || !(field instanceof HTMLInputElement) || !status || !list || !more) return;
  const selects = FILTER_NAMES.map((name) => form.elements.namedItem(name)).filter((select) => select instanceof HTMLSelectElement);
  const strings = readStrings(root);
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
    return state;
  };

  /** Puts an address's query and filters into the form; a value the page does not offer is dropped. */
  const restore = (params: URLSearchParams) => {
    field.value = params.get('q') ?? '';
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

  const setStatus = (state: string, message?: string) => {
    root.dataset['state'] = state;
    // Rewriting the same text would make screen readers announce it again.
    if (message !== undefined && status.textContent !== message) status.textContent = message;
  };

  const showMore = async (id: number) => {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const views = await Promise.all(batch.map((result) => resultView(result, shownQuery)));
    if (id !== searchId) return [];
    const items = views.map((view) => renderResult(view, labelsOf(view)));
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
      setStatus('idle', strings.prompt);
      return;
    }
    // Results already shown stay (dimmed) until the new ones replace them; only a first search says "Loading".
    const showing = root.dataset['state'] === 'results' || root.dataset['state'] === 'empty';
    setStatus('loading', showing ? undefined : strings.loading);
    try {
      const found = await runSearch(query, filters, debounceMs);
      if (found === null || id !== searchId) return;
      results = found;
      shown = 0;
      shownQuery = query;
      list.replaceChildren();
      await showMore(id);
      if (id !== searchId) return;
      setStatus(found.length > 0 ? 'results' : 'empty', found.length > 0 ? countText(strings, found.length) : strings.none);
    } catch (error) {
      if (id !== searchId) return;
      setStatus('error', strings.error);
      console.warn('Search failed to load', error);
    }
  };

  field.addEventListener('input', () => {
    commit('replace');
    void search(DEBOUNCE_MS);
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
    const added = await showMore(searchId);
    // Keyboard readers continue from the first new result, not from a button that may be gone.
    added[0]?.querySelector('a')?.focus();
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

/** One result: title link, labels, summary, excerpt, and links to the matching sections. */
function renderResult(view: ResultView, labels: string[]): HTMLLIElement {
  const item = textElement('li', 'result', '');
  const heading = textElement('h2', 'result-title', '');
  const link = textElement('a', 'result-link', view.title);
  link.href = view.url;
  heading.append(link);
  item.append(heading);
  if (labels.length > 0) item.append(textElement('p', 'result-labels', labels.join(' · ')));
  if (view.summary) item.append(textElement('p', 'result-summary', view.summary));
  if (view.excerpt) {
    const excerpt = textElement('p', 'result-excerpt', '');
    excerpt.append(excerptNodes(view.excerpt));
    item.append(excerpt);
  }
  if (view.sections.length > 0) {
    const sections = textElement('ul', 'result-sections', '');
    for (const section of view.sections) {
      const entry = textElement('li', '', '');
      const sectionLink = textElement('a', 'result-section-link', section.title);
      sectionLink.href = section.url;
      const excerpt = textElement('span', 'result-excerpt', '');
      excerpt.append(excerptNodes(section.excerpt));
      entry.append(sectionLink, excerpt);
      sections.append(entry);
    }
    item.append(sections);
  }
  return item;
}

startSearchPage(document);
