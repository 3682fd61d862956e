import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../lib/content-error.ts';
import { PUBLISHED_SCHEMA } from '../safety/allow-list.ts';
import { checkHtmlFragment } from '../safety/html-check.ts';
import { parsePage, publishedPageViolations, type ParsedPage } from './page-policy.ts';

/**
 * The HTML inside a built page's body container (`<div class="prose">`, where the layouts print a
 * page's rendered Markdown or MDX), as written in the file; undefined on pages without one.
 */
export function pageBodyHtml(html: string, page: ParsedPage = parsePage(html)): string | undefined {
  type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node; sourceCodeLocation?: { startTag?: { endOffset: number }; endTag?: { startOffset: number } } };
  const find = (node: Node): Node | undefined => {
    if (node.nodeName === 'div' && node.attrs?.some((attribute) => attribute.name === 'class' && attribute.value.split(/\s+/).includes('prose'))) return node;
    for (const child of node.childNodes ?? []) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const location = find(page as unknown as Node)?.sourceCodeLocation;
  return location?.startTag && location.endTag ? html.slice(location.startTag.endOffset, location.endTag.startOffset) : undefined;
}

/**
 * Fails the build when a built page breaks the page policy (./page-policy.ts), or its body the
 * published allow-list, naming each page and what it holds. Pages are read one at a time, so a large site is never in memory at once.
 */
export async function assertPagePolicy(outDir: string, files: readonly string[], base: string): Promise<void> {
  const found: string[] = [];
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const html = await readFile(path.join(outDir, file), 'utf8');
    // One parse for both looks at the page; the body is parsed again as a fragment, in its context.
    const page = parsePage(html);
    const violations = publishedPageViolations(page, base);
    found.push(...violations.map((violation) => `${file}: ${violation}`));
    // The body against the allow-list every body is held to (src/safety/allow-list.ts), not only
    // against what no page may hold.
    const body = pageBodyHtml(html, page);
    if (body !== undefined) found.push(...checkHtmlFragment(body, PUBLISHED_SCHEMA).map((finding) => `${file}: ${finding.field} ${finding.message}`));
  }
  if (found.length > 0) throw new ContentError(`These built pages hold what no page may publish; nothing was published:\n${found.map((line) => `  ${line}`).join('\n')}`);
}
