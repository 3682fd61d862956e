import type { APIRoute } from 'astro';

/** Allows everything and names the sitemap, with the deploy's own host and base. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'content-type': 'text/plain' } });
};
