/**
 * Each component's text description (its SVG `<title>` and `<desc>`), for the Markdown copies of
 * the pages (src/pages/features/[slug]/index.md.ts), read from the components' source without
 * rendering them.
 */
import { svgDescription } from '../../lib/svg-description.ts';

const sources = import.meta.glob<string>('./*.astro', { query: '?raw', import: 'default', eager: true });

export const mdxComponentDescriptions: Readonly<Record<string, { title: string; desc: string }>> = Object.fromEntries(
  Object.entries(sources).map(([path, source]) => [path.replace(/^\.\/(.*)\.astro$/, '$1'), svgDescription(source)]),
);
