import type { CopyLinkMenu } from './link-menu.ts';
import linkMenuScript from './link-menu.ts?worker&url';

/**
 * Adds a copy button to every code block. The buttons are created here, not in the HTML, so pages
 * without JavaScript show no control that cannot work and the search index never sees "Copy".
 */
export function wireCopyButtons(root: Document): void {
  if (!navigator.clipboard) return;
  // Labels come from src/lib/strings.ts through data attributes on <body>, so they are translatable.
  const copyLabel = root.body.dataset['copyLabel'] ?? 'Copy';
  const copiedLabel = root.body.dataset['copiedLabel'] ?? 'Copied';
  const ariaLabel = root.body.dataset['copyAria'] ?? 'Copy code';
  for (const pre of root.querySelectorAll<HTMLPreElement>('pre.astro-code')) {
    const button = root.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = copyLabel;
    button.setAttribute('aria-label', ariaLabel);
    button.addEventListener('click', async () => {
      const code = pre.querySelector('code')?.innerText ?? '';
      await navigator.clipboard.writeText(code.replace(/\n$/, ''));
      button.textContent = copiedLabel;
      setTimeout(() => (button.textContent = copyLabel), 1500);
    });
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
    button.addEventListener('click', async () => {
      // The menu is a separate bundle run by URL, as search-loader.ts explains: a plain import()
      // would bring Vite's preload helper (about 1 KB) onto every page.
      await import(/* @vite-ignore */ linkMenuScript);
      await customElements.whenDefined('copy-link-menu');
      root.querySelector<CopyLinkMenu>('copy-link-menu')?.open(button, button.dataset['copyLink'] ?? '');
    });
  }
}
