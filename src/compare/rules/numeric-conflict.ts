import type { QuantityRule } from "./types.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { centre } from "../../normalize/intervals.js";
import { fileName, formatNumber, quoteOf, whySame } from "../describe.js";
import { compatible, isPrecise, ratio, sameSource } from "./common.js";

const meta: RuleMeta = {
  id: "numeric-conflict",
  kind: "numeric-conflict",
  description: "Two figures for the same measure and period cannot both be true.",
  defaultSeverity: "critical",
  messages: {
    conflict: "{{a}} ({{fa}}) and {{b}} ({{fb}}) cannot both be true: they differ by {{diff}} ({{pct}}%){{slip}}; {{why}}",
  },
};

export const numericConflict: QuantityRule = {
  meta,
  check(p, rules) {
    const t = rules.severity.thresholds;
    if (p.scope === "different" || compatible(p)) return null;
    // a vague quantity ("thousands of") cannot flatly contradict a figure
    if (p.a.vague || p.b.vague) return null;
    if (p.confidence < t.align) return null;
    if (p.sameHead === false && !p.fingerprint) return null;
    const precise = isPrecise(p.a) && isPrecise(p.b);
    let situation = p.confidence >= t.sure && p.scope === "same" ? (precise ? "precise" : "hedged") : "uncertain";
    if (p.fingerprint === "slip") situation = precise ? "precise" : "hedged";
    // figures far apart with only middling alignment are more likely about different things
    if (!p.fingerprint && ratio(p) > 1.5 && p.confidence < t.sure) situation = "distant";
    const diff = Math.abs(centre(p.a) - centre(p.b));
    const pct = (100 * diff) / Math.max(Math.abs(centre(p.a)), Math.abs(centre(p.b)));
    return {
      rule: meta.id,
      kind: sameSource(p) ? "internal" : meta.kind,
      severity: severityFor(rules, meta.id, situation, meta.defaultSeverity),
      message: formatMessage(meta, "conflict", {
        a: quoteOf(p.a),
        fa: fileName(p.a.span.source),
        b: quoteOf(p.b),
        fb: fileName(p.b.span.source),
        diff: formatNumber(diff) + (p.a.unit === "count" ? "" : ` ${p.a.unit}`),
        pct: pct.toFixed(pct < 1 ? 2 : 0),
        slip: p.fingerprint === "slip" ? ", the digits look transposed or mistyped" : "",
        why: whySame(p),
      }),
      claims: [p.a, p.b],
      pair: p,
    };
  },
};
