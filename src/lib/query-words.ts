/**
 * The words of a search query against the text of the pages it found: what the first search
 * needs before it knows whether a correction is wanted. Small on purpose: it ships with the
 * search code every first search loads, while the corrections (search-suggest.ts, with the
 * site's names, an edit distance and a Russian stemmer) load only for a query that may need one.
 */

/** A word as the comparison sees it: lower case, without hyphens, dots, underscores or other separators. */
export function normalizeName(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The words of page texts as a reader would type them, normalized: each run between spaces and
 * option punctuation (`file=boot.img` gives `boot.img` → `bootimg`), and each run of letters and
 * digits (`vhost-vsock-pci` also gives `vhost`, `vsock`, `pci`).
 */
export function textWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.split(/[\s,;=()]+/)) words.add(normalizeName(word));
    for (const part of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) words.add(part);
  }
  words.delete('');
  return words;
}

/**
 * True when every word of the query is written as the texts (the first results' pages) write
 * one of theirs: whole, or as its start (the reader is still typing it). Nothing in such a query
 * is a slip to correct, so neither the site's names nor the code that corrects are fetched.
 * False for no texts (nothing found) and for a query with no words.
 * @example spelledAsIn('vhost-vsock-pci guest', ['-device vhost-vsock-pci,guest-cid=3']) // → true
 * @example spelledAsIn('guest-cdi', ['-device vhost-vsock-pci,guest-cid=3']) // → false
 */
export function spelledAsIn(query: string, texts: readonly string[]): boolean {
  const typed = query.trim().split(/\s+/).map(normalizeName).filter(Boolean);
  if (typed.length === 0 || texts.length === 0) return false;
  const words = textWords(texts);
  const list = [...words];
  return typed.every((word) => words.has(word) || list.some((known) => known.startsWith(word)));
}

/**
 * The query without the words that find nothing on their own, or undefined when that leaves it
 * unchanged or empty: the words kept are what the reader is shown results for.
 * @example keptWords(['ускоритель', 'шифрования'], [false, true]) // → 'шифрования'
 */
export function keptWords(words: readonly string[], foundAlone: readonly boolean[]): string | undefined {
  const kept = words.filter((_, at) => foundAlone[at]);
  return kept.length > 0 && kept.length < words.length ? kept.join(' ') : undefined;
}
