/**
 * The pages each route builds, for every edition: every edition has the same pages at the same
 * paths under its root (`/features/colo/` and `/ru/features/colo/`), so one route file per page
 * type under src/pages/[...locale]/ builds them all, English at the root (`locale` undefined).
 */
import type { PaginateFunction } from 'astro';
import { createHash } from 'node:crypto';
import { getContent, pageText, type Feature } from './collections.ts';
import { lastChangedOf } from './last-changed.ts';
import { projectEnv } from '../config/env.ts';
import { editionKeyInput, pageKeyInput, stableJson } from '../lib/page-cache-key.ts';
import { featuresForArchitecture, groupFeaturesByCategory, isCrossArchitecture, sortFeatures } from '../lib/features.ts';
import { LOCALES, localeParam, translatedLocales, type Locale } from '../lib/i18n.ts';
import { CARDS_PER_PAGE, MATRIX_ROWS_PER_PAGE, previewOf } from '../lib/listing.ts';
import { featureMatrix } from '../lib/matrix.ts';
import { ALL_ARCHITECTURES, type ArchitectureId } from '../lib/vocabulary.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Astro reads a path's `cacheKey` only when it builds (`experimental.incrementalBuild`). Under
 * `astro dev` every page renders on request and the routes' paths are listed again after each save,
 * so computing the keys there (every page's data hashed, its last change looked up) would only
 * lengthen the wait for the saved page: about 0.24 s of CPU at 1,000 pages.
 */
const CACHE_KEYS = !import.meta.env.DEV;
const editionKeys = new Map<Locale, Promise<string>>();

/** The edition's part of every page's cache key (src/lib/page-cache-key.ts), once per build. */
function editionKey(locale: Locale): Promise<string> {
  let key = editionKeys.get(locale);
  if (!key) {
    // Every edition's translation states: an English page names the editions that translate it (src/data/translated-in.ts).
    key = Promise.all([getContent(locale), ...LOCALES.map((edition) => getContent(edition))]).then(([{ features, architectures }, ...editions]) =>
      sha256(editionKeyInput([...features, ...architectures], { env: projectEnv(), states: editions.map(({ texts }) => [...texts].map(([page, text]) => `${page} ${text.state}`).sort()) })),
    );
    editionKeys.set(locale, key);
  }
  return key;
}

/**
 * A feature page's `cacheKey` for Astro's incremental build: unchanged only while nothing the page
 * shows changed (src/lib/page-cache-key.ts). The page's code is hashed by Astro itself.
 */
export async function featureCacheKey(locale: Locale, feature: Feature): Promise<string> {
  const text = await pageText(locale, feature);
  const lastChanged = text.entry.filePath ? await lastChangedOf(text.entry.filePath) : undefined;
  return sha256(`${await editionKey(locale)}\n${pageKeyInput({ entry: feature, text: text.entry, state: text.state, lastChanged })}`);
}

/** The cacheKey of a page that shows nothing but `data` (a redirect page shows its target and title); none under `astro dev`. */
export const dataCacheKey = (data: unknown) => (CACHE_KEYS ? sha256(stableJson(data)) : undefined);

/** The paths of every edition, each with its `[...locale]` parameter. */
async function inEveryEdition<Path>(pathsOf: (locale: Locale, params: { locale: string | undefined }) => Promise<Path[]> | Path[], locales: readonly Locale[] = LOCALES): Promise<Path[]> {
  return (await Promise.all(locales.map((locale) => pathsOf(locale, { locale: localeParam(locale) })))).flat();
}

/** A page every edition has once (`/`, `/search/`, `/search-names.json`). */
export function editionPaths() {
  return inEveryEdition((_locale, params) => [{ params }]);
}

/**
 * The 404 page of every edition but English: Astro gives src/pages/404.astro, and only that file,
 * the part of the site's not-found page (`404.html`, served by `astro dev` and `preview` for a miss),
 * so the English one stays there (src/build/edition-404.ts places the others).
 */
export function translatedEditionPaths() {
  return inEveryEdition((_locale, params) => [{ params }], translatedLocales());
}

/** `/features/<slug>/`: one page per feature. */
export function featurePaths() {
  return inEveryEdition(async (locale, params) => {
    const { features } = await getContent(locale);
    return Promise.all(features.map(async (feature) => ({ params: { ...params, slug: feature.id }, props: { feature }, ...(CACHE_KEYS ? { cacheKey: await featureCacheKey(locale, feature) } : {}) })));
  });
}

/** `/arch/<id>/`: one page per architecture. */
export function architecturePaths() {
  return inEveryEdition(async (locale, params) => {
    const { architectures } = await getContent(locale);
    return architectures.map((architecture) => ({ params: { ...params, id: architecture.id }, props: { architecture } }));
  });
}

/** `/categories/<category>/`, then `…/2/` and on: every feature of a category, in title order. */
export function categoryPaths(paginate: PaginateFunction) {
  return inEveryEdition(async (locale, params) => {
    const { features } = await getContent(locale);
    return groupFeaturesByCategory(features).flatMap((group) => paginate(group.features, { params: { ...params, category: group.category }, pageSize: CARDS_PER_PAGE }));
  });
}

/**
 * `/arch/<id>/features/` (then `…/2/` and on): every feature written for an architecture, and at
 * `/arch/all/features/` every feature for every architecture. Built only for the lists too long to
 * show whole on `/arch/<id>/`, which links here.
 */
export function architectureFeaturePaths(paginate: PaginateFunction) {
  return inEveryEdition(async (locale, params) => {
    const { features, architectures } = await getContent(locale);
    const lists = architectures.map((arch) => ({ id: arch.id, name: arch.data.name, features: featuresForArchitecture(features, arch.id as ArchitectureId).specific }));
    lists.push({ id: ALL_ARCHITECTURES, name: '', features: sortFeatures(features).filter(isCrossArchitecture) });
    return lists
      .filter((list) => previewOf(list.features).truncated)
      .flatMap((list) => paginate(list.features, { params: { ...params, id: list.id }, props: { name: list.name }, pageSize: CARDS_PER_PAGE }));
  });
}

/** `/matrix/`, then `/matrix/2/` and on: the feature × architecture table in pages of bounded rows. */
export function matrixPaths(paginate: PaginateFunction) {
  return inEveryEdition(async (locale, params) => {
    const { features, architectures } = await getContent(locale);
    return paginate(featureMatrix(features, architectures.map((arch) => arch.id)), { params, pageSize: MATRIX_ROWS_PER_PAGE });
  });
}
