import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n.ts';

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

/**
 * The pages that carry `data-pagefind-body`: feature and architecture pages. Pagefind would skip the
 * others anyway, but only after reading and parsing them; short links (/f/) and alias redirects are
 * half of a large site's HTML files. A test checks every page with the attribute is in the index.
 * Every edition's pages go into the one index, which Pagefind splits by each page's `<html lang>`:
 * a search runs in the language of the page it starts from, with that language's stemming.
 */
export const INDEXED_PAGES = `{${LOCALES.flatMap((locale) => ['features', 'arch'].map((folder) => (locale === DEFAULT_LOCALE ? folder : `${locale}/${folder}`))).join(',')}}/*/index.html`;

/**
 * Builds the search index of the site in `outDir` and writes `pagefind/` beside the pages, with the
 * Pagefind Node API (its indexer runs in its own process). Returns the number of pages indexed.
 */
export async function buildSearchIndex(outDir: string): Promise<number> {
  try {
    const created = await pagefind.createIndex(INDEX_CONFIG);
    throwOnErrors('creating the index', created.errors);
    const { index } = created;
    if (!index) throw new Error('Pagefind returned no index');
    const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
    throwOnErrors('reading the built pages', added.errors);
    if (added.page_count === 0) throw new Error('Pagefind found no page with data-pagefind-body to index');
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    throwOnErrors('writing the index', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
