import { expect, test } from 'vitest';
import { contentFolder, contentFolders, contentPlaceOf, isPageFileName } from '../../src/lib/content-layout.ts';
import { LOCALES } from '../../src/lib/i18n.ts';

test("an edition's pages sit in the English folders under its locale", () => {
  expect(contentFolder('en', 'features')).toBe('features');
  expect(contentFolder('ru', 'architectures')).toBe('ru/architectures');
  expect(contentFolders()).toHaveLength(LOCALES.length * 2);
  expect(contentFolders()[0]).toEqual({ locale: 'en', kind: 'features', folder: 'features' });
});

test('a page file is found from its path relative to the content root, and nothing else is', () => {
  expect(contentPlaceOf('ru/features/colo.mdx')).toEqual({ locale: 'ru', kind: 'features', name: 'colo.mdx' });
  expect(contentPlaceOf('architectures/x86.md')).toEqual({ locale: 'en', kind: 'architectures', name: 'x86.md' });
  expect(contentPlaceOf('ru\\architectures\\x86.md')).toEqual({ locale: 'ru', kind: 'architectures', name: 'x86.md' });
  // An edition that is not configured, the default locale as a folder, a sub-folder, another folder.
  expect(contentPlaceOf('de/features/colo.mdx')).toBeUndefined();
  expect(contentPlaceOf('en/features/colo.mdx')).toBeUndefined();
  expect(contentPlaceOf('features/old/colo.mdx')).toBeUndefined();
  expect(contentPlaceOf('ru/notes/colo.mdx')).toBeUndefined();
  expect(contentPlaceOf('published-urls.txt')).toBeUndefined();
});

test('pages are Markdown and MDX files only', () => {
  expect(isPageFileName('colo.mdx')).toBe(true);
  expect(isPageFileName('colo.md')).toBe(true);
  expect(isPageFileName('colo.md.orig')).toBe(false);
  expect(isPageFileName('old.mdx~')).toBe(false);
});
