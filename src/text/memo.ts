// The sentence splits and word tokens of the source being extracted, shared by the
// extractors that ask for the same ranges: entities, events, normalize and relations each
// split the whole body and tokenize its sentences. On only inside `withTextMemo` (one
// source at a time) and for texts of news length, so nothing outlives the source and a long
// archive's pieces keep their memory bound. Results are shared: callers must not modify them.

/** Texts longer than this are not memoised (their token lists would be held for the whole piece). */
const MAX_TEXT = 250_000;

export interface TextMemo {
  tokens: Map<number, unknown>;
  sentences: Map<number, unknown>;
}

let active: Map<string, TextMemo> | undefined;

/** Runs `fn` with the memo on (nested calls share the outer one), and drops it afterwards. */
export function withTextMemo<T>(fn: () => T): T {
  if (active) return fn();
  active = new Map();
  try {
    return fn();
  } finally {
    active = undefined;
  }
}

/** The memo of `text`, when one is active and the text is short enough. */
export function memoOf(text: string): TextMemo | undefined {
  if (!active || text.length > MAX_TEXT) return undefined;
  let m = active.get(text);
  if (!m) active.set(text, (m = { tokens: new Map(), sentences: new Map() }));
  return m;
}

/** One number per range of `text` (both ends at most text.length). */
export const rangeKey = (text: string, start: number, end: number): number => start * (text.length + 1) + end;
