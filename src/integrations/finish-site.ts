import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeHostHeaders } from '../build/host-headers.ts';
import { checkOutput } from '../build/output-checks.ts';
import { buildSearchIndex } from '../build/pagefind.ts';
import { listOutputFiles, readBuiltDocuments, readBuiltSite } from '../build/read-built-site.ts';
import { placeEdition404Pages } from '../build/edition-404.ts';
import { endPhase } from '../build/build-phases.ts';
import { formatCount, phaseLine } from '../lib/build-report.ts';
import { projectEnv } from '../config/env.ts';
import { assertPagePolicy } from '../build/page-policy-check.ts';

/**
 * The last step of `astro build`, on the finished pages: the search index, `_headers`, and the checks
 * that decide whether the output may be published (links, published URLs). Why one integration and
 * not three: Pagefind indexes in its own process, so the pages are read and parsed once while it
 * works, and that one parse serves both the checks and `_headers` (each used to read every page).
 */
export function finishSite(): AstroIntegration {
  let base = '/';
  let origin = '';
  let root = process.cwd();
  return {
    name: 'qemu-docs:finish-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        origin = new URL(config.site ?? 'http://localhost').origin;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Astro's other build:done hooks (the sitemap) ran before this one.
        logger.info(phaseLine('sitemap', endPhase('sitemap')));
        const outDir = fileURLToPath(dir);
        await placeEdition404Pages(outDir);
        const indexing = buildSearchIndex(outDir, projectEnv().searchShardPages);
        // If reading fails, the indexer's outcome is still awaited, so its process is closed first.
        const [read, indexed] = await Promise.allSettled([readBuiltSite(outDir, base), indexing]);
        if (read.status === 'rejected') throw read.reason;
        if (indexed.status === 'rejected') throw indexed.reason;
        for (const [locale, { pages, bundles, seconds }] of Object.entries(indexed.value)) {
          logger.info(phaseLine(`search index (${locale})`, seconds, `${formatCount(pages)} pages${bundles > 1 ? ` in ${bundles} bundles` : ''}`));
        }
        const { pages } = read.value;
        await writeHostHeaders(outDir, base, pages);
        // Listed again now that pagefind/ and _headers exist, so links to them are checked too.
        const files = await listOutputFiles(outDir);
        const checked = checkOutput({ files, pages, documents: await readBuiltDocuments(outDir, files), base, origin, root }, logger);
        // @astrojs/mdx renders MDX pages after the body gate of the content loader: check them whole here.
        if (projectEnv().mdxPath === 'standard') await assertPagePolicy(outDir, files, base);
        const published = checked.published === undefined ? '' : `, ${formatCount(checked.published)} published URLs`;
        logger.info(phaseLine('link and published-URL checks', endPhase('link and published-URL checks'), `${formatCount(checked.pages)} pages and ${formatCount(checked.documents)} Markdown files${published}`));
      },
    },
  };
}
