/**
 * HTML held against the allow-list (./allow-list.ts) as a browser reads it: parsed by parse5, the
 * spec's tokeniser and tree builder, with scripting enabled as in a browser (`<noscript>` is raw
 * text there), inside the `<div>` a page's body is printed into, and turned into hast by
 * `hast-util-from-parse5`. Each element is then put through `hast-util-sanitize`: whatever it would
 * drop (the element, an attribute, a class, a URL) is a finding, named in the author's terms.
 *
 * Why findings and not a cleaned tree: a page that needs cleaning is refused, so its author learns
 * what was wrong, and the bytes the site publishes are exactly the bytes this parse checked. The
 * HTML must also leave the parser where it found it (no tag, comment or element left open, no end
 * tag that closes the page's own markup), or the browser would join its end with the page's next
 * markup into something this check never saw. So the container sits inside the elements a page's
 * own markup may have around it, and a sentinel element after the HTML must come out as the last
 * child of the container: an unterminated tag, an open comment or element, or an end tag that
 * closes one of those wrappers all move it.
 */
import type { Element, Nodes } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import { VFile } from 'vfile';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html as htmlSpace } from 'property-information';
import { isPermittedResourceUrl, isPermittedUrl, PERMITTED_URL_ADVICE, RESOURCE_URL_ADVICE } from './url-rule.ts';
import { RESOURCE_PROPERTIES, urlsInAttribute } from './allow-list.ts';

/** One thing the allow-list refuses, where the parser found it in the checked HTML. */
export interface HtmlFinding {
  /** 1-based line and column in the checked HTML. */
  line: number;
  column: number;
  /** What was found, as written: `<meta>`, `<img onerror>`, `<a href="javascript:…">`. */
  field: string;
  message: string;
  /** The element's tag and, for an attribute, its HTML name: for finding it in a page's source. */
  tag: string;
  attribute?: string | undefined;
}

const SENTINEL_ID = 'qemu-docs-html-check-end';
const SENTINEL = `<span id="${SENTINEL_ID}"></span>`;
/**
 * The document the HTML is parsed in: a page body's container inside the elements that may surround
 * it in a page (so an end tag for one of them would be seen to close it), all on the first line, so
 * lines match.
 */
const WRAPPERS = ['main', 'article', 'section', 'aside', 'nav', 'header', 'footer', 'figure', 'blockquote', 'details', 'dialog', 'div'];
const CONTAINER_ID = 'qemu-docs-html-check-container';
const CONTAINER = `<div id="${CONTAINER_ID}">`;
const BEFORE = `<!doctype html><html><head></head><body>${WRAPPERS.map((tag) => `<${tag}>`).join('')}${CONTAINER}`;
/**
 * Where the container's tag starts. The container and the sentinel are known by where they start,
 * never by their ids: the HTML under check can write the same ids (an attribute holding the
 * sentinel's id, or a tag with the container's id, once passed unchecked).
 */
const CONTAINER_OFFSET = BEFORE.length - CONTAINER.length;

/**
 * Where each attribute of an element starts in the text (hast-util-from-parse5's `verbose` data).
 * Stryker: equivalent mutants — the `?.`s as `.`: it is read only for elements that start inside the
 * HTML, which the parser gave a position and so this data.
 */
const attributeOffsets = (node: Element) => (node.data as { position?: { properties?: Record<string, { start: { offset?: number } } | undefined> } } | undefined)?.position?.properties ?? {};

/** An element's attribute name as written in HTML (`ariaLabel` → `aria-label`). */
const attributeName = (property: string) => find(htmlSpace, property).attribute;

const shown = (value: unknown) => {
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** The schema without its `ancestors` rule, which checkElement applies itself on the real ancestors. */
const withoutAncestors = new WeakMap<Schema, Schema>();
function elementSchema(schema: Schema): Schema {
  // Stryker: equivalent mutant — making the copy every time changes speed, not the verdict.
  let plain = withoutAncestors.get(schema);
  if (!plain) withoutAncestors.set(schema, (plain = { ...schema, ancestors: {} }));
  return plain;
}

/** Whether the schema keeps a URL attribute on an element when its value is a plain relative URL. */
function sanitizedKeeps(tag: string, property: string, schema: Schema): boolean {
  // Stryker: equivalent mutants — children, '' for '/' and the type test do not change whether the
  // schema keeps a property (an empty relative URL is as safe as '/'; a kept element stays an element).
  const kept = sanitize({ type: 'element', tagName: tag, properties: { [property]: '/' }, children: [] }, elementSchema(schema));
  return kept.type === 'element' && kept.properties[property] !== undefined;
}

/** Verdicts on elements already checked in one piece of HTML, by tag, placement and attributes. */
type Verdicts = Map<string, HtmlFinding[]>;

/**
 * What the schema refuses of one element (its tag and attributes), given the tags of its ancestors,
 * at its position. A page repeats the same few elements (a highlighted code block is mostly
 * `<span class="tk-…">`), so the verdict on a tag, its attributes and its placement is worked out
 * once per piece of HTML (`verdicts`); not across pages, so no state outlives a check.
 */
function checkElement(element: Element, ancestors: readonly string[], schema: Schema, verdicts: Verdicts = new Map()): HtmlFinding[] {
  // Stryker: equivalent mutants — every element checked has a position (the parser's, or
  // checkElementAttributes'), and both schemas have `ancestors`.
  const { line = 1, column = 1 } = element.position?.start ?? {};
  const required = schema.ancestors?.[element.tagName];
  const placed = !required || ancestors.some((name) => required.includes(name));
  const key = `${element.tagName}\0${placed ? 1 : 0}\0${JSON.stringify(element.properties)}`;
  let verdict = verdicts.get(key);
  // Stryker: equivalent mutant — the test as `true`: working the verdict out again gives the same one.
  if (!verdict) verdicts.set(key, (verdict = elementVerdict(element, placed, schema)));
  return verdict.map((finding) => ({ ...finding, line, column }));
}

/** What the schema refuses of one element (its tag and attributes), wherever it stands: `placed` says whether its ancestors allow it. */
function elementVerdict(element: Element, placed: boolean, schema: Schema): HtmlFinding[] {
  const tag = element.tagName;
  const at = { line: 1, column: 1, tag };
  // Stryker: equivalent mutants — the children and the type test: sanitize keeps or drops the
  // element by its tag alone, and a dropped element never comes back under its own tag.
  const kept = sanitize({ type: 'element', tagName: tag, properties: element.properties, children: [] }, elementSchema(schema));
  const clean = kept.type === 'element' && kept.tagName === tag ? kept : undefined;
  if (!clean || !placed) {
    return [{ ...at, field: `<${tag}>`, message: 'is not an element pages may contain (no scripts, styles, frames, forms, meta or base tags, no SVG outside a diagram). Use Markdown, or <Aside type="note"> for a remark set apart.' }];
  }
  const findings: HtmlFinding[] = [];
  for (const [property, value] of Object.entries(element.properties)) {
    // Stryker: equivalent mutants — parse5 never gives a property without a value.
    if (value === undefined || value === null) continue;
    const name = attributeName(property);
    const urls = urlsInAttribute(property, value);
    const badUrl = urls.find((url) => !isPermittedUrl(url));
    const remote = RESOURCE_PROPERTIES.includes(property) ? urls.find((url) => !isPermittedResourceUrl(url)) : undefined;
    if (badUrl !== undefined) {
      findings.push({ ...at, attribute: name, field: `<${tag} ${name}="${shown(badUrl)}">`, message: `is not a URL pages may use. ${PERMITTED_URL_ADVICE}` });
    } else if (remote !== undefined) {
      findings.push({ ...at, attribute: name, field: `<${tag} ${name}="${shown(remote)}">`, message: `is a file on another host. ${RESOURCE_URL_ADVICE}` });
    } else if (JSON.stringify(clean.properties[property]) !== JSON.stringify(value)) {
      const partly = clean.properties[property] !== undefined;
      // A URL attribute the list allows, dropped for its value: the sanitiser reads schemes strictly
      // (lower case, nothing before them), more strictly than a browser; say how to write it.
      // Stryker: equivalent mutants on `urls.length > 0`, and on the `[]` of `urls` above as a list
      // of one relative URL: a property that is not a URL and is refused for its value (a class
      // token, a style) is refused for '/' too.
      const urlAllowed = urls.length > 0 && sanitizedKeeps(tag, property, schema);
      findings.push({
        ...at,
        attribute: name,
        field: `<${tag} ${name}${partly ? `="${shown(value)}"` : ''}>`,
        message: name.includes(':')
          ? 'is an Astro directive or a namespaced attribute, which pages may not use: it would publish raw HTML or change how the page is compiled. Remove it; write the text or the Markdown itself.'
          : urlAllowed
            ? `is not a URL pages may use as written. ${PERMITTED_URL_ADVICE} Write the scheme in lower case, with nothing before it.`
            : /^on/i.test(name)
              ? 'is an event handler, which would run script in every reader\'s browser. Remove it; pages cannot run code.'
              : `is not an attribute pages may write on <${tag}>${partly ? ' with this value' : ''} (event handlers, inline styles, classes, data-*, ping and target are never allowed). Remove it.`,
      });
    }
  }
  return findings;
}

/**
 * What the allow-list refuses in a piece of HTML that is printed inside a `<div>` of a page, parsed
 * as the browser will parse it there, and whether it stays inside that `<div>`. With `part`, the
 * HTML is one block of a page whose elements may open in one block and close in a later one: it
 * must then only end outside any tag or comment.
 * @example checkHtmlFragment('<div><meta http-equiv="refresh" content="0;url=https://evil.example/"\n<p>Next.</p>', PUBLISHED_SCHEMA) // → findings for <meta> and the unclosed tag
 */
export function checkHtmlFragment(html: string, schema: Schema, { part = false }: { part?: boolean } = {}): HtmlFinding[] {
  const text = `${BEFORE}${html}${SENTINEL}`;
  // The file gives every node its position (line, column, offset), which the findings report.
  const document = fromParse5(parse(text, { sourceCodeLocationInfo: true, scriptingEnabled: true }), { file: new VFile(text), verbose: true });
  const start = BEFORE.length;
  const end = start + html.length;
  const findings: HtmlFinding[] = [];
  let container: Element | undefined;
  let sentinel: Element | undefined;
  const verdicts: Verdicts = new Map();
  // Every element the parser made is looked at, wherever it put it: markup that escaped the
  // container is published too, and a `<body>` or `<html>` tag in the text adds its attributes to
  // the page's own element. The wrappers carry no attributes, so any they have came from the HTML.
  const visit = (node: Nodes, ancestors: readonly string[]) => {
    if (node.type === 'element') {
      const offset = node.position?.start.offset;
      const ours = offset === CONTAINER_OFFSET || offset === end;
      if (offset === CONTAINER_OFFSET) container = node;
      if (offset === end) sentinel = node;
      // Stryker: equivalent mutants — `offset >= start` as `true` (the wrappers and the container
      // before the HTML are elements, with an id, that the schema allows there) and `< end` as `<= end`
      // (what starts at `end` is the end marker, whose only attribute starts after `end`).
      if (offset !== undefined && offset >= start && offset < end) {
        // A tag left open swallows the sentinel's tag as attributes (they start at or after `end`):
        // those are reported as the unclosed tag below. Every attribute written in the HTML is checked.
        const at = attributeOffsets(node);
        // Stryker: equivalent mutants — `< end` as `<= end` (an attribute never starts where a tag
        // does) and `at[key]?.` as `.` (every attribute of a located element is located).
        const own = Object.fromEntries(Object.entries(node.properties).filter(([key]) => (at[key]?.start.offset ?? 0) < end));
        findings.push(...checkElement({ ...node, properties: own }, ancestors, schema, verdicts));
      } else if (!ours && Object.keys(node.properties).length > 0) {
        // Outside the HTML, with attributes: the page's own <body> or <html>, given them by a tag in
        // the HTML. The container and the sentinel, known by where they start, are checked below.
        findings.push({ line: 1, column: 1, tag: node.tagName, field: `<${node.tagName} ${Object.keys(node.properties).map(attributeName).join(' ')}>`, message: `sets attributes on the page's own <${node.tagName}> element. Remove the <${node.tagName}> tag.` });
      }
    }
    // Stryker: equivalent mutants — the root's ancestors as anything but its tags (`[]` as another
    // list, the ternary as `true`): the schema asks only whether a tag it names is among them.
    if (node.type === 'element' || node.type === 'root') for (const child of node.children) visit(child, node.type === 'element' ? [...ancestors, node.tagName] : ancestors);
  };
  visit(document, []);
  // Columns on the first line count from the start of the HTML, not of the wrapper before it.
  const placed = findings.map((finding) => (finding.line === 1 ? { ...finding, column: Math.max(1, finding.column - BEFORE.length) } : finding));
  // Stryker: equivalent mutants — `container?.` and `lines.at(-1)?.` as `.`: the document always
  // has the container, and a split always gives a last line.
  const last = container?.children.at(-1);
  // A tag left unterminated at the very end swallows the sentinel's own tag: only a sentinel element
  // that starts where the HTML ends is the sentinel.
  const inPlace = sentinel !== undefined && (part || last === sentinel);
  if (!inPlace) {
    const lines = html.split('\n');
    placed.push({
      line: lines.length,
      column: (lines.at(-1)?.length ?? 0) + 1,
      tag: '…',
      field: '(unclosed HTML)',
      message: 'does not stay in its place in the page: a tag, comment or element is left open at the end, or an end tag closes an element it did not open, so a browser would join it with the page\'s own markup into something nobody checked. Close every tag with ">" and every comment with "-->", and close only the elements you open.',
    });
  }
  return placed.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * What the allow-list refuses of one element written with literal attributes (an MDX JSX element),
 * by HTML attribute name.
 * @example checkElementAttributes('a', { href: 'javascript:x', onClick: 'y' }, AUTHOR_SCHEMA, 3) // → two findings at line 3
 */
export function checkElementAttributes(tag: string, attributes: Readonly<Record<string, string>>, schema: Schema, line: number): HtmlFinding[] {
  // Stryker: equivalent mutants — the element's type, children and end, and its ancestors as another
  // list: checkElement reads its tag, properties and start, and whether a required ancestor is there.
  const properties = Object.fromEntries(Object.entries(attributes).map(([name, value]) => [find(htmlSpace, name).property, value]));
  return checkElement({ type: 'element', tagName: tag, properties, children: [], position: { start: { line, column: 1 }, end: { line, column: 1 } } }, [], schema);
}
