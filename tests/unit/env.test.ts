import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseEnv, projectRoot } from '../../src/config/env.ts';
import { outDirProblem } from '../../src/config/out-dir.ts';

const root = '/work/site';

describe('outDirProblem', () => {
  test('allows dist, a sibling folder, and a folder elsewhere', () => {
    for (const out of ['/work/site/dist', '/work/site/build/out', '/work/site-out', '/tmp/qemu-docs-site']) expect(outDirProblem(out, { root }), out).toBeUndefined();
  });
  test('refuses the project folder and its parents', () => {
    expect(outDirProblem('/work/site', { root })).toMatch(/is the project folder itself/);
    expect(outDirProblem('/work/site/', { root })).toMatch(/is the project folder itself/);
    expect(outDirProblem('/work', { root })).toMatch(/holds the project folder/);
    expect(outDirProblem('/', { root })).toMatch(/holds the project folder/);
  });
  test('refuses the folders that hold work, and anything inside them', () => {
    for (const folder of ['src', 'content', 'public', 'scripts', 'tests', 'node_modules', '.git', '.astro']) {
      expect(outDirProblem(`/work/site/${folder}`, { root }), folder).toMatch(new RegExp(`is inside ${folder.replace('.', '\\.')}/`));
      expect(outDirProblem(`/work/site/${folder}/deep/out`, { root }), folder).toMatch(/is inside/);
    }
  });
  test('a name that only starts like a protected folder is fine', () => {
    expect(outDirProblem('/work/site/content-site', { root })).toBeUndefined();
    expect(outDirProblem('/work/site/src.out', { root })).toBeUndefined();
  });
  test('refuses a content folder outside the project, or one of its parents', () => {
    expect(outDirProblem('/tmp/x/content', { root, contentDir: '/tmp/x/content' })).toMatch(/content folder/);
    expect(outDirProblem('/tmp/x', { root, contentDir: '/tmp/x/content' })).toMatch(/content folder/);
    expect(outDirProblem('/tmp/x/dist', { root, contentDir: '/tmp/x/content' })).toBeUndefined();
  });
});

describe('parseEnv', () => {
  test('defaults, relative to the project', () => {
    expect(parseEnv({}, root)).toEqual({ outDir: '/work/site/dist', contentDir: '/work/site/content', base: '/', site: 'https://qemu-2-8.example.org', redirectsHost: 'cloudflare', mdxPath: 'fast', searchShardPages: 5000 });
  });
  test('SEARCH_SHARD_PAGES sizes the bundles of a search index, and refuses anything but a whole number of pages', () => {
    expect(parseEnv({ SEARCH_SHARD_PAGES: '10' }, root).searchShardPages).toBe(10);
    for (const bad of ['0', '2.5', '1e3', 'many']) expect(() => parseEnv({ SEARCH_SHARD_PAGES: bad }, root)).toThrow(/SEARCH_SHARD_PAGES=".*": must be a whole number of pages/);
  });
  test('MDX_PATH chooses how MDX pages render, and refuses anything but fast or standard', () => {
    expect(parseEnv({ MDX_PATH: 'standard' }, root).mdxPath).toBe('standard');
    expect(() => parseEnv({ MDX_PATH: 'slow' }, root)).toThrow(/MDX_PATH="slow": must be fast or standard/);
  });
  test('an empty value counts as unset', () => {
    expect(parseEnv({ OUT_DIR: '', CONTENT_DIR: '', BASE_PATH: '', SITE_URL: '' }, root)).toEqual(parseEnv({}, root));
  });
  test('takes relative and absolute folders, a sub-path and an origin', () => {
    expect(parseEnv({ OUT_DIR: 'out/site', CONTENT_DIR: '/tmp/c', BASE_PATH: '/qemu-docs/', SITE_URL: 'https://user.github.io/' }, root)).toEqual({
      outDir: '/work/site/out/site',
      contentDir: '/tmp/c',
      base: '/qemu-docs/',
      site: 'https://user.github.io',
      redirectsHost: 'cloudflare',
      mdxPath: 'fast',
      searchShardPages: 5000,
    });
  });
  test('refuses an output folder that would replace work, naming the variable and a way out', () => {
    expect(() => parseEnv({ OUT_DIR: 'content' }, root)).toThrow(/OUT_DIR="content": is inside content\/.*such as dist/);
    expect(() => parseEnv({ OUT_DIR: '.' }, root)).toThrow(/OUT_DIR=".": is the project folder itself/);
    expect(() => parseEnv({ OUT_DIR: '..' }, root)).toThrow(/OUT_DIR="..": holds the project folder/);
  });
  test('BASE_PATH must start and end with a slash, and be a plain path', () => {
    expect(() => parseEnv({ BASE_PATH: 'docs' }, root)).toThrow(/BASE_PATH="docs": must start and end with "\/", like "\/docs\/"/);
    expect(() => parseEnv({ BASE_PATH: '/docs' }, root)).toThrow(/BASE_PATH="\/docs": must start and end/);
    for (const bad of ['//', '/a b/', '/a?x/', '/a#b/']) expect(() => parseEnv({ BASE_PATH: bad }, root), bad).toThrow(/BASE_PATH.*plain URL path/);
  });
  test('SITE_URL must be an absolute http(s) origin', () => {
    expect(() => parseEnv({ SITE_URL: 'docs.example.org' }, root)).toThrow(/SITE_URL="docs.example.org": must be an absolute URL/);
    expect(() => parseEnv({ SITE_URL: 'ftp://docs.example.org' }, root)).toThrow(/must be an http or https URL, not ftp:/);
    expect(() => parseEnv({ SITE_URL: 'https://user.github.io/repo/' }, root)).toThrow(/origin only, such as "https:\/\/user.github.io"; put a sub-path in BASE_PATH/);
  });
  test('EDIT_BASE_URL is optional, and when set an http(s) URL ending in "/" that a path can follow', () => {
    expect(parseEnv({}, root)).not.toHaveProperty('editBaseUrl');
    expect(parseEnv({ EDIT_BASE_URL: '' }, root)).not.toHaveProperty('editBaseUrl');
    expect(parseEnv({ EDIT_BASE_URL: 'https://github.com/org/repo/edit/main/' }, root).editBaseUrl).toBe('https://github.com/org/repo/edit/main/');
    expect(() => parseEnv({ EDIT_BASE_URL: 'github.com/org/repo' }, root)).toThrow(/EDIT_BASE_URL="github.com\/org\/repo": must be an absolute URL/);
    expect(() => parseEnv({ EDIT_BASE_URL: 'https://github.com/org/repo/edit/main' }, root)).toThrow(/must end with "\/", like "https:\/\/github.com\/org\/repo\/edit\/main\/"/);
    expect(() => parseEnv({ EDIT_BASE_URL: 'https://example.org/edit/?file=' }, root)).toThrow(/must not have a "\?" query/);
    expect(() => parseEnv({ EDIT_BASE_URL: 'javascript:alert(1)//' }, root)).toThrow(/must be an http or https URL, not javascript:/);
  });
  test('lists every bad value in one error', () => {
    expect(() => parseEnv({ OUT_DIR: 'src', BASE_PATH: 'x', SITE_URL: 'nope' }, root)).toThrow(/OUT_DIR[^]*BASE_PATH[^]*SITE_URL/);
  });
});

test('the project root is the folder of package.json', () => {
  expect(projectRoot).toBe(path.resolve(import.meta.dirname, '../..'));
});

describe('the host that reads _redirects', () => {
  test("Netlify's builds get forced rules; everywhere else the plain form", () => {
    expect(parseEnv({ NETLIFY: 'true' }, '/work/site').redirectsHost).toBe('netlify');
    expect(parseEnv({}, '/work/site').redirectsHost).toBe('cloudflare');
    expect(parseEnv({ NETLIFY: '' }, '/work/site').redirectsHost).toBe('cloudflare');
  });
});
