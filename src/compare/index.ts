// compare: aligned pairs → findings. Rules run in order and the first that applies to a
// pair wins; pairwise findings that repeat one discrepancy across several sources are merged.
import type { Evidence, Finding, QuantityClaim, Severity } from "../types.js";
import { SEVERITY_RANK, samePeriod } from "../types.js";
import type { Rules } from "../rules/types.js";
import { PHYSICAL_FAMILIES, scopeRelation, type AlignedPair } from "../align/index.js";
import { baseInterval, intersects } from "../normalize/intervals.js";
import type { Draft, QuantityRule, StoryContext } from "./rules/types.js";
import { movedWindows, timeScope } from "./rules/time-scope.js";
import { scale, scaleWordSlips } from "./rules/scale.js";
import { numericConflict } from "./rules/numeric-conflict.js";
import { rounding } from "./rules/rounding.js";
import { hedgeWording } from "./rules/hedge-wording.js";
import { formatMessage, type RuleMeta } from "./meta.js";
import { severityFor } from "./policy.js";
import { fileName, quoteOf } from "./describe.js";
import { measureLexicon, measureSimilarity } from "../normalize/measure.js";
import { entityName } from "./rules/entity-name.js";
import { entityTitle } from "./rules/entity-title.js";
import { eventDate } from "./rules/event-date.js";
import { QUOTE_RULES } from "./quotes.js";
import { unsupported } from "./rules/unsupported.js";
import { meta as arithmeticMeta } from "./rules/arithmetic.js";
import { capPlaces } from "./places.js";
import { factBox } from "./rules/fact-box.js";
import { valueKey } from "./rules/common.js";

export const QUANTITY_RULES: QuantityRule[] = [timeScope, scale, numericConflict, rounding, hedgeWording];
export const RULE_METAS: RuleMeta[] = [...QUANTITY_RULES.map((r) => r.meta), ...QUOTE_RULES.map((r) => r.meta), entityName.meta, entityTitle.meta, eventDate.meta, unsupported.meta, arithmeticMeta, factBox.meta];

/** Drops floating-point noise (39.349999999999994 → 39.35) from reported numbers. */
export function tidy(n: number): number {
  return Number.isFinite(n) ? +n.toPrecision(12) : n;
}

export function evidenceOf(c: QuantityClaim): Evidence {
  const normalized: Record<string, unknown> = {
    type: "quantity",
    value: Array.isArray(c.value) ? c.value.map(tidy) : tidy(c.value),
    low: tidy(c.interval.low),
    high: tidy(c.interval.high),
    lowOpen: c.interval.lowOpen,
    highOpen: c.interval.highOpen,
    bound: c.bound,
    unit: c.unit,
  };
  if (c.change) normalized.change = c.change;
  if (c.scope) normalized.scope = { start: c.scope.start, end: c.scope.end };
  return { ...c.span, normalized };
}

const placeKey = (e: { source: string; start: number; end: number }) => `${e.source}:${e.start}:${e.end}`;

/**
 * The findings with each source's fact box checked against its own body, where no other rule
 * already says the source contradicts itself; a minor internal finding on the same figures
 * gives way to the box's (the box names the measure). `pairs`, the aligned figures, add the
 * other sources that give the box's value for what the body's figure measures.
 */
export function withFactBoxes(found: Finding[], claims: QuantityClaim[], rules: Rules, pairs: readonly AlignedPair[] = []): Finding[] {
  const internal = new Set(found.filter((f) => f.kind === "internal" && SEVERITY_RANK[f.severity] >= SEVERITY_RANK.major).flatMap((f) => f.claims.map(placeKey)));
  const drafts = factBox.check(claims, rules, (c) => internal.has(placeKey(c.span)));
  if (!drafts.length) return found;
  // the other sources that give the box's value for what the body's figure measures: which
  // reading the story bears out ("Discount: 15%" over "a discount of 12 percent", another's "a discount of 15 percent")
  const byClaim = new Map<QuantityClaim, AlignedPair[]>();
  for (const p of pairs) if (!p.group && p.confidence >= rules.severity.thresholds.align && p.scope !== "different") for (const c of [p.a, p.b]) (byClaim.get(c) ?? byClaim.set(c, []).get(c)!).push(p);
  const boxed = drafts.map((d): Finding => {
    const [box, ...body] = d.claims;
    const others = body.flatMap((b) => (byClaim.get(b) ?? []).map((p) => (p.a === b ? p.b : p.a)).filter((x) => x.sourceIndex !== b.sourceIndex && x.family === box.family && valueKey(x) === valueKey(box)));
    return { id: "", rule: d.rule, kind: d.kind, severity: d.severity, message: d.message, claims: [...new Set([...d.claims, ...others.slice(0, 10)])].map(evidenceOf) };
  });
  const boxedPlaces = new Set(boxed.flatMap((f) => f.claims.map(placeKey)));
  const kept = found.filter((f) => !(f.kind === "internal" && SEVERITY_RANK[f.severity] < SEVERITY_RANK.major && f.claims.filter((e) => boxedPlaces.has(placeKey(e))).length >= 2));
  return kept.concat(boxed);
}

/** A draft's claims as a list with a set and value counts beside it, so merging stays near-linear. */
interface Held {
  d: Draft;
  set: Set<QuantityClaim>;
  values: Map<string, number>;
}
function hold(d: Draft): Held {
  const h: Held = { d, set: new Set(), values: new Map() };
  for (const c of d.claims) note(h, c);
  return h;
}
function note(h: Held, c: QuantityClaim): void {
  h.set.add(c);
  h.values.set(valueKey(c), (h.values.get(valueKey(c)) ?? 0) + 1);
}
/** Adds c to a held draft unless it is there; true when added. */
function addClaim(h: Held, c: QuantityClaim): boolean {
  if (h.set.has(c)) return false;
  h.d.claims.push(c);
  note(h, c);
  return true;
}

/** Figures within a factor of ten of each other (by value in base units). */
function atOneScale(cs: QuantityClaim[]): boolean {
  // (nothing left to set against: two drafts of the same figures)
  if (!cs.length) return true;
  const sizes = cs.map((c) => (typeof c.value === "number" ? Math.abs(c.value * c.toBase) : NaN));
  if (sizes.some((x) => !(x > 0))) return false;
  return Math.max(...sizes) / Math.min(...sizes) <= 10;
}

/** The merged drafts (indices, ascending, each once) that hold any of the claims. */
function heldBy(claims: readonly QuantityClaim[], holders: ReadonlyMap<QuantityClaim, number[]>): number[] {
  // (most drafts are a pair of claims of which at most one is held yet: no set, no sort)
  let out: number[] | undefined;
  let several = false;
  for (const c of claims) {
    const l = holders.get(c);
    if (!l) continue;
    if (out) {
      out = out.concat(l);
      several = true;
    } else out = l;
  }
  if (!out) return [];
  if (!several && out.length === 1) return out;
  return [...new Set(out)].sort((a, b) => a - b);
}

/**
 * Merges drafts of one kind (or one rule's internal and cross-source findings) that share a
 * claim when their other claims state the same
 * value: "73,159 vs 31,904 (wire)" and "73,159 vs 31,904 (agency)" become one finding.
 */
function merge(drafts: Draft[]): Draft[] {
  const out: Held[] = [];
  // which merged drafts hold a claim (indices into out)
  const holders = new Map<QuantityClaim, number[]>();
  const held = (c: QuantityClaim, k: number) => {
    const l = holders.get(c);
    if (l) l.push(k);
    else holders.set(c, [k]);
  };
  for (const d of drafts) {
    // the first merged draft (in order) of the same kind and rule sharing a claim, where
    // one figure contradicted by several others is one finding; otherwise the others must agree
    const candidates = heldBy(d.claims, holders);
    let at = -1;
    for (const k of candidates) {
      const o = out[k];
      // a source stating both readings of a figure another source states once is one error:
      // its own contradiction joins the finding across sources
      const oneError = o.d.rule === d.rule && o.d.kind !== d.kind && (o.d.kind === "internal" || d.kind === "internal");
      if ((o.d.kind !== d.kind && !oneError) || o.d.rule !== d.rule) continue;
      // (a figure at the wrong scale against several sources is one slip, as is one figure
      // contradicted by several)
      // (for a scale slip, only where the figures it is set against are at one scale: "4.1
      // million" and "73 billion" against one "7.3 billion" are two slips)
      if (d.rule === "scale" && !oneError && !atOneScale([...d.claims.filter((c) => !o.set.has(c)), ...o.d.claims.filter((c) => !d.claims.includes(c))])) continue;
      if ((d.rule !== "numeric-conflict" && d.rule !== "scale") || oneError) {
        // o's claims of each value that are not among d's claims
        const inD = new Map<string, number>();
        for (const x of new Set(d.claims)) if (o.set.has(x)) inD.set(valueKey(x), (inD.get(valueKey(x)) ?? 0) + 1);
        if (!d.claims.every((c) => o.set.has(c) || (o.values.get(valueKey(c)) ?? 0) - (inD.get(valueKey(c)) ?? 0) > 0)) continue;
      }
      at = k;
      break;
    }
    if (at >= 0) {
      const target = out[at];
      for (const c of d.claims) if (addClaim(target, c)) held(c, at);
      // (told as the finding across sources, which names both)
      const across = target.d.kind === "internal" && d.kind !== "internal";
      if (across) {
        target.d.kind = d.kind;
        target.d.message = d.message;
        target.d.pair = d.pair;
      }
      if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[target.d.severity]) {
        target.d.severity = d.severity;
        target.d.message = d.message;
      }
    } else {
      const h = hold({ ...d, claims: [] });
      for (const c of d.claims) {
        addClaim(h, c);
        held(c, out.length);
      }
      out.push(h);
    }
  }
  return out.map((h) => h.d);
}

/**
 * A figure at the wrong scale also contradicts the other sources' rounded or hedged forms of
 * the right one ("38,600" against "386,000" and against "about 390,000"): one discrepancy,
 * reported once, as the scale finding with the other forms added as evidence.
 */
function foldIntoScale(drafts: Draft[]): Draft[] {
  const slips = drafts.filter((d) => d.kind === "scale").map(hold);
  const hosts = new Map<QuantityClaim, number[]>();
  slips.forEach((m, k) => m.d.claims.forEach((c) => (hosts.get(c) ?? hosts.set(c, []).get(c)!).push(k)));
  return drafts.filter((d) => {
    if (d.kind !== "numeric-conflict" || d.rule !== "numeric-conflict") return true;
    for (const k of [...new Set(d.claims.flatMap((c) => hosts.get(c) ?? []))]) {
      const host = slips[k];
      // the figure they share is the slip; the draft's others must each agree with a figure
      // of the host that is not shared (the right reading)
      const shared = d.claims.filter((c) => host.set.has(c));
      const right = host.d.claims.filter((c) => !d.claims.includes(c));
      const rest = d.claims.filter((c) => !host.set.has(c));
      if (!shared.length || !rest.length || !rest.every((c) => right.some((r) => r.unit === c.unit && intersects(baseInterval(r), baseInterval(c))))) continue;
      for (const c of rest) if (addClaim(host, c)) (hosts.get(c) ?? hosts.set(c, []).get(c)!).push(k);
      return false;
    }
    return true;
  });
}

/** A figure as read: value, unit, family, bound ("more than one" is not "one"), change, period and baseline. */
const statedAs = (c: QuantityClaim) => `${valueKey(c)}|${c.family}|${c.bound}|${c.change ?? ""}|${c.scope ? `${c.scope.start}/${c.scope.end}` : ""}|${c.baseline ? `${c.baseline.start}/${c.baseline.end}` : ""}`;

/** A source's claims of one value and family, in source order ("$6.7bn" in the lede and the body). */
const readingKey = (source: number, value: string, family: string) => `${source}\u0001${value}\u0001${family}`;

/**
 * A figure moved to the wrong period also contradicts whatever the other source gives for
 * that period (1,327 "on Saturday" against 748 on Saturday): one discrepancy, reported once,
 * as the time-scope finding with the contradicting figure added as evidence.
 */
function foldIntoTimeScope(drafts: Draft[]): Draft[] {
  const moved = drafts.filter((d) => d.kind === "time-scope").map(hold);
  const hosts = new Map<QuantityClaim, number[]>();
  moved.forEach((m, k) => m.d.claims.forEach((c) => (hosts.get(c) ?? hosts.set(c, []).get(c)!).push(k)));
  return drafts.filter((d) => {
    if (d.kind !== "numeric-conflict" && !(d.kind === "internal" && d.rule === "numeric-conflict")) return true;
    const at = Math.min(...d.claims.map((c) => Math.min(...(hosts.get(c) ?? [Infinity]))));
    if (at === Infinity) return true;
    const host = moved[at];
    for (const c of d.claims) if (addClaim(host, c)) (hosts.get(c) ?? hosts.set(c, []).get(c)!).push(at);
    return false;
  });
}

// FACTDIFF_DEBUG=compare prints each aligned pair and the rule that took it (for rule writers).
const debug = process.env.FACTDIFF_DEBUG?.includes("compare")
  ? (p: AlignedPair, what: string) =>
      process.stderr.write(`compare ${p.a.span.text} [${p.a.sourceIndex}${p.a.lede ? " lede" : ""}] | ${p.b.span.text} [${p.b.sourceIndex}${p.b.lede ? " lede" : ""}] conf ${p.confidence.toFixed(2)} best ${p.best} scope ${p.scope} head ${p.sameHead} → ${what}\n`)
  : null;

/** How many sources giving both of two readings make both facts of the story. */
const BOTH_SOURCES = 2;

/** `keepPlace`: places a finding always cites, however often its wording repeats (compare/places.ts). */
export function compare(pairs: AlignedPair[], rules: Rules, claims: QuantityClaim[] = [], keepPlace?: (c: QuantityClaim) => boolean): Finding[] {
  const byReading = new Map<string, QuantityClaim[]>();
  for (const c of claims) {
    const k = readingKey(c.sourceIndex, valueKey(c), c.family);
    let l = byReading.get(k);
    if (!l) byReading.set(k, (l = []));
    l.push(c);
  }
  // the same readings over all sources, built only when a rule asks (few do)
  let anywhere: Map<string, QuantityClaim[]> | undefined;
  const readingsAnywhere = (c: QuantityClaim): QuantityClaim[] => {
    if (!anywhere) {
      anywhere = new Map();
      for (const x of claims) {
        const k = readingKey(-1, valueKey(x), x.family);
        let l = anywhere.get(k);
        if (!l) anywhere.set(k, (l = []));
        l.push(x);
      }
    }
    return anywhere.get(readingKey(-1, valueKey(c), c.family)) ?? [];
  };
  // the days sources date each running total to, by value and counted thing ("19 deaths" on Tuesday)
  const dated = new Map<string, Array<{ source: number; day: string }>>();
  for (const c of claims)
    if (c.running && c.head && c.scope && (c.scopeIsEvent || c.scope.asOf) && c.scope.start === c.scope.end && !/^(?:0000|P-)/.test(c.scope.end)) {
      const k = `${valueKey(c)}|${c.head}`;
      (dated.get(k) ?? dated.set(k, []).get(k)!).push({ source: c.sourceIndex, day: c.scope.end });
    }
  // the first claim (in source and text order) not `before` a point, by bisection
  const firstNotBefore = (before: (x: QuantityClaim) => boolean) => {
    let lo = 0;
    let hi = claims.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(claims[mid])) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // the figures of a claim's sentence, found by bisection in the claims: no index of every
  // sentence is kept (a 50 MB archive has hundreds of thousands)
  const sentenceOf = (c: QuantityClaim): QuantityClaim[] => {
    const lo = firstNotBefore((x) => x.sourceIndex < c.sourceIndex || (x.sourceIndex === c.sourceIndex && x.span.start < c.span.start));
    if (claims[lo] !== c) return [c];
    const same = (x: QuantityClaim | undefined) => !!x && x.sourceIndex === c.sourceIndex && x.sentence.start === c.sentence.start;
    let a = lo;
    let b = lo + 1;
    while (same(claims[a - 1])) a--;
    while (same(claims[b])) b++;
    return claims.slice(a, b);
  };
  // the claims of one source: a slice of the claims
  const claimsIn = (source: number): QuantityClaim[] => claims.slice(firstNotBefore((x) => x.sourceIndex < source), firstNotBefore((x) => x.sourceIndex <= source));
  // changes stated from one value to another, from the (few) earlier values named as such
  const changes = new Map<string, string[]>();
  const changedFrom = new Map<string, QuantityClaim>();
  // (a from-value dated to a period of its own, "down from £9m a year earlier", is one too)
  for (const from of claims)
    if (from.role === "previous" || from.earlier)
      for (const to of sentenceOf(from))
        if (to !== from && !to.role && !to.change && to.unit === from.unit && to.per === from.per && valueKey(to) !== valueKey(from)) {
          const k = `${valueKey(from)}>${valueKey(to)}`;
          // (a change across two periods, "2.31bn for 2024, up from 2.12bn in 2023", moves no
          // figure on: only an earlier value of the same one tells that a figure was overtaken)
          if (from.published && !from.earlier) (changes.get(k) ?? changes.set(k, []).get(k)!).push(from.published);
          if (!changedFrom.has(`${from.sourceIndex}|${k}`)) changedFrom.set(`${from.sourceIndex}|${k}`, from);
        }
  const story: StoryContext = {
    changes,
    changeFrom: (source, from, to) => changedFrom.get(`${source}|${valueKey(from)}>${valueKey(to)}`),
    readingsIn: (source, c) => byReading.get(readingKey(source, valueKey(c), c.family)) ?? [],
    readingsAnywhere,
    claimsIn,
    claimsBefore: (c, chars) =>
      claims.slice(
        firstNotBefore((x) => x.sourceIndex < c.sourceIndex || (x.sourceIndex === c.sourceIndex && x.span.start < c.span.start - chars)),
        firstNotBefore((x) => x.sourceIndex < c.sourceIndex || (x.sourceIndex === c.sourceIndex && x.span.start < c.span.start)),
      ),
    sentenceOf,
    datedTwin: (c) => {
      let first: string | undefined;
      for (const d of (c.head && dated.get(`${valueKey(c)}|${c.head}`)) || []) if (d.source !== c.sourceIndex && (!first || d.day < first)) first = d.day;
      return first;
    },
  };
  // Two sources that both state both readings agree: a copy of a story, or "$1 now, $1.40
  // next year" in each. A cross-source pair of different values is passed over when each of
  // its claims is matched, at least as closely, by a claim of the same value in the other
  // source; what either source says against itself is the internal rules' business (issue 7).
  const agreed = new Map<QuantityClaim, Map<number, number>>();
  const agree = (c: QuantityClaim, other: number, confidence: number) => {
    const m = agreed.get(c) ?? agreed.set(c, new Map()).get(c)!;
    m.set(other, Math.max(m.get(other) ?? -Infinity, confidence));
  };
  for (const p of pairs)
    if (!p.group && p.a.sourceIndex !== p.b.sourceIndex && statedAs(p.a) === statedAs(p.b)) {
      agree(p.a, p.b.sourceIndex, p.confidence);
      agree(p.b, p.a.sourceIndex, p.confidence);
    }
  const mirrored = (p: AlignedPair) =>
    !p.group && p.a.sourceIndex !== p.b.sourceIndex && statedAs(p.a) !== statedAs(p.b) && (agreed.get(p.a)?.get(p.b.sourceIndex) ?? -Infinity) >= p.confidence && (agreed.get(p.b)?.get(p.a.sourceIndex) ?? -Infinity) >= p.confidence;
  const drafts: Draft[] = [];
  for (const p of pairs) {
    if (mirrored(p)) {
      if (debug) debug(p, "mirrored");
      continue;
    }
    let decided = "no rule";
    for (const r of QUANTITY_RULES) {
      const d = r.check(p, rules, story);
      if (d) {
        decided = `${d.rule} ${d.severity}`;
        // a pair of classes (align/groups.ts): the finding is about every claim of both
        const g = p.group;
        if (g) d.claims = d.claims.flatMap((c) => (c === p.a ? g.a : c === p.b ? g.b : [c]));
        drafts.push(d);
        break;
      }
    }
    if (debug) debug(p, decided);
  }
  drafts.push(...crossFamilySlips(claims, rules), ...scaleWordSlips(claims, rules), ...movedWindows(claims, rules), ...signFlips(claims, rules));
  // most severe first, so merged findings keep the strongest reading
  drafts.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (b.pair?.confidence ?? 0) - (a.pair?.confidence ?? 0));
  // A conflict between two readings that two or more sources each give both of, among the
  // places it cites: both are facts of the story ("€3.1m in grants … €4.6m in loans" in each), and a source
  // giving one of them gives that fact, not a wrong value (one source giving both against
  // itself is the internal rules' business)
  // (two tallies with heads of their own count different things, "died" and "were injured",
  // whatever other words their sentence shares)
  const sameCounted = (c: QuantityClaim, x: QuantityClaim) =>
    !c.head || !x.head || c.head === x.head || (!(c.running && x.running) && (x.measure.includes(c.head) || c.measure.includes(x.head)));
  const bothFacts = (d: Draft) => {
    if (d.kind !== "numeric-conflict" || !d.pair) return false;
    const { a, b } = d.pair;
    // (for one period, both readings must be dated to it where each source gives them: a source
    // giving one reading for another year dates it, and a third source moving it is the finding)
    const dated = d.pair.scope === "same";
    // a reading of the same counted thing, given as a fact of its own: not the value a change
    // started from ("6.3% in April, from 6.9% in March" makes one of them the past)
    const as = (c: QuantityClaim, x: QuantityClaim) => valueKey(c) === valueKey(x) && c.family === x.family && sameCounted(c, x) && c.role !== "previous" && !c.earlier && !c.baseline && (!dated || (c.scope?.start === x.scope?.start && c.scope?.end === x.scope?.end));
    const has = new Map<number, number>();
    for (const c of d.claims as QuantityClaim[]) has.set(c.sourceIndex, (has.get(c.sourceIndex) ?? 0) | (as(c, a) ? 1 : as(c, b) ? 2 : 0));
    return [...has.values()].filter((v) => v === 3).length >= BOTH_SOURCES;
  };
  const merged = foldIntoTimeScope(merge(foldIntoScale(drafts)));
  // the precise figure of a rounding or hedge note, as other sources state it too:
  // "about 7,200" (wire) against 7,215 in the paper and the same 7,215 in the release
  const twins = new Map<QuantityClaim, QuantityClaim[]>();
  for (const p of pairs)
    if (!p.group && p.fingerprint === "identical" && (p.confidence >= rules.severity.thresholds.align || p.a.digits >= rules.severity.thresholds.distinctiveDigits) && p.a.sourceIndex !== p.b.sourceIndex && valueKey(p.a) === valueKey(p.b) && p.a.bound === p.b.bound && p.a.change === p.b.change) {
      (twins.get(p.a) ?? twins.set(p.a, []).get(p.a)!).push(p.b);
      (twins.get(p.b) ?? twins.set(p.b, []).get(p.b)!).push(p.a);
    }
  // the same reading of a figure in another source, aligned with it (any number of digits: a
  // unit says what is measured), built on first use
  let readings: Map<QuantityClaim, QuantityClaim[]> | undefined;
  const sameReading = () => {
    if (readings) return readings;
    readings = new Map();
    for (const p of pairs)
      if (!p.group && p.scope !== "different" && (p.confidence >= rules.severity.thresholds.align || (p.best && Math.min(p.a.digits, p.b.digits) >= 2)) && p.a.sourceIndex !== p.b.sourceIndex && p.a.unit && valueKey(p.a) === valueKey(p.b) && p.a.bound === p.b.bound && p.a.change === p.b.change) {
        (readings.get(p.a) ?? readings.set(p.a, []).get(p.a)!).push(p.b);
        (readings.get(p.b) ?? readings.set(p.b, []).get(p.b)!).push(p.a);
      }
    return readings;
  };
  // the pairs each claim stands in, built on first use
  let pairIndex: Map<QuantityClaim, AlignedPair[]> | undefined;
  const pairsOf = () => {
    if (pairIndex) return pairIndex;
    pairIndex = new Map();
    for (const p of pairs) if (!p.group) for (const c of [p.a, p.b]) (pairIndex.get(c) ?? pairIndex.set(c, []).get(c)!).push(p);
    return pairIndex;
  };
  // a conversion that does not match the figure beside it ("318mm (15.1in)"): other sources'
  // statements that bear out one side and not the other show the editor which is wrong
  const conversions = merged.filter((d) => d.pair?.conversion);
  if (conversions.length) {
    for (const d of conversions) {
      const { a, b } = d.pair!;
      const h = hold(d);
      // (and, a step on, what those figures are aligned with: "43 nautical miles (about 80 km)"
      // in another source leads to a third's "some 80km")
      let frontier: QuantityClaim[] = [a, b];
      for (let step = 0; step < 2 && frontier.length; step++) {
        const next: QuantityClaim[] = [];
        for (const own of frontier)
          for (const p of pairsOf().get(own) ?? []) {
            const x = p.a === own ? p.b : p.a;
            if (x.sourceIndex === a.sourceIndex || x.vague || p.confidence < rules.severity.thresholds.align) continue;
            if (intersects(baseInterval(x), baseInterval(a)) !== intersects(baseInterval(x), baseInterval(b)) && addClaim(h, x)) next.push(x);
          }
        frontier = next;
      }
      // …and the conversion each of those sources gives beside its figure ("6.4 km (4 miles)"
      // against "6.4 km (5.2 miles)"): the unit the slip is in
      for (const x of [...h.d.claims])
        if (x.sourceIndex !== a.sourceIndex)
          for (const p of pairsOf().get(x) ?? []) {
            const y = p.a === x ? p.b : p.a;
            if (p.conversion && y.sourceIndex === x.sourceIndex && !y.vague && intersects(baseInterval(y), baseInterval(a)) !== intersects(baseInterval(y), baseInterval(b))) addClaim(h, y);
          }
    }
  }
  // a finding points at every place its figures stand: an editor fixes them all
  for (const d of merged) {
    // the same figure tied to two periods: what each source gives for the other's period
    // ("1,870 births last year" against "1,790 in 2024 (2023: 1,870)"): the figure an editor
    // checks the misdated one against
    if (d.kind === "time-scope" && d.pair && d.pair.a.sourceIndex !== d.pair.b.sourceIndex) {
      const h = hold(d);
      const { a, b } = d.pair;
      // (aligned with the other figure, in this one's source, for the other's period)
      for (const [own, other] of [[a, b], [b, a]] as const)
        for (const p of pairsOf().get(other) ?? []) {
          const z = p.a === other ? p.b : p.a;
          if (z.sourceIndex === own.sourceIndex && !z.vague && samePeriod(z.scope, other.scope) && valueKey(z) !== valueKey(other)) addClaim(h, z);
        }
    }
    if (d.kind === "hedge-wording" || d.kind === "rounding") {
      const h = hold(d);
      for (const c of [...d.claims]) if (c.bound === "exact" && !c.vague) for (const t of twins.get(c) ?? []) addClaim(h, t);
      continue;
    }
    const h = hold(d);
    // claims of one reading add the same places: each reading once (a long source repeating
    // one figure made this quadratic)
    const done = new Set<string>();
    const first = (c: QuantityClaim) => !done.has(readingKey(c.sourceIndex, valueKey(c), c.family)) && !!done.add(readingKey(c.sourceIndex, valueKey(c), c.family));
    for (const c of [...d.claims]) if (first(c)) for (const t of byReading.get(readingKey(c.sourceIndex, valueKey(c), c.family)) ?? []) if (t !== c) addClaim(h, t);
    // the other sources that state a figure of a unit slip the same way: the editor sees
    // which reading the story's sources bear out ("410-metre" in two of them)
    // (and of a contradicted figure: "637,400" in the release as in the paper, against "more than 645,000")
    // (a unit slip between families, found without a pair, is across sources too; hedged readings count)
    // (and of a source's own two readings: which one the others bear out, "74.1%" … "71.4%" against the wire's 71.4%)
    if (d.kind === "scale" || d.kind === "numeric-conflict" || (d.kind === "internal" && d.rule === "numeric-conflict"))
      for (const c of [...d.claims]) if (!c.vague && (c.bound === "exact" || d.kind === "scale")) for (const t of sameReading().get(c) ?? []) addClaim(h, t);
    // a source that states both readings contradicts itself: show its other reading too
    if (d.kind === "numeric-conflict" || d.kind === "scale" || d.kind === "internal") {
      // the values the finding states, in order (the claims added below only repeat them)
      const values = [...new Set(d.claims.map(valueKey))];
      done.clear();
      for (const c of [...d.claims])
        if (first(c))
          for (const v of values) if (v !== valueKey(c)) for (const t of byReading.get(readingKey(c.sourceIndex, v, c.family)) ?? []) addClaim(h, t);
      // …or states the other reading hedged, aligned with its own ("More than 2,100 medics"
      // in the body, "Medics: 2,610" in its box, against 2,160 elsewhere)
      // (each exact reading once, with the sources giving it: a figure repeated in a thousand
      // sources is not compared a thousand times over)
      if (d.kind === "numeric-conflict") {
        const exact = new Map<string, { c: QuantityClaim; sources: Set<number> }>();
        for (const c of d.claims)
          if (!c.vague && c.bound === "exact") (exact.get(valueKey(c)) ?? exact.set(valueKey(c), { c, sources: new Set() }).get(valueKey(c))!).sources.add(c.sourceIndex);
        done.clear();
        for (const c of [...d.claims]) {
          if (c.vague || c.bound !== "exact" || !first(c)) continue;
          const others = [...exact.values()].filter((r) => [...r.sources].some((s) => s !== c.sourceIndex) && !intersects(baseInterval(r.c), baseInterval(c))).map((r) => r.c);
          if (!others.length) continue;
          for (const p of pairsOf().get(c) ?? []) {
            const t = p.a === c ? p.b : p.a;
            if (t.sourceIndex !== c.sourceIndex || t.vague || t.bound === "exact" || p.confidence < rules.severity.thresholds.align) continue;
            if (!intersects(baseInterval(t), baseInterval(c)) && others.some((x) => intersects(baseInterval(t), baseInterval(x)))) addClaim(h, t);
          }
        }
      }
    }
  }
  // one source's two readings that another source states both of are two facts of the story, not
  // a slip in the first ("a deal worth A$4.72 billion … a break fee of A$47.2 million" in each)
  const echoed = (d: Draft) => {
    if (d.kind !== "internal" || (d.rule !== "scale" && d.rule !== "numeric-conflict") || !d.pair || d.pair.a.sourceIndex !== d.pair.b.sourceIndex) return false;
    const { a, b } = d.pair;
    // (figures of two digits or more, of the same counted thing: "two" and "three" recur in any story)
    if (Math.min(a.digits, b.digits) < 2) return false;
    // (each reading told with a word that sets it apart from the other, "break fee" with the fee,
    // and not in a copy of the same sentence: republished copy repeats a slip too)
    const others = (c: QuantityClaim, other: QuantityClaim) => {
      const own = c.measure.filter((w) => !other.measure.includes(w));
      return new Set(
        readingsAnywhere(c)
          .filter((x) => x.sourceIndex !== c.sourceIndex && sameCounted(c, x) && x.sentence.text !== c.sentence.text && (!own.length || own.some((w) => x.measure.includes(w))))
          .map((x) => x.sourceIndex),
      );
    };
    const inA = others(a, b);
    return [...others(b, a)].some((s) => inA.has(s));
  };
  return merged.filter((d) => !bothFacts(d) && !echoed(d)).map((d, i) => {
    const { kept, note } = capPlaces(d.claims, (c) => c.span, undefined, keepPlace);
    return {
      id: `F${i + 1}`,
      rule: d.rule,
      kind: d.kind,
      severity: d.severity as Severity,
      message: d.message + note,
      claims: d.kind === "time-scope" ? withTimes(kept, d.pair) : kept.map(evidenceOf),
    };
  });
}

/** Where `words` stand in `text` nearest to offset `to`, or -1 (none for no words). */
function nearestIn(text: string, words: string, to: number): number {
  if (!words) return -1;
  let best = -1;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) if (best < 0 || Math.abs(at - to) < Math.abs(best - to)) best = at;
  return best;
}

/**
 * A time-scope finding's figures, each pair figure followed by the words that date it ("at the
 * end of December"), or, for a figure moved to another stretch of time, the words of its stretch
 * ("in 12 hours"): the editor sees which dates disagree, not only the figure they share.
 */
function withTimes(kept: QuantityClaim[], pair: Draft["pair"]): Evidence[] {
  const out: Evidence[] = [];
  // (only a figure moved between two stated periods: a stale running count or a change from
  // another baseline is about other dates)
  const dated = (c: QuantityClaim) => !!c.scope?.text && c.scope.text.length >= 3;
  const moved = !!pair && dated(pair.a) && dated(pair.b) && (pair.a.scope!.start !== pair.b.scope!.start || pair.a.scope!.end !== pair.b.scope!.end) && !pair.a.baseline && !pair.b.baseline;
  for (const c of kept) {
    out.push(evidenceOf(c));
    // (a figure moved to another stretch of time, found without a pair: the words of its stretch)
    if (!pair && c.over) {
      const at = nearestIn(c.sentence.text, c.over.text, c.span.start - c.sentence.start);
      if (at >= 0) out.push({ source: c.span.source, start: c.sentence.start + at, end: c.sentence.start + at + c.over.text.length, text: c.over.text });
    }
    if (!moved || (c !== pair!.a && c !== pair!.b) || !c.scope?.text) continue;
    // the nearest place the period's words stand in the figure's sentence
    const best = nearestIn(c.sentence.text, c.scope.text, c.span.start - c.sentence.start);
    if (best < 0) continue;
    const start = c.sentence.start + best;
    out.push({ source: c.span.source, start, end: start + c.scope.text.length, text: c.scope.text, normalized: { type: "time", start: c.scope.start, end: c.scope.end } });
  }
  return out;
}


/**
 * The same distinctive number in units of different kinds for the same thing in two sources
 * ("about 3,600 tonnes" of diesel spilled, "3,600 barrels"): one unit is wrong. Figures of other
 * kinds never align (they are blocked apart), so they are found here, grouped by number.
 */
/**
 * The same change told as a rise in one place and a fall in another ("tram journeys rose 3.4%"
 * against "tram journeys fell 3.4%"): rises and falls are aligned apart (align/index.ts
 * blockKey), so the same size with the other direction, for the same counted thing in the same
 * period, is looked up here by value.
 */
function signFlips(claims: readonly QuantityClaim[], rules: Rules): Draft[] {
  // (a signed share in a table is a change that way too: "Tram: −3.4%", "+1.7%")
  const way = new Map<QuantityClaim, "up" | "down">();
  const byValue = new Map<string, QuantityClaim[]>();
  for (const c of claims) {
    if (typeof c.value !== "number" || c.digits < 2 || c.vague || c.role || c.earlier || c.bound !== "exact") continue;
    const before = c.sentence.text[c.span.start - c.sentence.start - 1];
    const w = c.change === "up" || c.change === "down" ? c.change : c.family === "percent" && c.value < 0 ? "down" : c.family === "percent" && before === "+" ? "up" : undefined;
    if (!w) continue;
    way.set(c, w);
    const k = `${c.family}|${c.unit}|${Math.abs(c.value)}`;
    (byValue.get(k) ?? byValue.set(k, []).get(k)!).push(c);
  }
  const out: Draft[] = [];
  const t = rules.severity.thresholds;
  const lex = measureLexicon(rules);
  // the same counted thing, worded alike: with no word close to the figure that the other lacks
  // ("bus journeys rose 3.4%" is no flip of "tram journeys fell 3.4%"; the change words differ)
  const close = (x: QuantityClaim, y: QuantityClaim) => x.measure.every((w, k) => x.measureWeights[k]! < 0.6 || y.measure.includes(w) || lex.changeStems.has(w));
  // (or, for a table row with no noun of its own, "Tram: 61.2 million (−3.4%)", every word of
  // its label among the other's: "Tram journeys were up 3.4 percent")
  const covered = (x: QuantityClaim, y: QuantityClaim) => !x.head && !!y.head && x.measure.length > 0 && x.measure.every((w) => y.measure.includes(w));
  for (const list of byValue.values()) {
    if (list.length < 2 || new Set(list.map((c) => way.get(c))).size < 2) continue;
    // (a value a thousand sources repeat is tried on its first few dozen places: linear cost)
    if (list.length > 40) list.splice(40);
    // (a source that tells the same size both ways tells of two things: "rose 3.4% … fell 3.4%")
    const ways = new Map<number, Set<string>>();
    for (const c of list) (ways.get(c.sourceIndex) ?? ways.set(c.sourceIndex, new Set()).get(c.sourceIndex)!).add(way.get(c)!);
    let found: [QuantityClaim, QuantityClaim] | undefined;
    for (let i = 0; i < list.length && !found; i++)
      for (let j = i + 1; j < list.length && !found; j++) {
        const [a, b] = [list[i], list[j]];
        // (one sentence telling of a rise and a fall of one size speaks of two things)
        if (way.get(a) === way.get(b) || a.planned !== b.planned || a.per !== b.per || (a.sourceIndex === b.sourceIndex && a.sentence.start === b.sentence.start)) continue;
        if (ways.get(a.sourceIndex)!.size > 1 || ways.get(b.sourceIndex)!.size > 1) continue;
        // (in one period, each restricted to a place or neither)
        if (!a.qualifiers.length !== !b.qualifiers.length || scopeRelation(a, b) === "different") continue;
        if ((a.head && a.head === b.head && measureSimilarity(a, b) >= t.sure && close(a, b) && close(b, a)) || covered(a, b) || covered(b, a)) found = [a, b];
      }
    if (!found) continue;
    const [a, b] = found;
    const word = (c: QuantityClaim) => (way.get(c) === "up" ? "rise" : "fall");
    out.push({
      rule: numericConflict.meta.id,
      kind: a.sourceIndex === b.sourceIndex ? "internal" : "numeric-conflict",
      severity: severityFor(rules, numericConflict.meta.id, "uncertain", "major"),
      message: formatMessage(numericConflict.meta, "direction", { a: quoteOf(a), da: word(a), fa: fileName(a.span.source), db: word(b), fb: fileName(b.span.source), why: `shared measure words: ${a.measure.filter((w) => b.measure.includes(w)).slice(0, 5).join(", ")}` }),
      claims: [a, b],
    });
  }
  return out;
}

function crossFamilySlips(claims: readonly QuantityClaim[], rules: Rules): Draft[] {
  const byNumber = new Map<string, QuantityClaim[]>();
  for (const c of claims)
    if (PHYSICAL_FAMILIES.has(c.family) && typeof c.value === "number" && Math.abs(c.value) >= 100 && c.digits >= 2 && !c.vague && !c.role && (c.bound === "exact" || c.bound === "approx")) {
      const k = String(c.value);
      (byNumber.get(k) ?? byNumber.set(k, []).get(k)!).push(c);
    }
  const out: Draft[] = [];
  const t = rules.severity.thresholds;
  for (const list of byNumber.values()) {
    if (list.length < 2 || new Set(list.map((c) => c.family)).size < 2) continue;
    let found: [QuantityClaim, QuantityClaim] | undefined;
    // (a number a thousand sources repeat is tried on its first few dozen places: linear cost)
    if (list.length > 40) list.splice(40);
    for (let i = 0; i < list.length && !found; i++)
      for (let j = i + 1; j < list.length && !found; j++) {
        const [a, b] = [list[i], list[j]];
        // ("lost some 3,600 barrels" reads as a fall: a change on one side only is no obstacle)
        // (and the same rate: "120,000 barrels a day" is not "120,000 tonnes" spilled)
        if (a.family === b.family || a.sourceIndex === b.sourceIndex || a.planned !== b.planned || a.per !== b.per || (a.change && b.change && a.change !== b.change)) continue;
        // the same counted thing: one head, or one side's head among the other's words
        if (a.head && b.head && a.head !== b.head && !a.measure.includes(b.head) && !b.measure.includes(a.head)) continue;
        if (measureSimilarity(a, b) >= t.align) found = [a, b];
      }
    if (!found) continue;
    const [a, b] = found;
    out.push({
      rule: scale.meta.id,
      kind: "scale",
      severity: severityFor(rules, scale.meta.id, "unit", "major"),
      message: formatMessage(scale.meta, "unit", { a: quoteOf(a), fa: fileName(a.span.source), b: quoteOf(b), fb: fileName(b.span.source), why: `units of different kinds (${a.family}, ${b.family}) for the same thing` }),
      claims: [a, b],
    });
  }
  return out;
}
