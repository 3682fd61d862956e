import type { AstroIntegrationLogger } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findBrokenLinks, type BuiltPage } from '../lib/link-check.ts';
import { missingPublishedUrls, parseManifest } from '../lib/published-urls.ts';
import { projectEnv } from '../config/env.ts';

/** The manifest of published URLs, beside the content it describes. */
export function manifestPath(): string {
  return path.join(projectEnv().contentDir, 'published-urls.txt');
}

/** What the checks know of the finished output and the deploy. */
export interface OutputToCheck {
  /** Every output file as a site path (`/favicon.svg`, `/features/colo/index.html`). */
  files: readonly string[];
  pages: readonly BuiltPage[];
  base: string;
  origin: string;
  /** The project root, where the manifest of published URLs is found. */
  root: string;
}

/**
 * Checks the finished output before it may be published: every internal link and `#fragment`
 * resolves, and no URL or anchor that was ever published has disappeared without a redirect or an
 * anchor alias. Either failure throws, naming the page and the link, and saying how to fix it.
 */
export function checkOutput({ files, pages, base, origin, root }: OutputToCheck, logger: AstroIntegrationLogger): void {
  const broken = findBrokenLinks(pages, new Set(files), { base, origin });
  if (broken.length > 0) {
    const lines = broken.map((link) => `  ${link.page}: "${link.href}" ${link.reason}`);
    throw new Error(`${broken.length} broken internal link${broken.length === 1 ? '' : 's'}:\n${lines.join('\n')}\nFix the link in the page's source, or add the missing page or heading id.`);
  }
  logger.info(`checked the links of ${pages.length} pages`);

  const manifest = manifestPath();
  if (!existsSync(manifest)) {
    logger.warn(`no ${path.relative(root, manifest)}: published URLs are not checked (create it with npm run urls:update)`);
    return;
  }
  const published = parseManifest(readFileSync(manifest, 'utf8'));
  const missing = missingPublishedUrls(published, pages);
  if (missing.length > 0) {
    throw new Error(
      `${missing.length} published URL${missing.length === 1 ? ' has' : 's have'} disappeared (listed in ${path.relative(root, manifest)}):\n` +
        missing.map((url) => `  ${url}`).join('\n') +
        '\nPeople link to these from wikis and trackers. To keep them working:\n' +
        '  - a renamed page: add its old slug to `aliases` in the new page\'s frontmatter;\n' +
        '  - a renamed section: pin the old id, `## New title {#old-id}`, or keep it as an alias, `## New title {#new-id data-aliases="old-id"}`.\n' +
        'If the removal is deliberate, run `npm run urls:update -- --prune` and commit the manifest.',
    );
  }
  logger.info(`all ${published.length} published URLs still resolve`);
}
