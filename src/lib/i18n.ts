/**
 * The site's editions: the one configuration every module iterates (routes, collections, search
 * indexes, sitemap, language switcher). English is the source of every fact and lives at the root;
 * each other edition lives under `/<locale>/` (Astro's i18n routing, astro.config.mjs), its pages
 * are translations kept in step with the English ones (src/translations/), and its UI strings are
 * a table of their own (src/lib/strings/<locale>.ts).
 *
 * `npm run edition -- add <code> <name>` (scripts/edition.ts) adds the code to LOCALES, the name
 * to LANGUAGE_NAMES and writes the strings table: nothing else names an edition.
 */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * Each language's name in itself, as the language switcher shows it in every edition. An object
 * literal rather than a field of LOCALES: the browser code imports this module for `toLocale`, and
 * an unused literal is left out of its bundle.
 */
export const LANGUAGE_NAMES = {
  en: 'English',
  ru: 'Русский',
} as const satisfies Record<Locale, string>;

/** Every edition but the default one: the editions whose pages are translations. */
export function translatedLocales(): Locale[] {
  return LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
}

/**
 * The names of an edition's two content collections (src/content.config.ts): `ruFeatures` and
 * `ruArchitectures` for content/ru/features/ and content/ru/architectures/.
 */
export function translationCollections(locale: Locale): { features: string; architectures: string } {
  return { features: `${locale}Features`, architectures: `${locale}Architectures` };
}

/**
 * The `[...locale]` parameter of a route under src/pages/[...locale]/ for an edition: none for the
 * default edition, which lives at the root, the locale for the others.
 * @example localeParam('ru') // → 'ru'; localeParam('en') // → undefined
 */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** `Astro.currentLocale` (a string or undefined) as one of the site's locales; anything else is English. */
export function toLocale(value: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/** Whether a value is one of the site's locales. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The other editions of a page, for the language switcher and `hreflang` alternates. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((other) => other !== locale);
}
