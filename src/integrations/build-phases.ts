import type { AstroIntegration } from 'astro';
import { endPhase } from '../build/build-phases.ts';

/**
 * Marks where `astro build`'s own phases end (src/build/build-phases.ts), with Astro's public hooks
 * and a Vite plugin, so the benchmark can say where a build's time goes. Registered first, so its
 * start mark comes before any other integration's work. finish-site.ts marks its own steps.
 */
export function buildPhases(): AstroIntegration {
  return {
    name: 'qemu-docs:build-phases',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        endPhase('astro start-up');
        updateConfig({
          vite: {
            // Astro bundles the pages' code, then the browser's; the pages render after both.
            plugins: [{ name: 'qemu-docs:bundle-phase', apply: 'build', closeBundle: () => endPhase('bundling') }],
          },
        });
      },
      'astro:build:start': () => endPhase('content sync (renders Markdown and MDX)'),
      'astro:build:generated': () => endPhase('page rendering'),
    },
  };
}
