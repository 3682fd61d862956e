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

/**
 * The previous and next feature of every feature, within its category, in title order. Computed once
 * for the whole site (a sort per category), so building N pages costs one pass, not N sorts.
 * @example neighboursInCategory([a, b]).get(a.id) // → { next: b } when a and b share a category
 */
export function neighboursInCategory<T extends FeatureEntry>(features: readonly T[]): Map<string, { previous?: T; next?: T }> {
  const neighbours = new Map<string, { previous?: T; next?: T }>();
  for (const { features: siblings } of groupFeaturesByCategory(features)) {
    siblings.forEach((feature, index) => {
      const previous = siblings[index - 1];
      const next = siblings[index + 1];
      neighbours.set(feature.id, { ...(previous ? { previous } : {}), ...(next ? { next } : {}) });
    });
  }
  return neighbours;
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
