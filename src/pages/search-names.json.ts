import type { APIRoute } from 'astro';
import { getContent } from '../data/collections.ts';
import { sortFeatures } from '../lib/features.ts';
import { architectureVocabulary, featureVocabulary, searchVocabulary } from '../lib/search-suggest.ts';

/**
 * The names search checks a query's spelling against ("Did you mean …?"), fetched by the search
 * code on the first search beside Pagefind's index (src/scripts/search-core.ts). Built from the
 * content, not from the index, because it wants the names as written (`guest-cid`), which the
 * index keeps only without their separators.
 */
export const GET: APIRoute = async () => {
  const { features, architectures } = await getContent();
  const vocabulary = searchVocabulary([...sortFeatures(features).map((feature) => featureVocabulary(feature.data)), ...architectures.map((arch) => architectureVocabulary(arch.data))]);
  return new Response(JSON.stringify(vocabulary), { headers: { 'content-type': 'application/json' } });
};
