import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { syntheticPage, syntheticPages } from '../../scripts/bench/synthetic.ts';
import { checkContentFiles } from '../../src/lib/content-files.ts';
import { readQemuFiles } from '../../src/data/qemu-files.ts';
import { validateContentGraph } from '../../src/lib/content-graph.ts';
import { featureSchema } from '../../src/lib/schema.ts';
import { ARCHITECTURE_IDS, REQUIRED_SECTIONS } from '../../src/lib/vocabulary.ts';

// What the benchmark's numbers rest on: the synthetic pages are pages the real build accepts.
const pages = syntheticPages(200);
const split = (source: string) => {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter');
  return { data: featureSchema.parse(parse(match[1] as string)), body: match[2] as string };
};
const parsed = pages.map((page) => ({ id: page.slug, ...split(page.source) }));

describe('synthetic pages', () => {
  test('pass the feature schema, the pre-build file checks and the content graph (related links)', () => {
    const files = pages.map((page) => ({ name: page.fileName, path: `content/features/${page.fileName}`, bytes: new TextEncoder().encode(page.source) }));
    expect(checkContentFiles(files, ['md', 'mdx'])).toEqual([]);
    expect(validateContentGraph(parsed, ARCHITECTURE_IDS)).toEqual([]);
    expect(validateContentGraph(syntheticPages(1).map((page) => ({ id: page.slug, ...split(page.source) })), ARCHITECTURE_IDS)).toEqual([]);
  });

  test('name only files of the QEMU 2.8.0 tree as references, as the build requires', () => {
    const qemuFiles = readQemuFiles();
    const missing = [...new Set(parsed.flatMap((page) => page.data.references))].filter((reference) => !qemuFiles.has(reference));
    expect(missing).toEqual([]);
  });

  test('have the requested format', () => {
    expect(syntheticPages(3, 1, 'mdx').map((page) => page.fileName)).toEqual(pages.slice(0, 3).map((page) => page.fileName.replace(/\.md$/, '.mdx')));
    expect(pages.every((page) => page.fileName.endsWith('.md'))).toBe(true);
  });

  test('hold the required sections in order, and the code blocks they report', () => {
    for (const [i, { body }] of parsed.slice(0, 20).entries()) {
      expect([...body.matchAll(/^## (.*)$/gm)].map((match) => match[1])).toEqual([...REQUIRED_SECTIONS]);
      const fences = [...body.matchAll(/^```(\w*)\n([\s\S]*?)\n```$/gm)].map((match) => ({ lang: match[1], code: match[2] }));
      expect(fences).toEqual(pages[i]?.blocks);
    }
  });

  test('are safe MDX: no braces or angle brackets outside code blocks', () => {
    for (const { body } of parsed) expect(body.replace(/```[\s\S]*?```/g, '')).not.toMatch(/[{}<>]/);
  });

  test('are the same for the same seed', () => {
    expect(syntheticPage(7, 200).source).toBe(pages[7]?.source);
    expect(syntheticPage(7, 200, 2).source).not.toBe(pages[7]?.source);
  });
});
