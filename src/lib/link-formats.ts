/** The ways a reader may want a link: plain, or ready to paste into Markdown, MediaWiki or reST. */
export type LinkFormat = 'url' | 'markdown' | 'mediawiki' | 'rst';

export const LINK_FORMATS: readonly LinkFormat[] = ['url', 'markdown', 'mediawiki', 'rst'];

/**
 * Formats a link to a page or section. Characters that would end the link early in each syntax are
 * escaped, so a title with brackets or backticks still pastes as one link.
 * @example formatLink('mediawiki', 'https://x.org/features/colo/', 'COLO') // → '[https://x.org/features/colo/ COLO]'
 */
export function formatLink(format: LinkFormat, url: string, title: string): string {
  // Runs of white space, the no-break spaces of Russian typography among them (U+00A0 is \s), become
  // one plain space: a title pasted into a wiki or a tracker carries no invisible characters.
  const text = title.replace(/\s+/g, ' ').trim();
  switch (format) {
    case 'url':
      return url;
    case 'markdown':
      return `[${text.replace(/([\\[\]])/g, '\\$1')}](${url.replace(/[()]/g, (c) => encodeURIComponent(c))})`;
    case 'mediawiki': {
      // In an external link the first space ends the URL and "]" ends the link. Wiki markup in a
      // title (a {{template}}, [[link]], ''emphasis'', ~~~~ signature, __MAGIC__ word or &entity;)
      // would act on paste: such a title goes inside <nowiki>, with its "<" written as an entity so
      // a section title cannot close the <nowiki> itself.
      const wikiText = /\{\{|\}\}|\[\[|''|~~~|__|&#?\w+;|<|>/.test(text) ? `<nowiki>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</nowiki>` : text;
      return `[${url.replace(/ /g, '%20').replace(/]/g, '%5D')} ${wikiText.replace(/]/g, '&#93;')}]`;
    }
    case 'rst':
      // An anonymous reference (`__`) so pasting two links with one title raises no duplicate-target warning.
      return `\`${text.replace(/([`<\\])/g, '\\$1')} <${url}>\`__`;
  }
}

/** The address to share: the canonical URL plus the section, with no query string (no ?pagefind-highlight= from a search result). */
export function shareableUrl(canonical: string, sectionId?: string): string {
  const url = new URL(canonical);
  url.search = '';
  url.hash = sectionId ? sectionId : '';
  return url.href;
}
