/**
 * The accessible shell both diagrams share: a `<figure>` whose SVG is named by its `<title>` and
 * described by its `<desc>` (`role="img"`, `aria-labelledby` on both), then a visible caption. A
 * diagram supplies its drawing and its words per edition; the shell's markup is said once, here.
 */

/** The words every diagram has. `desc` and `caption` are source lines, joined as written. */
export interface FigureText {
  title: string;
  desc: readonly string[];
  caption: readonly string[];
}

/**
 * `name` is the figure's class and the prefix of its title and description ids; `drawing` is the
 * SVG's content after the description (defs and shapes), indented as it should print.
 * @example svgFigure('vsock-diagram', '0 0 400 725', text, drawing) // → '<figure class="vsock-diagram">…'
 */
export function svgFigure(name: string, viewBox: string, text: FigureText, drawing: string): string {
  return `<figure class="${name}">
  <svg
    role="img"
    aria-labelledby="${name}-title ${name}-desc"
    viewBox="${viewBox}"
    width="100%"
    font-family="inherit"
    font-size="14"
  >
    <title id="${name}-title">${text.title}</title>
    <desc id="${name}-desc">
      ${text.desc.join('\n      ')}
    </desc>
${drawing}
  </svg>
  <figcaption>
    ${text.caption.join('\n    ')}
  </figcaption>
</figure>`;
}
