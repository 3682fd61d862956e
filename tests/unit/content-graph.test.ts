import { describe, expect, test } from 'vitest';
import { formatContentProblems, validateContentGraph } from '../../src/lib/content-graph.ts';
import { ARCHITECTURE_IDS } from '../../src/lib/vocabulary.ts';
import type { FeatureData } from '../../src/lib/schema.ts';

const page = (id: string, extra: Partial<FeatureData> = {}) => ({
  id,
  filePath: `content/features/${id}.mdx`,
  data: { title: id, summary: '', category: 'tools', architectures: ['all'], status: 'new', release: '2.8', keywords: [], aliases: [], related: [], references: [], ...extra } as FeatureData,
});
const archs = [...ARCHITECTURE_IDS];

describe('validateContentGraph', () => {
  test('a consistent set has no problems', () => {
    expect(validateContentGraph([page('a', { related: ['b'] }), page('b')], archs)).toEqual([]);
  });
  test('an id that is not a slug never reaches a route or _redirects', () => {
    const problems = validateContentGraph([page('a\n/* https://elsewhere.example/ 302'), page('Colo')], archs);
    expect(problems.map((problem) => problem.field)).toEqual(['(file name)', '(file name)']);
    expect(problems[1]?.message).toMatch(/"Colo" is not a slug/);
  });
  test('a related slug that is not a page names the file, the field and the allowed slugs', () => {
    const [problem] = validateContentGraph([page('a', { related: ['missing'] }), page('b')], archs);
    expect(problem).toEqual({ file: 'content/features/a.mdx', field: 'related', message: '"missing" is not a feature page. Allowed: a, b.' });
  });
  test('an alias that is a real page is refused', () => {
    const [problem] = validateContentGraph([page('a', { aliases: ['b'] }), page('b')], archs);
    expect(problem?.field).toBe('aliases');
    expect(problem?.message).toContain('(content/features/b.mdx)');
    expect(problem?.message).toMatch(/slug of a real page/);
  });
  test('one alias on two pages is refused', () => {
    const problems = validateContentGraph([page('a', { aliases: ['old'] }), page('b', { aliases: ['old'] })], archs);
    expect(problems.map((p) => p.file)).toEqual(['content/features/b.mdx']);
  });
  test('a missing architecture entry is named', () => {
    const problems = validateContentGraph([], archs.filter((id) => id !== 'arm'));
    expect(problems[0]?.file).toBe('content/architectures/arm.md');
  });
  test('problems format as one line each', () => {
    expect(formatContentProblems([{ file: 'f.mdx', field: 'related', message: 'bad.' }])).toBe('The content has 1 problem:\n  f.mdx: related: bad.');
  });
});
