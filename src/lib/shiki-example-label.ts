import type { ShikiTransformer } from 'shiki';
import { ContentError } from './content-error.ts';
import { parseExampleMeta, TESTED_QEMU, type ExampleMeta, type RunMeta } from './example-meta.ts';

// hast types, taken from Shiki's own signature so no extra type package is needed.
type Root = Parameters<NonNullable<ShikiTransformer['root']>>[0];
type Element = Parameters<NonNullable<ShikiTransformer['pre']>>[0];
type Content = Element['children'][number];

const text = (value: string): Content => ({ type: 'text', value });
const code = (value: string): Content => ({ type: 'element', tagName: 'code', properties: {}, children: [text(value)] });

/** "a", "a and b", "a, b and c" (or "a; b; c"), with each part already made of nodes. */
function joined(parts: Content[][], separator = ', ', last = ' and '): Content[] {
  return parts.flatMap((part, index) => [...(index === 0 ? [] : [text(index === parts.length - 1 ? last : separator)]), ...part]);
}

/** What the suite checks for a run block, in the reader's words, as caption nodes. */
function runCaption(meta: RunMeta): Content[] {
  const nodes: Content[] = [text(`Tested in CI with ${TESTED_QEMU}: `)];
  const checks: Content[][] = [];
  if (meta.qmp !== undefined) {
    checks.push([text('each reply shown after <- matched what '), code(meta.qmp), text(' answered')]);
    if (meta.expectExit !== 0) checks.push([text(`QEMU exits ${meta.expectExit}`)]);
  } else {
    checks.push([text(`exits ${meta.expectExit}`)]);
  }
  for (const output of meta.expectOutput) checks.push([text('prints '), code(output)]);
  for (const file of meta.expectFiles) checks.push([text('creates '), code(file.name), text(` (${file.bytes} bytes)`)]);
  for (const command of meta.expectCmds) checks.push([text('then '), code(command), text(' succeeds')]);
  nodes.push(...joined(checks, '; ', '; '), text('.'));
  if (meta.stdin.length > 0) nodes.push(text(' Typed at the prompt: '), ...joined(meta.stdin.map((line) => [code(line)])), text('.'));
  if (meta.setup.length > 0) nodes.push(text(' Prepared with: '), ...joined(meta.setup.map((line) => [code(line)])), text('.'));
  return nodes;
}

/**
 * A Shiki transformer that labels every example with what the examples suite proves about it: a
 * `run` block gets "Tested in CI with QEMU 7.2 …: exits 0; prints …", a `norun` block gets
 * "Not run in tests: <reason>". The code block is wrapped in `<figure class="example">` with the
 * label as `<figcaption>`, so the label sits outside `<code>` (the copy button copies only the
 * command) and the HTML stays valid. Blocks without meta are left alone. The meta is read with the
 * same parser as the suite, so a malformed meta fails the build as well as the tests.
 */
export function exampleLabel(): ShikiTransformer {
  return {
    name: 'qemu-docs:example-label',
    root(root: Root): Root | void {
      const raw = this.options.meta?.__raw;
      const lang = this.options.lang ?? '';
      let meta: ExampleMeta;
      try {
        meta = parseExampleMeta(raw, lang);
      } catch (error) {
        // Shiki does not know the page; quoting the fence lets the author find the block.
        throw new ContentError(`code block \`\`\`${lang} ${raw ?? ''}: ${(error as Error).message}`);
      }
      if (meta.kind === 'plain') return;
      const pre = root.children.find((node): node is Element => node.type === 'element' && node.tagName === 'pre');
      if (!pre) return;
      const caption: Content[] = meta.kind === 'norun' ? [text(`Not run in tests: ${meta.reason}`)] : runCaption(meta);
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['example', `example-${meta.kind}`], dataExample: meta.kind },
        children: [pre, { type: 'element', tagName: 'figcaption', properties: { className: ['example-label'] }, children: caption }],
      };
      return { ...root, children: root.children.map((node) => (node === pre ? figure : node)) };
    },
  };
}
