import { expect, test } from 'vitest';
import { didYouMean, editDistance } from '../../src/lib/did-you-mean.ts';

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

test('edit distance counts a swap of neighbours as one edit, as readers slip', () => {
  expect(editDistance('vsokc', 'vsock')).toBe(1);
  expect(editDistance('genric-loader', 'generic-loader')).toBe(1);
  expect(editDistance('nvdym', 'nvdimm')).toBe(2);
  expect(editDistance('гостья', 'гостя')).toBe(1);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('colo', 'colo')).toBe(0);
});

test('edit distance gives up past its bound with a value over it', () => {
  expect(editDistance('vsck', 'vsock', 1)).toBe(1);
  expect(editDistance('powernv', 'nvdimm', 2)).toBeGreaterThan(2);
  expect(editDistance('ab', 'abcdef', 2)).toBeGreaterThan(2);
});
