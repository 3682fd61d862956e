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
 * The previous and next feature of every feature, within its category, in title order, from the
 * groups of `groupFeaturesByCategory` (computed once per edition), so building N pages costs one
 * pass, not N sorts.
 * @example neighboursInCategory(groupFeaturesByCategory([a, b])).get(a.id) // → { next: b } when a and b share a category
 */
export function neighboursInCategory<T extends FeatureEntry>(groups: readonly { features: readonly T[] }[]): Map<string, { previous?: T; next?: T }> {
  const neighbours = new Map<string, { previous?: T; next?: T }>();
  for (const { features: siblings } of groups) {
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

/** The most features of one category a page's navigation lists; past it, a link to all of them. */
export const NAVIGATION_LIMIT = 30;

/** What a feature page's navigation shows: its category's features, bounded, and every category. */
export interface FeatureNavigation<T extends FeatureEntry> {
  category: Category;
  /** At most `limit` features of the category, in title order, always including the current one. */
  features: T[];
  /** How many features the category has; more than `features.length` when the list is cut. */
  total: number;
  /** The categories that have features, in the fixed order, the current one included. */
  categories: Category[];
}

/**
 * The navigation of every feature page, from the groups of `groupFeaturesByCategory`: built once per
 * build, it finds each page's place in one lookup (searching the groups per page was O(N) a page).
 * A category longer than `limit` shows a window of `limit` features around the current one, so a
 * page's size stays bounded however large the site grows.
 * @example featureNavigator(groups)('colo').features // → the features of colo's category, colo among them
 */
export function featureNavigator<T extends FeatureEntry>(
  groups: readonly { category: Category; features: readonly T[] }[],
  limit = NAVIGATION_LIMIT,
): (currentId: string) => FeatureNavigation<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`featureNavigator: limit must be a positive integer, not ${limit}`);
  const categories = groups.map((candidate) => candidate.category);
  const places = new Map<string, { group: (typeof groups)[number]; index: number }>();
  for (const group of groups) group.features.forEach((feature, index) => places.set(feature.id, { group, index }));
  return (currentId) => {
    const place = places.get(currentId);
    if (!place) throw new Error(`featureNavigator: no category holds the feature "${currentId}"`);
    const { group, index } = place;
    // The window is centred on the current feature, and slides to stay whole at either end of the list.
    const start = Math.max(0, Math.min(index - Math.floor(limit / 2), group.features.length - limit));
    return { category: group.category, features: group.features.slice(start, start + limit), total: group.features.length, categories };
  };
}
