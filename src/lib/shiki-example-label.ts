import type { ShikiTransformer } from 'shiki';
import { ContentError } from './content-error.ts';
import { parseExampleMeta, TESTED_QEMU, type ExampleMeta, type RunMeta } from './example-meta.ts';
import { DEFAULT_LOCALE, type Locale } from './i18n.ts';
import { formatCount, pluralForm } from './plural.ts';
import { t, type UiStrings } from './strings.ts';

// hast types, taken from Shiki's own signature so no extra type package is needed.
type Root = Parameters<NonNullable<ShikiTransformer['root']>>[0];
type Element = Parameters<NonNullable<ShikiTransformer['pre']>>[0];
type Content = Element['children'][number];

const text = (value: string): Content => ({ type: 'text', value });
const code = (value: string): Content => ({ type: 'element', tagName: 'code', properties: {}, children: [text(value)] });

/** "a", "a and b", "a, b and c" (or "a; b; c"), with each part already made of nodes. */
function joined(parts: Content[][], separator: string, last: string): Content[] {
  return parts.flatMap((part, index) => [...(index === 0 ? [] : [text(index === parts.length - 1 ? last : separator)]), ...part]);
}

/**
 * A caption template of the edition as nodes: `{name}` slots become code when `name` is in `codes`,
 * text otherwise, so each language places the values where its grammar wants them.
 * @example slotted('prints {output}', {}, { output: 'ok' }) // → [text('prints '), code('ok')]
 */
function slotted(template: string, texts: Record<string, string | number>, codes: Record<string, string> = {}): Content[] {
  // Stryker: equivalent mutants — without the filter (an empty part is an empty text node), the
  // regex's anchors (split gives a slot whole or none of it), and the `name !== undefined` tests
  // as `true` ("undefined" is no slot's name).
  return template.split(/(\{\w+\})/).filter(Boolean).flatMap((part): Content[] => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name !== undefined && name in codes) return [code(codes[name]!)];
    if (name !== undefined && name in texts) return [text(String(texts[name]))];
    return [text(part)];
  });
}

/** What the suite checks for a run block, in the reader's words, as caption nodes. */
function runCaption(meta: RunMeta, words: UiStrings['examples'], lang: string): Content[] {
  const nodes: Content[] = slotted(words.tested, { qemu: TESTED_QEMU });
  const checks: Content[][] = [];
  if (meta.qmp !== undefined) {
    checks.push(slotted(words.qmpMatched, {}, { command: meta.qmp }));
    if (meta.expectExit !== 0) checks.push(slotted(words.qemuExits, { status: meta.expectExit }));
  } else {
    checks.push(slotted(words.exits, { status: meta.expectExit }));
  }
  for (const output of meta.expectOutput) checks.push(slotted(words.prints, {}, { output }));
  // «(4 194 304 байта)»: the noun agrees with the size, whose digits are grouped as the language groups them.
  for (const file of meta.expectFiles) checks.push(slotted(pluralForm(words.creates, file.bytes, lang), { count: formatCount(file.bytes, lang) }, { file: file.name }));
  for (const command of meta.expectCmds) checks.push(slotted(words.thenSucceeds, {}, { command }));
  nodes.push(...joined(checks, '; ', '; '), text('.'));
  if (meta.stdin.length > 0) nodes.push(text(words.typed), ...joined(meta.stdin.map((line) => [code(line)]), ', ', words.and), text('.'));
  if (meta.setup.length > 0) nodes.push(text(words.prepared), ...joined(meta.setup.map((line) => [code(line)]), ', ', words.and), text('.'));
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
export function exampleLabel(locale: Locale = DEFAULT_LOCALE): ShikiTransformer {
  const { examples: words, lang: uiLang } = t(locale);
  return {
    // Stryker: equivalent mutant — the name as '': Shiki only uses it in its own messages.
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
      // Stryker: equivalent mutants — the tests for the <pre> as `true`, and `node === pre` as
      // `true`: Shiki's root holds the <pre> alone.
      const pre = root.children.find((node): node is Element => node.type === 'element' && node.tagName === 'pre');
      if (!pre) return;
      const caption: Content[] = meta.kind === 'norun' ? slotted(words.notRun, { reason: meta.reason }) : runCaption(meta, words, uiLang);
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
