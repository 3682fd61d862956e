/**
 * The I/O half of `npm run bench`: a private copy of the project to build in, the content copies,
 * one monitored build, and the byte counts of a built site.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { cp, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { median, parentPid, parseTimeVerbose, PhaseTracker, processTree, type BuildMeasurement, type SiteBytes } from './report.ts';
import { syntheticPages } from './synthetic.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

// Astro keeps per-build state at fixed places inside the project: `.astro/content-modules.mjs` lists
// the content files to bundle, and `node_modules/.astro/data-store.json` caches the content layer.
// Two builds with different CONTENT_DIRs that share them mix their content (a build then bundles the
// other build's pages). So the benchmark builds in its own copy of the project, whose node_modules
// holds links to the real packages but a cache of its own, and can run next to `npm test`.
//
// Left out of the copy: packages (linked instead), caches, outputs, history, and content (each
// build gets its own through CONTENT_DIR). Everything else is copied, so a new config file or
// script the build imports is there without a change here.
const NOT_COPIED = new Set(['node_modules', '.git', '.astro', 'content', 'tests', 'test-results', 'bench-results', 'screenshots']);

/** Copies what the build reads into `dir`, links the packages, and returns the copy's root. */
export async function prepareProjectCopy(dir: string): Promise<string> {
  const root = path.join(dir, 'project');
  await mkdir(root, { recursive: true });
  for (const entry of await readdir(projectRoot)) {
    if (NOT_COPIED.has(entry) || entry.startsWith('dist')) continue;
    await cp(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  const modules = path.join(root, 'node_modules');
  await mkdir(modules);
  for (const entry of await readdir(path.join(projectRoot, 'node_modules'))) {
    // The caches stay behind: each build starts cold, as in CI.
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    await symlink(path.join(projectRoot, 'node_modules', entry), path.join(modules, entry));
  }
  return root;
}

/**
 * A copy of content/ (architectures, features and any file beside them, such as the list of published
 * URLs the build checks) plus `count` synthetic feature pages.
 */
export async function writeContent(dir: string, count: number, seed: number, format: 'md' | 'mdx' = 'md'): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await cp(path.join(projectRoot, 'content'), dir, { recursive: true });
  for (const page of syntheticPages(count, seed, format)) await writeFile(path.join(dir, 'features', page.fileName), page.source);
}

/** Sum of VmRSS over a process tree, read from /proc; 0 where /proc is missing. */
async function treeRss(rootPid: number): Promise<number> {
  const parents = new Map<number, number>();
  let entries: string[];
  try {
    entries = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  await Promise.all(
    entries.map(async (name) => {
      try {
        const ppid = parentPid(await readFile(`/proc/${name}/stat`, 'utf8'));
        if (ppid !== undefined) parents.set(Number(name), ppid);
      } catch {
        // The process ended while the tree was read.
      }
    }),
  );
  let total = 0;
  for (const pid of processTree(rootPid, parents)) {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // Same: gone between the two reads.
    }
  }
  return total;
}

export interface BuildRequest {
  root: string;
  contentDir: string;
  outDir: string;
  syntheticPages: number;
  highlight: boolean;
  logFile: string;
  /** Called when the build log shows that a phase has ended. */
  onPhase(phase: string, elapsedSeconds: number): void;
}

const TIME = '/usr/bin/time';

/** Runs `node scripts/build.ts` in the project copy with cold caches and measures it. */
export async function runBuild(request: BuildRequest): Promise<BuildMeasurement> {
  await rm(path.join(request.root, '.astro'), { recursive: true, force: true });
  await rm(path.join(request.root, 'node_modules/.astro'), { recursive: true, force: true });
  await rm(request.outDir, { recursive: true, force: true });

  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: request.contentDir, OUT_DIR: request.outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  // A root deploy on the default host, whatever the caller's shell says, so runs compare.
  delete env['BASE_PATH'];
  delete env['SITE_URL'];
  if (request.highlight) delete env['BENCH_NO_HIGHLIGHT'];
  else env['BENCH_NO_HIGHLIGHT'] = '1';

  // /usr/bin/time's report goes beside the build output, in the temporary folder.
  const timeFile = `${request.outDir}.time`;
  const build = [process.execPath, path.join(request.root, 'scripts/build.ts')];
  const command = existsSync(TIME) ? [TIME, '-v', '-o', timeFile, ...build] : build;
  const log = createWriteStream(request.logFile);
  const started = Date.now();
  const tracker = new PhaseTracker(started);
  const warnings: Record<string, number> = {};
  const tail: string[] = [];

  const child = spawn(command[0] as string, command.slice(1), { cwd: request.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let peak = 0;
  let sampling = Promise.resolve();
  const sampler = setInterval(() => {
    // One sample at a time: a slow /proc walk must not pile up behind the timer.
    sampling = sampling.then(async () => {
      if (child.pid) peak = Math.max(peak, await treeRss(child.pid));
    });
  }, 200);

  const onLine = (line: string) => {
    const now = Date.now();
    log.write(`${((now - started) / 1000).toFixed(3).padStart(8)} ${line}\n`);
    tail.push(line);
    if (tail.length > 60) tail.shift();
    const warning = /\[WARN\] (?:\[([^\]]+)\])?\s*(?:\[(\w+)\])?/.exec(line);
    if (warning) {
      const kind = [warning[1], warning[2]].filter(Boolean).join(' ') || 'other';
      warnings[kind] = (warnings[kind] ?? 0) + 1;
    }
    const phase = tracker.line(line, now);
    if (phase) request.onPhase(phase, (now - started) / 1000);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    stream.on('end', () => pending && onLine(pending));
  }
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  const ended = Date.now();
  clearInterval(sampler);
  await sampling;
  await new Promise<void>((resolve) => log.end(resolve));

  const time = existsSync(timeFile) ? parseTimeVerbose(await readFile(timeFile, 'utf8')) : {};
  // eslint-disable-next-line no-control-regex -- terminal colour codes are what is removed
  const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
  return {
    syntheticPages: request.syntheticPages,
    highlight: request.highlight,
    ok: exitCode === 0,
    ...(exitCode === 0 ? {} : { error: `exit status ${exitCode}; last lines of the log:\n${tail.map(plain).join('\n')}` }),
    wallSeconds: (ended - started) / 1000,
    peakTreeRssBytes: peak,
    ...(time.maxRssBytes ? { peakProcessRssBytes: time.maxRssBytes } : {}),
    ...(time.cpuSeconds !== undefined ? { cpuSeconds: time.cpuSeconds } : {}),
    phases: tracker.durations(ended),
    warnings,
    logFile: request.logFile,
    loadAverage: loadavg()[0] as number,
  };
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/** Stylesheets and scripts a page loads by itself (not lazy imports such as Pagefind's). */
export function pageAssets(html: string): string[] {
  const assets: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'link' && attributes['rel']?.split(/\s+/).includes('stylesheet') && attributes['href']) assets.push(attributes['href']);
      if (name === 'script' && attributes['src']) assets.push(attributes['src']);
    },
  });
  parser.end(html);
  return assets;
}

/** Byte counts of a built site: pages, what a first visit loads, the search index. */
export async function measureSite(distDir: string, base = '/'): Promise<SiteBytes> {
  const gzipCache = new Map<string, number>();
  const gzipOf = async (file: string) => {
    let size = gzipCache.get(file);
    if (size === undefined) {
      size = gzipSync(await readFile(file), { level: 6 }).length;
      gzipCache.set(file, size);
    }
    return size;
  };
  // An asset URL as the page writes it, mapped to its file; undefined for other origins.
  const assetFile = (href: string) => {
    if (/^[a-z]+:|^\/\//i.test(href) || !href.startsWith(base)) return undefined;
    return path.join(distDir, decodeURIComponent(href.slice(base.length).split(/[?#]/)[0] as string));
  };

  const featureHtml: number[] = [];
  const featureFirstLoad: number[] = [];
  let htmlPages = 0;
  let home = 0;
  let largest = { path: '', gzipBytes: 0, bytes: 0 };
  let distBytes = 0;
  let pagefindBytes = 0;
  let pagefindFiles = 0;
  const pagefindDir = path.join(distDir, 'pagefind') + path.sep;
  for await (const file of walk(distDir)) {
    const { size } = await stat(file);
    distBytes += size;
    if (file.startsWith(pagefindDir)) {
      pagefindBytes += size;
      pagefindFiles += 1;
    }
    if (!file.endsWith('.html')) continue;
    htmlPages += 1;
    const relative = path.relative(distDir, file);
    const gzipBytes = await gzipOf(file);
    if (gzipBytes > largest.gzipBytes) largest = { path: relative, gzipBytes, bytes: size };
    if (relative === 'index.html') home = gzipBytes;
    if (!/^features[/\\][^/\\]+[/\\]index\.html$/.test(relative)) continue;
    featureHtml.push(gzipBytes);
    let firstLoad = gzipBytes;
    for (const href of new Set(pageAssets(await readFile(file, 'utf8')))) {
      const asset = assetFile(href);
      if (asset && existsSync(asset)) firstLoad += await gzipOf(asset);
    }
    featureFirstLoad.push(firstLoad);
  }
  return {
    featurePages: featureHtml.length,
    htmlPages,
    featureHtmlGzipMedian: median(featureHtml),
    featureFirstLoadGzipMedian: median(featureFirstLoad),
    homeHtmlGzip: home,
    largestHtml: largest,
    pagefindBytes,
    pagefindFiles,
    distBytes,
  };
}
