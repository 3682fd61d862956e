import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';
import { parseAnchorAliases } from '../lib/anchor-aliases.ts';
import { localeOfContentFile } from './content-locale.ts';
import { fill, t } from '../lib/strings.ts';

/**
 * A Sätteri hast plugin for the sections of a page (h2, h3):
 * - gives every heading its id here, with the same slugger Astro uses, so the anchor link can point
 *   at it (Astro's own heading-ids step runs after user plugins and keeps ids that exist);
 * - appends a visible, keyboard-reachable `#` link to the section, and a "copy link" button that the
 *   page's loader reveals when JavaScript runs;
 * - turns `data-aliases="old-id …"` into empty targets before the heading, so links to a section's
 *   earlier id still land on it.
 * Why a plugin: Sätteri runs it natively in the MDX pipeline, at no cost to render time.
 */
export const headingAnchors: HastPluginEntry = ({ fileURL }) => {
  const slugger = new GithubSlugger();
  // The labels are in the page's edition, known from its place in the content folder.
  const ui = t(localeOfContentFile(fileURL));
  // Two sections with one id would make links to the second land on the first: refuse it, whether
  // the ids were pinned, generated or kept as aliases (`## Usage {#usage}` then `### Usage`).
  const taken = new Set<string>();
  const file = () => (fileURL ? fileURLToPath(fileURL) : 'a page');
  const claim = (id: string, heading: string) => {
    if (taken.has(id)) {
      throw new Error(`${file()}: the section "${heading}" gets the id "${id}", which an earlier section of the page already has. Pin another id: ## ${heading} {#another-id}`);
    }
    taken.add(id);
  };
  const aliasesOf = (value: unknown, heading: string) => {
    try {
      return parseAnchorAliases(value);
    } catch (error) {
      // Stryker: equivalent mutant — `{ cause }` as `{}`: the message already holds the cause's.
      throw new Error(`${file()}: the section "${heading}": ${(error as Error).message}`, { cause: error });
    }
  };
  return {
    // Stryker: equivalent mutant — the name as '': Sätteri only shows it in its own diagnostics.
    name: 'qemu-docs:heading-anchors',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const text = ctx.textContent(node).trim();
        // Stryker: equivalent mutants — the `?.`s as `.` (a heading always has properties), and the
        // `existing` test as `true` or `||` (a pinned id is a non-empty string, or there is none).
        const existing = node.properties?.['id'];
        const id = typeof existing === 'string' && existing ? existing : slugger.slug(text);
        ctx.setProperty(node, 'id', id);
        claim(id, text);
        const aliases = aliasesOf(node.properties?.['data-aliases'], text);
        for (const alias of aliases) claim(alias, text);
        // The attribute only carries the ids to here: even an empty one is not published.
        ctx.setProperty(node, 'data-aliases', null);
        ctx.insertBefore(node, aliases.map((alias) => ({ type: 'element' as const, tagName: 'span', properties: { id: alias, className: ['anchor-alias'] }, children: [] })));
        ctx.appendChild(node, [
          { type: 'element', tagName: 'a', properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: fill(ui.sectionLink, { section: text }, ui.lang) }, children: [] },
          { type: 'element', tagName: 'button', properties: { type: 'button', className: ['copy-link'], dataCopyLink: id, dataLabel: ui.copyLinkShort, hidden: true, ariaLabel: fill(ui.copySectionLink, { section: text }, ui.lang) }, children: [] },
        ]);
      },
    },
  };
};
