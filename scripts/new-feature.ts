/**
 * `npm run new -- <slug>`: writes content/features/<slug>.mdx with valid frontmatter to fill in.
 * Every feature page is MDX (README.md, "Content model").
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scaffoldFeature } from '../src/lib/scaffold.ts';
import { projectEnv } from '../src/config/env.ts';

const args = process.argv.slice(2);
const slug = args.find((arg) => !arg.startsWith('--'));
const unknown = args.filter((arg) => arg.startsWith('--'));
if (!slug || unknown.length > 0) {
  process.stderr.write(
    `${unknown.length > 0 ? `Unknown option ${unknown.join(', ')}. ` : ''}Usage: npm run new -- <slug>   (for example: npm run new -- vhost-vsock)\n` +
      '  Writes content/features/<slug>.mdx: every feature page is MDX.\n',
  );
  process.exit(2);
}
try {
  const featuresDir = path.join(projectEnv().contentDir, 'features');
  const file = path.join(featuresDir, `${slug}.mdx`);
  const text = scaffoldFeature(slug);
  const taken = [`${slug}.md`, `${slug}.mdx`].map((name) => path.join(featuresDir, name)).find((candidate) => existsSync(candidate));
  if (taken) throw new Error(`${path.relative(process.cwd(), taken)} exists already; pick another slug or edit that page.`);
  writeFileSync(file, text);
  process.stdout.write(`Created ${path.relative(process.cwd(), file)}. Fill in the TODOs, then run npm run dev to preview it.\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
