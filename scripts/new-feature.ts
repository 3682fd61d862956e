/** `npm run new -- <slug>`: writes content/features/<slug>.mdx with valid frontmatter to fill in. */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scaffoldFeature } from '../src/lib/scaffold.ts';

const slug = process.argv[2];
if (!slug) {
  process.stderr.write('Usage: npm run new -- <slug>   (for example: npm run new -- vhost-vsock)\n');
  process.exit(2);
}
const file = path.resolve(import.meta.dirname, '..', 'content', 'features', `${slug}.mdx`);
try {
  const text = scaffoldFeature(slug);
  if (existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} exists already; pick another slug or edit that page.`);
  writeFileSync(file, text);
  process.stdout.write(`Created ${path.relative(process.cwd(), file)}. Fill in the TODOs, then run npm run dev to preview it.\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
