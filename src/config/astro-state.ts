import type { AstroConfig } from 'astro';

/** Where Astro keeps its per-project state; the dev server's content store lives there. */
export const dotAstroDir = (config: Pick<AstroConfig, 'root'>) => new URL('.astro/', config.root);

/**
 * The folder of Astro's content store: .astro/ under `astro dev`, its cacheDir (node_modules/.astro/)
 * for every other command. What is kept beside the store (its key, the pages' HTML) goes there too.
 */
export const storeDir = (config: Pick<AstroConfig, 'root' | 'cacheDir'>, isDev: boolean) => (isDev ? dotAstroDir(config) : config.cacheDir);
