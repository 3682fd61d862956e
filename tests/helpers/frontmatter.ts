import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The frontmatter of a content file, parsed independently of Astro to check the site against it. */
export function readFrontmatter(file: string): Record<string, unknown> {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
  if (block === undefined) throw new Error(`${file} has no frontmatter block`);
  return parse(block) as Record<string, unknown>;
}
