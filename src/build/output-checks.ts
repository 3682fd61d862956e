import type { AstroIntegrationLogger } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../lib/content-error.ts';
import { findBrokenLinks, type BrokenLink, type BuiltPage } from '../lib/link-check.ts';
import { contentFormatOf } from '../markdown/content-ast.ts';
import { linkLines } from '../markdown/link-lines.ts';
import { missingPublishedUrls, parseManifest } from '../lib/published-urls.ts';
import { projectEnv } from '../config/env.ts';
import { DEFAULT_LOCALE, isLocale } from '../lib/i18n.ts';
import { contentFolder } from '../lib/content-layout.ts';

/** The manifest of published URLs, beside the content it describes. */
export function manifestPath(): string {
  return path.join(projectEnv().contentDir, 'published-urls.txt');
}

/**
 * The content file a built page comes from (`/features/colo/` → content/features/colo.mdx), if any.
 * A page of another edition comes from its translation (`/ru/features/colo/` →
 * content/ru/features/colo.mdx) or, while there is none, from the English file it shows.
 */
function contentFileOf(page: string): string | undefined {
  const match = /^(?:\/([^/]+))?\/(features|arch)\/([^/]+)\/(?:index\.md)?$/.exec(page);
  if (!match) return undefined;
  const [, prefix, section, slug] = match;
  if (prefix !== undefined && (prefix === DEFAULT_LOCALE || !isLocale(prefix))) return undefined;
  const locale = prefix === undefined ? DEFAULT_LOCALE : prefix;
  const kind = section === 'arch' ? 'architectures' : 'features';
  const folders = [...new Set([contentFolder(locale, kind), contentFolder(DEFAULT_LOCALE, kind)])].map((name) => path.join(projectEnv().contentDir, name));
  return folders.flatMap((dir) => ['.md', '.mdx'].map((extension) => path.join(dir, `${slug}${extension}`))).find((file) => existsSync(file));
}

/** The site path of the web page a built file belongs to: a Markdown copy's links are written for it. */
const webPageOf = (page: string) => page.replace(/index\.md$/, '');

/**
 * One line per broken link, naming the line of the content file that wrote it (`file:line`) and the
 * built pages it was found on; a link the templates wrote names the page only. A link found in a
 * page, its other editions and its Markdown copy is one mistake, listed once (the copy writes a
 * link to a section of the page, `#usage`, as `./#usage`: src/markdown/markdown-copy.ts).
 */
function brokenLinkLines(broken: readonly BrokenLink[], { base, origin, root }: Pick<OutputToCheck, 'base' | 'origin' | 'root'>): string[] {
  const sources = new Map<string, string>();
  const mistakes = new Map<string, { line: string; pages: string[] }>();
  for (const link of broken) {
    const file = contentFileOf(link.page);
    let at: string[] = [];
    if (file !== undefined) {
      if (!sources.has(file)) sources.set(file, readFileSync(file, 'utf8'));
      const pageUrl = new URL(base.replace(/\/$/, '') + webPageOf(link.page), origin);
      at = linkLines(sources.get(file)!, contentFormatOf(file), pageUrl, link.href).map((line) => `${path.relative(root, file)}:${line}`);
    }
    // Not in the source: the page's template wrote it, and each page is its own mistake.
    const where = at.length > 0 ? at.join(', ') : link.page;
    const key = `${where}\0${at.length > 0 ? link.href.replace(/^\.\/#/, '#') : link.href}`;
    const mistake = mistakes.get(key) ?? { line: `  ${where}: "${link.href}" ${link.reason}`, pages: [] };
    mistake.pages.push(link.page);
    mistakes.set(key, mistake);
  }
  return [...mistakes.values()].map(({ line, pages }) => (line.startsWith(`  ${pages[0]}:`) ? line : `${line} (on ${pages.join(', ')})`));
}

/** What the checks know of the finished output and the deploy. */
export interface OutputToCheck {
  /** Every output file as a site path (`/favicon.svg`, `/features/colo/index.html`). */
  files: readonly string[];
  pages: readonly BuiltPage[];
  /** The Markdown outputs (feature pages' `index.md` copies, `llms.txt`): their links are checked too. */
  documents: readonly BuiltPage[];
  base: string;
  origin: string;
  /** The project root, where the manifest of published URLs is found. */
  root: string;
}

/** What the checks looked at, for the build's report. */
export interface CheckedOutput {
  /** Web pages and Markdown files whose links were checked. */
  pages: number;
  documents: number;
  /** Published URLs found still resolving; undefined when there is no manifest. */
  published: number | undefined;
}

/**
 * Checks the finished output before it may be published: every internal link and `#fragment`
 * resolves, and no URL or anchor that was ever published has disappeared without a redirect or an
 * anchor alias. Either failure throws, naming the page and the link, and saying how to fix it.
 */
export function checkOutput({ files, pages, documents, base, origin, root }: OutputToCheck, logger: AstroIntegrationLogger): CheckedOutput {
  const broken = findBrokenLinks([...pages, ...documents], new Set(files), { base, origin });
  if (broken.length > 0) {
    const lines = brokenLinkLines(broken, { base, origin, root });
    throw new ContentError(`${lines.length} broken internal link${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}\nFix the link in the page's source, or add the missing page or heading id.`);
  }

  const manifest = manifestPath();
  if (!existsSync(manifest)) {
    logger.warn(`no ${path.relative(root, manifest)}: published URLs are not checked (create it with npm run urls:update)`);
    return { pages: pages.length, documents: documents.length, published: undefined };
  }
  const published = parseManifest(readFileSync(manifest, 'utf8'));
  const missing = missingPublishedUrls(published, pages);
  if (missing.length > 0) {
    throw new ContentError(
      `${missing.length} published URL${missing.length === 1 ? ' has' : 's have'} disappeared (listed in ${path.relative(root, manifest)}):\n` +
        missing.map((url) => `  ${url}`).join('\n') +
        '\nPeople link to these from wikis and trackers. To keep them working:\n' +
        '  - a renamed page: add its old slug to `aliases` in the new page\'s frontmatter;\n' +
        '  - a renamed section: pin the old id, `## New title {#old-id}`, or keep it as an alias, `## New title {#new-id data-aliases="old-id"}`.\n' +
        'If the removal is deliberate, run `npm run urls:update -- --prune` and commit the manifest.',
    );
  }
  return { pages: pages.length, documents: documents.length, published: published.length };
}
