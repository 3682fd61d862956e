/**
 * The English edition's strings: every string the site's chrome shows, and the shape every other
 * edition's table has (`UiStrings`, src/lib/strings.ts).
 */
import type { Category, Status } from '../vocabulary.ts';
import type { Plural } from '../plural.ts';

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
  /** `{section}` is the heading's text (src/markdown/heading-anchors.ts, SectionAnchor.astro). */
  sectionLink: 'Section link: {section}',
  // Holds the visible label, copyLinkShort (WCAG 2.5.3: a speech user says what the button shows).
  copySectionLink: 'Copy link to the section {section}',
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
    count: { one: '{count} result', other: '{count} results' } as Plural,
    none: 'No results. Try a shorter word, part of a name, or fewer filters.',
    /**
     * Beside a result of another edition's search that is a page without a translation: its text is
     * in English (found through the English index, src/scripts/search-core.ts). Unused in English.
     */
    inEnglish: 'in English',
    /**
     * When a word is not a name of the site but close to one: `{status}` is the count or
     * `noneBrief`, `{query}` the suggested query, shown as a button that searches for it.
     */
    didYouMean: '{status}. Did you mean {query}?',
    /**
     * When the typed query found nothing or only loose matches and the suggestion's results are
     * shown: `{query}` the suggestion searched, `{typed}` what was typed, a button that searches for
     * it as typed.
     */
    showingFor: '{status}. Showing results for {query} · Search instead for {typed}',
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
  /** The overview (home page): its introduction, with the release announcement's figures. */
  overview: {
    title: 'QEMU 2.8: what is new',
    description: 'What QEMU 2.8 added, changed and removed: every item of the release, checked against the 2.8.0 source, with working examples.',
    intro: [
      "QEMU is a machine emulator and virtualizer. As an emulator it runs software built for one architecture on a machine of another, for example an ARM program or operating system on an x86 PC, by translating instructions (TCG). As a virtualizer it runs the guest's code directly on the host CPU with KVM or Xen, at close to native speed.",
      'These pages explain each item of the 2.8 release: what it is, how to use it, what it needs and what it does not do yet. Where the release announcement and the 2.8.0 source disagree, the pages follow the source.',
    ],
    figuresNote: 'The release announcement gives these figures:',
    /** `{value}` is the figure, set in bold. */
    figures: ['{value} changes', '{value} contributors', '{value} architectures emulated as whole systems', '{value} emulated devices'],
    /** `{count}` is the number of architecture families, `{binaries}` the name qemu-system-* in code. */
    figuresSource: {
      one: 'The announcement counts architectures its own way: the 2.8.0 source builds {count} family of {binaries} binaries, listed below.',
      other: 'The announcement counts architectures its own way: the 2.8.0 source builds {count} families of {binaries} binaries, listed below.',
    } as Plural,
  },
  /** The title of an architecture's page; `{name}` is the architecture. */
  architectureTitle: '{name} in QEMU 2.8',
  /** The accessible name of the header's navigation. */
  siteNavigation: 'Site',
  /** The visible label of a section's "copy link" button. */
  copyLinkShort: 'copy link',
  /** The language switcher: `{language}` is the other edition's name, in that language. */
  languageSwitch: 'Language',
  /** Open Graph's og:locale. */
  ogLocale: 'en_US',
  /**
   * Captions of the examples (src/lib/shiki-example-label.ts). `{…}` slots are filled with code
   * (`{command}`, `{output}`, `{file}`, `{line}`) or text (`{qemu}`, `{status}`, `{count}`, `{reason}`).
   */
  examples: {
    tested: 'Tested in CI with {qemu}: ',
    qmpMatched: 'each reply shown after <- matched what {command} answered',
    qemuExits: 'QEMU exits {status}',
    exits: 'exits {status}',
    prints: 'prints {output}',
    /** `{count}` is the file's size in bytes, its digits grouped as the language groups them. */
    creates: { one: 'creates {file} ({count} byte)', other: 'creates {file} ({count} bytes)' } as Plural,
    thenSucceeds: 'then {command} succeeds',
    typed: ' Typed at the prompt: ',
    prepared: ' Prepared with: ',
    and: ' and ',
    notRun: 'Not run in tests: {reason}',
  },
  /** Notices of a translated edition (never shown on English pages). */
  translation: {
    /** A page that has no translation yet: its English text is shown. `{english}` links to the English page. */
    missing: 'This page has not been translated yet; its English text follows.',
    /** A translation older than the English page. */
    stale: 'The English page has changed since this translation was written: {english}.',
    englishLink: 'read the current English page',
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
