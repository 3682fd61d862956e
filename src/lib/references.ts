/**
 * Where a reader checks a reference: the file at the v2.8.0 tag in QEMU's repository. Text links,
 * never fetched by the site, so pages still make no request to another host.
 */
export const QEMU_SOURCE_BASE = 'https://gitlab.com/qemu-project/qemu/-/blob/v2.8.0/';

/** `referenceHref('docs/COLO-FT.txt')` → the file at the v2.8.0 tag. */
export function referenceHref(path: string): string {
  return QEMU_SOURCE_BASE + path.split('/').map(encodeURIComponent).join('/');
}
