import { expect, test } from 'vitest';
import { featureMatrix } from '../../src/lib/matrix.ts';
import type { FeatureData } from '../../src/lib/schema.ts';

const f = (id: string, architectures: string[]) => ({ id, data: { title: id, architectures } as unknown as FeatureData });

test('a cell is set where the feature applies, and everywhere for cross-architecture features', () => {
  const rows = featureMatrix([f('power9', ['ppc']), f('colo', ['all'])], ['x86', 'ppc']);
  expect(rows.map((row) => [row.feature.id, row.cells.map((cell) => cell.applies)])).toEqual([
    ['colo', [true, true]],
    ['power9', [false, true]],
  ]);
});
