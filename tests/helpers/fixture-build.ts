/** Builds a throwaway copy of a small content set, to see how the build treats bad input. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './built-site.ts';
import { SITE_MARKER } from '../../scripts/site-swap.ts';

export interface FixtureBuild {
  /** The content copy; edit files here before calling build(). */
  contentDir: string;
  /** Where the build publishes; it holds a "last good" marker before the first build. */
  outDir: string;
  /** The project the build runs in: a copy of the checkout's code (see copyOfProject). */
  projectDir: string;
  /**
   * Changes the site's own code in the project copy (`file` relative to it): `from` replaced by `to`,
   * failing if `from` is not there, so a test that breaks a renderer on purpose cannot go on
   * unbroken after that code moves.
   */
  changeSiteCode(file: string, from: string, to: string): void;
  /** Runs `npm run build`'s script in the project copy, with `args` after it (`--verbose`). */
  build(env?: Record<string, string>, args?: readonly string[]): { status: number; output: string };
  /** Runs `astro build` itself in the project, without the pre-flight of `npm run build`, into a folder of its own. */
  astroBuild(env?: Record<string, string>, outDirName?: string): { status: number; output: string; outDir: string };
}

/**
 * A copy of the project's code (not its content, .astro/ or caches), whose node_modules links to the
 * checkout's packages: a test may change the code that renders pages there, and the checkout's
 * source and content store are never touched.
 */
function copyOfProject(dir: string): string {
  const copy = path.join(dir, 'project');
  for (const item of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'public', 'scripts']) cpSync(path.join(root, item), path.join(copy, item), { recursive: true });
  mkdirSync(path.join(copy, 'node_modules'));
  // Astro's content store and Vite's caches live in node_modules/.astro and .vite: the copy has its own.
  for (const name of readdirSync(path.join(root, 'node_modules')).filter((name) => !['.astro', '.vite', '.cache'].includes(name))) {
    symlinkSync(path.join(root, 'node_modules', name), path.join(copy, 'node_modules', name));
  }
  return copy;
}

/**
 * A copy of tests/fixtures/minimal plus the real architecture entries, and a "last good" site. The
 * build runs in a copy of the project (see copyOfProject), never in the checkout: there it would
 * take the checkout's build lock and empty its content store, so a developer's build and the suite
 * would get in each other's way, and so would two test files running side by side.
 */
export function fixtureBuild(): FixtureBuild {
  const dir = mkdtempSync(path.join(tmpdir(), 'qemu-docs-fixture-'));
  const projectDir = copyOfProject(dir);
  const contentDir = path.join(dir, 'content');
  cpSync(path.join(root, 'tests/fixtures/minimal'), contentDir, { recursive: true });
  cpSync(path.join(root, 'content/architectures'), path.join(contentDir, 'architectures'), { recursive: true });
  const outDir = path.join(dir, 'dist');
  mkdirSync(outDir);
  writeFileSync(path.join(outDir, 'index.html'), 'last good site');
  // Marked as a site the build made, or the build would refuse to replace it (scripts/site-swap.ts).
  writeFileSync(path.join(outDir, SITE_MARKER), '');
  return {
    contentDir,
    outDir,
    projectDir,
    changeSiteCode(file, from, to) {
      const source = path.join(projectDir, file);
      const original = readFileSync(source, 'utf8');
      if (!original.includes(from)) throw new Error(`${file} no longer holds ${JSON.stringify(from)}: update the test that changes it`);
      writeFileSync(source, original.replace(from, to));
    },
    build(env = {}, args = []) {
      const result = spawnSync(process.execPath, [path.join(projectDir, 'scripts/build.ts'), ...args], {
        cwd: projectDir,
        env: { ...cleanEnvironment(), CONTENT_DIR: contentDir, OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
    },
    astroBuild(env = {}, outDirName = 'astro-out') {
      const astroOut = path.join(dir, outDirName);
      const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', astroOut], {
        cwd: projectDir,
        env: { ...cleanEnvironment(), CONTENT_DIR: contentDir, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}`, outDir: astroOut };
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
