import type { Plugin } from 'vite';

/**
 * A Vite plugin that runs a full garbage collection when the bundler starts (after content sync) and
 * once it has written its output, before Astro renders the pages. Why: nearly all that bundling
 * leaves on the heap is garbage (at 1,000 pages about 250 MB of 330 MB), but V8 collects it only
 * under pressure, so it was still held while every page rendered, the build's peak memory.
 * Collecting it first lowers that peak by 50–100 MB. Content sync leaves garbage the same way (the
 * compiler's and highlighter's intermediates): collected before bundling, the heap the bundler
 * grows into is reused, and a 1,000-page build peaked at 778–782 MB instead of 814–832 MB.
 * `gc` exists only when Node runs with --expose-gc, as scripts/build.ts starts `astro build`; in
 * `astro dev` or a bare `astro build` this does nothing.
 */
export function releaseBundlerMemory(): Plugin {
  return {
    name: 'qemu-docs:release-bundler-memory',
    apply: 'build',
    buildStart() {
      (globalThis as { gc?: () => void }).gc?.();
    },
    closeBundle() {
      (globalThis as { gc?: () => void }).gc?.();
    },
  };
}
