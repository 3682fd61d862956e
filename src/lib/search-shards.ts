/**
 * How a large edition's search index is split into bundles that the browser merges. Pagefind holds
 * every page of an index in memory while it writes it: about 0.33 MB a page (3.4 GB for the 10,000
 * English pages of a synthetic site), and no Pagefind option bounds that. Indexed in shards of at
 * most `maxPerShard` pages, one indexer process after the other, an edition of any size costs the
 * memory of one shard. The first bundle is the one a small site has (`pagefind/`); each further
 * bundle is merged into it with Pagefind's `mergeIndex` and shares its WebAssembly, so a shard adds
 * three small requests (entry, metadata, index chunk) and no bytes a single index would not load.
 * The build (src/build/pagefind.ts) and the pages (src/layouts/Base.astro, which tells the browser
 * how many bundles to load) both count with `searchShardCount`.
 */

/** Pages per shard unless `SEARCH_SHARD_PAGES` says otherwise: about 1.8 GB of indexer memory. */
export const DEFAULT_PAGES_PER_SEARCH_SHARD = 5000;

/**
 * How many bundles an edition's index takes.
 * @example searchShardCount(10_039, 5000) // → 3
 */
export function searchShardCount(pages: number, maxPerShard: number): number {
  return Math.max(1, Math.ceil(pages / maxPerShard));
}

/**
 * The pages of each shard: the list in order, cut into `count` runs whose sizes differ by at most one.
 * @example splitIntoShards(['a', 'b', 'c', 'd', 'e'], 2) // → [['a', 'b', 'c'], ['d', 'e']]
 */
export function splitIntoShards<T>(items: readonly T[], count: number): T[][] {
  const shards: T[][] = [];
  let start = 0;
  for (let shard = 0; shard < count; shard++) {
    const size = Math.floor(items.length / count) + (shard < items.length % count ? 1 : 0);
    shards.push(items.slice(start, start + size));
    start += size;
  }
  return shards;
}

/**
 * The folder of a shard's bundle in its edition: `pagefind` for the first (the only one on a small
 * site), then `pagefind-2`, `pagefind-3`, … beside it.
 * @example searchShardFolder(1) // → 'pagefind-2'
 */
export function searchShardFolder(shard: number): string {
  return shard === 0 ? 'pagefind' : `pagefind-${shard + 1}`;
}

/**
 * Whether a folder name is one of an edition's bundles, as `searchShardFolder` names them.
 * @example isSearchBundleFolder('pagefind-3') // → true
 */
export function isSearchBundleFolder(name: string): boolean {
  return /^pagefind(-[2-9]|-[1-9]\d+)?$/.test(name);
}
