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
