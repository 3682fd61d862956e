/**
 * The pure half of `npm run bench`: argument parsing, the build-log phase markers, the numbers
 * derived from the measurements (ratios, goals) and the plain-text tables. No I/O here, so all of
 * it is unit-tested (tests/unit/bench-report.test.ts).
 */

export interface BenchOptions {
  /** Synthetic page counts to build, in order. */
  sizes: number[];
  /** The size also built with syntax highlighting off (in turns with the highlighted builds); undefined skips it. */
  shikiSize: number | undefined;
  /** Pagefind query for the cold first-query measurement. */
  query: string;
  lighthouse: boolean;
  /** Keep the temporary folder (content copies, builds, logs) for inspection. */
  keep: boolean;
  seed: number;
  /**
   * File type of the synthetic pages: `md`, as an author writes a page without components (the
   * README's rule), or `mdx`, to measure what the same pages cost as MDX.
   */
  format: 'md' | 'mdx';
  /** Builds of each size; the run with the median wall time is reported (a busy machine is noisy). */
  runs: number;
  help: boolean;
}

export const DEFAULT_SIZES = [100, 1000, 4000];

export const USAGE = `Usage: npm run bench -- [options]

  --sizes 100,1000,4000   synthetic page counts to build (default ${DEFAULT_SIZES.join(',')})
  --shiki-size 1000       build this size also with syntax highlighting off, in turns with
                          the highlighted builds (default 1000)
  --no-shiki              skip the build without highlighting
  --query virtio          the word searched for the cold first-query measurement
  --lighthouse            also run Lighthouse on dist/ and on the largest synthetic build
  --runs 1                build each size this many times and report the median run
  --seed 1                seed of the synthetic pages (same seed, same site)
  --format md             synthetic pages as md (default: they use no component) or mdx
  --keep                  keep the temporary folder with the content, builds and logs`;

function positiveInteger(flag: string, value: string | undefined): number {
  const number = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || number < 1) throw new Error(`${flag} needs a positive whole number, got "${value ?? ''}"`);
  return number;
}

/** Parses the command line; throws with a readable message on anything it does not know. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { sizes: DEFAULT_SIZES, shikiSize: 1000, query: 'virtio', lighthouse: false, keep: false, seed: 1, format: 'md', runs: 1, help: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split(/=(.*)/s, 2) as [string, string | undefined];
    // Flags that take a value accept both "--sizes 1,2" and "--sizes=1,2".
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--sizes': {
        const list = value();
        if (!list) throw new Error('--sizes needs a comma-separated list, like --sizes 100,1000');
        options.sizes = list.split(',').map((item) => positiveInteger('--sizes', item.trim()));
        break;
      }
      case '--shiki-size':
        options.shikiSize = positiveInteger('--shiki-size', value());
        break;
      case '--no-shiki':
        options.shikiSize = undefined;
        break;
      case '--query': {
        const query = value();
        if (!query) throw new Error('--query needs a word to search for');
        options.query = query;
        break;
      }
      case '--seed':
        options.seed = positiveInteger('--seed', value());
        break;
      case '--format': {
        const format = value();
        if (format !== 'md' && format !== 'mdx') throw new Error(`--format takes md or mdx, got "${format ?? ''}"`);
        options.format = format;
        break;
      }
      case '--runs':
        options.runs = positiveInteger('--runs', value());
        break;
      case '--lighthouse':
        options.lighthouse = true;
        break;
      case '--keep':
        options.keep = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`unknown option "${argv[i] ?? ''}"\n\n${USAGE}`);
    }
  }
  return options;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Decimal units (1 kB = 1000 bytes), as the goals are stated. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '–';
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

export function formatSeconds(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '–';
  return seconds < 10 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(1)} s`;
}

/**
 * A plain-text table: a header row, a rule, then the rows. Cells that look numeric (a digit first,
 * or a dash for "no value") are right-aligned so magnitudes line up; text is left-aligned.
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const numeric = headers.map((_, column) => rows.length > 0 && rows.every((row) => /^([-+]?\d|–$)/.test(row[column] ?? '')));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column] as number) : cell.padEnd(widths[column] as number)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * Lines of the build log that end a phase, in the order Astro 7 prints them. Each is matched only
 * when it is the next one expected, because some texts recur (`✓ Completed in` ends both the build
 * info step and the static build).
 */
export const PHASE_ENDS: readonly { phase: string; pattern: RegExp }[] = [
  { phase: 'startup + config', pattern: /\[content\] Syncing content/ },
  { phase: 'content sync', pattern: /\[content\] Synced content/ },
  { phase: 'types + build info', pattern: /Building static entrypoints/ },
  { phase: 'vite bundle', pattern: /Rearranging server assets/ },
  { phase: 'rearrange assets', pattern: /generating static routes/ },
  { phase: 'render pages', pattern: /^(?:\d\d:\d\d:\d\d )?✓ Completed in/ },
  { phase: 'finish static build', pattern: /\[build\] ✓ Completed in/ },
];

/** Loggers that are Astro itself, not an integration's `astro:build:done` hook. */
const ASTRO_LOGGERS = new Set(['build', 'vite', 'content', 'types', 'config', 'WARN', 'ERROR']);

/**
 * Follows the build log line by line and splits the wall time into phases. After the static build,
 * each integration that logs (sitemap, pagefind, the output checks…) gets a phase that ends at its
 * last line, so a new integration shows up in the table without a change here.
 */
export class PhaseTracker {
  private next = 0;
  private readonly ends: { phase: string; at: number }[] = [];
  private readonly startedAt: number;

  constructor(startedAt: number) {
    this.startedAt = startedAt;
  }

  /** Returns the name of the phase this line ends, if it is the first line to end it. */
  line(text: string, at: number): string | undefined {
    const marker = PHASE_ENDS[this.next];
    if (marker) {
      if (!marker.pattern.test(text)) return undefined;
      this.next += 1;
      this.ends.push({ phase: marker.phase, at });
      return marker.phase;
    }
    const logger = /^(?:\d\d:\d\d:\d\d )?(?:\[(?:WARN|ERROR)\] )?\[([^\]]+)\]/.exec(text)?.[1];
    if (!logger || ASTRO_LOGGERS.has(logger)) return undefined;
    const phase = `integration ${logger}`;
    const last = this.ends.at(-1);
    // Several lines from one integration in a row belong to one phase, which ends at the last.
    if (last?.phase === phase) {
      last.at = at;
      return undefined;
    }
    this.ends.push({ phase, at });
    return phase;
  }

  /** Seconds spent in each phase seen; what follows the last one until `endedAt` is "publish + exit". */
  durations(endedAt: number): { phase: string; seconds: number }[] {
    const phases = [...this.ends, { phase: 'publish + exit', at: endedAt }];
    return phases.map((phase, i) => ({ phase: phase.phase, seconds: (phase.at - (phases[i - 1]?.at ?? this.startedAt)) / 1000 }));
  }
}

/**
 * From `/usr/bin/time -v`: the largest RSS of any process in the tree ("Maximum resident set size
 * (kbytes)"), and the CPU seconds (user + system) of the whole tree, Pagefind's binary included.
 */
export function parseTimeVerbose(output: string): { maxRssBytes?: number; cpuSeconds?: number; exitStatus?: number } {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(output)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(output)?.[1];
  const status = /Exit status: (\d+)/.exec(output)?.[1];
  return {
    ...(rss ? { maxRssBytes: Number(rss) * 1024 } : {}),
    ...(user && system ? { cpuSeconds: Number(user) + Number(system) } : {}),
    ...(status ? { exitStatus: Number(status) } : {}),
  };
}

/** The parent pid in a /proc/<pid>/stat line; the command name may hold spaces and parentheses. */
export function parentPid(statLine: string): number | undefined {
  const fields = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** Every descendant of `root` (and root itself) given a pid → parent pid map. */
export function processTree(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** What one build measured. */
export interface BuildMeasurement {
  syntheticPages: number;
  highlight: boolean;
  ok: boolean;
  /** Why the build failed: its exit status and the end of its log. */
  error?: string;
  wallSeconds: number;
  /** Highest sum of the RSS of every process in the build's tree, sampled from /proc. */
  peakTreeRssBytes: number;
  /** Highest RSS of any single process, from `/usr/bin/time -v` (when installed). */
  peakProcessRssBytes?: number;
  /**
   * CPU seconds (user + system) of the build's whole process tree, from `/usr/bin/time -v`. Other
   * work on the machine stretches wall time but hardly CPU time, so on a shared machine this is the
   * steadier number to compare builds by.
   */
  cpuSeconds?: number;
  phases: { phase: string; seconds: number }[];
  /** Warnings the build printed (`[WARN]` lines), by kind. */
  warnings: Record<string, number>;
  logFile: string;
  /** The machine's 1-minute load average when the build ended: above the CPU count, timings are inflated. */
  loadAverage?: number;
  /** Wall times of every run of this build when --runs is above 1; this measurement is the median run. */
  wallRuns?: number[];
}

/**
 * One measurement out of several runs of the same build: the run with the median wall time (its
 * phases and log go with it), the median CPU time, and the highest peak memory of all runs, since
 * memory is a limit.
 */
export function medianRun(runs: readonly BuildMeasurement[]): BuildMeasurement {
  const ok = runs.filter((run) => run.ok);
  if (ok.length < runs.length || runs.length < 2) return runs.find((run) => !run.ok) ?? (runs[0] as BuildMeasurement);
  const sorted = [...ok].sort((a, b) => a.wallSeconds - b.wallSeconds);
  const chosen = sorted[Math.floor((sorted.length - 1) / 2)] as BuildMeasurement;
  const peakProcess = Math.max(...ok.map((run) => run.peakProcessRssBytes ?? 0));
  const cpu = ok.map((run) => run.cpuSeconds).filter((seconds) => seconds !== undefined);
  return {
    ...chosen,
    ...(cpu.length === ok.length ? { cpuSeconds: median(cpu) } : {}),
    peakTreeRssBytes: Math.max(...ok.map((run) => run.peakTreeRssBytes)),
    ...(peakProcess > 0 ? { peakProcessRssBytes: peakProcess } : {}),
    wallRuns: runs.map((run) => run.wallSeconds),
  };
}

export interface SiteBytes {
  featurePages: number;
  htmlPages: number;
  /** gzip -6 of each feature page's HTML, median. */
  featureHtmlGzipMedian: number;
  /** gzip of HTML plus the stylesheets and scripts it loads, median over feature pages. */
  featureFirstLoadGzipMedian: number;
  homeHtmlGzip: number;
  largestHtml: { path: string; gzipBytes: number; bytes: number };
  pagefindBytes: number;
  pagefindFiles: number;
  distBytes: number;
}

export interface ColdQuery {
  bytes: number;
  requests: number;
  results?: number;
  /** Who measured: the search benchmark script, or the built-in fallback. */
  source: string;
  detail?: unknown;
}

export interface SizeResult {
  syntheticPages: number;
  build: BuildMeasurement;
  site?: SiteBytes;
  coldQuery?: ColdQuery;
  coldQueryError?: string;
}

export interface Ratios {
  /** t(4000)/t(1000), wall time. */
  t4000over1000?: number;
  /** t(1000)/t(100), wall time. */
  t1000over100?: number;
  /** Wall time added by Shiki, in percent of the build without it. */
  shikiOverheadPercent?: number;
  /** The same three from CPU seconds, which other load on the machine disturbs far less. */
  cpu4000over1000?: number;
  cpu1000over100?: number;
  shikiOverheadPercentCpu?: number;
}

type Clock = 'wallSeconds' | 'cpuSeconds';

const time = (results: readonly SizeResult[], pages: number, clock: Clock) => {
  const build = results.find((result) => result.syntheticPages === pages)?.build;
  return build?.ok ? build[clock] : undefined;
};

function ratiosBy(results: readonly SizeResult[], withoutHighlight: BuildMeasurement | undefined, clock: Clock) {
  const [t100, t1000, t4000] = [time(results, 100, clock), time(results, 1000, clock), time(results, 4000, clock)];
  const highlighted = withoutHighlight ? time(results, withoutHighlight.syntheticPages, clock) : undefined;
  const plain = withoutHighlight?.ok ? withoutHighlight[clock] : undefined;
  return {
    big: t1000 !== undefined && t4000 !== undefined ? t4000 / t1000 : undefined,
    small: t100 !== undefined && t1000 !== undefined ? t1000 / t100 : undefined,
    shiki: highlighted !== undefined && plain !== undefined ? ((highlighted - plain) / plain) * 100 : undefined,
  };
}

export function computeRatios(results: readonly SizeResult[], withoutHighlight: BuildMeasurement | undefined): Ratios {
  const wall = ratiosBy(results, withoutHighlight, 'wallSeconds');
  const cpu = ratiosBy(results, withoutHighlight, 'cpuSeconds');
  const entries: [keyof Ratios, number | undefined][] = [
    ['t4000over1000', wall.big],
    ['t1000over100', wall.small],
    ['shikiOverheadPercent', wall.shiki],
    ['cpu4000over1000', cpu.big],
    ['cpu1000over100', cpu.small],
    ['shikiOverheadPercentCpu', cpu.shiki],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

export interface GoalResult {
  goal: string;
  /** The measured value, formatted; "not measured" when the run lacks the data. */
  measured: string;
  status: 'PASS' | 'FAIL' | 'n/a';
}

/** The targets from the site's plan. 1 GB and 150 KB are decimal, as they are written. */
export const GOALS = {
  scaling4000over1000: 4.4,
  build1000Seconds: 15,
  build1000RssBytes: 1e9,
  shikiOverheadPercent: 15,
  coldQueryBytes: 150_000,
  coldQueryRequests: 12,
  coldQueryGrowth4000: 1.3,
} as const;

function goal(goal: string, value: number | undefined, limit: number, format: (value: number) => string, strict = false): GoalResult {
  if (value === undefined || !Number.isFinite(value)) return { goal, measured: 'not measured', status: 'n/a' };
  const pass = strict ? value < limit : value <= limit;
  return { goal, measured: format(value), status: pass ? 'PASS' : 'FAIL' };
}

export function evaluateGoals(results: readonly SizeResult[], ratios: Ratios): GoalResult[] {
  const at = (pages: number) => results.find((result) => result.syntheticPages === pages);
  const build1000 = at(1000)?.build;
  const ok1000 = build1000?.ok ? build1000 : undefined;
  const query1000 = at(1000)?.coldQuery;
  const query4000 = at(4000)?.coldQuery;
  const times = (value: number) => `${value.toFixed(2)}×`;
  return [
    goal(`t(4000)/t(1000) ≤ ${GOALS.scaling4000over1000}`, ratios.t4000over1000, GOALS.scaling4000over1000, times),
    goal(`1000-page build < ${GOALS.build1000Seconds} s`, ok1000?.wallSeconds, GOALS.build1000Seconds, formatSeconds, true),
    // Peak RSS as /usr/bin/time reports it (the largest process), the usual meaning and the way the
    // Starlight figure was taken; the whole tree's sum is in the table beside it.
    goal(
      `1000-page build < ${formatBytes(GOALS.build1000RssBytes)} peak RSS (largest process)`,
      ok1000 ? (ok1000.peakProcessRssBytes ?? ok1000.peakTreeRssBytes) : undefined,
      GOALS.build1000RssBytes,
      formatBytes,
      true,
    ),
    goal(`Shiki adds ≤ ${GOALS.shikiOverheadPercent} % to the build`, ratios.shikiOverheadPercent, GOALS.shikiOverheadPercent, (value) => `${value.toFixed(1)} %`),
    goal(`cold first query ≤ ${formatBytes(GOALS.coldQueryBytes)} at 1000 pages`, query1000?.bytes, GOALS.coldQueryBytes, formatBytes),
    goal(`cold first query ≤ ${GOALS.coldQueryRequests} requests at 1000 pages`, query1000?.requests, GOALS.coldQueryRequests, String),
    goal(
      `cold first query bytes at 4000 ≤ ${GOALS.coldQueryGrowth4000}× those at 1000`,
      query1000 && query4000 ? query4000.bytes / query1000.bytes : undefined,
      GOALS.coldQueryGrowth4000,
      times,
    ),
    goal(
      `cold first query requests at 4000 ≤ ${GOALS.coldQueryGrowth4000}× those at 1000`,
      query1000 && query4000 ? query4000.requests / query1000.requests : undefined,
      GOALS.coldQueryGrowth4000,
      times,
    ),
  ];
}
