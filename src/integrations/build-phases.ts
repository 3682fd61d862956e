import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { endPhase } from '../build/build-phases.ts';
import { formatCount, phaseLine, REUSED_PAGES } from '../lib/build-report.ts';

/**
 * Marks where `astro build`'s own phases end (src/build/build-phases.ts), with Astro's public hooks
 * and a Vite plugin, and prints one line for each with its time (src/lib/build-report.ts), so a
 * build says where it is and the benchmark where its time goes. Registered first, so its start mark
 * comes before any other integration's work, and its `astro:build:done` runs before the sitemap's.
 * finish-site.ts marks its own steps.
 */
export function buildPhases(): AstroIntegration {
  let logger: AstroIntegrationLogger | undefined;
  let renderSeconds = 0;
  return {
    name: 'qemu-docs:build-phases',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger: given }) => {
        if (command !== 'build') return;
        logger = given;
        logger.info(phaseLine('Astro start-up', endPhase('astro start-up')));
        updateConfig({
          vite: {
            // Astro bundles the pages' code, then the browser's; the pages render after both.
            plugins: [
              {
                name: 'qemu-docs:bundle-phase',
                apply: 'build',
                closeBundle() {
                  logger?.info(phaseLine(`bundling (${this.environment.name})`, endPhase('bundling')));
                },
              },
            ],
          },
        });
      },
      'astro:build:start': ({ logger }) => logger.info(phaseLine('content sync (Markdown and MDX rendered)', endPhase('content sync (renders Markdown and MDX)'))),
      // The count is known at build:done (Astro's list of written files), the time here.
      'astro:build:generated': () => {
        renderSeconds = endPhase('page rendering');
      },
      'astro:build:done': ({ assets, logger }) => {
        const files = [...assets.values()].reduce((sum, urls) => sum + urls.length, 0);
        // Counted by the compact log (src/build/build-log.ts): pages Astro's incremental build copied from the last build.
        const reused = (globalThis as Record<symbol, number | undefined>)[REUSED_PAGES];
        logger.info(phaseLine('page rendering', renderSeconds, `${formatCount(files)} files${reused ? ` (${formatCount(reused)} copied from the last build)` : ''}`));
      },
    },
  };
}
