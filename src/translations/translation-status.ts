/**
 * Where each translation stands against its English page, for the build's report and the notice
 * at the top of a translated page:
 * - `current`: its `englishVersion` is the English page's version (src/lib/translation-version.ts);
 * - `stale`: the English title, summary or body changed since (the page still builds, with a notice);
 * - `missing`: no translation yet (the English text is served under the edition's URL, with a notice).
 */
import { readFrontmatter } from '../markdown/content-ast.ts';
import { englishVersionOf } from '../lib/translation-version.ts';

export type TranslationState = 'current' | 'stale' | 'missing';

/** A source's frontmatter and body, or undefined when it has none or it does not parse (the pre-flight reports that on its own). */
function frontmatterOf(source: string): { data: Record<string, unknown>; body: string } | undefined {
  if (!/^\uFEFF?---\r?\n/.test(source)) return undefined;
  try {
    return readFrontmatter(source);
  } catch {
    return undefined;
  }
}

/**
 * The version of an English page's source file (its title, summary and body), or undefined when
 * it has no readable frontmatter (the pre-flight check reports that on its own).
 */
export async function englishVersionOfSource(source: string): Promise<string | undefined> {
  const page = frontmatterOf(source);
  if (!page) return undefined;
  const { title = '', summary = '' } = page.data as { title?: unknown; summary?: unknown };
  return englishVersionOf({ title: String(title), summary: String(summary), body: page.body });
}

/** The version a translation's source records (`englishVersion:` in its frontmatter), if any. */
export function recordedVersion(source: string): string | undefined {
  const recorded = frontmatterOf(source)?.data['englishVersion'];
  return typeof recorded === 'string' ? recorded : undefined;
}

/** The state of one English page in an edition, from both sources (the translation's may be absent). */
export async function translationState(englishSource: string, translationSource: string | undefined): Promise<TranslationState> {
  if (translationSource === undefined) return 'missing';
  return recordedVersion(translationSource) === (await englishVersionOfSource(englishSource)) ? 'current' : 'stale';
}
