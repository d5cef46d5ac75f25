import type { QuantityRule } from "./types.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { describeScope, fileName, quoteOf, whySame } from "../describe.js";

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
    if (p.scope !== "different" || p.fingerprint !== "identical" || p.similarity < 0.05) return null;
    return {
      rule: meta.id,
      kind: meta.kind,
      severity: severityFor(rules, meta.id, "default", meta.defaultSeverity),
      message: formatMessage(meta, "moved", {
        a: quoteOf(p.a),
        sa: describeScope(p.a.scope),
        fa: fileName(p.a.span.source),
        sb: describeScope(p.b.scope),
        fb: fileName(p.b.span.source),
        why: whySame(p).replace(/; period.*$/, ""),
      }),
      claims: [p.a, p.b],
      pair: p,
    };
  },
};
