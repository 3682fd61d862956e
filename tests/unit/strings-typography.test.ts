import { expect, test } from 'vitest';
import { ru } from '../../src/lib/strings.ts';
import { typesetRun, typografFor, type RunPart } from '../../src/markdown/typography.ts';

/**
 * The Russian interface strings are typeset as the pages are (src/markdown/typography.ts), by the
 * same Typograf rules, but once, here: the table holds the result (its U+00A0 characters), so no
 * page and no browser script runs a typograph for them. A string that the typograph would still
 * change fails with the form to write.
 */
const typograf = typografFor('ru')!;
/** Slots filled with a number: stand-in numbers, so rules about numbers see one. */
const NUMBER_SLOTS: Record<string, string> = { count: '71', value: '72', start: '73', end: '74', total: '75', page: '76', last: '77', status: '78' };
/** Values that are not words of the language: codes, and names a reader types. */
const NOT_PROSE = new Set(['lang', 'ogLocale', 'linkFormats']);

function leaves(value: unknown, path: string, found: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') found.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${path}[${index}]`, found));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) if (!NOT_PROSE.has(key)) leaves(item, path ? `${path}.${key}` : key, found);
  return found;
}

/** The string as the typograph would write it, `{slot}`s kept; other slots (names, code, links) stand for a word it must not read. */
function typeset(template: string): string {
  const parts: RunPart[] = template.split(/(\{\w+\})/).filter(Boolean).map((piece) => {
    const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (slot === undefined) return { text: piece };
    return NUMBER_SLOTS[slot] ? { text: NUMBER_SLOTS[slot] } : { opaque: true };
  });
  const slots = template.match(/\{\w+\}/g) ?? [];
  const texts = typesetRun(parts, typograf);
  // Put the slots back: numbers by their stand-ins, the others where their opaque parts stood.
  let result = '';
  let text = 0;
  let other = slots.filter((slot) => !NUMBER_SLOTS[slot.slice(1, -1)]);
  for (const part of parts) {
    if ('text' in part) result += texts[text++] ?? '';
    else [result, other] = [result + (other[0] ?? ''), other.slice(1)];
  }
  return Object.entries(NUMBER_SLOTS).reduce((value, [slot, number]) => value.replaceAll(number, `{${slot}}`), result);
}

test('every Russian interface string is already typeset (no-break spaces, dashes, quotes)', () => {
  const untypeset = leaves(ru, '').filter(([, value]) => typeset(value) !== value).map(([path, value]) => `${path}: ${JSON.stringify(typeset(value)).replace(/\u00A0/g, '\\u00A0')} (now ${JSON.stringify(value)})`);
  expect(untypeset).toEqual([]);
});

test('the check sees a string that is not typeset', () => {
  expect(typeset('QEMU - эмулятор в {arch} и {count} изменений')).toBe('QEMU\u00A0— эмулятор в\u00A0{arch} и\u00A0{count}\u00A0изменений');
});
