import type { APIRoute } from 'astro';
import { getContent } from '../data/collections.ts';
import { editionRedirects, redirectsFile } from '../lib/redirects.ts';
import { projectEnv } from '../config/env.ts';

// Files that static hosts read from the site root. `_redirects` cannot be a page file of its own:
// Astro skips files whose names start with an underscore, so it is a parameter here.
export async function getStaticPaths() {
  return [{ params: { hostFile: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const { features } = await getContent();
  const base = import.meta.env.BASE_URL;
  return new Response(redirectsFile(base, editionRedirects(base, features), projectEnv().redirectsHost), { headers: { 'content-type': 'text/plain' } });
};
