import { expect, test } from 'vitest';
import { matchesJsonSubset, meetsExpectation, parseQmpTranscript } from '../../src/lib/qmp-transcript.ts';

test('each -> starts a step and the <- lines after it are its expectations', () => {
  const steps = parseQmpTranscript('-> {"execute":"a"}\n<- {"return":{}}\n-> {"execute":"b"}\n<- {"return":1}');
  expect(steps.map((step) => [step.line, step.send, step.expect.length])).toEqual([
    [1, { execute: 'a' }, 1],
    [3, { execute: 'b' }, 1],
  ]);
});

test('a -> may continue on the following lines', () => {
  const [step] = parseQmpTranscript('-> { "execute": "blockdev-add",\n     "arguments": { "driver": "raw" } }');
  expect(step?.send).toEqual({ execute: 'blockdev-add', arguments: { driver: 'raw' } });
});

test('a <- before any -> is an expectation on the greeting', () => {
  const [greeting] = parseQmpTranscript('<- {"QMP":{}}\n-> {"execute":"a"}');
  expect(greeting).toMatchObject({ line: 0, send: undefined });
});

test('a <- that is not JSON is a text expectation', () => {
  const [step] = parseQmpTranscript('-> {"execute":"a"}\n<- "desc": "Compression');
  expect(step?.expect).toEqual([{ kind: 'text', text: '"desc": "Compression' }]);
});

test('a second reply for one command is refused, but events may follow', () => {
  expect(() => parseQmpTranscript('-> {"execute":"a"}\n<- {"return":{}}\n<- {"return":{}}')).toThrow(/one reply/);
  expect(parseQmpTranscript('-> {"execute":"a"}\n<- {"return":{}}\n<- {"event":"X"}')[0]?.expect).toHaveLength(2);
});

test('a -> without "execute" is refused with its line', () => {
  expect(() => parseQmpTranscript('\n-> {"exec":"a"}')).toThrow(expect.objectContaining({ line: 2 }));
});

test('a transcript with no command is refused', () => {
  expect(() => parseQmpTranscript('<- {"QMP":{}}')).toThrow(/at least one/);
});

test('subset: extra keys in the reply are ignored', () => {
  expect(matchesJsonSubset({ return: {} }, { return: { a: 1 }, id: 2 })).toBe(true);
});

test('subset: a missing or different key fails', () => {
  expect(matchesJsonSubset({ error: { class: 'GenericError' } }, { return: {} })).toBe(false);
  expect(matchesJsonSubset({ return: 1 }, { return: 2 })).toBe(false);
});

test('subset: array elements match in any order, with other elements left over', () => {
  expect(matchesJsonSubset([{ id: 'd' }, { id: 'b' }], [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }])).toBe(true);
});

test('subset: each expected array element needs an actual element of its own', () => {
  expect(matchesJsonSubset([{ id: 'b' }, { id: 'b' }], [{ id: 'b' }])).toBe(false);
  // Greedy matching would give {} the only "x" and then fail; the rule must find the other way.
  expect(matchesJsonSubset([{}, { id: 'x' }], [{ id: 'x' }, { id: 'y' }])).toBe(true);
});

test('subset: an array does not match an object, nor an object an array', () => {
  expect(matchesJsonSubset([], {})).toBe(false);
  expect(matchesJsonSubset({}, [])).toBe(false);
});

test('subset: scalars must be strictly equal', () => {
  expect(matchesJsonSubset(1, '1')).toBe(false);
  expect(matchesJsonSubset(null, null)).toBe(true);
});

test('a text expectation is a substring of the raw reply line', () => {
  expect(meetsExpectation({ kind: 'text', text: 'not supported' }, {}, '{"error": {"desc": "Compression is not supported"}}')).toBe(true);
});
