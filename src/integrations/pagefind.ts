import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Fails loudly with what Pagefind said, instead of publishing a site with a broken index. */
function throwOnErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind failed while ${step}:\n  ${errors.join('\n  ')}`);
  }
}

/**
 * Builds the search index inside `astro build`, so one command produces the whole site. Runs the
 * Pagefind Node API on the output folder at `astro:build:done` and writes `pagefind/` beside the pages.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'qemu-docs:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({});
          throwOnErrors('creating the index', created.errors);
          const { index } = created;
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: outDir });
          throwOnErrors('reading the built pages', added.errors);
          if (added.page_count === 0) throw new Error('Pagefind found no page with data-pagefind-body to index');
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          throwOnErrors('writing the index', written.errors);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
