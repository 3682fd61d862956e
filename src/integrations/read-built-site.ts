import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import type { BuiltPage } from '../lib/link-check.ts';

/** Every file under `dir`, as site paths (`/features/colo/index.html`). */
export async function listOutputFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .sort();
}

/** Parses one built page for its ids and links, with a real HTML parser rather than regular expressions. */
export function readBuiltPage(sitePath: string, html: string): BuiltPage {
  const ids = new Set<string>();
  const links: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes['id']) ids.add(attributes['id']);
      if (name === 'a' && attributes['name']) ids.add(attributes['name']);
      const href = attributes['href'];
      if (href !== undefined && (name === 'a' || name === 'link' || name === 'area')) links.push(href);
      const src = attributes['src'];
      if (src !== undefined) links.push(src);
    },
  });
  parser.end(html);
  return { path: sitePath.replace(/index\.html$/, ''), ids, links };
}

/** Reads every HTML page of a built site. */
export async function readBuiltSite(dir: string): Promise<{ files: string[]; pages: BuiltPage[] }> {
  const files = await listOutputFiles(dir);
  const pages = await Promise.all(
    files.filter((file) => file.endsWith('.html')).map(async (file) => readBuiltPage(file, await readFile(path.join(dir, file), 'utf8'))),
  );
  return { files, pages };
}
