/** Builds a throwaway copy of a small content set, to see how the build treats bad input. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './built-site.ts';

export interface FixtureBuild {
  /** The content copy; edit files here before calling build(). */
  contentDir: string;
  /** Where the build publishes; it holds a "last good" marker before the first build. */
  outDir: string;
  build(env?: Record<string, string>): { status: number; output: string };
}

/** A copy of tests/fixtures/minimal plus the real architecture entries, and a "last good" site. */
export function fixtureBuild(): FixtureBuild {
  const dir = mkdtempSync(path.join(tmpdir(), 'qemu-docs-fixture-'));
  const contentDir = path.join(dir, 'content');
  cpSync(path.join(root, 'tests/fixtures/minimal'), contentDir, { recursive: true });
  cpSync(path.join(root, 'content/architectures'), path.join(contentDir, 'architectures'), { recursive: true });
  const outDir = path.join(dir, 'dist');
  mkdirSync(outDir);
  writeFileSync(path.join(outDir, 'index.html'), 'last good site');
  return {
    contentDir,
    outDir,
    build(env = {}) {
      const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts')], {
        cwd: root,
        env: { ...cleanEnvironment(), CONTENT_DIR: contentDir, OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
    },
  };
}

/**
 * The environment without what Vitest adds to it (BASE_URL, MODE, NODE_ENV=test, VITEST…): a build
 * started from a test must see what a build started from a shell sees, or Vite takes BASE_URL=/
 * from the test runner and ignores the base under test.
 */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key)) delete env[key];
  }
  return env;
}
