/**
 * `npm run urls:update`: adds the URLs and section anchors of the built site (OUT_DIR, default dist/)
 * to content/published-urls.txt. It never drops one unless asked with `--prune`, because a URL that
 * vanishes from the manifest is a link that may break in someone's wiki.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectEnv, projectRoot } from '../src/config/env.ts';
import { manifestPath } from '../src/build/output-checks.ts';
import { readBuiltSite } from '../src/build/read-built-site.ts';
import { formatManifest, parseManifest, publishedUrls, updateManifest } from '../src/lib/published-urls.ts';

let prune: boolean;
try {
  prune = parseArgs({ options: { prune: { type: 'boolean', default: false } } }).values.prune;
} catch (error) {
  process.stderr.write(`${(error as Error).message}\nUsage: npm run urls:update [-- --prune]\n`);
  process.exit(2);
}
const { outDir, base } = projectEnv();
const shown = path.relative(projectRoot, outDir) || '.';
if (!existsSync(path.join(outDir, 'index.html'))) {
  process.stderr.write(`No built site in ${shown}/: run \`npm run build\` first (with the same OUT_DIR and BASE_PATH).\n`);
  process.exit(1);
}
const file = manifestPath();
const { pages } = await readBuiltSite(outDir, base);
const previous = existsSync(file) ? parseManifest(readFileSync(file, 'utf8')) : [];
const { urls, added, removed } = updateManifest(previous, publishedUrls(pages), { prune });
writeFileSync(file, formatManifest(urls));
process.stdout.write(`${path.relative(projectRoot, file)}: ${urls.length} URLs (${added} added, ${removed} removed).\n`);
