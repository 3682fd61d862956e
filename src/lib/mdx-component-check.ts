import type { ContentProblem } from './content-graph.ts';

/**
 * Finds components a page uses that do not exist, before rendering, so the message can name the file,
 * the line and the components that do exist (MDX itself only says "expected component to be defined"
 * and names the URL). Code fences and inline code are skipped: `<Foo>` there is text, not a component.
 * In a `.md` page no component works (Markdown would publish `<ColoDiagram />` as an unknown HTML
 * tag, silently), so every one is reported with the fix: rename the page to `.mdx`.
 * @example findUnknownComponents('x.mdx', '---\n---\n<Nope />', ['ColoDiagram']) // → [{ file: 'x.mdx:3', … }]
 */
export function findUnknownComponents(file: string, source: string, known: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let fence: string | undefined;
  source.split('\n').forEach((line, index) => {
    const marker = /^\s*(```+|~~~+)/.exec(line)?.[1];
    if (marker) {
      if (!fence) fence = marker;
      else if (marker.startsWith(fence[0]!) && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (fence) return;
    const prose = line.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
      const name = match[1]!;
      if (file.replace(/:\d+$/, '').endsWith('.md')) {
        problems.push({
          file: `${file}:${index + 1}`,
          field: `<${name}>`,
          message: `is a component, and components work only in MDX pages. Rename the file to ${file.replace(/.*\//, '').replace(/\.md$/, '.mdx')}, or remove the tag.`,
        });
      } else if (!known.includes(name)) {
        problems.push({
          file: `${file}:${index + 1}`,
          field: `<${name}>`,
          message: `is not a component pages can use. Available: ${known.length > 0 ? known.join(', ') : '(none)'}. Add it to src/components/mdx/ or fix the name.`,
        });
      }
    }
  });
  return problems;
}
