import { Parser } from 'htmlparser2';

/**
 * The text alternative of an inline-SVG component: the `<title>` and `<desc>` it gives screen
 * readers, which are also what a tool reading the Markdown copy should get. Takes the HTML the
 * component prints (src/components/mdx/html.ts).
 * @example svgDescription('<svg><title>A</title><desc>B  c</desc></svg>') // → { title: 'A', desc: 'B c' }
 */
export function svgDescription(markup: string): { title: string; desc: string } {
  const found = { title: '', desc: '' };
  let inside: keyof typeof found | undefined;
  const parser = new Parser({
    onopentag(name) {
      if ((name === 'title' || name === 'desc') && found[name] === '') inside = name;
    },
    ontext(text) {
      if (inside) found[inside] += text;
    },
    onclosetag(name) {
      if (name === inside) inside = undefined;
    },
  }, { xmlMode: true });
  parser.end(markup);
  return { title: found.title.replace(/\s+/g, ' ').trim(), desc: found.desc.replace(/\s+/g, ' ').trim() };
}
