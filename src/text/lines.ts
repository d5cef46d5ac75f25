// Where a line starts, looked for only a bounded way back: a list item or a table row starts
// close before its figure, and a source written on one line stays linear to read.

/** A list item's bullet at the start of a line ("- ", "• ", "– "). */
export const BULLET = /^[ \t]*[-•*–·▪][ \t]/u;

/** The start of the line holding `at`, if it lies within `window` characters before it; else -1. */
export function lineStartWithin(text: string, at: number, window: number): number {
  const from = Math.max(0, at - window);
  const k = text.slice(from, at).lastIndexOf("\n");
  return k >= 0 ? from + k + 1 : from === 0 ? 0 : -1;
}

/** The source's headline: its first non-empty line when that line reads as a title. */
export function headlineRange(source: { text: string; body: { start: number }; continues?: boolean }): { start: number; end: number } | null {
  if (source.continues) return null;
  const body = source.text.slice(source.body.start);
  const m = /\S[^\r\n]*/.exec(body);
  if (!m || m[0].length > 200 || /[.!?"”]\s*$/.test(m[0])) return null;
  const start = source.body.start + m.index;
  return { start, end: start + m[0].length };
}
