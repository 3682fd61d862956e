/**
 * The rendered HTML of the pages, kept in files beside Astro's content store instead of inside it.
 *
 * Why: Astro bundles the whole content store into the build as one module and imports it to render
 * the pages, so every page's HTML was in memory several times over: in the store, in the bundler,
 * in the module's source and in the parsed data. At 10,000 synthetic pages the store was about
 * 120 MB, and bundling it raised the build's memory by 1.2 GB. With the HTML in a file per page, the
 * store keeps each page's headings, data and the file's name, and a page reads its own HTML when it
 * renders (src/data/page-body.ts): one page's HTML in memory at a time. The dev server gains too:
 * it re-imports the store after every save.
 *
 * A file is named by the hash of its HTML, so a file never changes once written and an entry can
 * never point at another version's HTML. The folder sits beside the store and is emptied with it
 * (src/integrations/content-cache.ts); until then a page saved under `astro dev` leaves its earlier
 * files behind, a few kilobytes a save.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the rendered pages beside a content store in `storeDir` (Astro's cacheDir, or .astro/ under `astro dev`). */
export const pageHtmlFolder = (storeDir: URL) => fileURLToPath(new URL('qemu-docs-html/', storeDir));

/**
 * Writes a page's HTML into `folder` and returns the file's path. An existing file already holds
 * the same HTML; a new one is written under a temporary name and renamed, so a build stopped
 * half-way never leaves a truncated page behind a valid name. Two pages with the same HTML (Astro
 * renders pages concurrently) each write a temporary file of their own, so neither renames the
 * other's away; whichever rename lands last replaces a file with the same bytes.
 */
export async function storePageHtml(folder: string, html: string): Promise<string> {
  const file = path.join(folder, `${createHash('sha256').update(html).digest('hex').slice(0, 32)}.html`);
  if (existsSync(file)) return file;
  await mkdir(folder, { recursive: true });
  const partial = `${file}.${randomUUID()}.partial`;
  await writeFile(partial, html);
  try {
    await rename(partial, file);
  } catch (error) {
    // Where a rename cannot replace a file (Windows, while another page's write holds it open), the
    // file that is there already holds this HTML: it is named by its hash.
    await rm(partial, { force: true });
    if (!existsSync(file)) throw error;
  }
  return file;
}

/** The HTML of the page rendered from `source`, read back from `file`; a missing file names the way out. */
export async function readPageHtml(file: string, source: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`The rendered HTML of ${source} is missing (${file}): part of the content cache was deleted while its store was kept. Delete ${path.dirname(path.dirname(file))} and build again.`, { cause: error });
  }
}
