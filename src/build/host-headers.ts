import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { headersFile, mergePolicies } from '../lib/csp.ts';
import type { BuiltPage } from '../lib/link-check.ts';

/**
 * Writes `_headers` for hosts that honour one, with the same policy the pages carry (the union of
 * every page's hashes, so it stays in step with the code on each build) and the security headers
 * that only a header can set.
 */
export async function writeHostHeaders(outDir: string, base: string, pages: readonly BuiltPage[]): Promise<void> {
  const found = pages.map((page) => page.contentSecurityPolicy).filter((policy): policy is string => policy !== undefined);
  if (found.length === 0) throw new Error('No page carries a Content-Security-Policy: check security.csp in astro.config.mjs.');
  await writeFile(path.join(outDir, '_headers'), headersFile(base, mergePolicies(found)));
}
