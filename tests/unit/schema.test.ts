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
