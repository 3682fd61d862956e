/**
 * HTML as the browser's DOM sees it, printed one way, so two renderers can be compared for what a
 * reader gets rather than for spelling: character references are decoded (`&#x3C;` and `&lt;` are
 * one character), attributes are sorted (their order is not part of what a page shows or does),
 * quoting and `<br/>` versus `<br>` vanish in the parse. Nothing else is normalised: text,
 * whitespace, elements, attribute values and comments must match exactly. `/>` closes an element
 * as in SVG (a browser does so inside `<svg>`, and HTML's void elements have no content anyway);
 * neither renderer writes `/>` on any other element.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function print(node: ChildNode): string {
  if (node.type === 'text') return escapeText(node.data);
  if (node.type === 'comment') return `<!--${node.data}-->`;
  if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
    const attributes = Object.entries(node.attribs)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => ` ${key}="${escapeText(value).replace(/"/g, '&quot;')}"`)
      .join('');
    if (VOID_ELEMENTS.has(node.name) && node.children.length === 0) return `<${node.name}${attributes}>`;
    return `<${node.name}${attributes}>${node.children.map(print).join('')}</${node.name}>`;
  }
  return '';
}

/**
 * The canonical HTML of the first element with this class (or the whole document), inner content
 * included. Throws when the page has no such element, so a test cannot pass by comparing nothing.
 * @example canonicalHtml('<p class=x>a &amp; b<br/></p>', 'x') // → '<p class="x">a &amp; b<br></p>'
 */
export function canonicalHtml(html: string, className?: string): string {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true });
  if (className === undefined) return document.children.map(print).join('');
  const element = DomUtils.findOne((node: Element) => (node.attribs['class'] ?? '').split(/\s+/).includes(className), document.children, true);
  if (!element) throw new Error(`no element with class "${className}"`);
  return print(element);
}
