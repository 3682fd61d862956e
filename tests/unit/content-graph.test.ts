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
    expect(formatContentProblems([{ file: 'f.mdx', field: 'related', message: 'bad.' }, { file: 'g.md', field: 'aliases', message: 'worse.' }])).toBe('The content has 2 problems:\n  f.mdx: related: bad.\n  g.md: aliases: worse.');
  });
  test('a missing architecture entry says what to do', () => {
    expect(validateContentGraph([], archs.filter((id) => id !== 'arm'))).toEqual([
      { file: 'content/architectures/arm.md', field: '(file)', message: 'is missing: every architecture id in src/lib/vocabulary.ts needs an entry. Create the file, or remove "arm" from ARCHITECTURE_IDS.' },
    ]);
  });
  test('an architecture entry with an unknown id, or one that is not a slug, is named with the ids allowed', () => {
    const problems = validateContentGraph([], [...archs, 'risc-v', 'Arm64']);
    expect(problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual(['content/architectures/risc-v.md (file name)', 'content/architectures/Arm64.md (file name)']);
    expect(problems[0]?.message).toBe(`"risc-v" is not a known architecture id. Allowed: ${archs.join(', ')}. Rename the file or add the id to ARCHITECTURE_IDS in src/lib/vocabulary.ts.`);
  });
  test('a page that names itself as related is told to remove it', () => {
    expect(validateContentGraph([page('a', { related: ['a'] })], archs)).toEqual([{ file: 'content/features/a.mdx', field: 'related', message: 'names the page itself ("a"). Remove it.' }]);
  });
  test('the allowed related slugs are listed in order, and cut at 30 with the count', () => {
    const many = Array.from({ length: 31 }, (_, index) => page(`p${String(index).padStart(2, '0')}`));
    const [problem] = validateContentGraph([page('zz', { related: ['missing'] }), ...many.reverse()], archs);
    expect(problem?.message).toBe(`"missing" is not a feature page. Allowed: ${Array.from({ length: 30 }, (_, index) => `p${String(index).padStart(2, '0')}`).join(', ')}, … (32 in all).`);
  });
  test('one alias on two pages names the page that has it first', () => {
    const problems = validateContentGraph([page('a', { aliases: ['old'] }), page('b', { aliases: ['old'] })], archs);
    expect(problems).toEqual([{ file: 'content/features/b.mdx', field: 'aliases', message: '"old" is already an alias of "a". An old URL can redirect to one page only.' }]);
  });
  test('a page found without its file path is named by its id', () => {
    const [problem] = validateContentGraph([{ ...page('a', { related: ['a'] }), filePath: undefined }], archs);
    expect(problem?.file).toBe('content/features/a.md');
  });
});
