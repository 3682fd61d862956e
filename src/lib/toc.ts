/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of the on-this-page table of contents, with its h3 children. */
export interface TocItem extends Heading {
  children: Heading[];
}

/**
 * Builds the on-this-page table of contents from h2 and h3 headings: h3s nest under the h2 before
 * them; an h3 before any h2 becomes a top-level entry so nothing is dropped.
 * @example buildToc([{ depth: 2, slug: 'a', text: 'A' }]) // → [{ depth: 2, slug: 'a', text: 'A', children: [] }]
 */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) {
      items.push({ ...heading, children: [] });
    } else if (heading.depth === 3) {
      const parent = items.at(-1);
      if (parent && parent.depth === 2) parent.children.push(heading);
      else items.push({ ...heading, children: [] });
    }
  }
  return items;
}
