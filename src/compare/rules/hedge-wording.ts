import type { QuantityRule } from "./types.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { quoteOf, whySame } from "../describe.js";
import { coarseFirst, compatible, sameSource, sameWording, sameFamily, differsOnlyByDate } from "./common.js";

const meta: RuleMeta = {
  id: "hedge-wording",
  kind: "hedge-wording",
  description: "Compatible figures worded differently (a hedge against an exact figure, or different hedges).",
  defaultSeverity: "minor",
  messages: {
    hedged: "{{a}} and {{b}} agree but are worded differently; prefer the exact figure ({{why}})",
  },
};

export const hedgeWording: QuantityRule = {
  meta,
  check(p, rules) {
    // dates that differ say nothing about figures that agree
    // (a conversion given beside a figure that agrees with it is no wording to harmonise)
    if (!sameFamily(p) || p.conversion || (p.scope === "different" && !differsOnlyByDate(p)) || !compatible(p) || sameWording(p)) return null;
    if ((p.confidence < rules.severity.thresholds.align && !p.echo)) return null;
    if (p.a.bound === "exact" && p.b.bound === "exact" && !p.a.vague && !p.b.vague) return null;
    if (p.a.unit !== p.b.unit && p.a.bound === p.b.bound) return null; // a conversion, hedged alike
    // "roughly 5,700 acres" for "2,300 hectares": a converted measurement is hedged by nature
    // (not so "more than two hours" for 128 minutes, or one currency for another)
    if (p.a.unit !== p.b.unit && p.a.family !== "duration" && !p.a.family.startsWith("money:")) return null;
    // "about 8,600" against "about 6,900": two estimates that differ, not one figure worded twice
    if (p.a.bound !== "exact" && p.b.bound !== "exact" && !p.a.vague && !p.b.vague && p.a.unit === p.b.unit && JSON.stringify(p.a.value) !== JSON.stringify(p.b.value)) return null;
    const [coarse, fine] = coarseFirst(p);
    const situation = p.a.vague || p.b.vague ? "vague" : sameSource(p) ? "sameSource" : "default";
    return {
      rule: meta.id,
      kind: meta.kind,
      severity: severityFor(rules, meta.id, situation, meta.defaultSeverity),
      message: formatMessage(meta, "hedged", { a: quoteOf(coarse), b: quoteOf(fine), why: whySame(p) }),
      claims: [coarse, fine],
      pair: p,
    };
  },
};
