/**
 * The content itself, as an editor would review it: every page has the required sections with real
 * prose in each, and every reference names a file that exists in QEMU 2.8.0.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../helpers/frontmatter.ts';
import { root } from '../helpers/built-site.ts';
import { REQUIRED_SECTIONS } from '../../src/lib/vocabulary.ts';

/** Every path of the QEMU 2.8.0 tree (roms/ submodules left out), listed from the v2.8.0 sources. */
const qemuFiles = new Set(gunzipSync(readFileSync(path.join(root, 'tests/fixtures/qemu-2.8.0-files.txt.gz'))).toString('utf8').split('\n'));

const featureDir = path.join(root, 'content/features');
const pages = readdirSync(featureDir).filter((name) => /\.mdx?$/.test(name)).sort();

/** Splits a page body into its h2 sections, dropping code blocks so only prose is counted. */
function sections(body: string): { heading: string; prose: string }[] {
  const withoutCode = body.replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, '');
  return withoutCode
    .split(/^## /m)
    .slice(1)
    .map((chunk) => {
      const [first = '', ...rest] = chunk.split('\n');
      return { heading: first.replace(/\s*\{#[^}]+\}\s*$/, '').trim(), prose: rest.join('\n') };
    });
}
const words = (text: string) => text.replace(/<[^>]+>/g, ' ').split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;

describe.each(pages)('%s', (name) => {
  const file = path.join(featureDir, name);
  const text = readFileSync(file, 'utf8');
  const body = text.replace(/^---[\s\S]*?\n---\n/, '');

  test('has the required sections, in order', () => {
    const headings = sections(body).map((section) => section.heading);
    expect(headings.filter((heading) => (REQUIRED_SECTIONS as readonly string[]).includes(heading))).toEqual([...REQUIRED_SECTIONS]);
  });
  test('has no empty section', () => {
    for (const section of sections(body)) expect(words(section.prose), section.heading).toBeGreaterThanOrEqual(8);
  });
  test('has at least 300 words of prose', () => {
    expect(words(sections(body).map((section) => section.prose).join('\n'))).toBeGreaterThanOrEqual(300);
  });
  test('every reference is a file of the QEMU 2.8.0 tree', () => {
    const references = readFrontmatter(file)['references'] as string[];
    expect(references.filter((reference) => !qemuFiles.has(reference))).toEqual([]);
  });
  test('has no placeholder text left from the scaffold', () => {
    expect(text).not.toMatch(/TODO:/);
  });
});
