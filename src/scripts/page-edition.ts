/**
 * The edition of the page a script runs on, read from its `<html lang>`, and where that edition's
 * files are under the deploy base: the search code and the highlighter each load their edition's own.
 */
import { localeRoot, searchBundleFile } from '../lib/hrefs.ts';
import { toLocale, type Locale } from '../lib/i18n.ts';

export const pageLocale = (): Locale => toLocale(document.documentElement.lang);

/** The root of this page's edition: `/` or `/ru/`, under the base. */
export const editionRoot = (): string => localeRoot(import.meta.env.BASE_URL, pageLocale());

/** A file of this page's edition's search bundle (`shard` 1 and up: the further bundles of a large edition). */
export const editionSearchFile = (file: string, shard = 0): string => searchBundleFile(import.meta.env.BASE_URL, pageLocale(), file, shard);
