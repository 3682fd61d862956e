/**
 * The content itself, as an editor would review it: real prose in every section. (The build itself
 * refuses a page without the required sections, with the scaffold's TODO text or with a reference
 * that is not a file of QEMU 2.8.0: src/markdown/check-pages.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers/built-site.ts';
import { contentFormatOf, parseContent, textOf } from '../../src/markdown/content-ast.ts';

const featureDir = path.join(root, 'content/features');
const pages = readdirSync(featureDir).filter((name) => /\.mdx?$/.test(name)).sort();

/** A page's h2 sections, each with the prose under it (code blocks left out), as the parser sees them. */
function sections(text: string, file: string): { heading: string; prose: string }[] {
  const { tree } = parseContent(text, contentFormatOf(file));
  const found: { heading: string; prose: string[] }[] = [];
  for (const node of 'children' in tree ? tree.children : []) {
    if (node.type === 'heading' && node.depth === 2) found.push({ heading: textOf(node).trim(), prose: [] });
    else if (node.type !== 'code' && node.type !== 'yaml') found.at(-1)?.prose.push(textOf(node));
  }
  return found.map((section) => ({ heading: section.heading, prose: section.prose.join('\n') }));
}
const words = (text: string) => text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;

describe.each(pages)('%s', (name) => {
  const file = path.join(featureDir, name);
  const text = readFileSync(file, 'utf8');

  test('has no empty section', () => {
    for (const section of sections(text, name)) expect(words(section.prose), section.heading).toBeGreaterThanOrEqual(8);
  });
  test('has at least 300 words of prose', () => {
    expect(words(sections(text, name).map((section) => section.prose).join('\n'))).toBeGreaterThanOrEqual(300);
  });
});
