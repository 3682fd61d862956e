import { getContent } from './collections.ts';
import type { Locale } from '../lib/i18n.ts';
import { sortFeatures } from '../lib/features.ts';
import { architectureVocabulary, featureVocabulary, searchVocabulary } from '../lib/search-suggest.ts';

/**
 * The names search checks a query's spelling against ("Did you mean …?"), fetched by the search
 * code on the first search beside Pagefind's index (src/scripts/search-core.ts). Built from the
 * content, not from the index, because it wants the names as written (`guest-cid`), which the
 * index keeps only without their separators. Each edition has its own: its titles (translated)
 * and keywords (the English ones and its own).
 */
export async function searchNames(locale: Locale): Promise<Response> {
  const { features, architectures } = await getContent(locale);
  const vocabulary = searchVocabulary([...sortFeatures(features).map((feature) => featureVocabulary(feature.data)), ...architectures.map((arch) => architectureVocabulary(arch.data))]);
  return new Response(JSON.stringify(vocabulary), { headers: { 'content-type': 'application/json' } });
}
