/**
 * The one allow-list of what a page's HTML may hold, as schemas for `hast-util-sanitize`: elements,
 * attributes (by hast property name) and URL schemes. Everything not named here is refused, so a new
 * risk cannot slip through.
 *
 * Two tiers of one list:
 * - AUTHOR_SCHEMA: what a page's author may write as raw HTML or as JSX elements in MDX. Plain
 *   document markup, no scripts, styles, frames, forms, meta tags, event handlers, `data-*`
 *   (Pagefind reads `data-pagefind-*` from the page), `class` (the site's classes would dress a
 *   paragraph as the site's own interface), `ping`, `target` or directives.
 * - PUBLISHED_SCHEMA: the author's list plus what the site's own plugins and components print, each
 *   named here with the code that prints it. It is held against every page's final HTML
 *   (./published-html.ts), so an author can never reach an element that only the site may print
 *   without it also passing this list.
 *
 * Why hast-util-sanitize and not a walker of our own: its schema format is the one GitHub's
 * cleaning follows and many projects review, it decides by property name after the spec parser
 * (`hast-util-from-html`, parse5) has tokenised the HTML as a browser does, and it fails closed.
 */
import type { Schema } from 'hast-util-sanitize';
import { PERMITTED_SCHEMES, srcsetUrls } from './url-rule.ts';

/** HTML elements an author may write. */
export const AUTHOR_ELEMENTS: readonly string[] = (
  'a abbr b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure ' +
  'h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p picture pre q s samp small source span strong sub summary sup ' +
  'table tbody td tfoot th thead time tr u ul var wbr'
).split(' ');

/** Attributes (hast property names) an author may write on any of those elements. */
const AUTHOR_GLOBAL_ATTRIBUTES = ['id', 'title', 'lang', 'dir'];

/** Attributes an author may write on particular elements. */
const AUTHOR_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'hrefLang'],
  abbr: [],
  blockquote: ['cite'],
  col: ['span'],
  colgroup: ['span'],
  del: ['cite', 'dateTime'],
  details: ['open'],
  img: ['src', 'srcSet', 'alt', 'width', 'height', 'loading'],
  ins: ['cite', 'dateTime'],
  li: ['value'],
  ol: ['start', 'reversed', 'type'],
  q: ['cite'],
  source: ['srcSet', 'type', 'media', 'width', 'height'],
  td: ['colSpan', 'rowSpan', 'headers'],
  th: ['colSpan', 'rowSpan', 'headers', 'scope', 'abbr'],
  time: ['dateTime'],
};

/** Attributes whose URL the browser fetches as the page loads: files of the site only (./url-rule.ts). */
export const RESOURCE_PROPERTIES: readonly string[] = ['src', 'srcSet', 'poster', 'data', 'background'];

/** Attributes whose value is a URL (hast property names), each checked against ./url-rule.ts. */
export const URL_PROPERTIES: readonly string[] = ['href', 'src', 'srcSet', 'cite', 'poster', 'action', 'formAction', 'data', 'background', 'longDesc', 'xLinkHref', 'ping', 'manifest', 'codeBase', 'archive', 'useMap', 'itemType'];

/**
 * The URLs an attribute holds, for the checks of both the page bodies (./html-check.ts) and the
 * built pages (src/build/page-policy.ts): each candidate of a `srcset`, the value of any other URL
 * attribute, none for the rest.
 * @example urlsInAttribute('srcSet', 'a.png 1x, b.png 2x') // → ['a.png', 'b.png']
 */
export function urlsInAttribute(property: string, value: unknown): string[] {
  return property === 'srcSet' ? srcsetUrls(String(value)) : URL_PROPERTIES.includes(property) ? [String(value)] : [];
}

/**
 * What the site's own code prints into a page body besides the author's markup, and where.
 * Elements of SVG are allowed only inside an `<svg>` (`ancestors` below).
 */
const SITE_ATTRIBUTES: Record<string, (string | [string, ...(string | RegExp | boolean)[]])[]> = {
  // Headings: pinned ids and earlier ids (src/markdown/heading-anchors.ts); the anchor and the
  // copy-link button after each h2/h3; empty targets for earlier ids.
  a: ['ariaLabel', ['className', 'heading-anchor', 'data-footnote-backref'], 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy'],
  button: [['type', 'button'], ['className', 'copy-link'], 'dataCopyLink', 'dataLabel', 'hidden', 'ariaLabel'],
  span: [['className', 'anchor-alias', /^tk-[a-z-]+$/]],
  // Code blocks (src/markdown/code-highlight.ts, src/lib/shiki-example-label.ts).
  pre: [['className', 'astro-code'], 'tabIndex'],
  code: [['className', /^language-[\w+#.-]+$/]],
  figure: [['className', 'example', 'example-run', 'example-norun', 'colo-diagram', 'vsock-diagram'], 'dataExample'],
  figcaption: [['className', 'example-label']],
  // <Aside> (src/components/mdx/aside.ts).
  div: [['className', 'aside', /^aside-[a-z]+$/], ['role', 'note'], 'ariaLabel'],
  p: [['className', 'aside-label'], ['ariaHidden', 'true']],
  // GFM: task lists, footnotes, aligned table cells (an inline style the CSP drops; only alignment).
  input: [['type', 'checkbox'], ['disabled', true], 'checked'],
  ul: [['className', 'contains-task-list']],
  ol: [['className', 'contains-task-list']],
  li: [['className', 'task-list-item']],
  section: ['dataFootnotes', ['className', 'footnotes']],
  h2: [['className', 'sr-only'], 'dataAliases'],
  // Earlier ids of a section (`{#id data-aliases="old"}`), which heading-anchors turns into targets.
  h1: ['dataAliases'],
  h3: ['dataAliases'],
  h4: ['dataAliases'],
  h5: ['dataAliases'],
  h6: ['dataAliases'],
  td: [['style', /^text-align: ?(left|right|center)$/]],
  th: [['style', /^text-align: ?(left|right|center)$/]],
  // The diagrams (src/components/mdx/svg-figure.ts, colo-diagram.ts, vsock-diagram.ts).
  svg: ['viewBox', 'width', 'height', ['role', 'img'], 'ariaLabelledBy', 'fontFamily', 'fontSize'],
  title: ['id'],
  desc: ['id'],
  defs: [],
  marker: ['id', 'viewBox', 'markerWidth', 'markerHeight', 'refX', 'refY', 'orient'],
  g: ['fill', 'stroke', 'transform'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry', 'fill', 'stroke', 'strokeWidth', 'strokeDashArray'],
  circle: ['cx', 'cy', 'r', 'fill', 'stroke', 'strokeWidth'],
  line: ['x1', 'x2', 'y1', 'y2', 'stroke', 'strokeWidth', 'strokeDashArray', 'markerStart', 'markerEnd'],
  path: ['d', 'fill', 'stroke', 'strokeWidth', 'strokeDashArray', 'markerStart', 'markerEnd'],
  polyline: ['points', 'fill', 'stroke', 'strokeWidth', 'strokeDashArray', 'markerStart', 'markerEnd'],
  text: ['x', 'y', 'fill', 'fontSize', 'fontWeight', 'textAnchor'],
  tspan: ['x', 'y', 'dx', 'dy', 'fill', 'fontSize', 'fontWeight', 'textAnchor'],
};

const SVG_ELEMENTS = ['title', 'desc', 'defs', 'marker', 'g', 'rect', 'circle', 'line', 'path', 'polyline', 'text', 'tspan'];

/** The schemes of every URL attribute: one rule for all (./url-rule.ts). */
const protocols = Object.fromEntries(URL_PROPERTIES.map((property) => [property, [...PERMITTED_SCHEMES]]));

/** Settings both tiers share: no clobber prefix (section ids are a published promise), comments kept (they are inert). */
const common = {
  allowComments: true,
  allowDoctypes: false,
  clobber: [],
  clobberPrefix: '',
  protocols,
  required: {},
  strip: ['script', 'style'],
} satisfies Schema;

export const AUTHOR_SCHEMA: Schema = {
  ...common,
  tagNames: [...AUTHOR_ELEMENTS],
  ancestors: {},
  attributes: { ...AUTHOR_ATTRIBUTES, '*': AUTHOR_GLOBAL_ATTRIBUTES },
};

/** Each element's attributes in both tiers, merged. */
const mergedAttributes = Object.fromEntries(
  [...new Set([...Object.keys(AUTHOR_ATTRIBUTES), ...Object.keys(SITE_ATTRIBUTES)])].map((tag) => [tag, [...(AUTHOR_ATTRIBUTES[tag] ?? []), ...(SITE_ATTRIBUTES[tag] ?? [])]]),
);

export const PUBLISHED_SCHEMA: Schema = {
  ...common,
  tagNames: [...new Set([...AUTHOR_ELEMENTS, ...Object.keys(SITE_ATTRIBUTES)])],
  ancestors: Object.fromEntries(SVG_ELEMENTS.map((tag) => [tag, ['svg']])),
  attributes: { ...mergedAttributes, '*': AUTHOR_GLOBAL_ATTRIBUTES },
};
