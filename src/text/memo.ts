// The sentence splits and word tokens of the source being extracted, shared by the
// extractors that ask for the same ranges: entities, events, normalize and relations each
// split the whole body and tokenize its sentences. On only inside `withTextMemo` (one
// source at a time) and for texts of news length, so nothing outlives the source and a long
// archive's pieces keep their memory bound. Results are shared: callers must not modify them.

/** Texts longer than this are not memoised (their token lists would be held for the whole piece). */
const MAX_TEXT = 250_000;

/** Per text, per kind of result ("tokens", "sentences"), per range. */
type TextMemo = Map<string, Map<number, unknown>>;

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

/**
 * `compute(text, start, end)`, remembered per range of `text` while a memo is active and the
 * text is short enough; otherwise computed every time.
 */
export function memoized<T>(kind: string, text: string, start: number, end: number, compute: (text: string, start: number, end: number) => T): T {
  if (!active || text.length > MAX_TEXT) return compute(text, start, end);
  let byText = active.get(text);
  if (!byText) active.set(text, (byText = new Map()));
  let byRange = byText.get(kind) as Map<number, T> | undefined;
  if (!byRange) byText.set(kind, (byRange = new Map()));
  // one number per range (both ends at most text.length)
  const key = start * (text.length + 1) + end;
  let hit = byRange.get(key);
  if (hit === undefined) byRange.set(key, (hit = compute(text, start, end)));
  return hit;
}
