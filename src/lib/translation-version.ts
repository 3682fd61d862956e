/**
 * The version of an English page that a translation records (`englishVersion`): a hash of what a
 * translator translates, its title, summary and body. Pure (Web Crypto), so the build, the unit
 * tests and `npm run translations` compute it the same way.
 */

/** The text a translation follows: the title, the summary and the body, each as written. */
export function translatableText(page: { title: string; summary: string; body: string }): string {
  return `${page.title}\n${page.summary}\n${page.body}`;
}

/**
 * The first 12 hex digits of the SHA-256 of that text.
 * @example await englishVersionOf({ title: 'T', summary: 'S', body: 'B\n' }) // → 12 hex digits
 */
export async function englishVersionOf(page: { title: string; summary: string; body: string }): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(translatableText(page)));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('').slice(0, 12);
}
