/**
 * The edition a page belongs to, from Astro's i18n routing (`Astro.currentLocale`, set from the
 * URL: `/ru/…` is Russian, the rest English): its locale, its UI strings, and the base its links
 * start from (`getRelativeLocaleUrl`, which adds the deploy base and the locale prefix). Every
 * component takes these here rather than through props, so no locale is threaded by hand.
 */
import { getRelativeLocaleUrl } from 'astro:i18n';
import { toLocale, type Locale } from '../lib/i18n.ts';
import { t, type UiStrings } from '../lib/strings.ts';

export interface Edition {
  locale: Locale;
  ui: UiStrings;
  /** `/` or `/ru/` (after the deploy base): what the href builders of src/lib/hrefs.ts take as `base`. */
  base: string;
}

export function editionOf(currentLocale: string | undefined): Edition {
  const locale = toLocale(currentLocale);
  return { locale, ui: t(locale), base: localeBase(locale) };
}

/** The root of one edition: `/` for English, `/ru/` for Russian, under the deploy base. */
export function localeBase(locale: Locale): string {
  return getRelativeLocaleUrl(locale, '');
}
