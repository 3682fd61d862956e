/**
 * One edition's content from the checked content of all (./collections.ts): for English the
 * content itself; for another edition the English entries with the edition's title, summary and
 * keywords (the facts stay the English page's, so editions cannot disagree on them), and what each
 * page renders as its text, with its state against the English page.
 */
import { readFileSync } from 'node:fs';
import { featureNavigator, groupFeaturesByCategory, neighboursInCategory } from '../lib/features.ts';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n.ts';
import { translationState, type TranslationState } from '../translations/translation-status.ts';
import { typesetText } from '../markdown/typography.ts';
import type { Architecture, CheckedContent, Feature, PageText } from './collections.ts';
import { projectEnv } from '../config/env.ts';
import { searchShardCount } from '../lib/search-shards.ts';

/**
 * How many bundles of each index an edition's search merges (src/build/pagefind.ts), for the search
 * script: its own index holds the pages with text in its language (a page without a translation is
 * not indexed a second time), and past a shard's worth of pages an index comes in several bundles.
 * `english` is how many bundles of the English index it searches too, for the pages it has no
 * translation of (0 when it has them all; English itself, always).
 */
function searchIndexesOf(texts: ReadonlyMap<string, PageText>): { searchShards: number; searchEnglish: number } {
  const own = [...texts.values()].filter((text) => text.state !== 'missing').length;
  const shardPages = projectEnv().searchShardPages;
  return { searchShards: own === 0 ? 0 : searchShardCount(own, shardPages), searchEnglish: own === texts.size ? 0 : searchShardCount(texts.size, shardPages) };
}

/** Lookups every feature page needs, computed once per edition (titles differ) rather than once per page. */
export function featureLookups(features: Feature[]) {
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
export async function editionContent(content: CheckedContent, locale: Locale) {
  const texts = new Map<string, PageText>();
  if (locale === DEFAULT_LOCALE) {
    for (const entry of [...content.features, ...content.architectures]) texts.set(`${entry.collection}/${entry.id}`, { entry, state: 'current' });
    return { ...content, texts, ...searchIndexesOf(texts) };
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
  return { ...content, features, architectures, ...featureLookups(features), texts, ...searchIndexesOf(texts) };
}

