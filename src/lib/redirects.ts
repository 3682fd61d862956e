import { featureHref, joinBase, shortFeatureHref } from './hrefs.ts';
import type { FeatureEntry } from './features.ts';

/**
 * The one source of the site's redirects. Every old or short address gets an HTML redirect page
 * (hosts without redirect rules, like GitHub Pages and object stores, serve those), and `_redirects`
 * gives the same addresses real 301s on the hosts that read it. Both come from here, so they
 * cannot drift apart, and neither can the sitemap, which leaves these addresses out.
 */

/** One old or short address and the page it sends readers to; both carry the deploy base. */
export interface Redirect {
  from: string;
  to: string;
  /** Title of the page it leads to, for the redirect page. */
  title: string;
}

/**
 * Every redirect page the site publishes: the short link `/f/<slug>/` of each feature, and each of
 * its earlier slugs (`aliases`) under `/features/`.
 * @example featureRedirects('/', [colo]) // → [{ from: '/f/colo/', to: '/features/colo/', title: … }]
 */
export function featureRedirects(base: string, features: readonly FeatureEntry[]): Redirect[] {
  return features.flatMap((feature) => [
    { from: shortFeatureHref(base, feature.id), to: featureHref(base, feature.id), title: feature.data.title },
    ...feature.data.aliases.map((alias) => ({ from: featureHref(base, alias), to: featureHref(base, feature.id), title: feature.data.title })),
  ]);
}

/** Where `_redirects` is read, and how: the hosts the README names. */
export type RedirectsHost = 'netlify' | 'cloudflare';

/**
 * The `_redirects` file: real HTTP 301s, which keep the `#section` of the old link. One placeholder
 * rule covers every short link; each alias is a line. On Netlify a file at the old address (the
 * redirect page) wins over a rule unless the rule is forced (`301!`); Cloudflare Pages applies rules
 * before files and refuses `301!` as an unknown status, so each host gets its own form.
 * @example redirectsFile('/', [alias], 'cloudflare') // → '/f/* /features/:splat 301\n/features/old/ /features/new/ 301\n'
 */
export function redirectsFile(base: string, redirects: readonly Redirect[], host: RedirectsHost): string {
  const status = host === 'netlify' ? '301!' : '301';
  const shortLinks = joinBase(base, 'f/');
  const aliases = redirects.filter((redirect) => !redirect.from.startsWith(shortLinks));
  const lines = [`${shortLinks}* ${joinBase(base, 'features/')}:splat ${status}`, ...aliases.map((redirect) => `${redirect.from} ${redirect.to} ${status}`)];
  return `${lines.join('\n')}\n`;
}

/**
 * Whether a built page is a redirect page, for the sitemap: search engines get only real pages.
 * @example isRedirectPage('https://x.org/f/colo/', new Set(['/f/colo/'])) // → true
 */
export function isRedirectPage(pageUrl: string, redirectPaths: ReadonlySet<string>): boolean {
  return redirectPaths.has(new URL(pageUrl).pathname);
}
