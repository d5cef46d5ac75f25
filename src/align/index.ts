// align: which claims speak of the same thing. Claims are blocked by unit family, change
// direction, rate and modality, then paired only through shared measure words or a shared
// distinctive value (an inverted index), so cost grows with the claims, not their square.
import type { QuantityClaim, TimeScope } from "../types.js";
import type { Rules } from "../rules/types.js";
import { measureSimilarity } from "../normalize/measure.js";

export type ScopeRelation = "same" | "unknown" | "different";

export interface AlignedPair {
  a: QuantityClaim;
  b: QuantityClaim;
  /** Weighted measure-word overlap, 0..1. */
  similarity: number;
  /** Alignment confidence after head, scope and value evidence, 0..1. */
  confidence: number;
  scope: ScopeRelation;
  sameHead: boolean | null;
  /** Measure words both claims share, most weighty first. */
  shared: string[];
  /**
   * Weaker evidence that is enough to compare readings that agree (hedge-wording, rounding)
   * but not to call a conflict: the same stated period and change, or a headline echoing its body.
   */
  echo: boolean;
  /** The two figures are the same distinctive digits, or a transposition/one-digit slip of them. */
  fingerprint: "identical" | "slip" | null;
}

export function scopeKey(s: TimeScope): string {
  return `${s.start}..${s.end}`;
}

export function scopeRelation(a: QuantityClaim, b: QuantityClaim): ScopeRelation {
  if (!a.scope || !b.scope) return "unknown";
  // a statement's date against a stated period says nothing about the figure's period
  if (a.scopeIsEvent !== b.scopeIsEvent) return "unknown";
  // without a publication date a year may be unknown (0000): it matches any year
  const unknownYear = a.scope.start.startsWith("0000") || b.scope.start.startsWith("0000");
  const norm = (d: string) => (unknownYear ? d.slice(5) : d);
  if (!!a.scope.since !== !!b.scope.since) return "different";
  if (norm(a.scope.start) === norm(b.scope.start) && (a.scope.since || norm(a.scope.end) === norm(b.scope.end))) return "same";
  return "different";
}

/** Digit-level likeness of two precise figures: identical, or a typing slip of each other. */
export function fingerprint(a: QuantityClaim, b: QuantityClaim, minDigits: number): AlignedPair["fingerprint"] {
  const da = a.digitString;
  const db = b.digitString;
  if (!da || !db || a.digits < minDigits || b.digits < minDigits || a.vague || b.vague) return null;
  if (da === db) return a.value === b.value ? "identical" : null;
  if (da.length !== db.length) return null;
  let diff = 0;
  for (let i = 0; i < da.length; i++) if (da[i] !== db[i]) diff++;
  if (diff === 1) return "slip";
  const sorted = (s: string) => [...s].sort().join("");
  if (diff === 2 && sorted(da) === sorted(db)) return "slip";
  return null;
}

function blockKey(c: QuantityClaim): string {
  return [c.family, c.change ?? "level", c.per ?? "", c.planned ? "planned" : "actual"].join("|");
}

function sharedWords(a: QuantityClaim, b: QuantityClaim): string[] {
  return a.measure.filter((w) => b.measureWeights.has(w)).sort((x, y) => (b.measureWeights.get(y)! + a.measureWeights.get(y)!) - (b.measureWeights.get(x)! + a.measureWeights.get(x)!));
}

const MAX_BUCKET = 400;

// FACTDIFF_DEBUG=align prints every candidate pair and its scores on stderr (for rule writers).
const debug = process.env.FACTDIFF_DEBUG?.includes("align")
  ? (a: QuantityClaim, b: QuantityClaim, p: AlignedPair | null) =>
      process.stderr.write(`align ${a.span.text} | ${b.span.text} → ${p ? `sim ${p.similarity.toFixed(2)} conf ${p.confidence.toFixed(2)} scope ${p.scope} head ${p.sameHead} fp ${p.fingerprint} echo ${p.echo}` : "dropped"}\n`)
  : null;

export function align(claims: QuantityClaim[], rules: Rules): AlignedPair[] {
  const t = rules.severity.thresholds;
  const blocks = new Map<string, QuantityClaim[]>();
  for (const c of claims) {
    const k = blockKey(c);
    let list = blocks.get(k);
    if (!list) blocks.set(k, (list = []));
    list.push(c);
  }
  const pairs: AlignedPair[] = [];
  for (const block of blocks.values()) {
    if (block.length < 2) continue;
    // candidate pairs: a shared head, a shared strong measure word, or a shared fingerprint
    const index = new Map<string, number[]>();
    const put = (key: string, i: number) => {
      let l = index.get(key);
      if (!l) index.set(key, (l = []));
      if (l.length < MAX_BUCKET) l.push(i);
    };
    block.forEach((c, i) => {
      if (c.head) put(`h:${c.head}`, i);
      for (const [w, wt] of c.measureWeights) if (wt >= 1) put(`w:${w}`, i);
      if (c.change && c.scope) put(`s:${c.scope.since ? "since" : ""}${scopeKey(c.scope)}`, i);
      if (c.headline) put(`hl:${c.sourceIndex}`, i);
      if (c.digitString && c.digits >= t.distinctiveDigits) {
        put(`d:${[...c.digitString].sort().join("")}`, i);
        for (let k = 0; k < c.digitString.length; k++) put(`d1:${c.digitString.slice(0, k)}?${c.digitString.slice(k + 1)}`, i);
      }
    });
    // a headline's figure is compared with every figure of its own body
    const withHeadline = new Set(block.filter((c) => c.headline).map((c) => c.sourceIndex));
    block.forEach((c, i) => {
      if (!c.headline && withHeadline.has(c.sourceIndex)) put(`hl:${c.sourceIndex}`, i);
    });
    const seen = new Set<number>();
    for (const list of index.values()) {
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) {
          const i = list[x];
          const j = list[y];
          const key = i * block.length + j;
          if (seen.has(key)) continue;
          seen.add(key);
          const p = pairOf(block[i], block[j], rules);
          if (p) pairs.push(p);
          if (debug) debug(block[i], block[j], p);
        }
    }
  }
  return pairs;
}

function pairOf(a: QuantityClaim, b: QuantityClaim, rules: Rules): AlignedPair | null {
  const t = rules.severity.thresholds;
  // a figure is never aligned with itself, nor with a figure of the same sentence
  // (one sentence states different things: "from 144,278 in May to 87,648 in July")
  if (a.sourceIndex === b.sourceIndex && a.sentence.start === b.sentence.start) return null;
  const similarity = measureSimilarity(a.measureWeights, b.measureWeights);
  const sameHead = a.head && b.head ? a.head === b.head : null;
  const scope = scopeRelation(a, b);
  const fp = fingerprint(a, b, t.distinctiveDigits);
  let confidence = similarity;
  if (sameHead === true) confidence += 0.15;
  if (sameHead === false) confidence -= 0.15;
  if (scope === "same") confidence += 0.1;
  if (scope === "unknown") confidence -= 0.05;
  if (fp) confidence += 0.3;
  confidence = Math.max(0, Math.min(1, confidence));
  const echo =
    (scope === "same" && !!a.change && a.change === b.change) ||
    (a.sourceIndex === b.sourceIndex && (a.headline || b.headline) && similarity >= t.align * 0.3);
  if (confidence < t.align * 0.5 && !fp && !echo) return null;
  return { a, b, similarity, confidence, scope, sameHead, shared: sharedWords(a, b), fingerprint: fp, echo };
}
