/**
 * Which search bundles a page's search loads, and what a result from another edition's bundle
 * becomes. Each edition's index holds its own text: a page without a translation is built under
 * /ru/ with the English text but is not indexed there a second time (src/layouts/Feature.astro,
 * src/views/ArchitecturePage.astro). A search from such an edition also searches the English index,
 * kept to the pages that have no translation (English pages with one carry the filter
 * `translation: <locale>`), and shows those results at their address in the edition, marked as
 * English. The pages say how many bundles of each there are (`data-search-shards` and
 * `data-search-english` on `<html>`, src/layouts/Base.astro).
 */
import { DEFAULT_LOCALE, type Locale } from './i18n.ts';
import { localeRoot, pathInEdition, searchBundleFile } from './hrefs.ts';

/** The Pagefind filter English pages carry for each edition that translates them. */
export const TRANSLATION_FILTER = 'translation';

export interface SearchBundles {
  /** The `pagefind.js` the search imports: the edition's own, or the English one when the edition indexes no page of its own. */
  primary: string;
  /** The bundles merged into it, in order (`mergeIndex` paths); `language` for a bundle of another language. */
  merged: { path: string; language?: Locale }[];
  /**
   * The filter every query of this edition adds (Pagefind's compound `not`): the English pages that
   * have this edition's translation, whose own page the edition's index already finds.
   */
  exclude?: Record<string, string>;
}

/**
 * The bundles of a page's search: `own` bundles of its edition's index (0 when no page of the edition
 * has text of its own), then `english` bundles of the English index for its untranslated pages.
 * @example searchBundles('/', 'ru', 1, 1) // → { primary: '/ru/pagefind/pagefind.js', merged: [{ path: '/pagefind/', language: 'en' }], exclude: { translation: 'ru' } }
 */
export function searchBundles(base: string, locale: Locale, own: number, english: number): SearchBundles {
  const bundles = [
    ...Array.from({ length: own }, (_, shard) => ({ locale, shard })),
    ...(locale === DEFAULT_LOCALE ? [] : Array.from({ length: english }, (_, shard) => ({ locale: DEFAULT_LOCALE as Locale, shard }))),
  ];
  const [first, ...rest] = bundles.length > 0 ? bundles : [{ locale, shard: 0 }];
  return {
    primary: searchBundleFile(base, first!.locale, 'pagefind.js', first!.shard),
    merged: rest.map((bundle) => ({ path: searchBundleFile(base, bundle.locale, '', bundle.shard), ...(bundle.locale === first!.locale ? {} : { language: bundle.locale }) })),
    ...(locale !== DEFAULT_LOCALE && english > 0 ? { exclude: { [TRANSLATION_FILTER]: locale } } : {}),
  };
}

/**
 * A result's address in the edition searched from: a page of the English index (outside the
 * edition's root) is shown at its address in the edition, where it is built with the English text,
 * and marked as English.
 * @example resultInEdition('/features/colo/#usage', '/', 'ru') // → { url: '/ru/features/colo/#usage', inEnglish: true }
 */
export function resultInEdition(url: string, base: string, locale: Locale): { url: string; inEnglish: boolean } {
  if (locale === DEFAULT_LOCALE || url.startsWith(localeRoot(base, locale))) return { url, inEnglish: false };
  return { url: pathInEdition(url, base, DEFAULT_LOCALE, locale), inEnglish: true };
}

/**
 * Pagefind's highlighter for a page reached from a result: the edition's own, or the English one's
 * when the edition has no index of its own (`own` bundles: 0). Both mark the same way.
 * @example highlighterFile('/', 'ru', 0) // → '/pagefind/pagefind-highlight.js'
 */
export function highlighterFile(base: string, locale: Locale, own: number): string {
  return searchBundleFile(base, own === 0 ? DEFAULT_LOCALE : locale, 'pagefind-highlight.js');
}
