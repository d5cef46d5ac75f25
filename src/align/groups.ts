// Alignment of large blocks (many sources telling one story): claims that read the same —
// the same value, hedge, rounding, unit, period, qualifiers and counted noun — are grouped
// into one class, and classes are compared through a representative (the class's first
// claim), so the cost grows with the number of different readings, not with the square of
// the claims. A pair of representatives carries both classes (`group`), and compare reports
// every claim of both. Two claims of one class never disagree (same reading), so no pair
// that can yield a finding is lost by not comparing them.
//
// Buckets of the inverted index stay near-linear too: a bucket larger than `cap` pairs each
// representative with the `window` next to it (in input order: the same or nearby sources)
// instead of dropping everything past the cap; and a shared context word alone pairs two
// representatives only when one of them has no counted noun (otherwise the heads decide).
import type { QuantityClaim } from "../types.js";
import type { AlignedPair } from "./index.js";

const scopeText = (s: QuantityClaim["scope"] | undefined) => (s ? `${s.start}..${s.end}|${s.granularity}|${s.since ? 1 : 0}${s.asOf ? 1 : 0}${s.implied ? 1 : 0}` : "");

/** Everything about a claim that pairing and the rules read, except where it stands and its wording around it. */
export function readingKey(c: QuantityClaim): string {
  const i = c.interval;
  return [
    JSON.stringify(c.value),
    c.unit,
    c.family,
    c.toBase,
    c.bound,
    c.hedge ?? "",
    c.precision,
    c.digits,
    c.digitString ?? "",
    (c.scaleWords ?? []).join(" "),
    c.vague ? 1 : 0,
    c.change ?? "",
    c.per ?? "",
    `${i.low}|${i.high}|${i.lowOpen ? 1 : 0}${i.highOpen ? 1 : 0}`,
    scopeText(c.scope),
    scopeText(c.baseline),
    c.scopeIsEvent ? 1 : 0,
    c.running ? 1 : 0,
    c.planned ? 1 : 0,
    c.role ?? "",
    c.published ?? "",
    [...c.qualifiers].sort().join(","),
    c.head ?? `~${c.measure[0] ?? ""}`,
    c.headline ? 1 : 0,
    c.lede ? 1 : 0,
  ].join("\u0001");
}

export interface GroupedOptions {
  /** Index keys of a claim (the same as the exact path uses). */
  keysOf: (c: QuantityClaim) => string[];
  /** Scores a candidate pair; null when it is no pair. */
  pairOf: (a: QuantityClaim, b: QuantityClaim) => AlignedPair | null;
  /** Buckets up to this size pair all their members. */
  cap: number;
  /** Larger buckets pair each member with this many following members. */
  window: number;
  debug?: ((a: QuantityClaim, b: QuantityClaim, p: AlignedPair | null) => void) | null;
}

export function alignGrouped(block: QuantityClaim[], o: GroupedOptions): AlignedPair[] {
  // classes, in order of first appearance; the first claim represents its class
  const classOf = new Map<string, QuantityClaim[]>();
  for (const c of block) {
    const k = readingKey(c);
    const members = classOf.get(k);
    if (members) members.push(c);
    else classOf.set(k, [c]);
  }
  const classes = [...classOf.values()];
  const reps = classes.map((m) => m[0]);
  const index = new Map<string, number[]>();
  reps.forEach((c, i) => {
    for (const key of o.keysOf(c)) {
      let l = index.get(key);
      if (!l) index.set(key, (l = []));
      l.push(i);
    }
  });
  const pairs: AlignedPair[] = [];
  const seen = new Set<number>();
  const n = reps.length;
  const consider = (i: number, j: number) => {
    if (i === j) return;
    if (i > j) [i, j] = [j, i];
    const key = i * n + j;
    if (seen.has(key)) return;
    seen.add(key);
    const p = o.pairOf(reps[i], reps[j]);
    if (p) {
      if (classes[i].length > 1 || classes[j].length > 1) p.group = { a: classes[i], b: classes[j] };
      pairs.push(p);
    }
    o.debug?.(reps[i], reps[j], p);
  };
  for (const [key, list] of index) {
    if (list.length < 2) continue;
    const wordOnly = key.startsWith("w:");
    // a headline's bucket pairs the headline with its body, not the body with itself
    const headlineOnly = key.startsWith("hl:");
    const wide = list.length > o.cap;
    for (let x = 0; x < list.length; x++) {
      const i = list[x];
      const headless = !reps[i].head;
      const end = wide ? Math.min(list.length, x + 1 + o.window) : list.length;
      for (let y = x + 1; y < end; y++) {
        const j = list[y];
        if (wordOnly && !headless && reps[j].head) continue;
        if (headlineOnly && !reps[i].headline && !reps[j].headline) continue;
        consider(i, j);
      }
    }
  }
  return pairs;
}
