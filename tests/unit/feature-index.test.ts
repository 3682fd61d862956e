import { expect, test } from 'vitest';
import { featureIndexEntry } from '../../src/lib/feature-index.ts';
import type { FeatureData } from '../../src/lib/schema.ts';

const colo = {
  id: 'colo',
  data: { title: 'COLO', summary: 'S', category: 'reliability', architectures: ['all'], status: 'new', keywords: ['colo'], aliases: [], related: [], references: [], release: '2.8' } as FeatureData,
};

test('URLs are absolute, on the deploy host and base, and sections carry their anchors', () => {
  const entry = featureIndexEntry(colo, [{ depth: 2, slug: 'usage', text: 'Usage' }, { depth: 4, slug: 'deep', text: 'Deep' }], { site: new URL('https://x.org'), base: '/docs/' });
  expect(entry.url).toBe('https://x.org/docs/features/colo/');
  expect(entry.shortUrl).toBe('https://x.org/docs/f/colo/');
  expect(entry.sections).toEqual([{ id: 'usage', title: 'Usage', url: 'https://x.org/docs/features/colo/#usage' }]);
});
