/**
 * Marks the searched words on a page reached from a search result, with Pagefind's own highlighter
 * (pagefind-highlight.js, mark.js inside). The loader imports this module only when the address
 * carries the parameter, so other visits never download the 44 kB highlighter.
 */
import { highlighterFile } from '../lib/search-editions.ts';
import { pageLocale } from './page-edition.ts';
import { HIGHLIGHT_PARAM } from './search-query.ts';

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
}
type PagefindHighlightClass = new (options: PagefindHighlightOptions) => unknown;

async function highlightFromUrl(): Promise<void> {
  try {
    const url = highlighterFile(import.meta.env.BASE_URL, pageLocale(), Number(document.documentElement.dataset['searchShards'] ?? 1));
    const module = (await import(/* @vite-ignore */ url)) as { default: PagefindHighlightClass };
    // Reads the parameter from the address and marks the words inside [data-pagefind-body],
    // skipping [data-pagefind-ignore]: the same parts of the page the index was built from. Its
    // own styles would be an inline <style>, which the site's CSP refuses; SearchDialog.astro
    // styles `mark.pagefind-highlight` instead.
    new module.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  } catch (error) {
    // Unmarked text is still the right page.
    console.warn('Could not highlight the searched words', error);
  } finally {
    // The marks are made; the parameter goes, so a link copied from the address bar is clean.
    const address = new URL(location.href);
    address.searchParams.delete(HIGHLIGHT_PARAM);
    history.replaceState(history.state, '', `${address.pathname}${address.search}${address.hash}`);
  }
}

void highlightFromUrl();
