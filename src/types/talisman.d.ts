// talisman ships CommonJS without type declarations; this is the one function the site uses.
declare module 'talisman/metrics/damerau-levenshtein.js' {
  /**
   * Optimal-string-alignment distance between `a` and `b` (a swap of two neighbours counts 1), or
   * Infinity as soon as it is certain to exceed `max`.
   */
  export function limited(max: number, a: string, b: string): number;
}
