/**
 * `npm run build`: checks the content files, builds into a staging folder, and replaces dist/ only
 * when everything (pages, search index, link check) succeeded. A failed build leaves the last good
 * site in dist/ untouched, because `astro build` itself writes into its output folder as it goes.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkContentFiles, type ContentFile } from '../src/lib/content-files.ts';
import { acquireBuildLock } from './build-lock.ts';
import { contentCacheKey, storeIsStale, type ContentCacheKey } from './content-cache.ts';
import { formatContentProblems } from '../src/lib/content-graph.ts';
import { projectEnv, projectRoot, type ProjectEnv } from '../src/config/env.ts';

const root = projectRoot;
let env: ProjectEnv;
try {
  env = projectEnv();
} catch (error) {
  process.stderr.write(`\n✖ Build failed: ${(error as Error).message}\n  Nothing was built or replaced.\n`);
  process.exit(1);
}
const { contentDir, outDir } = env;
const stagingDir = `${outDir}.staging`;
const previousDir = `${outDir}.previous`;

async function readCollection(folder: string): Promise<ContentFile[]> {
  const dir = path.join(contentDir, folder);
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
  return Promise.all(
    names.sort().map(async (name) => ({ name, path: path.relative(root, path.join(dir, name)), bytes: new Uint8Array(await readFile(path.join(dir, name))) })),
  );
}

function fail(message: string): never {
  process.stderr.write(`\n✖ Build failed: ${message}\n  ${existsSync(outDir) ? `The last good site in ${path.relative(root, outDir)}/ was left as it was.` : 'Nothing was published.'}\n`);
  process.exit(1);
}

const contentFiles = { features: await readCollection('features'), architectures: await readCollection('architectures') };
const problems = [...checkContentFiles(contentFiles.features, ['md', 'mdx']), ...checkContentFiles(contentFiles.architectures, ['md'])];
if (problems.length > 0) fail(formatContentProblems(problems));

// Astro keeps per-project state in .astro/ (the content data store, the module map), whatever the
// content folder: two builds at once in one checkout would read each other's state. Take turns.
const releaseLock = await acquireBuildLock(path.join(root, '.astro', 'build.lock'));
process.on('exit', releaseLock);

await rm(stagingDir, { recursive: true, force: true });
// Astro's content store can hold pages rendered by older code or from a file that has gone
// (scripts/content-cache.ts); then it is emptied, and the next sync renders every page afresh.
const cacheDir = path.join(root, 'node_modules', '.astro');
const lastGoodKeyFile = path.join(cacheDir, 'content-cache-key.json');
const cacheKey = await contentCacheKey(root, [...contentFiles.features, ...contentFiles.architectures].map((file) => path.resolve(root, file.path)));
const lastGoodKey = existsSync(lastGoodKeyFile) ? (JSON.parse(await readFile(lastGoodKeyFile, 'utf8')) as ContentCacheKey) : undefined;
if (storeIsStale(lastGoodKey, cacheKey)) await rm(path.join(cacheDir, 'data-store.json'), { force: true });
// Astro 7.3 rewrites its list of MDX modules only when one is added, so a deleted MDX page stays
// listed and bundling fails; without the file, Astro writes it afresh from the store.
await rm(path.join(root, '.astro', 'content-modules.mjs'), { force: true });
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const exitCode = await new Promise<number>((resolve) => {
  // --expose-gc: src/integrations/release-bundler-memory.ts frees the bundler's garbage before pages render.
  const child = spawn(process.execPath, ['--expose-gc', astro, 'build', '--outDir', stagingDir, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});
if (exitCode !== 0) {
  await rm(stagingDir, { recursive: true, force: true });
  fail('astro build reported the error above (file, field or line, and what to change).');
}

// Swap in two renames so dist/ is never half-written; the previous site goes only after the swap.
await rm(previousDir, { recursive: true, force: true });
if (existsSync(outDir)) await rename(outDir, previousDir);
await rename(stagingDir, outDir);
await rm(previousDir, { recursive: true, force: true });
await mkdir(cacheDir, { recursive: true });
await writeFile(lastGoodKeyFile, JSON.stringify(cacheKey));
process.stdout.write(`\n✔ Site written to ${path.relative(root, outDir)}/\n`);
