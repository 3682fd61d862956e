import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { headersFile, mergePolicies } from '../lib/csp.ts';
import { listOutputFiles } from './read-built-site.ts';

/** The Content-Security-Policy a page carries in its <meta http-equiv> tag, if any. */
export function metaPolicy(html: string): string | undefined {
  let policy: string | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') policy = attributes['content'];
    },
  });
  parser.end(html);
  return policy;
}

/**
 * Writes `_headers` for hosts that honour one, with the same policy the pages carry (the union of
 * every page's hashes, so it stays in step with the code on each build) and the security headers
 * that only a header can set.
 */
export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'qemu-docs:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const pages = (await listOutputFiles(outDir)).filter((file) => file.endsWith('.html'));
        const policies = await Promise.all(pages.map(async (file) => metaPolicy(await readFile(path.join(outDir, file), 'utf8'))));
        const found = policies.filter((policy): policy is string => policy !== undefined);
        if (found.length === 0) throw new Error('No page carries a Content-Security-Policy: check security.csp in astro.config.mjs.');
        await writeFile(path.join(outDir, '_headers'), headersFile(base, mergePolicies(found)));
      },
    },
  };
}
