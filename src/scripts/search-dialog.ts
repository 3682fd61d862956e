/**
 * The search dialog: `<site-search>` (SearchDialog.astro) around a native `<dialog>`. The loader in
 * search-loader.ts opens the dialog at once and loads this module, which defines the element and
 * takes over: results as you type, arrow keys, Enter, Esc.
 *
 * Results are a list of ordinary links. ArrowDown and ArrowUp move the focus from the field
 * through them (and back), the "Did you mean …?" button first when there is one; Enter follows the
 * focused link or applies the suggestion, typing returns to the field, Esc closes
 * and puts the focus back on the Search link. Enter in the field submits the dialog's form to the
 * search page, which lists every result with the filters. A status region announces how many results there
 * are. State lives in data attributes on the element (`data-state`: idle, loading, results,
 * empty, error; `data-open`).
 */
import { loadPagefind, renderResult, resultView, runSearch, StatusRegion, type ResultClasses, type ResultView, type SearchState, type StatusNote } from './search-core.ts';
import { countText, readStrings, type SearchStrings } from './search-strings.ts';
import { TypingPace } from '../lib/typing-pace.ts';

/**
 * Results shown in the dialog; the search page lists all of them. Each result costs one fragment
 * request on a cold query, so five keeps a first search within 11 requests on the real site:
 * Pagefind's and the dialog's (npm run bench:search). A query that needs correcting adds two: the
 * correction code and the names for "Did you mean".
 */
const MAX_RESULTS = 5;

/** Each result is one link (the arrow keys move from link to link) styled by SearchDialog.astro. */
const RESULT_CLASSES: ResultClasses = {
  page: 'option page',
  section: 'option section',
  title: 'option-title',
  summary: 'option-summary',
  excerpt: 'option-excerpt',
  sections: 'sections',
};

class SiteSearch extends HTMLElement {
  #strings!: SearchStrings;
  #dialog!: HTMLDialogElement;
  #input!: HTMLInputElement;
  #status!: StatusRegion;
  #list!: HTMLElement;
  /** Set in the form when the reader chose "Search instead for …": Enter takes `typed=1` to the search page. */
  #typedFlag!: HTMLInputElement;
  #trigger: HTMLElement | null = null;
  /** Each search takes a number; results of an older one are dropped when they arrive late. */
  #searchId = 0;
  /** Searches once the reader stops typing, not at every letter (src/lib/typing-pace.ts). */
  readonly #pace = new TypingPace();

  connectedCallback(): void {
    if (this.#dialog) return;
    const find = <T extends Element>(selector: string): T => {
      const found = this.querySelector<T>(selector);
      if (!found) throw new Error(`<site-search> lacks ${selector}`);
      return found;
    };
    this.#strings = readStrings(this);
    this.#dialog = find<HTMLDialogElement>('dialog');
    this.#input = find<HTMLInputElement>('input');
    this.#status = new StatusRegion(
      this,
      find<HTMLElement>('[data-search-status]'),
      this.#strings,
      (suggestion) => this.#applySuggestion(suggestion),
      () => this.#searchAsTyped(),
    );
    this.#list = find<HTMLElement>('[data-search-list]');
    this.#typedFlag = find<HTMLInputElement>('input[name="typed"]');
    this.#input.addEventListener('input', (event) => {
      // A new query is corrected again when it needs to be.
      this.#typedFlag.disabled = true;
      void this.#search(this.#pace.pauseAfter(event as Partial<InputEvent>, event.timeStamp));
    });
    this.#dialog.addEventListener('keydown', (event) => this.#onKey(event));
    this.#dialog.addEventListener('close', () => this.#onClose());
    // A click on the backdrop lands on the <dialog> itself; its content fills it edge to edge.
    this.#dialog.addEventListener('click', (event) => {
      if (event.target === this.#dialog) this.#dialog.close();
    });
    find<HTMLButtonElement>('[data-search-close]').addEventListener('click', () => this.#dialog.close());
  }

  /** Shows the dialog (the loader may have done so already) and searches for what is in the field. */
  open(trigger: HTMLElement | null): void {
    this.#trigger = trigger;
    if (!this.#dialog.open) this.#dialog.showModal();
    this.dataset['open'] = 'true';
    this.#input.focus();
    // Fetch the index while the reader is still typing the first word (a failure shows on search).
    // The corrections load only for a query that may need one (search-core.ts, loadSpeller).
    loadPagefind().catch(() => undefined);
    void this.#search(0);
  }

  /** Searches for the suggested query, and the reader goes on in the field. */
  #applySuggestion(suggestion: string): void {
    this.#input.value = suggestion;
    this.#typedFlag.disabled = true;
    this.#input.focus();
    void this.#search(0);
  }

  /** Searches for the query in the field as typed, uncorrected. */
  #searchAsTyped(): void {
    this.#typedFlag.disabled = false;
    this.#input.focus();
    void this.#search(0);
  }

  async #search(debounceMs: number): Promise<void> {
    const id = ++this.#searchId;
    const query = this.#input.value;
    if (!query.trim()) {
      this.#render(id, 'idle', this.#strings.prompt, []);
      return;
    }
    this.#status.loading(this.#strings.loading);
    try {
      const outcome = await runSearch(query, {}, debounceMs, !this.#typedFlag.disabled);
      if (outcome === null || id !== this.#searchId) return;
      const { results, suggestion, corrected } = outcome;
      const note: StatusNote | undefined = suggestion === undefined ? undefined : corrected ? { suggestion, corrected, typed: query.trim() } : { suggestion };
      // Results of a corrected query link with its words highlighted, not the misspelt ones.
      const views = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => resultView(result, corrected && suggestion ? suggestion : query)));
      if (results.length === 0) this.#render(id, 'empty', note ? this.#strings.noneBrief : this.#strings.none, [], note);
      else this.#render(id, 'results', countText(this.#strings, results.length), views, note);
    } catch (error) {
      if (id !== this.#searchId) return;
      this.#render(id, 'error', this.#strings.error, []);
      console.warn('Search failed to load', error);
    }
  }

  #render(id: number, state: SearchState, message: string, views: ResultView[], note?: StatusNote): void {
    if (id !== this.#searchId) return;
    this.#list.replaceChildren(...views.map((view) => renderResult(view, RESULT_CLASSES, [], this.#strings.inEnglish)));
    this.#status.show(state, message, note);
  }

  #onKey(event: KeyboardEvent): void {
    if (event.isComposing) return;
    // The stops of the arrow keys: the suggestion or the typed query, if any, then each result link.
    const links = [...this.#dialog.querySelectorAll<HTMLElement>('[data-search-suggestion], [data-search-typed], a.option')];
    const at = links.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      // Handled here so Esc closes at once, also while the search field still holds text.
      event.preventDefault();
      this.#dialog.close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (links.length === 0) return;
      event.preventDefault();
      // From the field ArrowDown goes to the first result; ArrowUp from the first goes back up.
      const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
      const target = next < 0 ? this.#input : links[next];
      target?.focus();
      if (target !== this.#input) target?.scrollIntoView({ block: 'nearest' });
    } else if (at >= 0 && (event.key === 'Backspace' || (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey))) {
      // Typing on a result goes on in the field; the key itself then lands there.
      this.#input.focus();
    }
  }

  #onClose(): void {
    this.dataset['open'] = 'false';
    // Back to where the reader came from: the Search link, without scrolling the page to it.
    (this.#trigger ?? document.querySelector<HTMLElement>('[data-search-trigger]'))?.focus({ preventScroll: true });
  }
}

export type { SiteSearch };

// Defining the element upgrades the <site-search> already in the page; the loader then calls open().
if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
