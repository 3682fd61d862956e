import { expect, test } from 'vitest';
import { resolveStrings, untranslated, untranslatedPaths, untranslatedTableSource, type DraftStrings } from '../../src/lib/strings/untranslated.ts';
import { en } from '../../src/lib/strings/en.ts';
import { STRING_TABLES, t } from '../../src/lib/strings.ts';
import { LOCALES } from '../../src/lib/i18n.ts';

const english = { lang: 'en', a: 'Hello', nested: { b: 'Bye', list: ['one', 'two'] }, count: { one: '{count} item', other: '{count} items' } };

test('an untranslated string shows the English table of the day, not the text copied into the mark', () => {
  const draft = { lang: 'de', a: untranslated('Hello (old)'), nested: { b: 'Tschüss', list: untranslated(['x']) }, count: untranslated({ other: 'old' }) };
  expect(resolveStrings(draft, english)).toEqual({ lang: 'de', a: 'Hello', nested: { b: 'Tschüss', list: ['one', 'two'] }, count: english.count });
});

test('a table with no mark is returned as it is', () => {
  const done = { lang: 'de', a: 'Hallo', nested: { b: 'Tschüss', list: ['eins', 'zwei'] }, count: { other: '{count} Dinge' } };
  expect(resolveStrings(done, english)).toBe(done);
});

test('the untranslated strings are listed by their dotted paths', () => {
  expect(untranslatedPaths({ a: untranslated('x'), nested: { b: 'y', list: untranslated(['z']) } })).toEqual(['a', 'nested.list']);
  expect(untranslatedPaths({ a: 'x' })).toEqual([]);
});

test('every configured edition has a strings table, and the existing ones are fully translated', () => {
  expect(Object.keys(STRING_TABLES).sort()).toEqual([...LOCALES].sort());
  for (const locale of LOCALES) expect(untranslatedPaths(STRING_TABLES[locale]), locale).toEqual([]);
});

test("a new edition's table marks every string but its language and shows English until translated", async () => {
  const source = untranslatedTableSource(en, 'de');
  expect(source).toMatch(/^export const de = \{$/m);
  expect(source).toContain(`  lang: "de",`);
  expect(source).toContain(`  siteName: untranslated(${JSON.stringify(en.siteName)}),`);
  // The table as the module will hold it: evaluate the object literal with the real `untranslated`.
  const literal = source.slice(source.indexOf('export const de = ') + 'export const de = '.length, source.lastIndexOf('} satisfies') + 1);
  const table = new Function('untranslated', `return (${literal});`)(untranslated) as DraftStrings<typeof en>;
  expect(resolveStrings(table, en)).toEqual({ ...en, lang: 'de', ogLocale: 'de' });
  const marked = untranslatedPaths(table);
  expect(marked).toContain('searchUi.count');
  expect(marked).toContain('overview.intro');
  expect(marked).not.toContain('lang');
  expect(t('de' as never)).toBe(t('en'));
});
