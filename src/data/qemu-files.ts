import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * Every path of the QEMU 2.8.0 source tree (the roms/ submodules left out), listed from the v2.8.0
 * sources: a page's `references` must name one of them (src/markdown/check-pages.ts). Gzipped, it is
 * 25 KB in the repository; read once per build.
 */
export function readQemuFiles(): ReadonlySet<string> {
  const list = gunzipSync(readFileSync(new URL('./qemu-2.8.0-files.txt.gz', import.meta.url))).toString('utf8');
  return new Set(list.split('\n').filter((line) => line !== ''));
}
