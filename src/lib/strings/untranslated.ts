/**
 * Strings a new edition has not translated yet. `npm run edition -- add <code> <name>` writes the
 * edition's table (src/lib/strings/<code>.ts) with every string wrapped in `untranslated('…')`:
 * until a translator replaces the call with the translation, the edition shows the English string
 * of the day (not the one copied into the call, which is only a reminder), and
 * `npm run translations` lists it.
 */
import type { Plural } from '../plural.ts';

const MARK = 'untranslated';

/** A string (or plural forms, or a list) kept in English until it is translated. */
export interface Untranslated<Value> { readonly [MARK]: Value }

/** Marks a string of a new edition's table as not yet translated. */
export function untranslated<Value>(english: Value): Untranslated<Value> {
  return { [MARK]: english };
}

function isUntranslated(node: unknown): node is Untranslated<unknown> {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length === 1 && MARK in node;
}

/**
 * An edition's table as its file may hold it: any string, plural forms or list may still be
 * `untranslated(…)`. A table with no such mark (the Russian one) is a DraftStrings too.
 */
export type DraftStrings<Shape> = Shape extends string
  ? string | Untranslated<string>
  : Shape extends Plural
    ? Plural | Untranslated<Plural>
    : Shape extends readonly (infer Item)[]
      ? DraftStrings<Item>[] | Untranslated<Shape>
      : Shape extends object
        ? { [Key in keyof Shape]: DraftStrings<Shape[Key]> }
        : Shape;

/**
 * The table an edition shows: each `untranslated(…)` replaced by the English table's value at the
 * same place. A subtree with no mark is returned as it is.
 * @example resolveStrings({ a: untranslated('Hi'), b: 'Привет' }, { a: 'Hello', b: 'Hello' }) // → { a: 'Hello', b: 'Привет' }
 */
export function resolveStrings<Shape>(draft: DraftStrings<Shape>, english: Shape): Shape {
  if (isUntranslated(draft)) return english;
  if (typeof draft !== 'object' || draft === null) return draft as Shape;
  let changed = false;
  const entries = Object.entries(draft).map(([key, value]) => {
    const resolved = resolveStrings(value as DraftStrings<unknown>, (english as Record<string, unknown>)[key]);
    changed ||= resolved !== value;
    return [key, resolved] as const;
  });
  if (!changed) return draft as Shape;
  return (Array.isArray(draft) ? entries.map(([, value]) => value) : Object.fromEntries(entries)) as Shape;
}

/**
 * Where a table still has `untranslated(…)`, as dotted paths (`searchUi.prompt`, `overview.intro.1`).
 * @example untranslatedPaths({ a: untranslated('Hi'), b: { c: 'x' } }) // → ['a']
 */
export function untranslatedPaths(draft: unknown, prefix = ''): string[] {
  if (isUntranslated(draft)) return [prefix];
  if (typeof draft !== 'object' || draft === null) return [];
  return Object.entries(draft).flatMap(([key, value]) => untranslatedPaths(value, prefix ? `${prefix}.${key}` : key));
}

/**
 * A new edition's table: every string, list and set of plural forms of the English one marked
 * untranslated, except `lang` and `ogLocale`, which name the edition. Written as TypeScript source
 * by scripts/edition.ts, one line per string, so a translator edits it in place.
 */
export function untranslatedTableSource(english: object, locale: string): string {
  const indent = (depth: number) => '  '.repeat(depth);
  const literal = (value: unknown) => JSON.stringify(value).replace(/\u00A0/g, '\\u00A0');
  const write = (node: Record<string, unknown>, depth: number): string[] =>
    Object.entries(node).flatMap(([key, value]) => {
      const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
      if (depth === 1 && key === 'lang') return [`${indent(depth)}lang: ${literal(locale)},`];
      // Open Graph wants language_TERRITORY (en_US); the code alone is what the command knows.
      if (depth === 1 && key === 'ogLocale') return [`${indent(depth)}ogLocale: ${literal(locale)},`];
      const isPlural = typeof value === 'object' && value !== null && !Array.isArray(value) && 'other' in value;
      if (typeof value === 'string' || Array.isArray(value) || isPlural) return [`${indent(depth)}${name}: untranslated(${literal(value)}),`];
      if (typeof value === 'object' && value !== null) return [`${indent(depth)}${name}: {`, ...write(value as Record<string, unknown>, depth + 1), `${indent(depth)}},`];
      return [`${indent(depth)}${name}: ${literal(value)},`];
    });
  return [
    `/**`,
    ` * The ${locale} edition's strings, written by \`npm run edition -- add\`. Replace each`,
    ` * \`untranslated('…')\` with the translation: until then the English string is shown, and`,
    ` * \`npm run translations\` lists it. Plural forms follow Intl.PluralRules for the language.`,
    ` */`,
    `import type { UiStrings } from '../strings.ts';`,
    `import { untranslated, type DraftStrings } from './untranslated.ts';`,
    ``,
    `export const ${locale} = {`,
    ...write(english as Record<string, unknown>, 1),
    `} satisfies DraftStrings<UiStrings>;`,
    ``,
  ].join('\n');
}
