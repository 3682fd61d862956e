/**
 * Content is data, not code. An MDX page is a JavaScript module: an `import`, an `export` or a
 * `{…}` expression in it runs in Node during the build, with the build's environment, and what it
 * returns lands in public HTML (`{process.env.DEPLOY_TOKEN}`). Raw HTML in a page is published as
 * written, and the CSP does not stop everything (a `<meta http-equiv="refresh">` is an open
 * redirect). So pages may use only what the site defines: its components with literal props, and
 * HTML from an allow-list, without event handlers, inline styles or script URLs.
 *
 * HTML is held against the one allow-list (src/safety/allow-list.ts) as a browser parses it. These
 * rules read the source, for messages with exact lines: in the pre-flight (./check-pages.ts), which
 * lists every problem of every page at once, and in the Sätteri mdast plugin (./content-guard.ts),
 * so no path through Astro (build, dev, check) compiles a page that breaks them. What a page does
 * only as a whole is checked on its published HTML (src/safety/published-html.ts).
 */
import type { MdastNode } from 'satteri';
import type { ContentProblem } from '../lib/content-graph.ts';
import { codeBlocksOf, contentFormatOf, ContentSyntaxError, parseContent, walkContent, type ContentFormat } from './content-ast.ts';
import { AUTHOR_SCHEMA } from '../safety/allow-list.ts';
import { checkElementAttributes, checkHtmlFragment, type HtmlFinding } from '../safety/html-check.ts';
import { isPermittedResourceUrl, isPermittedUrl, PERMITTED_URL_ADVICE, RESOURCE_URL_ADVICE } from '../safety/url-rule.ts';
import { MDX_COMPONENT_PROPS, propsProblem } from '../components/mdx/props.ts';

/** Where a node is, for the message: the page and what it may use. */
export interface ContentRuleContext {
  /** The page, relative to the project root. */
  file: string;
  format: ContentFormat;
  /** Component names an MDX page may use (src/components/mdx/names.ts). */
  components: readonly string[];
}

const problemAt = (context: ContentRuleContext, line: number, field: string, message: string): ContentProblem => ({ file: `${context.file}:${line}`, field, message });

/** An allow-list finding (src/safety/html-check.ts) as a problem, its line counted from `startLine`. */
const findingAt = (context: ContentRuleContext, startLine: number, finding: HtmlFinding): ContentProblem => problemAt(context, startLine + finding.line - 1, finding.field, finding.message);

/** PascalCase names are components (`<ColoDiagram />`); all-caps or lowercase ones are HTML. */
const isComponentName = (name: string) => /^[A-Z]/.test(name) && /[a-z]/.test(name);

/**
 * Problems of the raw HTML in a Markdown page (an `html` node), each at its own line: parsed as a
 * browser parses it (parse5), held against the author's allow-list, and required to end outside any
 * tag or comment, since the browser would complete an unterminated tag with the next block. What
 * only several blocks together do is caught on the published HTML (src/safety/published-html.ts).
 */
function rawHtmlProblems(html: string, startLine: number, context: ContentRuleContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // The HTML parser lower-cases tag names, so a component is recognised in the text as written.
  const components = new Set<string>();
  for (const match of html.matchAll(/<([A-Za-z][\w.]*)/g)) {
    // Stryker: equivalent mutant — the `?? ''` string: a match always has group 1.
    const name = match[1] ?? '';
    if (!isComponentName(name) || components.has(name)) continue;
    components.add(name);
    const line = startLine + (html.slice(0, match.index).match(/\n/g)?.length ?? 0);
    // Stryker: equivalent mutant — `/\.md$/` without `$`: a page's file name is a slug (no dots) and `.md`.
    problems.push(problemAt(context, line, `<${name}>`, `is a component, and components work only in MDX pages. Rename the file to ${context.file.replace(/.*\//, '').replace(/\.md$/, '.mdx')}, or remove the tag.`));
  }
  const lowered = new Set([...components].map((name) => name.toLowerCase()));
  for (const finding of checkHtmlFragment(html, AUTHOR_SCHEMA, { part: true })) {
    // Stryker: equivalent mutant — the field test as `true`: a refused element gets no other finding
    // with its tag (checkElement stops at the element), so only the element's own one is skipped.
    if (finding.field === `<${finding.tag}>` && lowered.has(finding.tag)) continue;
    problems.push(findingAt(context, startLine, finding));
  }
  return problems;
}

/** An MDX expression that holds only comments, `{/* note *\/}`: MDX's comment syntax, which renders nothing. */
const isCommentOnly = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';

/**
 * The value of a prop written as an expression, if it is a literal (a string in either quotes, a
 * number, true or false), parsed once; `undefined` for anything else, which is code.
 * @example literalValue("'a\"b'") // → 'a"b'
 */
export function literalValue(code: string): string | number | boolean | undefined {
  const text = code.trim();
  const single = /^'([^'\\]*)'$/.exec(text);
  if (single) return single[1];
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
  } catch {
    // Stryker: equivalent mutant — an empty block: the function then returns undefined all the same.
    return undefined;
  }
}

const DIRECTIVE_MESSAGE = 'has a ":" in its name, which makes it an Astro directive (set:html, is:raw, class:list …) or a namespaced attribute: it would publish raw HTML or change how the page is compiled. Remove it; write the text or the Markdown itself.';

/**
 * JSX attributes that the two ways of rendering MDX (src/markdown/fast-path/mdx-html.ts and @astrojs/mdx) do
 * not print alike, so the element or the attribute would silently vanish from one of them.
 */
const LOST_JSX_ATTRIBUTES: Readonly<Record<string, string>> = {
  slot: 'moves the element into a named slot of the component around it, which the site\'s components do not have, so @astrojs/mdx drops the element. Remove the attribute.',
  key: 'is a JSX key, which MDX passes apart from the props, so the element would lose it on one of the site\'s two render paths. Remove the attribute, or use id.',
  ref: 'is a JSX ref, which neither render path prints. Remove the attribute.',
};

/** Problems of attributes that would vanish (LOST_JSX_ATTRIBUTES), at the element's line. */
function lostAttributeProblems(name: string, attributeNames: readonly string[], line: number, context: ContentRuleContext): ContentProblem[] {
  return attributeNames.filter((attribute) => Object.hasOwn(LOST_JSX_ATTRIBUTES, attribute)).map((attribute) => problemAt(context, line, `<${name} ${attribute}>`, LOST_JSX_ATTRIBUTES[attribute]!));
}

/** Problems of an MDX JSX element: an unknown component or props its schema refuses, HTML outside the allow-list, props that are code. */
function jsxProblems(node: Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, context: ContentRuleContext): ContentProblem[] {
  const line = node.position?.start.line ?? 1;
  const name = node.name ?? '';
  if (name === '') return [problemAt(context, line, '<>', 'fragments are not needed in content: remove the <> and </> around the text.')];
  const isComponent = isComponentName(name) || name.includes('.');
  if (!isComponent && name !== name.toLowerCase()) {
    return [problemAt(context, line, `<${name}>`, `is an HTML tag in capitals, which MDX would take for a component. Write it in lower case: <${name.toLowerCase()}>.`)];
  }
  // Stryker: equivalent mutants — the `mdxJsxAttribute` tests here and in the loop as `true`, and the
  // `[]` as a string: a spread has no name, and no name that is not slot, key or ref is lost.
  const problems: ContentProblem[] = lostAttributeProblems(name, node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [attribute.name] : [])), line, context);
  const props: Record<string, string | number | boolean> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && Object.hasOwn(LOST_JSX_ATTRIBUTES, attribute.name)) continue;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(problemAt(context, line, `<${name} {${attribute.value}}>`, 'spreads an expression into the props, which runs code at build time. Write each prop out, like size="small".'));
    } else if (attribute.name.includes(':')) {
      problems.push(problemAt(context, line, `<${name} ${attribute.name}>`, DIRECTIVE_MESSAGE));
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      const value = literalValue(attribute.value.value);
      if (value === undefined) problems.push(problemAt(context, line, `<${name} ${attribute.name}={…}>`, `"${attribute.value.value.slice(0, 40)}" is code, and props must be literal (a "string", a number, true or false). Write the value out.`));
      else props[attribute.name] = value;
    } else {
      // A bare attribute (`<details open>`) is true, as JSX reads it.
      props[attribute.name] = attribute.value ?? true;
    }
  }
  if (isComponent) {
    if (!context.components.includes(name)) {
      problems.push(problemAt(context, line, `<${name}>`, `is not a component pages can use. Available: ${context.components.length > 0 ? context.components.join(', ') : '(none)'}. Add it to src/components/mdx/ or fix the name.`));
      return problems;
    }
    const schema = MDX_COMPONENT_PROPS[name as keyof typeof MDX_COMPONENT_PROPS];
    const refused = schema ? propsProblem(name, schema, props) : undefined;
    if (refused) problems.push(problemAt(context, line, refused.field, refused.message));
    return problems;
  }
  // Stryker: equivalent mutants — `value === true ? ''` as `false ? ''` or `value === false`: no
  // attribute of the author's allow-list is limited to a value, so "" and "true" are kept alike.
  const attributes = Object.fromEntries(Object.entries(props).map(([key, value]) => [key, value === true ? '' : String(value)]));
  return [...problems, ...checkElementAttributes(name, attributes, AUTHOR_SCHEMA, line).map((finding) => problemAt(context, line, finding.field, finding.message))];
}

/** Attributes a heading may set with `## Title {#id data-aliases="old-id"}`: its id and its earlier ids. */
const HEADING_ATTRIBUTES = new Set(['id', 'data-aliases']);

/** Problems of a heading's attributes: only a pinned id and earlier ids, nothing a browser would act on. */
function headingProblems(node: MdastNode, context: ContentRuleContext): ContentProblem[] {
  const properties = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties ?? {};
  return Object.keys(properties)
    .filter((key) => !HEADING_ATTRIBUTES.has(key))
    // Stryker: equivalent mutant — `position?.` as `position.`: the parser gives every heading a position.
    .map((key) => problemAt(context, node.position?.start.line ?? 1, `{${key}=…}`, `is not an attribute a heading may set. Write only a pinned id and earlier ids: {#pinned-id data-aliases="old-id"}.`));
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
      if (!isPermittedUrl(node.url)) return [problemAt(context, line, `(${node.url.slice(0, 40)})`, `is not a URL pages may use. ${PERMITTED_URL_ADVICE}`)];
      return node.type === 'image' && !isPermittedResourceUrl(node.url) ? [problemAt(context, line, `(${node.url.slice(0, 40)})`, `is an image on another host. ${RESOURCE_URL_ADVICE}`)] : [];
    case 'heading':
      return headingProblems(node, context);
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
    // Stryker: survives — no page reaches it: parseContent turns every parser error into a
    // ContentSyntaxError, and the rethrow keeps a bug in the rules themselves loud instead of
    // reporting it as the page's syntax.
    if (error instanceof ContentSyntaxError) return [syntaxProblem(error, file)];
    throw error;
  }
}
