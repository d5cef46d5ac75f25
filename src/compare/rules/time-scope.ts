import type { QuantityRule } from "./types.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { describeScope, fileName, quoteOf, whySame } from "../describe.js";
import { qualifiersDiffer } from "../../normalize/qualifiers.js";

const meta: RuleMeta = {
  id: "time-scope",
  kind: "time-scope",
  description: "The same distinctive figure is tied to different dates or periods.",
  defaultSeverity: "major",
  messages: {
    moved: "the same figure {{a}} is tied to {{sa}} in {{fa}} but to {{sb}} in {{fb}}: one of the periods is wrong ({{why}})",
  },
};

export const timeScope: QuantityRule = {
  meta,
  check(p, rules) {
    if (p.scope !== "different" || p.similarity < 0.05) return null;
    // a change with the same value measured from different baselines: month-on-month against year-on-year
    const rebased = !!(p.a.change && p.a.change === p.b.change && p.a.baseline && p.b.baseline && p.a.unit === p.b.unit && JSON.stringify(p.a.value) === JSON.stringify(p.b.value) && p.a.digits >= 2 && p.similarity >= 0.3);
    if (p.fingerprint !== "identical" && !rebased) return null;
    // both periods must be stated: a difference in publication day alone is not a moved figure
    if (!rebased && (!p.a.scope || !p.b.scope || p.a.scope.since || p.b.scope.since)) return null;
    // the day a statement was made is not the figure's period: a count "as of 14 August" repeated
    // in a statement on 15 August has not moved
    if (!rebased && p.a.scopeIsEvent !== p.b.scopeIsEvent) return null;
    // "in March 2017" and "in 2017": a date inside the calendar year named says the same, less
    // precisely (a month against "the first five months" is another matter)
    const yearOf = (x: { start: string; end: string }, y: { start: string; end: string }) => /-01-01$/.test(y.start) && /-12-31$/.test(y.end) && y.start.slice(0, 4) === y.end.slice(0, 4) && x.start.slice(0, 4) === y.start.slice(0, 4) && x.end.slice(0, 4) === y.start.slice(0, 4);
    if (!rebased && p.a.scope && p.b.scope && (yearOf(p.a.scope, p.b.scope) || yearOf(p.b.scope, p.a.scope))) return null;
    // a three-digit figure is distinctive only for the same counted thing
    const minDigits = rules.severity.thresholds.distinctiveDigits;
    if (!rebased && Math.min(p.a.digits, p.b.digits) < minDigits && (p.sameHead !== true || p.similarity < 0.3)) return null;
    // figures for different places are not the same figure
    if (qualifiersDiffer(p.a.qualifiers, p.b.qualifiers)) return null;
    return {
      rule: meta.id,
      kind: meta.kind,
      severity: severityFor(rules, meta.id, "default", meta.defaultSeverity),
      message: formatMessage(meta, "moved", {
        a: quoteOf(p.a),
        sa: rebased ? `a change from ${describeScope(p.a.baseline!)}` : describeScope(p.a.scope),
        fa: fileName(p.a.span.source),
        sb: rebased ? `a change from ${describeScope(p.b.baseline!)}` : describeScope(p.b.scope),
        fb: fileName(p.b.span.source),
        why: whySame(p).replace(/; period.*$/, ""),
      }),
      claims: [p.a, p.b],
      pair: p,
    };
  },
};
