/**
 * The MDX fast path (src/markdown/fast-path/mdx-loader.ts) renders MDX pages itself, while content syncs; the
 * standard path is @astrojs/mdx's module per page. Both must publish the same site: every HTML file
 * of both editions, built from the real pages, their Russian translations (two left untranslated, so
 * the Russian edition shows their English text) and the fixture that exercises MDX
 * (tests/fixtures/mdx/), is compared as the DOM a browser builds (tests/helpers/canonical-html.ts,
 * parse5): character references decoded, attributes sorted, nothing else normalised. The fixture's
 * fast-path HTML is also a committed file, so an Astro, @astrojs/mdx or Sätteri upgrade that changes
 * both paths alike still shows up as a diff here.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';
import { root } from '../helpers/built-site.ts';
import { canonicalHtml } from '../helpers/canonical-html.ts';
import { listOutputFiles } from '../../src/build/read-built-site.ts';

const fixturePages = readdirSync(path.join(root, 'tests/fixtures/mdx/features'));
/** Pages whose Russian translation is left out of the build: one with a diagram, one with an aside. */
const untranslated = ['colo', 'backup-compression'];

/** Where two texts first differ, with some context on each side, for a failure that can be read. */
function firstDifference(a: string, b: string): string {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 80), at + 80));
  return `at character ${at}:\n    fast:     ${around(a)}\n    standard: ${around(b)}`;
}

describe('MDX pages render the same through the fast path and through @astrojs/mdx', () => {
  const built = { fast: '', standard: '' };
  const htmlFiles = { fast: [] as string[], standard: [] as string[] };
  // The fast path's content store and the pages' HTML beside it, as the fast build left them.
  const cache = { store: '', html: [] as string[] };

  beforeAll(async () => {
    // In a copy of the project: its own content store, so neither build reuses the other's pages.
    const fixture = fixtureBuild();
    const features = path.join(fixture.contentDir, 'features');
    rmSync(features, { recursive: true });
    cpSync(path.join(root, 'content/features'), features, { recursive: true });
    cpSync(path.join(root, 'tests/fixtures/mdx/features'), features, { recursive: true });
    cpSync(path.join(root, 'content/ru'), path.join(fixture.contentDir, 'ru'), { recursive: true });
    for (const slug of untranslated) rmSync(path.join(fixture.contentDir, 'ru/features', `${slug}.mdx`));
    for (const mdxPath of ['fast', 'standard'] as const) {
      const result = fixture.astroBuild({ MDX_PATH: mdxPath }, `site-${mdxPath}`);
      expect(result.status, result.output).toBe(0);
      built[mdxPath] = result.outDir;
      htmlFiles[mdxPath] = (await listOutputFiles(result.outDir)).filter((file) => file.endsWith('.html'));
      if (mdxPath === 'fast') {
        const cacheDir = path.join(fixture.projectDir, 'node_modules', '.astro');
        cache.store = readFileSync(path.join(cacheDir, 'data-store.json'), 'utf8');
        const htmlFolder = path.join(cacheDir, 'qemu-docs-html');
        cache.html = readdirSync(htmlFolder).map((name) => readFileSync(path.join(htmlFolder, name), 'utf8'));
      }
    }
  });

  const read = (site: string, file: string) => readFileSync(path.join(site, file), 'utf8');
  const page = (site: string, slug: string, edition = '') => read(site, `${edition}/features/${slug}/index.html`);

  test('both paths publish the same HTML files, in both editions', () => {
    expect(htmlFiles.fast).toEqual(htmlFiles.standard);
    for (const file of ['/features/colo/index.html', '/ru/features/colo/index.html', '/ru/features/vhost-vsock/index.html', '/features/mdx-coverage/index.html', '/ru/features/mdx-coverage/index.html']) {
      expect(htmlFiles.fast).toContain(file);
    }
  });

  test('every HTML file is the same DOM on both paths', () => {
    const different = htmlFiles.fast.flatMap((file) => {
      const fast = canonicalHtml(read(built.fast, file));
      const standard = canonicalHtml(read(built.standard, file));
      return fast === standard ? [] : [`${file} ${firstDifference(fast, standard)}`];
    });
    expect(different.join('\n')).toBe('');
    for (const slug of ['colo', 'mdx-coverage']) expect(canonicalHtml(page(built.fast, slug), 'prose')).not.toBe('<div class="prose"></div>');
  });

  test.each(['fast', 'standard'] as const)('on the %s path, an untranslated page of the Russian edition shows its components in English, as its text; a translated one in Russian', (mdxPath) => {
    // The English text sits in a lang="en" block: a Russian label inside it would be read out as English.
    const colo = canonicalHtml(page(built[mdxPath], 'colo', '/ru'), 'prose');
    expect(colo).toMatch(/^<div class="prose[^"]*" lang="en">/);
    expect(colo).toContain('<figure class="colo-diagram">');
    expect(colo).not.toMatch(/[А-Яа-яЁё]/);
    const aside = canonicalHtml(page(built[mdxPath], 'backup-compression', '/ru'), 'prose');
    expect(aside).toContain('aria-label="Note"');
    expect(aside).not.toContain('Примечание');
    // Translated pages keep their components in Russian.
    expect(canonicalHtml(page(built[mdxPath], 'qemu-img-dd', '/ru'), 'prose')).toContain('aria-label="Примечание"');
    expect(canonicalHtml(page(built[mdxPath], 'vhost-vsock', '/ru'), 'prose')).toMatch(/<title id="[^"]*">[^<]*[А-Яа-яЁё]/);
  });

  test('the fixture prints what it printed when last reviewed', async () => {
    for (const name of fixturePages) {
      const slug = name.replace(/\.mdx$/, '');
      // One element a line, so a change reads as a diff of a few lines.
      const prose = canonicalHtml(page(built.fast, slug), 'prose').replace(/></g, '>\n<');
      await expect(prose).toMatchFileSnapshot(path.join(root, 'tests/fixtures/mdx/expected', `${slug}.html`));
    }
  });

  test('the content store Astro bundles holds no page\'s text: each page\'s HTML is a file of its own beside it', () => {
    // What keeps a large build's memory down (src/markdown/fast-path/page-html.ts): Astro bundles the store and loads it whole.
    for (const slug of ['colo', 'vhost-vsock']) {
      const paragraph = /class="prose[^"]*"[^>]*>[\s\S]*?<p>([^<&]{40,})/.exec(page(built.fast, slug))?.[1]?.slice(0, 60);
      expect(paragraph, slug).toBeDefined();
      expect(cache.store.includes(paragraph!), slug).toBe(false);
      expect(cache.html.some((html) => html.includes(paragraph!)), slug).toBe(true);
    }
  });
});
