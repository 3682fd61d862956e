/**
 * The content itself, as an editor would review it: real prose in every section of every page of
 * every edition (a translation is prose too: its words are counted in any script). (The build itself
 * refuses a page without the required sections, with the scaffold's TODO text or with a reference
 * that is not a file of QEMU 2.8.0: src/markdown/check-pages.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers/built-site.ts';
import { contentFormatOf, parseContent, textOf } from '../../src/markdown/content-ast.ts';

import { listContentFiles } from '../../src/config/content-files.ts';
import { isPageFileName } from '../../src/lib/content-layout.ts';

// Every edition's feature pages: content/features/ and content/<locale>/features/.
const pages = listContentFiles(path.join(root, 'content')).filter((file) => file.kind === 'features' && isPageFileName(file.name)).map((file) => path.relative(root, file.path));

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
// A word holds a letter or a digit of any script (Cyrillic as well as Latin).
const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe.each(pages)('%s', (name) => {
  const text = readFileSync(path.join(root, name), 'utf8');

  test('has no empty section', () => {
    for (const section of sections(text, name)) expect(words(section.prose), section.heading).toBeGreaterThanOrEqual(8);
  });
  test('has at least 300 words of prose', () => {
    expect(words(sections(text, name).map((section) => section.prose).join('\n'))).toBeGreaterThanOrEqual(300);
  });
});
