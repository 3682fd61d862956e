/**
 * Escaping for HTML written as strings: the MDX components (src/components/mdx/*.ts) and the MDX
 * fast path (src/markdown/fast-path/mdx-html.ts). The same characters as Astro's own `escapeHTML`
 * (html-escaper), so text renders byte for byte as Astro would render it.
 * @example escapeHtml('a < b & "c"') // → 'a &lt; b &amp; &quot;c&quot;'
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>'"]/g, (char) => ESCAPES[char] ?? char);
}
