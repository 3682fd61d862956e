import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readFrontmatter } from '../helpers/frontmatter.ts';
import { listOutputFiles } from '../../src/build/read-built-site.ts';
import { contentIds, distDir, featureSource, page, pageHtml, requireDist } from '../helpers/built-site.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../src/lib/i18n.ts';
import { searchBundle } from '../../src/build/pagefind.ts';

beforeAll(requireDist);

const features = contentIds('features');
const architectures = contentIds('architectures');

describe('the built site', () => {
  test('has the overview, the search page and the 404 page', () => {
    for (const file of ['index.html', 'search/index.html', '404.html', 'sitemap-index.xml', 'pagefind/pagefind.js']) {
      expect(existsSync(path.join(distDir, file)), file).toBe(true);
    }
  });
  test('has a page for every feature and every architecture', () => {
    expect(features.length).toBeGreaterThanOrEqual(3);
    for (const id of features) expect(existsSync(path.join(distDir, 'features', id, 'index.html')), id).toBe(true);
    for (const id of architectures) expect(existsSync(path.join(distDir, 'arch', id, 'index.html')), id).toBe(true);
  });
  test('the overview links to every feature and every architecture', () => {
    const links = new Set(page('/').links);
    for (const id of features) expect(links.has(`/features/${id}/`), id).toBe(true);
    for (const id of architectures) expect(links.has(`/arch/${id}/`), id).toBe(true);
  });
  test('every feature is listed on the page of each architecture it applies to', () => {
    for (const id of features) {
      const archs = readFrontmatter(featureSource(id))['architectures'] as string[];
      const targets = archs.includes('all') ? architectures : archs;
      for (const arch of targets) {
        expect(page(`/arch/${arch}/`).links, `${id} on /arch/${arch}/`).toContain(`/features/${id}/`);
      }
    }
  });
  test('feature pages mark their body and filters for the search index', () => {
    for (const id of features) {
      const html = pageHtml(`/features/${id}/`);
      expect(html).toContain('data-pagefind-body');
      expect(html).toMatch(/data-pagefind-filter="category"/);
      expect(html).toMatch(/data-pagefind-filter="arch"/);
    }
  });
  test('a Russian page links to Russian pages, except where it names the English one (hreflang="en")', async () => {
    const russianPages = (await listOutputFiles(distDir)).filter((file) => file.startsWith('/ru/') && file.endsWith('.html'));
    expect(russianPages.length).toBeGreaterThan(50);
    const leaks = russianPages.flatMap((file) =>
      [...pageHtml(file).matchAll(/<a\b([^>]*)>/g)]
        .map((match) => match[1] ?? '')
        .filter((attributes) => !/hreflang="en"/.test(attributes))
        .map((attributes) => /\bhref="(\/[^"]*)"/.exec(attributes)?.[1])
        .filter((href): href is string => href !== undefined && !href.startsWith('/ru/'))
        .map((href) => `${file}: ${href}`),
    );
    expect(leaks).toEqual([]);
  });
  test('every page marked for search is in its edition\'s index, and each edition has an index of its own', async () => {
    const marked = (await listOutputFiles(distDir)).filter((file) => file.endsWith('.html') && !file.includes('/pagefind/') && pageHtml(file).includes('data-pagefind-body'));
    // Each edition has every feature and architecture page (a missing translation shows the English text).
    expect(marked.length).toBe((features.length + architectures.length) * LOCALES.length);
    for (const locale of LOCALES) {
      const bundle = path.join(distDir, searchBundle(locale));
      // A page of another edition without a translation shows the English text, found in the English index (src/lib/search-editions.ts).
      const inEdition = marked.filter((file) => (locale === DEFAULT_LOCALE ? !/^\/[a-z]{2}\//.test(file) : file.startsWith(`/${locale}/`) && !pageHtml(file).includes('data-translation="missing"')));
      // Pagefind writes one fragment per indexed page, and indexes the language of the pages' <html lang>.
      expect(readdirSync(path.join(bundle, 'fragment'))).toHaveLength(inEdition.length);
      const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(Object.keys(entry.languages)).toEqual([locale]);
      expect(entry.languages[locale]?.page_count).toBe(inEdition.length);
    }
  });
});
