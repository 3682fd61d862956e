/**
 * A third edition is a command and a folder (README.md, "Adding an edition"): in a copy of the
 * project, `npm run edition -- add de Deutsch`, then `npm run build`, publishes the whole site under
 * /de/ with English fallback pages and their notice, its own search index and names, hreflang
 * alternates for it on every page of every edition, the sitemap's alternates, the language switcher
 * and its 404 page; `npm run translations` lists its untranslated strings.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cleanEnvironment, fixtureBuild, type FixtureBuild } from '../helpers/fixture-build.ts';
import { en } from '../../src/lib/strings/en.ts';

let fixture: FixtureBuild;
let added: { status: number | null; output: string };
let built: { status: number; output: string };

function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [path.join(fixture.projectDir, 'scripts', script), ...args], {
    cwd: fixture.projectDir,
    env: { ...cleanEnvironment(), CONTENT_DIR: fixture.contentDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every built HTML page, as a site path relative to the root (`features/alpha-feature/index.html`). */
function htmlPages(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) return htmlPages(dir, relative);
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}

const html = (relative: string) => readFileSync(path.join(fixture.outDir, relative), 'utf8');
const isRedirect = (source: string) => source.includes('<meta name="robots" content="noindex"');

beforeAll(() => {
  fixture = fixtureBuild();
  added = run('edition.ts', ['add', 'de', 'Deutsch']);
  built = fixture.build();
}, 600_000);

describe('npm run edition -- add de Deutsch', () => {
  test('adds the edition to the configuration and writes its strings, every one untranslated', () => {
    expect(added.status, added.output).toBe(0);
    expect(readFileSync(path.join(fixture.projectDir, 'src/lib/i18n.ts'), 'utf8')).toMatch(/LOCALES = \['en', 'ru', 'de'\] as const/);
    const table = readFileSync(path.join(fixture.projectDir, 'src/lib/strings/de.ts'), 'utf8');
    expect(table).toContain(`siteName: untranslated(${JSON.stringify(en.siteName)}),`);
  });

  test('refuses a second edition with the same code, and a code that is not a language code, naming the problem', () => {
    const again = run('edition.ts', ['add', 'de', 'Deutsch']);
    expect(again.status).toBe(1);
    expect(again.output).toContain('The edition "de" exists already (src/lib/i18n.ts).');
    const bad = run('edition.ts', ['add', 'German', 'Deutsch']);
    expect(bad.status).toBe(1);
    expect(bad.output).toContain('"German" is not a language code of two lowercase letters');
  });

  test('npm run translations lists the untranslated strings', () => {
    const listed = run('translations.ts', []);
    expect(listed.status, listed.output).toBe(0);
    expect(listed.output).toContain('untranslated de string siteName  (src/lib/strings/de.ts)');
    expect(listed.output).toContain('untranslated de string searchUi.prompt');
    expect(listed.output).toContain('missing  de/features/alpha-feature.mdx');
  });
});

describe('npm run build after it', () => {
  test('builds', () => {
    expect(built.status, built.output).toBe(0);
  });

  test('publishes every English page under /de/ (and under /ru/)', () => {
    const english = htmlPages(fixture.outDir).filter((page) => !/^(ru|de)\//.test(page) && page !== '404.html');
    expect(english.length).toBeGreaterThan(10);
    for (const page of english) {
      expect(existsSync(path.join(fixture.outDir, 'de', page)), `de/${page}`).toBe(true);
      expect(existsSync(path.join(fixture.outDir, 'ru', page)), `ru/${page}`).toBe(true);
    }
  });

  test("a page without a translation shows the English text in an English block, with the edition's notice", () => {
    const page = html('de/features/alpha-feature/index.html');
    expect(page).toMatch(/<html lang="de"/);
    expect(page).toContain(en.translation.missing);
    expect(page).toMatch(/lang="en"/);
    expect(page).toContain('href="/features/alpha-feature/"');
  });

  test('searches the English index for its pages, none translated yet, and has its own names for "Did you mean"', () => {
    // A page without a translation is indexed once, in English (issue 28, decision b): an edition
    // with no text of its own has no index of its own, and its pages search the English one.
    expect(existsSync(path.join(fixture.outDir, 'de/pagefind/pagefind.js'))).toBe(false);
    expect(readFileSync(path.join(fixture.outDir, 'de/index.html'), 'utf8')).toMatch(/<html lang="de" data-search-shards="0" data-search-english="1"/);
    expect(JSON.parse(readFileSync(path.join(fixture.outDir, 'de/search-names.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(path.join(fixture.outDir, 'search-names.json'), 'utf8')));
  });

  test('every page of every edition names its German alternate, and the German page names the others', () => {
    const pages = htmlPages(fixture.outDir).filter((page) => !isRedirect(html(page)));
    expect(pages.some((page) => page.startsWith('de/'))).toBe(true);
    for (const page of pages) {
      const sitePath = `/${page.replace(/^(ru|de)\//, '').replace(/index\.html$/, '')}`;
      const source = html(page);
      expect(source, page).toContain(`<link rel="alternate" hreflang="de" href="https://qemu-2-8.example.org${'/de' + sitePath}"`);
      expect(source, page).toContain(`<link rel="alternate" hreflang="ru" href="https://qemu-2-8.example.org${'/ru' + sitePath}"`);
      expect(source, page).toContain(`<link rel="alternate" hreflang="en" href="https://qemu-2-8.example.org${sitePath}"`);
    }
  });

  test("the sitemap lists each page's German alternate", () => {
    const sitemap = readFileSync(path.join(fixture.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://qemu-2-8.example.org/de/features/alpha-feature/</loc>');
    expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="de" href="https:\/\/qemu-2-8\.example\.org\/de\/features\/alpha-feature\/"/);
  });

  test('the language switcher offers Deutsch on the other editions, and the others on the German pages', () => {
    expect(html('features/alpha-feature/index.html')).toMatch(/<a class="language-switch[^"]*" href="\/de\/features\/alpha-feature\/" hreflang="de" lang="de"[^>]*>Deutsch<\/a>/);
    expect(html('ru/index.html')).toMatch(/href="\/de\/" hreflang="de" lang="de"[^>]*>Deutsch<\/a>/);
    const german = html('de/features/alpha-feature/index.html');
    expect(german).toMatch(/href="\/features\/alpha-feature\/" hreflang="en" lang="en"[^>]*>English<\/a>/);
    expect(german).toMatch(/href="\/ru\/features\/alpha-feature\/" hreflang="ru" lang="ru"[^>]*>Русский<\/a>/);
  });

  test('has a 404 page of its own', () => {
    const notFound = html('de/404.html');
    expect(notFound).toMatch(/<html lang="de"/);
    expect(notFound).toContain(en.notFoundTitle);
  });
});
