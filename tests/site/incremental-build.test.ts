import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';

/** Files that differ between two folders, as `diff -rq` lists them (empty when byte for byte the same). */
function differences(a: string, b: string): string {
  const result = spawnSync('diff', ['-rq', a, b], { encoding: 'utf8' });
  return result.stdout + result.stderr;
}

test('a rebuild that reuses pages of the last build (Astro incremental build) publishes what a clean build of the same content publishes', () => {
  const fixture = fixtureBuild();
  // --verbose for both: Astro's listing says which pages it copied from the last build, and the log
  // level is part of the code Astro hashes (its logger module), so a rebuild reuses pages only of a
  // build made at the same level.
  expect(fixture.build({}, ['--verbose']).status).toBe(0);
  const alpha = path.join(fixture.contentDir, 'features/alpha-feature.mdx');
  writeFileSync(alpha, readFileSync(alpha, 'utf8').replace(/^## What it is\n\n/m, '## What it is\n\nAn edited sentence.\n\n'));
  const incremental = fixture.build({}, ['--verbose']);
  expect(incremental.status, incremental.output).toBe(0);
  expect(incremental.output).toMatch(/├─ \/features\/beta-feature\/index\.html \(restored\)/);
  expect(incremental.output).not.toMatch(/├─ \/features\/alpha-feature\/index\.html \(restored\)/);
  expect(readFileSync(path.join(fixture.outDir, 'features/alpha-feature/index.html'), 'utf8')).toContain('An edited sentence.');
  const kept = `${fixture.outDir}.incremental`;
  cpSync(fixture.outDir, kept, { recursive: true });
  // A clean build of the same content: no content store, no incremental cache (both in the copy's .astro and node_modules/.astro).
  for (const state of ['.astro', 'node_modules/.astro']) rmSync(path.join(fixture.projectDir, state), { recursive: true, force: true });
  const clean = fixture.build();
  expect(clean.status, clean.output).toBe(0);
  expect(clean.output).not.toContain('(restored)');
  expect(differences(kept, fixture.outDir)).toBe('');
});
