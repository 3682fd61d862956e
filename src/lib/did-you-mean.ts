import { limited } from 'talisman/metrics/damerau-levenshtein.js';

/**
 * Edit distance with adjacent swaps (optimal string alignment): a typo of one or two letters, a
 * missing letter or two letters swapped each count 1; Infinity once it is sure to exceed `max`.
 * Search suggestions use it too (search-suggest.ts), against every name of the site as the reader
 * types, so the bound matters: most names are given up after a row or two.
 *
 * From talisman (Guillaume Plique's fuzzy-matching toolkit): of the libraries weighed, it is the one
 * that counts a swap as one edit and stops early at a bound, for 0.6 kB gzip more in the search scripts than the ten hand-written lines it replaced.
 * fastest-levenshtein, leven and MiniSearch's fuzzy match count a swap as two (`vsokc` would be as
 * far from `vsock` as `vsxyz`); the damerau-levenshtein package computes a whole table with no
 * bound; cmpstr brings 17 kB gzip; Fuse.js and uFuzzy rank by their own scores and give no count.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  return limited(max, a, b);
}

/**
 * The candidate a misspelt name most likely meant: within two edits, or one that starts with it
 * (`alias` → `aliases`). Undefined when nothing is close.
 * @example didYouMean('relatd', ['related', 'references']) // → 'related'
 */
export function didYouMean(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const scored = candidates.map((candidate) => ({ candidate, distance: candidate.startsWith(lower) && lower.length >= 3 ? 1 : editDistance(lower, candidate) }));
  const best = scored.sort((a, b) => a.distance - b.distance)[0];
  return best && best.distance <= Math.min(2, Math.floor(lower.length / 3) + 1) ? best.candidate : undefined;
}
