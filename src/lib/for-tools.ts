/**
 * What the site offers tools and agents besides its HTML: `/llms.txt` (the llms.txt convention,
 * https://llmstxt.org: a `# title`, a `> summary`, then sections of `- [name](url): description`)
 * and the header of each feature page's Markdown copy. Pure, so the routes stay a few lines.
 */
import { markdownCode, markdownText } from './markdown-text.ts';
import { groupFeaturesByCategory, isCrossArchitecture, type FeatureEntry } from './features.ts';
import { architectureHref, featureHref, joinBase } from './hrefs.ts';
import { referenceHref } from './references.ts';
import { en, type UiStrings } from './strings.ts';

/** Where the site is deployed: absolute URLs are built on this host and base. */
export interface Deploy {
  site: URL;
  base: string;
}

/**
 * The edition a copy or an llms.txt is written for: its root under the deploy base (`/`, `/ru/`),
 * where its pages are, and its strings. English by default.
 */
export interface ForToolsEdition {
  root: string;
  ui: UiStrings;
}

const englishAt = (deploy: Deploy): ForToolsEdition => ({ root: deploy.base, ui: en });

/** `/features/<slug>/index.md`: the Markdown copy of a feature page, beside its HTML. */
export function featureMarkdownHref(base: string, slug: string): string {
  return `${featureHref(base, slug)}index.md`;
}

const absolute = (href: string, deploy: Deploy) => new URL(href, deploy.site).href;

/** A feature as its Markdown copy's header gives it (see src/markdown/markdown-copy.ts). */
export function featureCopyHeader(feature: FeatureEntry, architectureNames: ReadonlyMap<string, string>, deploy: Deploy, { root, ui }: ForToolsEdition = englishAt(deploy)) {
  const { data } = feature;
  const architectures = isCrossArchitecture(feature) ? ui.allArchitectures : data.architectures.map((id) => architectureNames.get(id) ?? id).join(', ');
  const facts: [string, string][] = [
    [ui.forTools.category, ui.categories[data.category]],
    [ui.forTools.architectures, architectures],
    [ui.forTools.status, ui.statuses[data.status]],
    [ui.forTools.keywords, data.keywords.map(markdownCode).join(', ')],
    [ui.forTools.webPage, absolute(featureHref(root, feature.id), deploy)],
  ];
  return {
    title: markdownText(data.title),
    summary: markdownText(data.summary),
    facts,
    references: { heading: ui.references, links: data.references.map((path) => ({ path, href: referenceHref(path) })) },
  };
}

/** A component's text description in the Markdown copy: what the diagram shows. */
export function diagramText({ title, desc }: { title: string; desc: string }, ui: UiStrings = en): string {
  return `**${ui.forTools.diagram}: ${title}.** ${desc}`;
}

/** An architecture as /llms.txt lists it. */
export interface ArchitectureEntry {
  id: string;
  data: { name: string; summary: string };
}

/**
 * `/llms.txt` (and `/<locale>/llms.txt`): every feature page of the edition (its Markdown copy) by
 * category, then every architecture page, each with its summary, on the deploy's host and base.
 * `features.json` is one file for every edition, at the site's root.
 * @example llmsTxt(features, architectures, { site: new URL('https://x.org'), base: '/' })
 */
export function llmsTxt(features: readonly FeatureEntry[], architectures: readonly ArchitectureEntry[], deploy: Deploy, { root, ui }: ForToolsEdition = englishAt(deploy)): string {
  const item = (name: string, href: string, description: string) => `- [${markdownText(name)}](${absolute(href, deploy)}): ${markdownText(description)}`;
  const sections = groupFeaturesByCategory(features).map(({ category, features: inCategory }) =>
    [`## ${ui.categories[category]}`, ...inCategory.map((feature) => item(feature.data.title, featureMarkdownHref(root, feature.id), feature.data.summary))].join('\n'),
  );
  return [
    `# ${ui.siteName}`,
    `> ${ui.forTools.llmsSummary}`,
    ui.forTools.llmsMarkdown,
    ...sections,
    [`## ${ui.architectures}`, ...architectures.map((arch) => item(arch.data.name, architectureHref(root, arch.id), arch.data.summary))].join('\n'),
    [`## ${ui.forTools.llmsMore}`, item(ui.matrixTitle, joinBase(root, 'matrix/'), ui.matrixDescription), item('features.json', joinBase(deploy.base, 'features.json'), ui.forTools.featuresJson)].join('\n'),
  ].join('\n\n') + '\n';
}
