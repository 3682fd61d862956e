import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';
import { root } from '../helpers/built-site.ts';

/**
 * A copy of the project to run `npm run build` in, with a content/ folder of its own: if the guard
 * ever failed, what it would destroy is a throwaway copy, not the checkout.
 */
function projectCopy() {
  const { projectDir } = fixtureBuild();
  cpSync(path.join(root, 'tests/fixtures/minimal'), path.join(projectDir, 'content'), { recursive: true });
  return projectDir;
}
/**
 * The processes (pid and command line) whose command line names `dir` or whose working folder is in
 * it, read from /proc: the folder is a fresh temporary one, so whatever is found was started there.
 */
function processesIn(dir: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (commandLine.includes(dir) || cwd === dir || cwd.startsWith(`${dir}/`)) found.push(`${pid}: ${commandLine}`);
    } catch {
      // Gone meanwhile, or another user's process.
    }
  }
  return found;
}
/** A build in `projectDir` that stops before Astro runs, with `env` on top of a clean environment. */
function build(projectDir: string, env: Record<string, string>, args: string[] = []) {
  const result = spawnSync(process.execPath, [path.join(projectDir, 'scripts/build.ts'), ...args], { cwd: projectDir, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...env }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

test('an output folder in the content, the project or its parent is refused before anything is touched', () => {
  const projectDir = projectCopy();
  const before = listing(path.dirname(projectDir));
  for (const outDir of ['content', 'content/features', '.', '..', 'src']) {
    const { status, output } = build(projectDir, { OUT_DIR: outDir });
    expect(status, outDir).toBe(1);
    expect(output, outDir).toMatch(new RegExp(`OUT_DIR="${outDir.replace(/\./g, '\\.')}": (is inside|is the project folder|holds the project folder)[^]*Nothing was built or replaced`));
  }
  expect(listing(path.dirname(projectDir))).toEqual(before);
});
test("Astro's own --outDir cannot be passed through", () => {
  const { status, output } = build(projectCopy(), {}, ['--outDir', 'elsewhere']);
  expect(status).toBe(1);
  expect(output).toMatch(/npm run build takes no arguments but --verbose and --silent \(got: --outDir elsewhere\)[^]*Set OUT_DIR/);
});
test('a folder the build did not make is not replaced', () => {
  const fixture = fixtureBuild();
  const mine = path.join(path.dirname(fixture.outDir), 'mine');
  mkdirSync(mine);
  writeFileSync(path.join(mine, 'notes.txt'), 'my own work');
  const { status, output } = fixture.build({ OUT_DIR: mine });
  expect(status).toBe(1);
  expect(output).toMatch(/mine\/ exists and was not built by npm run build[^]*Nothing was built or replaced/);
  expect(readdirSync(mine)).toEqual(['notes.txt']);
});
test('after a kill between the two renames, the next build restores the last good site first, even when it then fails', () => {
  const fixture = fixtureBuild();
  renameSync(fixture.outDir, `${fixture.outDir}.previous`);
  mkdirSync(path.join(fixture.contentDir, 'features', 'nested'));
  const { status, output } = fixture.build();
  expect(status).toBe(1);
  expect(output).toMatch(/Restored the last good site from .*dist\.previous\//);
  expect(output).toMatch(/features\/nested\/: \(folder\): pages must sit directly in [^]*The last good site in .*dist\/ was left as it was/);
  expect(readFileSync(path.join(fixture.outDir, 'index.html'), 'utf8')).toBe('last good site');
});
test('SIGTERM stops Astro, releases the lock and exits with 143, leaving the last good site', async () => {
  const fixture = fixtureBuild();
  const child = spawn(process.execPath, [path.join(fixture.projectDir, 'scripts/build.ts')], {
    cwd: fixture.projectDir,
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', CONTENT_DIR: fixture.contentDir, OUT_DIR: fixture.outDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Stopped once Astro is at work; a build that ends or stalls before that fails here, with its output.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Astro never started syncing content:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (/Syncing content|building|Astro start-up/i.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the build exited (${code}) before Astro started syncing content:\n${output}`));
    });
  });
  child.kill('SIGTERM');
  // 'close', not 'exit': all of the output has arrived by then.
  const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
  expect(code, output).toBe(143);
  // Stopped, not left to finish: Astro never got to the end of its build.
  expect(output).not.toMatch(/\bComplete!/);
  expect(existsSync(path.join(fixture.projectDir, '.astro', 'build.lock'))).toBe(false);
  expect(readFileSync(path.join(fixture.outDir, 'index.html'), 'utf8')).toBe('last good site');
  // The Astro child went with it: nothing runs from the copy any more.
  expect(processesIn(fixture.projectDir)).toEqual([]);
});
