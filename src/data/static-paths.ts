/**
 * The pages each route builds, per edition: every edition has the same pages at the same paths
 * under its root (`/features/colo/` and `/ru/features/colo/`), so a route file of either edition is
 * the same two lines (src/pages/… and src/pages/ru/…) over one view (src/views/).
 */
import type { PaginateFunction } from 'astro';
import { getContent } from './collections.ts';
import { featuresForArchitecture, groupFeaturesByCategory, isCrossArchitecture, sortFeatures } from '../lib/features.ts';
import type { Locale } from '../lib/i18n.ts';
import { CARDS_PER_PAGE, MATRIX_ROWS_PER_PAGE, previewOf } from '../lib/listing.ts';
import { featureMatrix } from '../lib/matrix.ts';
import { ALL_ARCHITECTURES, type ArchitectureId } from '../lib/vocabulary.ts';

/** `/features/<slug>/`: one page per feature. */
export async function featurePaths(locale: Locale) {
  const { features } = await getContent(locale);
  return features.map((feature) => ({ params: { slug: feature.id }, props: { feature } }));
}

/** `/arch/<id>/`: one page per architecture. */
export async function architecturePaths(locale: Locale) {
  const { architectures } = await getContent(locale);
  return architectures.map((architecture) => ({ params: { id: architecture.id }, props: { architecture } }));
}

/** `/categories/<category>/`, then `…/2/` and on: every feature of a category, in title order. */
export async function categoryPaths(locale: Locale, paginate: PaginateFunction) {
  const { features } = await getContent(locale);
  return groupFeaturesByCategory(features).flatMap((group) => paginate(group.features, { params: { category: group.category }, pageSize: CARDS_PER_PAGE }));
}

/**
 * `/arch/<id>/features/` (then `…/2/` and on): every feature written for an architecture, and at
 * `/arch/all/features/` every feature for every architecture. Built only for the lists too long to
 * show whole on `/arch/<id>/`, which links here.
 */
export async function architectureFeaturePaths(locale: Locale, paginate: PaginateFunction) {
  const { features, architectures } = await getContent(locale);
  const lists = architectures.map((arch) => ({ id: arch.id, name: arch.data.name, features: featuresForArchitecture(features, arch.id as ArchitectureId).specific }));
  lists.push({ id: ALL_ARCHITECTURES, name: '', features: sortFeatures(features).filter(isCrossArchitecture) });
  return lists
    .filter((list) => previewOf(list.features).truncated)
    .flatMap((list) => paginate(list.features, { params: { id: list.id }, props: { name: list.name }, pageSize: CARDS_PER_PAGE }));
}

/** `/matrix/`, then `/matrix/2/` and on: the feature × architecture table in pages of bounded rows. */
export async function matrixPaths(locale: Locale, paginate: PaginateFunction) {
  const { features, architectures } = await getContent(locale);
  return paginate(featureMatrix(features, architectures.map((arch) => arch.id)), { pageSize: MATRIX_ROWS_PER_PAGE });
}
