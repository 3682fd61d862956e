/**
 * Runs the `run` code blocks of the content against the installed QEMU: shell blocks with bash,
 * QMP transcripts by talking QMP over QEMU's stdio. Each run gets a fresh folder, a time limit and
 * its own process group, so a hung QEMU is killed together with anything it started.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TESTED_QEMU, TESTED_QEMU_VERSION, type RunMeta } from '../../src/lib/example-meta.ts';
import { ExampleExtractionError, extractExamples, type CodeBlock } from '../../src/lib/extract-examples.ts';
import { isEventExpectation, meetsExpectation, type QmpExpectation } from '../../src/lib/qmp-transcript.ts';
import { root } from './built-site.ts';

export const featuresDir = path.join(root, 'content', 'features');

/** Every code block of every feature page, and the pages whose blocks could not be read. */
export function collectExamples(): { blocks: CodeBlock[]; problems: string[] } {
  const blocks: CodeBlock[] = [];
  const problems: string[] = [];
  const pages = readdirSync(featuresDir).filter((name) => /\.mdx?$/.test(name)).sort();
  for (const name of pages) {
    const page = path.posix.join('content/features', name);
    try {
      blocks.push(...extractExamples(readFileSync(path.join(featuresDir, name), 'utf8'), page));
    } catch (error) {
      if (!(error instanceof ExampleExtractionError)) throw error;
      problems.push(...error.problems);
    }
  }
  return { blocks, problems };
}

export type RunBlock = CodeBlock & { meta: RunMeta };
export const isRunBlock = (block: CodeBlock): block is RunBlock => block.meta.kind === 'run';

const INSTALL_HINT = 'Install it: apt-get install qemu-utils qemu-system-x86 (.ci/run does this on a fresh machine).';

/** Throws, never skips, when a QEMU binary the examples need is missing or is not TESTED_QEMU. */
export function requireQemu(): void {
  for (const binary of ['qemu-img', 'qemu-io', 'qemu-system-x86_64']) {
    const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
    if (result.error || result.status !== 0) {
      throw new Error(`${binary} is not installed, and the runnable examples need it. ${INSTALL_HINT}`);
    }
    // The pages say "Tested in CI with QEMU 7.2": a different QEMU would make that label untrue.
    if (!new RegExp(`version ${TESTED_QEMU_VERSION.replace('.', '\\.')}\\.`).test(result.stdout)) {
      throw new Error(
        `${binary} reports "${result.stdout.split('\n')[0]}", but the pages claim tests with ${TESTED_QEMU}. ` +
          'Install that version, or re-check every example and update TESTED_QEMU and TESTED_QEMU_VERSION in src/lib/example-meta.ts.',
      );
    }
  }
}

/** Terminal escapes and carriage returns that the QEMU monitor writes around its prompt. */
export function plainOutput(output: string): string {
  // eslint-disable-next-line no-control-regex -- the escape character is exactly what is removed
  return output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
}

const MAX_OUTPUT = 4 * 1024 * 1024;

interface Spawned {
  write(text: string): void;
  endInput(): void;
  /** stdout and stderr interleaved as they arrived. */
  output(): string;
  /** Resolves with the exit status (128 + signal number for a signal) when the process ends. */
  exited: Promise<number>;
  /** Called for each complete stdout line. */
  onLine?: (line: string) => void;
  kill(): void;
}

/** Starts `bash -euo pipefail -c script` in its own process group. */
function spawnBash(script: string, cwd: string): Spawned {
  const child = spawn('bash', ['-euo', 'pipefail', '-c', script], {
    cwd,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C', TERM: 'dumb' },
  });
  let output = '';
  let pendingLine = '';
  const append = (chunk: Buffer) => {
    if (output.length < MAX_OUTPUT) output += chunk.toString('utf8');
  };
  const spawned: Spawned = {
    write: (text) => void child.stdin.write(text),
    endInput: () => void child.stdin.end(),
    output: () => output,
    exited: new Promise((resolve) => {
      child.on('error', () => resolve(127));
      child.on('close', (code, signal) => resolve(code ?? 128 + (signal ? osSignal(signal) : 0)));
    }),
    kill: () => {
      try {
        // The minus sign addresses the whole group: bash, QEMU and whatever QEMU started.
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group has already gone.
      }
    },
  };
  child.stdin.on('error', () => {
    // QEMU may exit before reading all of its input (for example on a startup error).
  });
  child.stdout.on('data', (chunk: Buffer) => {
    append(chunk);
    pendingLine += chunk.toString('utf8');
    const lines = pendingLine.split('\n');
    pendingLine = lines.pop() ?? '';
    for (const line of lines) spawned.onLine?.(line);
  });
  child.stderr.on('data', append);
  return spawned;
}

function osSignal(signal: NodeJS.Signals): number {
  return ({ SIGKILL: 9, SIGTERM: 15, SIGABRT: 6, SIGSEGV: 11, SIGINT: 2 } as Record<string, number>)[signal] ?? 0;
}

const timeoutAfter = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref());

/** Runs a script to its end or its deadline; a script still running at the deadline is killed. */
async function runScript(script: string, cwd: string, seconds: number, stdin: string[] = []): Promise<{ status: number | 'timeout'; output: string }> {
  const proc = spawnBash(script, cwd);
  if (stdin.length > 0) proc.write(stdin.map((line) => `${line}\n`).join(''));
  proc.endInput();
  const status = await Promise.race([proc.exited, timeoutAfter(seconds * 1000)]);
  if (status === 'timeout') {
    proc.kill();
    await proc.exited;
  }
  return { status, output: proc.output() };
}

/** The failures of one example; empty when it behaved as its meta says. */
export interface ExampleResult {
  failures: string[];
  output: string;
}

/** A fresh, empty folder for one example; removed by the caller. */
export function freshFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'qemu-docs-example-'));
}

/**
 * True while the process `pid` runs (Linux). One that has exited but not yet been reaped (a zombie,
 * state Z in /proc) no longer runs: an orphan waits for the system to reap it.
 */
export function isRunning(pid: number): boolean {
  try {
    // The state follows the command name, which is in parentheses and may itself hold some.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs the setup commands, stopping at the first that fails. */
async function runSetup(meta: RunMeta, dir: string): Promise<ExampleResult | undefined> {
  for (const command of meta.setup) {
    const result = await runScript(command, dir, meta.timeoutSeconds);
    if (result.status !== 0) {
      const how = result.status === 'timeout' ? `did not finish in ${meta.timeoutSeconds} s` : `exited ${result.status}`;
      return { failures: [`setup "${command}" ${how}`], output: result.output };
    }
  }
  return undefined;
}

/** Checks the files and follow-up commands an example promised. */
async function checkAfter(meta: RunMeta, dir: string): Promise<{ failures: string[]; output: string }> {
  const failures: string[] = [];
  let output = '';
  for (const file of meta.expectFiles) {
    const target = path.join(dir, file.name);
    if (!existsSync(target)) failures.push(`expected file ${file.name} was not created`);
    else if (statSync(target).size !== file.bytes) failures.push(`expected ${file.name} to be ${file.bytes} bytes, it is ${statSync(target).size}`);
  }
  for (const command of meta.expectCmds) {
    const result = await runScript(command, dir, meta.timeoutSeconds);
    output += `\n$ ${command}\n${result.output}`;
    if (result.status !== 0) failures.push(`expect-cmd "${command}" ${result.status === 'timeout' ? 'timed out' : `exited ${result.status}, not 0`}`);
  }
  return { failures, output };
}

/** Runs a sh/bash block: setup, the block, then its expectations. */
export async function runShellExample(block: RunBlock, dir: string): Promise<ExampleResult> {
  const { meta } = block;
  const setupFailure = await runSetup(meta, dir);
  if (setupFailure) return setupFailure;
  const result = await runScript(block.code, dir, meta.timeoutSeconds, meta.stdin);
  const failures: string[] = [];
  if (result.status === 'timeout') failures.push(`did not finish in ${meta.timeoutSeconds} s and was killed`);
  else if (result.status !== meta.expectExit) failures.push(`exited ${result.status}, expected ${meta.expectExit}`);
  const plain = plainOutput(result.output);
  for (const text of meta.expectOutput) if (!plain.includes(text)) failures.push(`output does not contain "${text}"`);
  const after = await checkAfter(meta, dir);
  return { failures: [...failures, ...after.failures], output: result.output + after.output };
}

interface QmpMessage {
  value: Record<string, unknown>;
  raw: string;
}

/** Reads QMP messages (one JSON object a line) from a running QEMU, waiting with a deadline. */
class QmpReader {
  private queue: QmpMessage[] = [];
  private waiter: (() => void) | undefined;
  private ended = false;

  constructor(proc: Spawned) {
    proc.onLine = (line) => {
      const raw = line.trim();
      if (!raw.startsWith('{')) return;
      try {
        this.queue.push({ value: JSON.parse(raw) as Record<string, unknown>, raw });
      } catch {
        return;
      }
      this.waiter?.();
    };
    void proc.exited.then(() => {
      this.ended = true;
      this.waiter?.();
    });
  }

  /** The next message that passes `accept`, leaving others queued; undefined at the deadline or exit. */
  async take(accept: (message: QmpMessage) => boolean, deadline: number): Promise<QmpMessage | undefined> {
    for (;;) {
      const index = this.queue.findIndex(accept);
      if (index >= 0) return this.queue.splice(index, 1)[0];
      if (this.ended || Date.now() >= deadline) return undefined;
      await Promise.race([new Promise<void>((resolve) => (this.waiter = resolve)), timeoutAfter(deadline - Date.now())]);
      this.waiter = undefined;
    }
  }

  /** Drops the events received so far, so an event expectation only sees what followed its command. */
  dropEvents(): void {
    this.queue = this.queue.filter((message) => !('event' in message.value));
  }
}

const isReply = (message: QmpMessage) => 'return' in message.value || 'error' in message.value;
const asLine = (expectation: QmpExpectation) => `<- ${expectation.text}`;

/** Runs a QMP block: starts `qmp=`, negotiates, sends each ->, checks each <-, then quits. */
export async function runQmpExample(block: RunBlock, dir: string): Promise<ExampleResult> {
  const { meta } = block;
  const steps = block.qmp ?? [];
  const setupFailure = await runSetup(meta, dir);
  if (setupFailure) return setupFailure;
  // exec: QEMU replaces bash, so the exit status and the process group are QEMU's own.
  const proc = spawnBash(`exec ${meta.qmp ?? ''}`, dir);
  const reader = new QmpReader(proc);
  const deadline = Date.now() + meta.timeoutSeconds * 1000;
  const failures: string[] = [];
  const send = (command: unknown) => proc.write(`${JSON.stringify(command)}\n`);
  try {
    const greeting = await reader.take((message) => 'QMP' in message.value, deadline);
    if (!greeting) {
      failures.push('QEMU sent no QMP greeting (did it start, and is the command using -qmp stdio?)');
      return { failures, output: proc.output() };
    }
    const sends = steps.filter((step) => step.send);
    if (sends[0]?.send?.['execute'] !== 'qmp_capabilities') {
      send({ execute: 'qmp_capabilities' });
      const reply = await reader.take(isReply, deadline);
      if (!reply || !('return' in reply.value)) {
        failures.push(`qmp_capabilities was not accepted: ${reply?.raw ?? 'no reply'}`);
        return { failures, output: proc.output() };
      }
    }
    for (const step of steps) {
      let reply: QmpMessage | undefined = greeting;
      if (step.send) {
        reader.dropEvents();
        send(step.send);
        reply = await reader.take(isReply, deadline);
        if (!reply) {
          failures.push(`line ${block.line + step.line}: no reply to ${JSON.stringify(step.send)}`);
          break;
        }
      }
      for (const expectation of step.expect) {
        if (isEventExpectation(expectation)) {
          const event = await reader.take((message) => 'event' in message.value && meetsExpectation(expectation, message.value, message.raw), deadline);
          if (!event) failures.push(`line ${block.line + step.line}: event never came: ${asLine(expectation)}`);
        } else if (!meetsExpectation(expectation, reply.value, reply.raw)) {
          failures.push(`line ${block.line + step.line}: expected ${asLine(expectation)}\n  but QEMU answered ${reply.raw}`);
        }
      }
    }
    if (sends[sends.length - 1]?.send?.['execute'] !== 'quit') send({ execute: 'quit' });
    proc.endInput();
    const status = await Promise.race([proc.exited, timeoutAfter(Math.max(deadline - Date.now(), 1000))]);
    if (status === 'timeout') failures.push(`QEMU did not exit within ${meta.timeoutSeconds} s after quit`);
    else if (status !== meta.expectExit) failures.push(`QEMU exited ${status}, expected ${meta.expectExit}`);
  } finally {
    proc.kill();
    await proc.exited;
  }
  const plain = plainOutput(proc.output());
  for (const text of meta.expectOutput) if (!plain.includes(text)) failures.push(`output does not contain "${text}"`);
  const after = await checkAfter(meta, dir);
  return { failures: [...failures, ...after.failures], output: proc.output() + after.output };
}

/** The failure report: where the block is, what failed, what it ran and everything it printed. */
export function report(block: RunBlock, result: ExampleResult): string {
  const output = plainOutput(result.output);
  const shown = output.length > 20_000 ? `…${output.slice(-20_000)}` : output;
  return [
    `${block.path}:${block.line} (\`\`\`${block.lang} ${block.rawMeta})`,
    ...result.failures.map((failure) => `  ✖ ${failure}`),
    '--- block ---',
    block.code,
    '--- combined output ---',
    shown.trimEnd() || '(nothing)',
  ].join('\n');
}
