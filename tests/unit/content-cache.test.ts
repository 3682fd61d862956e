import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { clearContentStore, contentCacheKey, keyFile, rendererFiles, storeIsStale } from '../../src/integrations/content-cache.ts';
import { dotAstroDir } from '../../src/config/astro-state.ts';

const root = path.resolve(import.meta.dirname, '../..');
const key = { files: ['/c/features/a.md', '/c/features/b.mdx'], renderer: 'r1' };

test('the store is reused when the same files are rendered by the same code', () => {
  expect(storeIsStale(key, { ...key })).toBe(false);
  expect(storeIsStale(key, { ...key, files: [...key.files, '/c/features/new.md'] })).toBe(false);
});
test('the store is emptied without a record, after a code change, or when a file has gone', () => {
  expect(storeIsStale(undefined, key)).toBe(true);
  expect(storeIsStale(key, { ...key, renderer: 'r2' })).toBe(true);
  expect(storeIsStale(key, { ...key, files: ['/c/features/a.md', '/c/features/b.md'] })).toBe(true);
});

describe('the renderer', () => {
  test('counts the config, the lockfile, our rendering code and the MDX components', async () => {
    const files = (await rendererFiles(root)).map((file) => path.relative(root, file));
    for (const file of ['astro.config.mjs', 'package-lock.json', 'src/lib/code-highlighter.ts', 'src/markdown/heading-anchors.ts', 'src/markdown/content-guard.ts', 'src/safety/allow-list.ts', 'src/config/env.ts', 'src/components/mdx/ColoDiagram.astro', 'src/components/mdx/index.ts']) {
      expect(files).toContain(file);
    }
  });
  /** A copy of the files that make up the renderer. */
  function rendererCopy(): string {
    const copy = mkdtempSync(path.join(tmpdir(), 'renderer-'));
    for (const item of ['astro.config.mjs', 'package-lock.json', 'src/lib', 'src/integrations', 'src/markdown', 'src/safety', 'src/config', 'src/translations', 'src/components/mdx']) cpSync(path.join(root, item), path.join(copy, item), { recursive: true });
    return copy;
  }
  test('a change to an MDX component, even in a sub-folder, changes the key', async () => {
    const copy = rendererCopy();
    const before = await contentCacheKey(copy, []);
    mkdirSync(path.join(copy, 'src/components/mdx/parts'));
    writeFileSync(path.join(copy, 'src/components/mdx/parts/Arrow.astro'), '<svg />');
    expect((await contentCacheKey(copy, [])).renderer).not.toBe(before.renderer);
  });
  // Root reads any file, whatever its mode: the dangling link below covers that case.
  test.skipIf(process.getuid?.() === 0)('an unreadable renderer file is reported by name, not hashed as empty', async () => {
    const copy = rendererCopy();
    chmodSync(path.join(copy, 'src/lib/strings.ts'), 0o000);
    await expect(contentCacheKey(copy, [])).rejects.toThrow(/Cannot read src\/lib\/strings\.ts \(EACCES\), which decides how pages render/);
  });
  test('a renderer file that cannot be read as a file is reported by name', async () => {
    // Runs as root too: a dangling symbolic link cannot be read by anyone.
    const copy = rendererCopy();
    symlinkSync(path.join(copy, 'nowhere.ts'), path.join(copy, 'src/lib/dangling.ts'));
    await expect(contentCacheKey(copy, [])).rejects.toThrow(/Cannot read src\/lib\/dangling\.ts \(ENOENT\)/);
  });
});

describe("emptying the store with Astro's own function (an Astro internal: this fails if an upgrade changes it)", () => {
  /** An Astro config as the integration sees it, for a project in a temp folder. */
  function project(collectionStorage?: 'chunked') {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-store-'));
    const rootUrl = pathToFileURL(`${dir}/`);
    return { dir, config: { root: rootUrl, cacheDir: new URL('node_modules/.astro/', rootUrl), experimental: collectionStorage ? { collectionStorage } : {} } as never };
  }
  test('the single-file store of a build, and of the dev server', async () => {
    for (const isDev of [false, true]) {
      const { dir, config } = project();
      const store = path.join(dir, isDev ? '.astro' : 'node_modules/.astro', 'data-store.json');
      mkdirSync(path.dirname(store), { recursive: true });
      writeFileSync(store, '{}');
      await clearContentStore(config, isDev);
      expect(existsSync(store), `isDev: ${isDev}`).toBe(false);
    }
  });
  test('the chunked store, a folder', async () => {
    const { dir, config } = project('chunked');
    const store = path.join(dir, 'node_modules/.astro/data-store');
    mkdirSync(store, { recursive: true });
    writeFileSync(path.join(store, 'manifest.json'), '{}');
    await clearContentStore(config, false);
    expect(existsSync(path.join(store, 'manifest.json'))).toBe(false);
  });
  test("our .astro/ folder is Astro's, and the key sits beside the store", async () => {
    const { createSettings } = (await import(pathToFileURL(path.join(root, 'node_modules/astro/dist/core/config/settings.js')).href)) as { createSettings: (config: object, logLevel: string, cwd: string) => Promise<{ dotAstroDir: URL }> };
    const { resolveConfig } = (await import(pathToFileURL(path.join(root, 'node_modules/astro/dist/core/config/config.js')).href)) as { resolveConfig: (inline: object, command: string) => Promise<{ astroConfig: { root: URL; cacheDir: URL } }> };
    const { dir } = project();
    writeFileSync(path.join(dir, 'astro.config.mjs'), 'export default {};');
    const { astroConfig } = await resolveConfig({ root: dir, logLevel: 'silent' }, 'build');
    const settings = await createSettings(astroConfig, 'silent', dir);
    expect(settings.dotAstroDir.href).toBe(dotAstroDir(astroConfig).href);
    expect(keyFile(astroConfig, false)).toBe(path.join(dir, 'node_modules/.astro/qemu-docs-content-key.json'));
    expect(keyFile(astroConfig, true)).toBe(path.join(dir, '.astro/qemu-docs-content-key.json'));
  });
});
