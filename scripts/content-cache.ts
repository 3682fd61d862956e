/**
 * When Astro's content cache may be reused. Astro keeps every page it rendered in a content store
 * (node_modules/.astro/data-store.json) and reuses an entry whenever the page's text is unchanged.
 * Two things it does not notice make that entry wrong:
 * - a change to the code that renders pages (the highlighter, the heading anchors, a dependency):
 *   the page keeps its old HTML;
 * - a page file that moved, .mdx to .md with the same slug and text: the entry keeps the old file,
 *   and the bundler then fails looking for it.
 * scripts/build.ts records both after each good build and empties the store when either changed.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ContentCacheKey {
  /** Absolute paths of the content files. */
  files: string[];
  /** Hash of everything that decides how a page renders. */
  renderer: string;
}

/** Files whose change can change a rendered page: the config, our rendering code, the lockfile. */
async function rendererFiles(root: string): Promise<string[]> {
  const inFolder = async (folder: string) => (await readdir(path.join(root, folder))).filter((name) => name.endsWith('.ts')).map((name) => path.join(root, folder, name));
  return [path.join(root, 'astro.config.mjs'), path.join(root, 'package-lock.json'), ...(await inFolder('src/integrations')), ...(await inFolder('src/lib'))].sort();
}

export async function contentCacheKey(root: string, contentFiles: readonly string[]): Promise<ContentCacheKey> {
  const hash = createHash('sha256');
  for (const file of await rendererFiles(root)) hash.update(`${path.relative(root, file)}\0`).update(await readFile(file).catch(() => Buffer.alloc(0)));
  return { files: [...contentFiles].sort(), renderer: hash.digest('hex') };
}

/**
 * Whether the store must be emptied before building: no record of the last good build (its files
 * are unknown), other rendering code, or a content file that has gone since.
 * @example storeIsStale(undefined, key) // → true
 */
export function storeIsStale(lastGood: ContentCacheKey | undefined, current: ContentCacheKey): boolean {
  if (!lastGood || lastGood.renderer !== current.renderer) return true;
  const now = new Set(current.files);
  return lastGood.files.some((file) => !now.has(file));
}
