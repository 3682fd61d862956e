import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { assertMayReplace, assertOutDirOnDisk, mayReplace, prepareStaging, publishStaged, restoreInterruptedSwap, SITE_MARKER, swapFolders } from '../../scripts/site-swap.ts';

/** A project folder in a temp folder, with dist/ as OUT_DIR. */
function project() {
  const root = mkdtempSync(path.join(tmpdir(), 'site-swap-'));
  return { root, ...swapFolders(path.join(root, 'dist')) };
}
/** A folder holding one index.html saying `text`, marked as built unless `marked` is false. */
function site(dir: string, text: string, marked = true): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), text);
  if (marked) writeFileSync(path.join(dir, SITE_MARKER), '');
}
const index = (dir: string) => readFileSync(path.join(dir, 'index.html'), 'utf8');

describe('a full build cycle', () => {
  test('publishes the new site, keeps its marker, and leaves nothing beside it', async () => {
    const { root, outDir, staging, previous } = project();
    site(outDir, 'old');
    const built = await prepareStaging(outDir, root);
    site(built, 'new', false);
    await publishStaged(outDir, root);
    expect(index(outDir)).toBe('new');
    expect(existsSync(path.join(outDir, SITE_MARKER))).toBe(true);
    expect([existsSync(staging), existsSync(previous)]).toEqual([false, false]);
  });
  test('the first build, with no site yet', async () => {
    const { root, outDir } = project();
    site(await prepareStaging(outDir, root), 'new', false);
    await publishStaged(outDir, root);
    expect(index(outDir)).toBe('new');
  });
  test('a staging folder left by a killed build is cleared, as it carries the marker', async () => {
    const { root, outDir, staging } = project();
    const built = await prepareStaging(outDir, root);
    site(built, 'half-written', false); // Astro was killed here
    expect(existsSync(path.join(staging, SITE_MARKER))).toBe(true);
    expect(await prepareStaging(outDir, root)).toBe(built);
    expect(existsSync(built)).toBe(false);
  });
});

describe('a build killed between the two renames', () => {
  test('the next build puts the last good site back before anything else', async () => {
    const { outDir, previous } = project();
    site(previous, 'last good');
    expect(await restoreInterruptedSwap(outDir)).toBe(true);
    expect(index(outDir)).toBe('last good');
    expect(existsSync(previous)).toBe(false);
  });
  test('nothing is restored over a site in place, or from a folder the build did not make', async () => {
    const a = project();
    site(a.outDir, 'current');
    site(a.previous, 'older');
    expect(await restoreInterruptedSwap(a.outDir)).toBe(false);
    expect(index(a.outDir)).toBe('current');
    const b = project();
    site(b.previous, 'not ours', false);
    expect(await restoreInterruptedSwap(b.outDir)).toBe(false);
    expect(existsSync(b.outDir)).toBe(false);
  });
  test('a leftover previous site beside a site in place is removed by the next build', async () => {
    const { root, outDir, previous } = project();
    site(outDir, 'current');
    site(previous, 'older');
    await prepareStaging(outDir, root);
    expect(existsSync(previous)).toBe(false);
  });
});

describe('folders the build did not make are never replaced', () => {
  test('an output folder without the marker is refused, saying how to proceed', async () => {
    const { root, outDir } = project();
    site(outDir, 'my own work', false);
    expect(mayReplace(outDir)).toBe(false);
    expect(() => assertMayReplace(outDir, root)).toThrow(/dist\/ exists and was not built by npm run build \(it has no \.qemu-docs-site file\)[^]*Set OUT_DIR to a folder of its own/);
    site(await prepareStaging(outDir, root), 'new', false);
    await expect(publishStaged(outDir, root)).rejects.toThrow(/was not built by npm run build/);
    expect(index(outDir)).toBe('my own work');
  });
  test('an empty or missing folder may be used', () => {
    const { outDir } = project();
    expect(mayReplace(outDir)).toBe(true);
    mkdirSync(outDir);
    expect(mayReplace(outDir)).toBe(true);
  });
  test('unmarked folders named like the staging or previous folder are left alone', async () => {
    for (const which of ['staging', 'previous'] as const) {
      const folders = project();
      site(folders.outDir, 'current');
      site(folders[which], 'my own work', false);
      await expect(prepareStaging(folders.outDir, folders.root), which).rejects.toThrow(/was not built by npm run build/);
      expect(index(folders[which])).toBe('my own work');
    }
  });
  test('a symbolic link cannot lead the output folder into the project', () => {
    const { root } = project();
    mkdirSync(path.join(root, 'content'));
    const link = path.join(mkdtempSync(path.join(tmpdir(), 'site-swap-link-')), 'out');
    symlinkSync(path.join(root, 'content'), link);
    expect(() => assertOutDirOnDisk(link, { root, contentDir: path.join(root, 'content') })).toThrow(/is inside content\/.*through a symbolic link/);
    expect(() => assertOutDirOnDisk(path.join(link, 'not-yet'), { root, contentDir: path.join(root, 'content') })).toThrow(/is inside content\//);
    expect(() => assertOutDirOnDisk(path.join(root, 'dist'), { root, contentDir: path.join(root, 'content') })).not.toThrow();
  });
});
