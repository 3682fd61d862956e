/**
 * Holds the prose of an edition's pages to its glossary (src/lib/glossary-ru.ts): a variant to avoid
 * fails the build's pre-flight with its file, line and the term to write instead.
 *
 * What is prose, read with the one content parser (../markdown/content-ast.ts):
 * - the text of paragraphs, headings and table cells, wherever they are (lists, components), with
 *   emphasis and link text read as part of their sentence;
 * - the frontmatter's `title` and `summary`, and the reason of a `norun="…"` example (shown to
 *   readers).
 * What is not: code blocks and inline code (commands, options, properties, identifiers: whatever a
 *   reader copies), link targets, component props, raw HTML, the frontmatter's `keywords` (words
 *   readers type into search, colloquial variants included), and blockquotes (someone else's words
 *   quoted whole). Inline quotations of the release news, glosses and allowed idioms:
 *   src/lib/glossary-match.ts.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import type { MdastNode } from 'satteri';
import { pageText, type ContentFile } from '../lib/content-files.ts';
import type { ContentProblem } from '../lib/content-graph.ts';
import { findGlossaryVariants, glossaryMessage, type GlossaryEntry } from '../lib/glossary-match.ts';
import { codeBlocksOf, contentFormatOf, ContentSyntaxError, lineOf, parseContent, walkContent } from '../markdown/content-ast.ts';

/** Stands for inline code and other non-prose inside a sentence: not a letter, so it ends a word. */
const NOT_PROSE = '\uFFFC';

/** A piece of prose with where each of its text runs starts, to put a finding on its line. */
interface Prose {
  text: string;
  /** Each text run: its offset in `text` and the line it starts on; `\n` inside it are line breaks of the source. */
  runs: { offset: number; line: number }[];
}

/** The sentence-level text of a block (paragraph, heading, table cell), inline code left out. */
function proseOf(block: MdastNode): Prose {
  const prose: Prose = { text: '', runs: [] };
  const visit = (node: MdastNode) => {
    if (node.type === 'text') {
      prose.runs.push({ offset: prose.text.length, line: lineOf(node) });
      prose.text += node.value;
    } else if (node.type === 'break') {
      // The next text run starts on the next line and says so itself.
      prose.text += '\n';
    } else if ('children' in node) {
      for (const child of node.children as MdastNode[]) visit(child);
    } else {
      prose.text += NOT_PROSE;
    }
  };
  for (const child of 'children' in block ? (block.children as MdastNode[]) : []) visit(child);
  return prose;
}

/** The source line of an offset into a block's prose. */
function lineAt(prose: Prose, index: number, fallback: number): number {
  const run = prose.runs.findLast((candidate) => candidate.offset <= index);
  if (!run) return fallback;
  return run.line + (prose.text.slice(run.offset, index).match(/\n/g)?.length ?? 0);
}

const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The line of a top-level frontmatter key (`firstLine` is the frontmatter's first line of YAML). */
function frontmatterFields(yaml: string, firstLine: number, keys: readonly string[]): { key: string; value: string; line: number }[] {
  const document = parseDocument(yaml, { prettyErrors: false });
  if (document.errors.length > 0 || !isMap(document.contents)) return [];
  return document.contents.items.flatMap((pair) => {
    if (!isScalar(pair.key) || !keys.includes(String(pair.key.value)) || !isScalar(pair.value) || typeof pair.value.value !== 'string') return [];
    const offset = pair.key.range?.[0] ?? 0;
    return [{ key: String(pair.key.value), value: pair.value.value, line: firstLine + (yaml.slice(0, offset).match(/\n/g)?.length ?? 0) }];
  });
}

/** The `norun="…"` reason of a code block's meta, if it has one. */
const norunReason = (meta: string) => /\bnorun="([^"]*)"/.exec(meta)?.[1];

/**
 * Every variant to avoid in the prose of one page's source.
 * @example glossaryProblemsOfPage('content/ru/features/a.mdx', 'Два бинарника.\n', 'mdx', GLOSSARY_RU, news) // → [{ file: 'content/ru/features/a.mdx:1', field: '(glossary)', … }]
 */
export function glossaryProblemsOfPage(file: string, source: string, format: 'md' | 'mdx', glossary: readonly GlossaryEntry[], news: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (line: number, text: string, where: (index: number) => number = () => line) => {
    for (const finding of findGlossaryVariants(text, glossary, news)) problems.push({ file: `${file}:${where(finding.index)}`, field: '(glossary)', message: glossaryMessage(finding) });
  };
  // Syntax errors are the page check's to report (./check-pages.ts).
  let parsed;
  try {
    parsed = parseContent(source, format);
  } catch (error) {
    if (error instanceof ContentSyntaxError) return [];
    throw error;
  }
  if (parsed.frontmatter) {
    for (const field of frontmatterFields(parsed.frontmatter.yaml, parsed.frontmatter.line, ['title', 'summary'])) report(field.line, field.value);
  }
  for (const { node, ancestors } of walkContent(parsed.tree)) {
    if (!PROSE_BLOCKS.has(node.type) || ancestors.some((ancestor) => ancestor.type === 'blockquote')) continue;
    const prose = proseOf(node);
    report(lineOf(node), prose.text, (index) => lineAt(prose, index, lineOf(node)));
  }
  for (const block of codeBlocksOf(parsed.tree, source)) {
    const reason = norunReason(block.meta);
    if (reason) report(block.line, reason);
  }
  return problems.sort((a, b) => Number(a.file.split(':').at(-1)) - Number(b.file.split(':').at(-1)));
}

/**
 * Every variant to avoid in the prose of an edition's pages, each at its file and line. Files that
 * are not UTF-8 are left to the file check (src/lib/content-files.ts).
 * @example checkGlossary(files, GLOSSARY_RU, RELEASE_NEWS_RU) // → [] when the pages keep to it
 */
export function checkGlossary(files: readonly ContentFile[], glossary: readonly GlossaryEntry[], news: string): ContentProblem[] {
  return files.flatMap((file) => {
    const source = pageText(file);
    return source === undefined ? [] : glossaryProblemsOfPage(file.path, source, contentFormatOf(file.name), glossary, news);
  });
}
