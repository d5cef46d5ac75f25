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

export interface QuantityRule {
  meta: RuleMeta;
  /** Returns a finding for an aligned pair, or null when the rule does not apply. */
  check(pair: AlignedPair, rules: Rules): Draft | null;
}

export type { Evidence };
