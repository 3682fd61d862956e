/**
 * Proven examples: every ```sh run …``` and ```text run qmp="…"``` block of content/features/*.md and *.mdx
 * is run against the installed QEMU (TESTED_QEMU), under TCG, and must behave as its meta says.
 * The meta grammar is in src/lib/example-meta.ts, the QMP transcript format in src/lib/qmp-transcript.ts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { extractExamples } from '../../src/lib/extract-examples.ts';
import { collectExamples, freshFolder, isRunBlock, isRunning, removeFolder, report, requireQemu, runQmpExample, runShellExample, type RunBlock } from '../helpers/run-example.ts';
import { namedTypesInCommand, namedTypesInQmp, parseHelpList, type NamedType, type TypeKind } from '../helpers/qemu-names.ts';

/** Below this many runnable blocks the suite fails, so coverage cannot silently vanish. */
const MIN_RUNNABLE_BLOCKS = 15;

const { blocks, problems } = collectExamples();
const runnable = blocks.filter(isRunBlock);
const byPage = Map.groupBy(runnable, (block) => block.path);

/** Everything the block hands to a shell or QEMU: its setup, the QMP command line, its code. */
const commandText = (block: RunBlock) => [...block.meta.setup, block.meta.qmp ?? '', block.code, ...block.meta.expectCmds].join('\n');

test('QEMU is installed and is the version the pages name', () => {
  requireQemu();
});

test('every code block meta on every feature page parses', () => {
  expect(problems, `Fix these code blocks (grammar: src/lib/example-meta.ts):\n${problems.join('\n')}`).toEqual([]);
});

test(`at least ${MIN_RUNNABLE_BLOCKS} blocks are runnable`, () => {
  const counts = [...byPage].map(([page, list]) => `${page}: ${list.length}`).join('\n');
  expect(runnable.length, `only ${runnable.length} runnable blocks:\n${counts}`).toBeGreaterThanOrEqual(MIN_RUNNABLE_BLOCKS);
});

test('runnable examples ask for nothing that needs KVM', () => {
  // The suite runs under TCG on machines without /dev/kvm; a KVM example must be marked norun.
  const kvm = /(^|\s)-enable-kvm\b|--enable-kvm\b|accel=kvm|-accel\s+kvm/;
  const offenders = runnable.filter((block) => kvm.test(commandText(block))).map((block) => `${block.path}:${block.line}`);
  expect(offenders, 'mark these norun="needs KVM" or drop the KVM option').toEqual([]);
});

test('every device, object and machine type in x86 examples exists in the installed QEMU', () => {
  requireQemu();
  const lists = new Map<TypeKind, Set<string>>();
  for (const kind of ['device', 'object', 'machine'] as const) {
    const help = spawnSync('qemu-system-x86_64', [`-${kind}`, 'help'], { encoding: 'utf8' });
    lists.set(kind, parseHelpList(kind, help.stdout));
    expect(lists.get(kind)?.size, `qemu-system-x86_64 -${kind} help listed nothing`).toBeGreaterThan(0);
  }
  const missing: string[] = [];
  for (const block of runnable) {
    if (!commandText(block).includes('qemu-system-x86_64')) continue;
    const named: NamedType[] = [...namedTypesInCommand(commandText(block)), ...namedTypesInQmp(block.qmp ?? [])];
    for (const { kind, name } of named) {
      if (!lists.get(kind)?.has(name)) missing.push(`${block.path}:${block.line}: -${kind} ${name} is not in qemu-system-x86_64 -${kind} help`);
    }
  }
  expect(missing).toEqual([]);
});

// The runner itself: a runner that let every example pass would make every label a lie.
describe('the runner', () => {
  const synthetic = (fence: string, code: string): RunBlock => {
    const [block] = extractExamples(`${fence}\n${code}\n\`\`\`\n`, 'synthetic.mdx');
    if (!block || !isRunBlock(block)) throw new Error('synthetic block did not parse as run');
    return block;
  };
  const run = async (block: RunBlock) => {
    const dir = freshFolder();
    try {
      return block.meta.qmp === undefined ? await runShellExample(block, dir) : await runQmpExample(block, dir);
    } finally {
      removeFolder(dir);
    }
  };

  test('reports a wrong exit status, missing output and a missing file', async () => {
    const result = await run(synthetic('```sh run expect-exit=0 expect-output="absent" expect-file="none.img:1"', 'echo present; exit 3'));
    expect(result.failures).toEqual(['exited 3, expected 0', 'output does not contain "absent"', 'expected file none.img was not created']);
  });

  test('stops at the first failing command (bash -e) and at a failing pipe (pipefail)', async () => {
    expect((await run(synthetic('```sh run expect-exit=0', 'false | cat\necho reached'))).failures).toEqual(['exited 1, expected 0']);
  });

  test('runs setup first in the same folder, and expect-cmd after', async () => {
    const result = await run(synthetic('```sh run setup="echo -n abc > in.txt" expect-file="out.txt:3" expect-cmd="cmp in.txt out.txt"', 'cp in.txt out.txt'));
    expect(result.failures).toEqual([]);
  });

  // No clock is read here: the sleeps outlast the test's own time limit, so an example the runner
  // failed to kill would keep the run from coming back and fail the test that way.
  test('kills an example that outlives its time limit, with everything it started', async () => {
    const outside = freshFolder();
    try {
      const pidFile = path.join(outside, 'background.pid');
      const result = await run(synthetic('```sh run timeout=1 expect-exit=0', `sleep 3600 & echo $! > ${pidFile}\nsleep 3600`));
      expect(result.failures).toEqual(['did not finish in 1 s and was killed']);
      // The command it sent to the background went too, not only the shell.
      const background = Number(readFileSync(pidFile, 'utf8'));
      await expect.poll(() => isRunning(background)).toBe(false);
    } finally {
      removeFolder(outside);
    }
  }, 60_000);

  test('reports a QMP reply that differs from the transcript', async () => {
    requireQemu();
    const block = synthetic('```text run qmp="qemu-system-x86_64 -nodefaults -nographic -S -qmp stdio"', '-> { "execute": "query-status" }\n<- { "return": { "status": "running" } }');
    const [failure] = (await run(block)).failures;
    expect(failure).toMatch(/expected <- \{ "return": \{ "status": "running" \} \}\n {2}but QEMU answered .*"status": "prelaunch"/);
  });
});

let folder: string | undefined;
afterEach(() => {
  if (folder) removeFolder(folder);
  folder = undefined;
});

for (const [page, list] of byPage) {
  describe(page, () => {
    for (const block of list) {
      const kind = block.meta.qmp === undefined ? block.lang : 'qmp';
      test(`line ${block.line} (${kind})`, async () => {
        requireQemu();
        folder = freshFolder();
        const result = block.meta.qmp === undefined ? await runShellExample(block, folder) : await runQmpExample(block, folder);
        expect(result.failures, report(block, result)).toEqual([]);
      }, (block.meta.timeoutSeconds * (2 + block.meta.setup.length + block.meta.expectCmds.length) + 10) * 1000);
    }
  });
}
