import { expect, test } from 'vitest';
import { DEFAULT_TIMEOUT_SECONDS, parseExampleMeta, tokenizeMeta } from '../../src/lib/example-meta.ts';

test('no meta is a plain block', () => {
  expect(parseExampleMeta(undefined, 'sh')).toEqual({ kind: 'plain' });
  expect(parseExampleMeta('   ', 'sh')).toEqual({ kind: 'plain' });
});

test('tokens: bare flag, unquoted value, double- and single-quoted values', () => {
  expect(tokenizeMeta(`run a=1 b="x y" c='say "hi"'`)).toEqual([
    { key: 'run', value: undefined },
    { key: 'a', value: '1' },
    { key: 'b', value: 'x y' },
    { key: 'c', value: 'say "hi"' },
  ]);
});

test('an unquoted value may hold "=" and ":"', () => {
  expect(tokenizeMeta('expect-file=a=b:1')).toEqual([{ key: 'expect-file', value: 'a=b:1' }]);
});

test('a run block gets defaults for what it leaves out', () => {
  expect(parseExampleMeta('run expect-exit=0', 'sh')).toEqual({
    kind: 'run',
    setup: [],
    stdin: [],
    expectExit: 0,
    expectOutput: [],
    expectFiles: [],
    expectCmds: [],
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
  });
});

test('repeatable keys collect their values in order', () => {
  const meta = parseExampleMeta('run setup="a" setup="b" expect-output="x" expect-output="y" stdin="info pci" stdin=quit', 'sh');
  expect(meta).toMatchObject({ setup: ['a', 'b'], expectOutput: ['x', 'y'], stdin: ['info pci', 'quit'] });
});

test('expect-file is name:bytes', () => {
  expect(parseExampleMeta('run expect-file="out.img:1048576"', 'sh')).toMatchObject({ expectFiles: [{ name: 'out.img', bytes: 1048576 }] });
});

test('expect-file without a byte count is refused', () => {
  expect(() => parseExampleMeta('run expect-file="out.img"', 'sh')).toThrow(/name:bytes/);
});

test('expect-exit and timeout are read as numbers', () => {
  expect(parseExampleMeta('run expect-exit=1 timeout=30', 'bash')).toMatchObject({ expectExit: 1, timeoutSeconds: 30 });
});

test('expect-exit out of range is refused', () => {
  expect(() => parseExampleMeta('run expect-exit=256', 'sh')).toThrow(/0 to 255/);
});

test('an unknown key is named in the error', () => {
  expect(() => parseExampleMeta('run expect-exti=0', 'sh')).toThrow(/unknown key "expect-exti"/);
});

test('an unclosed quote is refused', () => {
  expect(() => parseExampleMeta('run expect-output="never closed', 'sh')).toThrow(/never closed/);
});

test('run without any expectation is refused', () => {
  expect(() => parseExampleMeta('run setup="true"', 'sh')).toThrow(/at least one expectation/);
});

test('norun without a reason is refused', () => {
  expect(() => parseExampleMeta('norun', 'sh')).toThrow(/norun needs a reason/);
  expect(() => parseExampleMeta('norun=""', 'sh')).toThrow(/norun needs a reason/);
});

test('norun keeps its reason', () => {
  expect(parseExampleMeta('norun="needs KVM"', 'sh')).toEqual({ kind: 'norun', reason: 'needs KVM' });
});

test('norun cannot be combined with run keys', () => {
  expect(() => parseExampleMeta('norun="needs KVM" expect-exit=0', 'sh')).toThrow(/cannot be combined/);
});

test('expectation keys without run are refused', () => {
  expect(() => parseExampleMeta('expect-exit=0', 'sh')).toThrow(/only make sense on a run block/);
});

test('run takes no value', () => {
  expect(() => parseExampleMeta('run=yes expect-exit=0', 'sh')).toThrow(/bare flag/);
});

test('a non-repeatable key given twice is refused', () => {
  expect(() => parseExampleMeta('run expect-exit=0 expect-exit=1', 'sh')).toThrow(/given twice/);
});

test('qmp= makes a text block runnable and counts as an expectation', () => {
  expect(parseExampleMeta('run qmp="qemu-system-x86_64 -qmp stdio"', 'text')).toMatchObject({ kind: 'run', qmp: 'qemu-system-x86_64 -qmp stdio' });
});

test('qmp= on a shell block is refused', () => {
  expect(() => parseExampleMeta('run qmp="qemu-system-x86_64 -qmp stdio"', 'sh')).toThrow(/text block/);
});

test('run on a text block without qmp= is refused', () => {
  expect(() => parseExampleMeta('run expect-exit=0', 'text')).toThrow(/shell script/);
});

test('a backslash is refused, because Markdown would remove it from the page', () => {
  expect(() => parseExampleMeta(String.raw`run setup="printf '\x11' > f" expect-exit=0`, 'sh')).toThrow(/backslash/);
});

test('a quote in the middle of an unquoted value is refused', () => {
  expect(() => parseExampleMeta(`run expect-output=a"b`, 'sh')).toThrow(/quote/);
});

test.each([
  ['=0', 'sh', '"=" at column 1 has no key before it'],
  ['run =0', 'sh', '"=" at column 5 has no key before it'],
  ['ru"n expect-exit=0', 'sh', '"ru"n" is not a key: a quote may only open a value, as in key="value"'],
  ['norun="x"y', 'sh', 'the value of "norun" is followed by "y" with no space in between'],
  ['norun="x"abcdefghijklmnop', 'sh', 'the value of "norun" is followed by "abcdefghij" with no space in between'],
  ['run expect-exit=', 'sh', '"expect-exit=" has no value; write expect-exit="…"'],
  ['run expect-exit', 'sh', '"expect-exit" needs a value: expect-exit="…"'],
  ['run expect-exit=x5', 'sh', 'expect-exit=x5 must be a whole number from 0 to 255'],
  ['run expect-exit=5x', 'sh', 'expect-exit=5x must be a whole number from 0 to 255'],
  ['run expect-exit=0 timeout=0', 'sh', 'timeout=0 must be a whole number from 1 to 600'],
  ['run expect-exit=0 timeout=601', 'sh', 'timeout=601 must be a whole number from 1 to 600'],
  ['norun="needs `kvm`"', 'sh', 'contains a backtick, which Markdown does not allow on a ``` fence line'],
  ['run expect-exti=0', 'sh', 'unknown key "expect-exti". Known keys: run, norun, setup, stdin, expect-exit, expect-output, expect-file, expect-cmd, qmp, timeout'],
  ['norun="x" run expect-exit=0', 'sh', 'norun cannot be combined with run, expect-exit: a block is either run or not'],
  ['norun="   "', 'sh', 'norun needs a reason: norun="needs KVM"'],
  ['expect-exit=0 setup=x', 'sh', 'expect-exit, setup only make sense on a run block: add "run", or "norun" with a reason'],
  ['run qmp="qemu-system-x86_64"', '', 'qmp= belongs on a text block holding a QMP transcript, not on a plain block'],
  ['run qmp="  "', 'text', 'qmp= needs the QEMU command line to start'],
  ['run qmp="qemu-system-x86_64" stdin=quit', 'text', 'stdin cannot be used with qmp=: standard input carries the QMP transcript'],
  ['run expect-exit=0', 'c', 'a run block must be sh/bash/shell (a shell script) or text with qmp="…" (a QMP transcript), not c'],
  ['run expect-exit=0', '', 'a run block must be sh/bash/shell (a shell script) or text with qmp="…" (a QMP transcript), not a block without a language'],
  ['run timeout=5', 'sh', 'run needs at least one expectation (expect-exit, expect-output, expect-file, expect-cmd, qmp), for example expect-exit=0'],
  ['run expect-file="out.img:12x"', 'sh', 'expect-file="out.img:12x" must be name:bytes, like expect-file="out.img:1048576"'],
  ['run expect-exit=0 setup=""', 'sh', 'setup="" is empty'],
  ['run expect-cmd="  "', 'sh', 'expect-cmd="" is empty'],
  ['run expect-output=""', 'sh', 'expect-output="" is empty'],
])('the meta %j on a %j block is refused: %s', (meta, lang, message) => {
  expect(() => parseExampleMeta(meta, lang)).toThrow(message);
});

test('keys may be separated by tabs', () => {
  expect(parseExampleMeta('run\texpect-exit=3\ttimeout=600', 'sh')).toMatchObject({ expectExit: 3, timeoutSeconds: 600 });
});

test('the edges of the ranges are accepted: exit 255, timeout 1', () => {
  expect(parseExampleMeta('run expect-exit=255 timeout=1', 'sh')).toMatchObject({ expectExit: 255, timeoutSeconds: 1 });
});

test('expect-cmd commands are collected in order', () => {
  expect(parseExampleMeta('run expect-cmd="test -f a" expect-cmd="test -f b"', 'shell')).toMatchObject({ expectCmds: ['test -f a', 'test -f b'], expectExit: 0 });
});
