/**
 * Finds the variants a glossary asks writers to avoid (./glossary-ru.ts) in one piece of prose: a
 * paragraph, a heading, a table cell, a title, an interface string. Pure string logic; which text of
 * a page is prose is decided by src/translations/glossary-check.ts.
 *
 * **Word patterns.** A variant is written as one or more words separated by spaces, matched whole
 * and case-insensitively, with «ё» read as «е» on both sides:
 * - `бинарник*`: the stem with any ending (бинарник, бинарника, бинарниками…). For stems no other
 *   word starts with.
 * - `релиз{,а,у,ом,е,ы,ов,ам,ами,ах}`: one of the listed parts (an empty one is allowed). A group
 *   may stand anywhere in the word: `{MIPS,ARM}-цел*`.
 * - `#`: a number (`CPU #` is «CPU 0», «CPU 12»).
 * - Anything else is literal, hyphens included (`backing-файл*`).
 * A word starts and ends where a letter or digit does not continue it, so `CPU` is found in
 * «CPU-флаг» but not in «vCPU», and `релиз*` not in «пререлиз». Words of a phrase are separated by
 * any white space, line breaks included.
 *
 * **What is not a finding.**
 * - A quotation in «…» of the release news: its words are the news's, not the site's. It counts as
 *   such only when it is verbatim: every part of it between ellipses («…» or «...») is found in
 *   the news text, ignoring case, white space and ё. A paraphrase in quotation marks is checked like
 *   any prose (and the message says it is not the news's wording).
 * - A variant in Latin letters inside round brackets or inside «…»: in brackets it is a gloss, the
 *   English original given after the Russian term («дерево устройств (device tree)»); in quotation
 *   marks it is English quoted as it is (an error message, the English release notes). A Cyrillic
 *   variant is a finding there too.
 * - A variant in Latin letters that continues an option or a name written without code marks:
 *   right after `-`, `.`, `_`, `/` or `=`, or right before `_`, `/` or `=` (`-cpu 24KEc` in a
 *   summary, where Markdown cannot mark code).
 * - A variant inside a phrase the entry allows (`allow`: an idiom such as на «голом железе»).
 */

/** One concept of a glossary, as ./glossary-ru.ts writes it. */
export interface GlossaryEntry {
  /** The concept, as the English pages name it. */
  english: string;
  /** The Russian term to write. */
  preferred: string;
  /** Word patterns (see above) of the variants to avoid in prose. Empty only for a concept the check cannot tell apart (then `note` says why). */
  avoid: readonly string[];
  /** Word patterns of phrases in which a variant is fine (an idiom, a name). */
  allow?: readonly string[];
  /** When the preferred term applies, and what a writer should know. */
  note?: string;
}

/** A variant found in a text. */
export interface GlossaryFinding {
  /** The variant as written in the text. */
  found: string;
  /** 0-based offset of the variant in the text. */
  index: number;
  entry: GlossaryEntry;
  /** Whether the variant sits in «…» that is not the news's wording (for the message). */
  inQuotation: boolean;
}

/** A pattern of ./glossary-ru.ts that cannot be matched, with the reason. */
export class GlossaryPatternError extends Error {
  override name = 'GlossaryPatternError';
}

/** Letters and digits continue a word; everything else (spaces, punctuation, hyphens) ends it. */
const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\s'’*{},#-]+$/u;

/** «Ё» and «ё» as «е», leaving every other character (and so every offset) as it is. */
export const foldYo = (text: string) => text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One word pattern as a regular expression source, or an error naming what is wrong. */
function wordSource(word: string, pattern: string): string {
  let source = '';
  let rest = word;
  while (rest !== '') {
    if (rest.startsWith('#')) {
      source += String.raw`\p{N}+`;
      rest = rest.slice(1);
      continue;
    }
    if (rest === '*') {
      source += String.raw`\p{L}*`;
      break;
    }
    if (rest.startsWith('{')) {
      const close = rest.indexOf('}');
      if (close === -1) throw new GlossaryPatternError(`"${pattern}": a "{" without its "}".`);
      const parts = rest.slice(1, close).split(',');
      if (parts.length < 2) throw new GlossaryPatternError(`"${pattern}": a group lists at least two parts, separated by commas ("{,а,у}").`);
      if (parts.some((part) => /[*{#]/.test(part))) throw new GlossaryPatternError(`"${pattern}": a group holds plain text only.`);
      source += `(?:${parts.map(escapeRegExp).join('|')})`;
      rest = rest.slice(close + 1);
      continue;
    }
    const literal = /^[^*{}#]+/.exec(rest)?.[0];
    if (literal === undefined) throw new GlossaryPatternError(`"${pattern}": "*" ends a word, and "}" closes a group opened by "{".`);
    source += escapeRegExp(literal);
    rest = rest.slice(literal.length);
  }
  return source;
}

/**
 * A pattern as a global, case-insensitive regular expression over ё-folded text. Throws
 * GlossaryPatternError for a pattern that is empty or malformed.
 * @example compilePattern('бинарник*').test('два бинарника') // → true
 */
export function compilePattern(pattern: string): RegExp {
  const words = foldYo(pattern).trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) throw new GlossaryPatternError('an empty pattern.');
  const body = words.map((word) => wordSource(word, pattern)).join(String.raw`\s+`);
  return new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'giu');
}

/**
 * Whatever is wrong with a glossary, one sentence each: malformed patterns, a concept twice, an
 * entry without variants or note, a preferred term that its own variants would refuse.
 * @example validateGlossary([{ english: 'binary', preferred: 'исполняемый файл', avoid: ['бинарник*'] }]) // → []
 */
export function validateGlossary(entries: readonly GlossaryEntry[]): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const name = `"${entry.english}"`;
    if (entry.english.trim() === '' || entry.preferred.trim() === '') errors.push(`${name}: an entry names the concept in English and the preferred Russian term.`);
    if (seen.has(entry.english.toLowerCase())) errors.push(`${name} is in the glossary twice: one entry per concept.`);
    seen.add(entry.english.toLowerCase());
    if (entry.avoid.length === 0 && !entry.note) errors.push(`${name} has no variants to avoid: say in a note why the check cannot tell them.`);
    for (const pattern of [...entry.avoid, ...(entry.allow ?? [])]) {
      try {
        const regex = compilePattern(pattern);
        if (entry.avoid.includes(pattern) && regex.test(foldYo(entry.preferred))) errors.push(`${name}: the variant "${pattern}" matches the preferred term «${entry.preferred}».`);
      } catch (error) {
        if (!(error instanceof GlossaryPatternError)) throw error;
        errors.push(`${name}: ${error.message}`);
      }
    }
  }
  return errors;
}

/** Spans [start, end) between two brackets, outermost only, nesting counted; an unclosed one runs to the end. */
function spansBetween(text: string, open: string, close: string): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === open) {
      if (depth === 0) start = index;
      depth++;
    } else if (text[index] === close && depth > 0) {
      depth--;
      if (depth === 0) spans.push([start, index + 1]);
    }
  }
  if (depth > 0) spans.push([start, text.length]);
  return spans;
}

/** Text as the news comparison reads it: ё as е, runs of white space as one space. */
const comparable = (text: string) => foldYo(text).replace(/\s+/g, ' ');

/** Whether `part` is in `text`, its first letter in either case (a quotation may start mid-sentence). */
function containsPart(text: string, part: string): boolean {
  const first = part.slice(0, 1);
  const rest = part.slice(1);
  return text.includes(first.toLowerCase() + rest) || text.includes(first.toUpperCase() + rest);
}

/**
 * Whether the words between «» are the news's own: each part between ellipses, trimmed of spaces
 * and punctuation at its ends, is in the news, letter for letter but for the case of its first
 * letter. A quotation with no words at all is not.
 */
export function isVerbatimQuote(quoted: string, news: string): boolean {
  const text = comparable(news);
  const parts = quoted
    .split(/…|\.\.\./)
    .map((part) => comparable(part).replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    .filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => containsPart(text, part));
}

/**
 * Whether Latin words at [start, end) continue an option or a name written without code marks:
 * right after `-`, `.`, `_`, `/` or `=`, or right before `_`, `/` or `=` (`-cpu`, `nvdimm-hotplug`).
 */
const partOfName = (text: string, start: number, end: number) => /[-._/=]/.test(text[start - 1] ?? '') || /[_/=]/.test(text[end] ?? '');

const inside = (spans: readonly [number, number][], start: number, end: number) => spans.some(([from, to]) => start >= from && end <= to);

/** The compiled patterns of an entry, built once per glossary. */
const compiled = new WeakMap<GlossaryEntry, { avoid: RegExp[]; allow: RegExp[] }>();
function patternsOf(entry: GlossaryEntry): { avoid: RegExp[]; allow: RegExp[] } {
  let patterns = compiled.get(entry);
  if (!patterns) {
    patterns = { avoid: entry.avoid.map(compilePattern), allow: (entry.allow ?? []).map(compilePattern) };
    compiled.set(entry, patterns);
  }
  return patterns;
}

const matchesOf = (regex: RegExp, text: string) => [...text.matchAll(regex)].map((match) => ({ start: match.index, end: match.index + match[0].length }));

/**
 * Every variant to avoid in one piece of prose, in text order. `news` is the text of the release
 * news: quotations of it are not findings (see the module comment).
 * @example findGlossaryVariants('Два бинарника.', GLOSSARY_RU, news)[0].found // → 'бинарника'
 */
export function findGlossaryVariants(text: string, glossary: readonly GlossaryEntry[], news: string): GlossaryFinding[] {
  const folded = foldYo(text);
  const quotes = spansBetween(text, '«', '»');
  const newsQuotes = quotes.filter(([start, end]) => isVerbatimQuote(text.slice(start + 1, end - 1), news));
  const brackets = spansBetween(text, '(', ')');
  const findings: GlossaryFinding[] = [];
  for (const entry of glossary) {
    const { avoid, allow } = patternsOf(entry);
    const allowed = allow.flatMap((regex) => matchesOf(regex, folded));
    avoid.forEach((regex, position) => {
      const gloss = LATIN_ONLY.test(entry.avoid[position] ?? '');
      for (const { start, end } of matchesOf(regex, folded)) {
        if (inside(newsQuotes, start, end)) continue;
        if (gloss && partOfName(text, start, end)) continue;
        if (gloss && (inside(brackets, start, end) || inside(quotes, start, end))) continue;
        if (allowed.some((span) => start >= span.start && end <= span.end)) continue;
        findings.push({ found: text.slice(start, end), index: start, entry, inQuotation: inside(quotes, start, end) });
      }
    });
  }
  // One finding per place: two patterns of one entry (or two entries) may find the same words.
  const unique = new Map<number, GlossaryFinding>();
  for (const finding of findings.sort((a, b) => a.index - b.index || b.found.length - a.found.length)) if (!unique.has(finding.index)) unique.set(finding.index, finding);
  return [...unique.values()];
}

/**
 * What a writer reads for one finding: the variant, the term to use instead, and why a quotation
 * did not excuse it.
 * @example glossaryMessage(finding) // → '«бинарника»: write «исполняемый файл» (EN "binary"). …'
 */
export function glossaryMessage(finding: GlossaryFinding): string {
  const { entry } = finding;
  const quote = finding.inQuotation ? ' These «…» are not the release news word for word, so they count as the site\'s own prose: quote the news verbatim or reword.' : '';
  return `«${finding.found}»: write «${entry.preferred}» (EN "${entry.english}").${entry.note ? ` ${entry.note}` : ''}${quote}`;
}

/**
 * The check on a list of strings (interface strings, say), one line per finding, each with the
 * name of its string.
 * @example glossaryProblemsInStrings([{ name: 'footer', text: 'Исходники' }], GLOSSARY_RU, news) // → ['footer: «Исходники»: write «исходный код» …']
 */
export function glossaryProblemsInStrings(strings: readonly { name: string; text: string }[], glossary: readonly GlossaryEntry[], news: string): string[] {
  return strings.flatMap(({ name, text }) => findGlossaryVariants(text, glossary, news).map((finding) => `${name}: ${glossaryMessage(finding)}`));
}
