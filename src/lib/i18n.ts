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

/** Whether a value is one of the site's locales. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The other editions of a page, for the language switcher and `hreflang` alternates. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((other) => other !== locale);
}

/**
 * The locale of a content file, from its place in the content folder: `ru/features/colo.mdx` is
 * Russian, `features/colo.mdx` English. Only the path below `contentDir` counts, so a content
 * folder that itself lies under a folder named like a locale (`/home/ru/…`) changes nothing; a file
 * outside the content folder is English, the edition every fact comes from.
 * @example localeOfContentPath('/p/content/ru/features/colo.mdx', '/p/content') // → 'ru'
 */
export function localeOfContentPath(filePath: string, contentDir: string): Locale {
  const slashed = (name: string) => name.replace(/\\/g, '/').replace(/\/+$/, '');
  const root = `${slashed(contentDir)}/`;
  const file = slashed(filePath);
  if (!file.startsWith(root)) return DEFAULT_LOCALE;
  const parts = file.slice(root.length).split('/');
  return parts.length === 3 && (parts[1] === 'features' || parts[1] === 'architectures') ? toLocale(parts[0]) : DEFAULT_LOCALE;
}
