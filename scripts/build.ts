/**
 * `npm run build`: checks the content files, builds into a staging folder, and replaces dist/ (or
 * OUT_DIR) only when everything (pages, search index, link check) succeeded. A failed or killed build
 * leaves the last good site in place, because `astro build` itself writes into its output folder as
 * it goes. How the folders are swapped, and why the build touches only folders it made:
 * scripts/site-swap.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentFiles, type ContentFile } from '../src/lib/content-files.ts';
import { formatContentProblems, type ContentProblem } from '../src/lib/content-graph.ts';
import { checkContentPages } from '../src/markdown/check-pages.ts';
import { checkTranslations, formatTranslationReport } from '../src/translations/check-translations.ts';
import { checkGlossary } from '../src/translations/glossary-check.ts';
import { LANGUAGE_RULES } from '../src/translations/language-rules.ts';
import { DEFAULT_LOCALE, LOCALES } from '../src/lib/i18n.ts';
import { contentFolder } from '../src/lib/content-layout.ts';
import { MDX_COMPONENT_NAMES } from '../src/components/mdx/names.ts';
import { readQemuFiles } from '../src/data/qemu-files.ts';
import { projectEnv, projectRoot as root } from '../src/config/env.ts';
import { endPhase } from '../src/build/build-phases.ts';
import { formatCount, formatSeconds, phaseLine } from '../src/lib/build-report.ts';
import { acquireBuildLock, releaseLockOnExit } from './build-lock.ts';
import { assertMayReplace, assertOutDirOnDisk, prepareStaging, publishStaged, restoreInterruptedSwap, SITE_MARKER, swapFolders } from './site-swap.ts';

// Unknown until the environment is parsed; fail() says what happened to the site in it.
let outDir: string | undefined = undefined;

/** A folder as the messages show it: relative inside the project, absolute outside. */
const shown = (dir: string) => (path.relative(root, dir).startsWith('..') ? dir : path.relative(root, dir) || '.');

function fail(message: string): never {
  const kept =
    outDir && existsSync(path.join(outDir, SITE_MARKER))
      ? `The last good site in ${shown(outDir)}/ was left as it was.`
      : outDir && !existsSync(outDir)
        ? 'Nothing was published.'
        : 'Nothing was built or replaced.';
  process.stderr.write(`\n✖ Build failed: ${message}\n  ${kept}\n`);
  process.exit(1);
}

// Astro's own --outDir (or --root, --config…) would build around the staging and the checks, so only
// its logging flags pass through.
let astroFlags: string[];
try {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean' }, silent: { type: 'boolean' } } });
  astroFlags = Object.keys(values).map((flag) => `--${flag}`);
} catch {
  fail(`npm run build takes no arguments but --verbose and --silent (got: ${process.argv.slice(2).join(' ')}).\n  Set OUT_DIR to choose the output folder, BASE_PATH and SITE_URL for the deploy (README, "Deploy").`);
}

let env: ReturnType<typeof projectEnv>;
try {
  env = projectEnv();
  assertOutDirOnDisk(env.outDir, { root, contentDir: env.contentDir });
} catch (error) {
  fail((error as Error).message);
}
outDir = env.outDir;
const { contentDir } = env;

// Astro keeps per-project state in .astro/ (the content data store, the module map), whatever the
// content folder: two builds at once in one checkout would read each other's state. Take turns.
let astro: ChildProcess | undefined;
let stopping = false;
const lock = await acquireBuildLock(path.join(root, '.astro', 'build.lock'));
releaseLockOnExit(lock, async (signal) => {
  stopping = true;
  // Stop Astro before the lock goes, or the next build would share its staging folder and store.
  if (!astro || astro.exitCode !== null || astro.signalCode !== null) return;
  const exited = new Promise((resolve) => astro!.once('exit', resolve));
  astro.kill(signal);
  await exited;
});

// Before anything else: a build killed between the two renames left no site in place.
if (await restoreInterruptedSwap(outDir)) process.stderr.write(`Restored the last good site from ${shown(swapFolders(outDir).previous)}/ (a build was interrupted while publishing).\n`);
try {
  assertMayReplace(outDir, root);
} catch (error) {
  fail((error as Error).message);
}

async function readCollection(folder: string, problems: ContentProblem[]): Promise<ContentFile[]> {
  const dir = path.join(contentDir, folder);
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  // Astro's loader reads only the files directly in the folder: a page in a sub-folder would never be published.
  for (const entry of entries.filter((entry) => entry.isDirectory())) {
    problems.push({ file: path.relative(root, path.join(dir, entry.name)) + '/', field: '(folder)', message: `pages must sit directly in ${path.relative(root, dir)}/, so nothing in this folder is published. Move its pages up, or the folder out of the content.` });
  }
  const names = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  // One file open at a time: all at once opened every page together, which fails with EMFILE once a
  // site has more pages than the process may open files (20,000 here).
  return names.sort().map((name) => ({ name, path: path.relative(root, path.join(dir, name)), bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
}

const problems: ContentProblem[] = [];
const pageContext = { components: MDX_COMPONENT_NAMES, qemuFiles: readQemuFiles() };
const contentFiles = { features: await readCollection(contentFolder(DEFAULT_LOCALE, 'features'), problems), architectures: await readCollection(contentFolder(DEFAULT_LOCALE, 'architectures'), problems) };
problems.push(
  ...checkContentFiles(contentFiles.features, ['md', 'mdx']),
  ...checkContentFiles(contentFiles.architectures, ['md']),
  ...checkContentPages(contentFiles.features, 'features', pageContext),
  ...checkContentPages(contentFiles.architectures, 'architectures', pageContext),
);
// Each other edition: its pages under content/<locale>/, checked as pages, against the English ones,
// and against the edition's glossary, if its language has one (src/translations/language-rules.ts).
const translationReports: string[] = [];
const checkedCounts = [`${formatCount(contentFiles.features.length)} features and ${formatCount(contentFiles.architectures.length)} architectures`];
for (const locale of LOCALES.filter((candidate) => candidate !== DEFAULT_LOCALE)) {
  const features = await readCollection(contentFolder(locale, 'features'), problems);
  const architectures = await readCollection(contentFolder(locale, 'architectures'), problems);
  checkedCounts.push(`${formatCount(features.length + architectures.length)} ${locale} translations`);
  problems.push(
    ...checkContentFiles(features, ['mdx']),
    ...checkContentFiles(architectures, ['md']),
    ...checkContentPages(features, 'featureTranslations', pageContext),
    ...checkContentPages(architectures, 'architectureTranslations', pageContext),
  );
  const glossary = LANGUAGE_RULES[locale]?.glossary;
  if (glossary) problems.push(...checkGlossary([...features, ...architectures], glossary.entries, glossary.news));
  const checked = [await checkTranslations(contentFiles.features, features), await checkTranslations(contentFiles.architectures, architectures)];
  problems.push(...checked.flatMap((result) => result.problems));
  translationReports.push(formatTranslationReport(locale, checked.flatMap((result) => result.report)));
}
if (problems.length > 0) fail(formatContentProblems(problems));
process.stdout.write(`${phaseLine('content checks', endPhase('content checks'), checkedCounts.join(', '))}\n${translationReports.join('\n')}\n`);

let stagingOut: string;
try {
  stagingOut = await prepareStaging(outDir, root);
} catch (error) {
  fail((error as Error).message);
}
// Whether Astro's content store may be reused is decided by src/integrations/content-cache.ts, in
// Astro's own start-up, so that astro check and astro dev cannot skip it.
// Astro 7.3 rewrites its list of MDX modules only when one is added, so a deleted MDX page stays
// listed and bundling fails; without the file, Astro writes it afresh from the store.
await rm(path.join(root, '.astro', 'content-modules.mjs'), { force: true });
const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const exitCode = await new Promise<number>((resolve) => {
  // --expose-gc: src/integrations/release-bundler-memory.ts frees the bundler's garbage before pages render.
  // --max-semi-space-size=8 (MiB, a Node option): V8's young generation, where short-lived objects
  // are born, grows to about 100 MB by default on a heap this large. Capped, the build holds less at
  // its peak: 1,000 pages 776–794 MB → 688–720 MB over seven builds each, for 0.8 s more collecting
  // in a 37 s build (CPU profiles of both).
  astro = spawn(process.execPath, ['--expose-gc', '--max-semi-space-size=8', astroBin, 'build', '--outDir', stagingOut, ...astroFlags], {
    cwd: root,
    stdio: 'inherit',
    // BUILD_LOG=compact: a line per phase and a progress line instead of Astro's line per route
    // (src/build/build-log.ts, set in astro.config.mjs); --verbose keeps Astro's listing.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(astroFlags.length === 0 ? { BUILD_LOG: 'compact' } : {}) },
  });
  astro.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});
// Stopped by a signal: its handler exits once Astro has, with the signal's code; do nothing more here.
if (stopping) await new Promise(() => {});
if (exitCode !== 0) {
  await rm(swapFolders(outDir).staging, { recursive: true, force: true });
  fail('astro build reported the error above (file, field or line, and what to change).');
}

try {
  await publishStaged(outDir, root);
} catch (error) {
  fail((error as Error).message);
}
endPhase('publishing');
process.stdout.write(`\n✔ Site written to ${shown(outDir)}/ in ${formatSeconds(performance.now() / 1000)}\n`);
