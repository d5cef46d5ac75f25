// Word tokens with offsets, lower-cased and stemmed on demand.
import { stem } from "./natural.js";
import { memoized } from "./memo.js";
import { lre } from "./letters.js";

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = lre(/[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*/gu);

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  return memoized("tokens", text, start, end, tokenizeRange);
}

function tokenizeRange(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

const stemCache = new Map<string, string>();

/**
 * Stems known in advance (the words of the built-in rules, stemmed at build time): a run
 * starts with them instead of stemming each rule word again, ~10 ms of a cold start.
 * A stem depends on the word alone, so a table can only be incomplete, never stale.
 */
export function preloadStems(table: Record<string, string>): void {
  for (const [w, s] of Object.entries(table)) if (stemCache.size < 100000) stemCache.set(w, s);
}

/** The stems of `words` as stemWord gives them, keyed as stemWord looks them up. */
export function stemTable(words: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const word of words) out[stemKey(word)] = stemWord(word);
  return out;
}

const stemKey = (word: string) => word.toLowerCase().replace(/’/g, "'").replace(/'s$/, "");

export function stemWord(word: string): string {
  const w = stemKey(word);
  let s = stemCache.get(w);
  if (s === undefined) {
    s = stem(w);
    if (stemCache.size < 100000) stemCache.set(w, s);
  }
  return s;
}
