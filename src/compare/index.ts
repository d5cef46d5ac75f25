// compare: aligned pairs → findings. Rules run in order and the first that applies to a
// pair wins; pairwise findings that repeat one discrepancy across several sources are merged.
import type { Evidence, Finding, QuantityClaim, Severity } from "../types.js";
import { SEVERITY_RANK } from "../types.js";
import type { Rules } from "../rules/types.js";
import type { AlignedPair } from "../align/index.js";
import type { Draft, QuantityRule } from "./rules/types.js";
import { timeScope } from "./rules/time-scope.js";
import { scale } from "./rules/scale.js";
import { numericConflict } from "./rules/numeric-conflict.js";
import { rounding } from "./rules/rounding.js";
import { hedgeWording } from "./rules/hedge-wording.js";
import type { RuleMeta } from "./meta.js";
import { entityName } from "./rules/entity-name.js";
import { entityTitle } from "./rules/entity-title.js";
import { eventDate } from "./rules/event-date.js";
import { QUOTE_RULES } from "./quotes.js";

export const QUANTITY_RULES: QuantityRule[] = [timeScope, scale, numericConflict, rounding, hedgeWording];
export const RULE_METAS: RuleMeta[] = [...QUANTITY_RULES.map((r) => r.meta), ...QUOTE_RULES.map((r) => r.meta), entityName.meta, entityTitle.meta, eventDate.meta];

/** Drops floating-point noise (39.349999999999994 → 39.35) from reported numbers. */
export function tidy(n: number): number {
  return Number.isFinite(n) ? +n.toPrecision(12) : n;
}

export function evidenceOf(c: QuantityClaim): Evidence {
  const normalized: Record<string, unknown> = {
    type: "quantity",
    value: Array.isArray(c.value) ? c.value.map(tidy) : tidy(c.value),
    low: tidy(c.interval.low),
    high: tidy(c.interval.high),
    lowOpen: c.interval.lowOpen,
    highOpen: c.interval.highOpen,
    bound: c.bound,
    unit: c.unit,
  };
  if (c.change) normalized.change = c.change;
  if (c.scope) normalized.scope = { start: c.scope.start, end: c.scope.end };
  return { ...c.span, normalized };
}

function valueKey(c: QuantityClaim): string {
  return `${JSON.stringify(c.value)}|${c.unit}`;
}

/**
 * Merges drafts of one kind that share a claim when their other claims state the same
 * value: "87,684 vs 87,648 (wire)" and "87,684 vs 87,648 (agency)" become one finding.
 */
function merge(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const target = out.find(
      (o) =>
        o.kind === d.kind &&
        o.rule === d.rule &&
        d.claims.some((c) => o.claims.includes(c)) &&
        // one figure contradicted by several others is one finding; otherwise the others must agree
        (d.rule === "numeric-conflict" || d.claims.every((c) => o.claims.includes(c) || o.claims.some((x) => !d.claims.includes(x) && valueKey(x) === valueKey(c)))),
    );
    if (target) {
      for (const c of d.claims) if (!target.claims.includes(c)) target.claims.push(c);
      if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[target.severity]) {
        target.severity = d.severity;
        target.message = d.message;
      }
    } else out.push({ ...d, claims: [...d.claims] });
  }
  return out;
}

/** The same figure stated again in the same source ("$5.2bn" in the lede and the body). */
function twinsOf(c: QuantityClaim, bySource: Map<number, QuantityClaim[]>): QuantityClaim[] {
  return (bySource.get(c.sourceIndex) ?? []).filter((x) => x !== c && valueKey(x) === valueKey(c) && x.family === c.family);
}

/**
 * A figure moved to the wrong period also contradicts whatever the other source gives for
 * that period (1,104 "on Saturday" against 612 on Saturday): one discrepancy, reported once,
 * as the time-scope finding with the contradicting figure added as evidence.
 */
function foldIntoTimeScope(drafts: Draft[]): Draft[] {
  const moved = drafts.filter((d) => d.kind === "time-scope");
  return drafts.filter((d) => {
    if (d.kind !== "numeric-conflict" && !(d.kind === "internal" && d.rule === "numeric-conflict")) return true;
    const host = moved.find((m) => d.claims.some((c) => m.claims.includes(c)));
    if (!host) return true;
    for (const c of d.claims) if (!host.claims.includes(c)) host.claims.push(c);
    return false;
  });
}

export function compare(pairs: AlignedPair[], rules: Rules, claims: QuantityClaim[] = []): Finding[] {
  const bySource = new Map<number, QuantityClaim[]>();
  for (const c of claims) {
    let l = bySource.get(c.sourceIndex);
    if (!l) bySource.set(c.sourceIndex, (l = []));
    l.push(c);
  }
  const drafts: Draft[] = [];
  for (const p of pairs) {
    for (const r of QUANTITY_RULES) {
      const d = r.check(p, rules);
      if (d) {
        drafts.push(d);
        break;
      }
    }
  }
  // most severe first, so merged findings keep the strongest reading
  drafts.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (b.pair?.confidence ?? 0) - (a.pair?.confidence ?? 0));
  const merged = foldIntoTimeScope(merge(drafts));
  // a finding points at every place its figures stand: an editor fixes them all
  for (const d of merged) {
    if (d.kind === "hedge-wording" || d.kind === "rounding") continue;
    for (const c of [...d.claims]) for (const t of twinsOf(c, bySource)) if (!d.claims.includes(t)) d.claims.push(t);
    // a source that states both readings contradicts itself: show its other reading too
    if (d.kind === "numeric-conflict" || d.kind === "scale" || d.kind === "internal")
      for (const c of [...d.claims])
        for (const other of d.claims.filter((x) => valueKey(x) !== valueKey(c)))
          for (const t of bySource.get(c.sourceIndex) ?? [])
            if (!d.claims.includes(t) && valueKey(t) === valueKey(other) && t.family === c.family) d.claims.push(t);
  }
  return merged.map((d, i) => ({
    id: `F${i + 1}`,
    rule: d.rule,
    kind: d.kind,
    severity: d.severity as Severity,
    message: d.message,
    claims: d.claims.map(evidenceOf),
  }));
}
