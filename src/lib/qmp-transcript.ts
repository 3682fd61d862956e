/**
 * The QMP transcript format of a ```text run qmp="…" block, and how a reply is compared with what
 * the page shows. Pure: the examples suite does the talking, this module only reads and compares.
 *
 * Transcript lines:
 *
 *   -> {json}   a command the client sends. JSON may continue on the following lines (any line that
 *               does not start with -> or <-), so long commands can be wrapped for reading.
 *   <- {json}   what QEMU answers. An object with an "event" key is matched against the events
 *               QEMU sent since the last command (waiting for it if needed); anything else is the
 *               reply to the last command (at most one per command). Before the first ->, a <-
 *               line is matched against QEMU's greeting.
 *   <- text     not valid JSON: the text must appear in QEMU's reply line exactly as QEMU sent it.
 *   blank lines and anything before the first -> or <- are ignored.
 *
 * A JSON expectation is a subset of the real message (see matchesJsonSubset): leave out keys you do
 * not want to show or check, such as timestamps. "..." placeholders are not supported; omit instead.
 */

export type QmpExpectation = { kind: 'json'; value: unknown; text: string } | { kind: 'text'; text: string };

export interface QmpStep {
  /** 1-based line of the `->` within the block; 0 for expectations on the greeting. */
  line: number;
  /** The command to send, or undefined for the greeting step. */
  send: Record<string, unknown> | undefined;
  /** The reply or event expectations that follow it, in order. */
  expect: QmpExpectation[];
}

/** A transcript the suite cannot run; `line` is 1-based within the block. */
export class QmpTranscriptError extends Error {
  override name = 'QmpTranscriptError';
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when the expectation is matched against events rather than a command's reply. */
export function isEventExpectation(expectation: QmpExpectation): boolean {
  return expectation.kind === 'json' && isObject(expectation.value) && 'event' in expectation.value;
}

/**
 * Reads a transcript into steps. Throws QmpTranscriptError for a `->` that is not a JSON object with
 * "execute", or two reply expectations for one command.
 * @example parseQmpTranscript('-> {"execute":"query-status"}\n<- {"return":{"running":false}}')
 */
export function parseQmpTranscript(code: string): QmpStep[] {
  // First gather logical entries, joining continuation lines onto the -> or <- they belong to.
  const entries: { arrow: '->' | '<-'; line: number; text: string }[] = [];
  code.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const arrow = line.startsWith('->') ? '->' : line.startsWith('<-') ? '<-' : undefined;
    if (arrow) entries.push({ arrow, line: index + 1, text: line.slice(2).trim() });
    else if (line !== '' && entries.length > 0) entries[entries.length - 1]!.text += `\n${line}`;
  });

  const steps: QmpStep[] = [];
  for (const entry of entries) {
    if (entry.arrow === '->') {
      const parsed = parseJson(entry.text);
      if (!parsed.ok || !isObject(parsed.value) || typeof parsed.value['execute'] !== 'string') {
        throw new QmpTranscriptError(entry.line, `"-> ${entry.text.slice(0, 60)}" must be a JSON object with an "execute" member`);
      }
      steps.push({ line: entry.line, send: parsed.value, expect: [] });
      continue;
    }
    if (entry.text === '') throw new QmpTranscriptError(entry.line, '"<-" has nothing after it');
    const parsed = parseJson(entry.text);
    const expectation: QmpExpectation = parsed.ok ? { kind: 'json', value: parsed.value, text: entry.text } : { kind: 'text', text: entry.text };
    let step = steps[steps.length - 1];
    if (!step) {
      step = { line: 0, send: undefined, expect: [] };
      steps.push(step);
    }
    if (step.send && !isEventExpectation(expectation) && step.expect.some((other) => !isEventExpectation(other))) {
      throw new QmpTranscriptError(entry.line, 'a command gets one reply: this is the second "<-" that is not an event for the same "->"');
    }
    step.expect.push(expectation);
  }
  if (!steps.some((step) => step.send)) throw new QmpTranscriptError(1, 'a QMP transcript needs at least one "-> {"execute": …}" line');
  return steps;
}

/**
 * The subset rule: scalars must be equal; every key of an expected object must be in the actual
 * object with a matching value (extra actual keys are ignored); an expected array matches when each
 * of its elements matches a different element of the actual array, in any order (QEMU lists such
 * as query-machines come in no fixed order), with any number of actual elements left over.
 * @example matchesJsonSubset({ return: {} }, { return: {} }) // → true
 */
export function matchesJsonSubset(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    // Backtracking, so one expected element cannot take the only match another one needs.
    const used = new Set<number>();
    const assign = (index: number): boolean => {
      if (index === expected.length) return true;
      for (let candidate = 0; candidate < actual.length; candidate++) {
        if (used.has(candidate) || !matchesJsonSubset(expected[index], actual[candidate])) continue;
        used.add(candidate);
        if (assign(index + 1)) return true;
        used.delete(candidate);
      }
      return false;
    };
    return assign(0);
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return false;
    return Object.entries(expected).every(([key, value]) => key in actual && matchesJsonSubset(value, actual[key]));
  }
  return expected === actual;
}

/** Whether one QEMU message (its parsed value and the raw line) meets one expectation. */
export function meetsExpectation(expectation: QmpExpectation, message: unknown, rawLine: string): boolean {
  return expectation.kind === 'json' ? matchesJsonSubset(expectation.value, message) : rawLine.includes(expectation.text);
}
