import { expect, test } from 'vitest';
import { fill } from '../../src/lib/strings.ts';

test('fill puts values in their slots and leaves unknown slots visible', () => {
  expect(fill('Page {page} of {last}', { page: 2, last: 9 }, 'en')).toBe('Page 2 of 9');
  expect(fill('Page {page} of {last}', { page: 2 }, 'en')).toBe('Page 2 of {last}');
});
test('fill picks the plural form of the count, and groups its digits for the language', () => {
  const forms = { one: '{count} item', few: '{count} items (few)', other: '{count} items' };
  expect(fill(forms, { count: 1 }, 'en')).toBe('1 item');
  expect(fill(forms, { count: 4000 }, 'en')).toBe('4,000 items');
  expect(fill(forms, { count: 3 }, 'ru')).toBe('3 items (few)');
  expect(fill({ other: '{count} items' }, { count: 1 }, 'en')).toBe('1 items');
});
