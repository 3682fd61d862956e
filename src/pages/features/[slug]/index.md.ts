import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { mdxComponentDescriptions } from '../../../components/mdx/descriptions.ts';
import { getContent, type Feature } from '../../../data/collections.ts';
import { featureCacheKey } from '../../../data/static-paths.ts';
import { diagramText, featureCopyHeader } from '../../../lib/for-tools.ts';
import { contentFormatOf } from '../../../markdown/content-ast.ts';
import { featureMarkdown, markdownBody } from '../../../markdown/markdown-copy.ts';

/** Each feature page as clean Markdown beside its HTML, for tools and agents (announced in its <head>). */
export async function getStaticPaths() {
  const { features } = await getContent();
  return Promise.all(features.map(async (feature) => ({ params: { slug: feature.id }, props: { feature }, cacheKey: await featureCacheKey('en', feature) })));
}

export const GET: APIRoute<{ feature: Feature }> = async ({ props: { feature }, site }) => {
  const { architectures } = await getContent();
  const names = new Map(architectures.map((arch) => [arch.id, arch.data.name]));
  // The collection keeps no body (retainBody: false), so the copy reads the file the page came from.
  const file = feature.filePath ?? '';
  const describe = (name: string) => (name in mdxComponentDescriptions ? diagramText(mdxComponentDescriptions[name]!) : undefined);
  const body = markdownBody(readFileSync(file, 'utf8'), contentFormatOf(file), describe);
  const header = featureCopyHeader(feature, names, { site: site ?? new URL('http://localhost/'), base: import.meta.env.BASE_URL });
  return new Response(featureMarkdown(header, body), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
