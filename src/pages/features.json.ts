import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { getContent } from '../data/collections.ts';
import { featureIndexEntry } from '../lib/feature-index.ts';
import { sortFeatures } from '../lib/features.ts';

/** A machine-readable index of every feature, for wiki bots and scripts. */
export const GET: APIRoute = async ({ site }) => {
  const { features } = await getContent();
  const entries = await Promise.all(
    sortFeatures(features).map(async (feature) => {
      const { headings } = await render(feature);
      return featureIndexEntry(feature, headings, { site: site ?? new URL('http://localhost/'), base: import.meta.env.BASE_URL });
    }),
  );
  return new Response(`${JSON.stringify({ release: '2.8', features: entries }, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
