// compare (quotes): aligned quote pairs → findings. Every quote rule runs on every pair;
// pairwise findings that repeat one discrepancy over several sources are merged: a quote
// change seen the same way from a shared quote ("trusted" in two sources against "believed"
// in a third), an attribution sharing a quote (one finding naming every speaker).
import type { Evidence, Finding, QuoteMention, Severity } from "../types.js";
import { SEVERITY_RANK } from "../types.js";
import type { Rules } from "../rules/types.js";
import type { QuotePair } from "../align/quotes.js";
import { fileName } from "./describe.js";
import { quote } from "./rules/quote.js";
import { attribution, severalMessage } from "./rules/attribution.js";
import { describeSpeaker, sameSpeaker, type QuoteDraft, type QuoteRule } from "./rules/quote-common.js";

export const QUOTE_RULES: QuoteRule[] = [quote, attribution];

const EXPLICIT = new Set(["name", "credit", "according"]);

const idOf = (q: QuoteMention) => q.id ?? `${q.span.source}:${q.span.start}`;

function addClaims(target: Evidence[], more: Evidence[]): void {
  for (const c of more) if (!target.some((t) => t.source === c.source && t.start === c.start && t.end === c.end)) target.push(c);
}

/** Quote findings: merged when they share a quote and see the same change from it. */
function mergeQuoteDrafts(drafts: QuoteDraft[]): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (const d of drafts) {
    const target = out.find((o) => o.quotes.some((q) => d.quotes.includes(q) && o.signature?.get(idOf(q)) === d.signature?.get(idOf(q))));
    if (!target) {
      out.push({ ...d, claims: [...d.claims], quotes: [...d.quotes], signature: new Map(d.signature) });
      continue;
    }
    addClaims(target.claims, d.claims);
    for (const q of d.quotes)
      if (!target.quotes.includes(q)) {
        target.quotes.push(q);
        const s = d.signature?.get(idOf(q));
        if (s !== undefined) target.signature!.set(idOf(q), s);
      }
    if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[target.severity]) {
      target.severity = d.severity;
      target.message = d.message;
    }
  }
  // one message naming every source on each side of the change
  for (const d of out) {
    if (d.quotes.length <= 2 || !d.render) continue;
    const sigA = d.signature?.get(idOf(d.quotes[0]));
    const files = (same: boolean) => [...new Set(d.quotes.filter((q) => (d.signature?.get(idOf(q)) === sigA) === same).map((q) => fileName(q.span.source)))].join(", ");
    d.message = d.render(files(true), files(false));
  }
  return out;
}

/** Attribution findings sharing a quote become one, naming every speaker and where. */
function mergeAttributionDrafts(drafts: QuoteDraft[]): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (const d of drafts) {
    const target = out.find((o) => o.quotes.some((q) => d.quotes.includes(q)));
    if (!target) {
      out.push({ ...d, claims: [...d.claims], quotes: [...d.quotes] });
      continue;
    }
    addClaims(target.claims, d.claims);
    for (const q of d.quotes) if (!target.quotes.includes(q)) target.quotes.push(q);
    if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[target.severity]) target.severity = d.severity;
  }
  for (const d of out) {
    if (d.quotes.length <= 2) continue;
    const groups: { q: QuoteMention; speaker: string; files: string[] }[] = [];
    for (const q of d.quotes) {
      const g = groups.find((x) => sameSpeaker(x.q, q) === true);
      if (!g) groups.push({ q, speaker: describeSpeaker(q), files: [fileName(q.span.source)] });
      else {
        g.files.push(fileName(q.span.source));
        // name the speaker as a source names them outright, where one does
        if (EXPLICIT.has(q.speakerVia ?? "") && !EXPLICIT.has(g.q.speakerVia ?? "")) {
          g.q = q;
          g.speaker = describeSpeaker(q);
        }
      }
    }
    // the speaker most sources agree on first, the odd one out last
    groups.sort((a, b) => b.files.length - a.files.length);
    if (groups.length >= 2) d.message = severalMessage(d.words ?? "", groups);
  }
  // quote spans first, then where the speakers are named
  for (const d of out) d.claims.sort((a, b) => Number(a.normalized?.type !== "quote") - Number(b.normalized?.type !== "quote"));
  return out;
}

export function compareQuotePairs(pairs: readonly QuotePair[], rules: Rules): Finding[] {
  const drafts: QuoteDraft[] = [];
  for (const p of pairs)
    for (const r of QUOTE_RULES) {
      const d = r.check(p, rules);
      if (d) drafts.push(d);
    }
  drafts.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const merged = [...mergeQuoteDrafts(drafts.filter((d) => d.kind === "quote")), ...mergeAttributionDrafts(drafts.filter((d) => d.kind === "attribution"))];
  return merged.map((d, i) => ({
    id: `Q${i + 1}`,
    rule: d.rule,
    kind: d.kind,
    severity: d.severity as Severity,
    message: d.message,
    claims: d.claims,
  }));
}
