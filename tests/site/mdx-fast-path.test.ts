/**
 * The MDX fast path (src/markdown/mdx-loader.ts) renders MDX pages itself, while content syncs; the
 * standard path is @astrojs/mdx's module per page. Every real page and the fixture that exercises
 * MDX (tests/fixtures/mdx/) must come out of both as the same page. Compared as the DOM a browser
 * builds (tests/helpers/canonical-html.ts): character references decoded, attributes sorted,
 * nothing else normalised. The fixture's fast-path HTML is also a committed file, so an Astro,
 * @astrojs/mdx or Sätteri upgrade that changes both paths alike still shows up as a diff here.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';
import { root } from '../helpers/built-site.ts';
import { canonicalHtml } from '../helpers/canonical-html.ts';

const realPages = readdirSync(path.join(root, 'content/features')).filter((name) => name.endsWith('.mdx'));
const fixturePages = readdirSync(path.join(root, 'tests/fixtures/mdx/features'));
const slugs = [...realPages, ...fixturePages].map((name) => name.replace(/\.mdx$/, '')).sort();

describe('MDX pages render the same through the fast path and through @astrojs/mdx', () => {
  const built = { fast: '', standard: '' };
  // The fast path's content store and the pages' HTML beside it, as the fast build left them.
  const cache = { store: '', html: [] as string[] };

  beforeAll(() => {
    // In a copy of the project: its own content store, so neither build reuses the other's pages.
    const fixture = fixtureBuild();
    const features = path.join(fixture.contentDir, 'features');
    rmSync(features, { recursive: true });
    cpSync(path.join(root, 'content/features'), features, { recursive: true });
    cpSync(path.join(root, 'tests/fixtures/mdx/features'), features, { recursive: true });
    for (const mdxPath of ['fast', 'standard'] as const) {
      const result = fixture.astroBuild({ MDX_PATH: mdxPath }, `site-${mdxPath}`);
      expect(result.status, result.output).toBe(0);
      built[mdxPath] = result.outDir;
      if (mdxPath === 'fast') {
        const cacheDir = path.join(fixture.projectDir, 'node_modules', '.astro');
        cache.store = readFileSync(path.join(cacheDir, 'data-store.json'), 'utf8');
        const htmlFolder = path.join(cacheDir, 'qemu-docs-html');
        cache.html = readdirSync(htmlFolder).map((name) => readFileSync(path.join(htmlFolder, name), 'utf8'));
      }
    }
  });

  const page = (site: string, slug: string) => readFileSync(path.join(site, 'features', slug, 'index.html'), 'utf8');

  test.each(slugs)('%s', (slug) => {
    const fast = page(built.fast, slug);
    // The whole page: the article, and the table of contents built from the headings' metadata.
    expect(canonicalHtml(fast)).toBe(canonicalHtml(page(built.standard, slug)));
    expect(canonicalHtml(fast, 'prose')).not.toBe('<div class="prose"></div>');
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
    // What keeps a large build's memory down (src/markdown/page-html.ts): Astro bundles the store and loads it whole.
    for (const slug of ['colo', 'vhost-vsock']) {
      const paragraph = /class="prose[^"]*"[^>]*>[\s\S]*?<p>([^<&]{40,})/.exec(page(built.fast, slug))?.[1]?.slice(0, 60);
      expect(paragraph, slug).toBeDefined();
      expect(cache.store.includes(paragraph!), slug).toBe(false);
      expect(cache.html.some((html) => html.includes(paragraph!)), slug).toBe(true);
    }
  });
});
