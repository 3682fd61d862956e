import type { FeatureEntry } from './features.ts';
import { featureHref, shortFeatureHref } from './hrefs.ts';
import type { Heading } from './toc.ts';

/** One feature in `features.json`: what a wiki bot needs to link to it and its sections. */
export interface FeatureIndexEntry {
  id: string;
  title: string;
  summary: string;
  url: string;
  shortUrl: string;
  architectures: string[];
  category: string;
  status: string;
  keywords: string[];
  sections: { id: string; title: string; url: string }[];
}

/**
 * Describes a feature for `features.json`, with absolute URLs on the deploy's host and base.
 * @example featureIndexEntry(colo, headings, { site: new URL('https://x.org'), base: '/' }).url // → 'https://x.org/features/colo/'
 */
export function featureIndexEntry(feature: FeatureEntry, headings: readonly Heading[], deploy: { site: URL; base: string }): FeatureIndexEntry {
  const url = new URL(featureHref(deploy.base, feature.id), deploy.site).href;
  return {
    id: feature.id,
    title: feature.data.title,
    summary: feature.data.summary,
    url,
    shortUrl: new URL(shortFeatureHref(deploy.base, feature.id), deploy.site).href,
    architectures: [...feature.data.architectures],
    category: feature.data.category,
    status: feature.data.status,
    keywords: [...feature.data.keywords],
    sections: headings
      .filter((heading) => heading.depth === 2 || heading.depth === 3)
      .map((heading) => ({ id: heading.slug, title: heading.text, url: `${url}#${heading.slug}` })),
  };
}
