import type { APIRoute } from 'astro';
// ?inline: the stylesheet as Vite processes it (minified in a build), as a string, not added to pages.
import printStyles from '../styles/print.css?inline';

/**
 * The print stylesheet, with the deploy's origin in front: CSS cannot resolve a relative href, so
 * internal links print as `--site-origin` followed by their href.
 */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('print.css needs the site URL (SITE_URL, src/config/env.ts) to print absolute links');
  return new Response(`:root{--site-origin:${JSON.stringify(site.origin)}}\n${printStyles}`, { headers: { 'content-type': 'text/css' } });
};
