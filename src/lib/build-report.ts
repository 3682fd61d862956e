/**
 * How `npm run build` reports itself: one line per phase, with what it did and how long it took, and
 * while pages render a progress line (rewritten in place in a terminal, a plain line now and then
 * where the output is a log file, as in CI). Astro's own listing of every route it writes, four
 * lines a feature page, is left to `npm run build -- --verbose`. The logger that applies this is
 * src/build/build-log.ts; the phases are marked by src/integrations/build-phases.ts,
 * src/integrations/finish-site.ts and scripts/build.ts.
 */

/** One event of Astro's logger, as a logger destination receives it (`AstroLoggerMessage`). */
export interface BuildLogEvent {
  level: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  label: string | null;
  message: string;
  newLine: boolean;
}

/** The site's integrations log with labels that start so; their lines are the phase lines. */
export const OWN_LABEL_PREFIX = 'qemu-docs:';

/**
 * What the compact log does with one of Astro's log events:
 * - `show`: a warning or an error, printed in full as Astro prints it;
 * - `phase`: a line of the site's own integrations, printed as it is;
 * - `route`: one route written (Astro logs each as an info event with no line end, and its time or
 *   "(cached)" after it: astro/dist/core/build/generate.js), counted for the progress line;
 * - `drop`: the rest of Astro's information (its banners, timings, the route times).
 * @example compactAction({ level: 'info', label: null, message: '  ├─ /features/colo/index.html', newLine: false }) // → 'route'
 */
export function compactAction(event: Pick<BuildLogEvent, 'level' | 'label' | 'newLine'>): 'show' | 'phase' | 'route' | 'drop' {
  if (event.level === 'warn' || event.level === 'error') return 'show';
  if (event.level !== 'info') return 'drop';
  if (event.label?.startsWith(OWN_LABEL_PREFIX)) return 'phase';
  if (event.label === null && !event.newLine) return 'route';
  return 'drop';
}

/**
 * Whether an event is the end of a route's line saying the page was copied from the last build
 * (Astro's incremental build writes ` (restored)` or ` (cached)` after the route).
 * @example reusedRoute({ level: 'info', label: 'SKIP_FORMAT', message: ' (restored)', newLine: true }) // → true
 */
export function reusedRoute(event: BuildLogEvent): boolean {
  return event.level === 'info' && event.label === 'SKIP_FORMAT' && /^\s*\((restored|cached)\)\s*$/.test(event.message);
}

/** Where the compact log leaves the count of pages copied from the last build for the page-rendering line (one process: Astro's). */
export const REUSED_PAGES = Symbol.for('qemu-docs.build-log.reused-pages');

/** A count as the report writes it: `4,292`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** Seconds as the report writes them: one decimal, `0.2 s`, `272.7 s`. */
export function formatSeconds(seconds: number): string {
  return `${Math.max(0, seconds).toFixed(1)} s`;
}

/**
 * The line that says a phase is done: its name, what it did when that can be counted, its time.
 * @example phaseLine('page rendering', 8.84, '4,292 files') // → '✓ page rendering: 4,292 files in 8.8 s'
 */
export function phaseLine(phase: string, seconds: number, what?: string): string {
  return `✓ ${phase}${what ? `: ${what}` : ''} in ${formatSeconds(seconds)}`;
}

/**
 * The progress line while pages render.
 * @example progressLine(1234, 3.04) // → '… rendering pages: 1,234 files written in 3.0 s'
 */
export function progressLine(written: number, seconds: number): string {
  return `… rendering pages: ${formatCount(written)} file${written === 1 ? '' : 's'} written in ${formatSeconds(seconds)}`;
}

/** How often the progress line is written: often in a terminal, where it is rewritten in place; rarely in a log file, where each is a line of its own. */
export const PROGRESS_INTERVAL_MS = { terminal: 100, log: 5000 } as const;

/**
 * Whether the progress line is due again, at most once an interval (the first one after an
 * interval has passed since the start, so a short phase writes none).
 * @example progressDue({ last: 0 }, 120, 100) // → true, and the state's `last` is 120
 */
export function progressDue(state: { last: number }, now: number, intervalMs: number): boolean {
  if (now - state.last < intervalMs) return false;
  state.last = now;
  return true;
}
