import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { readBuiltDocument, readBuiltSite } from '../../src/build/read-built-site.ts';

test('every page of a site larger than the read window is read, in file order', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'qemu-docs-site-'));
  for (let i = 0; i < 100; i++) {
    mkdirSync(path.join(dir, 'features', `page-${String(i).padStart(3, '0')}`), { recursive: true });
    writeFileSync(path.join(dir, 'features', `page-${String(i).padStart(3, '0')}`, 'index.html'), `<h2 id="s${i}">x</h2>`);
  }
  writeFileSync(path.join(dir, 'style.css'), '');
  const { files, pages } = await readBuiltSite(dir);
  expect(files).toHaveLength(101);
  expect(pages.map((page) => page.path)).toEqual(Array.from({ length: 100 }, (_, i) => `/features/page-${String(i).padStart(3, '0')}/`));
  expect(pages[42]?.anchors).toEqual(new Set(['s42']));
});

test('a Markdown output (a page\'s index.md copy, llms.txt) gives its links to the link check', () => {
  const page = readBuiltDocument('/features/a/index.md', '# A\n\nSee [b](../b/#usage) and [c][ref].\n\n```sh\n[not](a-link)\n```\n\n[ref]: https://example.org/c/\n');
  expect(page).toEqual({ path: '/features/a/index.md', ids: new Set(), links: ['../b/#usage', 'https://example.org/c/'], anchors: new Set() });
});
