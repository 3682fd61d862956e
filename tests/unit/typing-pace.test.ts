import { expect, test } from 'vitest';
import { isOneKey, PAUSE_FIRST_KEY_MS, PAUSE_MAX_MS, PAUSE_WHOLE_MS, TypingPace } from '../../src/lib/typing-pace.ts';

const key = (data: string) => ({ inputType: 'insertText', data });
const backspace = { inputType: 'deleteContentBackward', data: null };
const paste = { inputType: 'insertFromPaste', data: null };

/** The pauses after keys pressed at these times (ms). */
const pauses = (times: readonly number[], pace = new TypingPace()) => times.map((at, i) => pace.pauseAfter(key('virtio'[i % 6] ?? 'v'), at));

test('a reader typing one key every 150 ms is searched for once, after the last key', () => {
  const times = [0, 150, 300, 450, 600, 750];
  const waits = pauses(times);
  // No search fires between two keys: each pause outlasts the gap to the next key.
  for (let i = 0; i < times.length - 1; i++) expect(waits[i]).toBeGreaterThan(times[i + 1]! - times[i]!);
  expect(waits[0]).toBe(PAUSE_FIRST_KEY_MS);
  expect(waits.at(-1)).toBe(300);
});

test('a fast typist gets results soon after the last key; the pause never drops below the paste pause', () => {
  expect(pauses([0, 40, 80, 120, 160]).slice(1)).toEqual([PAUSE_WHOLE_MS, PAUSE_WHOLE_MS, PAUSE_WHOLE_MS, PAUSE_WHOLE_MS]);
  expect(pauses([0, 80, 160, 240]).slice(1)).toEqual([160, 160, 160]);
});

test('the slowest of the recent gaps sets the pace, and the pause is capped', () => {
  expect(pauses([0, 100, 350, 450])).toEqual([PAUSE_FIRST_KEY_MS, 200, PAUSE_MAX_MS, PAUSE_MAX_MS]);
  expect(pauses([0, 100, 200, 300, 400, 500])).toEqual([PAUSE_FIRST_KEY_MS, 200, 200, 200, 200, 200]);
});

test('a pause of over a second starts a new burst: its first key waits as a first key', () => {
  expect(pauses([0, 100, 1500, 1600])).toEqual([PAUSE_FIRST_KEY_MS, 200, PAUSE_FIRST_KEY_MS, 200]);
});

test('a paste, a cut or a change without a type is a whole query: searched soon, and the pace starts again', () => {
  const pace = new TypingPace();
  expect(pace.pauseAfter(key('v'), 0)).toBe(PAUSE_FIRST_KEY_MS);
  expect(pace.pauseAfter(paste, 100)).toBe(PAUSE_WHOLE_MS);
  expect(pace.pauseAfter({ inputType: 'insertText', data: 'virtio' }, 200)).toBe(PAUSE_WHOLE_MS);
  expect(pace.pauseAfter({}, 300)).toBe(PAUSE_WHOLE_MS);
  expect(pace.pauseAfter(key('v'), 400)).toBe(PAUSE_FIRST_KEY_MS);
});

test('one key is one character typed (any script) or one deletion', () => {
  expect(isOneKey(key('в'))).toBe(true);
  expect(isOneKey(backspace)).toBe(true);
  expect(isOneKey({ inputType: 'deleteByCut', data: null })).toBe(false);
  expect(isOneKey(key('vi'))).toBe(false);
  expect(isOneKey(paste)).toBe(false);
});
