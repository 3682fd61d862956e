/**
 * `npm test`: every check, in the order a failure is cheapest to read. Type check, lint and a build
 * of the real content (the suites read dist/), then every Vitest project: unit, built site and bad
 * input, browser, and the runnable examples against a real QEMU. All steps run even when one fails
 * (except after a failed build), and the last lines give each step's time and sum them up.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

interface Step {
  name: string;
  command: string;
  args: string[];
}

/**
 * Steps in stages. The steps of a stage run side by side, their output held and printed whole, in
 * order, once all have ended: type check and lint each keep about one core busy, so on two cores
 * both take the time of the longer. Not the build beside them: `astro check` syncs content into
 * the same .astro/ store the build writes. One Vitest project at a time: each uses every core,
 * and builds, browsers and QEMU would fight over them.
 */
const stages: Step[][] = [
  [
    { name: 'type check (astro check)', command: bin('astro'), args: ['check'] },
    { name: 'lint (eslint, zero warnings)', command: bin('eslint'), args: ['.', '--max-warnings', '0'] },
  ],
  [{ name: 'build of the real content', command: process.execPath, args: [path.join(root, 'scripts/build.ts')] }],
  ...['unit', 'site', 'browser', 'examples'].map((project) => [{ name: `${project} tests (vitest)`, command: bin('vitest'), args: ['run', '--project', project] }]),
];

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const seconds = (since: number) => `${Math.round((performance.now() - since) / 1000)} s`;

/** Runs a step; a stage of one prints as it goes, a step beside others prints once it has ended. */
function run(step: Step, alone: boolean): Promise<{ status: number | null; output: string; time: string }> {
  const start = performance.now();
  if (alone) process.stdout.write(`\n▶ ${step.name}\n`);
  const child = spawn(step.command, step.args, { cwd: root, env, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output, time: seconds(start) })));
}

const failed: string[] = [];
const times: string[] = [];
const suiteStart = performance.now();
for (const stage of stages) {
  const results = await Promise.all(stage.map((step) => run(step, stage.length === 1)));
  stage.forEach((step, index) => {
    const { status, output, time } = results[index]!;
    if (stage.length > 1) process.stdout.write(`\n▶ ${step.name}\n${output}`);
    times.push(`${step.name}: ${time}`);
    if (status !== 0) failed.push(step.name);
  });
  // Without a fresh build the suites would test an old site: stop here rather than mislead.
  if (failed.some((name) => name.startsWith('build'))) break;
}
process.stdout.write(`\n${times.join('\n')}\nin all: ${seconds(suiteStart)}\n`);
process.stdout.write(`\n${failed.length === 0 ? '✔ every step passed' : `✖ failed: ${failed.join('; ')}`}\n`);
process.exit(failed.length === 0 ? 0 : 1);
