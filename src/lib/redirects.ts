import { featureHref, shortFeatureHref } from './hrefs.ts';
import type { FeatureEntry } from './features.ts';

/** One old or short address and the page it sends readers to. */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * Every redirect the site publishes: the short link `/f/<slug>/` of each feature, and each of its
 * earlier slugs (`aliases`) under `/features/`. Paths carry the deploy base.
 * @example featureRedirects('/', [colo]) // → [{ from: '/f/colo/', to: '/features/colo/' }]
 */
export function featureRedirects(base: string, features: readonly FeatureEntry[]): Redirect[] {
  return features.flatMap((feature) => [
    { from: shortFeatureHref(base, feature.id), to: featureHref(base, feature.id) },
    ...feature.data.aliases.map((alias) => ({ from: featureHref(base, alias), to: featureHref(base, feature.id) })),
  ]);
}

/**
 * The `_redirects` file that Netlify and Cloudflare Pages read: real HTTP 301s, which keep the
 * `#section` of the old link. Hosts that ignore the file get the HTML redirect pages instead.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((redirect) => `${redirect.from} ${redirect.to} 301`).join('\n') + '\n';
}
