// Shared by the quote and attribution rules: the draft and rule shapes, evidence for a
// quote and its speaker, and whether two quotes have the same speaker.
import type { Evidence, FindingKind, QuoteMention, Severity } from "../../types.js";
import type { Rules } from "../../rules/types.js";
import type { QuotePair } from "../../align/quotes.js";
import type { RuleMeta } from "../meta.js";
import { nameTokens } from "../../normalize/person-key.js";
import { jaroWinklerDistance, levenshteinDistance } from "../../text/natural.js";

/** A finding about quotes before ids are assigned and related findings merged. */
export interface QuoteDraft {
  rule: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  claims: Evidence[];
  /** The quotes involved (for merging findings over several sources). */
  quotes: QuoteMention[];
  /** Per quote id: the change as seen from that quote ("higher>upper"), for merging. */
  signature?: Map<string, string>;
  /** The shared words, for messages. */
  words?: string;
  /** The message again with other file lists for each side (after merging over several sources). */
  render?: (fa: string, fb: string) => string;
}

export interface QuoteRule {
  meta: RuleMeta;
  /** Returns a finding for a pair of renderings of one quotation, or null. */
  check(pair: QuotePair, rules: Rules): QuoteDraft | null;
}

export function quoteEvidence(q: QuoteMention): Evidence {
  const normalized: Record<string, unknown> = { type: "quote", words: q.words.length };
  if (q.speaker !== undefined) normalized.speaker = q.speaker;
  if (q.speakerKey) normalized.speakerKey = q.speakerKey;
  if (q.speakerVia) normalized.via = q.speakerVia;
  return { ...q.span, normalized };
}

/** The shared words of a pair as written in a (clipped), for messages. */
export function sharedWords(p: QuotePair, max = 80): string {
  const t = p.a.span.text.replace(/\s+/g, " ").replace(/^["“”‘’']+|["“”‘’']+$/g, "");
  if (p.a.words.length <= p.b.words.length || !p.b.span.text) return t.length > max ? t.slice(0, max - 1).trimEnd() + "…" : t;
  const u = p.b.span.text.replace(/\s+/g, " ");
  return u.length > max ? u.slice(0, max - 1).trimEnd() + "…" : u;
}

/** Same person, different person, or unknown (one side has no resolved speaker). */
export function sameSpeaker(a: QuoteMention, b: QuoteMention): boolean | undefined {
  if (!a.speakerKey || !b.speakerKey) return undefined;
  if (a.speakerKey === b.speakerKey) return true;
  const ta = nameTokens(a.speakerFull ?? a.speaker ?? "");
  const tb = nameTokens(b.speakerFull ?? b.speaker ?? "");
  // "Perez Molina" and "Molina": one key inside the other's name
  if (ta.includes(b.speakerKey) || tb.includes(a.speakerKey)) return true;
  // a misspelt surname is the same speaker ("Vandermeer"/"Vandermeir")
  const [x, y] = [a.speakerKey, b.speakerKey];
  // (short names one letter apart are as often two people: Doe and Roe)
  const n = Math.min(x.length, y.length);
  const d = levenshteinDistance(x, y);
  if (n >= 5 && (d <= (n >= 8 ? 2 : 1) || jaroWinklerDistance(x, y) >= 0.93)) return true;
  return false;
}

/** "Mortensen", "Mortensen (as “she”)", "Bergstrom (as “the U.S. secretary of state”)". */
export function describeSpeaker(q: QuoteMention): string {
  const name = q.speakerFull ?? q.speaker ?? "?";
  if ((q.speakerVia === "pronoun" || q.speakerVia === "role") && q.cue) return `${name} (as "${q.cue.text.replace(/\s+/g, " ")}")`;
  return name;
}

export function speakerEvidence(q: QuoteMention): Evidence[] {
  if (!q.speakerSpan) return [];
  const normalized = { type: "speaker", speaker: q.speaker, key: q.speakerKey, via: q.speakerVia };
  const out: Evidence[] = [{ ...q.speakerSpan, normalized }];
  // "…, the minister said": the words that attribute the quote too, where they are not the name
  // (the editor checks both: whom the source meant, and how it said so)
  if (q.cue && q.cue.source === q.speakerSpan.source && (q.cue.start >= q.speakerSpan.end || q.cue.end <= q.speakerSpan.start)) out.push({ ...q.cue, normalized });
  return out;
}

