// unsupported (draft mode): a figure, quote or person in the draft that no source supports.
// A draft figure is supported when a source has a figure aligned with it (same unit family,
// not a different period) whose value is compatible; a draft quote when a source renders the
// same quotation (align/quotes); a person when a source names the same entity (same surname
// key, normalize/entities). Claims already in another finding (a changed figure, a reworded
// quote, a misspelt name) are reported there, not again here.
import type { Evidence, QuantityClaim, QuoteMention, Severity } from "../../types.js";
import type { Rules } from "../../rules/types.js";
import type { AlignedPair } from "../../align/index.js";
import type { QuotePair } from "../../align/quotes.js";
import type { PersonEntity } from "../../normalize/entities.js";
import { baseInterval, intersects } from "../../normalize/intervals.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { fileName, quoteOf } from "../describe.js";
import { quoteEvidence } from "./quote-common.js";

const meta: RuleMeta = {
  id: "unsupported",
  kind: "unsupported",
  description: "Draft mode: a figure, quote or name in the draft that no source supports (figures and quotes major, names minor).",
  defaultSeverity: "major",
  messages: {
    figure: "{{claim}} in the draft ({{file}}) is in no source: no source gives a matching figure{{nearest}}",
    quote: "the quote \"{{words}}\" in the draft ({{file}}) is in no source{{speaker}}",
    name: "{{name}} is named in the draft ({{file}}) but in no source",
  },
};

export interface DraftContext {
  /** Index of the draft among the sources. */
  draftIndex: number;
  claims: QuantityClaim[];
  pairs: AlignedPair[];
  quotes: QuoteMention[];
  quotePairs: QuotePair[];
  people: PersonEntity[];
  /** Draft spans already in a finding, as "start:end". */
  covered: Set<string>;
  /** Turns a quantity claim into evidence (compare/index.ts evidenceOf). */
  evidence: (c: QuantityClaim) => Evidence;
}

export interface UnsupportedDraft {
  rule: string;
  kind: "unsupported";
  severity: Severity;
  message: string;
  claims: Evidence[];
}

const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

function clipWords(text: string, max = 80): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? t.slice(0, max - 1).trimEnd() + "…" : t;
}

/** A quotation compared at all: not a scare quote, at least four words. */
function comparableQuote(q: QuoteMention): boolean {
  const words = q.tokens ? q.tokens.filter((w) => !w.ellipsis && !w.editorial).length : q.words.length;
  return !q.scare && words >= 4;
}

export const unsupported = {
  meta,
  check(ctx: DraftContext, rules: Rules): UnsupportedDraft[] {
    const t = rules.severity.thresholds;
    const d = ctx.draftIndex;
    const out: UnsupportedDraft[] = [];
    const sev = (situation: "figure" | "quote" | "name") => severityFor(rules, meta.id, situation, situation === "name" ? "minor" : meta.defaultSeverity);

    // figures
    const supported = new Set<QuantityClaim>();
    const nearest = new Map<QuantityClaim, AlignedPair>();
    for (const p of ctx.pairs) {
      for (const [mine, other] of [[p.a, p.b], [p.b, p.a]] as const) {
        if (mine.sourceIndex !== d || other.sourceIndex === d) continue;
        const aligned = p.confidence >= t.align || p.fingerprint === "identical" || p.echo;
        if (aligned && mine.family === other.family && p.scope !== "different" && intersects(baseInterval(mine), baseInterval(other))) supported.add(mine);
        else if (p.confidence >= t.align && (!nearest.has(mine) || nearest.get(mine)!.confidence < p.confidence)) nearest.set(mine, p);
      }
    }
    for (const c of ctx.claims) {
      if (c.sourceIndex !== d || c.vague || supported.has(c) || ctx.covered.has(key(c.span))) continue;
      const near = nearest.get(c);
      const other = near ? (near.a === c ? near.b : near.a) : undefined;
      out.push({
        rule: meta.id,
        kind: "unsupported",
        severity: sev("figure"),
        message: formatMessage(meta, "figure", {
          claim: quoteOf(c),
          file: fileName(c.span.source),
          nearest: other ? `; the nearest is ${quoteOf(other)} in ${fileName(other.span.source)}${near!.scope === "different" ? ", for another period" : ""}` : "",
        }),
        claims: [ctx.evidence(c)],
      });
    }

    // quotes
    const quoted = new Set<QuoteMention>();
    for (const p of ctx.quotePairs) {
      if (p.a.sourceIndex === d && p.b.sourceIndex !== d) quoted.add(p.a);
      if (p.b.sourceIndex === d && p.a.sourceIndex !== d) quoted.add(p.b);
    }
    for (const q of ctx.quotes) {
      if (q.sourceIndex !== d || !comparableQuote(q) || quoted.has(q) || ctx.covered.has(key(q.span))) continue;
      out.push({
        rule: meta.id,
        kind: "unsupported",
        severity: sev("quote"),
        message: formatMessage(meta, "quote", {
          words: clipWords(q.span.text),
          file: fileName(q.span.source),
          speaker: q.speaker ? `, though it is attributed to ${q.speaker}` : "",
        }),
        claims: [quoteEvidence(q)],
      });
    }

    // people
    for (const e of ctx.people) {
      const mine = e.mentions.filter((m) => m.sourceIndex === d);
      if (!mine.length || mine.length === e.mentions.length) {
        if (!mine.length || !mine.some((m) => m.tokens.length >= 2) || mine.some((m) => ctx.covered.has(key(m.span)))) continue;
        const full = mine.find((m) => m.tokens.length >= 2)!;
        out.push({
          rule: meta.id,
          kind: "unsupported",
          severity: sev("name"),
          message: formatMessage(meta, "name", { name: full.name, file: fileName(full.span.source) }),
          claims: mine.map((m) => ({ ...m.span, normalized: { type: "entity", entity: m.entityId, kind: m.type } })),
        });
      }
    }
    return out;
  },
};
