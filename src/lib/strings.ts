/**
 * Every string the site's chrome shows, one table per edition (src/lib/strings/<locale>.ts), all
 * of the English table's shape: a new edition is a table, not a hunt through components. A new
 * edition's table starts with every string `untranslated(…)` (src/lib/strings/untranslated.ts),
 * shown in English until translated.
 */
import { toLocale, type Locale } from './i18n.ts';
import { formatCount, pluralForm, type Plural } from './plural.ts';
import { resolveStrings, type DraftStrings } from './strings/untranslated.ts';
import { en } from './strings/en.ts';
import { ru } from './strings/ru.ts';

export type { Plural };
export { en, ru };

export type UiStrings = typeof en;

/** Each edition's table as its file holds it (scripts/edition.ts adds a line here for a new edition). */
export const STRING_TABLES: Record<Locale, DraftStrings<UiStrings>> = {
  en,
  ru,
};

const EDITIONS = Object.fromEntries(Object.entries(STRING_TABLES).map(([locale, table]) => [locale, resolveStrings<UiStrings>(table, en)])) as Record<Locale, UiStrings>;

/** The strings of one edition: `t(Astro.currentLocale)` in a component, `t(locale)` elsewhere. */
export function t(locale: string | undefined): UiStrings {
  return EDITIONS[toLocale(locale)];
}

/**
 * Fills `{name}` slots in a UI string. With a plural form, `{count}` is the number in the edition's
 * digit grouping and Intl.PluralRules picks the form.
 * @example fill('Page {page} of {last}', { page: 2, last: 9 }) // → 'Page 2 of 9'
 */
export function fill(template: string | Plural, values: Record<string, string | number>, lang: string): string {
  const count = values['count'];
  const text = typeof template === 'string' ? template : typeof count === 'number' ? pluralForm(template, count, lang) : template.other;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    if (value === undefined) return slot;
    return typeof value === 'number' ? formatCount(value, lang) : value;
  });
}
