import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import type { BuiltPage } from '../lib/link-check.ts';
import { parseContent, walkContent } from '../markdown/content-ast.ts';

/** Every file under `dir`, as site paths (`/features/colo/index.html`). */
export async function listOutputFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .sort();
}

/**
 * Parses one built page for its ids, links and security policy, with a real HTML parser rather than
 * regular expressions. Everything the finished-site checks need comes from this one pass.
 */
export function readBuiltPage(sitePath: string, html: string, base = '/'): BuiltPage {
  const ids = new Set<string>();
  const anchors = new Set<string>();
  const links: string[] = [];
  let redirectTo: string | undefined;
  let contentSecurityPolicy: string | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes['id']) ids.add(attributes['id']);
      if (name === 'a' && attributes['name']) ids.add(attributes['name']);
      const id = attributes['id'];
      if (id && (name === 'h2' || name === 'h3' || (attributes['class'] ?? '').split(' ').includes('anchor-alias'))) anchors.add(id);
      if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
        redirectTo = /url=(.*)$/i.exec(attributes['content'] ?? '')?.[1]?.trim();
      }
      if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') contentSecurityPolicy = attributes['content'];
      const href = attributes['href'];
      if (href !== undefined && (name === 'a' || name === 'link' || name === 'area')) links.push(href);
      const src = attributes['src'];
      if (src !== undefined) links.push(src);
    },
  });
  parser.end(html);
  // Redirect targets are written with the deploy base; pages are known by base-less site paths.
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const target = redirectTo?.startsWith(prefix) ? `/${redirectTo.slice(prefix.length)}` : redirectTo;
  return { path: sitePath.replace(/index\.html$/, ''), ids, links, anchors, redirectTo: target, contentSecurityPolicy };
}

/**
 * Pages read at once. Reading all of them at once opened every file together and failed with EMFILE
 * at 10,000 pages; a few dozen keep the disk busy while the parser works.
 */
const OPEN_AT_ONCE = 32;

/** Reads every HTML page of a built site, a few at a time, keeping only what the checks need of each. */
export async function readBuiltSite(dir: string, base = '/'): Promise<{ files: string[]; pages: BuiltPage[] }> {
  const files = await listOutputFiles(dir);
  const html = files.filter((file) => file.endsWith('.html'));
  const pages: BuiltPage[] = new Array(html.length);
  let next = 0;
  const worker = async () => {
    while (next < html.length) {
      const index = next++;
      const file = html[index]!;
      pages[index] = readBuiltPage(file, await readFile(path.join(dir, file), 'utf8'), base);
    }
  };
  await Promise.all(Array.from({ length: Math.min(OPEN_AT_ONCE, html.length) }, worker));
  return { files, pages };
}

/**
 * The Markdown outputs (the feature pages' `index.md` copies and `llms.txt`) as the link check sees
 * them: their links, read with the content parser; they have no ids to link to.
 */
export function readBuiltDocument(sitePath: string, markdown: string): BuiltPage {
  const links: string[] = [];
  for (const { node } of walkContent(parseContent(markdown, 'md').tree)) if (node.type === 'link' || node.type === 'definition') links.push(node.url);
  return { path: sitePath, ids: new Set(), links, anchors: new Set() };
}

/** Reads every `.md` and `.txt` file of a built site for its links. */
export async function readBuiltDocuments(dir: string, files: readonly string[]): Promise<BuiltPage[]> {
  const documents = files.filter((file) => /\.(md|txt)$/.test(file));
  return Promise.all(documents.map(async (file) => readBuiltDocument(file, await readFile(path.join(dir, file), 'utf8'))));
}
