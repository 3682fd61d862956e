/**
 * The "copy link" menu, loaded on the first click of a link button. It offers the canonical URL of the
 * page or section in four pastable forms. Labels come from a <template> the layout renders from
 * src/lib/strings.ts; the native Popover API gives Esc and click-outside dismissal for free.
 */
import { formatLink, shareableUrl, type LinkFormat } from '../lib/link-formats.ts';

let menu: HTMLElement | undefined;
let opener: HTMLElement | undefined;

function ensureMenu(doc: Document): HTMLElement | undefined {
  if (menu) return menu;
  const template = doc.getElementById('link-menu-template') as HTMLTemplateElement | null;
  const first = template?.content.firstElementChild;
  if (!first) return undefined;
  menu = first.cloneNode(true) as HTMLElement;
  doc.body.append(menu);
  menu.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') opener?.focus();
  });
  menu.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-format]');
    if (!button || !menu) return;
    await navigator.clipboard.writeText(button.dataset['value'] ?? '');
    const status = menu.querySelector('[role="status"]');
    if (status) status.textContent = menu.dataset['copiedLabel'] ?? '';
  });
  return menu;
}

/** Opens the menu for a page (`sectionId` empty) or a section, next to the button that asked. */
export function openLinkMenu(button: HTMLElement, sectionId: string): void {
  const doc = button.ownerDocument;
  const popover = ensureMenu(doc);
  if (!popover) return;
  opener = button;
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
  const status = popover.querySelector('[role="status"]');
  if (status) status.textContent = '';
  const box = button.getBoundingClientRect();
  popover.style.top = `${box.bottom + doc.defaultView!.scrollY + 4}px`;
  popover.style.left = `${Math.max(8, Math.min(box.left + doc.defaultView!.scrollX, doc.documentElement.clientWidth - 320))}px`;
  popover.showPopover();
  popover.querySelector<HTMLButtonElement>('button[data-format]')?.focus();
}
