/**
 * The meta string of a fenced code block (the text after the language on the opening fence) is how an
 * author says whether the example is run against a real QEMU by the examples suite
 * (tests/examples/examples.test.ts). The page caption (src/lib/shiki-example-label.ts) reads the
 * same meta through this module, so what the page claims and what the suite checks cannot drift.
 *
 * Grammar (whitespace separates items; a key may appear once unless marked "repeatable"):
 *
 *     meta  = item { " " item }
 *     item  = key [ "=" value ]
 *     value = '"' { any char but '"' } '"' | "'" { any char but "'" } "'" | { any char but space and quotes }
 *
 * Keys:
 *
 *   run                       the suite runs the block (sh/bash/shell blocks, or a text block with qmp=)
 *   norun="reason"            the suite does not run it; the reason is shown on the page (mandatory)
 *   setup="command"           repeatable: bash command run first in the same empty folder; hidden from
 *                             the code block and named in the caption so the reader can reproduce it
 *   stdin="line"              repeatable, sh only: one line fed to the example's standard input (for
 *                             `-monitor stdio` examples); without it, standard input is empty
 *   expect-exit=N             exit status of the example (0 to 255); 0 when left out
 *   expect-output="text"      repeatable: text that must appear in stdout+stderr (terminal escapes removed)
 *   expect-file="name:bytes"  repeatable: the example leaves a file `name` of exactly `bytes` bytes
 *   expect-cmd="command"      repeatable: run after the example in the same folder; must exit 0
 *   qmp="command"             text only: the QEMU command line to drive over QMP on stdio; the block
 *                             holds the transcript (see src/lib/qmp-transcript.ts)
 *   timeout=N                 seconds before the example is killed (1 to 600, default 60)
 *
 * A `run` block must state at least one expectation (expect-exit, expect-output, expect-file,
 * expect-cmd, or qmp= whose transcript holds the expected replies), so no example passes by running
 * nothing in particular. Values cannot contain a backslash or a backtick: Markdown unescapes
 * backslashes in a fence's info string and forbids backticks there, so the page would not see the
 * text this parser sees. Use single quotes inside a double-quoted value and the other way round.
 */

/** The QEMU the examples suite runs against; the page captions name it, and the suite checks it. */
export const TESTED_QEMU = 'QEMU 7.2 (Debian 12)';
/** The `major.minor` that `qemu-img --version` must report for TESTED_QEMU to be true. */
export const TESTED_QEMU_VERSION = '7.2';

export const DEFAULT_TIMEOUT_SECONDS = 60;
const MAX_TIMEOUT_SECONDS = 600;

/** Languages whose `run` blocks are shell scripts run with `bash -euo pipefail`. */
export const SHELL_LANGUAGES: readonly string[] = ['sh', 'bash', 'shell'];

export interface ExpectedFile {
  name: string;
  bytes: number;
}

/** A block the suite runs. */
export interface RunMeta {
  kind: 'run';
  setup: string[];
  stdin: string[];
  expectExit: number;
  expectOutput: string[];
  expectFiles: ExpectedFile[];
  expectCmds: string[];
  /** Present on QMP transcript blocks only. */
  qmp?: string;
  timeoutSeconds: number;
}

/** A block the suite deliberately does not run, and why. */
export interface NorunMeta {
  kind: 'norun';
  reason: string;
}

/** A block with no meta at all: ordinary code, neither run nor labelled. */
export interface PlainMeta {
  kind: 'plain';
}

export type ExampleMeta = RunMeta | NorunMeta | PlainMeta;

/** A meta string that breaks the grammar; the message says what to change. */
export class ExampleMetaError extends Error {
  // Stryker: equivalent mutant — the name as '': callers know the error by its class and print its message.
  override name = 'ExampleMetaError';
}

const KEYS = ['run', 'norun', 'setup', 'stdin', 'expect-exit', 'expect-output', 'expect-file', 'expect-cmd', 'qmp', 'timeout'] as const;
type Key = (typeof KEYS)[number];
const REPEATABLE: ReadonlySet<Key> = new Set(['setup', 'stdin', 'expect-output', 'expect-file', 'expect-cmd']);
const FLAGS: ReadonlySet<Key> = new Set(['run']);

interface Item {
  key: string;
  value: string | undefined;
}

/**
 * Splits a meta string into `key`, `key=value`, `key="value"` and `key='value'` items.
 * Stryker: equivalent mutants — the scans' `i < raw.length` as `<=` (one step past the end reads
 * nothing), and `close < 0` as `<= 0` (a closing quote is never the first character).
 */
export function tokenizeMeta(raw: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t';
  while (i < raw.length) {
    if (isSpace(raw[i])) {
      i++;
      continue;
    }
    const keyStart = i;
    while (i < raw.length && !isSpace(raw[i]) && raw[i] !== '=') i++;
    const key = raw.slice(keyStart, i);
    if (key === '') throw new ExampleMetaError(`"=" at column ${i + 1} has no key before it`);
    if (/["']/.test(key)) throw new ExampleMetaError(`"${key}" is not a key: a quote may only open a value, as in key="value"`);
    if (raw[i] !== '=') {
      items.push({ key, value: undefined });
      continue;
    }
    i++;
    const quote = raw[i];
    if (quote === '"' || quote === "'") {
      const close = raw.indexOf(quote, i + 1);
      if (close < 0) throw new ExampleMetaError(`the value of "${key}" opens a ${quote} quote that is never closed`);
      items.push({ key, value: raw.slice(i + 1, close) });
      i = close + 1;
      if (i < raw.length && !isSpace(raw[i])) {
        throw new ExampleMetaError(`the value of "${key}" is followed by "${raw.slice(i, i + 10)}" with no space in between`);
      }
      continue;
    }
    const valueStart = i;
    while (i < raw.length && !isSpace(raw[i])) i++;
    const value = raw.slice(valueStart, i);
    if (value === '') throw new ExampleMetaError(`"${key}=" has no value; write ${key}="…"`);
    if (/["']/.test(value)) throw new ExampleMetaError(`the value of "${key}" has a quote in the middle; quote the whole value: ${key}="…"`);
    items.push({ key, value });
  }
  return items;
}

function integer(key: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ExampleMetaError(`${key}=${value} must be a whole number from ${min} to ${max}`);
  }
  return Number(value);
}

/**
 * Parses a code block's meta string. `lang` is the block's language, because `run` means a shell
 * script for sh/bash/shell and a QMP transcript for text. Throws ExampleMetaError on any mistake.
 * @example parseExampleMeta('run expect-exit=0', 'sh') // → { kind: 'run', expectExit: 0, … }
 */
export function parseExampleMeta(raw: string | undefined, lang: string): ExampleMeta {
  const text = (raw ?? '').trim();
  if (text === '') return { kind: 'plain' };
  if (text.includes('\\')) {
    throw new ExampleMetaError('contains a backslash. Markdown removes backslashes from a fence line, so the page and the test would read different text; rewrite the value without one');
  }
  if (text.includes('`')) throw new ExampleMetaError('contains a backtick, which Markdown does not allow on a ``` fence line');

  const values = new Map<Key, string[]>();
  for (const { key, value } of tokenizeMeta(text)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new ExampleMetaError(`unknown key "${key}". Known keys: ${KEYS.join(', ')}`);
    }
    const known = key as Key;
    if (FLAGS.has(known) && value !== undefined) throw new ExampleMetaError(`"${key}" is a bare flag and takes no value`);
    if (!FLAGS.has(known) && value === undefined) {
      throw new ExampleMetaError(known === 'norun' ? 'norun needs a reason: norun="needs KVM"' : `"${key}" needs a value: ${key}="…"`);
    }
    const list = values.get(known) ?? [];
    if (list.length > 0 && !REPEATABLE.has(known)) throw new ExampleMetaError(`"${key}" is given twice`);
    // Stryker: equivalent mutant — the `?? ''` string: only the flag `run` has no value, and its list is never read.
    list.push(value ?? '');
    values.set(known, list);
  }

  const one = (key: Key) => values.get(key)?.[0];
  const all = (key: Key) => values.get(key) ?? [];

  if (values.has('norun')) {
    const others = [...values.keys()].filter((key) => key !== 'norun');
    if (others.length > 0) throw new ExampleMetaError(`norun cannot be combined with ${others.join(', ')}: a block is either run or not`);
    // Stryker: equivalent mutants — the `?.` as `.` and the `?? ''` string: norun always has a value here.
    const reason = one('norun')?.trim() ?? '';
    if (reason === '') throw new ExampleMetaError('norun needs a reason: norun="needs KVM"');
    return { kind: 'norun', reason };
  }
  if (!values.has('run')) {
    throw new ExampleMetaError(`${[...values.keys()].join(', ')} only make sense on a run block: add "run", or "norun" with a reason`);
  }

  const shell = SHELL_LANGUAGES.includes(lang);
  const qmp = one('qmp');
  if (qmp !== undefined) {
    if (lang !== 'text') throw new ExampleMetaError(`qmp= belongs on a text block holding a QMP transcript, not on a ${lang || 'plain'} block`);
    if (qmp.trim() === '') throw new ExampleMetaError('qmp= needs the QEMU command line to start');
    if (values.has('stdin')) throw new ExampleMetaError('stdin cannot be used with qmp=: standard input carries the QMP transcript');
  } else if (!shell) {
    throw new ExampleMetaError(`a run block must be ${SHELL_LANGUAGES.join('/')} (a shell script) or text with qmp="…" (a QMP transcript), not ${lang || 'a block without a language'}`);
  }

  const expectations = ['expect-exit', 'expect-output', 'expect-file', 'expect-cmd', 'qmp'] as const;
  if (!expectations.some((key) => values.has(key))) {
    throw new ExampleMetaError(`run needs at least one expectation (${expectations.join(', ')}), for example expect-exit=0`);
  }

  const expectFiles = all('expect-file').map((value) => {
    // Stryker: equivalent mutants — the `^` (the greedy name starts at the start anyway) and the
    // `match[2]` test as `false` (a match always has its digits).
    const match = /^(.+):(\d+)$/.exec(value);
    if (!match?.[1] || match[2] === undefined) throw new ExampleMetaError(`expect-file="${value}" must be name:bytes, like expect-file="out.img:1048576"`);
    return { name: match[1], bytes: Number(match[2]) };
  });
  for (const key of ['setup', 'expect-output', 'expect-cmd'] as const) {
    if (all(key).some((value) => value.trim() === '')) throw new ExampleMetaError(`${key}="" is empty`);
  }

  const exit = one('expect-exit');
  const timeout = one('timeout');
  return {
    kind: 'run',
    setup: all('setup'),
    stdin: all('stdin'),
    expectExit: exit === undefined ? 0 : integer('expect-exit', exit, 0, 255),
    expectOutput: all('expect-output'),
    expectFiles,
    expectCmds: all('expect-cmd'),
    // Stryker: equivalent mutant — the test as `false`: `qmp: undefined` reads as no qmp.
    ...(qmp === undefined ? {} : { qmp }),
    timeoutSeconds: timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : integer('timeout', timeout, 1, MAX_TIMEOUT_SECONDS),
  };
}
