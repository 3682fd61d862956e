import { describe, expect, test } from 'vitest';
import {
  computeRatios,
  DEFAULT_SIZES,
  evaluateGoals,
  formatBytes,
  formatTable,
  median,
  medianRun,
  parentPid,
  parseBenchArgs,
  parseTimeVerbose,
  PhaseTracker,
  processTree,
  type BuildMeasurement,
  type SizeResult,
} from '../../scripts/bench/report.ts';
import { pageAssets } from '../../scripts/bench/measure.ts';

const build = (syntheticPages: number, wallSeconds: number, extra: Partial<BuildMeasurement> = {}): BuildMeasurement => ({
  syntheticPages,
  highlight: true,
  ok: true,
  wallSeconds,
  peakTreeRssBytes: 900e6,
  peakProcessRssBytes: 800e6,
  phases: [],
  warnings: {},
  logFile: 'build.log',
  ...extra,
});
const size = (pages: number, seconds: number, query?: { bytes: number; requests: number }): SizeResult => ({
  syntheticPages: pages,
  build: build(pages, seconds),
  ...(query ? { coldQuery: { ...query, source: 'test' } } : {}),
});

describe('parseBenchArgs', () => {
  test('defaults', () => {
    expect(parseBenchArgs([])).toMatchObject({ sizes: DEFAULT_SIZES, shikiSize: 1000, lighthouse: false, query: 'virtio', format: 'md' });
    expect(parseBenchArgs(['--format', 'mdx']).format).toBe('mdx');
  });
  test('sizes in both spellings, flags', () => {
    expect(parseBenchArgs(['--sizes', '100,1000']).sizes).toEqual([100, 1000]);
    expect(parseBenchArgs(['--sizes=5, 50', '--lighthouse', '--no-shiki'])).toMatchObject({ sizes: [5, 50], lighthouse: true, shikiSize: undefined });
  });
  test('bad input is refused with a message', () => {
    expect(() => parseBenchArgs(['--sizes', '100,abc'])).toThrow(/--sizes needs a positive whole number, got "abc"/);
    expect(() => parseBenchArgs(['--sizes'])).toThrow(/comma-separated/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown option "--fast"/);
    expect(() => parseBenchArgs(['--format', 'html'])).toThrow(/--format takes md or mdx, got "html"/);
  });
});

describe('medianRun', () => {
  test('reports the median run, with the highest memory of all runs', () => {
    const chosen = medianRun([
      build(1000, 30, { peakProcessRssBytes: 1.5e9, cpuSeconds: 40 }),
      build(1000, 20, { cpuSeconds: 35 }),
      build(1000, 25, { logFile: 'median.log', cpuSeconds: 30 }),
    ]);
    expect(chosen).toMatchObject({ wallSeconds: 25, cpuSeconds: 35, logFile: 'median.log', peakProcessRssBytes: 1.5e9, wallRuns: [30, 20, 25] });
  });
  test('a failed run is what gets reported', () => {
    expect(medianRun([build(1000, 30), build(1000, 2, { ok: false })]).ok).toBe(false);
    expect(medianRun([build(1000, 30)]).wallRuns).toBeUndefined();
  });
});

describe('numbers and tables', () => {
  test('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  test('formatBytes uses decimal units', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(150_000)).toBe('150.0 kB');
    expect(formatBytes(1.6e9)).toBe('1.60 GB');
    expect(formatBytes(undefined)).toBe('–');
  });
  test('formatTable right-aligns numeric columns and left-aligns text', () => {
    const table = formatTable(
      ['pages', 'name'],
      [
        ['100', 'a'],
        ['4000', 'bbb'],
      ],
    ).split('\n');
    expect(table).toEqual(['pages  name', '─────  ────', '  100  a', ' 4000  bbb']);
  });
});

describe('PhaseTracker', () => {
  test('splits the log into Astro phases, then one phase per integration', () => {
    const tracker = new PhaseTracker(0);
    const log: [number, string][] = [
      [1000, '12:00:01 [content] Syncing content'],
      [1500, '12:00:01 [content] Synced content'],
      [1600, '12:00:01 [build] ✓ Completed in 900ms.'],
      [1700, '12:00:01 [build] Building static entrypoints...'],
      [5000, '12:00:05 [build] Rearranging server assets...'],
      [5100, ' generating static routes '],
      [9000, '12:00:09 ✓ Completed in 3.9s.'],
      [9100, '12:00:09 [build] ✓ Completed in 7.4s.'],
      [9200, '12:00:09 [@astrojs/sitemap] `sitemap-index.xml` created'],
      [11000, '12:00:11 [qemu-docs:pagefind] indexed 1000 pages'],
      [11500, '12:00:11 [qemu-docs:output-checks] checked the links'],
      [11600, '12:00:11 [WARN] [qemu-docs:output-checks] no published-urls.txt'],
      [11700, '12:00:11 [build] Complete!'],
    ];
    for (const [at, line] of log) tracker.line(line, at);
    expect(tracker.durations(12000)).toEqual([
      { phase: 'startup + config', seconds: 1 },
      { phase: 'content sync', seconds: 0.5 },
      // The build-info "✓ Completed" line is not mistaken for the end of the static build.
      { phase: 'types + build info', seconds: 0.2 },
      { phase: 'vite bundle', seconds: 3.3 },
      { phase: 'rearrange assets', seconds: 0.1 },
      { phase: 'render pages', seconds: 3.9 },
      { phase: 'finish static build', seconds: 0.1 },
      { phase: 'integration @astrojs/sitemap', seconds: 0.1 },
      { phase: 'integration qemu-docs:pagefind', seconds: 1.8 },
      { phase: 'integration qemu-docs:output-checks', seconds: 0.6 },
      { phase: 'publish + exit', seconds: 0.4 },
    ]);
  });
});

describe('process helpers', () => {
  test('parseTimeVerbose reads max RSS in bytes, CPU seconds and the exit status', () => {
    const output = '\tUser time (seconds): 2.40\n\tSystem time (seconds): 0.72\n\tMaximum resident set size (kbytes): 598004\n\tExit status: 0\n';
    expect(parseTimeVerbose(output)).toEqual({ maxRssBytes: 598004 * 1024, cpuSeconds: 3.12, exitStatus: 0 });
    expect(parseTimeVerbose('nothing')).toEqual({});
  });
  test('parentPid copes with spaces and parentheses in the command name', () => {
    expect(parentPid('4242 (node (worker) x) S 4200 4242 4200 0 -1')).toBe(4200);
  });
  test('processTree finds every descendant', () => {
    const parents = new Map([
      [2, 1],
      [3, 2],
      [4, 2],
      [5, 9],
    ]);
    expect(processTree(2, parents).sort()).toEqual([2, 3, 4]);
  });
  test('pageAssets lists stylesheets and script files, not inline scripts or icons', () => {
    const html = '<link rel="icon" href="/f.svg"><link rel="stylesheet" href="/a.css"><script type="module">x()</script><script type="module" src="/_astro/b.js"></script>';
    expect(pageAssets(html)).toEqual(['/a.css', '/_astro/b.js']);
  });
});

describe('ratios and goals', () => {
  test('ratios need both sizes; Shiki overhead compares the two builds of one size', () => {
    const results = [size(100, 2), size(1000, 10), size(4000, 45)];
    const ratios = computeRatios(results, build(1000, 8, { highlight: false }));
    expect(ratios).toEqual({ t1000over100: 5, t4000over1000: 4.5, shikiOverheadPercent: 25 });
    expect(computeRatios([size(100, 2)], undefined)).toEqual({});
  });

  test('the same ratios from CPU seconds when /usr/bin/time measured them', () => {
    const cpu = (pages: number, wall: number, cpuSeconds: number): SizeResult => ({ syntheticPages: pages, build: build(pages, wall, { cpuSeconds }) });
    const ratios = computeRatios([cpu(100, 2, 3), cpu(1000, 10, 15), cpu(4000, 45, 60)], build(1000, 8, { highlight: false, cpuSeconds: 12 }));
    expect(ratios).toMatchObject({ cpu1000over100: 5, cpu4000over1000: 4, shikiOverheadPercentCpu: 25 });
  });

  test('goals pass, fail, or are not measured', () => {
    const results = [size(1000, 14, { bytes: 140_000, requests: 11 }), size(4000, 70, { bytes: 190_000, requests: 11 })];
    const goals = evaluateGoals(results, computeRatios(results, build(1000, 13, { highlight: false })));
    const status = Object.fromEntries(goals.map((goal) => [goal.goal, goal.status]));
    expect(status).toEqual({
      't(4000)/t(1000) ≤ 4.4': 'FAIL',
      '1000-page build < 15 s': 'PASS',
      '1000-page build < 1.00 GB peak RSS (largest process)': 'PASS',
      'Shiki adds ≤ 15 % to the build': 'PASS',
      'cold first query ≤ 150.0 kB at 1000 pages': 'PASS',
      'cold first query ≤ 12 requests at 1000 pages': 'PASS',
      'cold first query bytes at 4000 ≤ 1.3× those at 1000': 'FAIL',
      'cold first query requests at 4000 ≤ 1.3× those at 1000': 'PASS',
    });
    expect(evaluateGoals([], {}).every((goal) => goal.status === 'n/a')).toBe(true);
  });

  test('a failed 1000-page build fails no goal by accident: its numbers are not used', () => {
    const failed: SizeResult = { syntheticPages: 1000, build: build(1000, 1, { ok: false, error: 'boom' }) };
    const goals = evaluateGoals([failed], computeRatios([failed], undefined));
    expect(goals.find((goal) => goal.goal.startsWith('1000-page build < 15'))?.status).toBe('n/a');
  });
});
