/**
 * The clean Markdown copy of a feature page, for tools and agents (`/features/<slug>/index.md`):
 * the frontmatter's facts as a list, then the body as the author wrote it, with only what is not
 * Markdown taken out: the YAML, heading attributes (`{#usage}`), the example runner's fence meta,
 * MDX comments, and component tags, which become their text description. Links to a section of the
 * page (`#usage`) point at the web page's section, since the copy has no ids.
 *
 * Why the author's text and not a serializer (mdast-util-to-markdown, not installed): serializing
 * the mdast again would rewrite what the author wrote (escapes, list markers, emphasis, tables need
 * the GFM extension, heading attributes and MDX nodes handlers of their own), while the parser's
 * positions let the copy keep every character it has no reason to change.
 */
import type { MdastNode } from 'satteri';
import { parseContent, walkContent, type ContentFormat } from './content-ast.ts';

/** A stretch of the source to replace: [start, end) in UTF-16 offsets, as the parser gives them. */
interface Splice {
  start: number;
  end: number;
  text: string;
}

const offsets = (node: MdastNode) => ({ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });

/** The splice one node needs, if any. */
function spliceOf(node: MdastNode, source: string, describe: (component: string) => string | undefined): Splice | undefined {
  const { start, end } = offsets(node);
  switch (node.type) {
    case 'yaml':
    case 'mdxFlowExpression':
      // The frontmatter (the copy starts with its own header) or a comment on lines of its own
      // (the content rules refuse any other expression), with the blank lines after it.
      return { start, end: end + (/^(?:[ \t]*\n)*/.exec(source.slice(end))?.[0].length ?? 0), text: '' };
    case 'heading': {
      // `## Title {#id}`: the attributes follow the heading's last text; the copy keeps the title.
      const last = node.children.at(-1);
      const textEnd = last ? offsets(last).end : end;
      return node.data && 'hProperties' in node.data && textEnd < end ? { start: textEnd, end, text: '' } : undefined;
    }
    case 'code': {
      // The fence keeps its language; the meta is the example runner's (src/lib/example-meta.ts).
      const line = source.slice(start, source.indexOf('\n', start));
      const fence = /^(\s*(?:`{3,}|~{3,}))/.exec(line)?.[1];
      if (!fence || !node.meta) return undefined;
      return { start, end: start + line.length, text: `${fence}${node.lang ?? ''}` };
    }
    case 'link':
    case 'definition': {
      // `[x](#usage)` means a section of this page. The copy is plain Markdown with no ids, so the
      // fragment would lead nowhere from index.md; `./#usage` is the section on the web page.
      const destination = node.type === 'link' ? /^\]\(\s*<?/ : /^\s*<?/;
      // A link's destination follows its text (`](`); a definition's follows its label (`[u]:`).
      const from = node.type === 'link' ? (node.children.length > 0 ? offsets(node.children.at(-1)!).end : start + 1) : source.indexOf(']:', start) + 2;
      const opening = destination.exec(source.slice(from, end))?.[0];
      if (opening === undefined || source[from + opening.length] !== '#') return undefined;
      return { start: from + opening.length, end: from + opening.length, text: './' };
    }
    case 'mdxTextExpression':
      return { start, end, text: '' };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const description = node.name ? describe(node.name) : undefined;
      if (description === undefined) return undefined;
      // On a line of its own, a component stands apart from the text as a quote.
      return { start, end, text: node.type === 'mdxJsxFlowElement' ? `> ${description}` : description };
    }
    default:
      return undefined;
  }
}

/**
 * The body of a page as clean Markdown. `describe` gives a component's text description (the
 * diagram's title and description) as one line of Markdown, or undefined for an element to keep as
 * written.
 * @example markdownBody('---\ntitle: A\n---\n## Use {#usage}\n', 'md', () => undefined) // → '## Use\n'
 */
export function markdownBody(source: string, format: ContentFormat, describe: (component: string) => string | undefined): string {
  const splices: Splice[] = [];
  for (const { node } of walkContent(parseContent(source, format).tree)) {
    const splice = spliceOf(node, source, describe);
    // A replaced node's children go with it (nothing nests inside the nodes replaced here today).
    if (splice && !splices.some((outer) => outer.start <= splice.start && splice.end <= outer.end)) splices.push(splice);
  }
  let text = '';
  let at = 0;
  for (const splice of splices.sort((a, b) => a.start - b.start)) {
    text += source.slice(at, splice.start) + splice.text;
    at = splice.end;
  }
  return `${(text + source.slice(at)).trim()}\n`;
}

/** What the copy says of a feature above its body, already worded for the reader. */
export interface MarkdownCopyHeader {
  title: string;
  summary: string;
  /** Label and value pairs: category, architectures, status, keywords, the web page. */
  facts: readonly (readonly [label: string, value: string])[];
  /** The heading of the references, and each path with its URL at the v2.8.0 tag. */
  references: { heading: string; links: readonly { path: string; href: string }[] };
}

/**
 * The whole Markdown copy: title, summary as a quote, the facts, the body, the references.
 * @example featureMarkdown({ title: 'COLO', summary: '…', facts: [['Status', 'New']], references }, '## What it is\n…\n')
 */
export function featureMarkdown(header: MarkdownCopyHeader, body: string): string {
  return [
    `# ${header.title}`,
    `> ${header.summary}`,
    header.facts.map(([label, value]) => `- ${label}: ${value}`).join('\n'),
    body.trim(),
    `## ${header.references.heading}`,
    header.references.links.map((link) => `- [\`${link.path}\`](${link.href})`).join('\n'),
  ].join('\n\n') + '\n';
}
