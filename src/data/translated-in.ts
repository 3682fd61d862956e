/**
 * The editions that translate a page: its English page tells Pagefind so (a `translation` filter per
 * edition), and a search from that edition leaves the English page out of what it finds in the
 * English index, since its own index finds the translation (src/lib/search-editions.ts).
 */
import { pageText, type Architecture, type Feature } from './collections.ts';
import { otherLocales, DEFAULT_LOCALE, type Locale } from '../lib/i18n.ts';

export async function translatedIn(entry: Feature | Architecture): Promise<Locale[]> {
  const states = await Promise.all(otherLocales(DEFAULT_LOCALE).map(async (locale) => ({ locale, state: (await pageText(locale, entry)).state })));
  return states.filter(({ state }) => state !== 'missing').map(({ locale }) => locale);
}
