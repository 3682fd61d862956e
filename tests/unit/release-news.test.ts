import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { NEWS_QUOTATIONS_RU } from '../../src/data/release-news-ru.ts';

// The news the site starts from, beside the checkout where the project's CI and its developers have it.
const newsFile = path.resolve(import.meta.dirname, '../../../shared/seeds/000_d540f59313fadb95.txt');
const comparable = (text: string) => text.replaceAll('ё', 'е').replaceAll('Ё', 'Е').replace(/\s+/g, ' ');

test.skipIf(!existsSync(newsFile)).for(NEWS_QUOTATIONS_RU.map((passage) => [passage]))('the quoted passage is the release news word for word: %s', ([passage]) => {
  const news = comparable(readFileSync(newsFile, 'utf8'));
  const text = comparable(passage!);
  // A quotation may begin mid-sentence, so the case of its first letter is free.
  const found = news.includes(text) || news.includes(text.slice(0, 1).toLowerCase() + text.slice(1)) || news.includes(text.slice(0, 1).toUpperCase() + text.slice(1));
  expect(found, passage).toBe(true);
});
