/**
 * `npm run bench`: what the build, the pages and the first search cost as the site grows. For each
 * size it writes that many synthetic feature pages (scripts/bench/synthetic.ts) beside the real
 * content in a private copy of the project and builds it cold with `node scripts/build.ts` under
 * /usr/bin/time. It reports wall and CPU time, peak memory, the bytes of each page type, one cold
 * first query through the search dialog, what Shiki costs on the same pages' code blocks and, when
 * asked, Lighthouse scores. Ratios and bytes carry over between machines; seconds do not (the
 * machine is shared), so nothing here passes or fails. Writes bench-results/bench.json.
 *
 *   npm run bench -- --pages 100,1000 --format mdx --only build,shiki,search,lighthouse
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { phaseSeconds, type PhaseEnd } from '../src/build/build-phases.ts';
import { searchBundle } from '../src/build/pagefind.ts';
import { isSearchBundleFolder } from '../src/lib/search-shards.ts';
import { createCodeHighlighter } from '../src/lib/code-highlighter.ts';
import { LOCALES } from '../src/lib/i18n.ts';
import { syntheticPages, syntheticSlug } from './bench/synthetic.ts';
import { kB, measureColdQuery, median, type ColdQuery } from './bench-search.ts';
import { CHROMIUM } from './lib/browser.ts';
import { serveSite } from './lib/serve.ts';

const USAGE = `Usage: npm run bench -- [options]
  --pages 100,1000   synthetic page counts to build (default 1000)
  --format md        file type of the synthetic pages: md (default) or mdx
  --only ...         build (time, memory, bytes), search (a cold first query), shiki (highlighting the
                     same code blocks alone), lighthouse (slow), dev (an author's loop under astro
                     dev: the first page with an empty and with a kept content store, then saves);
                     default build,search,shiki. Search, Shiki, Lighthouse and dev measure the
                     largest size.
  --saves 9          saves of one page timed by dev, one after the other
  --query virtio     the word searched for in the cold first query
  --lighthouse-runs 3  Lighthouse runs per page type; the median score is reported, with the range
  --keep             keep the temporary project copy with its content and builds`;
const PARTS = ['build', 'search', 'shiki', 'lighthouse', 'dev'];

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    format: { type: 'string', default: 'md' },
    only: { type: 'string', default: 'build,search,shiki' },
    query: { type: 'string', default: 'virtio' },
    'lighthouse-runs': { type: 'string', default: '3' },
    saves: { type: 'string', default: '9' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const sizes = values.pages.split(',').map(Number);
const only = new Set(values.only.split(','));
const format = values.format as 'md' | 'mdx';
const lighthouseRuns = Number(values['lighthouse-runs']);
const problem = [
  sizes.some((size) => !Number.isInteger(size) || size < 1) && `--pages takes whole numbers, like 100,1000: "${values.pages}"`,
  format !== 'md' && format !== 'mdx' && `--format takes md or mdx: "${format}"`,
  [...only].some((part) => !PARTS.includes(part)) && `--only takes ${PARTS.join(', ')}: "${values.only}"`,
  (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) && `--lighthouse-runs takes a whole number from 1: "${values['lighthouse-runs']}"`,
  (only.has('search') || only.has('lighthouse')) && !only.has('build') && '--only search and lighthouse need build',
  !existsSync('/usr/bin/time') && 'no /usr/bin/time: apt-get install time',
].find((message) => typeof message === 'string');
if (values.help || problem) {
  (problem ? process.stderr : process.stdout).write(`${problem ? `npm run bench: ${problem}\n\n` : ''}${USAGE}\n`);
  process.exit(problem ? 2 : 0);
}

const projectRoot = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const seconds = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} s`;
/** Left-aligned first column, right-aligned numbers. */
const table = (rows: string[][]) => {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')}`).join('\n');
};

// Astro keeps per-build state inside the project (.astro/, node_modules/.astro/), so the benchmark
// builds in a copy of its own: every build starts cold, and it can run beside `npm test` or a build
// in the checkout. The copy links the packages but not Astro's and Vite's caches.
const work = await mkdtemp(path.join(os.tmpdir(), 'qemu-docs-bench-'));
process.once('exit', () => values.keep || rmSync(work, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
const copy = path.join(work, 'project');
for (const entry of await readdir(projectRoot)) {
  if (['node_modules', '.git', '.astro', 'tests', 'test-results', 'bench-results', 'screenshots'].includes(entry) || entry.startsWith('dist')) continue;
  await cp(path.join(projectRoot, entry), path.join(copy, entry), { recursive: true });
}
await mkdir(path.join(copy, 'node_modules'));
for (const entry of await readdir(path.join(projectRoot, 'node_modules'))) {
  if (!['.astro', '.vite', '.cache'].includes(entry)) await symlink(path.join(projectRoot, 'node_modules', entry), path.join(copy, 'node_modules', entry));
}
const dist = path.join(copy, 'dist');
const realPages = (await readdir(path.join(projectRoot, 'content', 'features'))).filter((name) => /\.mdx?$/.test(name)).length;

interface Build {
  pages: number;
  wallSeconds: number;
  /** User + system time of the process tree: other load on the machine stretches it less than wall time. */
  cpuSeconds: number;
  /** GNU time's %M: the peak RSS of the largest process in the tree (`astro build`, or at scale Pagefind's indexer). compare-starlight.sh takes the same measure. */
  peakRssBytes: number;
  /** Seconds per phase, in order (src/build/build-phases.ts); the first search index includes reading the built pages, which runs beside it. */
  phases: [string, number][];
}

/** The copy's content: the real pages plus `pages` synthetic ones; Astro's caches emptied, so what follows starts cold. */
async function writeContent(pages: number): Promise<void> {
  const content = path.join(copy, 'content');
  for (const dir of [content, dist, path.join(copy, '.astro'), path.join(copy, 'node_modules', '.astro')]) await rm(dir, { recursive: true, force: true });
  await cp(path.join(projectRoot, 'content'), content, { recursive: true });
  for (const page of syntheticPages(pages, 1, format)) await writeFile(path.join(content, 'features', page.fileName), page.source);
}

/** The environment of a build or a dev server in the copy: a root deploy on the default host, whatever the caller's shell says, so runs compare. */
function copyEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of ['BASE_PATH', 'SITE_URL', 'CONTENT_DIR', 'OUT_DIR']) delete env[name];
  return env;
}

/** A cold build of the real content plus `pages` synthetic pages, into the copy's dist/. */
async function build(pages: number): Promise<Build> {
  await writeContent(pages);
  const env = copyEnv();
  const timeFile = path.join(work, 'time');
  const phasesFile = path.join(work, `phases-${pages}.jsonl`);
  env['BUILD_PHASES_FILE'] = phasesFile;
  const startedAt = Date.now();
  try {
    await run('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, 'scripts/build.ts'], { cwd: copy, env, maxBuffer: 1 << 30 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`the ${pages}-page build failed:\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-30).join('\n')}`, { cause: error });
  }
  const [wall, user, system, rssKb] = (await readFile(timeFile, 'utf8')).trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number, number];
  const ends = (await readFile(phasesFile, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as PhaseEnd);
  return { pages, wallSeconds: wall, cpuSeconds: user + system, peakRssBytes: rssKb * 1024, phases: phaseSeconds(ends, startedAt) };
}

/** The page types a reader meets, by their path in the built site. */
// The Russian edition's overview and a Russian feature page (real text) stand for /ru/: the synthetic pages have no translation there.
const PAGE_TYPES = { home: '', feature: `features/${syntheticSlug(0)}/`, architecture: 'arch/x86/', matrix: 'matrix/', search: 'search/', 'ru home': 'ru/', 'ru feature': 'ru/features/colo/' };
type Bytes = { html: number; css: number; js: number };

/** gzip -6 bytes of each page type's HTML, and of the stylesheets and scripts it runs at load (not lazy imports). */
async function pageBytes(): Promise<Record<string, Bytes>> {
  const gzipped = async (file: string) => gzipSync(await readFile(file), { level: 6 }).length;
  const bytes: Record<string, Bytes> = {};
  for (const [type, page] of Object.entries(PAGE_TYPES)) {
    const file = path.join(dist, page, 'index.html');
    const assets: string[] = [];
    let inScript = false;
    let inlineScripts = '';
    new Parser({
      onopentag(name, attributes) {
        const rel = attributes['rel']?.split(/\s+/) ?? [];
        if (name === 'link' && attributes['href'] && (rel.includes('stylesheet') || rel.includes('modulepreload'))) assets.push(attributes['href']);
        if (name === 'script' && attributes['src']) assets.push(attributes['src']);
        inScript = name === 'script' && !attributes['src'] && !/json/.test(attributes['type'] ?? '');
      },
      ontext: (text) => (inlineScripts += inScript ? text : ''),
      onclosetag: () => (inScript = false),
    }).end(await readFile(file, 'utf8'));
    // Inline scripts count twice: in the HTML, and as the JS that runs at load (as tests/site/weight.test.ts counts it).
    const entry: Bytes = { html: await gzipped(file), css: 0, js: inlineScripts ? gzipSync(inlineScripts, { level: 6 }).length : 0 };
    for (const asset of new Set(assets)) entry[asset.endsWith('.css') ? 'css' : 'js'] += await gzipped(path.join(dist, asset.split(/[?#]/)[0] as string));
    bytes[type] = entry;
  }
  return bytes;
}

/**
 * Shiki's cost on its own: the code blocks of `pages` synthetic pages highlighted by the site's
 * highlighter (a fresh one, so grammar loading counts, as in a build), against the same blocks only
 * escaped, as the build would write them without highlighting. In-process and single-threaded, as
 * the build runs it; MDX pages take the hast path, whose JSX compilation is not counted.
 */
async function shikiCost(pages: number) {
  const blocks = syntheticPages(pages, 1, format).flatMap((page) => page.blocks);
  const highlighter = createCodeHighlighter();
  let started = performance.now();
  for (const block of blocks) await highlighter.toHtml(block);
  const highlightSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  let escaped = 0;
  for (const block of blocks) escaped += `<pre><code>${block.code.replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`)}</code></pre>`.length;
  const plainSeconds = (performance.now() - started) / 1000;
  return { pages, blocks: blocks.length, highlightSeconds, plainSeconds, escapedBytes: escaped };
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** One page type's Lighthouse result: each category's median score over the runs, every run's scores, and the median total blocking time. */
type LighthouseScores = { median: Record<string, number>; runs: Record<string, number>[]; blockingMs: number };
/**
 * Lighthouse's category scores (its default mobile run) for each page type, through its CLI, run
 * `lighthouseRuns` times a page. Why several: its simulated throttling multiplies the main-thread
 * tasks it observes, and on a shared machine one slow task moves the performance score by a few
 * points (Lighthouse's own advice on variability is to take the median of several runs).
 */
async function lighthouse(): Promise<Record<string, LighthouseScores>> {
  // Compressed as a real host serves it: Lighthouse's simulated network times the bytes transferred.
  const server = await serveSite(dist, '/', { compress: true });
  const results: Record<string, LighthouseScores> = {};
  try {
    for (const [type, page] of Object.entries(PAGE_TYPES)) {
      const runs: Record<string, number>[] = [];
      const blocking: number[] = [];
      for (let runNumber = 1; runNumber <= lighthouseRuns; runNumber++) {
        progress(`Lighthouse: ${type}, run ${runNumber} of ${lighthouseRuns}`);
        const { categories, audits } = await lighthouseReport(type, `${server.url}${page}`);
        runs.push(Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? Number.NaN) * 100)])));
        blocking.push(audits['total-blocking-time']?.numericValue ?? Number.NaN);
      }
      results[type] = { median: Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((scores) => scores[id] ?? Number.NaN))])), runs, blockingMs: Math.round(median(blocking)) };
    }
  } finally {
    await server.close();
  }
  return results;
}

/** One Lighthouse run of `url` through its CLI, read back from its JSON report. */
async function lighthouseReport(type: string, url: string): Promise<{ categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> }> {
  const report = path.join(work, `lighthouse-${type}.json`);
  const args = [url, '--quiet', '--output=json', `--output-path=${report}`, `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless=new --no-sandbox'];
  // chrome-launcher takes the browser from CHROME_PATH: Debian's Chromium, nothing downloaded.
  // Lighthouse sometimes fails to record a page load and says to run it again (NO_NAVSTART):
  // a lost trace, not a score, so it gets two more tries before the benchmark gives up.
  for (let attempt = 1; ; attempt++) {
    try {
      await run(path.join(projectRoot, 'node_modules', '.bin', 'lighthouse'), args, { env: { ...process.env, CHROME_PATH: CHROMIUM } });
      return JSON.parse(await readFile(report, 'utf8'));
    } catch (error) {
      if (attempt === 3) throw error;
      progress(`Lighthouse: ${type} failed (${String((error as Error).message).split('\n').find((line) => line.includes('Runtime error')) ?? 'see above'}); trying again`);
    }
  }
}

interface DevLoop {
  pages: number;
  /** From starting `astro dev` to the first feature page served, with an empty content store and with the one the first start left. */
  firstPageColdMs: number;
  firstPageWarmMs: number;
  /** From each save of one page to its changed HTML served, in order. */
  savesMs: number[];
}

/** Polls `url` every 20 ms until its body passes `check`; the milliseconds since `since`. */
async function servedWhen(url: string, check: (body: string) => boolean, since: number, timeoutMs = 300_000): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      const body = await response.text();
      if (response.ok && check(body)) return Date.now() - since;
    } catch {
      // Still starting, or reloading its store.
    }
    if (Date.now() - since > timeoutMs) throw new Error(`${url} was not served as expected within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * An author's loop under `astro dev` (issue 28's third goal), timed over HTTP: until the server
 * serves the page or the change, not until a browser repaints. The first page after a start with
 * an empty content store, then after a start with the store that start left; then `saves` saves of
 * one synthetic page, each adding a sentence, each timed until the page is served with it.
 */
async function devLoop(pages: number, saves: number): Promise<DevLoop> {
  await writeContent(pages);
  const slug = syntheticSlug(0);
  const file = path.join(copy, 'content', 'features', `${slug}.${format}`);
  const original = await readFile(file, 'utf8');
  // One port for both starts: Astro's digest of its config includes the port, and a start whose
  // digest differs clears the content store ("Astro config changed"), which would make the second
  // start as cold as the first.
  const port = 4400 + Math.floor(Math.random() * 500);
  const start = async () => {
    const child = spawn(process.execPath, [path.join(copy, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], { cwd: copy, env: copyEnv(), detached: true, stdio: 'ignore' });
    const stop = async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    };
    return { url: `http://127.0.0.1:${port}/features/${slug}/`, stop };
  };
  const startedAt = Date.now();
  const cold = await start();
  let firstPageColdMs: number;
  try {
    firstPageColdMs = await servedWhen(cold.url, () => true, startedAt);
  } finally {
    await cold.stop();
  }
  const restartedAt = Date.now();
  const warm = await start();
  try {
    const firstPageWarmMs = await servedWhen(warm.url, () => true, restartedAt);
    const savesMs: number[] = [];
    for (let save = 1; save <= saves; save++) {
      const marker = `Saved for the benchmark, time ${save}.`;
      // A paragraph before the first section, as an author adds one.
      const savedAt = Date.now();
      await writeFile(file, original.replace('\n## ', `\n${marker}\n\n## `));
      savesMs.push(await servedWhen(warm.url, (body) => body.includes(marker), savedAt, 60_000));
      progress(`save ${save}: ${savesMs.at(-1)} ms`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    return { pages, firstPageColdMs, firstPageWarmMs, savesMs };
  } finally {
    await warm.stop();
    await writeFile(file, original);
  }
}

const largest = Math.max(...sizes);
const report: { builds: Build[]; devLoop?: DevLoop; pageBytes?: Record<string, Bytes>; pagefind?: { bytes: number; files: number }; coldQuery?: ColdQuery; shiki?: Awaited<ReturnType<typeof shikiCost>>; lighthouse?: Record<string, LighthouseScores> } = { builds: [] };
const out: string[] = [];
progress(`in ${work}; load average ${os.loadavg()[0]?.toFixed(2)} on ${os.cpus().length} CPUs`);
if (only.has('build')) {
  for (const pages of [...sizes.filter((size) => size !== largest), largest]) {
    progress(`building ${pages} synthetic .${format} pages + ${realPages} real ones`);
    const measured = await build(pages);
    report.builds.push(measured);
    progress(`built in ${seconds(measured.wallSeconds)}`);
  }
  // The largest size is built last, so its site is the one measured below.
  report.pageBytes = await pageBytes();
  // Every bundle of every edition: pagefind/ and ru/pagefind/, and past 5,000 pages an edition's pagefind-2/, ….
  const bundles = (await Promise.all(LOCALES.map(async (locale) => {
    const editionDir = path.dirname(path.join(dist, searchBundle(locale)));
    return (await readdir(editionDir)).filter(isSearchBundleFolder).map((name) => path.join(editionDir, name));
  }))).flat();
  const index = (await Promise.all(bundles.map((bundle) => readdir(bundle, { recursive: true, withFileTypes: true })))).flat().filter((entry) => entry.isFile());
  const indexBytes = await Promise.all(index.map(async (file) => (await stat(path.join(file.parentPath, file.name))).size));
  report.pagefind = { bytes: indexBytes.reduce((sum, size) => sum + size, 0), files: index.length };
  const [first] = report.builds;
  out.push(`Cold builds: synthetic .${format} pages plus ${realPages} real ones; peak RSS of the largest process (astro, or Pagefind's indexer); ratios against ${first?.pages} pages.`);
  out.push(
    table([
      ['pages', 'wall', 'CPU', 'peak RSS', 'ms/page', 'wall ×', 'CPU ×', 'pages ×'],
      ...report.builds.map((row) => [String(row.pages), seconds(row.wallSeconds), seconds(row.cpuSeconds), `${(row.peakRssBytes / 1e9).toFixed(2)} GB`, (row.wallSeconds / row.pages * 1000).toFixed(1), ...[row.wallSeconds / first!.wallSeconds, row.cpuSeconds / first!.cpuSeconds, row.pages / first!.pages].map((ratio) => ratio.toFixed(2))]),
    ]),
  );
  const phaseNames = [...new Set(report.builds.flatMap((row) => row.phases.map(([phase]) => phase)))];
  out.push('', 'Seconds per phase (the first search index runs beside reading the built pages for the checks):');
  out.push(table([['phase', ...report.builds.map((row) => `${row.pages} pages`)], ...phaseNames.map((phase) => [phase, ...report.builds.map((row) => { const entry = row.phases.find(([name]) => name === phase); return entry ? seconds(entry[1]) : '–'; })])]));
  out.push('', `Bytes per page type at ${largest} pages (gzip -6, 1 kB = 1000 B; CSS and JS the page loads itself):`);
  out.push(table([['page', 'HTML', 'CSS', 'JS'], ...Object.entries(report.pageBytes).map(([type, bytes]) => [type, kB(bytes.html), kB(bytes.css), kB(bytes.js)])]));
  out.push(`  search index: ${kB(report.pagefind.bytes)} in ${report.pagefind.files} files in ${bundles.length} bundles (${bundles.map((bundle) => `${path.relative(dist, bundle)}/`).join(', ')})`);
}
if (only.has('search')) {
  progress(`cold first query for "${values.query}" in Chromium`);
  const query = (report.coldQuery = await measureColdQuery(dist, '/', values.query));
  out.push('', `Cold first query "${query.query}" at ${largest} pages: ${query.requests} requests, ${kB(query.bytes)} as a gzip-ing host sends them, ${query.results} results, ${query.timeToResultsMs} ms`);
  out.push(`  ${Object.entries(query.byKind).map(([kind, entry]) => `${kind} ${entry.requests}× ${kB(entry.bytes)}`).join(', ')}`);
}
if (only.has('shiki')) {
  progress(`highlighting the code blocks of ${largest} pages`);
  const shiki = (report.shiki = await shikiCost(largest));
  const built = report.builds.find((row) => row.pages === largest);
  out.push('', `Shiki on the ${shiki.blocks} code blocks of ${largest} pages: ${seconds(shiki.highlightSeconds)} (${(shiki.highlightSeconds / largest * 1000).toFixed(2)} ms/page), escaping them only: ${(shiki.plainSeconds * 1000).toFixed(1)} ms`);
  if (built) out.push(`  = ${(shiki.highlightSeconds / built.wallSeconds * 100).toFixed(1)} % of the ${largest}-page build's wall time, ${(shiki.highlightSeconds / built.cpuSeconds * 100).toFixed(1)} % of its CPU time`);
}
if (only.has('lighthouse')) {
  report.lighthouse = await lighthouse();
  out.push('', `Lighthouse at ${largest} pages (mobile defaults, served gzipped on 127.0.0.1), median of ${lighthouseRuns} run(s); performance's range and median total blocking time beside it:`);
  out.push(table([['page', ...CATEGORIES, 'performance runs', 'TBT'], ...Object.entries(report.lighthouse).map(([type, { median: scores, runs, blockingMs }]) => [type, ...CATEGORIES.map((id) => String(scores[id] ?? '–')), runs.map((scores) => scores['performance']).join(' '), `${blockingMs} ms`])]));
}
if (only.has('dev')) {
  progress(`astro dev with ${largest} synthetic .${format} pages + ${realPages} real ones`);
  const loop = (report.devLoop = await devLoop(largest, Number(values.saves) || 9));
  const sorted = [...loop.savesMs].sort((a, b) => a - b);
  out.push('', `An author's loop under astro dev at ${largest} pages (served over HTTP, not repainted):`);
  out.push(`  first page after start: ${seconds(loop.firstPageColdMs / 1000)} with an empty content store, ${seconds(loop.firstPageWarmMs / 1000)} with the one it left`);
  out.push(`  a save until its HTML is served: median ${seconds(median(loop.savesMs) / 1000)}, ${seconds((sorted[0] ?? 0) / 1000)}–${seconds((sorted.at(-1) ?? 0) / 1000)} over ${loop.savesMs.length} saves (${loop.savesMs.join(', ')} ms)`);
}
await mkdir(path.join(projectRoot, 'bench-results'), { recursive: true });
await writeFile(path.join(projectRoot, 'bench-results', 'bench.json'), `${JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, node: process.version, format, ...report }, null, 2)}\n`);
process.stdout.write(`${out.join('\n')}\n\nWritten: bench-results/bench.json\n`);
