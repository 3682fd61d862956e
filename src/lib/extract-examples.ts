import { ExampleMetaError, parseExampleMeta, type ExampleMeta } from './example-meta.ts';
import { parseQmpTranscript, QmpTranscriptError, type QmpStep } from './qmp-transcript.ts';
import { codeBlocksOf, contentFormatOf, ContentSyntaxError, parseContent } from '../markdown/content-ast.ts';

/** One fenced code block of a page. */
export interface CodeBlock {
  /** The page, as given to extractExamples (relative to the project root, for messages). */
  path: string;
  /** 1-based line of the opening fence in the file. */
  line: number;
  lang: string;
  /** The meta string as written after the language, trimmed. */
  rawMeta: string;
  meta: ExampleMeta;
  /** The block's text, without the fences, with the fence's indentation removed. */
  code: string;
  /** For QMP blocks (text with qmp=): the transcript, parsed. */
  qmp?: QmpStep[];
}

/** Every problem of a page's code blocks, each as `path:line: message`. */
export class ExampleExtractionError extends Error {
  override name = 'ExampleExtractionError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

/**
 * The fenced code blocks of a page, as the renderer sees them (src/markdown/content-ast.ts parses
 * with the site's own parser, Markdown or MDX from the path's extension), each with its meta parsed.
 * Throws ExampleExtractionError naming the page and line of every malformed block.
 * @example extractExamples('```sh run expect-exit=0\ntrue\n```\n', 'content/features/x.md')
 */
export function extractExamples(text: string, path: string): CodeBlock[] {
  let tree;
  try {
    tree = parseContent(text, contentFormatOf(path)).tree;
  } catch (error) {
    if (error instanceof ContentSyntaxError) throw new ExampleExtractionError([`${path}:${error.line}: ${error.message}`]);
    throw error;
  }
  const blocks: CodeBlock[] = [];
  const problems: string[] = [];
  for (const { line, lang, meta: rawMeta, code, closed } of codeBlocksOf(tree, text)) {
    if (!closed) {
      problems.push(`${path}:${line}: this code fence is never closed, so the rest of the page is code (add a closing fence line)`);
      continue;
    }
    try {
      const meta = parseExampleMeta(rawMeta, lang);
      const block: CodeBlock = { path, line, lang, rawMeta, meta, code };
      if (meta.kind === 'run' && meta.qmp !== undefined) block.qmp = parseQmpTranscript(code);
      blocks.push(block);
    } catch (error) {
      if (error instanceof QmpTranscriptError) {
        problems.push(`${path}:${line + error.line}: ${error.message}`);
      } else if (error instanceof ExampleMetaError) {
        problems.push(`${path}:${line}: code block meta "${rawMeta}": ${error.message}`);
      } else {
        throw error;
      }
    }
  }
  if (problems.length > 0) throw new ExampleExtractionError(problems);
  return blocks;
}
