/**
 * The "copy link" menu, a small custom element loaded on the first click of a link button. It offers
 * the canonical URL of the page or a section in four pastable forms. Its markup and labels are in the
 * page (rendered from src/lib/strings.ts); the native Popover API gives Esc and click-outside
 * dismissal for free. Like the search dialog, this file is bundled on its own and only run on use.
 */
import { formatLink, shareableUrl, type LinkFormat } from '../lib/link-formats.ts';

export class CopyLinkMenu extends HTMLElement {
  private opener: HTMLElement | undefined;

  connectedCallback(): void {
    const popover = this.popoverElement();
    popover?.addEventListener('toggle', (event) => {
      if ((event as ToggleEvent).newState === 'closed') this.opener?.focus();
    });
    popover?.addEventListener('click', async (event) => {
      const option = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-format]');
      if (!option) return;
      const status = this.querySelector('[role="status"]');
      try {
        await navigator.clipboard.writeText(option.dataset['value'] ?? '');
        if (status) status.textContent = this.dataset['copiedLabel'] ?? '';
      } catch (error) {
        // No permission, or the page lost focus: the reader must know the clipboard holds something else.
        if (status) status.textContent = this.dataset['failedLabel'] ?? '';
        console.warn('Could not copy the link', error);
      }
    });
  }

  private popoverElement(): HTMLElement | null {
    return this.querySelector<HTMLElement>('[popover]');
  }

  /** Opens the menu for the page (`sectionId` empty) or a section, next to the button that asked. */
  open(button: HTMLElement, sectionId: string): void {
    const popover = this.popoverElement();
    if (!popover) return;
    this.opener = button;
    const doc = this.ownerDocument;
    const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? doc.location.href;
    const pageTitle = doc.querySelector('h1')?.textContent?.trim() ?? doc.title;
    const heading = sectionId ? doc.getElementById(sectionId) : null;
    const title = heading ? `${pageTitle} › ${heading.textContent?.trim() ?? ''}` : pageTitle;
    const url = shareableUrl(canonical, sectionId);
    for (const option of popover.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
      const value = formatLink(option.dataset['format'] as LinkFormat, url, title);
      option.dataset['value'] = value;
      const preview = option.querySelector('code');
      if (preview) preview.textContent = value;
    }
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = '';
    const view = doc.defaultView!;
    const box = button.getBoundingClientRect();
    popover.style.top = `${box.bottom + view.scrollY + 4}px`;
    popover.style.left = `${Math.max(8, Math.min(box.left + view.scrollX, doc.documentElement.clientWidth - 328))}px`;
    popover.showPopover();
    popover.querySelector<HTMLButtonElement>('button[data-format]')?.focus();
  }
}

if (!customElements.get('copy-link-menu')) customElements.define('copy-link-menu', CopyLinkMenu);
