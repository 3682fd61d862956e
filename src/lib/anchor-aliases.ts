import { isSlug } from './slug.ts';

/**
 * Reads a heading's `data-aliases` attribute: earlier ids of the section, separated by spaces, that
 * must keep landing on it after the heading was reworded (`## Usage {#usage data-aliases="how-to-use-it"}`).
 * @example parseAnchorAliases('old-a  old-b') // → ['old-a', 'old-b']
 */
export function parseAnchorAliases(value: unknown): string[] {
  // A heading's attribute is a string, or absent. Stryker: equivalent mutant — /\s+/ as /\s/: the
  // filter drops the empty strings between spaces either way.
  const ids = typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
  const bad = ids.filter((id) => !isSlug(id));
  if (bad.length > 0) {
    throw new Error(`data-aliases: ${bad.map((id) => `"${id}"`).join(', ')} is not an id; use lowercase words joined by hyphens, like "how-to-use-it".`);
  }
  return ids;
}
