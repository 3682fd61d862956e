/**
 * `npm run screenshots`: PNGs of the main page kinds (home, a feature page, an architecture page,
 * search results, corrected search results), in English and Russian, in light and dark, at 1280 and 375 px, from the built site (dist/), for people
 * to look at. It checks nothing: a picture that looks wrong is for a reader to notice. Run
 * `npm run build` first. Writes into screenshots/ (ignored by git) and prints the folder.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, SCHEMES, VIEWPORTS } from './lib/browser.ts';
import { serveSite } from './lib/serve.ts';

const root = path.resolve(import.meta.dirname, '..');
const distDir = path.join(root, 'dist');
const outDir = path.join(root, 'screenshots');

/** What to take; the feature page has a diagram and code, the search one its results. */
const TARGETS = {
  home: '/',
  feature: '/features/vhost-vsock/',
  architecture: '/arch/x86/',
  search: '/search/?q=vsock',
  // A misspelt query: the corrected results and the status line that says so.
  'search-corrected': '/search/?q=genric-loader',
  'ru-home': '/ru/',
  'ru-feature': '/ru/features/vhost-vsock/',
  'ru-colo': '/ru/features/colo/',
  'ru-search': '/ru/search/?q=сокеты',
  // A name typed on the Russian keyboard layout.
  'ru-search-corrected': '/ru/search/?q=туевгштщ2',
} as const;

if (!existsSync(path.join(distDir, 'index.html'))) {
  process.stderr.write('dist/ has no site: run `npm run build` first.\n');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const server = await serveSite(distDir);
const browser = await launchBrowser();
try {
  for (const scheme of SCHEMES) {
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ colorScheme: scheme, viewport, reducedMotion: 'reduce' });
      for (const [name, sitePath] of Object.entries(TARGETS)) {
        const page = await context.newPage();
        const response = await page.goto(server.url + sitePath.slice(1), { waitUntil: 'networkidle' });
        if (!response?.ok()) throw new Error(`${sitePath}: HTTP ${response?.status()}`);
        // Web fonts in place, and on the search page the results rather than "Loading".
        await page.evaluate(() => document.fonts.ready);
        if (name.includes('search')) await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset['state'] === 'results');
        await page.screenshot({ path: path.join(outDir, `${name}-${scheme}-${viewportName}.png`) });
        await page.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.stdout.write(`${Object.keys(TARGETS).length * SCHEMES.length * Object.keys(VIEWPORTS).length} screenshots in ${path.relative(process.cwd(), outDir) || '.'}/\n`);
