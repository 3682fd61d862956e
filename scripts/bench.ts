/**
 * `npm run bench`: how the build and the search scale with the number of pages. For each size it
 * writes that many synthetic feature pages next to a copy of the real content, builds them with
 * `node scripts/build.ts` in a private copy of the project (cold caches), and measures wall time,
 * peak memory, page and search bytes, and the cost of a first search. One size is also built with
 * syntax highlighting off, in turns with its highlighted builds, to measure Shiki's share. It prints
 * a table and the goals with PASS/FAIL, and writes bench-results/bench.json. It always exits 0 when
 * it could measure: a missed goal is a finding to read, not a broken command. Not a test: timings
 * depend on the machine and its load.
 */
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureColdQuery as builtinColdQuery } from './bench/cold-query.ts';
import { measureSite, prepareProjectCopy, projectRoot, runBuild, writeContent } from './bench/measure.ts';
import {
  computeRatios,
  evaluateGoals,
  formatBytes,
  formatSeconds,
  formatTable,
  medianRun,
  parseBenchArgs,
  USAGE,
  type BenchOptions,
  type BuildMeasurement,
  type ColdQuery,
  type SizeResult,
} from './bench/report.ts';

let options: BenchOptions;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`npm run bench: ${(error as Error).message}\n`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const resultsDir = path.join(projectRoot, 'bench-results');
const startedAt = Date.now();
const progress = (message: string) => process.stderr.write(`[bench ${formatSeconds((Date.now() - startedAt) / 1000).padStart(8)}] ${message}\n`);

// Everything the builds write goes to a temporary folder. It is removed whenever the process ends:
// at the end, on Ctrl+C, and after a crash ('exit' runs in all three; only sync work is possible there).
const work = await mkdtemp(path.join(os.tmpdir(), 'qemu-docs-bench-'));
process.once('exit', () => {
  if (!options.keep) rmSync(work, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    progress(`${signal}: stopping${options.keep ? '' : ` and removing ${work}`}`);
    process.exit(130);
  });
}

type Measure = (distDir: string, base: string, query: string) => Promise<ColdQuery>;

/**
 * Bytes, requests and results from the search benchmark's answer (its ColdQueryMeasurement), checked
 * at run time: that script is developed on its own, and a changed shape should say so, not crash.
 */
function asColdQuery(value: unknown, source: string): ColdQuery {
  const record = (value ?? {}) as Record<string, unknown>;
  const number = (key: string) => (typeof record[key] === 'number' ? record[key] : undefined);
  const [bytes, requests, results] = [number('bytes'), number('requests'), number('results')];
  if (bytes === undefined || requests === undefined) throw new Error(`${source} returned no byte or request count: ${JSON.stringify(value)?.slice(0, 300)}`);
  return { bytes, requests, ...(results !== undefined ? { results } : {}), source, detail: value };
}

/** The search benchmark's measurement when scripts/bench-search.ts provides one; else the built-in. */
async function coldQueryMeasure(): Promise<Measure> {
  const external = path.join(projectRoot, 'scripts/bench-search.ts');
  if (existsSync(external)) {
    const module = (await import(pathToFileURL(external).href)) as { measureColdQuery?: (distDir: string, base: string, query: string) => Promise<unknown> };
    const measure = module.measureColdQuery;
    if (typeof measure === 'function') return async (distDir, base, query) => asColdQuery(await measure(distDir, base, query), 'scripts/bench-search.ts');
  }
  return builtinColdQuery;
}

await mkdir(resultsDir, { recursive: true });
// Build logs of an earlier run would read as this run's (the folder also holds other benchmarks' files).
for (const name of await readdir(resultsDir)) if (/^build-.*\.log(\.time)?$/.test(name)) await rm(path.join(resultsDir, name), { force: true });
progress(`working in ${work}${options.keep ? ' (kept: --keep)' : ''}; load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')} on ${os.cpus().length} CPUs`);
const root = await prepareProjectCopy(work);
const measureQuery = await coldQueryMeasure();
const realFeatures = (await readdir(path.join(projectRoot, 'content/features'))).filter((name) => /\.mdx?$/.test(name)).length;

const shikiSize = options.shikiSize !== undefined && options.sizes.includes(options.shikiSize) ? options.shikiSize : undefined;
if (options.shikiSize !== undefined && shikiSize === undefined) progress(`no build without highlighting: --shiki-size ${options.shikiSize} is not one of --sizes`);
// The size measured for Shiki is built with and without highlighting in turns (on, off, on, off …),
// so load from other work on the machine falls on both alike: built one after the other, a busy
// minute during one of them decided the comparison.
const steps = options.sizes.map((pages) => ({ pages, variants: pages === shikiSize ? [true, false] : [true] }));
const totalBuilds = steps.reduce((sum, step) => sum + step.variants.length, 0);

const results: SizeResult[] = [];
let withoutHighlight: BuildMeasurement | undefined;
const distOf = (pages: number) => path.join(work, `dist-${pages}`);
const outDirOf = (pages: number, highlight: boolean) => (highlight ? distOf(pages) : path.join(work, `dist-${pages}-no-highlight`));
let buildNumber = 0;

for (const step of steps) {
  const labels = new Map(step.variants.map((highlight) => [highlight, `[${++buildNumber}/${totalBuilds}] ${step.pages} pages${highlight ? '' : ', highlighting off'}`]));
  const contentDir = path.join(work, `content-${step.pages}`);
  if (!existsSync(contentDir)) {
    progress(`${labels.get(true)}: writing ${step.pages} synthetic pages + ${realFeatures} real ones`);
    await writeContent(contentDir, step.pages, options.seed, options.format);
  }
  const runs = new Map<boolean, BuildMeasurement[]>(step.variants.map((highlight) => [highlight, []]));
  for (let run = 1; run <= options.runs; run++) {
    for (const highlight of step.variants) {
      const measuredRuns = runs.get(highlight) as BuildMeasurement[];
      // A failing build fails again: running it more often tells nothing new.
      if (measuredRuns.some((measured) => !measured.ok)) continue;
      const label = labels.get(highlight) as string;
      const runLabel = options.runs > 1 ? `${label}, run ${run}/${options.runs}` : label;
      let lastPhase = 'the start';
      let lastPhaseAt = Date.now();
      const heartbeat = setInterval(() => progress(`${runLabel}: still building, ${formatSeconds((Date.now() - lastPhaseAt) / 1000)} since ${lastPhase}`), 20_000);
      progress(`${runLabel}: building`);
      const measured = await runBuild({
        root,
        contentDir,
        outDir: outDirOf(step.pages, highlight),
        syntheticPages: step.pages,
        highlight,
        logFile: path.join(resultsDir, `build-${step.pages}${highlight ? '' : '-no-highlight'}${options.runs > 1 ? `-run${run}` : ''}.log`),
        onPhase(name, elapsed) {
          lastPhase = name;
          lastPhaseAt = Date.now();
          progress(`${runLabel}: ${name} done (at ${formatSeconds(elapsed)})`);
        },
      });
      clearInterval(heartbeat);
      measuredRuns.push(measured);
      if (options.runs > 1 && measured.ok) progress(`${runLabel}: ${formatSeconds(measured.wallSeconds)}`);
    }
  }

  for (const highlight of step.variants) {
    const label = labels.get(highlight) as string;
    const outDir = outDirOf(step.pages, highlight);
    const build = medianRun(runs.get(highlight) as BuildMeasurement[]);
    if (!build.ok) {
      progress(`${label}: ✖ the build failed (${build.error?.split('\n')[0] ?? ''}); log: ${path.relative(projectRoot, build.logFile)}`);
      process.stderr.write(`${build.error ?? ''}\n`);
    } else {
      progress(`${label}: built in ${formatSeconds(build.wallSeconds)}, peak RSS ${formatBytes(build.peakTreeRssBytes)}`);
    }
    if (!highlight) {
      withoutHighlight = build;
      await rm(outDir, { recursive: true, force: true });
      continue;
    }
    const result: SizeResult = { syntheticPages: step.pages, build };
    results.push(result);
    if (!build.ok) continue;
    progress(`${label}: measuring page and index bytes`);
    result.site = await measureSite(outDir);
    progress(`${label}: cold first query for "${options.query}" in Chromium`);
    try {
      result.coldQuery = await measureQuery(outDir, '/', options.query);
    } catch (error) {
      result.coldQueryError = (error as Error).message;
      progress(`${label}: cold query not measured: ${result.coldQueryError}`);
    }
  }
}

const ratios = computeRatios(results, withoutHighlight);
const goals = evaluateGoals(results, ratios);

// The tables go to stdout (progress went to stderr), so `npm run bench > out.txt` keeps just these.
const out: string[] = [];
const mainRows = [...results.map((result) => ({ result, build: result.build })), ...(withoutHighlight ? [{ result: undefined, build: withoutHighlight }] : [])];
out.push(
  '',
  `Build and page size by number of synthetic feature pages (.${options.format} files, plus ${realFeatures} real ones and the other pages); gzip -6, 1 kB = 1000 B.`,
  `"load" is the 1-minute load average when the build ended, on ${os.cpus().length} CPUs: above that, other work slowed the build down.`,
  '',
  formatTable(
    ['pages', 'highlight', 'wall', 'CPU', 'peak RSS (tree)', 'peak RSS (1 process)', 'feature HTML gz', 'first load gz', 'home gz', 'largest page gz', 'pagefind/', 'cold query', 'requests', 'load'],
    mainRows.map(({ result, build }) => [
      String(build.syntheticPages),
      build.highlight ? 'shiki' : 'off',
      build.ok ? `${formatSeconds(build.wallSeconds)}${build.wallRuns ? ` (${build.wallRuns.map((seconds) => seconds.toFixed(1)).join(', ')})` : ''}` : 'FAILED',
      build.ok ? formatSeconds(build.cpuSeconds) : '–',
      formatBytes(build.peakTreeRssBytes),
      formatBytes(build.peakProcessRssBytes),
      formatBytes(result?.site?.featureHtmlGzipMedian),
      formatBytes(result?.site?.featureFirstLoadGzipMedian),
      formatBytes(result?.site?.homeHtmlGzip),
      result?.site ? `${formatBytes(result.site.largestHtml.gzipBytes)} ${result.site.largestHtml.path}` : '–',
      result?.site ? `${formatBytes(result.site.pagefindBytes)} (${result.site.pagefindFiles} files)` : '–',
      formatBytes(result?.coldQuery?.bytes),
      result?.coldQuery ? String(result.coldQuery.requests) : '–',
      build.loadAverage === undefined ? '–' : build.loadAverage.toFixed(1),
    ]),
  ),
);
const phaseNames = [...new Set(mainRows.flatMap(({ build }) => build.phases.map((phase) => phase.phase)))];
out.push(
  '',
  'Where the build time goes (seconds, from the build log)',
  '',
  formatTable(
    ['phase', ...mainRows.map(({ build }) => `${build.syntheticPages}${build.highlight ? '' : ' off'}`)],
    phaseNames.map((name) => [name, ...mainRows.map(({ build }) => build.phases.find((phase) => phase.phase === name)?.seconds.toFixed(1) ?? '–')]),
  ),
);
const warnings = mainRows.filter(({ build }) => Object.keys(build.warnings).length > 0);
if (warnings.length > 0) {
  out.push('', 'Warnings in the build log', ...warnings.map(({ build }) => `  ${build.syntheticPages}${build.highlight ? '' : ' off'}: ${Object.entries(build.warnings).map(([kind, count]) => `${count} × ${kind}`).join(', ')}`));
}
const ratio = (value: number | undefined, unit = '×') => (value === undefined ? 'not measured' : unit === '%' ? `${value.toFixed(1)} %` : `${value.toFixed(2)}×`);
out.push(
  '',
  'Ratios (wall time; CPU time of the whole process tree beside it, which load from other work disturbs less)',
  formatTable(
    ['ratio', 'wall', 'CPU', 'note'],
    [
      ['t(4000)/t(1000)', ratio(ratios.t4000over1000), ratio(ratios.cpu4000over1000), '4.00× would be linear'],
      ['t(1000)/t(100)', ratio(ratios.t1000over100), ratio(ratios.cpu1000over100), '10.00× would be linear'],
      [
        'Shiki overhead',
        ratio(ratios.shikiOverheadPercent, '%'),
        ratio(ratios.shikiOverheadPercentCpu, '%'),
        withoutHighlight ? `${withoutHighlight.syntheticPages} pages with highlighting off: ${formatSeconds(withoutHighlight.wallSeconds)} wall, ${formatSeconds(withoutHighlight.cpuSeconds)} CPU` : '',
      ],
    ],
  )
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n'),
  '',
  'Goals',
  ...goals.map((goal) => `  ${goal.status.padEnd(4)}  ${goal.goal}: ${goal.measured}`),
);
const queries = results.filter((result) => result.coldQuery);
if (queries[0]?.coldQuery) out.push('', `Cold first query measured by ${queries[0].coldQuery.source}.`);
for (const result of results.filter((item) => item.coldQueryError)) out.push(`Cold query at ${result.syntheticPages} pages not measured: ${result.coldQueryError}`);
for (const result of results.filter((item) => !item.build.ok)) out.push('', `✖ ${result.syntheticPages}-page build failed: ${result.build.error ?? ''}`);
process.stdout.write(`${out.join('\n')}\n`);

const report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryBytes: os.totalmem(), loadAverageAtStart: os.loadavg(), node: process.version, platform: `${os.platform()} ${os.release()}` },
  options,
  realFeaturePages: realFeatures,
  results,
  withoutHighlight,
  ratios,
  goals,
};
await writeFile(path.join(resultsDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`\nWritten: ${path.relative(process.cwd(), path.join(resultsDir, 'bench.json'))} (build logs beside it)\n`);

if (options.lighthouse) {
  const { runLighthouse } = await import('./bench/lighthouse.ts');
  const largest = [...results].reverse().find((result) => result.build.ok);
  const sites = [
    { label: 'dist/ (the real site)', dir: path.join(projectRoot, 'dist') },
    ...(largest ? [{ label: `${largest.syntheticPages} synthetic pages`, dir: distOf(largest.syntheticPages) }] : []),
  ];
  const lighthouseReport: { site: string; pages: Awaited<ReturnType<typeof runLighthouse>> }[] = [];
  for (const site of sites) {
    if (!existsSync(path.join(site.dir, 'index.html'))) {
      process.stdout.write(`\nLighthouse: ${site.label} has no index.html; run \`npm run build\` first.\n`);
      continue;
    }
    const featureDir = path.join(site.dir, 'features');
    const feature = existsSync(path.join(featureDir, 'qemu-img-dd')) ? 'qemu-img-dd' : ((await readdir(featureDir)).sort()[0] ?? '');
    const pages = [
      { name: 'home', path: '' },
      { name: 'feature', path: `features/${feature}/` },
      { name: 'architecture', path: 'arch/x86/' },
      { name: 'search', path: 'search/' },
    ];
    let audited: Awaited<ReturnType<typeof runLighthouse>>;
    try {
      audited = await runLighthouse(site.dir, '/', pages, (name) => progress(`Lighthouse on ${site.label}: ${name}`));
    } catch (error) {
      process.stdout.write(`\nLighthouse on ${site.label} failed: ${(error as Error).stack ?? String(error)}\n`);
      continue;
    }
    lighthouseReport.push({ site: site.label, pages: audited });
    const lines = ['', `Lighthouse ${site.label} (mobile defaults, served on 127.0.0.1 without compression)`, ''];
    lines.push(formatTable(['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO'], audited.map((page) => [page.name, `/${page.url}`, ...['performance', 'accessibility', 'best-practices', 'seo'].map((id) => String(page.scores[id] ?? '–'))])));
    for (const page of audited) {
      if (page.runtimeError) lines.push(`  ${page.name}: runtime error ${page.runtimeError}`);
      for (const audit of page.failing) {
        lines.push(`  ${page.name} · ${audit.category} · ${audit.id} (score ${audit.score.toFixed(2)}, weight ${audit.weight}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
        for (const culprit of audit.culprits ?? []) lines.push(`      ${culprit}`);
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  await writeFile(path.join(resultsDir, 'lighthouse.json'), `${JSON.stringify(lighthouseReport, null, 2)}\n`);
  process.stdout.write(`\nWritten: ${path.relative(process.cwd(), path.join(resultsDir, 'lighthouse.json'))}\n`);
}

progress(`done${options.keep ? `; kept ${work}` : ''}`);
