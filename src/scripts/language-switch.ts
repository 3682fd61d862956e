/**
 * The language switcher leads to the same page in the other edition; with JavaScript it also keeps
 * the section the reader is at (`#usage`), since every edition has the same section ids. As short as
 * it can be: it runs on every page, inside the 1 KB budget of script at load.
 */
export function wireLanguageSwitch(root: Document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-language-switch]')) link.onclick = () => (link.hash = location.hash);
}
