/**
 * Where the built site may go. `scripts/build.ts` swaps the folder it builds into and deletes the one
 * it replaces, so an output folder that holds anything else loses it: `OUT_DIR=` (empty, as from an
 * unset `$DEPLOY_DIR`) once meant the project root, and `OUT_DIR=content` replaced the pages with the site.
 */
import path from 'node:path';

/** Folders of the project that hold work (or what the build runs on), never a built site. */
export const PROTECTED_FOLDERS = ['src', 'content', 'public', 'scripts', 'tests', 'node_modules', '.git', '.astro'] as const;

/** Whether `inner` is `outer` or lies inside it (both absolute and normalised). */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Why the project at `root` must not publish into `outDir`, or undefined when it may. Paths are
 * absolute; `contentDir` matters when CONTENT_DIR points outside the project. The build checks the
 * paths again with symlinks resolved.
 * @example outDirProblem('/work/site/content', { root: '/work/site' }) // → 'is inside content/, …'
 */
export function outDirProblem(outDir: string, { root, contentDir }: { root: string; contentDir?: string }): string | undefined {
  const out = path.resolve(outDir);
  const project = path.resolve(root);
  const replaced = 'which the build would replace with the site';
  if (out === project) return `is the project folder itself, ${replaced}`;
  if (isWithin(project, out)) return `holds the project folder, ${replaced}`;
  const inside = PROTECTED_FOLDERS.find((folder) => isWithin(out, path.join(project, folder)));
  if (inside) return `is inside ${inside}/, ${replaced}`;
  if (contentDir && (isWithin(out, contentDir) || isWithin(contentDir, out))) return `is or holds the content folder (CONTENT_DIR), ${replaced}`;
  return undefined;
}
