import type { APIRoute } from 'astro';
import { getContent } from '../../data/collections.ts';
import { editionOf } from '../../data/edition.ts';
import { editionPaths } from '../../data/static-paths.ts';
import { llmsTxt } from '../../lib/for-tools.ts';

/** Every page of an edition with its summary, for tools and agents (https://llmstxt.org): /llms.txt, /ru/llms.txt. */
export const getStaticPaths = editionPaths;

export const GET: APIRoute = async ({ site, currentLocale }) => {
  const { locale, ui, base } = editionOf(currentLocale);
  const { features, architectures } = await getContent(locale);
  return new Response(llmsTxt(features, architectures, { site: site ?? new URL('http://localhost/'), base: import.meta.env.BASE_URL }, { root: base, ui }), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
