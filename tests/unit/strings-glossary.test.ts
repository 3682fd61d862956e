import { expect, test } from 'vitest';
import { ru } from '../../src/lib/strings.ts';
import { GLOSSARY_RU } from '../../src/lib/glossary-ru.ts';
import { glossaryProblemsInStrings } from '../../src/lib/glossary-match.ts';
import { RELEASE_NEWS_RU } from '../../src/data/release-news-ru.ts';

/** Every string of a table with its path, codes and names a reader types left out. */
function leaves(value: unknown, path = ''): { name: string; text: string }[] {
  if (typeof value === 'string') return [{ name: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).filter(([key]) => !['lang', 'ogLocale', 'linkFormats'].includes(key)).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  return [];
}

// The interface speaks the pages' terms: the glossary the build holds Russian pages to holds its strings too.
test('every Russian interface string keeps to the glossary', () => {
  expect(glossaryProblemsInStrings(leaves(ru), GLOSSARY_RU, RELEASE_NEWS_RU)).toEqual([]);
});
