/**
 * Every string the site's chrome shows, in one place, so the planned Russian edition is a second
 * table of the same shape (`satisfies UiStrings`) rather than a hunt through components.
 */
import type { Category, Status } from './vocabulary.ts';

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
};

export type UiStrings = typeof en;

/** The strings of the current edition. Routes take a locale prefix once a second edition exists. */
export const ui: UiStrings = en;
