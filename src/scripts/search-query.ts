/**
 * What the search sends to Pagefind, and how results are ranked: pure functions and constants, so
 * the browser code, the relevance tests and the benchmark all use the same rules.
 */

/** The query parameter that carries the searched words to the result page (pagefind-highlight.js's default name). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * Ranking passed to `pagefind.options({ ranking })`.
 *
 * - `metaWeights.keywords`: each feature lists the exact names readers type (devices, properties,
 *   QMP commands) in its `keywords` frontmatter, published as `data-pagefind-meta="keywords"`.
 *   Pagefind 1.6 indexes meta fields and adds a boost when a query word matches one. At the default
 *   weight of 1 a page that only names `primary_in` in a code block ties with one that is about it,
 *   so keywords get 10: a keyword hit puts a page above pages that merely mention the name.
 * - `metaWeights.title`: the h1 is `data-pagefind-meta="title"` and `data-pagefind-weight="10"`.
 *   The title boost stays above the default 5 so a page named after the query ("powernv") beats
 *   a page that lists it among its keywords ("POWER9", whose keywords include powernv).
 * - `metaWeights.summary`: the one-sentence summary says what the page is about in plain words,
 *   which is what questions like "fault tolerance" or "backup compression" match; 3 lifts it above
 *   body text without outweighing a name in the title or keywords.
 * - `termSimilarity` 2 (default 1): Pagefind matches every query word as a prefix, so `vsock`
 *   also hits `vsock-listen` or `vsockets`. A stronger similarity term prefers pages whose words
 *   are closest in length to what was typed, which is what exact identifiers need.
 * - `pageLength` 0.5 (default 0.75): feature pages are long and architecture pages short; at the
 *   default a short architecture page that lists a machine name once outranks the feature page that
 *   documents it.
 */
export const RANKING = {
  termSimilarity: 2,
  pageLength: 0.5,
  metaWeights: { title: 7, keywords: 10, summary: 3 },
} as const;

/** Words of at most this many characters are not highlighted on the result page: `in`, `on` would mark half the text. */
const MIN_HIGHLIGHT_LENGTH = 3;

/**
 * The query as Pagefind's index spells it. The indexer keeps letters, digits and connector
 * punctuation (`_`, Pagefind's default `include_characters`) of each whitespace-separated word and
 * drops everything else, so `gl=on` is indexed as `glon` and `vhost-vsock-pci` as `vhostvsockpci`
 * (plus its parts). Pagefind's own query cleanup drops only dashes, brackets and quotes, not `=`,
 * `+`, `/` or `:`, and then a query like `if=mtd` matches the wrong words. Applying the indexer's
 * rule here makes `gl=on`, `cbc(aes)`, `tftp://` or `-cpu` find the page that lists them.
 */
export function indexForm(query: string): string {
  return query
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{M}\p{N}\p{Pc}]+/gu, ''))
    .filter(Boolean)
    .join(' ');
}

/**
 * The query split into the parts of its compound words (`gl on`, `primary in`), for a second try
 * when the whole words find nothing: the indexer also stores each part, so `gl=on` still finds a
 * page that only writes `virtio-vga,gl=on` inside a longer option string.
 */
export function partsForm(query: string): string {
  return query
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean)
    .join(' ');
}

/** The words to mark on the result page, as typed: mark.js looks for them in the page text. */
export function highlightTerms(query: string): string[] {
  const words = query.split(/\s+/).filter((word) => word.length >= MIN_HIGHLIGHT_LENGTH);
  return [...new Set(words)];
}

/** A result URL with the words to highlight added as repeated `pagefind-highlight` parameters. */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hashAt = url.indexOf('#');
  const path = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const params = new URLSearchParams();
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  return `${path}${path.includes('?') ? '&' : '?'}${params.toString()}${hash}`;
}
