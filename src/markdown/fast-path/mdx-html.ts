/**
 * The MDX fast path: an MDX page rendered to HTML while content syncs, as Astro renders Markdown,
 * instead of a module per page that the bundler compiles and the renderer imports.
 *
 * It runs the compile @astrojs/mdx runs (Sätteri's `mdxToJs`, with the site processor's features,
 * mdast and hast plugins, and the heading-ids plugin @astrojs/markdown-satteri adds) and evaluates
 * the result with a JSX runtime of a few lines that prints HTML strings instead of Astro's, with the
 * components as the HTML functions of src/components/mdx/html.ts. Elements and their attributes
 * print through Astro's own `spreadAttributes` and `voidElementNames`, the functions the standard
 * path's runtime calls, rather than copies of them. Only the last step differs from the standard
 * path, and tests/site/mdx-fast-path.test.ts checks that both print the same pages.
 *
 * The compiled code runs with `new Function`, as the standard path runs its module. That is safe
 * only because the content guard (../content-guard.ts), an mdast plugin of the same compile, has
 * refused imports, exports and expressions before any code is generated, so the code only calls
 * the runtime. So this module does not trust the configuration to list the guard: renderMdxToHtml
 * refuses to compile with plugins that lack it, and puts it first in the list it compiles with.
 *
 * What it cannot render as the standard path would fails the page, with its line and what to do:
 * local images (the standard path turns them into Astro's <Image>) and a component it lacks.
 */
import { spreadAttributes, voidElementNames } from 'astro/runtime/server/index.js';
import { mdxToJs, type Features, type HastPluginList, type MdastPluginList } from 'satteri';
import { satteriCollectImagesPlugin, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { escapeHtml } from '../../lib/html.ts';
import { authorProps, componentLocaleOf, MDX_HTML_COMPONENTS, type MdxHtmlComponent } from '../../components/mdx/html.ts';
import { isContentGuard } from '../content-guard.ts';

/**
 * Refuses to compile MDX into code it will run unless the content guard is the first mdast plugin:
 * a plugin before it could add the very nodes it refuses. A plugin list without the guard (a
 * reordered config, a second processor) is a configuration error, not a page's.
 */
export function assertGuarded(mdastPlugins: MdastPluginList): void {
  if (!isContentGuard(mdastPlugins[0])) {
    throw new Error(`The MDX fast path runs compiled pages as code, so the content guard must be the first mdast plugin of the site's processor: put contentGuard(…) (src/markdown/content-guard.ts) first in markdown.processor's mdastPlugins in astro.config.mjs.`);
  }
}

/** HTML already rendered, told apart from text, which is escaped. */
class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
}

const FRAGMENT = Symbol('mdx-html:fragment');

/**
 * Children as HTML, text escaped. MDX gives text, elements, lists of them, or none: the content
 * guard refuses the expressions that could give anything else.
 */
function childrenHtml(children: unknown): string {
  if (children instanceof Html) return children.value;
  if (Array.isArray(children)) return children.map(childrenHtml).join('');
  return children === undefined ? '' : escapeHtml(String(children));
}

/**
 * An element's attributes as Astro prints them: its own `spreadAttributes`, which the standard
 * path's JSX runtime calls for every element (astro/runtime/server, the module compiled `.astro`
 * components import), so quoting, booleans, `style` objects and custom elements cannot drift from
 * it. One difference, on purpose: a name Astro would drop without a word (a directive such as
 * set:html, a name that would end the tag) fails the page instead. Authors cannot write one
 * (src/markdown/content-rules.ts), so only a plugin of the site's can.
 */
function attributesHtml(tag: string, attributes: Record<string, unknown>): string {
  for (const [key, value] of Object.entries(attributes)) {
    if (key.includes(':') || /[\s"'>/=]/.test(key)) {
      throw new Error(`the MDX fast path cannot print the attribute ${key}=${JSON.stringify(value)} as Astro would. Pages may not write such an attribute (src/markdown/content-rules.ts); if the site's own plugin printed it, teach src/markdown/fast-path/mdx-html.ts Astro's rule for it.`);
    }
  }
  return String(spreadAttributes(attributes, tag));
}

type Component = (props: Record<string, unknown>) => Html;

/** The runtime's jsx(): `type` is a tag name, a component, or the compile's Fragment (the one symbol). */
function jsx(type: string | symbol | Component, props: Record<string, unknown>): Html {
  if (typeof type === 'symbol') return new Html(childrenHtml(props['children']));
  if (typeof type === 'function') return type(props);
  const { children, ...attributes } = props;
  const open = `<${type}${attributesHtml(type, attributes)}`;
  // An element without content has no children at all in MDX output.
  if (children === undefined && voidElementNames.test(type)) return new Html(`${open}/>`);
  return new Html(`${open}>${childrenHtml(children)}</${type}>`);
}

const runtime = { Fragment: FRAGMENT, jsx, jsxs: jsx };

/**
 * A component as the runtime calls it: children rendered first, then the component's HTML, in the
 * locale the compile gave it (src/markdown/content-locale.ts), as the `.astro` wrappers do.
 */
const asRuntimeComponent = (name: string, render: MdxHtmlComponent): Component => ({ children, ...props }) => {
  const inner = childrenHtml(children);
  // Astro passes a slot that renders to whitespace only as no slot at all.
  // Stryker: equivalent mutants — the test as `false`, or without the trim: the Aside refuses a blank
  // body itself, and the diagrams print no children.
  return new Html(render(authorProps(props), inner.trim() === '' ? '' : inner, componentLocaleOf(name, props)));
};
/**
 * Astro's `Fragment` as @astrojs/mdx hands it to every MDX page, for what the site's own plugins put
 * there: a highlighted code block as `<Fragment set:html="…"/>` (../code-highlight.ts), printed as it
 * is. Authors cannot write it: the content rules allow only the site's components.
 */
const setHtmlFragment: Component = (props) => new Html(String(props['set:html']));

const components: Record<string, Component> = { Fragment: setHtmlFragment, ...Object.fromEntries(Object.entries(MDX_HTML_COMPONENTS).map(([name, render]) => [name, asRuntimeComponent(name, render)])) };

export interface MdxHtmlOptions {
  /** The site processor's options (`satteri({ … }).options`): the same plugins and features. */
  mdastPlugins: MdastPluginList;
  hastPlugins: HastPluginList;
  features: Features;
}

export interface RenderedMdx {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
}

/**
 * Renders one MDX page. `source` is the file with its frontmatter blanked out, as @astrojs/mdx
 * passes it, so lines in errors match the file.
 * @example await renderMdxToHtml('## Hi\n', new URL('file:///a.mdx'), {}, options) // → { html: '<h2 id="hi">…', headings: […] }
 */
export async function renderMdxToHtml(source: string, fileURL: URL, frontmatter: Record<string, unknown>, options: MdxHtmlOptions): Promise<RenderedMdx> {
  assertGuarded(options.mdastPlugins);
  const astro = { frontmatter, headings: [] as RenderedMdx['headings'], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const { code } = await mdxToJs(source, {
    // The plugin lists and options of @astrojs/markdown-satteri's MDX processor (mdx/create-processor.js),
    // less what only matters for images (refused below), scripts and styles (refused by the content rules).
    mdastPlugins: [...options.mdastPlugins, satteriCollectImagesPlugin()],
    hastPlugins: [...options.hastPlugins, satteriHeadingIdsPlugin()],
    features: options.features,
    fileURL,
    elementAttributeNameCase: 'html',
    outputFormat: 'function-body',
    data: { astro },
  });
  if (astro.localImagePaths.size > 0) {
    throw new Error(`${fileURL.pathname}: the image ${[...astro.localImagePaths][0]} is a local file, which MDX pages cannot show yet (the fast path does not process images). Put it in public/ and link it with an absolute path, like /images/name.png.`);
  }
  const module = new Function(code)(runtime) as { default: (props: { components: Record<string, Component> }) => Html };
  return { html: module.default({ components }).value, headings: astro.headings };
}
