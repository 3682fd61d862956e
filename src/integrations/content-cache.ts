/**
 * When Astro's content cache may be reused. Astro keeps every page it rendered in a content store
 * (by default node_modules/.astro/data-store.json; .astro/ under `astro dev`) and reuses an entry
 * whenever the page's text is unchanged. It empties the store itself when the Astro config, the
 * content config or its own version changes, but two things it does not notice make an entry wrong:
 * - a change to the code that renders pages (the highlighter, the heading anchors, an MDX
 *   component, a dependency): the page keeps its old HTML;
 * - a page file that moved, .mdx to .md with the same slug and text: the entry keeps the old file,
 *   and the bundler then fails looking for it.
 *
 * This integration decides at `astro:config:setup`, which runs before every content sync of
 * `astro build`, `astro check` (`astro sync`) and `astro dev`, so none of them can skip it. It
 * writes the key *before* Astro syncs: the key then describes what the store holds, whether the
 * build that follows succeeds or not. (Written after a good build only, a failed build with other
 * rendering code left its pages in a store whose key still named the earlier code.)
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { listContentFiles } from '../config/content-files.ts';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { projectEnv } from '../config/env.ts';
import { dotAstroDir, storeDir } from '../config/astro-state.ts';
import { pageHtmlFolder } from '../markdown/fast-path/page-html.ts';

export interface ContentCacheKey {
  /** Absolute paths of the content files. */
  files: string[];
  /** Hash of everything that decides how a page renders. */
  renderer: string;
}

/** Folders whose code renders pages, and the files in them that count (recursive). */
const RENDERER_FOLDERS = [
  ['src/lib', /\.ts$/],
  ['src/integrations', /\.ts$/],
  ['src/markdown', /\.ts$/],
  // The publishing gate (what a page may publish; the content guard's rules read its allow-list and
  // URL rule) and the settings the renderers read: a stricter allow-list must re-check every
  // cached page, not only the pages edited since.
  ['src/safety', /\.ts$/],
  ['src/config', /\.ts$/],
  // Which Typograf rules a language's prose gets (src/markdown/typography.ts) is set here.
  ['src/translations', /\.ts$/],
  ['src/components/mdx', /\.(ts|astro)$/],
] as const;

/** Files whose change can change a rendered page: the config, our rendering code, the lockfile. */
export async function rendererFiles(root: string): Promise<string[]> {
  const files = [path.join(root, 'astro.config.mjs'), path.join(root, 'package-lock.json')];
  for (const [folder, pattern] of RENDERER_FOLDERS) {
    const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true });
    // Symbolic links count too (their target is read), so a linked file cannot go unnoticed.
    files.push(...entries.filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && pattern.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name)));
  }
  return files.sort();
}

/**
 * The key of a store filled from `contentFiles` by the code under `root`. A renderer file that cannot
 * be read fails here, naming it: hashing it as empty would let its changes go unnoticed.
 */
export async function contentCacheKey(root: string, contentFiles: readonly string[], mdxPath: string = projectEnv().mdxPath): Promise<ContentCacheKey> {
  const hash = createHash('sha256');
  // MDX pages hold their HTML in the store on the fast path only: switching paths must empty it.
  hash.update(`MDX_PATH=${mdxPath}\0`);
  for (const file of await rendererFiles(root)) {
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`Cannot read ${path.relative(root, file)} (${error.code ?? error.message}), which decides how pages render: the content cache cannot tell whether it changed. Fix its permissions, or remove it.`);
    });
    hash.update(`${path.relative(root, file)}\0`).update(bytes);
  }
  return { files: [...contentFiles].sort(), renderer: hash.digest('hex') };
}

/**
 * Whether the store must be emptied before Astro syncs: no record of what it holds, other rendering
 * code, or a content file that has gone since.
 * @example storeIsStale(undefined, key) // → true
 */
export function storeIsStale(recorded: ContentCacheKey | undefined, current: ContentCacheKey): boolean {
  if (!recorded || recorded.renderer !== current.renderer) return true;
  const now = new Set(current.files);
  return recorded.files.some((file) => !now.has(file));
}

/**
 * Empties the content store the way `astro build --force` does, with Astro's own function, so a
 * custom `cacheDir` and `experimental.collectionStorage: 'chunked'` (a folder, not a file) are
 * handled. Astro does not export it, and `--force` cannot be set from an integration (astro build
 * reads it before the integrations run), so it is imported from its file;
 * tests/unit/content-cache.test.ts fails if an Astro upgrade moves or changes it.
 */
export async function clearContentStore(config: Pick<AstroConfig, 'root' | 'cacheDir' | 'experimental'>, isDev: boolean): Promise<void> {
  const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  const file = path.join(astroDir, 'dist/core/sync/index.js');
  const { clearContentLayerCache } = (await import(pathToFileURL(file).href)) as { clearContentLayerCache?: (options: object) => Promise<void> };
  if (typeof clearContentLayerCache !== 'function') throw new Error(`${file} no longer exports clearContentLayerCache: see src/integrations/content-cache.ts for what it is used for, and use what this Astro version offers instead.`);
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  await clearContentLayerCache({ settings: { config, dotAstroDir: dotAstroDir(config) }, logger: quiet, isDev });
}

/** The file that records what the store holds, beside the store. */
export function keyFile(config: Pick<AstroConfig, 'root' | 'cacheDir'>, isDev: boolean): string {
  return fileURLToPath(new URL('qemu-docs-content-key.json', storeDir(config, isDev)));
}

export function contentCache(): AstroIntegration {
  return {
    name: 'qemu-docs:content-cache',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command === 'preview') return;
        const isDev = command === 'dev';
        const root = fileURLToPath(config.root);
        const key = await contentCacheKey(root, listContentFiles(projectEnv().contentDir).map((file) => file.path));
        const file = keyFile(config, isDev);
        const recorded = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as ContentCacheKey) : undefined;
        // The pages' HTML is kept in files beside the store (src/markdown/fast-path/page-html.ts): a store whose
        // folder of HTML is gone points at nothing, and the folder goes whenever the store is emptied.
        const htmlFolder = pageHtmlFolder(storeDir(config, isDev));
        if (storeIsStale(recorded, key) || (recorded && !existsSync(htmlFolder))) {
          await clearContentStore(config, isDev);
          await rm(htmlFolder, { recursive: true, force: true });
          if (recorded) logger.info('content store emptied: the rendering code changed, or a page file or the pages\' HTML went, since it was filled');
        }
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, JSON.stringify(key));
      },
    },
  };
}
