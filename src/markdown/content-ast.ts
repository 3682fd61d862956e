/**
 * The one parser for content source: every check that reads a page's Markdown or MDX (examples,
 * components and raw HTML, section structure, the benchmark's word count) parses it here, with
 * Sätteri, the parser that renders the page, and with the same syntax features as the site's
 * processor (astro.config.mjs). So a code block, a component or a heading is what the renderer says
 * it is, and every finding has the exact line and column the parser reports.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { markdownToMdast, mdxToMdast, type Features, type MdastNode } from 'satteri';

/** Syntax features of the site's Markdown and MDX processor; astro.config.mjs passes these too. */
export const CONTENT_FEATURES = { headingAttributes: true } as const satisfies Features;

/** Which grammar a file is parsed with, from its extension. */
export type ContentFormat = 'md' | 'mdx';

/** `mdx` for `.mdx` files, `md` for everything else. */
export function contentFormatOf(file: string): ContentFormat {
  return file.endsWith('.mdx') ? 'mdx' : 'md';
}

/** A source the parser refused (MDX only: Markdown always parses), with where it stopped. */
export class ContentSyntaxError extends Error {
  override name = 'ContentSyntaxError';
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

/** A parsed page: its mdast tree (positions on every node) and its frontmatter block, if any. */
export interface ParsedContent {
  tree: MdastNode;
  /** The YAML between the `---` lines and the 1-based line of its first line of YAML. */
  frontmatter: { yaml: string; line: number } | undefined;
}

/**
 * Parses a page as the site's processor does. Throws ContentSyntaxError for MDX the parser refuses.
 * @example parseContent('# Hi\n', 'md').tree.type // → 'root'
 */
export function parseContent(source: string, format: ContentFormat): ParsedContent {
  let tree: MdastNode;
  try {
    tree = format === 'mdx' ? mdxToMdast(source, { features: CONTENT_FEATURES }) : markdownToMdast(source, { features: CONTENT_FEATURES });
  } catch (error) {
    // Sätteri reports MDX syntax errors as "line:column: message (rule)".
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(message);
    throw new ContentSyntaxError(at ? message.slice(at[0].length) : message, Number(at?.[1] ?? 1), Number(at?.[2] ?? 1));
  }
  const first = 'children' in tree ? tree.children[0] : undefined;
  const frontmatter = first?.type === 'yaml' ? { yaml: first.value, line: (first.position?.start.line ?? 1) + 1 } : undefined;
  return { tree, frontmatter };
}

/** Every node of the tree, depth first in document order, with its ancestors (nearest last). */
export function* walkContent(node: MdastNode, ancestors: readonly MdastNode[] = []): Generator<{ node: MdastNode; ancestors: readonly MdastNode[] }> {
  yield { node, ancestors };
  if ('children' in node) for (const child of node.children as MdastNode[]) yield* walkContent(child, [...ancestors, node]);
}

/** The 1-based line a node starts on (1 when the parser gave it no position). */
export const lineOf = (node: MdastNode): number => node.position?.start.line ?? 1;

/** A fenced or indented code block as the renderer sees it. */
export interface ParsedCodeBlock {
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  /** Everything after the language on the opening fence, trimmed. */
  meta: string;
  /** The code, without fences and without the block's indentation. */
  code: string;
  /**
   * False for a fence that is never closed. CommonMark lets it run to the end of the page, which is
   * valid Markdown and almost always a mistake: the rest of the page becomes code.
   */
  closed: boolean;
}

const FENCE = /^\s*(`{3,}|~{3,})/;

/** Every code block of a parsed source, in document order, wherever it is nested (lists, quotes, components). */
export function codeBlocksOf(tree: MdastNode, source: string): ParsedCodeBlock[] {
  const lines = source.split(/\r?\n/);
  const blocks: ParsedCodeBlock[] = [];
  for (const { node } of walkContent(tree)) {
    if (node.type !== 'code') continue;
    const line = lineOf(node);
    const end = node.position?.end.line ?? line;
    const fenced = FENCE.test(lines[line - 1] ?? '');
    const closed = !fenced || (end > line && /^\s*(`{3,}|~{3,})\s*$/.test(lines[end - 1] ?? ''));
    blocks.push({ line, lang: node.lang ?? '', meta: (node.meta ?? '').trim(), code: node.value, closed });
  }
  return blocks;
}

/** Nodes whose children are runs of one line of text (`## What *it* is`), read without a break. */
const PHRASING = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell', 'mdxJsxTextElement']);

/**
 * The visible text of a node: text, inline code and code, the way a reader reads it: the runs of a
 * line as written, blocks apart.
 * @example textOf(heading) // → 'What it is' for `## What *it* is`
 */
export function textOf(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if (!('children' in node)) return '';
  return (node.children as MdastNode[]).map((child) => textOf(child)).join(PHRASING.has(node.type) ? '' : ' ');
}

/**
 * A page's frontmatter as Astro reads it, and the body after it: Astro's own `parseFrontmatter`
 * (@astrojs/internal-helpers, which the content layer and @astrojs/mdx call), so the values are
 * js-yaml's, as the collections' schemas see them (`2016-12-20` is a Date there, not a string),
 * and TOML between `+++` lines is read as Astro reads it. The body starts after the closing
 * delimiter's line. A source without frontmatter gives `{}` and the whole source; YAML that does
 * not parse throws js-yaml's error (the pre-flight reports it with its line, src/markdown/check-pages.ts).
 * @example readFrontmatter('---\ntitle: A\n---\nText\n') // → { data: { title: 'A' }, body: 'Text\n' }
 */
export function readFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const { frontmatter, rawFrontmatter, content } = parseFrontmatter(source, { frontmatter: 'remove' });
  if (rawFrontmatter === '' && !/^\uFEFF?(?:---|\+\+\+)/.test(source)) return { data: {}, body: source };
  return { data: frontmatter, body: content.replace(/^[ \t]*\r?\n/, '') };
}
