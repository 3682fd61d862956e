/**
 * What an edition's language has beside its UI strings (src/lib/strings/<locale>.ts): the rules its
 * prose is held to. Every entry is optional; an edition without one builds all the same. The one
 * place, with the locale configuration (src/lib/i18n.ts) and the strings tables, that names a
 * language, so adding an edition's rules is a line here.
 * - `typograf`: the Typograf locales its prose is typeset with (src/markdown/typography.ts);
 *   English prose is left as written.
 * - `glossary`: one term per concept, with the release news its pages may quote word for word
 *   (src/translations/glossary-check.ts, run by the pre-flight).
 */
import type { GlossaryEntry } from '../lib/glossary-match.ts';
import { GLOSSARY_RU } from '../lib/glossary-ru.ts';
import type { Locale } from '../lib/i18n.ts';
import { RELEASE_NEWS_RU } from '../data/release-news-ru.ts';

export interface LanguageRules {
  typograf?: string[];
  glossary?: { entries: readonly GlossaryEntry[]; news: string };
}

export const LANGUAGE_RULES: Readonly<Partial<Record<Locale, LanguageRules>>> = {
  // English second: Russian pages quote English messages, and Typograf's docs give this pair for Russian text.
  ru: { typograf: ['ru', 'en-US'], glossary: { entries: GLOSSARY_RU, news: RELEASE_NEWS_RU } },
};
