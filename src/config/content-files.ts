/**
 * The files in the content folders, read from disk: the Node side of src/lib/content-layout.ts,
 * for the content cache, the translation tools and the tests.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { contentFolders, type ContentKind } from '../lib/content-layout.ts';
import type { Locale } from '../lib/i18n.ts';

export interface ListedContentFile {
  locale: Locale;
  kind: ContentKind;
  /** The file's name, `colo.mdx`. */
  name: string;
  /** Its absolute path. */
  path: string;
}

/**
 * Every file directly in every edition's content folders (Astro's loader reads no sub-folder),
 * sorted by name within each folder; a folder that does not exist has none. Pages and anything
 * else: filter with isPageFileName where only pages count.
 * @example listContentFiles('/p/content').filter((file) => file.locale === 'ru')
 */
export function listContentFiles(contentDir: string): ListedContentFile[] {
  return contentFolders().flatMap(({ locale, kind, folder }) => {
    const dir = path.join(contentDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort()
      .map((name) => ({ locale, kind, name, path: path.join(dir, name) }));
  });
}
