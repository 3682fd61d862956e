/** Access to the site that `npm test` built from the real content (dist/). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readBuiltPage } from '../../src/build/read-built-site.ts';

export const root = path.resolve(import.meta.dirname, '../..');
export const distDir = path.join(root, 'dist');

/** Fails with a hint when the suite runs before a build. */
export function requireDist(): void {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error('dist/ has no site: run `npm run build` first (npm test does it for you).');
  }
}

/** The HTML of a built page, by site path (`/features/colo/`). */
export function pageHtml(sitePath: string): string {
  return readFileSync(path.join(distDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath), 'utf8');
}

/** Links and ids of a built page. */
export function page(sitePath: string) {
  return readBuiltPage(sitePath, pageHtml(sitePath));
}

/** The source file of a feature page: `.mdx` (every real page), or `.md`. */
export function featureSource(id: string): string {
  const mdx = path.join(root, 'content', 'features', `${id}.mdx`);
  return existsSync(mdx) ? mdx : mdx.replace(/x$/, '');
}

/** Slugs of the content files, which the built site must match one to one. */
export function contentIds(collection: 'features' | 'architectures'): string[] {
  return readdirSync(path.join(root, 'content', collection))
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => name.replace(/\.mdx?$/, ''))
    .sort();
}
