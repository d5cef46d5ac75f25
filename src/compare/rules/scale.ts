import type { Draft, QuantityRule, StoryContext } from "./types.js";
import type { QuantityClaim } from "../../types.js";
import type { Rules } from "../../rules/types.js";
import { measureSimilarity } from "../../normalize/measure.js";
import { qualifiersDiffer } from "../../normalize/qualifiers.js";
import { scopeRelation } from "../../align/index.js";
import { isPeriodRate } from "../../types.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { centre, scaleSlip } from "../../normalize/intervals.js";
import { fileName, quoteOf, whySame } from "../describe.js";
import { compatible, countsOfOtherThings, isPrecise, sameSource } from "./common.js";

const meta: RuleMeta = {
  id: "scale",
  kind: "scale",
  description: "Two figures for the same measure differ by a factor of a thousand or a million: a scale slip.",
  defaultSeverity: "critical",
  messages: {
    slip: "{{a}} ({{fa}}) is {{factor}} times {{b}} ({{fb}}) for the same measure: likely a scale slip ({{why}})",
    period: "{{a}} is given per {{pa}} in {{fa}} but per {{pb}} in {{fb}}: one of the periods is wrong ({{why}})",
    unit: "{{a}} ({{fa}}) and {{b}} ({{fb}}) give the same number in different units: one of the units is likely wrong ({{why}})",
    points: "{{a}} ({{fa}}) is a change in percent but {{b}} ({{fb}}) gives the same change in percentage points: one of them has the wrong unit ({{why}})",
  },
};

const FACTOR: Record<number, string> = { 10: "ten", 100: "a hundred", 1000: "a thousand", 1000000: "a million", 1000000000: "a billion" };

export const scale: QuantityRule = {
  meta,
  check(p, rules, story) {
    const t = rules.severity.thresholds;
    if (p.a.family !== p.b.family) return percentVersusPoints(p, rules, story);
    // the same three or more significant digits at a thousand times the scale, in one currency or
    // unit, is a slip whatever the wording ("dollar volume" / "value of all homes sold")
    // "£240,000 a month" against "£240,000 a week": the same figure over another period
    if (p.a.per !== p.b.per && isPeriodRate(p.a.per) && isPeriodRate(p.b.per) && JSON.stringify(p.a.value) === JSON.stringify(p.b.value) && (Math.min(p.a.digits, p.b.digits) >= 2 || Math.abs(([] as number[]).concat(p.a.value)[0]) >= 10 || p.confidence >= t.sure) && p.a.unit === p.b.unit && p.scope !== "different" && (p.confidence >= t.align || (p.fingerprint === "identical" && Math.min(p.a.digits, p.b.digits) >= 3))) {
      return {
        rule: meta.id,
        kind: sameSource(p) ? ("internal" as const) : meta.kind,
        severity: severityFor(rules, meta.id, "period", "major"),
        message: formatMessage(meta, "period", { a: quoteOf(p.a), pa: p.a.per, fa: fileName(p.a.span.source), pb: p.b.per, fb: fileName(p.b.span.source), why: whySame(p) }),
        claims: [p.a, p.b],
        pair: p,
      };
    }
    // "up to four hours" against "up to four days", "5.92 feet" against "5.92 metres": the same
    // number in another unit of the same kind (not a conversion given beside it)
    // (a one-digit number needs a sure match: "for seven days" and "took seven hours" may differ)
    // (units far apart measure things of other sizes, "2.5km" off a coast and waves of "2.5
    // metres", unless both name the same counted thing: "3.4 gigabytes" / "3.4 terabytes" of files)
    const farUnits = p.a.unit !== p.b.unit && Math.max(p.a.toBase / p.b.toBase, p.b.toBase / p.a.toBase) >= 100 && p.sameHead !== true && !(isPeriodRate(p.a.per) && p.a.per === p.b.per);
    if (p.a.unit !== p.b.unit && !p.conversion && !p.a.vague && !p.b.vague && !farUnits && JSON.stringify(p.a.value) === JSON.stringify(p.b.value) && p.a.per === p.b.per && p.scope !== "different" && p.confidence >= t.align && (Math.min(p.a.digits, p.b.digits) >= 2 || p.confidence >= t.sure) && (p.best || (p.confidence >= t.sure && Math.min(p.a.digits, p.b.digits) >= 2)) && !compatible(p)) {
      return {
        rule: meta.id,
        kind: sameSource(p) ? ("internal" as const) : meta.kind,
        // (units a thousand or a million apart, "21,406 MW" / "21,406 GW", with three digits or
        // more on each side: a scale slip written in the unit, as sure as one in a scale word)
        severity: severityFor(rules, meta.id, prefixSlip(p, rules) ? "precise" : "unit", "major"),
        message: formatMessage(meta, "unit", { a: quoteOf(p.a), fa: fileName(p.a.span.source), b: quoteOf(p.b), fb: fileName(p.b.span.source), why: whySame(p) }),
        claims: [p.a, p.b],
        pair: p,
      };
    }
    // (not counts of different things: "23 of its 128 branches" and "1,280 jobs to be cut")
    const otherThings = countsOfOtherThings(p, rules);
    const sameDigits = p.fingerprint === "scale" && Math.min(p.a.digits, p.b.digits) >= 3 && !otherThings;
    // "a €2.7 million takeover" against "approximately €2.7 billion": the same two digits under
    // another scale word, in one currency or unit, and each the other's closest match
    const words = (c: typeof p.a) => (c.scaleWords ?? []).join(" ").toLowerCase();
    const wordSlip = p.fingerprint === "scale" && Math.min(p.a.digits, p.b.digits) >= 2 && !!words(p.a) && !!words(p.b) && words(p.a) !== words(p.b) && p.a.unit === p.b.unit && p.sameHead !== false && p.best && p.confidence >= t.wordSlip;
    // (in one source, counts with nouns of their own are other things: "23 of its 128 branches", "1,280 jobs")
    if (p.scope === "different" || compatible(p) || (otherThings && sameSource(p)) || (!sameDigits && !wordSlip && (p.confidence < t.align || !p.best))) return null;
    if (p.a.vague || p.b.vague || p.a.family === "score") return null;
    // "Four guests were taken to hospital" against "more than 4,000 guests": a number
    // spelt out is a small one on purpose, not a slip of the figure written in digits (unless a
    // scale word is in play: "three million")
    const spelt = (c: typeof p.a) => !/\d/.test(c.span.text);
    if (!sameDigits && spelt(p.a) !== spelt(p.b) && !p.a.scaleWords?.length && !p.b.scaleWords?.length) return null;
    // the same number in km and in metres: the factor is all in the units, chosen for things of other sizes
    if (farUnits && JSON.stringify(p.a.value) === JSON.stringify(p.b.value)) return null;
    // "27 per 10,000" against "27 per 100,000": the same number over another denominator
    const overBase = !!(p.a.perBase && p.b.perBase && p.a.perBase !== p.b.perBase && JSON.stringify(p.a.value) === JSON.stringify(p.b.value));
    // (the same digits with the decimal point moved, "€24 million" / "€2.4m", slip by ten or a hundred)
    // (digits slipped as well, "17,943 gigawatts" against "17,394 MW", are another figure: a
    // scale slip keeps its digits)
    if (p.fingerprint === "slip") return null;
    // (not a bound against a figure: "ships of more than 17,500 TEU" is no decimal point moved
    // in "1.75 million TEU")
    const bounded = (c: typeof p.a) => c.bound === "above" || c.bound === "below";
    // (zeros added or dropped are slipped only by figures stated exactly, or where a point moved:
    // "approximately 12,600 pupils" and "126" of them in one school are no slip)
    const pointed = (c: typeof p.a) => /\d\.\d/.test(c.span.text) || !!c.scaleWords?.length;
    const moved = p.fingerprint === "scale" && bounded(p.a) === bounded(p.b) && ((p.a.bound === "exact" && p.b.bound === "exact") || pointed(p.a) || pointed(p.b));
    const k = overBase ? Math.max(p.a.perBase!, p.b.perBase!) / Math.min(p.a.perBase!, p.b.perBase!) : (scaleSlip(Math.abs(centre(p.a)), Math.abs(centre(p.b)), t.scaleRatios, t.scaleTolerance) ?? (moved ? scaleSlip(Math.abs(centre(p.a)), Math.abs(centre(p.b)), [10, 100], t.scaleTolerance) : null));
    if (!k) return null;
    // (a slip of scale word is by a thousand or more: "€6.2bn" and "about €62m" are other figures)
    if (wordSlip && !sameDigits && p.confidence < t.align && k < 1000) return null;
    const situation = p.confidence < t.sure ? "uncertain" : isPrecise(p.a) && isPrecise(p.b) ? "precise" : "hedged";
    const [big, small] = centre(p.a) >= centre(p.b) ? [p.a, p.b] : [p.b, p.a];
    return {
      rule: meta.id,
      kind: sameSource(p) ? "internal" : meta.kind,
      severity: severityFor(rules, meta.id, situation, meta.defaultSeverity),
      message: formatMessage(meta, "slip", {
        a: quoteOf(big),
        fa: fileName(big.span.source),
        b: quoteOf(small),
        fb: fileName(small.span.source),
        factor: FACTOR[k] ?? String(k),
        why: whySame(p),
      }),
      claims: [p.a, p.b],
      pair: p,
    };
  },
};

/** "cut by 2 percent" against "a drop of 2 percentage points": the same change, two units. */
function percentVersusPoints(p: Parameters<QuantityRule["check"]>[0], rules: Parameters<QuantityRule["check"]>[1], story?: StoryContext) {
  const t = rules.severity.thresholds;
  if (p.scope === "different" || !p.a.change || p.a.change !== p.b.change) return null;
  // the same small change in both units is itself evidence: require only shared measure words
  // (or the same precise level stated just before each: "91.2%, … a rise of 2.5 per cent" and
  // "91.2%, up from 88.7%. The improvement of 2.5 percentage points")
  if (Math.abs(centre(p.a) - centre(p.b)) > 1e-9 || (p.confidence < t.align && !p.echo && p.similarity < 0.15 && !sameLevelBefore(p.a, p.b, story))) return null;
  const [pct, pts] = p.a.family === "percent" ? [p.a, p.b] : [p.b, p.a];
  return {
    rule: meta.id,
    kind: sameSource(p) ? ("internal" as const) : meta.kind,
    severity: severityFor(rules, meta.id, "points", "major"),
    message: formatMessage(meta, "points", { a: quoteOf(pct), fa: fileName(pct.span.source), b: quoteOf(pts), fb: fileName(pts.span.source), why: whySame(p) }),
    claims: [pct, pts],
    pair: p,
  };
}

/**
 * Precise percentage levels (a decimal) stated before a change in its sentence, or in the
 * sentence before when the change's own opens by pointing back at it ("The improvement of …").
 */
function levelsBefore(c: QuantityClaim, story: StoryContext): Set<number> {
  const out = new Set<number>();
  const from = BACK_REFERENCE.test(c.sentence.text) ? c.span.start - 300 : c.sentence.start;
  for (const x of story.claimsBefore(c, c.span.start - from))
    if (x.span.end <= c.span.start && !x.change && x.family === "percent" && x.precision < 1 && typeof x.value === "number") out.add(x.value);
  return out;
}
/** A sentence opening with a change that points back ("The improvement of", "This rise"). */
const BACK_REFERENCE = /^(?:the|this|that)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:improvement|deterioration|change|rise|increase|gain|fall|drop|decline)\b/i;

function sameLevelBefore(a: QuantityClaim, b: QuantityClaim, story?: StoryContext): boolean {
  if (!story || a.sourceIndex === b.sourceIndex) return false;
  const la = levelsBefore(a, story);
  if (!la.size) return false;
  for (const v of levelsBefore(b, story)) if (la.has(v)) return true;
  return false;
}

/** The same precise figure of three digits or more in two units a scale factor apart (kW / MW / GW). */
function prefixSlip(p: Parameters<QuantityRule["check"]>[0], rules: Parameters<QuantityRule["check"]>[1]): boolean {
  const r = Math.max(p.a.toBase / p.b.toBase, p.b.toBase / p.a.toBase);
  const t = rules.severity.thresholds;
  return Math.min(p.a.digits, p.b.digits) >= 3 && isPrecise(p.a) && isPrecise(p.b) && t.scaleRatios.some((k) => Math.abs(r / k - 1) <= t.scaleTolerance);
}

/**
 * The same digits under another scale word, in one unit, in two sources: a slip even where the
 * aligner keeps the two apart (one told as a forecast, the other not: "a £57.3bn hole" against
 * "a forecast deficit of £57.3m"). Three or more digits a thousand times apart are rarely two true
 * figures of one story, so the two need only share some wording; two digits, as much as the
 * aligner asks of a word slip. Not for other places or counted things, nor for two periods
 * unless one side is a forecast or gives none. One finding per pair of readings (the closest
 * pair among the first few dozen of each, a bound on a long archive); a pair the aligner also
 * finds merges with it.
 */
export function scaleWordSlips(claims: readonly QuantityClaim[], rules: Rules): Draft[] {
  const t = rules.severity.thresholds;
  const groups = new Map<string, QuantityClaim[]>();
  for (const c of claims)
    if (c.digitString && (c.digits >= 2 || !!c.head) && c.scaleWords?.length && typeof c.value === "number" && c.value > 0 && !c.vague && !c.role && !c.earlier && (c.bound === "exact" || c.bound === "approx")) {
      const k = `${c.unit}|${c.per ?? ""}|${c.change ?? ""}|${c.digitString}`;
      (groups.get(k) ?? groups.set(k, []).get(k)!).push(c);
    }
  const out: Draft[] = [];
  for (const list of groups.values()) {
    const values = [...new Set(list.map((c) => c.value as number))];
    if (values.length !== 2) continue;
    const k = scaleSlip(values[0], values[1], t.scaleRatios, t.scaleTolerance);
    if (!k) continue;
    const sides = values.map((v) => list.filter((c) => c.value === v));
    const sources = sides.map((s) => new Set(s.map((c) => c.sourceIndex)));
    // (a source giving both is the internal rules' business)
    if ([...sources[0]].some((s) => sources[1].has(s))) continue;
    const fits = (a: QuantityClaim, b: QuantityClaim) =>
      !qualifiersDiffer(a.qualifiers, b.qualifiers) &&
      // (the same counted thing, or one side's among the other's words)
      !(a.head && b.head && a.head !== b.head && !a.measure.includes(b.head) && !b.measure.includes(a.head)) &&
      // (two periods apart only when one side is a forecast, or gives no period at all: "$371.9bn"
      // in a fact box against "$371.9 million between 2014 and 2020")
      (a.planned !== b.planned || !a.scope || !b.scope || scopeRelation(a, b) !== "different");
    let best: [QuantityClaim, QuantityClaim, number] | undefined;
    for (const a of sides[0].slice(0, 40))
      for (const b of sides[1].slice(0, 40)) {
        if (!fits(a, b)) continue;
        const sim = measureSimilarity(a, b);
        if (!best || sim > best[2]) best = [a, b, sim];
      }
    // (two digits repeat by chance more often: their wording must match as closely as the aligner's
    // word slips; one digit, "a EUR 7bn relief fund" / "a EUR 7 million relief fund", only with
    // one counted noun and wording the aligner is sure of)
    const digits = best ? Math.min(best[0].digits, best[1].digits) : 0;
    if (!best || best[2] < (digits >= 3 ? MIN_SHARED : digits === 2 ? t.wordSlip : t.sure) || (digits < 2 && (!best[0].head || best[0].head !== best[1].head))) continue;
    const [a, b, sim] = best;
    const [big, small] = (a.value as number) > (b.value as number) ? [a, b] : [b, a];
    const situation = sim < t.align ? "uncertain" : isPrecise(a) && isPrecise(b) ? "precise" : "hedged";
    out.push({
      rule: meta.id,
      kind: meta.kind,
      severity: severityFor(rules, meta.id, situation, meta.defaultSeverity),
      message: formatMessage(meta, "slip", { a: quoteOf(big), fa: fileName(big.span.source), b: quoteOf(small), fb: fileName(small.span.source), factor: FACTOR[k] ?? String(k), why: "the same digits under another scale word" }),
      claims: [a, b],
    });
  }
  return out;
}

/** Measure similarity two figures of three or more digits at another scale must share at least. */
const MIN_SHARED = 0.05;
