/**
 * Shared collection queries, in one module so every route sees the same, checked content.
 * This is the one place besides routes that touches `astro:content`; the logic it calls is pure.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { validateContentGraph, formatContentProblems, type ContentProblem } from '../lib/content-graph.ts';
import { ContentError } from '../lib/content-error.ts';
import { checkContentSource } from '../markdown/content-rules.ts';
import { featureNavigator, groupFeaturesByCategory, neighboursInCategory } from '../lib/features.ts';
import { MDX_COMPONENT_NAMES } from '../components/mdx/names.ts';
import { projectEnv } from '../config/env.ts';
import { DEFAULT_LOCALE, translatedLocales, translationCollections, type Locale } from '../lib/i18n.ts';
import { translationState, type TranslationState } from '../markdown/translation-status.ts';
import { typesetText } from '../markdown/typography.ts';
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
const editions = new Map<Locale, ReturnType<typeof loadEdition>>();

/**
 * Astro renders a Markdown page, and the MDX fast path an MDX page (src/markdown/mdx-loader.ts),
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

/**
 * What the content rules found in each file, by Astro's digest of its text, kept across the dev
 * server's reloads. Why: after a save, Astro reloads the content store and this module checks
 * every page again; parsing all of them took 180 ms of the 365 ms between the store's reload and a
 * 1,000-page site serving the change. Kept on globalThis because a reload evaluates this module
 * anew, and keyed by the rules' own function, so an edit of the rules (a new module) starts over.
 * A build checks each page once either way.
 */
type RuleFindings = Map<string, { digest: string | number; problems: ContentProblem[] }>;
const findingsByRules = ((globalThis as { qemuDocsRuleFindings?: WeakMap<typeof checkContentSource, RuleFindings> }).qemuDocsRuleFindings ??= new WeakMap());
const findings: RuleFindings = findingsByRules.get(checkContentSource) ?? new Map();
findingsByRules.set(checkContentSource, findings);

function contentRuleProblems(entry: { filePath?: string | undefined; digest?: string | number | undefined }): ContentProblem[] {
  const file = entry.filePath;
  if (!file) return [];
  const known = findings.get(file);
  if (known && entry.digest !== undefined && known.digest === entry.digest) return known.problems;
  const problems = checkContentSource(file, readFileSync(file, 'utf8'), MDX_COMPONENT_NAMES);
  if (entry.digest !== undefined) findings.set(file, { digest: entry.digest, problems });
  return problems;
}

async function loadAndCheck() {
  const [features, architectures, translated] = await Promise.all([getCollection('features'), getCollection('architectures'), Promise.all(translatedLocales().map(loadTranslations))]);
  const translations = new Map(translated);
  const pages = [...features, ...architectures, ...translated.flatMap(([, text]) => [...text.features, ...text.architectures])];
  const problems = [
    ...validateContentGraph(features, architectures.map((entry) => entry.id)),
    ...pages.flatMap((entry) => contentRuleProblems(entry)),
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

/** Lookups every feature page needs, computed once per edition (titles differ) rather than once per page. */
function featureLookups(features: Feature[]) {
  const groups = groupFeaturesByCategory(features);
  return { featuresById: new Map(features.map((entry) => [entry.id, entry])), groups, neighbours: neighboursInCategory(groups), navigationOf: featureNavigator(groups) };
}

/** The state of a translation against the English page's file (read again: bodies are not kept in the store). */
async function stateOf(english: { filePath?: string | undefined }, translation: { filePath?: string | undefined } | undefined): Promise<TranslationState> {
  if (!translation) return 'missing';
  if (!english.filePath || !translation.filePath) return 'current';
  return translationState(readFileSync(english.filePath, 'utf8'), readFileSync(translation.filePath, 'utf8'));
}

/**
 * One edition's content: the English entries with this edition's title, summary and keywords (the
 * facts stay the English page's, so editions cannot disagree on them), and what each page renders
 * as its text. English is the content itself.
 */
async function loadEdition(locale: Locale) {
  const content = await (checked ??= loadAndCheck());
  const texts = new Map<string, PageText>();
  if (locale === DEFAULT_LOCALE) {
    for (const entry of [...content.features, ...content.architectures]) texts.set(`${entry.collection}/${entry.id}`, { entry, state: 'current' });
    return { ...content, texts };
  }
  const translated = content.translations.get(locale);
  if (!translated) throw new Error(`No edition "${locale}" in src/lib/i18n.ts`);
  const featureTexts = new Map(translated.features.map((entry) => [entry.id, entry]));
  const architectureTexts = new Map(translated.architectures.map((entry) => [entry.id, entry]));
  const features = await Promise.all(content.features.map(async (entry): Promise<Feature> => {
    const text = featureTexts.get(entry.id);
    texts.set(`features/${entry.id}`, { entry: text ?? entry, state: await stateOf(entry, text) });
    // Title and summary typeset as the page's body is (src/markdown/typography.ts): they are its prose too.
    return text ? { ...entry, data: { ...entry.data, title: typesetText(text.data.title, locale), summary: typesetText(text.data.summary, locale), keywords: [...entry.data.keywords, ...text.data.keywords] } } : entry;
  }));
  const architectures = await Promise.all(content.architectures.map(async (entry): Promise<Architecture> => {
    const text = architectureTexts.get(entry.id);
    texts.set(`architectures/${entry.id}`, { entry: text ?? entry, state: await stateOf(entry, text) });
    return text ? { ...entry, data: { ...entry.data, summary: typesetText(text.data.summary, locale) } } : entry;
  }));
  return { ...content, features, architectures, ...featureLookups(features), texts };
}

/**
 * All content, checked once per build: a broken cross-reference fails the build here. A failed
 * check is not remembered, so under `astro dev` the next request checks the fixed content again.
 */
export function getContent(locale: Locale = DEFAULT_LOCALE) {
  let edition = editions.get(locale);
  if (!edition) {
    edition = loadEdition(locale).catch((error: unknown) => {
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
