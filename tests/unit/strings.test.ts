import { expect, test } from 'vitest';
import { fill } from '../../src/lib/strings.ts';

test('fills every named slot, and leaves an unknown one visible rather than empty', () => {
  expect(fill('All {count} in {category}', { count: 40, category: 'Devices' }, 'en')).toBe('All 40 in Devices');
  expect(fill('Last changed on {date}', {}, 'en')).toBe('Last changed on {date}');
});
