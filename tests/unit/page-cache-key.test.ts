import { describe, expect, test } from 'vitest';
import { editionKeyInput, pageKeyInput, stableJson, type KeyedEntry } from '../../src/lib/page-cache-key.ts';

const entry = (id: string, change: Partial<KeyedEntry> = {}): KeyedEntry => ({
  id,
  collection: 'features',
  filePath: `content/features/${id}.mdx`,
  digest: `digest-${id}`,
  data: { title: `Title ${id}`, summary: 'A summary.', architectures: ['x86'] },
  rendered: { metadata: { htmlFile: `html-${id}.html`, headings: [{ depth: 2, slug: 'what-it-is', text: 'What it is' }] } },
  ...change,
});
const env = { base: '/', site: 'https://example.org', editBaseUrl: undefined };
const page = (text: KeyedEntry, change: Partial<Parameters<typeof pageKeyInput>[0]> = {}) => pageKeyInput({ entry: entry('colo'), text, state: 'current', lastChanged: '2026-12-01', ...change });

describe('the cache key of a page (Astro incremental builds)', () => {
  test('equal data gives equal text whatever order its keys were built in', () => {
    expect(stableJson({ b: 1, a: { d: [2, { f: 1, e: 2 }], c: 3 } })).toBe(stableJson({ a: { c: 3, d: [2, { e: 2, f: 1 }] }, b: 1 }));
    expect(stableJson([1, 2])).not.toBe(stableJson([2, 1]));
  });

  test("an edit of a page's body changes that page's key and not the edition's", () => {
    const before = [entry('colo'), entry('vsock')];
    const edited = entry('colo', { digest: 'digest-colo-2', rendered: { metadata: { htmlFile: 'html-colo-2.html', headings: [] } } });
    expect(editionKeyInput([edited, entry('vsock')], env)).toBe(editionKeyInput(before, env));
    expect(page(edited)).not.toBe(page(entry('colo')));
    // The rendered HTML's file is named by its hash: new rendering code with the same source changes the key too.
    expect(page(entry('colo', { rendered: { metadata: { htmlFile: 'html-colo-3.html' } } }))).not.toBe(page(entry('colo')));
  });

  test("a change of any page's frontmatter, or of the environment, changes every page's key", () => {
    const before = editionKeyInput([entry('colo'), entry('vsock')], env);
    expect(editionKeyInput([entry('colo'), entry('vsock', { data: { title: 'Renamed' } })], env)).not.toBe(before);
    expect(editionKeyInput([entry('colo')], env)).not.toBe(before);
    expect(editionKeyInput([entry('colo'), entry('vsock')], { ...env, editBaseUrl: 'https://example.org/edit/' })).not.toBe(before);
  });

  test("the text a page shows, its translation's state and its date are the page's own", () => {
    const base = page(entry('colo'));
    expect(page(entry('colo', { collection: 'featureTranslations', filePath: 'content/ru/features/colo.mdx' }))).not.toBe(base);
    expect(page(entry('colo'), { state: 'stale' })).not.toBe(base);
    expect(page(entry('colo'), { lastChanged: '2026-12-07' })).not.toBe(base);
    expect(page(entry('colo'), { lastChanged: undefined })).not.toBe(base);
  });
});

test("the edition's part does not depend on the order the store lists its entries in", () => {
  const colo = entry('colo');
  const vsock = entry('vsock');
  const architecture = { ...entry('x86'), collection: 'architectures' };
  expect(editionKeyInput([vsock, architecture, colo], env)).toBe(editionKeyInput([colo, vsock, architecture], env));
});
