// quote: the same quotation with words changed, added or dropped INSIDE the words the two
// renderings share ("in a decade" vs "in a generation"; "faster, cheaper" vs "faster, more
// accurate"). A shorter excerpt of the same words is not a finding, nor is an ellipsis or a
// bracketed insertion of the writer's standing for words left out, nor a difference of case,
// punctuation, contraction or spelling. Quotes given to two different known speakers are
// not compared here (that is attribution's business if the words agree).
import type { QuoteChange } from "../../align/quotes.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { fileName } from "../describe.js";
import { quoteEvidence, sameSpeaker, sharedWords, type QuoteRule } from "./quote-common.js";

const meta: RuleMeta = {
  id: "quote",
  kind: "quote",
  description: "The same quotation with words changed, added or dropped inside the words the sources share (a shorter excerpt or an ellipsis is not a difference).",
  defaultSeverity: "major",
  messages: {
    changed: "the quotation{{by}} is worded differently: {{changes}}",
    internal: "the quotation{{by}} is given twice in {{fa}} with different words: {{changes}}",
  },
};

export function describeChange(c: QuoteChange, fa: string, fb: string): string {
  return `"${c.aText}" in ${fa} but "${c.bText}" in ${fb}`;
}

function changeSignature(c: QuoteChange, flip: boolean): string {
  const [x, y] = flip ? [c.bWords, c.aWords] : [c.aWords, c.bWords];
  return `${x.join(" ").toLowerCase()}>${y.join(" ").toLowerCase()}`;
}

/** Words whose lone drop or addition inside a quote changes no meaning ("not" and "no" are not among them). */
const LITTLE = new Set(["a", "an", "the", "of", "to", "and", "that", "in", "on", "at", "for", "with", "by", "is", "are", "was", "were"]);

export const quote: QuoteRule = {
  meta,
  check(p, rules) {
    if (!p.changes.length) return null;
    if (sameSpeaker(p.a, p.b) === false) return null;
    const fa = fileName(p.a.span.source);
    const fb = fileName(p.b.span.source);
    const internal = p.a.span.source === p.b.span.source;
    // ("and of the staff" / "and the staff": a lone little word dropped or added is a slip of transcription)
    const trivial = p.changes.every((c) => c.kind !== "changed" && c.aWords.length + c.bWords.length === 1 && LITTLE.has([...c.aWords, ...c.bWords][0].toLowerCase()));
    // (a headline against a body, its own or another source's: a headline adapts the words it
    // quotes to fit)
    const situation = p.changes.every((c) => c.sentence) ? "sentence" : trivial ? "trivial" : p.a.headline || p.b.headline ? "headline" : p.changes.some((c) => c.kind === "changed") ? "changed" : p.changes[0].kind;
    const speaker = p.a.speakerKey && p.b.speakerKey ? (p.a.speakerFull ?? p.a.speaker) : (p.a.speaker && p.a.speakerKey ? p.a.speaker : p.b.speakerKey ? p.b.speaker : undefined);
    const real = p.changes.filter((c) => !c.sentence);
    const shown = (real.length ? real : p.changes).slice(0, 3);
    const changes = (x: string, y: string) =>
      shown.map((c) => describeChange(c, x, y)).join("; ") + (p.changes.length > shown.length ? `; and ${p.changes.length - shown.length} more` : "");
    const by = speaker ? ` by ${speaker}` : "";
    const render = (x: string, y: string) => formatMessage(meta, internal ? "internal" : "changed", { by, changes: changes(x, y), fa: x });
    const signature = new Map<string, string>([
      [p.a.id ?? "a", p.changes.map((c) => changeSignature(c, false)).join("|")],
      [p.b.id ?? "b", p.changes.map((c) => changeSignature(c, true)).join("|")],
    ]);
    return {
      rule: meta.id,
      kind: meta.kind,
      severity: severityFor(rules, meta.id, situation, situation === "sentence" || situation === "trivial" ? "minor" : meta.defaultSeverity),
      message: render(fa, fb),
      render,
      claims: [quoteEvidence(p.a), quoteEvidence(p.b)],
      quotes: [p.a, p.b],
      signature,
      words: sharedWords(p),
    };
  },
};
