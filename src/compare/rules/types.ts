import type { Evidence, FindingKind, Severity } from "../../types.js";
import type { Rules } from "../../rules/types.js";
import type { AlignedPair } from "../../align/index.js";
import type { RuleMeta } from "../meta.js";

/** A finding before ids are assigned and related findings merged. */
export interface Draft {
  rule: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  claims: AlignedPair["a"][];
  pair?: AlignedPair;
}

/** What the rules may ask about the whole story, beyond the pair in hand. */
export interface StoryContext {
  /**
   * The earliest day another source dates the same figure to, for a running total: a later
   * source's undated "19" that another gave as Tuesday's count is Tuesday's count.
   */
  datedTwin(c: AlignedPair["a"]): string | undefined;
  /** The figures of the sentence a claim stands in, in text order (the claim included). */
  sentenceOf(c: AlignedPair["a"]): readonly AlignedPair["a"][];
  /**
   * The publication days of the sources that state a change from one value to another in one
   * sentence ("cut the rate to 4.10% from 4.35%"), by `${valueKey(from)}>${valueKey(to)}`.
   */
  changes: ReadonlyMap<string, readonly string[]>;
  /**
   * The figure `source` gives as the earlier value of a change from `from`'s value to `to`'s,
   * stated in one sentence ("81 per cent, up from 57 per cent on Monday"), if it does.
   */
  changeFrom(source: number, from: AlignedPair["a"], to: AlignedPair["a"]): AlignedPair["a"] | undefined;
  /** The claims of `source` that state `c`'s value in `c`'s unit family (in text order). */
  readingsIn(source: number, c: AlignedPair["a"]): readonly AlignedPair["a"][];
  /** The claims of every source that state `c`'s value in `c`'s unit family. */
  readingsAnywhere(c: AlignedPair["a"]): readonly AlignedPair["a"][];
  /** All the claims of one source, in text order. */
  claimsIn(source: number): readonly AlignedPair["a"][];
  /** The claims of `c`'s source that start in the `chars` characters before it, in text order (by bisection). */
  claimsBefore(c: AlignedPair["a"], chars: number): readonly AlignedPair["a"][];
}

export interface QuantityRule {
  meta: RuleMeta;
  /** Returns a finding for an aligned pair, or null when the rule does not apply. */
  check(pair: AlignedPair, rules: Rules, story?: StoryContext): Draft | null;
}

export type { Evidence };
