import { parseContent, walkContent, lineOf, type ContentFormat } from './content-ast.ts';

/**
 * The lines of a page's source that link to `href`, as the built page wrote it: every Markdown link
 * or link definition whose URL, resolved against the page's own URL, is the same. The link check
 * finds a broken link in the built HTML; this names the line the author has to change.
 * @example linkLines('[x](../b/)\n', 'md', new URL('https://s/features/a/'), '/features/b/') // → [1]
 */
export function linkLines(source: string, format: ContentFormat, pageUrl: URL, href: string): number[] {
  const target = resolved(href, pageUrl);
  if (target === undefined) return [];
  const lines: number[] = [];
  for (const { node } of walkContent(parseContent(source, format).tree)) {
    if ((node.type === 'link' || node.type === 'definition') && resolved(node.url, pageUrl) === target) lines.push(lineOf(node));
  }
  return lines;
}

const resolved = (url: string, base: URL): string | undefined => {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
};
