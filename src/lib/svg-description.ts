import { DomUtils, parseDocument } from 'htmlparser2';

/**
 * The text alternative of an inline-SVG component: the `<title>` and `<desc>` it gives screen
 * readers, which are also what a tool reading the Markdown copy should get. Takes the HTML the
 * component prints (src/components/mdx/html.ts), read as HTML, as a browser reads inline SVG: named
 * character references such as `&rarr;` are text. The first of each is the diagram's own; later ones
 * belong to its parts.
 * @example svgDescription('<svg><title>A</title><desc>B  c</desc></svg>') // → { title: 'A', desc: 'B c' }
 */
export function svgDescription(markup: string): { title: string; desc: string } {
  const document = parseDocument(markup);
  const textOf = (name: string) => {
    const element = DomUtils.findOne((node) => node.name === name, document.children);
    return element ? DomUtils.textContent(element).replace(/\s+/g, ' ').trim() : '';
  };
  return { title: textOf('title'), desc: textOf('desc') };
}
