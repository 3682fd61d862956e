import { describe, expect, test } from 'vitest';
import { featuresForArchitecture, groupFeaturesByCategory, neighboursInCategory, sortFeatures } from '../../src/lib/features.ts';
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
    const neighbours = neighboursInCategory(all);
    expect(neighbours.get('colo')).toEqual({ next: panic });
    expect(neighbours.get('power9')).toEqual({ previous: avx });
  });
  test('an architecture lists its own features, then cross-architecture ones', () => {
    const { specific, crossArchitecture } = featuresForArchitecture(all, 'ppc');
    expect(specific.map((f) => f.id)).toEqual(['power9']);
    expect(crossArchitecture.map((f) => f.id)).toEqual(['colo', 'guest-panic']);
  });
});
