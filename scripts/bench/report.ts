/**
 * The pure half of `npm run bench`: argument parsing, the build-log phase markers, the numbers
 * derived from the measurements (ratios, goals) and the plain-text tables. No I/O here, so all of
 * it is unit-tested (tests/unit/bench-report.test.ts).
 */

export interface BenchOptions {
  /** Synthetic page counts to build, in order. */
  sizes: number[];
  /** The size built a second time with syntax highlighting off; undefined skips that build. */
  shikiSize: number | undefined;
  /** Pagefind query for the cold first-query measurement. */
  query: string;
  lighthouse: boolean;
  /** Keep the temporary folder (content copies, builds, logs) for inspection. */
  keep: boolean;
  seed: number;
  help: boolean;
}

export const DEFAULT_SIZES = [100, 1000, 4000];

export const USAGE = `Usage: npm run bench -- [options]

  --sizes 100,1000,4000   synthetic page counts to build (default ${DEFAULT_SIZES.join(',')})
  --shiki-size 1000       build this size again with syntax highlighting off (default 1000)
  --no-shiki              skip the build without highlighting
  --query virtio          the word searched for the cold first-query measurement
  --lighthouse            also run Lighthouse on dist/ and on the largest synthetic build
  --seed 1                seed of the synthetic pages (same seed, same site)
  --keep                  keep the temporary folder with the content, builds and logs`;

function positiveInteger(flag: string, value: string | undefined): number {
  const number = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || number < 1) throw new Error(`${flag} needs a positive whole number, got "${value ?? ''}"`);
  return number;
}

/** Parses the command line; throws with a readable message on anything it does not know. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { sizes: DEFAULT_SIZES, shikiSize: 1000, query: 'virtio', lighthouse: false, keep: false, seed: 1, help: false };
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

/** Lines of the build log that start a phase, in the order Astro 7 prints them (see runBuild). */
export const PHASE_MARKERS: readonly { phase: string; pattern: RegExp }[] = [
  { phase: 'content sync', pattern: /\[content\] Syncing content/ },
  { phase: 'types + build info', pattern: /\[content\] Synced content/ },
  { phase: 'vite bundle', pattern: /Building static entrypoints/ },
  { phase: 'rearrange assets', pattern: /Rearranging server assets/ },
  { phase: 'render pages', pattern: /generating static routes/ },
  { phase: 'sitemap', pattern: /\[build\] ✓ Completed in/ },
  { phase: 'pagefind index', pattern: /\[@astrojs\/sitemap\]/ },
  { phase: 'link check', pattern: /\[qemu-docs:pagefind\]/ },
  { phase: 'finish + publish', pattern: /\[qemu-docs:link-check\]/ },
];

/**
 * Follows the build log line by line. Markers are matched in order, each at most once, because some
 * texts (`[build] ✓ Completed in`) appear more than once and only the next expected one counts.
 */
export class PhaseTracker {
  private next = 0;
  readonly marks: { phase: string; at: number }[];

  constructor(startedAt: number) {
    this.marks = [{ phase: 'startup + checks', at: startedAt }];
  }

  /** Returns the phase that starts with this line, if any. */
  line(text: string, at: number): string | undefined {
    for (let i = this.next; i < PHASE_MARKERS.length; i++) {
      const marker = PHASE_MARKERS[i] as (typeof PHASE_MARKERS)[number];
      if (marker.pattern.test(text)) {
        this.next = i + 1;
        this.marks.push({ phase: marker.phase, at });
        return marker.phase;
      }
    }
    return undefined;
  }

  /** Seconds spent in each phase that was seen, the last one ending at `endedAt`. */
  durations(endedAt: number): { phase: string; seconds: number }[] {
    return this.marks.map((mark, i) => ({ phase: mark.phase, seconds: ((this.marks[i + 1]?.at ?? endedAt) - mark.at) / 1000 }));
  }
}

/** "Maximum resident set size (kbytes): 598004" from `/usr/bin/time -v`, in bytes. */
export function parseTimeVerbose(output: string): { maxRssBytes?: number; exitStatus?: number } {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
  const status = /Exit status: (\d+)/.exec(output)?.[1];
  return { ...(rss ? { maxRssBytes: Number(rss) * 1024 } : {}), ...(status ? { exitStatus: Number(status) } : {}) };
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
  phases: { phase: string; seconds: number }[];
  /** Warnings the build printed (`[WARN]` lines), by kind. */
  warnings: Record<string, number>;
  logFile: string;
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
  /** t(4000)/t(1000). */
  t4000over1000?: number;
  /** t(1000)/t(100). */
  t1000over100?: number;
  /** Build time added by Shiki, in percent of the build without it. */
  shikiOverheadPercent?: number;
}

const wall = (results: readonly SizeResult[], pages: number) => {
  const build = results.find((result) => result.syntheticPages === pages)?.build;
  return build?.ok ? build.wallSeconds : undefined;
};

export function computeRatios(results: readonly SizeResult[], withoutHighlight: BuildMeasurement | undefined): Ratios {
  const ratios: Ratios = {};
  const [t100, t1000, t4000] = [wall(results, 100), wall(results, 1000), wall(results, 4000)];
  if (t1000 !== undefined && t4000 !== undefined) ratios.t4000over1000 = t4000 / t1000;
  if (t100 !== undefined && t1000 !== undefined) ratios.t1000over100 = t1000 / t100;
  const withHighlight = withoutHighlight ? wall(results, withoutHighlight.syntheticPages) : undefined;
  if (withoutHighlight?.ok && withHighlight !== undefined) {
    ratios.shikiOverheadPercent = ((withHighlight - withoutHighlight.wallSeconds) / withoutHighlight.wallSeconds) * 100;
  }
  return ratios;
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
    goal(`1000-page build < ${formatBytes(GOALS.build1000RssBytes)} peak RSS (whole process tree)`, ok1000?.peakTreeRssBytes, GOALS.build1000RssBytes, formatBytes, true),
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
