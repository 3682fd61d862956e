/**
 * The site's editions. English is the source of every fact and lives at the root; each other
 * edition lives under `/<locale>/` (Astro's i18n routing, astro.config.mjs) and its pages are
 * translations kept in step with the English ones (src/markdown/translation-drift.ts).
 */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** `Astro.currentLocale` (a string or undefined) as one of the site's locales; anything else is English. */
export function toLocale(value: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/** The other editions of a page, for the language switcher and `hreflang` alternates. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((other) => other !== locale);
}

/**
 * The locale of a content file, from its place in the content folder: `…/ru/features/colo.mdx` is
 * Russian, `…/features/colo.mdx` English. Used where only the file is known (the Markdown and MDX
 * renderers, which write section-link labels and example captions into the cached HTML).
 * @example localeOfContentPath('/p/content/ru/features/colo.mdx') // → 'ru'
 */
export function localeOfContentPath(filePath: string): Locale {
  const match = /[\\/]([a-z]{2})[\\/](?:features|architectures)[\\/][^\\/]+$/.exec(filePath);
  return toLocale(match?.[1]);
}
