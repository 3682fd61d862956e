import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { keptWords, spelledAsIn, textWords } from '../../src/lib/query-words.ts';
import { MISSPELLED_QUERIES } from '../e2e/misspelled-queries.ts';

const VSOCK = 'Use -device vhost-vsock-pci,guest-cid=3 to give the guest its address (file=boot.img).';

describe('a query spelt as the pages it found spell it', () => {
  test('every word whole, in any case, with or without its separators', () => {
    expect(spelledAsIn('vhost-vsock-pci', [VSOCK])).toBe(true);
    expect(spelledAsIn('Guest-CID address', [VSOCK])).toBe(true);
    expect(spelledAsIn('vhostvsockpci', [VSOCK])).toBe(true);
    expect(spelledAsIn('boot.img', [VSOCK])).toBe(true);
  });

  test('a part of a compound counts, and so does the start of a word (the reader is still typing)', () => {
    expect(spelledAsIn('vsock', [VSOCK])).toBe(true);
    expect(spelledAsIn('vhost-vso', [VSOCK])).toBe(true);
  });

  test('one word that no text writes so is enough to need the corrections', () => {
    expect(spelledAsIn('guest-cdi', [VSOCK])).toBe(false);
    expect(spelledAsIn('vhost-vsock-pci guest-cdi', [VSOCK])).toBe(false);
    // Another Russian form is for the corrections' stemmer to judge.
    expect(spelledAsIn('гостя', ['память гостей'])).toBe(false);
  });

  test('nothing found, or nothing typed, is never taken as spelt right', () => {
    expect(spelledAsIn('vsock', [])).toBe(false);
    expect(spelledAsIn('  ', [VSOCK])).toBe(false);
  });

  test('text words are normalized runs and their parts', () => {
    expect([...textWords(['A vhost-vsock-pci,guest-cid=3'])].sort()).toEqual(['3', 'a', 'cid', 'guest', 'guestcid', 'pci', 'vhost', 'vhostvsockpci', 'vsock'].sort());
  });
});

test('no misspelt query of the e2e table is taken as spelt right by the pages of the site', () => {
  // Every page's source holds more than its indexed text, so a slip absent here is absent there:
  // the corrections the e2e table expects are not skipped.
  const root = path.resolve(import.meta.dirname, '../..');
  const sources = ['features', 'architectures', 'ru/features', 'ru/architectures'].flatMap((folder) => {
    const dir = path.join(root, 'content', folder);
    return readdirSync(dir)
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => readFileSync(path.join(dir, name), 'utf8'));
  });
  const corrected = MISSPELLED_QUERIES.filter((entry) => entry.meant !== undefined);
  expect(corrected.length).toBeGreaterThanOrEqual(30);
  expect(corrected.filter((entry) => spelledAsIn(entry.query, sources)).map((entry) => entry.query)).toEqual([]);
});

describe('a query whose words are not all on the site', () => {
  test('keeps the words found on their own', () => {
    expect(keptWords(['ускоритель', 'шифрования', 'для', 'гостя'], [false, true, true, true])).toBe('шифрования для гостя');
  });

  test('gives nothing when every word or no word is found', () => {
    expect(keptWords(['шифрование', 'гостя'], [true, true])).toBeUndefined();
    expect(keptWords(['qwzx', 'vbnm'], [false, false])).toBeUndefined();
  });
});
