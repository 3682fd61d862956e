import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { readRedirectPaths } from '../../src/markdown/redirect-paths.ts';

/** A content folder whose features/ holds these files. */
const featuresDir = (files: Record<string, string>) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'redirect-paths-'));
  mkdirSync(path.join(dir, 'features'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'features', name), text);
  return dir;
};

test('the sitemap leaves out every short link and earlier slug, in every edition, under the base', () => {
  const dir = featuresDir({
    'colo.mdx': '---\ntitle: COLO\naliases:\n  - coarse-lock-stepping\n---\n\nText.\n',
    'vhost-vsock.md': '---\ntitle: vsock\naliases: [vsock]\n---\n\nText.\n',
    'aspeed.md': '---\ntitle: Aspeed\n---\n',
  });
  expect([...readRedirectPaths(dir, '/docs/')].sort()).toEqual([
    '/docs/f/aspeed/',
    '/docs/f/colo/',
    '/docs/f/vhost-vsock/',
    '/docs/features/coarse-lock-stepping/',
    '/docs/features/vsock/',
    '/docs/ru/f/aspeed/',
    '/docs/ru/f/colo/',
    '/docs/ru/f/vhost-vsock/',
    '/docs/ru/features/coarse-lock-stepping/',
    '/docs/ru/features/vsock/',
  ]);
});

test('only Markdown and MDX files are pages: an editor\'s backup or a note beside them is not', () => {
  const dir = featuresDir({ 'colo.md': '---\ntitle: COLO\n---\n', 'colo.md.orig': '---\ntitle: COLO\n---\n', 'notes.txt': 'x', 'old.mdx~': 'x' });
  expect([...readRedirectPaths(dir, '/')].sort()).toEqual(['/f/colo/', '/ru/f/colo/']);
});

test('a page whose frontmatter does not parse still has its short link, and no aliases; the build names its line', () => {
  const dir = featuresDir({
    'colo.md': '---\ntitle: COLO\naliases: [coarse-lock-stepping\n---\n',
    'broken.mdx': '---\ntitle: x\n---\n\n{\n',
  });
  expect([...readRedirectPaths(dir, '/')].sort()).toEqual(['/f/broken/', '/f/colo/', '/ru/f/broken/', '/ru/f/colo/']);
});

test('aliases that are not a list are no redirects here (the schema refuses them at build)', () => {
  const dir = featuresDir({ 'colo.md': '---\ntitle: COLO\naliases: coarse-lock-stepping\n---\n', 'empty.md': '---\n---\n', 'bare.md': 'No frontmatter.\n' });
  expect([...readRedirectPaths(dir, '/')].sort()).toEqual(['/f/bare/', '/f/colo/', '/f/empty/', '/ru/f/bare/', '/ru/f/colo/', '/ru/f/empty/']);
});

test('only English feature pages give redirects: a translation or an architecture page gives none of its own', () => {
  const dir = featuresDir({ 'colo.md': '---\ntitle: COLO\n---\n' });
  mkdirSync(path.join(dir, 'ru', 'features'), { recursive: true });
  writeFileSync(path.join(dir, 'ru', 'features', 'colo.md'), '---\ntitle: COLO\naliases: [ru-only]\n---\n');
  writeFileSync(path.join(dir, 'ru', 'features', 'stray.md'), '---\ntitle: Stray\n---\n');
  mkdirSync(path.join(dir, 'architectures'));
  writeFileSync(path.join(dir, 'architectures', 'x86.md'), '---\nname: x86\naliases: [i386]\n---\n');
  expect([...readRedirectPaths(dir, '/')].sort()).toEqual(['/f/colo/', '/ru/f/colo/']);
});
