import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../lib/content-error.ts';
import { publishedPageViolations } from './page-policy.ts';

/**
 * Fails the build when a built page breaks the page policy (./page-policy.ts), naming each page and
 * what it holds. Pages are read one at a time, so a large site is never in memory at once.
 */
export async function assertPagePolicy(outDir: string, files: readonly string[], base: string): Promise<void> {
  const found: string[] = [];
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const violations = publishedPageViolations(await readFile(path.join(outDir, file), 'utf8'), base);
    found.push(...violations.map((violation) => `${file}: ${violation}`));
  }
  if (found.length > 0) throw new ContentError(`These built pages hold what no page may publish; nothing was published:\n${found.map((line) => `  ${line}`).join('\n')}`);
}
