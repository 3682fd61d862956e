import { existsSync } from 'node:fs';
import { rename, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n.ts';

/**
 * Astro writes the root 404 page as `404.html`, but another edition's (src/pages/[...locale]/404.astro) as
 * `ru/404/index.html`, a page of its own. Hosts look for a file named 404.html: Cloudflare Pages the
 * nearest one up the path, Netlify the one its `_redirects` rule names (src/lib/redirects.ts). So
 * each edition's 404 page is moved to `<locale>/404.html`, where both find it.
 */
export async function placeEdition404Pages(outDir: string): Promise<void> {
  for (const locale of LOCALES.filter((candidate) => candidate !== DEFAULT_LOCALE)) {
    const folder = path.join(outDir, locale, '404');
    if (!existsSync(path.join(folder, 'index.html'))) continue;
    await rename(path.join(folder, 'index.html'), path.join(outDir, locale, '404.html'));
    await rmdir(folder);
  }
}
