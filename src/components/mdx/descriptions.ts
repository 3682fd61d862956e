/**
 * Each diagram's text description (its SVG `<title>` and `<desc>`), for the Markdown copies of the
 * pages (src/pages/[...locale]/features/[slug]/index.md.ts): the components are HTML functions (./html.ts), so
 * their markup is printed and read, with no Astro rendering. Components without an SVG description
 * (the Aside, whose text is the page's own) are left out.
 */
import { svgDescription } from '../../lib/svg-description.ts';
import { MDX_HTML_COMPONENTS } from './html.ts';
import type { Locale } from '../../lib/i18n.ts';

/** The descriptions in one language: the language of the text the copy is cut from. */
export function mdxComponentDescriptions(locale: Locale): Readonly<Record<string, { title: string; desc: string }>> {
  return Object.fromEntries(
    Object.entries(MDX_HTML_COMPONENTS)
      .filter(([name]) => name.endsWith('Diagram'))
      .map(([name, render]) => [name, svgDescription(render({}, '', locale))]),
  );
}
