/**
 * How long search waits after a change to its field before it searches: until the reader has
 * most likely stopped typing. A fixed pause shorter than the reader's gap between keys searches
 * once per letter (`v`, `vi`, `vir`, … each fetching index chunks and result fragments nobody
 * sees: 29 requests for a word typed at one key every 150 ms, against 14 on Starlight's search,
 * whose Pagefind UI waits a fixed 300 ms); a long fixed pause makes a pasted query wait for
 * nothing. So the pause follows the reader: short after a paste, twice the reader's slowest recent
 * gap while they type, and a first key waits as if the next one were coming.
 */

/** After a paste or any change that is not one key: the query is whole. */
export const PAUSE_WHOLE_MS = 120;
/** After a first key, when there is no pace to follow yet. */
export const PAUSE_FIRST_KEY_MS = 300;
/** The longest pause: a reader this slow between keys sees a search per word part, as they wait. */
export const PAUSE_MAX_MS = 400;
/** Gaps longer than this end a burst of typing: the next key is a first key again. */
const BURST_GAP_MS = 1000;
/** The gaps between keys that set the pace: the last few, so a reader who slows down is followed. */
const GAPS_KEPT = 3;

/** A change to the field as an `input` event describes it (a plain `Event` describes none: not one key). */
export interface FieldChange {
  /** `InputEvent.inputType`: `insertText`, `deleteContentBackward`, `insertFromPaste`, … */
  inputType?: string | undefined;
  /** `InputEvent.data`: the characters inserted, when the change inserted text. */
  data?: string | null | undefined;
}

/** True when the change is one key: one character typed, or one deletion. */
export function isOneKey(change: FieldChange): boolean {
  const type = change.inputType ?? '';
  if (type.startsWith('delete')) return type !== 'deleteByCut' && type !== 'deleteByDrag';
  return type === 'insertText' && [...(change.data ?? '')].length === 1;
}

/** The reader's pace in one search field: give it each change, and it says how long to wait. */
export class TypingPace {
  #lastKey: number | undefined;
  readonly #gaps: number[] = [];

  /**
   * The pause before searching after this change, which happened at `now` (milliseconds).
   * @example new TypingPace().pauseAfter({ inputType: 'insertFromPaste', data: null }, 0) // → 120
   */
  pauseAfter(change: FieldChange, now: number): number {
    if (!isOneKey(change)) {
      this.#lastKey = undefined;
      this.#gaps.length = 0;
      return PAUSE_WHOLE_MS;
    }
    const gap = this.#lastKey === undefined ? undefined : now - this.#lastKey;
    this.#lastKey = now;
    if (gap === undefined || gap > BURST_GAP_MS) {
      this.#gaps.length = 0;
      return PAUSE_FIRST_KEY_MS;
    }
    this.#gaps.push(gap);
    if (this.#gaps.length > GAPS_KEPT) this.#gaps.shift();
    return Math.min(PAUSE_MAX_MS, Math.max(PAUSE_WHOLE_MS, 2 * Math.max(...this.#gaps)));
  }
}
