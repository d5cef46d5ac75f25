// One shared copy of the small read-only values that many claims hold alike: the measure
// words and their weights, the qualifiers, the interval. A long source repeats the same
// figure about the same thing thousands of times ("93 percent contained", "1,200
// firefighters"); each claim held its own arrays, about 300 bytes of the 900 a claim takes
// (issue 7: a 50 MB source). Shared values are frozen, so a caller that tries to change one
// fails loudly instead of changing every claim that holds it.
import type { Interval } from "../types.js";

/** Entries kept before the table starts afresh: its memory stays bounded on any input. */
const MAX_ENTRIES = 50_000;

const table = new Map<string, unknown>();

function share<T extends object>(key: string, value: T): T {
  const hit = table.get(key);
  if (hit !== undefined) return hit as T;
  if (table.size >= MAX_ENTRIES) table.clear();
  table.set(key, Object.freeze(value));
  return value;
}

/** The empty list every claim without qualifiers holds. */
const NONE: readonly string[] = Object.freeze([]);

/** A shared, frozen copy of a list of words. */
export function sharedWords(words: readonly string[]): readonly string[] {
  return words.length ? share(`w${JSON.stringify(words)}`, [...words]) : NONE;
}

/** A shared, frozen copy of a list of numbers. */
export function sharedNumbers(numbers: readonly number[]): readonly number[] {
  return numbers.length ? share(`n${numbers.join(",")}`, [...numbers]) : (NONE as unknown as readonly number[]);
}

/** A shared, frozen copy of an interval. */
export function sharedInterval(iv: Interval): Interval {
  return share(`i${iv.low},${iv.high},${+iv.lowOpen},${+iv.highOpen}`, { low: iv.low, high: iv.high, lowOpen: iv.lowOpen, highOpen: iv.highOpen });
}
