import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastNode, MdastPluginEntry } from 'satteri';
import { ContentError } from '../lib/content-error.ts';
import { formatContentProblems } from '../lib/content-graph.ts';
import { checkContentSource, contentNodeProblems, type ContentRuleContext } from './content-rules.ts';

/**
 * A Sätteri mdast plugin that stops a page breaking the content rules (./content-rules.ts) from
 * being compiled, whichever way Astro reaches it (build, dev, check): an MDX `import` or
 * `{process.env.X}` then never becomes code, so it cannot run or reach the HTML.
 * It runs before any of the site's hast plugins, in Markdown and MDX alike. It reads no positions,
 * so the parse stays as cheap as without it; only a page that breaks a rule is parsed again, with
 * positions, to name every line.
 */
export function contentGuard(root: string, components: readonly string[]): MdastPluginEntry {
  const guard: MdastPluginEntry = ({ fileURL, sourceFormat }) => {
    const file = fileURL ? path.relative(root, fileURLToPath(fileURL)) : '(unnamed page)';
    // Stryker: equivalent mutant — 'md' as '': the rules only ask whether a page is 'mdx'.
    const context: ContentRuleContext = { file, format: sourceFormat === 'mdx' ? 'mdx' : 'md', components };
    let broken = false;
    const check = (node: Readonly<MdastNode>) => {
      if (!broken && contentNodeProblems(node as MdastNode, context).length > 0) broken = true;
    };
    return {
      // Stryker: equivalent mutant — the name as '': Sätteri only shows it in its own diagnostics.
      name: 'qemu-docs:content-guard',
      html: check,
      heading: check,
      link: check,
      image: check,
      definition: check,
      mdxjsEsm: check,
      mdxFlowExpression: check,
      mdxTextExpression: check,
      mdxJsxFlowElement: check,
      mdxJsxTextElement: check,
      after(_root, ctx) {
        if (!broken) return;
        // The whole file, frontmatter included, so lines are the file's: Astro hands a Markdown
        // page's plugins its body only. The text Astro compiled, if the file has changed since.
        const text = fileURL && existsSync(fileURLToPath(fileURL)) ? readFileSync(fileURLToPath(fileURL), 'utf8') : undefined;
        const whole = text === undefined ? [] : checkContentSource(file, text, components, context.format);
        const problems = whole.length > 0 ? whole : checkContentSource(file, ctx.source, components, context.format);
        // Stryker: equivalent mutants — the `?.`s as `.`, the `$` left out and `?? ''` as another
        // string: a broken page has a first problem, at `<file>:<line>`, and page paths hold no ":".
        throw new ContentError(formatContentProblems(problems), { line: Number(/:(\d+)$/.exec(problems[0]?.file ?? '')?.[1] ?? 1) });
      },
    };
  };
  return Object.assign(guard, { [GUARD_MARK]: true });
}

/**
 * The mark of a guard made by contentGuard(), so the MDX fast path can check its plugin list
 * (src/markdown/fast-path/mdx-html.ts). A registered symbol, not a set of guards: astro.config.mjs and the
 * content loader load this module as two instances.
 */
const GUARD_MARK = Symbol.for('qemu-docs:content-guard');

/** Whether a plugin entry is a content guard made by contentGuard(). */
export function isContentGuard(entry: unknown): boolean {
  return typeof entry === 'function' && (entry as { [GUARD_MARK]?: unknown })[GUARD_MARK] === true;
}
