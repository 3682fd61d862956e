import { didYouMean } from './did-you-mean.ts';

/**
 * Where a reader checks a reference: the file at the v2.8.0 tag in QEMU's repository. Text links,
 * never fetched by the site, so pages still make no request to another host.
 */
export const QEMU_SOURCE_BASE = 'https://gitlab.com/qemu-project/qemu/-/blob/v2.8.0/';

/** `referenceHref('docs/COLO-FT.txt')` → the file at the v2.8.0 tag. */
export function referenceHref(path: string): string {
  return QEMU_SOURCE_BASE + path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The QEMU 2.8.0 file a reference that is not in the tree most likely meant: a typo of a path (case
 * ignored), or the one file of that name elsewhere in the tree (`hw/loader.c` → `hw/core/loader.c`).
 * @example nearestQemuFile('qemu-img.cc', new Set(['qemu-img.c'])) // → 'qemu-img.c'
 */
export function nearestQemuFile(reference: string, qemuFiles: ReadonlySet<string>): string | undefined {
  // Only paths of about the same length can be two edits away: the rest are skipped unmeasured.
  const near = [...qemuFiles].filter((file) => Math.abs(file.length - reference.length) <= 2 || file.toLowerCase().startsWith(reference.toLowerCase()));
  const byLowerCase = new Map(near.map((file) => [file.toLowerCase(), file]));
  const typo = didYouMean(reference, [...byLowerCase.keys()]);
  if (typo !== undefined) return byLowerCase.get(typo);
  const name = reference.slice(reference.lastIndexOf('/') + 1);
  const sameName = [...qemuFiles].filter((file) => file === name || file.endsWith(`/${name}`));
  return sameName.length === 1 ? sameName[0] : undefined;
}
