import type { CopyLinkMenu } from './link-menu.ts';
import linkMenuScript from './link-menu.ts?worker&url';

/** Shows `label` on a button for a moment, then `text` again. */
function flash(button: HTMLButtonElement, label: string | undefined, text: string): void {
  button.textContent = label ?? '';
  setTimeout(() => (button.textContent = text), 1500);
}

/**
 * Adds a copy button to every code block. The buttons are created here, not in the HTML, so pages
 * without JavaScript show no control that cannot work and the search index never sees "Copy".
 */
export function wireCopyButtons(root: Document): void {
  if (!navigator.clipboard) return;
  // Labels come from src/lib/strings.ts through data attributes on <body> (Base.astro), so they are
  // translatable. Read when used: this code runs on every page, and each fallback costs bytes.
  const labels = root.body.dataset;
  const copyLabel = labels['copyLabel'] ?? '';
  for (const pre of root.querySelectorAll<HTMLPreElement>('pre.astro-code')) {
    const button = root.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = copyLabel;
    button.ariaLabel = labels['copyAria'] ?? '';
    // Properties rather than setAttribute/addEventListener: this runs on every page, within 1 KB of script.
    button.onclick = () => {
      const code = pre.querySelector('code')?.innerText ?? '';
      // The browser may refuse (no permission, page not focused): say so rather than fail silently.
      navigator.clipboard.writeText(code.replace(/\n$/, '')).then(
        () => flash(button, labels['copiedLabel'], copyLabel),
        () => flash(button, labels['copyFailedLabel'], copyLabel),
      );
    };
    pre.append(button);
  }
}

/**
 * Reveals the "copy link" buttons of the page and its sections (hidden in the HTML, since they need
 * JavaScript) and loads the menu code on the first click only.
 */
export function wireLinkButtons(root: Document): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
    button.hidden = false;
    // Empty for a section's button, whose visible label is CSS (global.css, `.copy-link`).
    const text = button.textContent;
    button.onclick = () => {
      // The menu is a separate bundle run by URL, as search-loader.ts explains: a plain import()
      // would bring Vite's preload helper (about 1 KB) onto every page.
      import(/* @vite-ignore */ linkMenuScript)
        .then(() => customElements.whenDefined('copy-link-menu'))
        .then(
          () => root.querySelector<CopyLinkMenu>('copy-link-menu')?.open(button, button.dataset['copyLink'] ?? ''),
          // Offline, or the bundle is blocked: no menu, so no copy.
          () => flash(button, root.body.dataset['copyFailedLabel'], text),
        );
    };
  }
}
