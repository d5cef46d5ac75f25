// Draft mode: of all findings, only those that involve the draft (one of their claims is in
// the draft file), plus the draft's unsupported claims (compare/rules/unsupported.ts).
import type { Finding, QuoteMention } from "../types.js";
import type { Rules } from "../rules/types.js";
import type { ExtractedSource } from "../pipeline.js";
import type { AlignedPair } from "../align/index.js";
import type { QuotePair } from "../align/quotes.js";
import type { PersonEntity } from "../normalize/entities.js";
import { evidenceOf } from "../compare/index.js";
import { unsupported } from "../compare/rules/unsupported.js";

export class DraftError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DraftError";
  }
}

export interface DraftInputs {
  extracted: ExtractedSource[];
  pairs: AlignedPair[];
  quotePairs: QuotePair[];
  people: PersonEntity[];
}

/** The findings that involve the draft, and the draft's claims that no source supports. */
export function draftFindings(findings: Finding[], draft: string, x: DraftInputs, rules: Rules): Finding[] {
  const draftIndex = x.extracted.findIndex((e) => e.source.path === draft);
  if (draftIndex < 0) throw new DraftError(`${draft}: the draft is not among the sources; pass it as one of the inputs`);
  if (x.extracted.length < 2) throw new DraftError(`${draft}: a draft needs at least one source to be checked against`);
  const involving = findings.filter((f) => f.claims.some((c) => c.source === draft));
  const covered = new Set(involving.flatMap((f) => f.claims.filter((c) => c.source === draft).map((c) => `${c.start}:${c.end}`)));
  const quotes: QuoteMention[] = x.extracted.flatMap((e, i) => e.quotes.map((q) => (q.sourceIndex === undefined ? { ...q, sourceIndex: i } : q)));
  const extra = unsupported.check(
    {
      draftIndex,
      claims: x.extracted.flatMap((e) => e.claims),
      pairs: x.pairs,
      quotes,
      quotePairs: x.quotePairs,
      people: x.people,
      covered,
      evidence: evidenceOf,
    },
    rules,
  );
  return [...involving, ...extra.map((d) => ({ id: "", ...d }))];
}
