import type { APIRoute } from 'astro';
import { getContent } from '../data/collections.ts';
import { featureRedirects, redirectsFile } from '../lib/redirects.ts';

// Files that static hosts read from the site root. `_redirects` cannot be a page file of its own:
// Astro skips files whose names start with an underscore, so it is a parameter here.
export async function getStaticPaths() {
  return [{ params: { hostFile: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const { features } = await getContent();
  return new Response(redirectsFile(featureRedirects(import.meta.env.BASE_URL, features)), { headers: { 'content-type': 'text/plain' } });
};
