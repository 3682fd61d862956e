import { ExampleMetaError, parseExampleMeta, type ExampleMeta } from './example-meta.ts';
import { parseQmpTranscript, QmpTranscriptError, type QmpStep } from './qmp-transcript.ts';

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

const OPENING_FENCE = /^(\s*)(`{3,}|~{3,})(.*)$/;

/**
 * Finds the fenced code blocks of an MDX page the way CommonMark does (``` or ~~~, three or more,
 * closed by the same character at least as many times), skipping the frontmatter, and parses each
 * block's meta. Throws ExampleExtractionError naming the page and line of every malformed block.
 * @example extractExamples('```sh run expect-exit=0\ntrue\n```\n', 'content/features/x.mdx')
 */
export function extractExamples(text: string, path: string): CodeBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  const problems: string[] = [];
  let i = 0;
  // Frontmatter is YAML, not Markdown: a fence-like line in it is not a code block.
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) i = end + 1;
  }
  for (; i < lines.length; i++) {
    const match = OPENING_FENCE.exec(lines[i] ?? '');
    if (!match) continue;
    const indent = match[1] ?? '';
    const fence = match[2] ?? '';
    const info = (match[3] ?? '').trim();
    // A backtick fence's info string cannot hold a backtick (CommonMark): such a line is inline code.
    if (fence.startsWith('`') && info.includes('`')) continue;
    const line = i + 1;
    const closing = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let closed = false;
    for (i++; i < lines.length; i++) {
      const current = lines[i] ?? '';
      if (closing.test(current)) {
        closed = true;
        break;
      }
      body.push(current.startsWith(indent) ? current.slice(indent.length) : current.trimStart());
    }
    if (!closed) {
      problems.push(`${path}:${line}: this code fence is never closed (add a line with ${fence})`);
      break;
    }
    const space = info.search(/\s/);
    const lang = space < 0 ? info : info.slice(0, space);
    const rawMeta = space < 0 ? '' : info.slice(space + 1).trim();
    const code = body.join('\n');
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
