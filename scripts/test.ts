/**
 * `npm test`: every check, in the order a failure is cheapest to read. Type check and lint, then a
 * build of the real content (the suites read dist/), then every Vitest project: unit, built site and
 * bad input, browser, and the runnable examples against a real QEMU. All steps run even when one
 * fails (except after a failed build), and the last line sums them up.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

const steps: { name: string; command: string; args: string[] }[] = [
  { name: 'type check (astro check)', command: bin('astro'), args: ['check'] },
  { name: 'lint (eslint, zero warnings)', command: bin('eslint'), args: ['.', '--max-warnings', '0'] },
  { name: 'build of the real content', command: process.execPath, args: [path.join(root, 'scripts/build.ts')] },
  // One Vitest project at a time: builds, browsers and QEMU would fight over two cores otherwise.
  ...['unit', 'site', 'browser', 'examples'].map((project) => ({ name: `${project} tests (vitest)`, command: bin('vitest'), args: ['run', '--project', project] })),
];

const failed: string[] = [];
// Each step's time, printed at the end: the README reports them, and a slow step is found at a glance.
const times: string[] = [];
const suiteStart = performance.now();
const seconds = (since: number) => `${Math.round((performance.now() - since) / 1000)} s`;
for (const step of steps) {
  process.stdout.write(`\n▶ ${step.name}\n`);
  const stepStart = performance.now();
  const result = spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  times.push(`${step.name}: ${seconds(stepStart)}`);
  if (result.status !== 0) failed.push(step.name);
  // Without a fresh build the suites would test an old site: stop here rather than mislead.
  if (result.status !== 0 && step.name.startsWith('build')) break;
}
process.stdout.write(`\n${times.join('\n')}\nin all: ${seconds(suiteStart)}\n`);
process.stdout.write(`\n${failed.length === 0 ? '✔ every step passed' : `✖ failed: ${failed.join('; ')}`}\n`);
process.exit(failed.length === 0 ? 0 : 1);
