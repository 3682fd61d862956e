/**
 * The edition of the page a script runs on, read from its `<html lang>`, and its root under the
 * deploy base. Which search bundles a page loads: src/lib/search-editions.ts.
 */
import { localeRoot } from '../lib/hrefs.ts';
import { toLocale, type Locale } from '../lib/i18n.ts';

export const pageLocale = (): Locale => toLocale(document.documentElement.lang);

/** The root of this page's edition: `/` or `/ru/`, under the base. */
export const editionRoot = (): string => localeRoot(import.meta.env.BASE_URL, pageLocale());
