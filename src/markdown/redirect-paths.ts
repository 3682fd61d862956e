import { readFileSync } from 'node:fs';
import { editionRedirects } from '../lib/redirects.ts';
import type { FeatureData } from '../lib/schema.ts';
import { readFrontmatter } from './content-ast.ts';
import { listContentFiles } from '../config/content-files.ts';
import { isPageFileName } from '../lib/content-layout.ts';
import { DEFAULT_LOCALE } from '../lib/i18n.ts';

/**
 * The addresses of the redirect pages, read from the feature files when the config loads, for the
 * sitemap's filter (a filter sees only URLs, and runs outside Astro's content layer). The list comes
 * from featureRedirects, as the pages and `_redirects` do. A page whose frontmatter does not parse
 * counts without aliases here; the build fails on it anyway, naming the line.
 */
export function readRedirectPaths(contentDir: string, base: string): Set<string> {
  const files = listContentFiles(contentDir).filter((file) => file.locale === DEFAULT_LOCALE && file.kind === 'features' && isPageFileName(file.name));
  const features = files.map(({ name, path }) => {
    let aliases: string[] = [];
    // Stryker: equivalent mutants in this block — `includes('aliases')` as `includes('')` or the
    // test as `true` (YAML with no aliases is read: slower, same list), and `Array.isArray(…)` as
    // `true` (a missing or non-list value throws, and the catch gives the page no aliases all the same).
    try {
      const source = readFileSync(path, 'utf8');
      // Most pages have no earlier slugs, and parsing YAML is most of this function's cost (0.8 s
      // of the config's start-up at 1,000 pages): only a page that names the field is read.
      const data = source.includes('aliases') ? readFrontmatter(source).data : {};
      if (Array.isArray(data['aliases'])) aliases = data['aliases'].map(String);
    } catch {
      /* reported by the build's own checks */
    }
    // Stryker: equivalent mutant — the `$` of /\.mdx?$/: the name ends so (filtered above), and a
    // page's name is a slug, with no other ".md" in it.
    return { id: name.replace(/\.mdx?$/, ''), data: { title: '', aliases } as unknown as FeatureData };
  });
  return new Set(editionRedirects(base, features).map((redirect) => redirect.from));
}
