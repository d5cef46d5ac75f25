// Where a line starts, looked for only a bounded way back: a list item or a table row starts
// close before its figure, and a source written on one line stays linear to read.
import { lre } from "./letters.js";

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

const PULL_QUOTE = lre(/["”'’][ \u00a0]*[-–—][ \u00a0]*\p{Lu}/u);

/**
 * A crosshead: a short line standing alone between paragraphs, with no sentence's end ("FIRE
 * CHIEF: 'WE ARE NOT OUT OF THIS YET'"); like a headline it adapts the words it quotes.
 */
export function isCrosshead(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const nl = text.indexOf("\n", at);
  const end = nl < 0 ? text.length : nl;
  const line = text.slice(start, end).trim();
  if (!line || line.length > 100) return false;
  const alone = (start < 2 || /\n[ \t]*\n$/.test(text.slice(Math.max(0, start - 4), start))) && (end >= text.length || /^\n[ \t]*(?:\n|$)/.test(text.slice(end, end + 4)));
  if (!alone || /[.!?][\s"'”’»)\]]*$/.test(line)) return false;
  // (not a pull quote with its speaker after a dash, "'We will rebuild' - Mayor Ana Roe": a
  // quotation given whole)
  return !PULL_QUOTE.test(line);
}
