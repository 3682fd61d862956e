import { describe, expect, test } from 'vitest';
import { compactAction, formatCount, formatSeconds, phaseLine, progressDue, progressLine, reusedRoute, type BuildLogEvent } from '../../src/lib/build-report.ts';

const event = (level: BuildLogEvent['level'], label: string | null, newLine = true) => ({ level, label, newLine });

describe('the compact build log (npm run build without --verbose)', () => {
  test('a route Astro writes (an info line without its end) is counted, not printed', () => {
    expect(compactAction(event('info', null, false))).toBe('route');
  });

  test('warnings and errors are shown whatever their label, even mid-line', () => {
    for (const label of [null, 'build', 'vite', 'qemu-docs:finish-site']) {
      expect(compactAction(event('warn', label))).toBe('show');
      expect(compactAction(event('error', label, false))).toBe('show');
    }
  });

  test("the site's own integrations print their phase lines; Astro's own information is dropped", () => {
    expect(compactAction(event('info', 'qemu-docs:build-phases'))).toBe('phase');
    for (const label of [null, 'build', 'content', 'vite', 'SKIP_FORMAT', '@astrojs/sitemap', 'qemu-docs']) expect(compactAction(event('info', label)), String(label)).toBe('drop');
    expect(compactAction(event('info', 'SKIP_FORMAT', false))).toBe('drop');
    expect(compactAction(event('debug', 'qemu-docs:build-phases'))).toBe('drop');
  });
});

describe('phase and progress lines', () => {
  test('a phase line names the phase, what it did when counted, and its seconds to a tenth', () => {
    expect(phaseLine('page rendering', 8.84, `${formatCount(4292)} files`)).toBe('✓ page rendering: 4,292 files in 8.8 s');
    expect(phaseLine('sitemap', 0.04)).toBe('✓ sitemap in 0.0 s');
    expect(formatSeconds(272.66)).toBe('272.7 s');
    expect(formatSeconds(-0.001)).toBe('0.0 s');
    expect(formatCount(40292)).toBe('40,292');
  });

  test('the progress line counts the files written so far', () => {
    expect(progressLine(1, 0.25)).toBe('… rendering pages: 1 file written in 0.3 s');
    expect(progressLine(12345, 3.04)).toBe('… rendering pages: 12,345 files written in 3.0 s');
  });

  test('the progress line is due at most once an interval, counted from the last one written', () => {
    const state = { last: 1000 };
    expect(progressDue(state, 1050, 100)).toBe(false);
    expect(progressDue(state, 1100, 100)).toBe(true);
    expect(state.last).toBe(1100);
    expect(progressDue(state, 1199, 100)).toBe(false);
    expect(progressDue(state, 1300, 100)).toBe(true);
  });
});

describe('pages copied from the last build (Astro incremental build)', () => {
  test("the end of a route's line that says restored or cached counts; anything else does not", () => {
    const end = (message: string, label: string | null = 'SKIP_FORMAT') => ({ level: 'info' as const, label, message, newLine: true });
    expect(reusedRoute(end(' (restored)'))).toBe(true);
    expect(reusedRoute(end(' (cached)'))).toBe(true);
    expect(reusedRoute(end(' (+12ms) '))).toBe(false);
    expect(reusedRoute(end(' (restored)', null))).toBe(false);
    expect(reusedRoute(end(' (restored) (+3ms)'))).toBe(false);
  });
});
