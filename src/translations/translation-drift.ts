/**
 * Keeps a translated page honest against its English page. Everything a reader copies or links to
 * must be the same in both editions: the section ids (so `/ru/features/colo/#usage` exists wherever
 * `/features/colo/#usage` does), every code block with its example meta (the examples suite runs the
 * English blocks; a translated block would be untested), and the components with their props. A
 * difference fails the build naming both files and lines. Prose is free; whether it follows the
 * current English text is tracked separately by `englishVersion` (src/lib/translation-version.ts),
 * which only warns.
 *
 * One exception, by design: the reason of a `norun="…"` example is prose shown to the reader, so a
 * translation may word it in its own language.
 */
import GithubSlugger from 'github-slugger';
import type { MdastNode } from 'satteri';
import type { ContentProblem } from '../lib/content-graph.ts';
import { codeBlocksOf, lineOf, parseContent, walkContent, type ContentFormat } from '../markdown/content-ast.ts';

/** One page's source, as the pre-flight check reads it. */
export interface PageSource {
  /** Path relative to the project root, for messages. */
  path: string;
  source: string;
  format: ContentFormat;
}

/** What must match between editions, each item with the line it starts on. */
interface Skeleton {
  sections: { line: number; value: string }[];
  code: { line: number; value: string }[];
  components: { line: number; value: string }[];
}

/** The id a heading gets on the page (pinned, or generated from its text as the renderer does). */
function headingId(node: MdastNode, slugger: GithubSlugger): string {
  const properties = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties ?? {};
  // The text as the renderer reads it (hast textContent): inline parts joined as they are.
  const text = inlineText(node).trim();
  const generated = slugger.slug(text);
  return typeof properties['id'] === 'string' && properties['id'] ? properties['id'] : generated;
}

function inlineText(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? (node.children as MdastNode[]).map(inlineText).join('') : '';
}

/** A code block's example meta with the prose of a `norun` reason left out. */
const comparableMeta = (meta: string) => meta.replace(/\bnorun="[^"]*"/, 'norun="…"');

function skeletonOf(page: PageSource): Skeleton {
  const { tree } = parseContent(page.source, page.format);
  const slugger = new GithubSlugger();
  const skeleton: Skeleton = { sections: [], code: [], components: [] };
  for (const { node } of walkContent(tree)) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      skeleton.sections.push({ line: lineOf(node), value: `h${node.depth} #${headingId(node, slugger)}` });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const props = node.attributes.map((attribute) => (attribute.type === 'mdxJsxAttribute' ? `${attribute.name}=${JSON.stringify(attribute.value)}` : '{…}'));
      skeleton.components.push({ line: lineOf(node), value: `<${[node.name ?? '', ...props].join(' ')}>` });
    }
  }
  skeleton.code = codeBlocksOf(tree, page.source).map((block) => ({ line: block.line, value: `\`\`\`${[block.lang, comparableMeta(block.meta)].filter(Boolean).join(' ')}\n${block.code}` }));
  return skeleton;
}

const WHAT: Record<keyof Skeleton, { name: string; fix: string }> = {
  sections: { name: 'section', fix: 'Give every h2 and h3 the English id, in the same order: ## Перевод заголовка {#english-id}.' },
  code: { name: 'code block', fix: 'Copy the block from the English page unchanged, fence line included (only a norun reason may be translated).' },
  components: { name: 'component', fix: 'Use the same components with the same props, in the same order, as the English page.' },
};

const shorten = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text).replace(/\n/g, '⏎');

/**
 * Every way a translation's skeleton differs from its English page's: the first differing item of
 * each kind (one mismatch usually shifts all that follow), naming both files and lines.
 * @example translationDrift({ path: 'content/features/a.mdx', … }, { path: 'content/ru/features/a.mdx', … }) // → [] when they match
 */
export function translationDrift(english: PageSource, translation: PageSource): ContentProblem[] {
  const en = skeletonOf(english);
  const tr = skeletonOf(translation);
  const problems: ContentProblem[] = [];
  for (const kind of Object.keys(WHAT) as (keyof Skeleton)[]) {
    const count = Math.max(en[kind].length, tr[kind].length);
    for (let index = 0; index < count; index++) {
      const ours = tr[kind][index];
      const theirs = en[kind][index];
      if (ours?.value === theirs?.value) continue;
      const where = ours ? `${translation.path}:${ours.line}` : translation.path;
      const against = theirs ? `${english.path}:${theirs.line}` : english.path;
      const message = !ours
        ? `lacks the ${WHAT[kind].name} ${shorten(theirs!.value)} of ${against}. ${WHAT[kind].fix}`
        : !theirs
          ? `has a ${WHAT[kind].name} ${shorten(ours.value)} that ${english.path} does not have. ${WHAT[kind].fix}`
          : `${WHAT[kind].name} ${index + 1} is ${shorten(ours.value)}, but in ${against} it is ${shorten(theirs.value)}. ${WHAT[kind].fix}`;
      problems.push({ file: where, field: '(translation)', message });
      break;
    }
  }
  return problems;
}
