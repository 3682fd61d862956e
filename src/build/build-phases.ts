import { appendFileSync } from 'node:fs';

/**
 * The end of each phase of a build, for `npm run bench`'s time per phase. Each end is appended as
 * one JSON line to the file named by BUILD_PHASES_FILE; scripts/build.ts and the `astro build` it
 * starts write to the same file, so the order of the ends is the order of the phases. Without the
 * variable nothing is written: a normal build does not pay for it.
 */
export interface PhaseEnd {
  /** The phase that has just ended, as the benchmark prints it. */
  phase: string;
  /** Epoch milliseconds: comparable across the two processes. */
  at: number;
}

// The first phase of each process starts with the process (Astro's start-up in the `astro build` process).
let previousEnd = performance.timeOrigin;

/**
 * Marks the end of a phase, and returns its seconds: since the previous end in this process, or
 * since the process started. The build's phase lines print them (src/lib/build-report.ts).
 */
export function endPhase(phase: string): number {
  const at = Date.now();
  const file = process.env['BUILD_PHASES_FILE'];
  if (file) appendFileSync(file, `${JSON.stringify({ phase, at } satisfies PhaseEnd)}\n`);
  const seconds = (at - previousEnd) / 1000;
  previousEnd = at;
  return seconds;
}

/**
 * Seconds per phase, from the phase ends and the time the build started. A phase that ends more
 * than once (the bundler closes one bundle per environment) is summed, and keeps its first place.
 * @example phaseSeconds([{ phase: 'a', at: 1500 }, { phase: 'b', at: 4000 }], 1000) // → [['a', 0.5], ['b', 2.5]]
 */
export function phaseSeconds(ends: readonly PhaseEnd[], startedAt: number): [string, number][] {
  const seconds = new Map<string, number>();
  let previous = startedAt;
  for (const { phase, at } of [...ends].sort((a, b) => a.at - b.at)) {
    seconds.set(phase, (seconds.get(phase) ?? 0) + (at - previous) / 1000);
    previous = at;
  }
  return [...seconds];
}
