/**
 * Frontmatter printed into Markdown (the pages' Markdown copies, /llms.txt) stays text: a title
 * like `See [this](https://elsewhere.example/)` must not become a link in the reader's or tool's
 * Markdown renderer. Only what can start a link, an image, an autolink, raw HTML or a code span
 * is escaped, so ordinary titles print exactly as written.
 * @example markdownText('a [b](https://x) `c`') // → 'a \\[b\\](https://x) \\`c\\`'
 */
export function markdownText(text: string): string {
  return text.replace(/[\\[\]`<>]/g, (character) => `\\${character}`);
}

/**
 * Text as a Markdown code span, whatever backticks it holds: the fence is one backtick longer than
 * the longest run inside, as CommonMark allows, with spaces when the text touches a backtick.
 * @example markdownCode('x-vsock') // → '`x-vsock`'
 * @example markdownCode('a`b') // → '``a`b``'
 */
export function markdownCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
