/**
 * The one pattern for everything that becomes part of a URL: page slugs (the file name), aliases,
 * related slugs, architecture ids and a section's earlier ids (`data-aliases`). Lowercase words
 * joined by single hyphens, so an id is safe in a path, in a `#fragment` and in a line of
 * `_redirects` without escaping. (A section's own id is Astro's slug of its heading, which keeps
 * letters of any script, or the id the author pinned; neither is held to this pattern.)
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** @example isSlug('vhost-vsock') // → true; isSlug('Vhost vsock') // → false */
export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}
