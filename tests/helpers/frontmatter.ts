import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentFormatOf, parseContent } from '../../src/markdown/content-ast.ts';

/** The frontmatter of a content file, parsed independently of Astro to check the site against it. */
export function readFrontmatter(file: string): Record<string, unknown> {
  const { frontmatter } = parseContent(readFileSync(file, 'utf8'), contentFormatOf(file));
  if (frontmatter === undefined) throw new Error(`${file} has no frontmatter block`);
  return parse(frontmatter.yaml) as Record<string, unknown>;
}
