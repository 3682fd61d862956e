/**
 * The strings the search code shows at run time. The page renders them from src/lib/strings.ts
 * into a `data-strings` attribute, so the scripts carry no text of their own and an edition in
 * another language only changes the table.
 */
import type { UiStrings } from '../lib/strings.ts';
import { formatCount, pluralForm } from '../lib/plural.ts';

export interface SearchStrings {
  lang: string;
  count: UiStrings['searchUi']['count'];
  prompt: string;
  loading: string;
  none: string;
  /** `{status}` and `{query}` mark where the count and the suggested query go. */
  didYouMean: string;
  /** `{status}`, `{query}` (the corrected query searched) and `{typed}` (what was typed). */
  showingFor: string;
  noneBrief: string;
  error: string;
  /** The mark of a result whose page has no translation and is shown in English. */
  inEnglish: string;
}

/**
 * Picks what the scripts need (server side, in the .astro components). Every page carries these in
 * its dialog, so they are only the messages; the search page reads its category and status labels
 * from its own filter menus.
 */
export function searchStrings(ui: UiStrings): SearchStrings {
  const { count, prompt, loading, none, didYouMean, showingFor, noneBrief, error, inEnglish } = ui.searchUi;
  return { lang: ui.lang, count, prompt, loading, none, didYouMean, showingFor, noneBrief, error, inEnglish };
}

/** Reads them back in the browser. */
export function readStrings(element: HTMLElement): SearchStrings {
  return JSON.parse(element.dataset['strings'] ?? '{}') as SearchStrings;
}

/** "1 result", "12 results": the plural form comes from Intl.PluralRules for the page's language. */
export function countText(strings: SearchStrings, count: number): string {
  return pluralForm(strings.count, count, strings.lang).replace('{count}', formatCount(count, strings.lang));
}
