import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { mdxComponentDescriptions } from '../../../../components/mdx/descriptions.ts';
import { getContent, pageText, type Feature } from '../../../../data/collections.ts';
import { featurePaths } from '../../../../data/static-paths.ts';
import { editionOf } from '../../../../data/edition.ts';
import { diagramText, featureCopyHeader } from '../../../../lib/for-tools.ts';
import { DEFAULT_LOCALE } from '../../../../lib/i18n.ts';
import { contentFormatOf } from '../../../../markdown/content-ast.ts';
import { featureMarkdown, markdownBody } from '../../../../markdown/markdown-copy.ts';

/**
 * Each feature page of every edition as clean Markdown beside its HTML, for tools and agents
 * (announced in its <head>): the text the page shows (its translation, or the English text while
 * there is none), headed by the facts in the edition's words.
 */
export const getStaticPaths = featurePaths;

export const GET: APIRoute<{ feature: Feature }> = async ({ props: { feature }, site, currentLocale }) => {
  const { locale, ui, base } = editionOf(currentLocale);
  const { architectures } = await getContent(locale);
  const names = new Map(architectures.map((arch) => [arch.id, arch.data.name]));
  const text = await pageText(locale, feature);
  // The collection keeps no body (retainBody: false), so the copy reads the file the page came from.
  const file = text.entry.filePath ?? '';
  // The diagrams described in the language of the text, as the page shows them.
  const descriptions = mdxComponentDescriptions(text.state === 'missing' ? DEFAULT_LOCALE : locale);
  const describe = (name: string) => (name in descriptions ? diagramText(descriptions[name]!, ui) : undefined);
  const body = markdownBody(readFileSync(file, 'utf8'), contentFormatOf(file), describe);
  // Title and summary as the author of the text wrote them (the page typesets them: src/markdown/typography.ts).
  const { title, summary } = (text.entry as Feature).data;
  const header = featureCopyHeader({ ...feature, data: { ...feature.data, title, summary } }, names, { site: site ?? new URL('http://localhost/'), base: import.meta.env.BASE_URL }, { root: base, ui });
  return new Response(featureMarkdown(header, body), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
