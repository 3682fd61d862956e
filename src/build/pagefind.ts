import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { endPhase } from './build-phases.ts';
import { localeRoot } from '../lib/hrefs.ts';
import { LOCALES, type Locale } from '../lib/i18n.ts';

/** Fails loudly with what Pagefind said, instead of publishing a site with a broken index. */
function throwOnErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind failed while ${step}:\n  ${errors.join('\n  ')}`);
  }
}

/**
 * What Pagefind leaves out of the text it indexes (filters and meta inside are still read).
 * - `li.card`: a feature card (FeatureCard.astro) repeats another page's title and summary. Indexed
 *   on every architecture page, it made each of them a result for every cross-architecture feature
 *   (`vsock` listed the feature page and eight architecture pages). The card's own page is the
 *   result for those words; the architecture page still matches its own text.
 * - `[data-pagefind-filter]`: a filter value (`x86`, `new`) is a menu entry, not prose; as text it
 *   ran into the next word of the excerpt ("x86Binaries").
 */
const INDEX_CONFIG = { excludeSelectors: ['li.card', '[data-pagefind-filter]'] } satisfies PagefindServiceConfig;

/** Where an edition's pages and search bundle sit in the built site: `` for English, `ru/` for Russian (its root, without the leading slash). */
const editionFolder = (locale: Locale) => localeRoot('/', locale).slice(1);

/**
 * The pages of one edition that carry `data-pagefind-body`: feature and architecture pages. Pagefind
 * would skip the others anyway, but only after reading and parsing them; short links (/f/) and alias
 * redirects are half of a large site's HTML files. A test checks every page with the attribute is in
 * an index.
 */
export const indexedPages = (locale: Locale) => `${editionFolder(locale)}{features,arch}/*/index.html`;

/** The search bundle of an edition, beside its pages: `pagefind/` and `ru/pagefind/`. */
export const searchBundle = (locale: Locale) => `${editionFolder(locale)}pagefind`;

/**
 * Builds one search index per edition and writes each bundle beside the edition's pages, with the
 * Pagefind Node API (its indexer runs in a process of its own). A search runs in the edition of the
 * page it starts from (src/scripts/search-core.ts), so no bundle needs another edition's pages.
 * Why one index per edition and one after the other: Pagefind holds every page of an index in
 * memory and, while writing, several times more (at 4,000 synthetic pages per edition 1.4 GB for
 * one edition, 2.2 GB for both in one index). A Pagefind process per edition, each closed before the
 * next starts, lowered a 10,000-page build's peak from 5.2 to 3.4 GB, and indexing 4,000 pages per
 * edition from 31.5 s in one index to about 21 s in two. Returns the pages indexed per edition.
 */
export async function buildSearchIndex(outDir: string): Promise<Record<Locale, number>> {
  const counts = {} as Record<Locale, number>;
  for (const locale of LOCALES) {
    counts[locale] = await indexEdition(outDir, locale);
    endPhase(`search index (${locale})`);
  }
  return counts;
}

async function indexEdition(outDir: string, locale: Locale): Promise<number> {
  try {
    const created = await pagefind.createIndex(INDEX_CONFIG);
    throwOnErrors('creating the index', created.errors);
    const { index } = created;
    if (!index) throw new Error('Pagefind returned no index');
    const added = await index.addDirectory({ path: outDir, glob: indexedPages(locale) });
    throwOnErrors(`reading the built pages of the ${locale} edition`, added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no page with data-pagefind-body to index in the ${locale} edition (${indexedPages(locale)})`);
    const written = await index.writeFiles({ outputPath: `${outDir}/${searchBundle(locale)}` });
    throwOnErrors('writing the index', written.errors);
    return added.page_count;
  } finally {
    // Ends the indexer's process, and with it the memory the index held.
    await pagefind.close();
  }
}
