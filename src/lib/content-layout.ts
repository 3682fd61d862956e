/**
 * Where the pages live under the content root, for every edition: the one description the
 * collections, the pre-flight, the content cache, the link check's source mapping, the translation
 * tools and the tests read. English pages are `features/<slug>.mdx` and `architectures/<id>.md`;
 * another edition's are the same paths under its locale, `ru/features/<slug>.mdx`.
 */
import { DEFAULT_LOCALE, LOCALES, toLocale, type Locale } from './i18n.ts';

/** The two kinds of page, each a folder of the content root (and of each edition's folder). */
export const CONTENT_KINDS = ['features', 'architectures'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/**
 * An edition's folder of one kind, relative to the content root, with `/`.
 * @example contentFolder('ru', 'features') // → 'ru/features'
 * @example contentFolder('en', 'architectures') // → 'architectures'
 */
export function contentFolder(locale: Locale, kind: ContentKind): string {
  return locale === DEFAULT_LOCALE ? kind : `${locale}/${kind}`;
}

/** Every edition's folders, English first. */
export function contentFolders(): { locale: Locale; kind: ContentKind; folder: string }[] {
  return LOCALES.flatMap((locale) => CONTENT_KINDS.map((kind) => ({ locale, kind, folder: contentFolder(locale, kind) })));
}

/**
 * Whether a file name is a page's: Markdown or MDX. (Which of the two a kind accepts is the
 * pre-flight's business: src/lib/content-files.ts.)
 * @example isPageFileName('colo.mdx') // → true
 */
export function isPageFileName(name: string): boolean {
  return /\.mdx?$/.test(name);
}

/**
 * The place of a page file from its path relative to the content root: its edition, its kind and
 * its file name, or undefined for a file that is not where pages are (a sub-folder, another folder).
 * @example contentPlaceOf('ru/features/colo.mdx') // → { locale: 'ru', kind: 'features', name: 'colo.mdx' }
 */
export function contentPlaceOf(relativePath: string): { locale: Locale; kind: ContentKind; name: string } | undefined {
  const parts = relativePath.replace(/\\/g, '/').split('/');
  const [first, second, third] = parts;
  const isKind = (value: string | undefined): value is ContentKind => (CONTENT_KINDS as readonly string[]).includes(value ?? '');
  if (parts.length === 2 && isKind(first)) return { locale: DEFAULT_LOCALE, kind: first, name: second! };
  if (parts.length === 3 && isKind(second) && first !== DEFAULT_LOCALE && toLocale(first) === first) return { locale: first as Locale, kind: second, name: third! };
  return undefined;
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
  return contentPlaceOf(file.slice(root.length))?.locale ?? DEFAULT_LOCALE;
}
