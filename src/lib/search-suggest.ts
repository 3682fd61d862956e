/**
 * "Did you mean …?" for search: the names of the site (each feature's title and `keywords`, each
 * architecture's name, binaries and machines) and the words of the summaries, and the query a
 * reader most likely meant when a word of theirs is none of them. Pure, so the browser, the route
 * that writes the list and the unit tests share it.
 *
 * Why not a fuzzy-search library for the names: a correction needs "one swap is one typo" and
 * separators that do not count (`filtermirorr` is one swap from `filter-mirror`), and it is now
 * searched without a click, so it needs an honest cut-off. Measured on the examples:
 * fastest-levenshtein (0.9 KB gzip) counts a swap as two edits, like any two typos; uFuzzy (4 KB)
 * allows one error per term and found neither `filtermirror` nor `q53`; Fuse.js (7.3 KB, basic)
 * ranks by a fuzzy score with no edit count, so there is no cut-off between "a typo of" and
 * "unrelated"; MiniSearch (VitePress's) counts a swap as two edits too. The optimal-string-alignment
 * distance the frontmatter checks already use (did-you-mean.ts) is all three need.
 *
 * The library is for what a few lines cannot do well: Russian word forms. `@orama/stemmers`
 * (Orama's, maintained, one file per language, 1.8 KB gzip for Russian) is the Snowball
 * Russian stemmer, the same algorithm Pagefind's index stems the Russian edition with, so a word
 * this layer counts as known is one the index finds.
 */
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { editDistance } from './did-you-mean.ts';
import { normalizeName, textWords } from './query-words.ts';

/** The names and words a query is checked against, as the data file carries them. */
export interface SearchVocabulary {
  /** Names in the order they are preferred as a suggestion: keywords first, as written. */
  names: string[];
}

/** What the vocabulary is built from: one entry per indexed page. */
export interface VocabularySource {
  /** Exact names, preferred as suggestions (feature keywords and title; architecture name, binaries, machines). */
  names: readonly string[];
  /** Plain text whose words count as spelled right (a summary); suggested only after every name. */
  text?: string;
}

/** Words shorter than this (after dropping separators) are never corrected: too many near neighbours. */
const MIN_LENGTH = 3;
/** From this length a word may be two edits off; shorter ones one edit. */
const TWO_EDITS_FROM = 7;
/**
 * A word of 5 or 6 letters may be two edits off a name that starts with the same three letters
 * (`nvdym` for `nvdimm`): readers keep the start of a name they half remember, and the shared
 * start keeps the few names that length reaches from being a guess (`vscko` stays uncorrected).
 */
const SHORT_TWO_EDITS_FROM = 5;
const SAME_START = 3;
/** A Russian stem shorter than this starts too many words to tell anything (`при`, `под`). */
const MIN_STEM = 5;
/** Endings that make a known word another form of it (`sockets`, `compressed`), not a misspelling. */
const INFLECTION = /^(?:s|es|d|ed|ing|er|ers)$/;

/**
 * The standard ЙЦУКЕН layout over the QWERTY keys it shares, key by key: a word typed with the
 * wrong layout on (`мшкешщ` for `virtio`, `ыщслуе` for `socket`) becomes what was meant.
 */
const LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,.";
const CYRILLIC_KEYS = 'ёйцукенгшщзхъфывапролджэячсмитьбю';
const OTHER_LAYOUT = new Map<string, string>([...LATIN_KEYS].flatMap((latin, at) => [[latin, CYRILLIC_KEYS[at] ?? latin], [CYRILLIC_KEYS[at] ?? latin, latin]]));

/**
 * The word as the same keys give it on the other layout (Latin ↔ Cyrillic); other characters
 * (digits, `-`, `_`) stay. Undefined when the word mixes both alphabets or has neither.
 * @example otherLayout('мшкешщ-скнзещ') // → 'virtio-crypto'
 */
export function otherLayout(word: string): string | undefined {
  const lower = word.toLowerCase();
  const latin = /[a-z]/.test(lower);
  if (latin === /[а-яё]/.test(lower)) return undefined;
  return [...lower].map((char) => OTHER_LAYOUT.get(char) ?? char).join('');
}

/**
 * The Snowball stem of a Russian word (`памяти`, `память` → `памят`), so any form of a word the
 * site uses counts as known; other words as they are (English forms: INFLECTION).
 */
export function stemOf(key: string): string {
  return /[а-яё]/.test(key) ? russianStem(key) : key;
}

/**
 * Whether a word belongs in the vocabulary. A word without a letter (`2.8`, `288`, a page's number)
 * is never corrected and must never be offered as a correction, so shipping it only costs bytes:
 * on a synthetic site whose titles are numbered, half of the file.
 */
const isVocabularyWord = (word: string, minLength: number) => normalizeName(word).length >= minLength && /\p{L}/u.test(word);

/** Words of a name or a sentence, without the punctuation around them (`(COLO)` → `COLO`). */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}_-]+|[^\p{L}\p{N}_]+$/gu, ''))
    .filter((word) => isVocabularyWord(word, 2));
}

/**
 * The list the data file ships: every name and word once, names first in page order.
 * @example searchVocabulary([{ names: ['guest-cid', 'vhost-vsock-pci'] }]) // → { names: ['guest-cid', 'vhost-vsock-pci'] }
 */
export function searchVocabulary(sources: readonly VocabularySource[]): SearchVocabulary {
  const names = new Set<string>();
  for (const source of sources) for (const name of source.names) for (const word of wordsOf(name)) names.add(word);
  // The parts of compound names (`mirror` of `filter-mirror`) are words readers type on their own.
  for (const name of [...names]) for (const part of name.split(/[-_.=/,:]+/)) if (part !== name && isVocabularyWord(part, MIN_LENGTH)) names.add(part);
  for (const source of sources) for (const word of wordsOf(source.text ?? '')) names.add(word.toLowerCase());
  return { names: [...names] };
}

/**
 * Of the ways one name is written (`vhost_vsock`, `vhost-vsock`; `Generic`, `generic`), the one
 * nearest to what the reader typed, so a suggestion changes no more than the slip.
 */
function closestForm(typed: string, forms: readonly string[]): string {
  let best = forms[0] ?? typed;
  for (const form of forms.slice(1)) if (editDistance(typed, form) < editDistance(typed, best)) best = form;
  return best;
}

/** The vocabulary prepared for lookups: normalized forms, each with the ways it is written. */
export class NameMatcher {
  readonly #written = new Map<string, string[]>();
  /** The stems of the Russian words, so `гостя` is known from `гость`. */
  readonly #stems = new Set<string>();

  constructor(vocabulary: SearchVocabulary) {
    for (const name of vocabulary.names) {
      const key = normalizeName(name);
      if (!key) continue;
      const forms = this.#written.get(key);
      if (forms) forms.push(name);
      else this.#written.set(key, [name]);
      if (key !== stemOf(key)) this.#stems.add(stemOf(key));
    }
  }

  /**
   * True when the word is a name or a word of the site, the start of one (the reader is still
   * typing), or an inflected form of one.
   */
  #isKnown(key: string): boolean {
    if (this.#written.has(key)) return true;
    const stem = stemOf(key);
    if (this.#stems.has(stem)) return true;
    // A Russian verb and its noun stem apart (`подключить` → подключ, `подключение` → подключен):
    // a word whose stem starts a word of the site is another form of it, not a slip.
    const stemStarts = stem !== key && stem.length >= MIN_STEM;
    for (const known of this.#written.keys()) {
      if (known.startsWith(key) || (stemStarts && known.startsWith(stem))) return true;
      if (known.length >= 4 && key.startsWith(known) && INFLECTION.test(key.slice(known.length))) return true;
    }
    return false;
  }

  /**
   * The written name closest to a word the site does not know, or undefined when none is close.
   * A word typed on the other keyboard layout is first read as those keys on the right one.
   */
  correct(word: string): string | undefined {
    const key = normalizeName(word);
    if (key.length < MIN_LENGTH || !/\p{L}/u.test(key) || this.#isKnown(key)) return undefined;
    const switched = otherLayout(word);
    const switchedKey = switched === undefined ? '' : normalizeName(switched);
    if (switched !== undefined && switchedKey.length >= MIN_LENGTH) {
      // Only a whole word of the site: a switched word that is merely the start of one is noise.
      const forms = this.#written.get(switchedKey);
      if (forms) return closestForm(switched, forms);
      if (this.#stems.has(stemOf(switchedKey))) return switched;
    }
    return this.#closest(word, key) ?? (switched === undefined ? undefined : this.#closest(switched, switchedKey));
  }

  #closest(word: string, key: string): string | undefined {
    const start = key.slice(0, SAME_START);
    let best: { forms: string[]; distance: number } | undefined;
    for (const [known, forms] of this.#written) {
      const allowed = key.length >= TWO_EDITS_FROM || (key.length >= SHORT_TWO_EDITS_FROM && known.startsWith(start)) ? 2 : 1;
      // The length difference is a lower bound of the distance: most names are skipped here.
      if (Math.abs(known.length - key.length) > allowed) continue;
      const distance = editDistance(key, known, allowed);
      // Strictly better only: on a tie the earlier name (a keyword before a summary word) stays.
      if (distance <= allowed && (!best || distance < best.distance)) best = { forms, distance };
    }
    return best && closestForm(word, best.forms);
  }

  /**
   * The query with each misspelt word replaced by the name it most likely meant, or undefined
   * when every word is known or nothing is close.
   * @example new NameMatcher({ names: ['guest-cid'] }).suggest('vsock guest-cdi') // → 'vsock guest-cid'
   */
  suggest(query: string): string | undefined {
    let changed = false;
    const words = query
      .trim()
      .split(/\s+/)
      .map((word) => {
        const name = this.correct(word);
        if (name === undefined) return word;
        changed = true;
        return name;
      });
    return changed ? words.join(' ') : undefined;
  }
}

/** A feature's names: its keywords, then its title; its summary's words count as known. */
export function featureVocabulary(data: { title: string; summary: string; keywords: readonly string[] }): VocabularySource {
  return { names: [...data.keywords, data.title], text: data.summary };
}

/** An architecture's names: what it is called, its binaries and its machines. */
export function architectureVocabulary(data: { name: string; summary: string; binaries: readonly string[]; machines: readonly string[] }): VocabularySource {
  return { names: [data.name, ...data.binaries, ...data.machines], text: data.summary };
}

/**
 * The words of a query that a suggestion changed, as typed (`suggest()` changes words one for one).
 * @example misspeltWords('vsock guest-cdi', 'vsock guest-cid') // → ['guest-cdi']
 */
export function misspeltWords(query: string, suggestion: string): string[] {
  const meant = suggestion.trim().split(/\s+/);
  return query
    .trim()
    .split(/\s+/)
    .filter((word, at) => word !== meant[at]);
}

/**
 * True when results for a query with misspelt words matched something else: none of the texts
 * (the first results' pages) holds any of those words, whole, as a part of a compound or in
 * another Russian form. Pagefind matches the starts of words and ranks by shared letters, so
 * `genric-loader` finds qemu-img dd by `loader`; `hypervisor`, which no name or summary has,
 * is in the pages it finds and keeps them.
 */
export function matchedOnlyLoosely(misspelt: readonly string[], texts: readonly string[]): boolean {
  const words = textWords(texts);
  for (const word of [...words]) words.add(stemOf(word));
  return !misspelt.some((word) => words.has(normalizeName(word)) || words.has(stemOf(normalizeName(word))));
}
