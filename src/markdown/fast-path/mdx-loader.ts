/**
 * Astro's `glob()` loader, with `.mdx` entries rendered while content syncs (./mdx-html.ts) the way
 * Astro renders `.md` ones, and the HTML of both kept in a file per page beside the content store
 * (./page-html.ts): each entry keeps `rendered: { html: '', metadata }` in the store, with the
 * headings and the file's name, reused while the file's digest (and the rendering code:
 * src/integrations/content-cache.ts) is unchanged; src/data/page-body.ts prints the file. Without
 * it, @astrojs/mdx would compile, bundle and import a module per page (README.md, "Performance").
 *
 * How: `glob()` picks the entry type of each file from the loader context's `entryTypes` by
 * extension; for `.mdx` it gets the one @astrojs/mdx registers, which defers rendering to a module.
 * This loader hands `glob()` an `.mdx` entry type with a render function instead, so file listing,
 * digests, the store and the dev server's file watching stay Astro's own. `entryTypes` is not in
 * Astro's public LoaderContext type; if an Astro upgrade stops using it, MDX entries arrive without
 * `rendered` and src/data/collections.ts fails the build saying so.
 */
import { pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { renderMdxToHtml, type MdxHtmlOptions } from './mdx-html.ts';
import { pageHtmlFolder, storePageHtml } from './page-html.ts';
import { storeDir } from '../../config/astro-state.ts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { publishedHtmlProblems } from '../../safety/published-html.ts';
import { ContentError } from '../../lib/content-error.ts';
import { formatContentProblems } from '../../lib/content-graph.ts';

type GlobOptions = Parameters<typeof glob>[0];
type ContentEntryType = { getEntryInfo(params: { fileUrl: URL; contents: string }): Promise<{ data: Record<string, unknown>; body: string; rawData?: string; slug?: string }> | { data: Record<string, unknown>; body: string; rawData?: string; slug?: string }; getRenderFunction?: unknown };
type RenderEntry = (entry: { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: string }) => Promise<{ html: string; metadata: Record<string, unknown> }>;

/**
 * What @astrojs/mdx compiles with: the site's Sätteri processor (markdown.processor, which mdx()
 * extends), with `gfm` and smart punctuation resolved as its MDX processor resolves them.
 */
export function mdxHtmlOptions(config: Pick<AstroConfig, 'markdown'>): MdxHtmlOptions {
  const processor = config.markdown.processor;
  if (!processor || !isSatteriProcessor(processor)) throw new Error('The MDX fast path renders with the Sätteri processor: set markdown.processor to satteri({ … }) in astro.config.mjs.');
  const { mdastPlugins, hastPlugins, features } = processor.options;
  const { gfm, smartPunctuation } = features;
  return {
    mdastPlugins,
    hastPlugins,
    features: {
      ...features,
      gfm: typeof gfm === 'object' ? gfm : (config.markdown.gfm ?? gfm ?? true) !== false,
      smartPunctuation: typeof smartPunctuation === 'object' ? smartPunctuation : (config.markdown.smartypants ?? smartPunctuation ?? true) !== false,
    },
  };
}

/**
 * The file with its frontmatter blanked out, line for line, as @astrojs/mdx hands it to the compiler
 * (its own call, to the same @astrojs/internal-helpers: tests/unit/content-ast.test.ts holds the
 * three on one version): the same bytes parse the same, and lines in errors match. The YAML is read
 * a second time (Astro's entry type read it first), about 0.05 ms a page, for no copy of the
 * blanking: a copy knew only `---`, and a `+++` (TOML) frontmatter reached the page as text.
 */
export function blankFrontmatter(contents: string): string {
  return parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' }).content;
}

function fastMdxEntryType(standard: ContentEntryType): ContentEntryType {
  return {
    ...standard,
    async getEntryInfo(params) {
      const info = await standard.getEntryInfo(params);
      return { ...info, body: blankFrontmatter(params.contents) };
    },
    getRenderFunction: async (config: AstroConfig): Promise<RenderEntry> => {
      const options = mdxHtmlOptions(config);
      return async (entry) => {
        if (!entry.filePath) throw new Error(`${entry.id}: the MDX fast path renders files only`);
        const { html, headings } = await renderMdxToHtml(entry.body ?? '', pathToFileURL(entry.filePath), entry.data, options);
        return { html, metadata: { headings, localImagePaths: [], remoteImagePaths: [], frontmatter: entry.data, imagePaths: [] } };
      };
    },
  };
}

/**
 * An entry type whose rendered HTML goes into a file of its own (./page-html.ts), the store keeping
 * only `metadata.htmlFile` beside the headings: `html` stays empty, and pages print the file
 * (src/data/page-body.ts).
 */
function htmlInFiles(entryType: ContentEntryType, folder: string): ContentEntryType {
  const getRenderFunction = entryType.getRenderFunction as ((config: AstroConfig) => Promise<RenderEntry>) | undefined;
  if (!getRenderFunction) return entryType;
  return {
    ...entryType,
    getRenderFunction: async (config: AstroConfig): Promise<RenderEntry> => {
      const render = await getRenderFunction(config);
      return async (entry) => {
        const { html, metadata } = await render(entry);
        // The gate of src/safety/published-html.ts: the file written is the HTML checked here.
        if (entry.filePath) {
          const problems = publishedHtmlProblems(html, path.relative(process.cwd(), entry.filePath), await readFile(entry.filePath, 'utf8'));
          if (problems.length > 0) throw new ContentError(formatContentProblems(problems));
        }
        return { html: '', metadata: { ...metadata, htmlFile: await storePageHtml(folder, html) } };
      };
    },
  };
}

/**
 * `glob(options)`, with Markdown and (unless `mdx: 'standard'`, @astrojs/mdx's modules) MDX rendered
 * while content syncs, each page's HTML kept in a file beside the content store.
 */
export function globWithFastMdx(options: GlobOptions & { mdx: 'fast' | 'standard' }): Loader {
  const { mdx, ...globOptions } = options;
  const inner = glob(globOptions);
  return {
    name: 'qemu-docs:glob-fast-mdx',
    load(context: LoaderContext) {
      const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, ContentEntryType> };
      const standardMdx = entryTypes?.get('.mdx');
      const markdown = entryTypes?.get('.md');
      if (!entryTypes || !standardMdx || !markdown) throw new Error('Astro no longer gives loaders its entry types (context.entryTypes), which this loader (src/markdown/fast-path/mdx-loader.ts) needs to render pages while content syncs. Adapt the loader to the new Astro, or keep the Astro version in package-lock.json.');
      // Beside the store, which is .astro/ under `astro dev`: the only command whose loaders get a file watcher.
      const folder = pageHtmlFolder(storeDir(context.config, context.watcher !== undefined));
      const withHtmlFiles = new Map(entryTypes)
        .set('.md', htmlInFiles(markdown, folder))
        .set('.mdx', mdx === 'standard' ? standardMdx : htmlInFiles(fastMdxEntryType(standardMdx), folder));
      return inner.load({ ...context, entryTypes: withHtmlFiles } as LoaderContext);
    },
  };
}
