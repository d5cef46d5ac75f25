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
