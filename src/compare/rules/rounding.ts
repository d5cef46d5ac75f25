import type { QuantityRule } from "./types.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { centre } from "../../normalize/intervals.js";
import { quoteOf, whySame } from "../describe.js";
import { coarseFirst, compatible, sameSource, sameWording, sameFamily, differsOnlyByDate } from "./common.js";

export const meta: RuleMeta = {
  id: "rounding",
  kind: "rounding",
  description: "A rounded figure against a precise one for the same measure: consistent, worth harmonising.",
  defaultSeverity: "minor",
  messages: {
    rounded: "{{a}} is a rounded form of {{b}}: consistent, but the sources give different precision ({{why}})",
    loose: "{{a}} ({{fa}}) misses {{b}} ({{fb}}) by a hair: the hedge or rounding does not quite cover the figure ({{why}})",
  },
};

export const rounding: QuantityRule = {
  meta,
  check(p, rules) {
    // dates that differ say nothing about figures that agree
    // (a conversion given beside a figure that agrees with it is no wording to harmonise)
    if (!sameFamily(p) || p.conversion || (p.scope === "different" && !differsOnlyByDate(p)) || !compatible(p) || sameWording(p)) return null;
    if ((p.confidence < rules.severity.thresholds.align && !p.echo) || p.a.vague || p.b.vague) return null;
    // the same amount in two units ("2,300 hectares" / "roughly 5,700 acres") is a conversion, not a rounding
    if (p.a.unit !== p.b.unit) return null;
    const [coarse, fine] = coarseFirst(p);
    // rounding: the coarse figure is the fine one rounded (trailing zeros or fewer decimals)
    const isRounding =
      (coarse.bound === "exact" && fine.bound === "exact") ||
      (coarse.precision >= fine.precision * 10 && Math.abs(centre(coarse) - centre(fine)) < coarse.precision * coarse.toBase);
    if (!isRounding || fine.bound !== "exact") return null;
    // (the same value written to two precisions rounds nothing away: "9½ years" and "9 years
    // and six months", "£6.25m" and "£6,250,000")
    if (coarse.bound === "exact" && typeof coarse.value === "number" && typeof fine.value === "number" && Math.abs(coarse.value * coarse.toBase - fine.value * fine.toBase) <= 1e-9 * Math.abs(fine.value * fine.toBase)) return null;
    if (coarse.unit !== fine.unit && coarse.bound === "exact") return null; // a unit conversion that agrees
    return {
      rule: meta.id,
      kind: meta.kind,
      severity: severityFor(rules, meta.id, sameSource(p) ? "sameSource" : "default", meta.defaultSeverity),
      message: formatMessage(meta, "rounded", { a: quoteOf(coarse), b: quoteOf(fine), why: whySame(p) }),
      claims: [coarse, fine],
      pair: p,
    };
  },
};
