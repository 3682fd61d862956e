import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { readdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { endPhase } from './build-phases.ts';
import { readEach } from './read-built-site.ts';
import { searchShardCount, searchShardFolder, splitIntoShards } from '../lib/search-shards.ts';
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
 * The pages of one edition that carry `data-pagefind-body` (feature and architecture pages), as paths
 * in the built site, sorted. Short links (/f/) are half of a large site's HTML files and are never
 * read; alias redirects share the features' folder and are read but left out. A test checks every
 * page with the attribute is in an index.
 */
async function indexedPages(outDir: string, locale: Locale): Promise<string[]> {
  const candidates: string[] = [];
  for (const kind of ['features', 'arch']) {
    const folder = `${editionFolder(locale)}${kind}`;
    const entries = await readdir(path.join(outDir, folder), { withFileTypes: true }).catch(() => []);
    // Not every folder is a page: on a large site `arch/all/` holds only the list pages under it.
    for (const entry of entries) if (entry.isDirectory() && existsSync(path.join(outDir, folder, entry.name, 'index.html'))) candidates.push(`${folder}/${entry.name}/index.html`);
  }
  const marked = await readEach(outDir, candidates.sort(), (file, html) => (html.includes('data-pagefind-body') ? file : undefined));
  return marked.filter((file) => file !== undefined);
}

/** The folder of one bundle of an edition's index in the built site: `pagefind`, `ru/pagefind`, `pagefind-2`, … */
export const searchBundle = (locale: Locale, shard = 0) => `${editionFolder(locale)}${searchShardFolder(shard)}`;

/** What one edition's index holds: its pages, in how many bundles. */
export interface IndexedEdition {
  pages: number;
  bundles: number;
}

/**
 * Builds one search index per edition and writes each beside the edition's pages, with the Pagefind
 * Node API (its indexer runs in a process of its own). A search runs in the edition of the page it
 * starts from (src/scripts/search-core.ts), so no bundle needs another edition's pages.
 * Why one index per edition, one after the other, and in shards past `maxPerShard` pages: Pagefind
 * holds every page of an index in memory and, while writing, several times more (at 4,000 synthetic
 * pages per edition 1.4 GB for one edition, 2.2 GB for both in one index; 3.4 GB for 10,000 pages).
 * An indexer process per bundle, each closed before the next starts, costs the memory of the
 * largest bundle (src/lib/search-shards.ts).
 */
export async function buildSearchIndex(outDir: string, maxPerShard: number): Promise<Record<Locale, IndexedEdition>> {
  const editions = {} as Record<Locale, IndexedEdition>;
  for (const locale of LOCALES) {
    const pages = await indexedPages(outDir, locale);
    if (pages.length === 0) throw new Error(`Pagefind found no page with data-pagefind-body to index in the ${locale} edition (${editionFolder(locale) || '/'}features/, arch/)`);
    const shards = splitIntoShards(pages, searchShardCount(pages.length, maxPerShard));
    checkAnnouncedBundles(outDir, locale, pages.length, shards.length);
    for (const [shard, files] of shards.entries()) await indexBundle(outDir, locale, shard, files);
    editions[locale] = { pages: pages.length, bundles: shards.length };
    endPhase(`search index (${locale})`);
  }
  return editions;
}

/**
 * The pages tell the browser how many bundles to merge (`data-search-shards` on `<html>`, counted by
 * src/layouts/Base.astro from the content); a bundle they do not name would never be searched. So
 * the count the build makes from the built pages must be the one the pages announce.
 */
function checkAnnouncedBundles(outDir: string, locale: Locale, pages: number, bundles: number): void {
  const home = `${editionFolder(locale)}index.html`;
  const announced = Number(/<html[^>]*\sdata-search-shards="(\d+)"/.exec(readFileSync(path.join(outDir, home), 'utf8'))?.[1] ?? 1);
  if (announced !== bundles) {
    throw new Error(`The ${locale} edition's pages (${home}) tell the browser to load ${announced} search bundle(s), but its ${pages} indexed pages make ${bundles}. src/layouts/Base.astro counts the feature and architecture pages; a kind of page added to the index must be counted there too.`);
  }
}

async function indexBundle(outDir: string, locale: Locale, shard: number, files: readonly string[]): Promise<void> {
  try {
    const created = await pagefind.createIndex(INDEX_CONFIG);
    throwOnErrors('creating the index', created.errors);
    const { index } = created;
    if (!index) throw new Error('Pagefind returned no index');
    // Each page is handed over by its path in the site, from which Pagefind makes its URL.
    await readEach(outDir, files, async (file, content) => throwOnErrors(`reading ${file}`, (await index.addHTMLFile({ sourcePath: file, content })).errors));
    const written = await index.writeFiles({ outputPath: path.join(outDir, searchBundle(locale, shard)) });
    throwOnErrors('writing the index', written.errors);
  } finally {
    // Ends the indexer's process, and with it the memory the index held.
    await pagefind.close();
  }
}
