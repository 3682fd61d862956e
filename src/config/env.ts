/**
 * The environment that configures a build, parsed and checked once: every module that needs one of
 * these reads it here, never from `process.env`, so an empty or wrong value fails the same way
 * everywhere, before anything is written.
 *
 * - `OUT_DIR`: where `npm run build` publishes the site (default `dist`, relative to the project).
 * - `CONTENT_DIR`: the content to build (default `content`); tests and the benchmark build copies.
 * - `BASE_PATH`: the sub-path the site is served under (default `/`), such as `/qemu-docs/`.
 * - `SITE_URL`: the origin of canonical and Open Graph URLs (default `https://qemu-2-8.example.org`).
 *
 * - `EDIT_BASE_URL`: where a page's source can be edited, such as
 *   `https://github.com/<org>/<repo>/edit/main/`; the path of the file in the project is appended to
 *   it. Unset (the default), pages have no "Edit this page" link.
 *
 * - `NETLIFY`: set to `true` by Netlify's builds; `_redirects` then forces its rules.
 * - `MDX_PATH`: `fast` (default) renders MDX pages while content syncs (src/markdown/fast-path/mdx-loader.ts);
 *   `standard` leaves them to @astrojs/mdx, one module per page. For the differential test and the
 *   benchmark, which compare the two.
 * - `SEARCH_SHARD_PAGES`: at most this many pages in one bundle of an edition's search index
 *   (default 5000; src/lib/search-shards.ts). Tests set it low to build a small site in shards.
 *
 * An empty value counts as unset: `OUT_DIR=$DEPLOY_DIR` with the variable unset must not mean "here".
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RedirectsHost } from '../lib/redirects.ts';
import { outDirProblem } from './out-dir.ts';
import { DEFAULT_PAGES_PER_SEARCH_SHARD } from '../lib/search-shards.ts';

export interface ProjectEnv {
  /** Absolute folder the site is published to. */
  outDir: string;
  /** Absolute folder holding `features/` and `architectures/`. */
  contentDir: string;
  /** The sub-path the site is served under, starting and ending with `/`. */
  base: string;
  /** The origin the site is served from, like `https://docs.example.org`, without a trailing slash. */
  site: string;
  /** Which host's form `_redirects` takes: Netlify's builds set `NETLIFY=true` (src/lib/redirects.ts). */
  redirectsHost: RedirectsHost;
  /** How MDX pages are rendered: `fast` while content syncs, `standard` by @astrojs/mdx (`MDX_PATH`). */
  mdxPath: 'fast' | 'standard';
  /** At most this many pages in one bundle of an edition's search index (`SEARCH_SHARD_PAGES`). */
  searchShardPages: number;
  /** The URL a content file's path in the project is appended to for "Edit this page"; unset, no link. */
  editBaseUrl?: string;
}

export const DEFAULT_SITE_URL = 'https://qemu-2-8.example.org';

/** The project folder: this file is src/config/env.ts. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url)).replace(/[\\/]$/, '');

/** A value, or undefined when it is missing or empty. */
const value = (vars: Readonly<Record<string, string | undefined>>, name: string) => (vars[name] === '' ? undefined : vars[name]);

function basePathProblem(base: string): string | undefined {
  if (!base.startsWith('/') || !base.endsWith('/')) return `must start and end with "/", like "/${base.replace(/^\/+|\/+$/g, '') || 'docs'}/"`;
  if (base.includes('//') || new URL(base, 'http://x').pathname !== base) return 'must be a plain URL path such as "/qemu-docs/": no "//", spaces, "?" or "#"';
  return undefined;
}

/** The URL, or why it is not an absolute http(s) URL (`example` shows one that is). */
function httpUrl(text: string, example: string): URL | string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `must be an absolute URL such as "${example}"`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must be an http or https URL, not ${url.protocol}`;
  return url;
}

function siteUrlProblem(site: string): string | undefined {
  const url = httpUrl(site, 'https://docs.example.org');
  if (typeof url === 'string') return url;
  // Canonical URLs are built as new URL(pathname, site), which drops any path of the site.
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) return `must be an origin only, such as "${url.origin}"; put a sub-path in BASE_PATH`;
  return undefined;
}

function editBaseUrlProblem(text: string): string | undefined {
  const url = httpUrl(text, 'https://github.com/org/repo/edit/main/');
  if (typeof url === 'string') return url;
  // The file's path is appended: a query or fragment would end up in front of it.
  if (url.search || url.hash) return 'must not have a "?" query or "#" fragment: the file\'s path is appended to it';
  if (!text.endsWith('/')) return `must end with "/", like "${text}/"`;
  return undefined;
}

/**
 * Reads the variables, with defaults, and throws one error that lists every bad value and what
 * to use instead.
 * @example parseEnv({ OUT_DIR: '', BASE_PATH: '/docs/' }, '/work/site').outDir // → '/work/site/dist'
 */
export function parseEnv(vars: Readonly<Record<string, string | undefined>>, root: string): ProjectEnv {
  const outDir = path.resolve(root, value(vars, 'OUT_DIR') ?? 'dist');
  const contentDir = path.resolve(root, value(vars, 'CONTENT_DIR') ?? 'content');
  const base = value(vars, 'BASE_PATH') ?? '/';
  const site = value(vars, 'SITE_URL') ?? DEFAULT_SITE_URL;
  const mdxPath = value(vars, 'MDX_PATH') ?? 'fast';
  const editBaseUrl = value(vars, 'EDIT_BASE_URL');
  const searchShardPages = value(vars, 'SEARCH_SHARD_PAGES') ?? String(DEFAULT_PAGES_PER_SEARCH_SHARD);
  const problems = [
    ['OUT_DIR', outDirProblem(outDir, { root, contentDir }), 'choose a folder of its own, such as dist (the default) or /tmp/qemu-docs-site'],
    ['BASE_PATH', basePathProblem(base), '"/" serves the site from the root of its host'],
    ['SITE_URL', siteUrlProblem(site), 'it gives canonical and Open Graph URLs their host'],
    ['MDX_PATH', mdxPath === 'fast' || mdxPath === 'standard' ? undefined : 'must be fast or standard', 'fast, the default, renders MDX while content syncs; standard compiles a module per page'],
    ['SEARCH_SHARD_PAGES', /^[1-9]\d*$/.test(searchShardPages) ? undefined : 'must be a whole number of pages, 1 or more', `${DEFAULT_PAGES_PER_SEARCH_SHARD}, the default, keeps the indexer near 1.8 GB`],
    ['EDIT_BASE_URL', editBaseUrl === undefined ? undefined : editBaseUrlProblem(editBaseUrl), 'leave it unset for pages without an "Edit this page" link'],
  ]
    .filter(([, problem]) => problem !== undefined)
    .map(([name, problem, hint]) => `  ${name}=${JSON.stringify(vars[name as string] ?? '')}: ${problem} (${hint}).`);
  if (problems.length > 0) throw new Error(`Bad environment (variables are read in src/config/env.ts):\n${problems.join('\n')}`);
  return {
    outDir,
    contentDir,
    base,
    site: new URL(site).origin,
    redirectsHost: vars['NETLIFY'] === 'true' ? 'netlify' : 'cloudflare',
    mdxPath: mdxPath as ProjectEnv['mdxPath'],
    searchShardPages: Number(searchShardPages),
    ...(editBaseUrl === undefined ? {} : { editBaseUrl }),
  };
}

let parsed: ProjectEnv | undefined;

/** The environment of this process, parsed on first use. */
export function projectEnv(): ProjectEnv {
  parsed ??= parseEnv(process.env, projectRoot);
  return parsed;
}
