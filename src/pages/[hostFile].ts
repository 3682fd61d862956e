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
  // Netlify sets NETLIFY=true in its builds; its rules must be forced (see redirectsFile).
  const host = process.env['NETLIFY'] === 'true' ? 'netlify' : 'cloudflare';
  const base = import.meta.env.BASE_URL;
  return new Response(redirectsFile(base, featureRedirects(base, features), host), { headers: { 'content-type': 'text/plain' } });
};
