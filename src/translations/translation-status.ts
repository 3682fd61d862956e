/**
 * Where each translation stands against its English page, for the build's report and the notice
 * at the top of a translated page:
 * - `current`: its `englishVersion` is the English page's version (src/lib/translation-version.ts);
 * - `stale`: the English title, summary or body changed since (the page still builds, with a notice);
 * - `missing`: no translation yet (the English text is served under the edition's URL, with a notice).
 */
import { parse as parseYaml } from 'yaml';
import { englishVersionOf } from '../lib/translation-version.ts';

export type TranslationState = 'current' | 'stale' | 'missing';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * The version of an English page's source file (its title, summary and body), or undefined when
 * it has no readable frontmatter (the pre-flight check reports that on its own).
 */
export async function englishVersionOfSource(source: string): Promise<string | undefined> {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch {
    return undefined;
  }
  const { title = '', summary = '' } = (data ?? {}) as { title?: unknown; summary?: unknown };
  return englishVersionOf({ title: String(title), summary: String(summary), body: source.slice(match[0].length) });
}

/** The version a translation's source records (`englishVersion:` in its frontmatter), if any. */
export function recordedVersion(source: string): string | undefined {
  const match = FRONTMATTER.exec(source);
  const found = match ? /^englishVersion:\s*["']?([0-9a-f]{12})["']?\s*$/m.exec(match[1] ?? '') : null;
  return found?.[1];
}

/** The state of one English page in an edition, from both sources (the translation's may be absent). */
export async function translationState(englishSource: string, translationSource: string | undefined): Promise<TranslationState> {
  if (translationSource === undefined) return 'missing';
  return recordedVersion(translationSource) === (await englishVersionOfSource(englishSource)) ? 'current' : 'stale';
}
