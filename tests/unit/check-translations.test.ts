import { expect, test } from 'vitest';
import type { ContentFile } from '../../src/lib/content-files.ts';
import { checkTranslations, formatTranslationReport, LISTED_PER_STATE } from '../../src/translations/check-translations.ts';
import { englishVersionOfSource } from '../../src/translations/translation-status.ts';

const page = (name: string, text: string): ContentFile => ({ name, path: `content/features/${name}`, bytes: new TextEncoder().encode(text) });
const translation = (name: string, text: string): ContentFile => ({ name, path: `content/ru/features/${name}`, bytes: new TextEncoder().encode(text) });

const COLO = '---\ntitle: COLO\nsummary: Checkpoints.\n---\n\n## What it is\n\n```sh run expect-exit=0\nls\n```\n';
const ruColo = async (body = '\n## Что это такое {#what-it-is}\n\n```sh run expect-exit=0\nls\n```\n') => `---\ntitle: COLO\nsummary: Контрольные точки.\nenglishVersion: "${await englishVersionOfSource(COLO)}"\n---\n${body}`;

test('the report gives every English page its translation and state: current, stale or missing', async () => {
  const english = [page('colo.mdx', COLO), page('vsock.md', '---\ntitle: vsock\nsummary: S.\n---\n\nText.\n'), page('aspeed.md', '---\ntitle: A\nsummary: S.\n---\n\nText.\n')];
  const { problems, report } = await checkTranslations(english, [translation('colo.mdx', await ruColo()), translation('vsock.md', '---\ntitle: vsock\nsummary: С.\nenglishVersion: "000000000000"\n---\n\nТекст.\n')]);
  expect(problems).toEqual([]);
  expect(report).toEqual([
    { english: 'content/features/colo.mdx', translation: 'content/ru/features/colo.mdx', state: 'current' },
    { english: 'content/features/vsock.md', translation: 'content/ru/features/vsock.md', state: 'stale' },
    { english: 'content/features/aspeed.md', state: 'missing' },
  ]);
});

test('a translation of a page that does not exist fails, named with what to do', async () => {
  const { problems } = await checkTranslations([page('colo.mdx', COLO)], [translation('colo-ft.mdx', await ruColo())]);
  expect(problems).toEqual([
    { file: 'content/ru/features/colo-ft.mdx', field: '(file name)', message: 'translates a page that does not exist: there is no colo-ft.md or .mdx among the English pages. Rename it after the English page it translates, or delete it.' },
  ]);
});

test('a translation whose commands differ from the English page fails, naming both files', async () => {
  const { problems } = await checkTranslations([page('colo.mdx', COLO)], [translation('colo.mdx', await ruColo('\n## Что это такое {#what-it-is}\n\n```sh run expect-exit=0\nls -l\n```\n'))]);
  expect(problems).toHaveLength(1);
  expect(problems[0]?.file).toBe('content/ru/features/colo.mdx:9');
  expect(problems[0]?.message).toContain('content/features/colo.mdx:8');
});

test('pages pair by name whatever their format, and only Markdown and MDX files are pages', async () => {
  const { problems, report } = await checkTranslations([page('colo.mdx', COLO), page('notes.txt', 'x')], [translation('colo.md', await ruColo()), translation('colo.mdx.orig', 'x'), translation('README.txt', 'x')]);
  expect(problems).toEqual([]);
  expect(report).toEqual([{ english: 'content/features/colo.mdx', translation: 'content/ru/features/colo.md', state: 'current' }]);
});

test('of two translations of one name the first is the translation (the file checks refuse the second)', async () => {
  const { report } = await checkTranslations([page('colo.mdx', COLO)], [translation('colo.mdx', await ruColo()), translation('colo.md', '---\ntitle: x\nsummary: y\n---\n')]);
  expect(report).toEqual([{ english: 'content/features/colo.mdx', translation: 'content/ru/features/colo.mdx', state: 'current' }]);
});

test('a translation that does not parse is left to the page checks, which name its line', async () => {
  const { problems, report } = await checkTranslations([page('colo.mdx', COLO)], [translation('colo.mdx', await ruColo('\n{\n'))]);
  expect(problems).toEqual([]);
  expect(report[0]?.state).toBe('current');
});

test('exactly as many pages as are listed are all named, with no count of the rest', () => {
  const missing = Array.from({ length: LISTED_PER_STATE }, (_, index) => ({ english: `content/features/page-${index}.mdx`, state: 'missing' as const }));
  const lines = formatTranslationReport('ru', missing).split('\n');
  expect(lines).toHaveLength(1 + LISTED_PER_STATE);
  expect(lines.at(-1)).toMatch(/^ {2}missing: content\/features\/page-9\.mdx/);
});
