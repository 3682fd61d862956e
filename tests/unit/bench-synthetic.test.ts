import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { proseWords, syntheticPage, syntheticPages, syntheticSlug } from '../../scripts/bench/synthetic.ts';
import { checkContentFiles } from '../../src/lib/content-files.ts';
import { validateContentGraph } from '../../src/lib/content-graph.ts';
import { featureSchema } from '../../src/lib/schema.ts';
import { ARCHITECTURE_IDS, CATEGORIES, REQUIRED_SECTIONS } from '../../src/lib/vocabulary.ts';

const pages = syntheticPages(200);
const split = (source: string) => {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter');
  return { data: featureSchema.parse(parse(match[1] as string)), body: match[2] as string };
};
const parsed = pages.map((page) => ({ id: page.slug, ...split(page.source) }));

describe('synthetic pages', () => {
  test('every page passes the feature schema and the pre-build file checks', () => {
    expect(parsed).toHaveLength(200);
    const files = pages.map((page) => ({ name: page.fileName, path: `content/features/${page.fileName}`, bytes: new TextEncoder().encode(page.source) }));
    expect(checkContentFiles(files, ['md', 'mdx'])).toEqual([]);
  });

  test('related links point at other synthetic pages, so the content graph is valid', () => {
    expect(validateContentGraph(parsed, ARCHITECTURE_IDS)).toEqual([]);
    for (const page of parsed) {
      expect(page.data.related.length).toBeGreaterThanOrEqual(2);
      expect(page.data.related).not.toContain(page.id);
    }
  });

  test('slugs are unique and stable', () => {
    expect(new Set(pages.map((page) => page.slug)).size).toBe(pages.length);
    expect(syntheticSlug(41)).toBe(pages[41]?.slug);
  });

  test('frontmatter varies: every category, [all] and named architectures, several keywords', () => {
    expect(new Set(parsed.map((page) => page.data.category))).toEqual(new Set(CATEGORIES));
    const crossArchitecture = parsed.filter((page) => page.data.architectures[0] === 'all').length;
    expect(crossArchitecture).toBeGreaterThan(40);
    expect(crossArchitecture).toBeLessThan(120);
    expect(new Set(parsed.flatMap((page) => page.data.architectures)).size).toBeGreaterThan(10);
    for (const page of parsed) expect(page.data.keywords.length).toBeGreaterThanOrEqual(5);
  });

  test('about 700 words of prose, the required h2 sections in order, h3 subsections', () => {
    for (const page of pages) {
      const words = proseWords(page.source);
      expect(words).toBeGreaterThanOrEqual(650);
      expect(words).toBeLessThanOrEqual(760);
    }
    for (const { body } of parsed.slice(0, 20)) {
      expect([...body.matchAll(/^## (.*)$/gm)].map((match) => match[1])).toEqual([...REQUIRED_SECTIONS]);
      expect([...body.matchAll(/^### /gm)]).toHaveLength(3);
    }
  });

  test('three code blocks: sh, json (valid JSON) and c', () => {
    for (const { body } of parsed.slice(0, 20)) {
      const blocks = [...body.matchAll(/^```(\w*)\n([\s\S]*?)\n```$/gm)];
      expect(blocks.map((block) => block[1])).toEqual(['sh', 'json', 'c']);
      expect(() => JSON.parse(blocks[1]?.[2] as string)).not.toThrow();
    }
  });

  test('prose is safe MDX: no braces or angle brackets outside code blocks', () => {
    for (const { body } of parsed) expect(body.replace(/```[\s\S]*?```/g, '')).not.toMatch(/[{}<>]/);
  });

  test('pages differ from each other and the same seed gives the same page', () => {
    expect(new Set(parsed.map((page) => page.data.title)).size).toBe(parsed.length);
    expect(syntheticPage(7, 200).source).toBe(pages[7]?.source);
    expect(syntheticPage(7, 200, 2).source).not.toBe(pages[7]?.source);
  });

  test('tiny sets still validate: one page has no related links', () => {
    const [only] = syntheticPages(1);
    expect(split(only?.source ?? '').data.related).toEqual([]);
    expect(syntheticPages(3).every((page) => !split(page.source).data.related.includes(page.slug))).toBe(true);
  });
});
