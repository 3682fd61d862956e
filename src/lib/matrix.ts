import { isCrossArchitecture, sortFeatures, type FeatureEntry } from './features.ts';

/**
 * The feature × architecture table: a row per feature (title order), a cell per architecture id,
 * true where the feature applies (cross-architecture features apply everywhere).
 * @example featureMatrix([power9], ['x86', 'ppc'])[0].cells // → [{ applies: false }, { applies: true }]
 */
export type MatrixRow<T extends FeatureEntry = FeatureEntry> = { feature: T; cells: { applies: boolean }[] };

export function featureMatrix<T extends FeatureEntry>(features: readonly T[], architectureIds: readonly string[]): { feature: T; cells: { applies: boolean }[] }[] {
  return sortFeatures(features).map((feature) => ({
    feature,
    cells: architectureIds.map((id) => ({ applies: isCrossArchitecture(feature) || (feature.data.architectures as readonly string[]).includes(id) })),
  }));
}
