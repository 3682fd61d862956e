import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../lib/link-check.ts';
import { readBuiltSite } from './read-built-site.ts';

/**
 * Fails the build when an internal link or `#fragment` in the output does not resolve, naming the
 * page and the link. Runs after the whole site (search index included) is written.
 */
export function linkCheck(): AstroIntegration {
  let base = '/';
  let origin = '';
  return {
    name: 'qemu-docs:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        origin = new URL(config.site ?? 'http://localhost').origin;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { files, pages } = await readBuiltSite(fileURLToPath(dir));
        const broken = findBrokenLinks(pages, new Set(files), { base, origin });
        if (broken.length > 0) {
          const lines = broken.map((link) => `  ${link.page}: "${link.href}" ${link.reason}`);
          throw new Error(`${broken.length} broken internal link${broken.length === 1 ? '' : 's'}:\n${lines.join('\n')}\nFix the link in the page's source, or add the missing page or heading id.`);
        }
        logger.info(`checked the links of ${pages.length} pages`);
      },
    },
  };
}
