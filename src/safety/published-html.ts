/**
 * The gate every page body passes before it is published: its final HTML (Markdown or MDX, after
 * the site's plugins and components), parsed as the browser will parse it (./html-check.ts) and
 * held against the published allow-list. A page that breaks it is refused, so what reaches `dist/`
 * is byte for byte what this parse checked.
 *
 * The findings are in the HTML; an author needs the line of the source. The source rules
 * (src/markdown/content-rules.ts) name exact lines for what one block can do; what only the whole
 * page does (an attribute split across two blocks, a tag completed by the next block) is placed at
 * the first source line that writes the element, the attribute or the URL, else at the first line
 * of raw HTML.
 */
import type { ContentProblem } from '../lib/content-graph.ts';
import { PUBLISHED_SCHEMA } from './allow-list.ts';
import { checkHtmlFragment, type HtmlFinding } from './html-check.ts';

/**
 * The 1-based source line most likely to have written a finding; undefined when the source writes
 * neither the element nor the attribute, so the site's own rendering (a plugin, a component) printed it.
 */
export function sourceLineOf(source: string, finding: HtmlFinding): number | undefined {
  const lines = source.split('\n');
  const lower = lines.map((line) => line.toLowerCase());
  // Stryker: equivalent mutants — the regex's 'i' flag as '' (lines are lower-cased, HTML attribute
  // names are lower case); the `tag !== '…' && tag !== '/'` tests (no finding has the tag '/', and
  // '<…' is in no page's source).
  // The value, for what Markdown writes without the tag or the attribute: `[x](javascript:…)`.
  // Stryker: equivalent mutant — `?.[1]?.` as `?.[1].`: a match always has its group.
  const value = /="([^"]{3,20})/.exec(finding.field)?.[1]?.toLowerCase();
  const needles = [finding.attribute && new RegExp(`(^|[\\s"'/{])${finding.attribute.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=`, 'i'), finding.tag !== '…' && finding.tag !== '/' ? new RegExp(`<${finding.tag}(?=[\\s/>]|$)`) : undefined, value].filter(Boolean);
  for (const needle of needles) {
    const index = lower.findIndex((line) => (typeof needle === 'string' ? line.includes(needle) : (needle as RegExp).test(line)));
    if (index >= 0) return index + 1;
  }
  // HTML left open (tag '…') is the page's raw HTML, wherever it ends: its first line. A named element
  // or attribute the source never writes was printed by the site itself.
  if (finding.tag !== '…') return undefined;
  const rawHtml = lines.findIndex((line) => /^\s*<[a-z!/?]/i.test(line));
  // Stryker: equivalent mutant — `>= 0` as `> 0`: raw HTML on the first line is line 1 either way.
  return rawHtml >= 0 ? rawHtml + 1 : 1;
}

/**
 * Problems of a page's published HTML, each at its likely source line.
 * @example publishedHtmlProblems('<p onclick="x">', 'content/features/a.md', '# A\n\n<p onclick="x">\n') // → [{ file: 'content/features/a.md:3', … }]
 */
export function publishedHtmlProblems(html: string, file: string, source: string): ContentProblem[] {
  return checkHtmlFragment(html, PUBLISHED_SCHEMA).map((finding) => {
    const line = sourceLineOf(source, finding);
    const where = `line ${finding.line} of its body`;
    return line === undefined
      ? {
          file,
          field: finding.field,
          message: `was printed by the site's own rendering of this page (a plugin or a component), not written in it: ${finding.message.replace(/ Remove it[^.]*\./, '')} The page needs no change; the renderer that printed it must. (Found in the page's published HTML, ${where}.)`,
        }
      : { file: `${file}:${line}`, field: finding.field, message: `${finding.message} (Found in the page's published HTML, ${where}.)` };
  });
}
