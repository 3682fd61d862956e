import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPageHtml, storePageHtml } from '../../src/markdown/fast-path/page-html.ts';

describe('pages\' HTML kept beside the content store', () => {
  const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'page-html-')), 'qemu-docs-html');

  test('a page reads back exactly the HTML that was stored, Cyrillic included', async () => {
    const html = '<h2 id="what-it-is">Что это</h2>\n<p>vhost-vsock, guest-cid=3</p>\n';
    const file = await storePageHtml(folder, html);
    expect(await readPageHtml(file, 'content/ru/features/vhost-vsock.mdx')).toBe(html);
  });

  test('the same HTML is one file; other HTML another, so an entry never sees another version', async () => {
    const first = await storePageHtml(folder, '<p>one</p>');
    expect(await storePageHtml(folder, '<p>one</p>')).toBe(first);
    const second = await storePageHtml(folder, '<p>two</p>');
    expect(second).not.toBe(first);
    expect(await readPageHtml(first, 'a.mdx')).toBe('<p>one</p>');
    // No temporary file is left behind.
    expect(readdirSync(folder).filter((name) => !name.endsWith('.html'))).toEqual([]);
  });

  test('pages with identical HTML stored at the same moment all succeed and share one file', async () => {
    // Two pages can render to the same HTML (an empty page, a stub); Astro renders them concurrently.
    const html = '<p>Identical on many pages.</p>';
    const files = await Promise.all(Array.from({ length: 32 }, () => storePageHtml(folder, html)));
    expect(new Set(files).size).toBe(1);
    expect(await readPageHtml(files[0]!, 'content/features/a.mdx')).toBe(html);
    expect(readdirSync(folder).filter((name) => !name.endsWith('.html'))).toEqual([]);
  });

  test('a file deleted behind the store\'s back fails naming the page and what to delete', async () => {
    const file = await storePageHtml(folder, '<p>gone</p>');
    rmSync(file);
    expect(existsSync(file)).toBe(false);
    await expect(readPageHtml(file, 'content/features/colo.mdx')).rejects.toThrow(/content\/features\/colo\.mdx is missing .*Delete .* and build again/);
  });
});
