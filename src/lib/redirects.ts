import { featureHref, joinBase, localeRoot, shortFeatureHref } from './hrefs.ts';
import { LOCALES } from './i18n.ts';
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

/**
 * The redirect pages of every edition: each edition has its own short links (`/ru/f/<slug>/`) and
 * earlier slugs, leading to its own page.
 * @example editionRedirects('/', [colo])[1] // → { from: '/ru/f/colo/', to: '/ru/features/colo/', … }
 */
export function editionRedirects(base: string, features: readonly FeatureEntry[]): Redirect[] {
  return LOCALES.flatMap((locale) => featureRedirects(localeRoot(base, locale), features));
}

/** Where `_redirects` is read, and how: the hosts the README names. */
export type RedirectsHost = 'netlify' | 'cloudflare';

/**
 * The `_redirects` file: real HTTP 301s, which keep the `#section` of the old link. One placeholder
 * rule per edition covers its short links; each alias is a line. On Netlify a file at the old address (the
 * redirect page) wins over a rule unless the rule is forced (`301!`); Cloudflare Pages applies rules
 * before files and refuses `301!` as an unknown status, so each host gets its own form.
 * @example redirectsFile('/', [alias], 'cloudflare') // → '/f/* /features/:splat 301\n/features/old/ /features/new/ 301\n'
 */
export function redirectsFile(base: string, redirects: readonly Redirect[], host: RedirectsHost): string {
  const status = host === 'netlify' ? '301!' : '301';
  const roots = LOCALES.map((locale) => localeRoot(base, locale));
  const shortLinks = roots.map((root) => joinBase(root, 'f/'));
  const aliases = redirects.filter((redirect) => !shortLinks.some((prefix) => redirect.from.startsWith(prefix)));
  const lines = [
    ...roots.map((root) => `${joinBase(root, 'f/')}* ${joinBase(root, 'features/')}:splat ${status}`),
    ...aliases.map((redirect) => `${redirect.from} ${redirect.to} ${status}`),
    // Netlify serves the site's one 404.html for every missing address; an edition's own comes from a
    // rule (applied only where no file exists). Cloudflare Pages looks for the nearest 404.html itself.
    ...(host === 'netlify' ? roots.filter((root) => root !== joinBase(base, '')).map((root) => `${root}* ${root}404.html 404`) : []),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Whether a built page is a redirect page, for the sitemap: search engines get only real pages.
 * @example isRedirectPage('https://x.org/f/colo/', new Set(['/f/colo/'])) // → true
 */
export function isRedirectPage(pageUrl: string, redirectPaths: ReadonlySet<string>): boolean {
  return redirectPaths.has(new URL(pageUrl).pathname);
}
