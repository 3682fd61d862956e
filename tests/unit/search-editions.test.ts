import { describe, expect, test } from 'vitest';
import { highlighterFile, resultInEdition, searchBundles } from '../../src/lib/search-editions.ts';

describe('the search bundles of a page (decision b of issue 28: untranslated pages are found in the English index)', () => {
  test('an English page searches its own bundles only', () => {
    expect(searchBundles('/', 'en', 1, 0)).toEqual({ primary: '/pagefind/pagefind.js', merged: [] });
    expect(searchBundles('/docs/', 'en', 2, 3)).toEqual({ primary: '/docs/pagefind/pagefind.js', merged: [{ path: '/docs/pagefind-2/' }] });
  });

  test('a Russian edition without untranslated pages searches its own index alone', () => {
    expect(searchBundles('/', 'ru', 1, 0)).toEqual({ primary: '/ru/pagefind/pagefind.js', merged: [] });
  });

  test('with untranslated pages, the English bundles are merged in their language and the English pages of translated ones left out', () => {
    expect(searchBundles('/docs/', 'ru', 2, 2)).toEqual({
      primary: '/docs/ru/pagefind/pagefind.js',
      merged: [{ path: '/docs/ru/pagefind-2/' }, { path: '/docs/pagefind/', language: 'en' }, { path: '/docs/pagefind-2/', language: 'en' }],
      exclude: { translation: 'ru' },
    });
  });

  test('an edition with no page of its own text searches the English index alone', () => {
    expect(searchBundles('/', 'ru', 0, 1)).toEqual({ primary: '/pagefind/pagefind.js', merged: [], exclude: { translation: 'ru' } });
  });

  test("a result from the English index is shown at the page's address in the edition, marked as English", () => {
    expect(resultInEdition('/docs/features/colo/?pagefind-highlight=x#usage', '/docs/', 'ru')).toEqual({ url: '/docs/ru/features/colo/?pagefind-highlight=x#usage', inEnglish: true });
    expect(resultInEdition('/docs/ru/features/colo/', '/docs/', 'ru')).toEqual({ url: '/docs/ru/features/colo/', inEnglish: false });
    expect(resultInEdition('/features/colo/', '/', 'en')).toEqual({ url: '/features/colo/', inEnglish: false });
  });
});

test("a page reached from a result loads its edition's highlighter, or the English one when the edition has no index", () => {
  expect(highlighterFile('/docs/', 'ru', 1)).toBe('/docs/ru/pagefind/pagefind-highlight.js');
  expect(highlighterFile('/docs/', 'ru', 0)).toBe('/docs/pagefind/pagefind-highlight.js');
  expect(highlighterFile('/', 'en', 1)).toBe('/pagefind/pagefind-highlight.js');
});
