/**
 * The components an MDX page may use, as functions from props and rendered children to HTML. Both
 * ways of rendering a page print them: the MDX fast path (src/markdown/fast-path/mdx-html.ts) calls them
 * directly, and each `.astro` file in this folder is a thin wrapper that calls the same function for
 * @astrojs/mdx. So a component looks the same whichever way a page is rendered, and the fast path
 * needs no Astro runtime. Their styles live in ./components.css, which holds for both.
 */
import type { MdxComponentName } from './names.ts';
import { isLocale, type Locale } from '../../lib/i18n.ts';
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

/**
 * The prop that carries the page file's locale to a component, given by the site's MDX compile
 * (src/markdown/content-locale.ts) on both render paths.
 */
export const COMPONENT_LOCALE_PROP = 'locale';

/** A component's locale prop, checked: without it the component would guess, and the paths could differ. */
export function componentLocaleOf(name: string, props: Readonly<Record<string, unknown>>): Locale {
  const value = props[COMPONENT_LOCALE_PROP];
  if (isLocale(value)) return value;
  throw new Error(`<${name}> got no page locale (${COMPONENT_LOCALE_PROP}=${JSON.stringify(value)}): src/markdown/content-locale.ts gives it, and must be among the mdastPlugins of the markdown processor in astro.config.mjs.`);
}

/** The props a page gave a component, without the locale the compile added. */
export function authorProps(props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => key !== COMPONENT_LOCALE_PROP));
}
