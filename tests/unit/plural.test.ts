import { expect, test } from 'vitest';
import { formatCount, pluralForm } from '../../src/lib/plural.ts';
import { fill, ru } from '../../src/lib/strings.ts';

const bytes = { one: '{count} байт', few: '{count} байта', many: '{count} байт', other: '{count} байта' };

test('Russian nouns agree with the last digits of the number', () => {
  expect([1, 21, 101, 1001].map((count) => pluralForm(bytes, count, 'ru'))).toEqual(Array(4).fill('{count} байт'));
  expect([2, 4, 22, 4194304, 67108864].map((count) => pluralForm(bytes, count, 'ru'))).toEqual(Array(5).fill('{count} байта'));
  expect([0, 5, 11, 12, 14, 20, 111, 1048576].map((count) => pluralForm(bytes, count, 'ru'))).toEqual(Array(8).fill('{count} байт'));
  // Fractions are `other`: «1,5 байта».
  expect(pluralForm(bytes, 1.5, 'ru')).toBe('{count} байта');
});

test('a language without a form of its own gets `other`', () => {
  expect(pluralForm({ one: '{count} item', other: '{count} items' }, 3, 'en')).toBe('{count} items');
  expect(pluralForm({ other: '{count} items' }, 1, 'en')).toBe('{count} items');
});

test('numbers are grouped as the language groups them: a no-break space in Russian', () => {
  expect(formatCount(4194304, 'ru')).toBe('4\u00A0194\u00A0304');
  expect(formatCount(67108864, 'ru')).toBe('67\u00A0108\u00A0864');
  expect(formatCount(4194304, 'en')).toBe('4,194,304');
  expect(formatCount(21, 'ru')).toBe('21');
});

test('the Russian listing links read «Все 21 изменение», «Все 22 изменения», «Все 25 изменений»', () => {
  const link = (count: number) => fill(ru.listing.allInCategory, { count, category: 'Устройства' }, 'ru').replace(/\u00A0/g, ' ');
  expect(link(21)).toBe('Все 21 изменение в категории «Устройства»');
  expect(link(22)).toBe('Все 22 изменения в категории «Устройства»');
  expect(link(25)).toBe('Все 25 изменений в категории «Устройства»');
  expect(fill(ru.listing.allSpecific, { count: 1, arch: 'x86' }, 'ru').replace(/\u00A0/g, ' ')).toBe('Все 1 возможность только для x86');
});
