import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastNode, HastPluginEntry } from 'satteri';
import { createCodeHighlighter } from '../lib/code-highlighter.ts';
import { ContentError } from '../lib/content-error.ts';
import { localeOfContentFile } from './content-locale.ts';
import { codeBlocksOf, parseContent, type ContentFormat } from './content-ast.ts';

/**
 * A Sätteri hast plugin that highlights every fenced code block with Shiki (src/lib/code-highlighter.ts)
 * and puts the finished block in its place, in Markdown and MDX pages alike. It replaces Astro's
 * built-in `syntaxHighlight: 'shiki'` because that one cannot be tuned for cost: it always runs
 * Shiki's WebAssembly engine, wraps every token (even default-coloured ones) in a span, and, for
 * CSP-safe token classes, needed a second transformer hashing every token's style.
 */
export function codeHighlight(): HastPluginEntry {
  const highlighter = createCodeHighlighter();
  return ({ sourceFormat, fileURL, source }) => {
  // The page's edition, from its place in the content folder: it captions the examples.
  const locale = localeOfContentFile(fileURL);
  return {
    // Stryker: equivalent mutant — the name as '': Sätteri only shows it in its own diagnostics.
    name: 'qemu-docs:code-highlight',
    element: {
      filter: ['pre'],
      async visit(node, ctx) {
        // Stryker: equivalent mutants — the tests of this line and the next: every <pre> visited is
        // a block's, and its one child is its <code> element.
        const code = node.children.find((child) => child.type === 'element' && child.tagName === 'code');
        if (!code || code.type !== 'element') return;
        // Sätteri gives a fence's language and meta as the code element's data (its `language-…`
        // class says the same); raw HTML `<pre>` stays raw text and MDX's `<pre>` a JSX element, so
        // every block visited here is a fence or an indented block.
        const data = (code.data ?? {}) as { lang?: string; meta?: string };
        const block = { code: ctx.textContent(code), lang: data.lang ?? '', meta: data.meta, locale };
        try {
          // Markdown takes the block as HTML, the cheapest form. MDX compiles to JSX, which cannot
          // hold raw HTML, so MDX pages get it as <Fragment set:html="…"/>: Astro's Fragment prints it
          // as it is (@astrojs/mdx gives every MDX page `Fragment`; its `optimize` option emits the
          // same element), and the fast path prints it too (./fast-path/mdx-html.ts). One string instead of a
          // JSX call per token: the same HTML as a Markdown page, for less work.
          const html = await highlighter.toHtml(block);
          if (sourceFormat === 'mdx') return { type: 'mdxJsxFlowElement', name: 'Fragment', attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: html }], children: [] } as unknown as HastNode;
          return { type: 'raw', value: html };
        } catch (error) {
          // Stryker: survives — no block reaches it: the highlighter's own failures are ContentErrors,
          // and the rethrow keeps a bug in the site's code from being reported as the page's.
          if (!(error instanceof ContentError)) throw error;
          // The highlighter knows the block, not the page: name the file and the fence's line, found
          // by parsing the page again (only when it fails, so a good build pays nothing).
          // Astro hands a Markdown page over without its frontmatter, so its positions count from the
          // end of the frontmatter: find the fence in the whole file instead. MDX keeps its lines.
          const file = fileURL ? path.relative(process.cwd(), fileURLToPath(fileURL)) : '(unnamed page)';
          // Stryker: equivalent mutant — 'md' as '': parseContent reads anything but 'mdx' as Markdown.
          const line = sourceFormat === 'mdx' ? (node.position?.start.line ?? fenceLine(source, 'mdx', block)) : fenceLine(fileURL ? readFileSync(fileURL, 'utf8') : source, 'md', block);
          throw new ContentError(`${file}${line ? `:${line}` : ''}: ${error.message}`, { line });
        }
      },
    },
  };
  };
}

/**
 * The line of the fence of the first code block with this language and meta, if the page parses.
 * Whether a block fails depends on its fence alone (a language Shiki lacks, a malformed example
 * meta), so the first block with the failing block's fence is the first to fail.
 */
function fenceLine(source: string, format: ContentFormat, block: { lang: string; meta?: string | undefined }): number | undefined {
  // It parses: the page was parsed to reach this block (Markdown always parses).
  const blocks = codeBlocksOf(parseContent(source, format).tree, source);
  return blocks.find((found) => found.lang === block.lang && found.meta === (block.meta ?? '').trim())?.line;
}
