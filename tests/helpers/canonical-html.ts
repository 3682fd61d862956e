/**
 * HTML as the browser's DOM sees it, printed one way, so two renderers can be compared for what a
 * reader gets rather than for spelling. It is parsed with parse5, which builds the tree as the HTML
 * standard's tree builder does (implied `<tbody>` and `</p>`, foreign SVG content, `/>` meaningful
 * only there), and printed with character references decoded (`&#x3C;` and `&lt;` are one
 * character) and attributes sorted (their order is not part of what a page shows or does). Nothing
 * else is normalised: text, whitespace, elements, attribute values and comments must match exactly.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] => (isElement(node) && node.tagName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content.childNodes : 'childNodes' in node ? node.childNodes : []);

function print(node: Node): string {
  if (node.nodeName === '#text') return escapeText((node as DefaultTreeAdapterTypes.TextNode).value);
  if (node.nodeName === '#comment') return `<!--${(node as DefaultTreeAdapterTypes.CommentNode).data}-->`;
  if (node.nodeName === '#documentType') return `<!DOCTYPE ${(node as DefaultTreeAdapterTypes.DocumentType).name}>`;
  if (!isElement(node)) return childrenOf(node).map(print).join('');
  const attributes = node.attrs
    .map((attribute) => [attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name, attribute.value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => ` ${name}="${escapeText(value).replace(/"/g, '&quot;')}"`)
    .join('');
  if (node.namespaceURI === HTML_NAMESPACE && VOID_ELEMENTS.has(node.tagName)) return `<${node.tagName}${attributes}>`;
  return `<${node.tagName}${attributes}>${childrenOf(node).map(print).join('')}</${node.tagName}>`;
}

function findElement(nodes: readonly Node[], test: (element: Element) => boolean): Element | undefined {
  for (const node of nodes) {
    if (isElement(node) && test(node)) return node;
    const found = findElement(childrenOf(node), test);
    if (found) return found;
  }
  return undefined;
}

/**
 * The canonical HTML of the first element with this class (or the whole document), inner content
 * included. Throws when the page has no such element, so a test cannot pass by comparing nothing.
 * @example canonicalHtml('<p class=x>a &amp; b<br/></p>', 'x') // → '<p class="x">a &amp; b<br></p>'
 */
export function canonicalHtml(html: string, className?: string): string {
  const document = parse(html);
  if (className === undefined) return print(document);
  const element = findElement(document.childNodes, (node) => (node.attrs.find((attribute) => attribute.name === 'class')?.value ?? '').split(/\s+/).includes(className));
  if (!element) throw new Error(`no element with class "${className}"`);
  return print(element);
}
