/**
 * The pre-flight check of every page's source, run by `npm run build` before Astro starts: the
 * frontmatter against its schema, the body against the content rules, all problems of all pages in
 * one message, each with its file and line. Astro checks the same things later (its loader runs the
 * schemas, the mdast plugin the rules), but it stops at the first page and names the field without
 * the line; a page that breaks a rule here never reaches a compiler.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { pageText, type ContentFile } from '../lib/content-files.ts';
import type { ContentProblem } from '../lib/content-graph.ts';
import { nearestQemuFile } from '../lib/references.ts';
import { architectureSchema, architectureTranslationSchema, featureSchema, featureTranslationSchema } from '../lib/schema.ts';
import { slug } from 'github-slugger';
import type { MdastNode } from 'satteri';
import { REQUIRED_SECTIONS } from '../lib/vocabulary.ts';
import { markdownToHtml } from 'satteri';
import { fenceLanguageProblem } from '../lib/code-highlighter.ts';
import { ExampleMetaError, parseExampleMeta } from '../lib/example-meta.ts';
import { codeBlocksOf, CONTENT_FEATURES, contentFormatOf, ContentSyntaxError, parseContent, readFrontmatter, textOf, walkContent, type ContentFormat, type ParsedContent } from './content-ast.ts';
import { publishedHtmlProblems } from '../safety/published-html.ts';
import { checkContentTree, syntaxProblem } from './content-rules.ts';

/** Each kind of page and its frontmatter: English pages carry the facts, translations only their text. */
const SCHEMAS: Record<'features' | 'architectures' | 'featureTranslations' | 'architectureTranslations', z.ZodType> = {
  features: featureSchema,
  architectures: architectureSchema,
  featureTranslations: featureTranslationSchema,
  architectureTranslations: architectureTranslationSchema,
};

/** The line of a top-level frontmatter key, to point at it; the frontmatter's first line otherwise. */
function lineOfKey(document: Document, key: PropertyKey | undefined, text: string, firstLine: number): number {
  if (!isMap(document.contents) || key === undefined) return firstLine;
  const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
  const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  return offset === undefined ? firstLine : lineAt(text, offset, firstLine);
}

/** The 1-based line of a character offset into the frontmatter's YAML. */
const lineAt = (text: string, offset: number, firstLine: number) => firstLine + (text.slice(0, offset).match(/\n/g)?.length ?? 0);

/**
 * Every `references` path that is not a file of QEMU 2.8.0, at its own line, with the file it most
 * likely meant: a page must not send readers to a file that is not in the release it documents.
 */
function referenceProblems(file: ContentFile, document: Document, frontmatter: { yaml: string; line: number }, qemuFiles: ReadonlySet<string>): ContentProblem[] {
  const references = document.get('references', true);
  if (!isSeq(references)) return [];
  return references.items.flatMap((item) => {
    if (!isScalar(item) || typeof item.value !== 'string' || qemuFiles.has(item.value)) return [];
    const guess = nearestQemuFile(item.value, qemuFiles);
    const line = item.range ? lineAt(frontmatter.yaml, item.range[0], frontmatter.line) : frontmatter.line;
    return [{
      file: `${file.path}:${line}`,
      field: 'references',
      message: `"${item.value}" is not a file of the QEMU 2.8.0 source tree.${guess ? ` Did you mean "${guess}"?` : ''} Name the path from the top of the v2.8.0 tree, as in docs/COLO-FT.txt.`,
    }];
  });
}

/**
 * Frontmatter problems of one page: a missing block, YAML that does not parse, fields the schema
 * refuses, references to files QEMU 2.8.0 does not have.
 */
function frontmatterProblems(file: ContentFile, source: string, frontmatter: ParsedContent['frontmatter'], collection: keyof typeof SCHEMAS, qemuFiles: ReadonlySet<string>): ContentProblem[] {
  if (!frontmatter) return [{ file: `${file.path}:1`, field: '(frontmatter)', message: 'is missing: a page starts with its fields between two "---" lines (`npm run new -- <slug>` writes one).' }];
  // Without pretty errors the message is one line, with no code frame; the error's offset gives the
  // line (its `linePos` comes only with pretty errors).
  const document = parseDocument(frontmatter.yaml, { prettyErrors: false });
  const [yamlError] = document.errors;
  if (yamlError) {
    const line = lineAt(frontmatter.yaml, yamlError.pos[0], frontmatter.line);
    return [{ file: `${file.path}:${line}`, field: '(frontmatter YAML)', message: `${yamlError.message}. Check the quotes, brackets and indentation there.` }];
  }
  // The values the schema judges are the ones Astro will read (its own reader, js-yaml's types:
  // a date is a Date), so the pre-flight passes and refuses what the build would; the YAML
  // document above only gives the lines of the messages.
  let data: Record<string, unknown>;
  try {
    data = readFrontmatter(source).data;
  } catch (error) {
    const line = (error as { mark?: { line?: number } }).mark?.line;
    return [{ file: `${file.path}:${line === undefined ? frontmatter.line : frontmatter.line - 1 + line}`, field: '(frontmatter YAML)', message: `${(error as Error).message.split('\n')[0]}. Check the quotes, brackets and indentation there.` }];
  }
  const result = SCHEMAS[collection].safeParse(data);
  const schemaProblems = result.success
    ? []
    : result.error.issues.map((issue) => ({
        // An unknown key is reported on the object, with the key beside the path: point at its line.
        file: `${file.path}:${lineOfKey(document, issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined), frontmatter.yaml, frontmatter.line)}`,
        field: issue.path.length > 0 ? issue.path.join('.') : '(frontmatter)',
        message: issue.message,
      }));
  return [...schemaProblems, ...(collection === 'features' ? referenceProblems(file, document, frontmatter, qemuFiles) : [])];
}

/** What the pages are checked against. */
export interface PageCheckContext {
  /** Component names an MDX page may use (src/components/mdx/names.ts). */
  components: readonly string[];
  /** Every path of the QEMU 2.8.0 tree (src/data/qemu-files.ts), for the `references` of features. */
  qemuFiles: ReadonlySet<string>;
}

/**
 * Every problem of the pages of one collection. Files that are not UTF-8 or are empty are left to
 * checkContentFiles, which reports them.
 * @example checkContentPages(files, 'features', { components: ['ColoDiagram'], qemuFiles: readQemuFiles() }) // → [] when all is well
 */
export function checkContentPages(files: readonly ContentFile[], collection: keyof typeof SCHEMAS, { components, qemuFiles }: PageCheckContext): ContentProblem[] {
  return files.flatMap((file) => {
    const source = pageText(file);
    if (source === undefined || source.trim() === '') return [];
    const format = contentFormatOf(file.name);
    let parsed: ParsedContent;
    try {
      parsed = parseContent(source, format);
    } catch (error) {
      if (error instanceof ContentSyntaxError) return [syntaxProblem(error, file.path)];
      throw error;
    }
    const ruleProblems = checkContentTree(parsed.tree, source, { file: file.path, format, components });
    return [
      ...frontmatterProblems(file, source, parsed.frontmatter, collection, qemuFiles),
      ...ruleProblems,
      // What raw HTML does only across blocks (an attribute split over two) shows in the whole page.
      ...(ruleProblems.length === 0 ? wholePageHtmlProblems(file, source, format, parsed.tree) : []),
      ...(collection === 'features' ? sectionProblems(file, parsed.tree) : []),
      ...codeBlockProblems(file, parsed.tree, source),
      ...placeholderProblems(file, source),
    ];
  });
}

/**
 * A Markdown page with raw HTML, rendered as the site renders it (without the code highlighter, which
 * adds only markup of its own) and checked as a whole against the published allow-list, with each
 * finding at its likely source line. MDX has no raw HTML: its elements are checked one by one.
 */
function wholePageHtmlProblems(file: ContentFile, source: string, format: ContentFormat, tree: MdastNode): ContentProblem[] {
  // Stryker: equivalent mutants — the format test as `false`: an MDX tree has no `html` node.
  if (format !== 'md' || ![...walkContent(tree)].some(({ node }) => node.type === 'html')) return [];
  return publishedHtmlProblems(markdownToHtml(source, { features: CONTENT_FEATURES }).html, file.path, source);
}

/**
 * The ids an h2 answers to: its pinned or generated id, and its earlier ids (`data-aliases`). The
 * required sections are known by id, not by wording, so a reworded heading that keeps its old id
 * as an alias (`## Usage {#usage data-aliases="how-to-use-it"}`) still counts, and so will a
 * translated one.
 */
function sectionIds(node: MdastNode): string[] {
  const properties = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties ?? {};
  const pinned = typeof properties['id'] === 'string' ? properties['id'] : slug(textOf(node).trim());
  return [pinned, ...String(properties['data-aliases'] ?? '').split(/\s+/).filter(Boolean)];
}

/**
 * The h2 sections every feature page has (REQUIRED_SECTIONS), in order: checked at build, so a host
 * that only runs `npm run build` cannot publish a page without them.
 */
function sectionProblems(file: ContentFile, tree: MdastNode): ContentProblem[] {
  const required = REQUIRED_SECTIONS.map((title) => ({ title, id: slug(title) }));
  const headings = ('children' in tree ? tree.children : []).filter((node) => node.type === 'heading' && node.depth === 2).map((node) => sectionIds(node));
  const found = headings.flatMap((ids) => required.filter((section) => ids.includes(section.id)).map((section) => section.title));
  if (found.join('\n') === REQUIRED_SECTIONS.join('\n')) return [];
  const missing = REQUIRED_SECTIONS.filter((section) => !found.includes(section));
  return [
    {
      file: file.path,
      field: '(sections)',
      message: missing.length > 0
        ? `has no "## ${missing.join('", "## ')}" section. Every feature page has, in this order: ${REQUIRED_SECTIONS.join(', ')}.`
        : `has its sections in another order (${found.join(', ')}). Every feature page has, in this order: ${REQUIRED_SECTIONS.join(', ')}.`,
    },
  ];
}

/**
 * Code blocks the highlighter would refuse while the page renders (a language Shiki lacks, a
 * malformed example meta), found here with the fence's line in the file, before Astro starts.
 */
function codeBlockProblems(file: ContentFile, tree: MdastNode, source: string): ContentProblem[] {
  return codeBlocksOf(tree, source).flatMap((block) => {
    const fence = `\`\`\`${block.lang}${block.meta ? ` ${block.meta}` : ''}`;
    const language = fenceLanguageProblem(block.lang);
    if (language) return [{ file: `${file.path}:${block.line}`, field: '(code block)', message: `${fence}: ${language}` }];
    try {
      parseExampleMeta(block.meta === '' ? undefined : block.meta, block.lang);
      return [];
    } catch (error) {
      if (!(error instanceof ExampleMetaError)) throw error;
      return [{ file: `${file.path}:${block.line}`, field: '(code block)', message: `${fence}: ${error.message}` }];
    }
  });
}

/** The scaffold's `TODO:` placeholders (src/lib/scaffold.ts): fine in `npm run dev`, never published. */
function placeholderProblems(file: ContentFile, source: string): ContentProblem[] {
  return source.split('\n').flatMap((line, index) => (line.includes('TODO:') ? [{ file: `${file.path}:${index + 1}`, field: '(placeholder)', message: 'still has the scaffold\'s "TODO:" text. Write the page, then delete the placeholder.' }] : []));
}
