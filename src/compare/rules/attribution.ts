// attribution: the same quoted words given to different speakers, in different sources or
// within one. A speaker is compared by its resolution key (the surname, folded); a near
// spelling of the same surname ("Mortensen"/"Mortenson") is the same person misspelled (an
// entity-name matter), not another speaker. An unknown speaker on either side: no finding.
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { fileName } from "../describe.js";
import { describeSpeaker, quoteEvidence, sameSpeaker, sharedWords, speakerEvidence, type QuoteRule } from "./quote-common.js";

const meta: RuleMeta = {
  id: "attribution",
  kind: "attribution",
  description: "The same quoted words are attributed to different people in different sources (or twice in one).",
  defaultSeverity: "major",
  messages: {
    different: 'the same words "{{words}}" are attributed to {{sa}} in {{fa}} but to {{sb}} in {{fb}}',
    internal: 'the same words "{{words}}" are attributed to {{sa}} and to {{sb}} in {{fa}}',
    several: 'the same words "{{words}}" are attributed to {{speakers}}',
  },
};

const EXPLICIT = new Set(["name", "credit", "according"]);

export const attribution: QuoteRule = {
  meta,
  check(p, rules) {
    if (sameSpeaker(p.a, p.b) !== false) return null;
    // the same statement: most of the shared words equal, and enough of them
    if (p.equal < 5 && !(p.contained && p.equal >= 4)) return null;
    // the same words: a changed rendering given to someone else may be another statement
    if (p.changes.length) return null;
    const explicit = EXPLICIT.has(p.a.speakerVia ?? "") || EXPLICIT.has(p.b.speakerVia ?? "");
    const internal = p.a.span.source === p.b.span.source;
    const data = {
      words: sharedWords(p),
      sa: describeSpeaker(p.a),
      sb: describeSpeaker(p.b),
      fa: fileName(p.a.span.source),
      fb: fileName(p.b.span.source),
    };
    return {
      rule: meta.id,
      kind: meta.kind,
      severity: severityFor(rules, meta.id, explicit ? "default" : "inferred", explicit ? meta.defaultSeverity : "minor"),
      message: formatMessage(meta, internal ? "internal" : "different", data),
      quotes: [p.a, p.b],
      claims: [quoteEvidence(p.a), quoteEvidence(p.b), ...speakerEvidence(p.a), ...speakerEvidence(p.b)],
      words: data.words,
    };
  },
};

/** The message of an attribution finding merged over several sources. */
export function severalMessage(words: string, groups: { speaker: string; files: string[] }[]): string {
  const speakers = groups.map((g) => `${g.speaker} in ${[...new Set(g.files)].join(", ")}`);
  return formatMessage(meta, "several", { words, speakers: speakers.slice(0, -1).join(", ") + " but to " + speakers[speakers.length - 1] });
}
