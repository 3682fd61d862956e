import type { ContentProblem } from './content-graph.ts';
import { isSlug } from './slug.ts';

/** A file found in a content folder, as the pre-flight check sees it. */
export interface ContentFile {
  /** Path relative to the project root, for messages. */
  path: string;
  /** File name inside its collection folder. */
  name: string;
  bytes: Uint8Array;
}

/** Larger pages are almost always a paste accident, and they slow every build and search. */
export const MAX_PAGE_BYTES = 256 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a page file (.md or .mdx) the page checks can read, or undefined for any other file
 * and for bytes that are not UTF-8: checkContentFiles reports those.
 * @example pageText({ path: 'content/features/a.md', name: 'a.md', bytes: new TextEncoder().encode('# A') }) // → '# A'
 */
export function pageText(file: ContentFile): string | undefined {
  if (!/\.mdx?$/.test(file.name)) return undefined;
  try {
    return strictUtf8.decode(file.bytes);
  } catch {
    return undefined;
  }
}


/**
 * Checks the files of one collection before Astro reads them, for the mistakes Astro reports
 * poorly or not at all: a wrong extension (silently ignored), a name that is not a slug, two files
 * that would get one URL, an empty file, bytes that are not UTF-8, an oversized page.
 * @example checkContentFiles(files, ['md', 'mdx']) // → [] when all is well
 */
export function checkContentFiles(files: readonly ContentFile[], extensions: readonly ('md' | 'mdx')[]): ContentProblem[] {
  const allowed = extensions.map((extension) => `.${extension}`).join(' or ');
  const problems: ContentProblem[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const owners = new Map<string, string>();
  for (const file of files) {
    if (file.name.startsWith('.')) continue;
    const stem = file.name.replace(/\.[^.]*$/, '');
    const extension = extensions.find((candidate) => file.name.endsWith(`.${candidate}`));
    if (!extension) {
      problems.push({ file: file.path, field: '(file name)', message: `must end in ${allowed}; a file with another ending is not published. Rename it to ${stem}.${extensions[0]}.` });
      continue;
    }
    if (!isSlug(stem)) {
      problems.push({ file: file.path, field: '(file name)', message: `"${stem}" is not a slug. The file name is the URL: use lowercase letters, digits and single hyphens, like "vhost-vsock.${extension}".` });
    }
    const id = stem.toLowerCase();
    const owner = owners.get(id);
    if (owner) {
      problems.push({ file: file.path, field: '(file name)', message: `gives the same URL as ${owner}. Two pages cannot share a slug: rename one of them.` });
    }
    owners.set(id, file.path);
    if (file.bytes.length === 0 || new TextDecoder().decode(file.bytes).trim() === '') {
      problems.push({ file: file.path, field: '(file)', message: 'is empty. Write the frontmatter and the page, or delete the file (`npm run new -- <slug>` scaffolds one).' });
      continue;
    }
    if (file.bytes.length > MAX_PAGE_BYTES) {
      problems.push({ file: file.path, field: '(file)', message: `is ${Math.round(file.bytes.length / 1024)} KiB; a page may be at most ${MAX_PAGE_BYTES / 1024} KiB. Split it into several feature pages or remove pasted output.` });
    }
    try {
      decoder.decode(file.bytes);
    } catch {
      problems.push({ file: `${file.path}:${lineOfFirstInvalidByte(file.bytes)}`, field: '(encoding)', message: 'is not valid UTF-8. Save the file as UTF-8 (the line named is where the first bad byte is).' });
    }
  }
  return problems;
}

/** The line of the first byte that UTF-8 cannot decode: a lenient decode marks it with U+FFFD. */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const at = text.indexOf('\uFFFD');
  return text.slice(0, Math.max(at, 0)).split('\n').length;
}
