/**
 * Shared collection queries, in one module so every route sees the same, checked content: every
 * edition's collections read once, the cross-references checked once per build, and each
 * edition's content (./editions.ts merges a translation's text with the English facts) kept.
 * This is the one place besides routes that touches `astro:content`; the logic it calls is pure.
 * The content rules are not run here: the pre-flight (scripts/build.ts) and the guard in every
 * compile (src/markdown/content-guard.ts) run them, and a page the guard refused has no body,
 * which `unrendered` reports.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { validateContentGraph, formatContentProblems, type ContentProblem } from '../lib/content-graph.ts';
import { ContentError } from '../lib/content-error.ts';
import { projectEnv } from '../config/env.ts';
import { DEFAULT_LOCALE, translatedLocales, translationCollections, type Locale } from '../lib/i18n.ts';
import type { TranslationState } from '../translations/translation-status.ts';
import { editionContent, featureLookups } from './editions.ts';
import type { ArchitectureTranslationData, FeatureTranslationData } from '../lib/schema.ts';

export type Feature = CollectionEntry<'features'>;
export type Architecture = CollectionEntry<'architectures'>;
/**
 * A translation's entry: its text only (title, summary, keywords and body), the facts are the
 * English page's. Written out rather than `CollectionEntry<'ruFeatures'>`: the translations'
 * collections are made per configured edition, so their names are not literals Astro can type.
 */
type TranslationEntry<Data> = Omit<Feature, 'data' | 'collection'> & { collection: string; data: Data };
export type FeatureTranslation = TranslationEntry<FeatureTranslationData>;
export type ArchitectureTranslation = TranslationEntry<ArchitectureTranslationData>;
type Translation = FeatureTranslation | ArchitectureTranslation;
type CollectionName = Parameters<typeof getCollection>[0];

/**
 * What a page of an edition renders as its text, and how that text stands against the English page:
 * the translation (`current` or `stale`), or the English entry itself when there is none (`missing`).
 * English pages are their own text, always `current`.
 */
export interface PageText {
  entry: Feature | Architecture | Translation;
  state: TranslationState;
}

let checked: ReturnType<typeof loadAndCheck> | undefined;
const editions = new Map<Locale, ReturnType<typeof editionContent>>();
/** The checked content of every edition, before it is merged into one edition's (./editions.ts). */
export type CheckedContent = Awaited<ReturnType<typeof loadAndCheck>>;

/**
 * Astro renders a Markdown page, and the MDX fast path an MDX page (src/markdown/fast-path/mdx-loader.ts),
 * while it syncs content and, if rendering throws (a code block in a language Shiki lacks, a
 * malformed example meta), only logs the error and keeps the page without a body. That must fail
 * the build, not publish an empty page. (With MDX_PATH=standard, @astrojs/mdx renders MDX later.)
 */
function unrendered(entry: { filePath?: string | undefined; rendered?: unknown }): ContentProblem[] {
  const file = entry.filePath;
  if (!file || entry.rendered) return [];
  const renderedWhileSyncing = file.endsWith('.md') || (file.endsWith('.mdx') && projectEnv().mdxPath === 'fast');
  if (!renderedWhileSyncing) return [];
  const name = file.replace(/.*\//, '');
  return [{ file, field: '(body)', message: `could not be rendered; the reason is logged above as "Error rendering ${name}". Fix the page there.` }];
}

async function loadAndCheck() {
  const [features, architectures, translated] = await Promise.all([getCollection('features'), getCollection('architectures'), Promise.all(translatedLocales().map(loadTranslations))]);
  const translations = new Map(translated);
  const pages = [...features, ...architectures, ...translated.flatMap(([, text]) => [...text.features, ...text.architectures])];
  const problems = [
    ...validateContentGraph(features, architectures.map((entry) => entry.id)),
    ...pages.flatMap((entry) => unrendered(entry)),
  ];
  if (problems.length > 0) throw new ContentError(formatContentProblems(problems));
  architectures.sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'en'));
  return { features, architectures, ...featureLookups(features), translations };
}

/** One edition's translations, from its two collections (src/content.config.ts). */
async function loadTranslations(locale: Locale): Promise<[Locale, { features: FeatureTranslation[]; architectures: ArchitectureTranslation[] }]> {
  const names = translationCollections(locale);
  // Astro types the collections it found (.astro/content.d.ts), but not a name computed here.
  const [features, architectures] = await Promise.all([getCollection(names.features as CollectionName), getCollection(names.architectures as CollectionName)]);
  return [locale, { features: features as unknown as FeatureTranslation[], architectures: architectures as unknown as ArchitectureTranslation[] }];
}

/**
 * All content, checked once per build: a broken cross-reference fails the build here. A failed
 * check is not remembered, so under `astro dev` the next request checks the fixed content again.
 */
export function getContent(locale: Locale = DEFAULT_LOCALE) {
  let edition = editions.get(locale);
  if (!edition) {
    edition = (checked ??= loadAndCheck()).then((content) => editionContent(content, locale)).catch((error: unknown) => {
      checked = undefined;
      editions.clear();
      throw error;
    });
    editions.set(locale, edition);
  }
  return edition;
}

/** What the page of a feature or an architecture renders in an edition: see PageText. */
export async function pageText(locale: Locale, entry: Feature | Architecture): Promise<PageText> {
  const text = (await getContent(locale)).texts.get(`${entry.collection}/${entry.id}`);
  if (!text) throw new Error(`No ${entry.collection} page "${entry.id}" in the ${locale} edition`);
  return text;
}
