/**
 * Counts in a language's words: the noun form that agrees with a number, chosen by the language's
 * plural rules (Intl.PluralRules), and the number written as the language writes it
 * (Intl.NumberFormat: «4 194 304» in Russian, with no-break spaces between the groups, "4,194,304"
 * in English). Pure and small: the search dialog uses it in the browser too.
 */

/**
 * A string with a form per plural category of the language; `other` is always there. Russian
 * whole numbers use `one` (1, 21, 31…), `few` (2–4, 22–24…) and `many` (0, 5–20, 25–30…); `other`
 * is for fractions («1,5 байта»).
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The form of `forms` that agrees with `count` in `lang`, or `other` when the language's category
 * has no form of its own.
 * @example pluralForm({ one: '{count} байт', few: '{count} байта', many: '{count} байт', other: '{count} байта' }, 4194304, 'ru') // → '{count} байта'
 */
export function pluralForm(forms: Plural, count: number, lang: string): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return forms[rules.select(count)] ?? forms.other;
}

/**
 * A number as `lang` writes it, its digits grouped.
 * @example formatCount(4194304, 'ru') // → '4 194 304' (U+00A0 between the groups)
 */
export function formatCount(count: number, lang: string): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(count);
}
