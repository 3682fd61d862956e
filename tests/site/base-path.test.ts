import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite } from '../../scripts/lib/serve.ts';

test('a deploy under a sub-path works: links, short links, redirects and the search index', async () => {
  const fixture = fixtureBuild();
  // The build's own link check fails on any internal link that forgets the base.
  const { status, output } = fixture.build({ BASE_PATH: '/docs/', SITE_URL: 'https://example.org' });
  expect(status, output).toBe(0);
  const home = readFileSync(path.join(fixture.outDir, 'index.html'), 'utf8');
  expect(home).toContain('href="/docs/features/alpha-feature/"');
  // The Russian edition under the same base: its links stay in it, and it names its English twin.
  const russianHome = readFileSync(path.join(fixture.outDir, 'ru/index.html'), 'utf8');
  expect(russianHome).toContain('href="/docs/ru/features/alpha-feature/"');
  expect(russianHome).toContain('<link rel="alternate" hreflang="en" href="https://example.org/docs/">');
  expect(readFileSync(path.join(fixture.outDir, 'ru/f/alpha-feature/index.html'), 'utf8')).toContain('/docs/ru/features/alpha-feature/');
  // One rule for every short link, a line per earlier slug (src/lib/redirects.ts).
  expect(readFileSync(path.join(fixture.outDir, '_redirects'), 'utf8')).toBe(
    '/docs/f/* /docs/features/:splat 301\n/docs/ru/f/* /docs/ru/features/:splat 301\n/docs/features/beta-before-rename/ /docs/features/beta-feature/ 301\n/docs/ru/features/beta-before-rename/ /docs/ru/features/beta-feature/ 301\n',
  );
  // The sitemap lists the pages, not the redirect pages.
  const sitemap = readFileSync(path.join(fixture.outDir, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain('<loc>https://example.org/docs/features/beta-feature/</loc>');
  expect(sitemap).not.toMatch(/\/docs\/f\/|beta-before-rename/);
  expect(readFileSync(path.join(fixture.outDir, 'pagefind/pagefind.js'), 'utf8').length).toBeGreaterThan(0);
  expect(readFileSync(path.join(fixture.outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/docs/sitemap-index.xml');
  // The outputs for tools: the Markdown copies are announced and listed under the base too.
  expect(readFileSync(path.join(fixture.outDir, 'features/alpha-feature/index.html'), 'utf8')).toContain('<link rel="alternate" type="text/markdown" href="/docs/features/alpha-feature/index.md">');
  expect(readFileSync(path.join(fixture.outDir, 'llms.txt'), 'utf8')).toContain('(https://example.org/docs/features/beta-feature/index.md): ');
  expect(readFileSync(path.join(fixture.outDir, 'features/beta-feature/index.md'), 'utf8')).toContain('- Web page: https://example.org/docs/features/beta-feature/\n');

  const server = await serveSite(fixture.outDir, '/docs/');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}f/beta-feature/#how-to-use-it`);
    await page.waitForURL(`${server.url}features/beta-feature/#how-to-use-it`);
    expect(await page.locator('h1').textContent()).toBe('Beta feature');
    // A page renamed since: its old address lands on the same section of the new one.
    await page.goto(`${server.url}features/beta-before-rename/#how-to-use-it`);
    await page.waitForURL(`${server.url}features/beta-feature/#how-to-use-it`);
  } finally {
    await browser.close();
    await server.close();
  }
});
