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
 * A keeper of the strings a BuiltPage holds: a copy of each distinct value, shared by every page
 * that has it. Why: the parser's strings are slices of the page's text, and V8 keeps the whole
 * text alive for as long as one slice lives, so every page read stayed in memory until the checks
 * ended (measured on the colo page: 126 KB held per page read, 7.6 KB with copies; over a gigabyte
 * at 10,000 synthetic pages). One copy per value also keeps the links all pages share (header,
 * footer, navigation) once.
 */
export function stringKeeper(): (value: string) => string {
  const kept = new Map<string, string>();
  return (value) => {
    let copy = kept.get(value);
    if (copy === undefined) {
      // Through bytes and back: a new string of its own, not a slice of the page.
      copy = Buffer.from(value, 'utf8').toString('utf8');
      kept.set(copy, copy);
    }
    return copy;
  };
}

/**
 * Parses one built page for its ids, links and security policy, with a real HTML parser rather than
 * regular expressions. Everything the finished-site checks need comes from this one pass, kept as
 * strings of their own (`keep`), so the page's text can go.
 */
export function readBuiltPage(sitePath: string, html: string, base = '/', keep = stringKeeper()): BuiltPage {
  const ids = new Set<string>();
  const anchors = new Set<string>();
  const links: string[] = [];
  let redirectTo: string | undefined;
  let contentSecurityPolicy: string | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes['id']) ids.add(keep(attributes['id']));
      if (name === 'a' && attributes['name']) ids.add(keep(attributes['name']));
      const id = attributes['id'];
      if (id && (name === 'h2' || name === 'h3' || (attributes['class'] ?? '').split(' ').includes('anchor-alias'))) anchors.add(keep(id));
      if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
        const target = /url=(.*)$/i.exec(attributes['content'] ?? '')?.[1]?.trim();
        redirectTo = target === undefined ? undefined : keep(target);
      }
      if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') contentSecurityPolicy = keep(attributes['content'] ?? '');
      const href = attributes['href'];
      if (href !== undefined && (name === 'a' || name === 'link' || name === 'area')) links.push(keep(href));
      const src = attributes['src'];
      if (src !== undefined) links.push(keep(src));
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
  const keep = stringKeeper();
  const pages = await readEach(dir, html, (file, text) => readBuiltPage(file, text, base, keep));
  return { files, pages };
}

/**
 * `read` over the text of each file under `dir`, OPEN_AT_ONCE files at a time (all at once fails with
 * EMFILE on a large site), the results in order. `read` may be async; its file then counts as open
 * until it settles.
 */
export async function readEach<T>(dir: string, files: readonly string[], read: (file: string, text: string) => T | Promise<T>): Promise<T[]> {
  const results: T[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      results[index] = await read(file, await readFile(path.join(dir, file), 'utf8'));
    }
  };
  await Promise.all(Array.from({ length: Math.min(OPEN_AT_ONCE, files.length) }, worker));
  return results;
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
  // A few at a time, as the pages: all at once opened 10,000 files together at 10,000 pages.
  return readEach(dir, files.filter((file) => /\.(md|txt)$/.test(file)), readBuiltDocument);
}
