import { describe, expect, test } from 'vitest';
import { architectureSchema, featureSchema } from '../../src/lib/schema.ts';

const valid = {
  title: 'COLO fault tolerance',
  summary: 'Run a secondary VM in lock-step so a host failure does not stop the service.',
  category: 'reliability',
  architectures: ['all'],
  status: 'new',
  release: '2.8',
  keywords: ['colo'],
  references: ['docs/COLO-FT.txt'],
};

const issues = (input: unknown) => {
  const result = featureSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('featureSchema', () => {
  test('accepts a complete page and fills defaults', () => {
    const data = featureSchema.parse(valid);
    expect(data.related).toEqual([]);
    expect(data.aliases).toEqual([]);
  });
  test('an unknown category names the allowed values', () => {
    expect(issues({ ...valid, category: 'network' }).join()).toMatch(/category: .*"reliability".*"removals"/);
  });
  test('an unknown architecture is refused', () => {
    expect(issues({ ...valid, architectures: ['x86', 'risc-v'] })[0]).toMatch(/^architectures\.1/);
  });
  test('"all" cannot be combined with ids', () => {
    expect(issues({ ...valid, architectures: ['all', 'x86'] }).join()).toMatch(/"all" must stand alone/);
  });
  test('markup in a title is refused', () => {
    expect(issues({ ...valid, title: 'COLO <script>alert(1)</script>' }).join()).toMatch(/title: must be plain text/);
  });
  test('an empty summary is refused', () => {
    expect(issues({ ...valid, summary: '   ' }).join()).toMatch(/summary: must be at least/);
  });
  test('the release must be 2.8', () => {
    expect(issues({ ...valid, release: '2.9' })[0]).toMatch(/^release/);
  });
  test('a reference must be a relative source path', () => {
    expect(issues({ ...valid, references: ['/etc/passwd'] }).join()).toMatch(/references\.0: must be a relative path/);
    expect(issues({ ...valid, references: ['docs/../x'] }).join()).toMatch(/references\.0/);
  });
  test('an alias must be a slug', () => {
    expect(issues({ ...valid, aliases: ['Old Name'] }).join()).toMatch(/aliases\.0: must be a slug/);
  });
});

describe('architectureSchema', () => {
  test('accepts real binary names, underscores included', () => {
    const result = architectureSchema.safeParse({ name: 'x86', summary: 'PC-compatible machines of the x86 family.', binaries: ['qemu-system-x86_64'] });
    expect(result.success).toBe(true);
  });
  test('binaries must be qemu-system-* names', () => {
    const result = architectureSchema.safeParse({ name: 'x86', summary: 'PC-compatible machines of the x86 family.', binaries: ['qemu-i386'] });
    expect(result.success).toBe(false);
  });
});

describe('unknown fields', () => {
  test('a misspelt field names the one it meant instead of being dropped', () => {
    expect(issues({ ...valid, alias: ['old-colo'] })).toEqual([expect.stringMatching(/^: "alias" is not a field; did you mean "aliases"\?/)]);
    expect(issues({ ...valid, relatd: ['x'] })).toEqual([expect.stringMatching(/did you mean "related"\?/)]);
    expect(issues({ ...valid, keyword: ['x'] })).toEqual([expect.stringMatching(/did you mean "keywords"\?/)]);
  });
  test('slug: is refused: the file name is the URL', () => {
    expect(issues({ ...valid, slug: 'elsewhere' })).toEqual([expect.stringMatching(/"slug" is not a field: the file name is the URL/)]);
  });
  test('a field nothing resembles lists the fields there are', () => {
    expect(issues({ ...valid, colour: 'red' })).toEqual([expect.stringMatching(/"colour" is not a field\. Fields: title, summary/)]);
  });
  test('architecture entries are strict too', () => {
    const entry = { name: 'x86', summary: 'PC-compatible machines, 32 and 64 bit.', binaries: ['qemu-system-x86_64'] };
    expect(architectureSchema.safeParse(entry).success).toBe(true);
    expect(architectureSchema.safeParse({ ...entry, machine: ['pc'] }).error?.issues[0]?.message).toMatch(/did you mean "machines"\?/);
  });
});
