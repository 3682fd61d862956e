import type { APIRoute } from 'astro';
import { getContent } from '../data/collections.ts';
import { llmsTxt } from '../lib/for-tools.ts';

/** Every page with its summary, for tools and agents (https://llmstxt.org). */
export const GET: APIRoute = async ({ site }) => {
  const { features, architectures } = await getContent();
  return new Response(llmsTxt(features, architectures, { site: site ?? new URL('http://localhost/'), base: import.meta.env.BASE_URL }), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
