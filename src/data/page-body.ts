/**
 * A page's rendered text, for the page templates. On the fast path the HTML is in a file beside the
 * content store (src/markdown/fast-path/page-html.ts) and is read when the page renders, so the store Astro
 * bundles holds no page's HTML; `render(entry)` would print nothing for such an entry. MDX_PATH=standard
 * compiles MDX pages to components, which `render(entry)` gives as before.
 */
import type { MarkdownHeading } from 'astro';
import { render } from 'astro:content';
import { readPageHtml } from '../markdown/fast-path/page-html.ts';
import type { Feature, PageText } from './collections.ts';

type RenderableEntry = PageText['entry'];

export type PageBody =
  | { html: string; Content?: undefined; headings: MarkdownHeading[] }
  | { html?: undefined; Content: Awaited<ReturnType<typeof render>>['Content']; headings: MarkdownHeading[] };

export async function pageBody(entry: RenderableEntry): Promise<PageBody> {
  const metadata = (entry.rendered as { metadata?: { htmlFile?: unknown; headings?: MarkdownHeading[] } } | undefined)?.metadata;
  if (typeof metadata?.htmlFile === 'string') return { html: await readPageHtml(metadata.htmlFile, entry.filePath ?? entry.id), headings: metadata.headings ?? [] };
  // A translation's entry is typed by hand (src/data/collections.ts); render() takes any entry.
  const { Content, headings } = await render(entry as unknown as Feature);
  return { Content, headings };
}
