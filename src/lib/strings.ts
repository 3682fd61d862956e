/**
 * Every string the site's chrome shows, in one place, so the planned Russian edition is a second
 * table of the same shape (`satisfies UiStrings`) rather than a hunt through components.
 */
import type { Category, Status } from './vocabulary.ts';

/** A string with a form per plural category of the language ("1 item", "2 items"); `other` is always there. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export const en = {
  lang: 'en',
  siteName: 'QEMU 2.8 features',
  skipToContent: 'Skip to content',
  home: 'Overview',
  search: 'Search',
  searchShortcut: 'Search (press / or Ctrl+K)',
  architectures: 'Architectures',
  onThisPage: 'On this page',
  related: 'Related features',
  references: 'References in the QEMU 2.8.0 source',
  /** `{section}` is the heading's text. The Sätteri heading plugin still writes its own English copy. */
  sectionLink: 'Section link: {section}',
  copySectionLink: 'Copy a link to the section {section}',
  /** The navigation of a feature page: its category's features and the list of categories. */
  featureNav: {
    label: 'Features',
    toggle: 'Browse features',
    categories: 'Categories',
    /** Shown when a category has more features than the navigation lists. */
    allInCategory: 'All {count} in {category}',
  },
  editPage: 'Edit this page',
  /** `{date}` is the date of the last commit that changed the page's source file. */
  lastChanged: 'Last changed on {date}',
  previous: 'Previous',
  next: 'Next',
  inCategory: 'in',
  appliesTo: 'Applies to',
  allArchitectures: 'all architectures',
  specificFeatures: 'Features specific to this architecture',
  crossFeatures: 'Features for every architecture that also apply here',
  noSpecificFeatures: 'No 2.8 item is specific to this architecture.',
  binaries: 'Binaries',
  machines: 'Main machine types',
  copy: 'Copy',
  copied: 'Copied',
  /** On a copy button when the browser refused the clipboard, or the link menu could not load. */
  copyFailed: 'Copy failed',
  copyAria: 'Copy this code',
  linkToPage: 'Link to this page',
  linkMenuLabel: 'Copy a link',
  linkFormats: {
    url: 'URL',
    markdown: 'Markdown',
    mediawiki: 'MediaWiki',
    rst: 'reStructuredText',
  },
  linkCopied: 'Copied to the clipboard.',
  linkCopyFailed: 'Could not copy: the browser refused access to the clipboard.',
  /** The label an <Aside type="…"> shows above its text (src/components/mdx/aside.ts). */
  asides: {
    note: 'Note',
    tip: 'Tip',
    caution: 'Caution',
  },
  movedTo: 'This page is now at',
  matrix: 'Matrix',
  matrixTitle: 'Features by architecture',
  matrixDescription: 'Which QEMU 2.8 items apply to which guest architecture: ✓ where an item applies. The names link to the feature and architecture pages.',
  matrixCaption: 'QEMU 2.8 features (rows) by architecture family (columns)',
  matrixFeature: 'Feature',
  /** Index pages at scale (src/lib/listing.ts): a section links to its full list, which comes in pages. */
  listing: {
    allInCategory: { other: 'All {count} items in {category}' } as Plural,
    allSpecific: { other: 'All {count} features specific to {arch}' } as Plural,
    allCross: { other: 'All {count} features for every architecture' } as Plural,
    categoryDescription: 'Every QEMU 2.8 item in the category {category}.',
    specificTitle: 'Features specific to {arch}',
    specificDescription: 'Every QEMU 2.8 item written for the {arch} architecture.',
    crossTitle: 'Features for every architecture',
    crossDescription: 'Every QEMU 2.8 item that does not depend on the guest architecture.',
    /** Appended to the title of page 2 and later, so each page of a list has a title of its own. */
    pageOfTitle: '{title}, page {page} of {last}',
    range: 'Items {start}–{end} of {total}.',
    pages: 'Pages',
    page: 'Page {page}',
    previousPage: 'Previous page',
    nextPage: 'Next page',
  },
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address. It may have moved: try the overview or a search.',
  footer: 'Documentation of the QEMU 2.8 release, checked against the QEMU 2.8.0 source.',
  categories: {
    reliability: 'Reliability',
    devices: 'Devices',
    storage: 'Storage and block layer',
    display: 'Display',
    cpu: 'CPU models',
    machines: 'Machines and boards',
    tools: 'Tools',
    removals: 'Removals',
  } satisfies Record<Category, string>,
  statuses: {
    new: 'New',
    improved: 'Improved',
    removed: 'Removed',
  } satisfies Record<Status, string>,
  /** The search dialog, the search page and their announcements. `{name}` marks a value filled in. */
  searchUi: {
    dialogLabel: 'Search the QEMU 2.8 features',
    inputLabel: 'Search for',
    placeholder: 'Feature, device, option, command…',
    close: 'Close',
    prompt: 'Type a name like vhost-vsock-pci or q35, or a question like fault tolerance.',
    loading: 'Loading search…',
    /** Chosen with Intl.PluralRules, so an edition can add the forms its language needs (few, many). */
    count: { one: '{count} result', other: '{count} results' } as Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
    none: 'No results. Try a shorter word, part of a name, or fewer filters.',
    /**
     * When a word is not a name of the site but close to one: `{status}` is the count or
     * `noneBrief`, `{query}` the suggested query, shown as a button that searches for it.
     */
    didYouMean: '{status}. Did you mean {query}?',
    /** "No results" before a suggestion, which replaces the advice of `none`. */
    noneBrief: 'No results',
    error: 'Search could not be loaded. Browse the overview or the architecture pages instead.',
    allResults: 'All results, with filters',
    keysHint: '↓ ↑ to move, Enter to open, Esc to close',
    pageTitle: 'Search',
    pageDescription: 'Search every QEMU 2.8 feature page by name, option, device, property or command.',
    /** `{overview}` and `{architectures}` become links to those pages. */
    needsJs: 'Search needs JavaScript. Browse the {overview} or the {architectures} instead.',
    overviewLink: 'overview',
    architecturesLink: 'architecture pages',
    filters: 'Filters',
    filterArch: 'Architecture',
    filterCategory: 'Category',
    filterStatus: 'Status',
    filterAny: 'Any',
    submit: 'Search',
    more: 'Show more results',
    pageKind: 'Architecture',
  },
  /** The Markdown copy of each feature page and /llms.txt, written for tools and agents. */
  forTools: {
    category: 'Category',
    architectures: 'Architectures',
    status: 'Status',
    keywords: 'Keywords',
    webPage: 'Web page',
    diagram: 'Diagram',
    llmsSummary: 'One page per item of the QEMU 2.8 release (what it is, how to use it, requirements, limitations, where it applies), each checked against the QEMU 2.8.0 source, and an index per guest architecture.',
    llmsMarkdown: 'Each feature page links here to its Markdown copy: the page\'s URL followed by index.md.',
    llmsMore: 'More',
    featuresJson: 'Every feature with its URLs and section anchors, as JSON',
  },
};

export type UiStrings = typeof en;

/** The strings of the current edition. Routes take a locale prefix once a second edition exists. */
export const ui: UiStrings = en;

/**
 * Fills `{name}` slots in a UI string. With a plural form, `{count}` is the number in the edition's
 * digit grouping and Intl.PluralRules picks the form.
 * @example fill('Page {page} of {last}', { page: 2, last: 9 }) // → 'Page 2 of 9'
 */
export function fill(template: string | Plural, values: Record<string, string | number>, lang: string = ui.lang): string {
  const count = values['count'];
  const text = typeof template === 'string' ? template : (typeof count === 'number' && template[new Intl.PluralRules(lang).select(count)]) || template.other;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    if (value === undefined) return slot;
    return typeof value === 'number' ? value.toLocaleString(lang) : value;
  });
}
