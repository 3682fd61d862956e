/**
 * Edit distance with adjacent swaps (optimal string alignment): a typo of one or two letters, a
 * missing letter or two letters swapped each count 1. Hand-written: it is ten lines, and the
 * libraries that offer it bring a fuzzy-search engine with them. Search suggestions use it too
 * (search-suggest.ts).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  // Three rows (a swap looks two back) instead of a full table, as typed arrays: search
  // suggestions compare a query word with every name of the site, as the reader types.
  const width = b.length + 1;
  let before = new Int32Array(width);
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const char = a.charCodeAt(i - 1);
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j < width; j++) {
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (char === b.charCodeAt(j - 1) ? 0 : 1));
      if (i > 1 && j > 1 && char === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
      if (best < rowBest) rowBest = best;
    }
    // No later row can come back under this row's smallest value (a swap adds 1 to the row before).
    if (rowBest > max) return rowBest;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length]!;
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
