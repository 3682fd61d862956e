/**
 * The one rule for URLs in published content: `http`, `https`, `mailto` and relative URLs, nothing
 * else. An allow-list, not a list of bad schemes, so a scheme nobody thought of (`vbscript:`,
 * `jar:`, `intent:`) fails closed.
 *
 * A URL is read the way the WHATWG URL parser reads it, because that is what the browser follows:
 * leading and trailing C0 controls and spaces are dropped, ASCII tab and newline vanish anywhere,
 * and the scheme is case-insensitive. Callers pass the value as a parser gives it, with entities
 * already decoded (`&#106;avascript:` arrives as `javascript:`).
 * @see https://url.spec.whatwg.org/#concept-basic-url-parser (the two "remove" steps and the scheme state)
 */

/** The schemes a page may link to or load from. */
export const PERMITTED_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/**
 * The scheme a browser reads in a URL, lower-cased, or `undefined` for a relative URL.
 * @example urlSchemeOf(' JaVa\tScript:alert(1)') // → 'javascript'
 * @example urlSchemeOf('/features/colo/#usage') // → undefined
 */
export function urlSchemeOf(url: string): string | undefined {
  // Stryker: equivalent mutant — the trailing alternative (`[…]+$` as `[…]$`): what trails the URL
  // never reaches the scheme at its start; the parser's rule is kept whole for readers.
  // eslint-disable-next-line no-control-regex -- exactly the characters the URL parser strips
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  // Stryker: equivalent mutant — `?.[1]?.` as `?.[1].`: a match always has group 1.
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

/**
 * Whether a URL may appear in a page: relative, or with a permitted scheme.
 * @example isPermittedUrl('https://qemu.org/') // → true
 * @example isPermittedUrl('data:text/html,<script>') // → false
 */
export function isPermittedUrl(url: string): boolean {
  const scheme = urlSchemeOf(url);
  return scheme === undefined || PERMITTED_SCHEMES.includes(scheme);
}

/**
 * Whether a URL the browser fetches by itself when the page loads (an image's `src` or `srcset`, a
 * video's `poster`) may appear in a page: only a file of the site. A file on another host would be
 * a request to that host from every reader (a tracking pixel), and the site's CSP blocks it anyway.
 * @example isPermittedResourceUrl('/images/colo.png') // → true
 * @example isPermittedResourceUrl('//tracker.example/p.gif') // → false
 */
export function isPermittedResourceUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- exactly the characters the URL parser strips
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return urlSchemeOf(url) === undefined && !/^[\\/]{2}/.test(cleaned);
}

/** What a reader of a refused image URL should do instead. */
export const RESOURCE_URL_ADVICE = 'Put the file in public/ and give its path on the site, like /images/name.png: a file on another host would be fetched from every reader\'s browser, and the site\'s content security policy blocks it.';

/**
 * The URLs of a `srcset` value (`a.png 1x, b.png 2x`), each checked on its own.
 * @example srcsetUrls('a.png 1x, javascript:x 2x') // → ['a.png', 'javascript:x']
 */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    // Stryker: equivalent mutants — `/\s+/` as `/\s/` (the candidate is trimmed, so the URL before
    // the first space is the same) and the `?? ''` string (split always gives a first element).
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** What a reader of a refusal should write instead of a URL that is not permitted. */
export const PERMITTED_URL_ADVICE = 'Link to a page of the site (a relative URL) or to an http, https or mailto address.';
