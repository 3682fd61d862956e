/**
 * The pre-flight check of one edition's translations against the English pages (run by
 * `npm run build` with the other page checks): a translation must have an English page, and the
 * same skeleton (./translation-drift.ts), or the build fails naming both files. Whether each
 * translation follows the current English text is returned as a report, which the build prints
 * without failing: prose may lag, the things a reader copies may not.
 */
import type { ContentFile } from '../lib/content-files.ts';
import type { ContentProblem } from '../lib/content-graph.ts';
import { contentFormatOf, ContentSyntaxError } from '../markdown/content-ast.ts';
import { translationDrift } from './translation-drift.ts';
import { translationState, type TranslationState } from './translation-status.ts';

export interface TranslationReportLine {
  /** The English page. */
  english: string;
  /** The translation, when there is one. */
  translation?: string;
  state: TranslationState;
}

const decode = (file: ContentFile) => new TextDecoder().decode(file.bytes);
const stem = (name: string) => name.replace(/\.[^.]*$/, '');

/**
 * @example await checkTranslations(englishFeatures, russianFeatures) // → { problems: [], report: [{ english: 'content/features/colo.mdx', translation: 'content/ru/features/colo.mdx', state: 'current' }, …] }
 */
export async function checkTranslations(english: readonly ContentFile[], translations: readonly ContentFile[]): Promise<{ problems: ContentProblem[]; report: TranslationReportLine[] }> {
  const pages = english.filter((file) => /\.mdx?$/.test(file.name));
  const byStem = new Map(pages.map((file) => [stem(file.name), file]));
  const problems: ContentProblem[] = [];
  const translated = translations.filter((candidate) => /\.mdx?$/.test(candidate.name));
  // By name, so pairing N pages with their translations is a lookup each, not a search of all N.
  // (The first file of a name wins; two files of one name are refused by the file checks.)
  const translationByStem = new Map<string, ContentFile>();
  for (const file of translated) if (!translationByStem.has(stem(file.name))) translationByStem.set(stem(file.name), file);
  for (const file of translated) {
    if (!byStem.has(stem(file.name))) {
      problems.push({ file: file.path, field: '(file name)', message: `translates a page that does not exist: there is no ${stem(file.name)}.md or .mdx among the English pages. Rename it after the English page it translates, or delete it.` });
    }
  }
  const report: TranslationReportLine[] = [];
  for (const page of pages) {
    const translation = translationByStem.get(stem(page.name));
    const englishSource = decode(page);
    if (translation) {
      try {
        problems.push(...translationDrift({ path: page.path, source: englishSource, format: contentFormatOf(page.name) }, { path: translation.path, source: decode(translation), format: contentFormatOf(translation.name) }));
      } catch (error) {
        // A page that does not parse is reported by the page checks, with its line.
        // Stryker: survives — the test as `false`: no page reaches the rethrow, which keeps a bug in
        // the drift check loud instead of silent.
        if (!(error instanceof ContentSyntaxError)) throw error;
      }
    }
    report.push({ english: page.path, ...(translation ? { translation: translation.path } : {}), state: await translationState(englishSource, translation ? decode(translation) : undefined) });
  }
  return { problems, report };
}

/**
 * Pages the build names for each state: a site with thousands of untranslated pages would otherwise
 * print a line for each of them on every build and bury everything else.
 */
export const LISTED_PER_STATE = 10;

/** The build's summary of one edition: counts, then the first stale and missing pages, each on its own line. */
export function formatTranslationReport(locale: string, report: readonly TranslationReportLine[]): string {
  const of = (state: TranslationState) => report.filter((line) => line.state === state);
  const lines = [`Translations (${locale}): ${of('current').length} current, ${of('stale').length} stale, ${of('missing').length} missing.`];
  const listed = (state: TranslationState, say: (line: TranslationReportLine) => string) => {
    const pages = of(state);
    lines.push(...pages.slice(0, LISTED_PER_STATE).map(say));
    if (pages.length > LISTED_PER_STATE) lines.push(`  … and ${pages.length - LISTED_PER_STATE} more ${state}: npm run translations lists every page.`);
  };
  listed('stale', (line) => `  stale:   ${line.translation} translates an older ${line.english}; update the text, then its englishVersion (npm run translations).`);
  listed('missing', (line) => `  missing: ${line.english} has no ${locale} translation; its English text is served under /${locale}/ with a notice.`);
  return lines.join('\n');
}
