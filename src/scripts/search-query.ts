/**
 * What the search sends to Pagefind, and how results are ranked: pure functions and constants, so
 * the browser code, the relevance tests and the benchmark all use the same rules.
 */

/** The query parameter that carries the searched words to the result page (pagefind-highlight.js's default name). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * Ranking passed to `pagefind.options({ ranking })`. Only the meta weights change. Measured on the
 * 90 queries of tests/e2e/relevance-queries.ts: every setting below put the expected page first,
 * so the choice is about the margins. With Pagefind's defaults the weakest first result led the
 * second by 13 % (`count=`, 135 % now); with these weights the weakest lead is 18 % (`x86`: the
 * architecture page against "x86 AVX-512 CPUID flags"). Raising termSimilarity (2) and lowering
 * pageLength (0.5) as well cut that to 9 %, so those keep their defaults.
 *
 * - `keywords` 10 (default 1): each feature lists the exact names readers type (devices,
 *   properties, QMP commands) in its `keywords` frontmatter, published as
 *   `data-pagefind-meta="keywords"`. Pagefind 1.6 indexes meta fields and boosts a page when a query
 *   word matches one, so a keyword hit lifts the page that is about `primary_in` above pages that
 *   only mention it in passing.
 * - `title` 7 (default 5): with keywords at 10, pages that list a name among their keywords
 *   (intel-iommu-eim lists q35, POWER9 lists powernv) closed in on the page named after it: `q35`
 *   led by 27 %, `powernv` by 60 %. At 7 the leads are 40 % and 75 % (and `x86` goes from 22 % to
 *   18 %; 8 would cost it more). The h1 also carries `data-pagefind-weight="10"` (default 7) for
 *   the body score.
 * - `summary` 3 (default 1): the one-sentence summary says in plain words what the page is about,
 *   which is what questions like "one partition of a disk image" match (its lead is 38 % with the
 *   defaults, 67 % here).
 */
export const RANKING = {
  metaWeights: { title: 7, keywords: 10, summary: 3 },
} as const;

/** Words shorter than this are not highlighted on the result page: `in`, `on` would mark half the text. */
const MIN_HIGHLIGHT_LENGTH = 3;

/**
 * The query as Pagefind's index spells it. The indexer keeps letters, digits and connector
 * punctuation (`_`, Pagefind's default `include_characters`) of each whitespace-separated word and
 * drops everything else, so `gl=on` is indexed as `glon` and `vhost-vsock-pci` as `vhostvsockpci`
 * (plus its parts). Pagefind's own query cleanup drops punctuation (dashes, brackets, `.`, `/`, `:`)
 * but keeps symbols such as `=`, `+` or `|`, and then `if=mtd` ranked qemu-img dd (which has `if=`)
 * above the Aspeed page that lists `if=mtd`. Applying the indexer's rule here makes `gl=on`,
 * `if=mtd` or `kernel-irqchip=split` find the page that lists them.
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
