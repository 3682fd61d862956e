/**
 * The only search code that runs at page load, a few hundred bytes: it wires the Search link and
 * the `/` and Ctrl/Cmd+K shortcuts, and loads the rest only when it is needed — the dialog when
 * the reader opens it, the search page's code on /search/, and the highlighter when a search
 * result brought the reader here.
 *
 * Each of those is built as a self-contained bundle whose URL is all this file holds. A plain
 * `import('./search-dialog.ts')` would make Vite wrap it in its module-preload helper, about 1 KB
 * gzipped by itself, and that helper would run on every page. `?worker&url` is Vite's way to get
 * the URL of a separately bundled script (it is not run as a worker here), and an import of a
 * runtime string is left as it is.
 */
import type { SiteSearch } from './search-dialog.ts';
import dialogScript from './search-dialog.ts?worker&url';
import highlightScript from './search-highlight.ts?worker&url';
import pageScript from './search-page.ts?worker&url';

/** Runs one of the bundles (each does its work, or defines its element, when it runs). */
const load = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/** True when a key press belongs to a field the reader is typing in. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function wireSearch(doc: Document): void {
  const open = (trigger: HTMLAnchorElement | null) => {
    // On the search page the shortcuts go to its own field rather than to a dialog over it.
    const pageField = doc.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]');
    if (pageField) {
      pageField.focus();
      pageField.select();
      return;
    }
    const element = doc.querySelector<SiteSearch>('site-search');
    const dialog = element?.querySelector('dialog');
    if (!element || !dialog) return;
    // Open before the code arrives, so what the reader types right away lands in the field; the
    // last query stays, selected, so typing replaces it and arrow keys go back to its results.
    if (!dialog.open) dialog.showModal();
    const field = dialog.querySelector('input');
    field?.focus();
    field?.select();
    load(dialogScript).then(
      // Unless the reader closed it (Esc) before the code arrived: then it stays closed.
      () => dialog.open && element.open(trigger),
      // Without the dialog's code, the search page is the way to search.
      () => trigger && location.assign(trigger.href),
    );
  };

  doc.addEventListener('click', (event) => {
    const trigger = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-search-trigger]') : null;
    // A modified click (new tab, new window) keeps the link's own behaviour.
    if (!trigger || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(trigger);
  });

  doc.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    if (!slash && !commandK) return;
    event.preventDefault();
    open(doc.querySelector<HTMLAnchorElement>('a[data-search-trigger]'));
  });

  if (doc.querySelector('[data-search-page]')) void load(pageScript);
  // The name of HIGHLIGHT_PARAM (search-query.ts), written out so this file imports no module code.
  if (new URLSearchParams(location.search).has('pagefind-highlight')) void load(highlightScript);
}
