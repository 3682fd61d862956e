import { expect, test } from 'vitest';
import { didYouMean } from '../../src/lib/did-you-mean.ts';

const fields = ['title', 'summary', 'aliases', 'related', 'references', 'keywords'];

test('one or two letters off, swapped, or cut short finds the field', () => {
  expect(didYouMean('titel', fields)).toBe('title');
  expect(didYouMean('relatd', fields)).toBe('related');
  expect(didYouMean('alias', fields)).toBe('aliases');
  expect(didYouMean('Summary', fields)).toBe('summary');
});

test('nothing close gives no guess', () => {
  expect(didYouMean('colour', fields)).toBeUndefined();
  expect(didYouMean('x', fields)).toBeUndefined();
});
