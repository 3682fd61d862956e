import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { endPhase, phaseSeconds } from '../../src/build/build-phases.ts';

describe('build phases (the benchmark\'s time per phase)', () => {
  afterEach(() => vi.unstubAllEnvs());

  test('a phase lasts from the end of the one before it, the first from the start of the build', () => {
    expect(phaseSeconds([{ phase: 'checks', at: 1500 }, { phase: 'sync', at: 4000 }], 1000)).toEqual([['checks', 0.5], ['sync', 2.5]]);
  });

  test('ends from two processes are put in time order, and a phase that ends twice is summed in its first place', () => {
    const ends = [
      { phase: 'render', at: 9000 },
      { phase: 'bundling', at: 3000 },
      { phase: 'sync', at: 2000 },
      { phase: 'bundling', at: 5000 },
    ];
    expect(phaseSeconds(ends, 0)).toEqual([['sync', 2], ['bundling', 3], ['render', 4]]);
  });

  test('writes nothing without BUILD_PHASES_FILE, and one JSON line per end with it', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'phases-')), 'phases.jsonl');
    vi.stubEnv('BUILD_PHASES_FILE', '');
    endPhase('ignored');
    vi.stubEnv('BUILD_PHASES_FILE', file);
    endPhase('content checks');
    endPhase('publishing');
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { phase: string; at: number });
    expect(lines.map((line) => line.phase)).toEqual(['content checks', 'publishing']);
    expect(lines[1]!.at).toBeGreaterThanOrEqual(lines[0]!.at);
  });
});
