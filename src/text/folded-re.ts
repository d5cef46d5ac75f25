// Case-insensitive matching of word lists without the cost of compiling /iu patterns.
//
// V8 compiles a large case-insensitive unicode pattern (an alternation of hundreds of unit
// or change words) several times slower than the same pattern case-sensitive, and a run
// compiles each once: a good share of start-up. A FoldedRegExp matches the case-sensitive
// twin of the pattern against the lower-cased text instead. Lower-casing keeps every UTF-16
// offset except for İ (U+0130), and /iu also folds ſ (U+017F) to s and the Kelvin sign
// (U+212A) to k: text holding any of the three goes to the /iu pattern itself (compiled
// then), so the matches are exactly those of the /iu pattern. Groups are returned as written.
//
// The pattern's literal letters must be lower case (build it from lower-cased words), and it
// must not use upper-case escapes (\S, \W, \D, \B, \P{...}).

import { compactLetters } from "./letters.js";

const UNFOLDABLE = /[\u0130\u017f\u212a]/;

export class FoldedRegExp {
  private readonly fast: RegExp;
  private slow: RegExp | undefined;

  /** `flags` without "i" (and without "g" or "y": the pattern is applied to short windows). */
  constructor(
    readonly source: string,
    private readonly flags: string,
  ) {
    if (/[A-Z]/.test(source.replace(/\\[a-z]\{[^}]*\}|\\./g, ""))) throw new Error(`FoldedRegExp: upper-case letters in ${source.slice(0, 60)}`);
    if (/\\[SWDBP]/.test(source)) throw new Error(`FoldedRegExp: upper-case escape in ${source.slice(0, 60)}`);
    this.fast = new RegExp(compactLetters(source), flags + "d");
  }

  exec(s: string): RegExpExecArray | null {
    if (UNFOLDABLE.test(s)) return (this.slow ??= new RegExp(compactLetters(this.source), this.flags + "i")).exec(s);
    const m = this.fast.exec(s.toLowerCase());
    if (!m) return null;
    const ix = m.indices!;
    for (let i = 0; i < m.length; i++) if (ix[i]) m[i] = s.slice(ix[i]![0], ix[i]![1]);
    m.input = s;
    return m;
  }

  test(s: string): boolean {
    return this.exec(s) !== null;
  }
}
