import { ALL_ARCHITECTURES, CATEGORIES, type ArchitectureId, type Category } from './vocabulary.ts';
import type { FeatureData } from './schema.ts';

/** The part of a content entry this module needs; a `CollectionEntry<'features'>` fits. */
export interface FeatureEntry {
  id: string;
  data: FeatureData;
}

/** Orders features by title, so lists and previous/next links are stable and predictable. */
export function sortFeatures<T extends FeatureEntry>(features: readonly T[]): T[] {
  return [...features].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id));
}

/** Groups features by category in the fixed category order, leaving out empty categories. */
export function groupFeaturesByCategory<T extends FeatureEntry>(features: readonly T[]): { category: Category; features: T[] }[] {
  const sorted = sortFeatures(features);
  return CATEGORIES.map((category) => ({
    category,
    features: sorted.filter((feature) => feature.data.category === category),
  })).filter((group) => group.features.length > 0);
}

/** The previous and next feature within the same category, in title order. */
export function neighboursInCategory<T extends FeatureEntry>(features: readonly T[], current: T): { previous?: T; next?: T } {
  const siblings = sortFeatures(features.filter((feature) => feature.data.category === current.data.category));
  const index = siblings.findIndex((feature) => feature.id === current.id);
  const previous = index > 0 ? siblings[index - 1] : undefined;
  const next = index >= 0 && index < siblings.length - 1 ? siblings[index + 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** True when the feature applies to every guest architecture. */
export function isCrossArchitecture(feature: FeatureEntry): boolean {
  return feature.data.architectures.includes(ALL_ARCHITECTURES);
}

/**
 * What an architecture's index lists: first the features written for it, then the
 * cross-architecture features that also apply to it.
 */
export function featuresForArchitecture<T extends FeatureEntry>(features: readonly T[], architecture: ArchitectureId): { specific: T[]; crossArchitecture: T[] } {
  const sorted = sortFeatures(features);
  return {
    specific: sorted.filter((feature) => (feature.data.architectures as readonly string[]).includes(architecture)),
    crossArchitecture: sorted.filter(isCrossArchitecture),
  };
}
