import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { editionRedirects } from '../lib/redirects.ts';
import type { FeatureData } from '../lib/schema.ts';
import { contentFormatOf, parseContent } from './content-ast.ts';
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
    // Stryker: equivalent mutants in this block — the two `?.` as `.`, `?? ''` as another string,
    // `includes('aliases')` as `includes('')` or the test as `true`, and `Array.isArray(…)` as `true`:
    // each either parses YAML that has no aliases (slower, same list) or throws where the value is
    // missing or not a list, and the catch gives such a page no aliases all the same.
    try {
      const yaml = parseContent(readFileSync(path, 'utf8'), contentFormatOf(name)).frontmatter?.yaml ?? '';
      // Most pages have no earlier slugs, and parsing YAML is most of this function's cost (0.8 s
      // of the config's start-up at 1,000 pages): only a page that names the field is parsed.
      const data = yaml.includes('aliases') ? (parse(yaml) as { aliases?: unknown } | null) : null;
      if (Array.isArray(data?.aliases)) aliases = data.aliases.map(String);
    } catch {
      /* reported by the build's own checks */
    }
    // Stryker: equivalent mutant — the `$` of /\.mdx?$/: the name ends so (filtered above), and a
    // page's name is a slug, with no other ".md" in it.
    return { id: name.replace(/\.mdx?$/, ''), data: { title: '', aliases } as unknown as FeatureData };
  });
  return new Set(editionRedirects(base, features).map((redirect) => redirect.from));
}
