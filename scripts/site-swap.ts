/**
 * How `npm run build` publishes without ever losing a site, or anything that is not a site.
 *
 * Astro builds into `<out>.staging/site/`; when every check passed, two renames swap it in:
 * `<out>` → `<out>.previous`, then the new site → `<out>`. A build killed between the two renames
 * leaves no `<out>`, so every build first puts `<out>.previous` back (restoreInterruptedSwap).
 *
 * The build renames and deletes only folders it made. Each built site holds a marker file,
 * `.qemu-docs-site`, and so does the staging folder from the moment it is created; a folder in
 * any of these places without it is refused, with a message saying what to do. Why a dotfile in the
 * published site: it must travel with the folder it marks (a record elsewhere would not follow a
 * copy or a rename), some hosts do not upload dotfiles and the others serve a constant sentence
 * that holds no path, time or secret, so it also keeps builds reproducible.
 */
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { outDirProblem } from '../src/config/out-dir.ts';

export const SITE_MARKER = '.qemu-docs-site';
const MARKER_TEXT = 'Built by `npm run build` of the QEMU 2.8 documentation. The build replaces or deletes a folder only when this file is in it.\n';

/** The folders one build uses beside its output folder. */
export function swapFolders(outDir: string) {
  const staging = `${outDir}.staging`;
  return { outDir, staging, built: path.join(staging, 'site'), previous: `${outDir}.previous` };
}

/** Whether the build may delete or replace `dir`: it is missing, empty, or marked as the build's. */
export function mayReplace(dir: string): boolean {
  return !existsSync(dir) || existsSync(path.join(dir, SITE_MARKER)) || readdirSync(dir).length === 0;
}

/** Throws, saying how to proceed, when `dir` exists and is not something the build made. */
export function assertMayReplace(dir: string, root: string): void {
  if (mayReplace(dir)) return;
  const shown = path.relative(root, dir).startsWith('..') ? dir : path.relative(root, dir) || '.';
  throw new Error(
    `${shown}/ exists and was not built by npm run build (it has no ${SITE_MARKER} file), so the build will not replace or delete it.\n` +
      `  Set OUT_DIR to a folder of its own (or leave it unset for dist/), or move ${shown}/ away yourself if it holds nothing you need.`,
  );
}

/** `p` with symlinks resolved as far as it exists, so a link cannot smuggle the project in. */
function realpathAsFarAsExists(p: string): string {
  const rest: string[] = [];
  let existing = path.resolve(p);
  while (!existsSync(existing)) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync(existing), ...rest);
}

/** The out-dir guard (src/config/out-dir.ts) again, on the folders as they really are on disk. */
export function assertOutDirOnDisk(outDir: string, { root, contentDir }: { root: string; contentDir: string }): void {
  const problem = outDirProblem(realpathAsFarAsExists(outDir), { root: realpathAsFarAsExists(root), contentDir: realpathAsFarAsExists(contentDir) });
  if (problem) throw new Error(`OUT_DIR=${outDir} ${problem} (through a symbolic link). Choose a folder of its own, such as dist.`);
}

/**
 * After a build was killed between the two renames, `<out>` is missing and the last good site is in
 * `<out>.previous`: put it back. Returns whether it did.
 */
export async function restoreInterruptedSwap(outDir: string): Promise<boolean> {
  const { previous } = swapFolders(outDir);
  if (existsSync(outDir) || !existsSync(path.join(previous, SITE_MARKER))) return false;
  await rename(previous, outDir);
  return true;
}

/** Empties the staging folder (and a leftover `<out>.previous`) and returns where Astro builds. */
export async function prepareStaging(outDir: string, root: string): Promise<string> {
  const { staging, built, previous } = swapFolders(outDir);
  for (const dir of [staging, previous]) assertMayReplace(dir, root);
  await rm(staging, { recursive: true, force: true });
  if (existsSync(outDir)) await rm(previous, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await writeFile(path.join(staging, SITE_MARKER), MARKER_TEXT);
  return built;
}

/** Marks the built site as the build's and swaps it into `<out>`; the old site goes last. */
export async function publishStaged(outDir: string, root: string): Promise<void> {
  const { staging, built, previous } = swapFolders(outDir);
  await writeFile(path.join(built, SITE_MARKER), MARKER_TEXT);
  assertMayReplace(outDir, root);
  assertMayReplace(previous, root);
  await rm(previous, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, previous);
  await rename(built, outDir);
  await rm(previous, { recursive: true, force: true });
  await rm(staging, { recursive: true, force: true });
}
