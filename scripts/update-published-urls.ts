/**
 * `npm run urls:update`: adds the URLs and section anchors of the built site (dist/) to
 * content/published-urls.txt. It never drops one unless asked with `--prune`, because a URL that
 * vanishes from the manifest is a link that may break in someone's wiki.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { manifestPath } from '../src/integrations/output-checks.ts';
import { readBuiltSite } from '../src/integrations/read-built-site.ts';
import { formatManifest, parseManifest, publishedUrls } from '../src/lib/published-urls.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(root, process.env['OUT_DIR'] ?? 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  process.stderr.write('No built site in dist/: run `npm run build` first.\n');
  process.exit(1);
}
const prune = process.argv.includes('--prune');
const file = manifestPath(root);
const { pages } = await readBuiltSite(dist, process.env['BASE_PATH'] ?? '/');
const current = publishedUrls(pages);
const previous = existsSync(file) ? parseManifest(readFileSync(file, 'utf8')) : [];
const next = [...new Set(prune ? current : [...previous, ...current])].sort();
writeFileSync(file, formatManifest(next));
const added = next.filter((url) => !previous.includes(url)).length;
const removed = previous.filter((url) => !next.includes(url)).length;
process.stdout.write(`${path.relative(root, file)}: ${next.length} URLs (${added} added, ${removed} removed).\n`);
