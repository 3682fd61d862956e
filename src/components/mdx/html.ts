/**
 * The components an MDX page may use, as functions from props and rendered children to HTML. Both
 * ways of rendering a page print them: the MDX fast path (src/markdown/mdx-html.ts) calls them
 * directly, and each `.astro` file in this folder is a thin wrapper that calls the same function for
 * @astrojs/mdx. So a component looks the same whichever way a page is rendered, and the fast path
 * needs no Astro runtime. Their styles live in ./components.css, which holds for both.
 */
import type { MdxComponentName } from './names.ts';
import type { Locale } from '../../lib/i18n.ts';
import { asideHtml } from './aside.ts';
import { coloDiagramHtml } from './colo-diagram.ts';
import { vsockDiagramHtml } from './vsock-diagram.ts';

/**
 * Props are literal strings, numbers or booleans (src/markdown/content-rules.ts); `children` is HTML;
 * `locale` is the edition of the page, for the component's own words (labels, diagram text).
 */
export type MdxHtmlComponent = (props: Readonly<Record<string, unknown>>, children: string, locale: Locale) => string;

export const MDX_HTML_COMPONENTS: Record<MdxComponentName, MdxHtmlComponent> = {
  Aside: asideHtml,
  ColoDiagram: coloDiagramHtml,
  VsockDiagram: vsockDiagramHtml,
};
