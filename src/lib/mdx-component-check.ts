import type { ContentProblem } from './content-graph.ts';

/**
 * Finds components a page uses that do not exist, before rendering, so the message can name the file,
 * the line and the components that do exist (MDX itself only says "expected component to be defined"
 * and names the URL). Code fences and inline code are skipped: `<Foo>` there is text, not a component.
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
      if (!known.includes(name)) {
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
