/**
 * The language switcher leads to the same page in the other edition; with JavaScript it also keeps
 * the section the reader is at (`#usage`), since every edition has the same section ids.
 */
export function wireLanguageSwitch(root: Document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
    link.addEventListener('click', () => {
      if (location.hash) link.hash = location.hash;
    });
  }
}
