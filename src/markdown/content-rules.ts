/**
 * Content is data, not code. An MDX page is a JavaScript module: an `import`, an `export` or a
 * `{…}` expression in it runs in Node during the build, with the build's environment, and what it
 * returns lands in public HTML (`{process.env.DEPLOY_TOKEN}`). Raw HTML in a page is published as
 * written, and the CSP does not stop everything (a `<meta http-equiv="refresh">` is an open
 * redirect). So pages may use only what the site defines: its components with literal props, and
 * HTML from an allow-list, without event handlers, inline styles or script URLs.
 *
 * These rules run twice, on the same nodes: in the Sätteri mdast plugin (./content-guard.ts), so no
 * path through Astro (build, dev, check) compiles a page that breaks them, and in the content checks
 * (src/data/collections.ts), which list every problem of every page at once.
 */
import { Parser } from 'htmlparser2';
import type { MdastNode } from 'satteri';
import type { ContentProblem } from '../lib/content-graph.ts';
import { codeBlocksOf, contentFormatOf, ContentSyntaxError, parseContent, walkContent, type ContentFormat } from './content-ast.ts';

/** Where a node is, for the message: the page and what it may use. */
export interface ContentRuleContext {
  /** The page, relative to the project root. */
  file: string;
  format: ContentFormat;
  /** Component names an MDX page may use (src/components/mdx/names.ts). */
  components: readonly string[];
}

/** HTML elements a page may write. Everything else is refused, so a new risk cannot slip through. */
export const ALLOWED_HTML_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure ' +
    'h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p picture pre q s samp small source span strong sub summary sup ' +
    'table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);

/** Attributes whose value is a URL, checked for schemes that run code or smuggle content. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'cite', 'poster', 'action', 'formaction', 'xlink:href', 'background']);
/** Attributes that are never allowed: inline styles break the CSP, `srcdoc` is a whole document. */
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'srcdoc', 'formaction']);

/**
 * Whether a URL runs script or embeds content (`javascript:`, `vbscript:`, `data:`), as a browser
 * reads it: case-insensitive, after dropping the whitespace and control characters it ignores.
 * @example isScriptUrl(' JaVa\tScript:alert(1)') // → true
 */
export function isScriptUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers ignore these characters inside a scheme
  return /^(?:javascript|vbscript|data):/i.test(url.replace(/[\u0000-\u0020\u007f]+/g, ''));
}

const problemAt = (context: ContentRuleContext, line: number, field: string, message: string): ContentProblem => ({ file: `${context.file}:${line}`, field, message });

/** What is wrong with one HTML element (tag name and attributes), in the author's terms. */
function elementProblems(name: string, attributes: Record<string, string | undefined>, line: number, context: ContentRuleContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const tag = name.toLowerCase();
  if (!ALLOWED_HTML_ELEMENTS.has(tag)) {
    problems.push(problemAt(context, line, `<${name}>`, `is not an HTML element pages may use (no scripts, styles, frames, forms or meta tags in content). Use Markdown, or an element of ALLOWED_HTML_ELEMENTS in src/markdown/content-rules.ts.`));
  }
  for (const [attribute, value = ''] of Object.entries(attributes)) {
    const key = attribute.toLowerCase();
    if (key.startsWith('on') || FORBIDDEN_ATTRIBUTES.has(key)) {
      problems.push(problemAt(context, line, `<${name} ${attribute}>`, 'is not allowed in content: event handlers, inline styles and srcdoc run code or break the site\'s content security policy. Remove the attribute.'));
    } else if (URL_ATTRIBUTES.has(key) && isScriptUrl(value)) {
      problems.push(problemAt(context, line, `<${name} ${attribute}>`, `"${value.slice(0, 40)}" is a javascript:, vbscript: or data: URL. Link to a page or a file instead.`));
    }
  }
  return problems;
}

/** PascalCase names are components (`<ColoDiagram />`); all-caps or lowercase ones are HTML. */
const isComponentName = (name: string) => /^[A-Z]/.test(name) && /[a-z]/.test(name);

/** Problems of the raw HTML in a Markdown page (an `html` node), each at its own line. */
function rawHtmlProblems(html: string, startLine: number, context: ContentRuleContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lineAt = (index: number) => startLine + (html.slice(0, index).match(/\n/g)?.length ?? 0);
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const line = lineAt(parser.startIndex);
        if (isComponentName(name)) {
          problems.push(problemAt(context, line, `<${name}>`, `is a component, and components work only in MDX pages. Rename the file to ${context.file.replace(/.*\//, '').replace(/\.md$/, '.mdx')}, or remove the tag.`));
        } else {
          problems.push(...elementProblems(name, attributes, line, context));
        }
      },
    },
    { lowerCaseTags: false, lowerCaseAttributeNames: false, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return problems;
}

/** An MDX expression that holds only comments, `{/* note *\/}`: MDX's comment syntax, which renders nothing. */
const isCommentOnly = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';

/** A prop value the page may give a component: a string, a number, true or false, written out. */
function isLiteral(code: string): boolean {
  const text = code.trim();
  if (/^'[^'\\]*'$/.test(text)) return true;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  } catch {
    return false;
  }
}

/**
 * JSX attributes that the two ways of rendering MDX (src/markdown/mdx-html.ts and @astrojs/mdx) do
 * not print alike, so the element or the attribute would silently vanish from one of them.
 */
const LOST_JSX_ATTRIBUTES: Readonly<Record<string, string>> = {
  slot: 'moves the element into a named slot of the component around it, which the site\'s components do not have, so @astrojs/mdx drops the element. Remove the attribute.',
  key: 'is a JSX key, which MDX passes apart from the props, so the element would lose it on one of the site\'s two render paths. Remove the attribute, or use id or a data- attribute.',
};

/** Problems of attributes that would vanish (LOST_JSX_ATTRIBUTES), at the element's line. */
function lostAttributeProblems(name: string, attributeNames: readonly string[], line: number, context: ContentRuleContext): ContentProblem[] {
  return attributeNames.filter((attribute) => Object.hasOwn(LOST_JSX_ATTRIBUTES, attribute)).map((attribute) => problemAt(context, line, `<${name} ${attribute}>`, LOST_JSX_ATTRIBUTES[attribute]!));
}

/** Problems of an MDX JSX element: an unknown component, HTML outside the allow-list, props that are code. */
function jsxProblems(node: Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, context: ContentRuleContext): ContentProblem[] {
  const line = node.position?.start.line ?? 1;
  const name = node.name ?? '';
  if (name === '') return [problemAt(context, line, '<>', 'fragments are not needed in content: remove the <> and </> around the text.')];
  const problems: ContentProblem[] = lostAttributeProblems(name, node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [attribute.name] : [])), line, context);
  const literalAttributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(problemAt(context, line, `<${name} {${attribute.value}}>`, 'spreads an expression into the props, which runs code at build time. Write each prop out, like size="small".'));
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      if (!isLiteral(attribute.value.value)) problems.push(problemAt(context, line, `<${name} ${attribute.name}={…}>`, `"${attribute.value.value.slice(0, 40)}" is code, and props must be literal (a "string", a number, true or false). Write the value out.`));
      else literalAttributes[attribute.name] = String(JSON.parse(attribute.value.value.trim().replace(/^'(.*)'$/, '"$1"')));
    } else {
      literalAttributes[attribute.name] = attribute.value ?? '';
    }
  }
  if (isComponentName(name) || name.includes('.')) {
    if (!context.components.includes(name)) {
      problems.push(problemAt(context, line, `<${name}>`, `is not a component pages can use. Available: ${context.components.length > 0 ? context.components.join(', ') : '(none)'}. Add it to src/components/mdx/ or fix the name.`));
    }
    return problems;
  }
  return [...problems, ...elementProblems(name, literalAttributes, line, context)];
}

/**
 * Everything one node breaks, for the rules in the module comment.
 * @example contentNodeProblems({ type: 'mdxjsEsm', value: 'import x from "y"' }, { file: 'a.mdx', format: 'mdx', components: [] })
 */
export function contentNodeProblems(node: MdastNode, context: ContentRuleContext): ContentProblem[] {
  const line = node.position?.start.line ?? 1;
  switch (node.type) {
    case 'mdxjsEsm':
      return [problemAt(context, line, 'import/export', 'is code, and pages are content: MDX would run it at build time. Remove it; the components in src/components/mdx/ are available by name without an import.')];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (isCommentOnly(node.value)) return [];
      return [problemAt(context, line, `{${node.value.slice(0, 40)}}`, 'is a JavaScript expression, which MDX would run at build time. Write the text itself; for a literal brace write \\{ or put it in `backticks`.')];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsxProblems(node, context);
    case 'html':
      return rawHtmlProblems(node.value, line, context);
    case 'link':
    case 'image':
    case 'definition':
      return isScriptUrl(node.url) ? [problemAt(context, line, `(${node.url.slice(0, 40)})`, 'is a javascript:, vbscript: or data: URL. Link to a page or a file instead.')] : [];
    default:
      return [];
  }
}

/**
 * Every rule broken anywhere in a parsed page, each with its line.
 * @example checkContentTree(parseContent(source, 'md').tree, source, { file: 'a.md', format: 'md', components: [] })
 */
export function checkContentTree(tree: MdastNode, source: string, context: ContentRuleContext): ContentProblem[] {
  const unclosed = codeBlocksOf(tree, source)
    .filter((block) => !block.closed)
    .map((block) => problemAt(context, block.line, '(code fence)', 'is never closed, so the rest of the page would be published as code. Add the closing fence line.'));
  return [...[...walkContent(tree)].flatMap(({ node }) => contentNodeProblems(node, context)), ...unclosed];
}

/** An MDX syntax error as a problem at the line the parser stopped. */
export function syntaxProblem(error: ContentSyntaxError, file: string): ContentProblem {
  return { file: `${file}:${error.line}`, field: '(MDX syntax)', message: `${error.message} (column ${error.column}).` };
}

/**
 * Every rule broken anywhere in a page's source, each with its line; an MDX syntax error is one
 * problem at the line the parser stopped.
 * @example checkContentSource('a.mdx', '{1+1}\n', ['ColoDiagram']) // → [{ file: 'a.mdx:1', … }]
 */
export function checkContentSource(file: string, source: string, components: readonly string[], format: ContentFormat = contentFormatOf(file)): ContentProblem[] {
  try {
    return checkContentTree(parseContent(source, format).tree, source, { file, format, components });
  } catch (error) {
    if (error instanceof ContentSyntaxError) return [syntaxProblem(error, file)];
    throw error;
  }
}
