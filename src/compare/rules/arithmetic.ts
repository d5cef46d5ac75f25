// arithmetic: a stated result (a change, a share, a total, a rate, an average) that the
// figures it is computed from do not give. Every figure stands for the interval its wording
// allows (rounding, hedge), so "a 39% drop" from 52,310 to 31,904 (−39.25%) is consistent,
// and so is "nearly 40%"; "36%" is not. A change given in percent where the levels show
// percentage points (or the reverse) is reported as kind "scale".
import type { Direction, FindingKind, QuantityClaim, Severity } from "../../types.js";
import type { Rules } from "../../rules/types.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { fileName, formatNumber, quoteOf } from "../describe.js";
import { abs, add, div, mul, neg, overlaps, range, rangeOf, scale, sub, sum, type Range } from "../../normalize/interval-math.js";
import { changeOf, type ChangeRelation, type Operand, type RatioCue, type Relation } from "../../extract/relations.js";
import { measureSimilarity } from "../../normalize/measure.js";

export const meta: RuleMeta = {
  id: "arithmetic",
  kind: "arithmetic",
  description: "A stated result (change, share, total, rate, average) that the stated figures do not give, allowing for their rounding and hedges.",
  defaultSeverity: "major",
  messages: {
    change: "{{from}} → {{to}} is {{computed}}; {{says}} {{stated}} ({{file}})",
    implied: "{{change}} {{onto}} {{level}} is {{computed}} (from {{base}}); {{says}} {{stated}} ({{file}})",
    direction: "{{from}} → {{to}} is {{computed}}, a {{actual}}; {{says}} {{stated}}, a {{claimed}} ({{file}})",
    ratio: "{{from}} → {{to}} is {{computed}} times the earlier level; {{says}} {{stated}} ({{file}})",
    comparison: "{{to}} is {{computed}} times {{from}}; {{says}} {{stated}} ({{file}})",
    share: "{{part}} of {{whole}} is {{computed}}; {{says}} {{stated}} ({{file}})",
    sharePart: "{{share}} of {{whole}} is {{computed}}; {{says}} {{stated}} ({{file}})",
    shares: "{{a}} as {{sa}} implies a total of {{wa}}, but {{b}} as {{sb}} implies {{wb}}: the shares cannot be of one total ({{file}})",
    sum: "the parts ({{parts}}) sum to {{computed}}; {{says}} {{stated}} ({{file}})",
    sumExceeds: "the parts ({{parts}}) sum to {{computed}}, more than the {{stated}} they are part of ({{file}})",
    sumShort: "the parts ({{parts}}) sum to {{computed}}, short of the {{stated}} given as their total ({{file}})",
    remainder: "{{whole}} less {{part}} is {{computed}}; {{says}} {{stated}} is left ({{file}})",
    rate: "{{total}} over {{divisor}} is {{computed}} {{per}}; {{says}} {{stated}} ({{file}})",
    average: "the average of {{values}} is {{computed}}; {{says}} {{stated}} ({{file}})",
    points: "{{from}} → {{to}} is {{points}} percentage points ({{relative}} in relative terms); {{says}} {{stated}}: percent where the arithmetic gives percentage points ({{file}})",
    unitSlip: "{{from}} → {{to}} is {{relative}}; {{says}} {{stated}}, the figure of the change {{change}} with the wrong unit ({{file}})",
    sameChange: "the same change, {{change}}, is {{a}} in {{fa}} but {{b}} in {{fb}}: one of the percentages is worked out from another base",
    percentForPoints: "{{from}} → {{to}} is {{relative}} in relative terms ({{points}} percentage points); {{says}} {{stated}}: percentage points where the arithmetic gives percent ({{file}})",
  },
};

/** A finding of this rule before evidence and ids are attached. */
export interface ArithmeticDraft {
  rule: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  /** The stated result first, then the figures it is computed from. */
  claims: (QuantityClaim | RatioCue)[];
  /** The stated result that disagrees. */
  stated: QuantityClaim | RatioCue;
  relation: Relation;
  cross: boolean;
  /** For a change: does another statement of the change agree with the levels? */
  agrees?: (x: QuantityClaim) => boolean;
  /** For a change from an earlier level the text leaves out: that level, as computed, and the level it led to. */
  implied?: { base: number; level: QuantityClaim };
}

export const isClaim = (x: QuantityClaim | RatioCue): x is QuantityClaim => (x as QuantityClaim).kind === "quantity";

const exact = (c: QuantityClaim) => c.bound === "exact" && !c.vague;
const hedged = (...cs: QuantityClaim[]) => cs.some((c) => !exact(c));

/** Whole counts stated exactly ("6 counts and three, 10 in all"): exact, with no half-unit rounding. */
// (one trailing zero too: "630 firefighters: 350 …, 170 … and 130 …" are counts, not tens rounded)
const wholeCounts = (...cs: QuantityClaim[]) => cs.every((c) => c.family === "count" && c.bound === "exact" && (c.precision === 1 || c.precision === 10) && !c.scaleWords?.length && typeof c.value === "number" && Number.isInteger(c.value));

/** The interval a figure allows; a short level next to a finer sibling ("from 3.5% to 4%") is read at the sibling's precision. */
function valueOf(c: QuantityClaim, sibling?: QuantityClaim): Range {
  if (sibling && exact(c) && exact(sibling) && !Array.isArray(c.value) && sibling.precision < c.precision && sibling.precision < 1 && c.precision <= 1) {
    const p = sibling.precision;
    return range((c.value - p / 2) * c.toBase, (c.value + p / 2) * c.toBase);
  }
  return rangeOf(c);
}

/**
 * The stated figure widened to what is only borderline off: an exact figure by just under
 * another half rounding step ("39%" for 39.7%, truncated rather than rounded; a full step off,
 * 42,000 said as 41,000, is not borderline), a hedged one by a quarter of its hedge's width.
 */
function widenedOf(c: QuantityClaim): Range {
  const r = rangeOf(c);
  const by = exact(c) ? c.precision * c.toBase * 0.49 : (r.hi - r.lo) / 4;
  return { lo: r.lo - by, hi: r.hi + by };
}

function point(c: QuantityClaim): number {
  const v = Array.isArray(c.value) ? (c.value[0] + c.value[1]) / 2 : c.value;
  return v * c.toBase;
}

/** Decimals to show a computed figure with: one more than the stated figure has. */
function decimalsFor(c: QuantityClaim | undefined): number {
  if (!c) return 1;
  const p = c.precision * c.toBase;
  const d = p >= 1 ? 0 : Math.min(4, Math.ceil(-Math.log10(p) - 1e-9));
  return Math.max(1, Math.min(3, d + 1));
}

function fmtUnit(n: number, unit: string, decimals: number, signed = false): string {
  const sign = signed ? (n > 0 ? "+" : n < 0 ? "−" : "") : n < 0 ? "−" : "";
  const a = Math.abs(n);
  if (unit === "percent") return `${sign}${parseFloat(a.toFixed(decimals))}%`;
  if (unit === "percentage-point") return `${sign}${parseFloat(a.toFixed(decimals))}`;
  if (unit === "ratio") return a.toFixed(2);
  // counts and amounts: whole units from a hundred up, cents below
  const money = unit === "USD" || unit === "GBP" || unit === "EUR";
  if (a >= 1e12) return fmtUnit(n / 1e12, unit, 2, signed).replace(/(\d)( [^\d]*)?$/, "$1 trillion$2");
  const num = a >= 100 || Number.isInteger(a) ? formatNumber(Math.round(a)) : a.toFixed(money ? 2 : Math.min(decimals, 2));
  if (unit === "USD") return `${sign}$${num}`;
  if (unit === "GBP") return `${sign}£${num}`;
  if (unit === "EUR") return `${sign}€${num}`;
  if (unit === "count") return `${sign}${num}`;
  return `${sign}${num} ${unit}`;
}

/** "−42.6%", or "−38.9% (between −43% and −35% with the hedges)" when a figure is hedged. */
function shown(p: number, r: Range, unit: string, decimals: number, signed = false, hedged = false): string {
  const a = fmtUnit(p, unit, decimals, signed);
  if (!hedged) return a;
  const lo = fmtUnit(r.lo, unit, decimals, signed);
  const hi = fmtUnit(r.hi, unit, decimals, signed);
  return lo === hi ? a : `${a} (between ${lo} and ${hi} with the hedges)`;
}

type Situation = "precise" | "hedged" | "borderline" | "points" | "cross" | "crossBorderline";

interface Verdict {
  ok: boolean;
  borderline: boolean;
}

/**
 * Consistent when the computed interval meets the stated one. Off but borderline when the
 * computation from the figures as written (`p`) falls within the widened stated figure too.
 */
function judge(computed: Range, stated: Range, widened: Range, p?: number): Verdict {
  if (overlaps(computed, stated)) return { ok: true, borderline: false };
  return { ok: false, borderline: overlaps(computed, widened) && (p === undefined || overlaps(range(p), widened)) };
}

interface Ctx {
  rules: Rules;
  /** "the text says" or "other.txt says". */
  says: string;
  file: string;
  cross: boolean;
}

function draft(ctx: Ctx, relation: Relation, messageId: string, data: Record<string, string | number>, stated: QuantityClaim | RatioCue, inputs: (QuantityClaim | RatioCue)[], v: Verdict, kind: FindingKind = "arithmetic"): ArithmeticDraft {
  const all = [stated, ...inputs];
  const precise = all.every((x) => (isClaim(x) ? exact(x) : !x.hedged));
  const situation: Situation = kind === "scale" ? "points" : ctx.cross ? (v.borderline ? "crossBorderline" : "cross") : v.borderline ? "borderline" : precise ? "precise" : "hedged";
  const fallback: Severity = situation === "borderline" || situation === "crossBorderline" ? "minor" : "major";
  return {
    rule: meta.id,
    kind,
    severity: severityFor(ctx.rules, meta.id, situation, fallback),
    message: formatMessage(meta, messageId, { ...data, says: ctx.says, file: ctx.file }),
    claims: [...new Set(all)],
    stated,
    relation,
    cross: ctx.cross,
  };
}

const DIRECTION_WORD: Record<Direction, string> = { up: "rise", down: "fall" };

/** Checks every stated result of a relation against the figures it is computed from. */
export function checkRelation(relation: Relation, rules: Rules): ArithmeticDraft[] {
  const file = fileName(relationSource(relation));
  const ctx: Ctx = { rules, says: "the text says", file, cross: false };
  switch (relation.kind) {
    case "change":
      return relation.results.flatMap((r) => checkChange(relation, r.claim, r.direction, ctx)).concat(relation.ratio ? checkRatio(relation, relation.ratio, ctx) : []);
    case "share":
      return checkShare(relation, ctx);
    case "shares":
      return checkShares(relation, ctx);
    case "sum":
      return checkSum(relation, ctx);
    case "rate":
      return checkRate(relation, ctx);
    case "average":
      return checkAverage(relation, ctx);
    case "remainder":
      return checkRemainder(relation, ctx);
  }
}

export function relationSource(r: Relation): string {
  switch (r.kind) {
    case "change":
      return (r.to ?? r.from ?? r.results[0]?.claim)!.span.source;
    case "share":
      return r.part.span.source;
    case "shares":
      return r.items[0].part.span.source;
    case "sum":
      return r.total.span.source;
    case "rate":
      return r.rate.span.source;
    case "average":
      return r.average.span.source;
    case "remainder":
      return r.whole.span.source;
  }
}

/**
 * One stated change (absolute, percent or points) against the levels. With `ctx.cross` the
 * stated change comes from another source than the levels.
 */
export function checkChange(relation: ChangeRelation, stated: QuantityClaim, direction: Direction | undefined, ctx: Ctx): ArithmeticDraft[] {
  const { from, to } = relation;
  if (from && to) {
    const out = checkLevels(relation, from, to, stated, direction, ctx);
    for (const d of out) d.agrees = (x) => agreesWithLevels(from, to, x);
    return out;
  }
  return checkImplied(relation, stated, direction, ctx);
}

/** A statement of the change between two levels that they bear out (in its own unit). */
export function agreesWithLevels(from: QuantityClaim, to: QuantityClaim, x: QuantityClaim): boolean {
  const a = valueOf(from, to);
  const diff = sub(valueOf(to, from), a);
  const dir = changeOf(x);
  const s = dir === "down" ? neg(rangeOf(x)) : rangeOf(x);
  // (no direction word: its size, or its signed value, "change -5.2%")
  const fits = (r: Range) => (dir ? overlaps(r, s) : overlaps(abs(r), s) || overlaps(r, s));
  if (x.family === "percent") {
    const q = a.lo > 0 ? div(diff, a) : null;
    return !!q && fits(scale(q, 100));
  }
  if (x.family === "percentage-point") return from.family === "percent" && fits(diff);
  return x.family === from.family && fits(diff);
}

function checkLevels(relation: ChangeRelation, from: QuantityClaim, to: QuantityClaim, stated: QuantityClaim, direction: Direction | undefined, ctx: Ctx): ArithmeticDraft[] {
  const a = valueOf(from, to);
  const b = valueOf(to, from);
  const pa = point(from);
  const pb = point(to);
  const sRange = rangeOf(stated);
  const wRange = widenedOf(stated);
  const dec = decimalsFor(stated);
  const signedStated = (r: Range) => (direction === "down" ? neg(r) : r);
  const compare = (computed: Range, p: number): Verdict => (direction ? judge(computed, signedStated(sRange), signedStated(wRange), p) : judge(abs(computed), sRange, wRange, Math.abs(p)));
  const diff = sub(b, a);
  const levelsPercent = from.family === "percent";
  const relative = a.lo > 0 ? div(diff, a) : null;
  const rel = relative ? scale(relative, 100) : null;
  const relPoint = ((pb - pa) / pa) * 100;
  const data = { from: quoteOf(from), to: quoteOf(to), stated: quoteOf(stated) };
  if (stated.family === "percent" || stated.family === "percentage-point") {
    if (!rel && stated.family === "percent") return [];
    const asPercent = rel ? compare(rel, relPoint) : null;
    const asPoints = levelsPercent ? compare(diff, pb - pa) : null;
    const main = stated.family === "percent" ? asPercent! : asPoints;
    if (!main || main.ok) return [];
    const other = stated.family === "percent" ? asPoints : asPercent;
    const relText = rel ? shown(relPoint, rel, "percent", dec, true, hedged(from, to)) : "";
    const ptsText = shown(pb - pa, diff, "percentage-point", dec, true, hedged(from, to));
    // "a 25% rise" where the fare rose 25 cents: the change's own figure with the wrong unit
    const twin = relation.results.find((r) => r.claim !== stated && r.claim.family === from.family && r.claim.digitString !== undefined && r.claim.digitString === stated.digitString);
    if (stated.family === "percent" && twin && !main.borderline)
      return [draft(ctx, relation, "unitSlip", { ...data, relative: relText, change: quoteOf(twin.claim) }, stated, [from, to, twin.claim], main, "scale")];
    // the stated figure is right in the other unit: percent and points confused
    if (other?.ok && !main.borderline)
      return [draft(ctx, relation, stated.family === "percent" ? "points" : "percentForPoints", { ...data, points: ptsText, relative: relText }, stated, [from, to], main, "scale")];
    if (direction && directionFlipped(stated.family === "percent" ? rel! : diff, signedStated(sRange)))
      return [draft(ctx, relation, "direction", { ...data, computed: stated.family === "percent" ? relText : `${ptsText} percentage points`, actual: pb > pa ? "rise" : "fall", claimed: DIRECTION_WORD[direction] }, stated, [from, to], main)];
    return [draft(ctx, relation, "change", { ...data, computed: stated.family === "percent" ? relText : `${ptsText} percentage points` }, stated, [from, to], main)];
  }
  if (stated.family !== from.family) return [];
  const v = compare(diff, pb - pa);
  if (v.ok) return [];
  const text = shown(pb - pa, diff, stated.unit, dec, true, hedged(from, to));
  if (direction && directionFlipped(diff, signedStated(sRange)))
    return [draft(ctx, relation, "direction", { ...data, computed: text, actual: pb > pa ? "rise" : "fall", claimed: DIRECTION_WORD[direction] }, stated, [from, to], v)];
  return [draft(ctx, relation, "change", { ...data, computed: text }, stated, [from, to], v)];
}

/** One level and two statements of the change: "rose 14 cents, or 0.5%, to $28.16". */
function checkImplied(relation: ChangeRelation, stated: QuantityClaim, direction: Direction | undefined, ctx: Ctx): ArithmeticDraft[] {
  const { from, to } = relation;
  const level = to ?? from;
  if (!level || stated.family !== "percent") return [];
  const absolute = relation.results.find((r) => r.claim.family === level.family && r.claim !== stated);
  if (!absolute || !direction) return [];
  const d = rangeOf(absolute.claim);
  const sign = absolute.direction === "down" ? -1 : 1;
  // the earlier level: the later one less the change, or the stated earlier one
  const base = to ? sub(rangeOf(level), scale(d, sign)) : rangeOf(level);
  const pBase = to ? point(level) - sign * point(absolute.claim) : point(level);
  const q = base.lo > 0 ? div(d, base) : null;
  if (!q) return [];
  const computed = scale(q, 100);
  const v = judge(computed, rangeOf(stated), widenedOf(stated), (100 * point(absolute.claim)) / pBase);
  if (v.ok) return [];
  const dec = decimalsFor(stated);
  const out = [
    draft(
      ctx,
      relation,
      "implied",
      {
        change: quoteOf(absolute.claim),
        onto: to ? (sign < 0 ? "down to" : "up to") : "from",
        level: quoteOf(level),
        computed: shown((100 * point(absolute.claim)) / pBase, computed, "percent", dec, false, hedged(absolute.claim, level)),
        base: fmtUnit(pBase, level.unit, 2),
        stated: quoteOf(stated),
      },
      stated,
      [absolute.claim, level],
      v,
    ),
  ];
  if (to) out[0].implied = { base: pBase, level };
  // another source's percentage that the change and the level bear out
  out[0].agrees = (x) => x.family === "percent" && !x.vague && (!changeOf(x) || changeOf(x) === direction) && overlaps(computed, rangeOf(x));
  return out;
}

/** The levels move the other way from the stated direction (and the magnitude fits). */
function directionFlipped(computed: Range, statedSigned: Range): boolean {
  return overlaps(neg(computed), statedSigned) && !overlaps(computed, statedSigned);
}

function checkRatio(relation: ChangeRelation, cue: RatioCue, ctx: Ctx): ArithmeticDraft[] {
  const { from, to } = relation;
  if (!from || !to) return [];
  const q = div(valueOf(to, from), valueOf(from, to));
  if (!q) return [];
  const tol = ctx.rules.relations.multiplierTolerance;
  const widened = { lo: cue.ratio.lo * (1 - tol), hi: cue.ratio.hi * (1 + tol) };
  const p = point(to) / point(from);
  const v = judge(q, cue.ratio, widened, p);
  if (v.ok) return [];
  return [draft(ctx, relation, relation.comparison ? "comparison" : "ratio", { from: quoteOf(from), to: quoteOf(to), computed: shown(p, q, "ratio", 2, false, hedged(from, to)), stated: `"${cue.span.text}"` }, cue, [from, to], v)];
}

/** Another source's statement of the result that the computation bears out ("9 counts" against "10 in all"). */
function agreeing(d: ArithmeticDraft, computed: Range, stated: QuantityClaim): ArithmeticDraft {
  d.agrees = (x) => x.unit === stated.unit && !x.vague && overlaps(computed, rangeOf(x));
  return d;
}

function checkShare(r: Extract<Relation, { kind: "share" }>, ctx: Ctx): ArithmeticDraft[] {
  const part = rangeOf(r.part);
  const whole = rangeOf(r.whole);
  if (r.stated === "share") {
    const q = div(part, whole);
    if (!q) return [];
    const computed = scale(q, 100);
    const p = (100 * point(r.part)) / point(r.whole);
    const v = judge(computed, rangeOf(r.share), widenedOf(r.share), p);
    if (v.ok) return [];
    return [agreeing(draft(ctx, r, "share", { part: quoteOf(r.part), whole: quoteOf(r.whole), computed: shown(p, computed, "percent", decimalsFor(r.share), false, hedged(r.part, r.whole)), stated: quoteOf(r.share) }, r.share, [r.part, r.whole], v), computed, r.share)];
  }
  const computed = scale(mul(rangeOf(r.share), whole), 0.01);
  const p = (point(r.share) * point(r.whole)) / 100;
  const v = judge(computed, part, widenedOf(r.part), p);
  if (v.ok) return [];
  return [draft(ctx, r, "sharePart", { share: quoteOf(r.share), whole: quoteOf(r.whole), computed: shown(p, computed, r.part.unit, 1, false, hedged(r.share, r.whole)), stated: quoteOf(r.part) }, r.part, [r.share, r.whole], v)];
}

function checkShares(r: Extract<Relation, { kind: "shares" }>, ctx: Ctx): ArithmeticDraft[] {
  const wholes = r.items.map((it) => {
    const q = div(rangeOf(it.part), rangeOf(it.share));
    return q ? scale(q, 100) : null;
  });
  if (wholes.some((w) => !w)) return [];
  for (let i = 0; i < r.items.length; i++)
    for (let j = i + 1; j < r.items.length; j++) {
      const [wa, wb] = [wholes[i]!, wholes[j]!];
      if (overlaps(wa, wb)) continue;
      const [a, b] = [r.items[i], r.items[j]];
      // borderline: the implied totals would meet with the shares read one rounding step coarser
      const wide = (it: (typeof r.items)[number]) => div(rangeOf(it.part), widenedOf(it.share));
      const xa = wide(a);
      const xb = wide(b);
      const v: Verdict = { ok: false, borderline: !!xa && !!xb && overlaps(scale(xa, 100), scale(xb, 100)) };
      const pa = (100 * point(a.part)) / point(a.share);
      const pb = (100 * point(b.part)) / point(b.share);
      return [
        draft(
          ctx,
          r,
          "shares",
          { a: quoteOf(a.part), sa: quoteOf(a.share), wa: `about ${fmtUnit(pa, a.part.unit, 0)}`, b: quoteOf(b.part), sb: quoteOf(b.share), wb: `about ${fmtUnit(pb, b.part.unit, 0)}` },
          b.share,
          [a.part, a.share, b.part],
          v,
        ),
      ];
    }
  return [];
}

function operandValue(o: Operand, signed: boolean): { r: Range; p: number; claims: QuantityClaim[]; text: string } {
  if ("claim" in o) {
    const s = signed && changeOf(o.claim) === "down" ? -1 : 1;
    return { r: scale(rangeOf(o.claim), s), p: s * point(o.claim), claims: [o.claim], text: `${s < 0 ? "−" : ""}${o.claim.span.text}` };
  }
  const d = sub(valueOf(o.to, o.from), valueOf(o.from, o.to));
  const p = point(o.to) - point(o.from);
  return { r: d, p, claims: [o.from, o.to], text: `${o.from.span.text} → ${o.to.span.text}` };
}

function checkSum(r: Extract<Relation, { kind: "sum" }>, ctx: Ctx): ArithmeticDraft[] {
  const ops = r.parts.map((o) => operandValue(o, r.signed));
  let total = ops.reduce((acc, o) => add(acc, o.r), range(0));
  let p = ops.reduce((n, o) => n + o.p, 0);
  const t = r.total;
  let stated = rangeOf(t);
  let widened = widenedOf(t);
  if (r.signed && changeOf(t) === "down") {
    stated = neg(stated);
    widened = neg(widened);
  } else if (r.signed && !changeOf(t)) {
    // a total without a direction of its own ("a combined 30,000"): compared by size
    total = abs(total);
    p = Math.abs(p);
  }
  const inputs = ops.flatMap((o) => o.claims);
  // "6 counts and three, 10 in all": whole counts stated exactly are exact (no half-unit rounding)
  if (!r.signed && wholeCounts(t, ...inputs)) {
    total = range(p);
    stated = range(point(t));
    widened = stated;
  }
  const data = () => ({ parts: ops.map((o) => o.text).join(" + "), computed: shown(p, total, t.unit, decimalsFor(t), r.signed && !!changeOf(t), hedged(...inputs)), stated: quoteOf(t) });
  // "a £50 credit for every household, a total of £640,000, and £120 for each business": amounts
  // a hundred times apart are a rate and what it adds up to, not parts and their total
  const pt0 = Math.abs(point(t));
  // (…but the sum's own digits at another power of ten are a scale slip of the total: "£2.5bn")
  const tenfold = p > 0 && pt0 > 0 && Math.abs(Math.log10(pt0 / p) - Math.round(Math.log10(pt0 / p))) < 0.01;
  if (!r.signed && pt0 > 0 && p > 0 && (pt0 > 100 * p || p > 100 * pt0) && !tenfold) return [];
  if (r.mode === "equal") {
    // "bonuses of €2m and a further €1m, for a possible total of €31m": a total several times
    // what the parts named make holds more than them (the fee before), not their sum
    if (!r.signed && p > 0 && pt0 > 3 * p && !tenfold) return [];
    const v = judge(total, stated, widened, p);
    return v.ok ? [] : [agreeing(draft(ctx, r, "sum", data(), t, inputs, v), total, t)];
  }
  // "Of the 8,240 who applied, 6,920 sat the test and 4,310 passed": parts that each hold
  // much of the whole and overrun it by far are nested groups (a funnel), not a breakdown
  const pt = point(t);
  if (!r.signed && pt > 0 && p > 1.3 * pt && ops.length >= 2 && ops.every((o) => o.p > 0.3 * pt)) return [];
  // (another source's total that the parts do make is cited beside it: "a total of 318 people")
  if (total.lo > stated.hi && !overlaps(total, stated)) return [agreeing(draft(ctx, r, "sumExceeds", data(), t, inputs, judge(total, stated, widened, p)), total, t)];
  // a shortfall may be parts left unnamed: reported only when the parts count what the total counts
  const otherThings = !!t.head && inputs.some((c) => c.head !== undefined && c.head !== t.head);
  if (r.mode === "exhaustive" && !otherThings && total.hi < stated.lo && !overlaps(total, stated)) return [agreeing(draft(ctx, r, "sumShort", data(), t, inputs, { ok: false, borderline: true }), total, t)];
  return [];
}

/** What a part leaves of its whole: the whole less the part, against the figure stated as left. */
function checkRemainder(r: Extract<Relation, { kind: "remainder" }>, ctx: Ctx): ArithmeticDraft[] {
  const { part, whole, left } = r;
  // (whole counts stated exactly are exact: "14 of its 96 branches" leaves 82, not 81.5–82.5)
  const whole1 = wholeCounts(part, whole, left);
  const p = point(whole) - point(part);
  const computed = whole1 ? range(p) : sub(rangeOf(whole), rangeOf(part));
  const v = whole1 ? judge(computed, range(point(left)), range(point(left)), p) : judge(computed, rangeOf(left), widenedOf(left), p);
  if (v.ok) return [];
  const data = { whole: quoteOf(whole), part: quoteOf(part), computed: shown(p, computed, left.unit, decimalsFor(left), false, hedged(part, whole)), stated: quoteOf(left) };
  const d = draft(ctx, r, "remainder", data, left, [part, whole], v);
  // (another source's figure for what is left that the arithmetic bears out, for the editor)
  d.agrees = (x) => x.unit === left.unit && !x.vague && !changeOf(x) && overlaps(computed, rangeOf(x));
  return [d];
}

function checkRate(r: Extract<Relation, { kind: "rate" }>, ctx: Ctx): ArithmeticDraft[] {
  const q = div(rangeOf(r.total), r.divisor);
  if (!q) return [];
  const p = point(r.total) / ((r.divisor.lo + r.divisor.hi) / 2);
  const v = judge(q, rangeOf(r.rate), widenedOf(r.rate), p);
  if (v.ok) return [];
  const inputs: QuantityClaim[] = [r.total, ...(r.divisorClaim ? [r.divisorClaim] : [])];
  return [draft(ctx, r, "rate", { total: quoteOf(r.total), divisor: r.divisorText, computed: shown(p, q, r.rate.unit, 0, false, hedged(...inputs)), per: r.per, stated: quoteOf(r.rate) }, r.rate, inputs, v)];
}

function checkAverage(r: Extract<Relation, { kind: "average" }>, ctx: Ctx): ArithmeticDraft[] {
  const n = r.values.length;
  const mean = scale(sum(r.values.map((c) => rangeOf(c))), 1 / n);
  const p = r.values.reduce((s, c) => s + point(c), 0) / n;
  const v = judge(mean, rangeOf(r.average), widenedOf(r.average), p);
  if (v.ok) return [];
  return [draft(ctx, r, "average", { values: r.values.map(quoteOf).join(", "), computed: shown(p, mean, r.average.unit, decimalsFor(r.average), false, hedged(...r.values)), stated: quoteOf(r.average) }, r.average, r.values, v)];
}

/** A stated change in another source checked against this relation's levels. */
export function checkChangeAcross(relation: ChangeRelation, stated: QuantityClaim, rules: Rules): ArithmeticDraft[] {
  const file = fileName(relationSource(relation));
  const ctx: Ctx = { rules, says: `${fileName(stated.span.source)} says`, file: `figures in ${file}`, cross: true };
  return checkChange(relation, stated, changeOf(stated), ctx);
}

/**
 * Two sources state the same distinctive change with its percentage ("up 18,240, or 4.1%" and
 * "an increase of 18,240 students, or 4.6%"), and the percentages differ: one is worked out from
 * another base (the new level, another year's total). Grouped by the change, so near-linear.
 */
export function sameChangeAcross(relations: readonly Relation[], rules: Rules): ArithmeticDraft[] {
  const byChange = new Map<string, { r: ChangeRelation; abs: QuantityClaim; rel: QuantityClaim }[]>();
  for (const r of relations) {
    if (r.kind !== "change") continue;
    const abs = r.results.filter((x) => x.claim.family !== "percent" && x.claim.family !== "percentage-point" && !x.claim.vague);
    const rel = r.results.filter((x) => x.claim.family === "percent" && !x.claim.vague);
    if (abs.length !== 1 || rel.length !== 1) continue;
    const a = abs[0].claim;
    if (!(a.digits >= 4 || (a.family.startsWith("money:") && a.digits >= 3)) || a.bound !== "exact") continue;
    const k = `${JSON.stringify(a.value)}|${a.unit}|${changeOf(a) ?? abs[0].direction ?? ""}`;
    (byChange.get(k) ?? byChange.set(k, []).get(k)!).push({ r, abs: a, rel: rel[0].claim });
  }
  const out: ArithmeticDraft[] = [];
  // (one finding per change: the first two sources found at odds, among the first few dozen
  // statements of it; the same measure only)
  for (const list of byChange.values()) {
    let pair: [(typeof list)[number], (typeof list)[number]] | undefined;
    const head = list.slice(0, 40);
    for (let i = 0; i < head.length && !pair; i++)
      for (let j = i + 1; j < head.length && !pair; j++) {
        const [x, y] = [head[i], head[j]];
        if (x.abs.sourceIndex === y.abs.sourceIndex || overlaps(rangeOf(x.rel), rangeOf(y.rel))) continue;
        // (five or more digits alike are the same change whatever the wording)
        if (Math.min(x.abs.digits, y.abs.digits) < 5 && !(x.abs.head && x.abs.head === y.abs.head) && measureSimilarity(x.abs, y.abs) < rules.severity.thresholds.align) continue;
        pair = [x, y];
      }
    if (pair) {
      const [x, y] = pair;
      out.push({
          rule: meta.id,
          kind: meta.kind,
          severity: severityFor(rules, meta.id, "cross", "major"),
          message: formatMessage(meta, "sameChange", { change: quoteOf(x.abs), a: quoteOf(x.rel), fa: fileName(x.abs.span.source), b: quoteOf(y.rel), fb: fileName(y.abs.span.source) }),
          claims: [x.rel, y.rel, x.abs, y.abs],
          stated: x.rel,
          relation: x.r,
          cross: true,
        });
    }
  }
  return out;
}
