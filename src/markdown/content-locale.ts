/**
 * The one place that decides in which language a page's own words are printed: the section-link
 * labels (./heading-anchors.ts), the example captions (./code-highlight.ts) and the components'
 * labels and diagram text. It is the language of the content file, from its place under the content
 * folder, not the edition of the route that shows it: an untranslated page of the Russian edition
 * shows the English file in a `lang="en"` block (src/layouts/Feature.astro), so its notes and
 * diagrams speak English too.
 */
import { fileURLToPath } from 'node:url';
import type { MdastNode, MdastPluginEntry, MdastVisitorContext } from 'satteri';
import { projectEnv } from '../config/env.ts';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n.ts';
import { localeOfContentPath } from '../lib/content-layout.ts';
import { COMPONENT_LOCALE_PROP } from '../components/mdx/html.ts';

/** The locale of the content file a compile reads (English for a compile with no file). */
export function localeOfContentFile(fileURL: URL | undefined): Locale {
  return fileURL ? localeOfContentPath(fileURLToPath(fileURL), projectEnv().contentDir) : DEFAULT_LOCALE;
}

/**
 * A Sätteri mdast plugin that gives every site component in an MDX page the page file's locale as
 * a prop. Both render paths compile MDX with the site processor's plugins, so the fast path
 * (./fast-path/mdx-html.ts) and the `.astro` wrappers for @astrojs/mdx read the same prop, decided once here.
 * It replaces a `locale` an author wrote: the language is the file's, not the author's choice.
 */
export function componentLocale(components: readonly string[]): MdastPluginEntry {
  return ({ fileURL }) => {
    const locale = localeOfContentFile(fileURL);
    const give = (node: Readonly<Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>>, ctx: MdastVisitorContext) => {
      if (!node.name || !components.includes(node.name)) return;
      const others = node.attributes.filter((attribute) => attribute.type !== 'mdxJsxAttribute' || attribute.name !== COMPONENT_LOCALE_PROP);
      // Sätteri cannot set an element's attributes in place: the element is replaced, its children kept.
      ctx.replaceNode(node, { ...node, attributes: [...others, { type: 'mdxJsxAttribute', name: COMPONENT_LOCALE_PROP, value: locale }] });
    };
    return { name: 'qemu-docs:component-locale', mdxJsxFlowElement: give, mdxJsxTextElement: give };
  };
}
