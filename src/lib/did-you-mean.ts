/**
 * Edit distance with adjacent swaps (optimal string alignment): a typo of one or two letters, a
 * missing letter or two letters swapped each count 1. Hand-written: it is ten lines, and the
 * libraries that offer it bring a fuzzy-search engine with them.
 */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
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
