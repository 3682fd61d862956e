/**
 * What a page's `cacheKey` is made of, for Astro's incremental build (`experimental.incrementalBuild`):
 * a page is copied from the last build instead of rendered when its key and its code are unchanged,
 * so the key must change whenever anything the page shows could. Astro hashes the page's code (its
 * module graph and CSS) itself; the key covers the data, in two parts:
 * - the edition's part, `editionKeyInput`: what any page may show of the others (every entry's
 *   frontmatter in this edition, so titles in the prev/next links, cards and counts; the build's
 *   environment: base, site, edit links, search bundles). Any change here re-renders every page;
 * - the page's own part, `pageKeyInput`: its entry and the text it shows (the translation or the
 *   English entry), with the digest of each file, the name of its rendered HTML file (named by the
 *   HTML's hash, so a change of the rendering code shows here too: src/markdown/fast-path/page-html.ts), the
 *   translation's state and the page's last-changed date.
 * A body edit so changes one page's key (and its other editions' where they show the same text).
 * Both are JSON strings with sorted keys, to be hashed by the caller.
 */

/** The parts of a content entry a key looks at (a `CollectionEntry`, loosely typed so tests need no Astro). */
export interface KeyedEntry {
  id: string;
  collection?: string;
  filePath?: string | undefined;
  digest?: string | number | undefined;
  data: unknown;
  rendered?: { metadata?: unknown } | undefined;
}

/** JSON with object keys sorted at every level, so equal data gives equal text whatever the order it was built in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Date)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

const facts = (entry: KeyedEntry) => ({ collection: entry.collection, id: entry.id, filePath: entry.filePath, data: entry.data });

/**
 * The edition's part of every key: every entry's frontmatter as this edition shows it, and the environment.
 * @example editionKeyInput([{ id: 'colo', data: { title: 'COLO' } }], { base: '/' })
 */
export function editionKeyInput(entries: readonly KeyedEntry[], environment: unknown): string {
  // In a fixed order: Astro lists a collection in its store's order, which differs between a store
  // synced afresh and one reused from the last build (the pages sort what they show themselves).
  const order = (entry: KeyedEntry) => `${entry.collection ?? ''}/${entry.id}`;
  const sorted = [...entries].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return stableJson({ entries: sorted.map(facts), environment });
}

/** One page's own part of its key: its entry, the text entry it shows, that text's state, and its date. */
export function pageKeyInput(page: { entry: KeyedEntry; text: KeyedEntry; state: string; lastChanged: string | undefined }): string {
  const own = (entry: KeyedEntry) => ({ ...facts(entry), digest: entry.digest, rendered: entry.rendered?.metadata });
  return stableJson({ entry: own(page.entry), text: own(page.text), state: page.state, lastChanged: page.lastChanged });
}
