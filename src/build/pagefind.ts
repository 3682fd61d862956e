import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { link, mkdir, readdir, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { endPhase } from './build-phases.ts';
import { readEach } from './read-built-site.ts';
import { searchShardCount, searchShardFolder, splitIntoShards } from '../lib/search-shards.ts';
import { localeRoot } from '../lib/hrefs.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/i18n.ts';

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
 * The page files of an edition's feature and architecture folders, as paths in the built site,
 * sorted: `features/colo/index.html`, `ru/arch/x86/index.html`. Short links (/f/) are half of a
 * large site's HTML files and are never looked at. Alias redirects share the features' folder and
 * are among them; they have no `data-pagefind-body`, so Pagefind leaves them out.
 */
async function pageFiles(outDir: string, locale: Locale): Promise<string[]> {
  const files: string[] = [];
  for (const kind of ['features', 'arch']) {
    const folder = `${editionFolder(locale)}${kind}`;
    const entries = await readdir(path.join(outDir, folder), { withFileTypes: true }).catch(() => []);
    // Not every folder is a page: on a large site `arch/all/` holds only the list pages under it.
    for (const entry of entries) if (entry.isDirectory() && existsSync(path.join(outDir, folder, entry.name, 'index.html'))) files.push(`${folder}/${entry.name}/index.html`);
  }
  return files.sort();
}

/**
 * The files among `files` that Pagefind indexes: those with `data-pagefind-body` (a test checks each
 * is in an index), but not a page of another edition that shows the English text for want of a
 * translation (its notice says `data-translation="missing"`, src/components/TranslationNotice.astro):
 * that text is in the English index, which the edition's search also searches (src/lib/search-editions.ts).
 */
async function markedForSearch(outDir: string, files: readonly string[]): Promise<string[]> {
  const marked = await readEach(outDir, files, (file, html) => (html.includes('data-pagefind-body') && !html.includes('data-translation="missing"') ? file : undefined));
  return marked.filter((file) => file !== undefined);
}

/** The folder of one bundle of an edition's index in the built site: `pagefind`, `ru/pagefind`, `pagefind-2`, … */
export const searchBundle = (locale: Locale, shard = 0) => `${editionFolder(locale)}${searchShardFolder(shard)}`;

/** What one edition's index holds: its pages, in how many bundles. */
export interface IndexedEdition {
  pages: number;
  bundles: number;
  /** Seconds from the end of the previous step (the edition before, or the start of indexing). */
  seconds: number;
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
    const files = await pageFiles(outDir, locale);
    // Reading every page to tell pages from redirects is only worth it when they may not fit one
    // bundle, and in another edition, whose untranslated pages are left to the English index.
    const english = locale === DEFAULT_LOCALE;
    const marked = english && files.length <= maxPerShard ? undefined : await markedForSearch(outDir, files);
    // An edition with no page of its own text has no index: its search uses the English one alone.
    const shards = marked?.length === 0 && !english ? [] : marked === undefined ? [undefined] : splitPages(marked, maxPerShard);
    checkAnnouncedBundles(outDir, locale, shards.length);
    let pages = 0;
    for (const [shard, shardFiles] of shards.entries()) pages += await indexBundle(outDir, locale, shard, shardFiles);
    if (pages === 0 && english) throw new Error(`Pagefind found no page with data-pagefind-body to index in the ${locale} edition (${editionFolder(locale) || '/'}features/, arch/)`);
    editions[locale] = { pages, bundles: shards.length, seconds: endPhase(`search index (${locale})`) };
  }
  return editions;
}

const splitPages = (pages: string[], maxPerShard: number) => splitIntoShards(pages, searchShardCount(pages.length, maxPerShard));

/**
 * The pages tell the browser how many bundles to merge (`data-search-shards` on `<html>`, counted by
 * src/layouts/Base.astro from the content); a bundle they do not name would never be searched. So
 * the count the build makes from the built pages must be the one the pages announce.
 */
function checkAnnouncedBundles(outDir: string, locale: Locale, bundles: number): void {
  const home = `${editionFolder(locale)}index.html`;
  const announced = Number(/<html[^>]*\sdata-search-shards="(\d+)"/.exec(readFileSync(path.join(outDir, home), 'utf8'))?.[1] ?? 1);
  if (announced !== bundles) {
    throw new Error(`The ${locale} edition's pages (${home}) tell the browser to load ${announced} search bundle(s), but the build made ${bundles}. src/layouts/Base.astro counts the feature and architecture pages; a kind of page added to the index must be counted there too.`);
  }
}

/**
 * Indexes one bundle in an indexer process of its own and returns how many pages it holds: every
 * page of the edition (`files` undefined), or the pages of one shard. Pagefind reads a folder much
 * faster than it takes pages one by one (`addHTMLFile` took twice as long at 1,000 pages), so a
 * shard's pages are hard-linked into a folder of their own beside the site, at the same paths, and
 * Pagefind reads that; it makes the same URLs from the same paths.
 */
async function indexBundle(outDir: string, locale: Locale, shard: number, files: readonly string[] | undefined): Promise<number> {
  const shardDir = `${outDir}.search-shard`;
  try {
    const created = await pagefind.createIndex(INDEX_CONFIG);
    throwOnErrors('creating the index', created.errors);
    const { index } = created;
    if (!index) throw new Error('Pagefind returned no index');
    let added;
    if (files) {
      await linkFiles(outDir, shardDir, files);
      added = await index.addDirectory({ path: shardDir });
      if (added.errors.length === 0 && added.page_count !== files.length) throw new Error(`Pagefind indexed ${added.page_count} of the ${files.length} pages of search bundle ${shard + 1} (${locale})`);
    } else {
      added = await index.addDirectory({ path: outDir, glob: `${editionFolder(locale)}{features,arch}/*/index.html` });
    }
    throwOnErrors(`reading the built pages of the ${locale} edition`, added.errors);
    const written = await index.writeFiles({ outputPath: path.join(outDir, searchBundle(locale, shard)) });
    throwOnErrors('writing the index', written.errors);
    return added.page_count;
  } finally {
    // Ends the indexer's process, and with it the memory the index held.
    await pagefind.close();
    await rm(shardDir, { recursive: true, force: true });
  }
}

/** Hard links of `files` (paths under `from`) at the same paths under `to`, which is emptied first. */
async function linkFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  await rm(to, { recursive: true, force: true });
  for (const file of files) {
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await link(path.join(from, file), path.join(to, file));
  }
}
