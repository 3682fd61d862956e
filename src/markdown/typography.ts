/**
 * Russian typography, set by a library at build time: no-break spaces after short prepositions and
 * conjunctions, before a dash, between a number and its unit and inside «т. е.»; «ёлочки» for
 * straight quotes, a dash for a spaced hyphen, an ellipsis for three dots. The review of the Russian
 * edition asked for it site-wide (shared/reviews/2026-12-06-russian-review.md, 4.0): by hand it is
 * never complete, and an author should not have to type U+00A0.
 *
 * Why Typograf (npm `typograf`, MIT): it is the maintained Russian typograph (since 2014, releases
 * every year, a test per rule), its `ru` rules are the ones Russian editors expect, it works on
 * HTML as well as text (tags, `<code>`, `<kbd>`, `<samp>`, `<var>`, `<pre>` and URLs are hidden
 * from its rules), and it prints characters, never entities, by default.
 *
 * How it is kept off what a reader copies: the text it sees is only the prose of a block (./typesetRun
 * below), with each inline element as its bare tag (so attributes, `href` included, never reach it)
 * and each element a reader may copy (code, kbd, samp, var, a diagram, a button, a component, raw
 * HTML) as an empty stand-in. The tags come back from it unchanged, so the text between them maps
 * back onto the page's text nodes one for one, and nothing but text nodes is ever changed.
 */
import Typograf from 'typograf';
import type { Element, ElementContent } from 'hast';
import type { HastNode, HastPluginEntry } from 'satteri';
import { localeOfContentFile } from './content-locale.ts';
import type { Locale } from '../lib/i18n.ts';
import { LANGUAGE_RULES } from '../translations/language-rules.ts';

/**
 * The rules this site runs: an allow-list, every other rule of Typograf is off. Its defaults also
 * correct text, and on the real pages some corrections were wrong for technical prose, where a
 * name, a version or an option may stand outside backticks: MSI-X became MSI–X (`ru/dash/centuries`
 * read X as a Roman numeral), Loongson-2F became «Loongson-2 °F» (`common/symbols/cf`), and
 * `ru/number/comma` writes QEMU 2.8 as 2,8. Others rewrite what a translator chose or what a tool
 * prints: a space after every comma, colon or before a bracket (`drive=x,if=none`, `foo(bar)`),
 * `->` and `<-` as arrows (the QMP transcript markers), ISO dates as DD.MM.YYYY, Latin letters in
 * Cyrillic words, commas before «а» and «но», trimmed or collapsed spaces. So only typesetting is
 * on, the three kinds the review asked for (shared/reviews/2026-12-06-russian-review.md, 4.0) and
 * quotes; an allow-list also keeps a Typograf upgrade's new rules off until they are chosen, and
 * runs in a third of the time of the defaults.
 */
const RULES = [
  // No-break spaces: after a short word, preposition or conjunction («в QEMU», «и т. д.»), between
  // a number and the word after it («64 МиБ», «15 минут»), before a short last word or number.
  'common/nbsp/afterShortWord',
  'common/nbsp/afterShortWordByList',
  'common/nbsp/afterNumber',
  'common/nbsp/beforeShortLastWord',
  'common/nbsp/beforeShortLastNumber',
  'common/nbsp/afterParagraphMark',
  'common/nbsp/afterSectionMark',
  // Inside abbreviations («т. е.», «т. д.», «см.», «стр.»), before particles («же», «ли»), in dates,
  // after № and in «тыс.», «млн».
  'ru/nbsp/abbr',
  'ru/nbsp/see',
  'ru/nbsp/page',
  'ru/nbsp/beforeParticle',
  'ru/nbsp/dayMonth',
  'ru/nbsp/year',
  'ru/nbsp/afterNumberSign',
  'ru/nbsp/mln',
  'ru/nbsp/initials',
  // A hyphen between spaces is a dash, bound to the word before it: «QEMU — эмулятор».
  'ru/dash/main',
  // «Ёлочки» for straight quotes („лапки“ inside), an ellipsis for three dots, ’ for an apostrophe.
  'common/punctuation/quote',
  'common/punctuation/hellip',
  'common/punctuation/apostrophe',
];


/** The typograph of an edition's prose, or undefined where the edition has none. */
export function typografFor(locale: Locale): Typograf | undefined {
  // The Typograf settings of each edition that has any (src/translations/language-rules.ts).
  const typografLocale = LANGUAGE_RULES[locale]?.typograf;
  if (!typografLocale) return undefined;
  const typograf = new Typograf({ locale: typografLocale });
  typograf.disableRule('*');
  typograf.enableRule(RULES);
  return typograf;
}

/** One typograph per edition for the whole build: making one compiles its rules. */
const typografs = new Map<Locale, Typograf | undefined>();
function sharedTypograf(locale: Locale): Typograf | undefined {
  if (!typografs.has(locale)) typografs.set(locale, typografFor(locale));
  return typografs.get(locale);
}

/**
 * A plain text of an edition typeset as its pages' prose: a page's title and summary, which the
 * layout prints from the frontmatter (src/data/collections.ts). As written where the edition has no
 * typograph.
 * @example typesetText('Отказоустойчивость и переключение на резерв', 'ru') // → 'Отказоустойчивость и\u00A0переключение на\u00A0резерв'
 */
export function typesetText(text: string, locale: Locale): string {
  const typograf = sharedTypograf(locale);
  return typograf ? (typesetRun([{ text }], typograf)[0] ?? text) : text;
}

/**
 * One piece of a run of prose: a text (its index in `texts` order is its place in the result), the
 * opening or closing tag of an inline element the prose flows through (`em`, `a`, …), a void inline
 * element (`br`), or an element typography must not read (`code`, …), which counts as a word.
 */
export type RunPart = { text: string } | { open: string } | { close: string } | { void: string } | { opaque: true };

/**
 * Characters of the text that would read as HTML to Typograf: swapped for private-use characters
 * while it works, so `a <- b` or `&amp;` in prose stay exactly as they are.
 */
const HIDDEN: [string, string][] = [['&', '\uE000'], ['<', '\uE001'], ['>', '\uE002']];
const hide = (text: string) => HIDDEN.reduce((value, [from, to]) => value.replaceAll(from, to), text);
const show = (text: string) => HIDDEN.reduce((value, [from, to]) => value.replaceAll(to, from), text);
/** An element typography must not read: an empty inline element to Typograf, closed and opened like any other. */
const OPAQUE = '<span></span>';

/**
 * Typesets one run of prose and returns the new value of each text part, in order. The run goes to
 * Typograf as HTML made of its texts and bare tags; the tags come back unchanged, so the text
 * between two tags is the new text of what stood there. Typograf may move a character across a tag
 * (a quote into a link), which is right: it belongs to the text on that side.
 * @example typesetRun([{ text: 'QEMU - эмулятор в ' }, { opaque: true }], typograf) // → ['QEMU\u00A0— эмулятор в\u00A0']
 */
export function typesetRun(parts: readonly RunPart[], typograf: Typograf): string[] {
  const texts = parts.filter((part) => 'text' in part);
  if (texts.some((part) => /[\uE000-\uE002]/.test(part.text))) return texts.map((part) => part.text);
  // Neighbouring texts are one text to Typograf; the first gets it all, the others become empty.
  const html: string[] = [];
  const gapOfText: number[] = [];
  let gap = 0;
  for (const part of parts) {
    if ('text' in part) {
      gapOfText.push(gap);
      html.push(hide(part.text));
      continue;
    }
    html.push('open' in part ? `<${part.open}>` : 'close' in part ? `</${part.close}>` : 'void' in part ? `<${part.void}>` : OPAQUE);
    // An opaque part is two tags (open and close), so the text after it is two gaps on.
    gap += 'opaque' in part ? 2 : 1;
  }
  const source = html.join('');
  const gaps = typograf.execute(source).split(/<[^>]*>/);
  const tagCount = source.split(/<[^>]*>/).length;
  if (gaps.length !== tagCount) throw new Error(`Typograf changed the tags of a run of prose: ${JSON.stringify(source)}`);
  const seen = new Set<number>();
  return gapOfText.map((index) => {
    if (seen.has(index)) return '';
    seen.add(index);
    return show(gaps[index] ?? '');
  });
}

/** Inline elements the prose flows through: their text is the run's text. */
const PHRASING = new Set('a abbr b bdi bdo cite data del dfn em i ins mark q s small span strong sub sup time u'.split(' '));
/** Void inline elements, passed as a tag. */
const VOID = new Set(['br', 'wbr']);
/** Blocks whose prose is typeset; a block nested in one is a block of its own. */
const PROSE_BLOCKS = 'p li dt dd td th caption figcaption summary blockquote div h1 h2 h3 h4 h5 h6'.split(' ');

type Node = HastNode | ElementContent;
interface Run {
  parts: RunPart[];
  texts: Extract<Node, { type: 'text' }>[];
}

/**
 * The runs of prose directly in a block: its text and its phrasing elements, split where a nested
 * block starts. An element typography must not read (code, kbd, samp, var, an element in another
 * `lang`, a button, an image, a diagram, a component, raw HTML) is one opaque part.
 */
function runsOf(block: Element): Run[] {
  const runs: Run[] = [];
  let run: Run = { parts: [], texts: [] };
  const end = () => {
    if (run.texts.some((text) => text.value.trim() !== '')) runs.push(run);
    run = { parts: [], texts: [] };
  };
  // Raw HTML in a Markdown page comes as one node per tag, the text between them as text nodes:
  // from an opening tag to its end tag, the text is the author's markup and stays as written.
  let rawOpen: { name: string; depth: number } | undefined;
  const add = (node: Node, nested: boolean) => {
    if (rawOpen) {
      if (node.type === 'raw') {
        const tag = rawTag(node.value);
        if (tag?.name === rawOpen.name) rawOpen.depth += tag.closing ? -1 : 1;
        if (rawOpen.depth === 0) rawOpen = undefined;
      }
      return;
    }
    if (node.type === 'raw' && !nested && isBlock(node)) {
      end();
      return;
    }
    if (node.type === 'raw') {
      run.parts.push({ opaque: true });
      const tag = rawTag(node.value);
      if (tag && !tag.closing && !VOID.has(tag.name)) rawOpen = { name: tag.name, depth: 1 };
      return;
    }
    if (node.type === 'text') {
      run.parts.push({ text: node.value });
      run.texts.push(node);
    } else if (node.type === 'comment') {
      // Nothing a reader sees.
    } else if (node.type === 'element' && VOID.has(node.tagName)) {
      run.parts.push({ void: node.tagName });
    } else if (node.type === 'element' && PHRASING.has(node.tagName) && !foreignLang(node)) {
      run.parts.push({ open: node.tagName });
      for (const child of node.children) add(child, true);
      run.parts.push({ close: node.tagName });
    } else if (!nested && isBlock(node)) {
      // A block ends the run: its own prose is typeset when it is visited (a list's, in its items).
      end();
    } else {
      run.parts.push({ opaque: true });
    }
  };
  for (const child of block.children) add(child, false);
  end();
  return runs;
}

/** Blocks that end a run of prose, besides the prose blocks themselves. */
const OTHER_BLOCKS = new Set('ul ol dl table figure details hr pre section'.split(' '));

/**
 * Whether a node is a block: an element of a block kind, an MDX component written as a block, or a
 * highlighted code block, which Markdown pages hold as raw HTML (./code-highlight.ts).
 */
function isBlock(node: Node): boolean {
  if (node.type === 'element') return PROSE_BLOCKS.includes(node.tagName) || OTHER_BLOCKS.has(node.tagName);
  if (node.type === 'mdxJsxFlowElement') return true;
  return node.type === 'raw' && /^\s*<(?:pre|figure|div)\b/.test(node.value);
}

/** A raw node that is a single opening or end tag (`<kbd>`, `</kbd>`), not a self-closed one. */
function rawTag(value: string): { name: string; closing: boolean } | undefined {
  const match = /^<(\/?)([a-z][a-z0-9-]*)\b[^<>]*?(\/?)>$/i.exec(value.trim());
  if (!match || match[3]) return undefined;
  return { name: match[2]!.toLowerCase(), closing: match[1] === '/' };
}

/** An element whose `lang` is not Russian: its words follow the rules of another language. */
function foreignLang(node: Element): boolean {
  const lang = node.properties?.['lang'];
  return typeof lang === 'string' && !/^ru\b/i.test(lang);
}

/**
 * A Sätteri hast plugin that typesets the prose of a page in an edition with a typograph (Russian
 * only), on Markdown and MDX pages alike, after the heading anchors (./heading-anchors.ts) so section
 * ids and their labels are made from the text as written. A heading without an id is left alone:
 * the heading-ids step after this plugin would make its id from the typeset text.
 */
export function typography(): HastPluginEntry {
  return ({ fileURL }) => {
    const typograf = sharedTypograf(localeOfContentFile(fileURL));
    if (!typograf) return null;
    return {
      name: 'qemu-docs:typography',
      element: {
        filter: PROSE_BLOCKS,
        visit(node, ctx) {
          if (/^h[1-6]$/.test(node.tagName) && typeof node.properties?.['id'] !== 'string') return;
          // An element in another language, or inside one, keeps its text.
          for (let at: Readonly<HastNode> | undefined = node; at && at.type === 'element'; at = ctx.parent(at)) if (foreignLang(at)) return;
          for (const run of runsOf(node)) {
            const values = typesetRun(run.parts, typograf);
            run.texts.forEach((text, index) => {
              const value = values[index] ?? text.value;
              if (value === text.value) return;
              ctx.replaceNode(text as HastNode, value === '' ? [] : { type: 'text', value });
            });
          }
        },
      },
    };
  };
}
