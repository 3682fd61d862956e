import { describe, expect, test } from 'vitest';
import { featureNavigator, featuresForArchitecture, groupFeaturesByCategory, neighboursInCategory, sortFeatures } from '../../src/lib/features.ts';
import type { FeatureData } from '../../src/lib/schema.ts';

const feature = (id: string, title: string, category: FeatureData['category'], architectures: FeatureData['architectures']) => ({
  id,
  data: { title, summary: '', category, architectures, status: 'new', release: '2.8', keywords: [], aliases: [], related: [], references: [] } as FeatureData,
});

const colo = feature('colo', 'COLO', 'reliability', ['all']);
const panic = feature('guest-panic', 'Guest panic', 'reliability', ['all']);
const power9 = feature('power9', 'POWER9', 'cpu', ['ppc']);
const avx = feature('avx512', 'AVX-512', 'cpu', ['x86']);
const all = [power9, panic, avx, colo];

describe('features', () => {
  test('sorts by title', () => {
    expect(sortFeatures(all).map((f) => f.id)).toEqual(['avx512', 'colo', 'guest-panic', 'power9']);
  });
  test('groups in the fixed category order', () => {
    expect(groupFeaturesByCategory(all).map((g) => [g.category, g.features.map((f) => f.id)])).toEqual([
      ['reliability', ['colo', 'guest-panic']],
      ['cpu', ['avx512', 'power9']],
    ]);
  });
  test('previous and next stay within the category', () => {
    const neighbours = neighboursInCategory(groupFeaturesByCategory(all));
    expect(neighbours.get('colo')).toEqual({ next: panic });
    expect(neighbours.get('power9')).toEqual({ previous: avx });
  });
  test('an architecture lists its own features, then cross-architecture ones', () => {
    const { specific, crossArchitecture } = featuresForArchitecture(all, 'ppc');
    expect(specific.map((f) => f.id)).toEqual(['power9']);
    expect(crossArchitecture.map((f) => f.id)).toEqual(['colo', 'guest-panic']);
  });
});

describe('feature navigation', () => {
  const groups = groupFeaturesByCategory(all);
  const ids = (features: readonly { id: string }[]) => features.map((f) => f.id);
  /** A category of `count` features titled so that title order is number order: f00, f01, … */
  const devices = (count: number) => groupFeaturesByCategory(Array.from({ length: count }, (_, n) => feature(`f${String(n).padStart(2, '0')}`, `F${String(n).padStart(2, '0')}`, 'devices', ['all'])));

  test("lists the current feature's category in title order, and every category that has features", () => {
    expect(featureNavigator(groups)('power9')).toEqual({ category: 'cpu', features: [avx, power9], total: 2, categories: ['reliability', 'cpu'] });
  });
  test('a category within the limit is listed whole', () => {
    const nav = featureNavigator(devices(5), 5)('f02');
    expect(ids(nav.features)).toEqual(['f00', 'f01', 'f02', 'f03', 'f04']);
    expect(nav.total).toBe(5);
  });
  test('a longer category shows a window of `limit` features centred on the current one', () => {
    const nav = featureNavigator(devices(40), 5)('f20');
    expect(ids(nav.features)).toEqual(['f18', 'f19', 'f20', 'f21', 'f22']);
    expect(nav.total).toBe(40);
  });
  test('the window stays whole at either end of the category', () => {
    expect(ids(featureNavigator(devices(40), 5)('f00').features)).toEqual(['f00', 'f01', 'f02', 'f03', 'f04']);
    expect(ids(featureNavigator(devices(40), 5)('f39').features)).toEqual(['f35', 'f36', 'f37', 'f38', 'f39']);
  });
  test('the default limit keeps a page of a 1,000-feature category to 30 links, its own among them', () => {
    const nav = featureNavigator(devices(1000))('f07');
    expect(nav.features).toHaveLength(30);
    expect(ids(nav.features)).toContain('f07');
    expect(nav.total).toBe(1000);
  });
  test('an unknown feature or a limit below 1 is a bug, not an empty menu', () => {
    expect(() => featureNavigator(groups)('nope')).toThrow(/no category holds the feature "nope"/);
    expect(() => featureNavigator(groups, 0)('colo')).toThrow(/limit must be a positive integer/);
  });
});
