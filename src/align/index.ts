// align: which claims speak of the same thing. Claims are blocked by unit family, change
// direction, rate and modality, then paired only through shared measure words or a shared
// distinctive value (an inverted index), so cost grows with the claims, not their square.
import { CLOCK } from "../extract/clock.js";
import type { QuantityClaim, TimeScope } from "../types.js";
import { isPeriodRate } from "../types.js";
import type { Rules } from "../rules/types.js";
import { measureKeyOf, measureLexicon, measureSimilarity, measureWord } from "../normalize/measure.js";
import { qualifiersDiffer } from "../normalize/qualifiers.js";
import { baseInterval, centre, intersects } from "../normalize/intervals.js";
import { alignGrouped } from "./groups.js";
import { stemWord, tokenize } from "../text/tokens.js";
import { lre } from "../text/letters.js";
import { swappedPair } from "../text/digits.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/(?:^|[^\p{L}])(?:for|to|than)[ \u00a0]+$/iu);
const LETTERS_RE_2 = lre(/(?<![\p{L}])(?:will|would|could|should|must|need|needs|needed)(?![\p{L}])[^,.;]{0,16}$/iu);
const LETTERS_RE_3 = lre(/[^\p{L}-]+/u);
const LETTERS_RE_4 = lre(/^[ \u00a0]*(?:[\p{L}]+[ \u00a0]+){1,3}$/u);
const LETTERS_RE_5 = lre(/^[ \u00a0]+\p{Lu}/u);

const WORD_RUNS = lre(/\p{L}[\p{L}'’-]*/gu);

/**
 * "edition": neither figure states its period and the sources were published on different
 * days: a running count may have moved, so a difference is no contradiction, but figures
 * that agree may still be compared for wording.
 */
export type ScopeRelation = "same" | "unknown" | "different" | "edition";

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
  /**
   * Each claim is the other's best-aligned match in the other's source. A conflict is
   * only called between best matches: a source that lists several figures of one measure
   * (a breakdown by county, a series by month) must not have each compared with each.
   */
  best: boolean;
  /** One figure is the other restated in another unit right beside it. */
  conversion?: boolean;
  /** The two figures are the same distinctive digits, or a transposition/one-digit slip of them. */
  fingerprint: "identical" | "slip" | "scale" | null;
  /** Both are the only vote or score their sources give: "voted 7-2" and "Vote: 6–3" are one vote. */
  soleTally?: boolean;
  /** One source's only two vote tallies, alike on one side: "by 41 votes to 19" and "41 in favour, 17 against". */
  sameVote?: boolean;
  /** One figure is the other, precise one rounded ("more than 53,000" / "52,614"): see roundedPair. */
  rounded?: boolean;
  /**
   * Set on pairs from a large block (align/groups.ts): a and b stand for classes of claims
   * that read the same; each list starts with a (or b) itself. Compare reports them all.
   */
  group?: { a: QuantityClaim[]; b: QuantityClaim[] };
}

export function scopeKey(s: TimeScope): string {
  return `${s.start}..${s.end}`;
}

/** The day a running count is as of: the day stated, or publication when no period is stated. */
export function asOfDay(c: QuantityClaim): string | undefined {
  return !c.scope || c.scope.since ? c.published : c.scopeIsEvent || c.scope.asOf ? c.scope.end : undefined;
}

export function scopeRelation(a: QuantityClaim, b: QuantityClaim): ScopeRelation {
  // figures for different places or groups ("in Elm County" / "statewide") differ in scope
  if (qualifiersDiffer(a.qualifiers, b.qualifiers)) return "different";
  // changes measured from different baselines ("from September" / "from October 2024")
  if (a.baseline && b.baseline && scopeKey(a.baseline) !== scopeKey(b.baseline) && !a.baseline.start.startsWith("P-") && !b.baseline.start.startsWith("P-")) return "different";
  // running counts are as of a day: the day stated ("on Monday"), or publication when no
  // period is stated; tallies of different days legitimately differ
  if ((a.family === "count" || a.running || b.running) && a.sourceIndex !== b.sourceIndex) {
    const x = asOfDay(a);
    const y = asOfDay(b);
    if (x && y && x !== y) return a.scope || b.scope ? "different" : "edition";
    // "by Monday, 52 cases" and "the total stood at 57 on Monday": a running tally as of one day
    if (x && x === y && a.scope && b.scope && (a.running || b.running) && !a.scope.since && !b.scope.since) return "same";
  }
  // "a year earlier" against a figure with no period: the unmarked figure is the current one
  const past = (c: QuantityClaim) => !!c.scope && c.scope.start.startsWith("P-") && !c.scope.since;
  if ((!a.scope || !b.scope) && past(a) !== past(b)) return "different";
  // …and so against a level a change started from in a period of its own ("fell to 352,000
  // acres from 364,000 acres in 2026")
  if (!a.scope !== !b.scope && (a.earlier || b.earlier)) return "different";
  // a period that ended more than a year before the other figure's publication ("in 2004, when
  // nine people died") against a figure with no period: the unmarked figure is the current one
  const stale = (c: QuantityClaim, other: QuantityClaim) => {
    const pub = other.published ?? c.published;
    // (a dated event too: "at the election on 5 June 2022, on a turnout of 56.4%" in 2025)
    if (!c.scope || (other.scope && !other.scopeIsEvent) || !pub || c.scope.start.startsWith("P-") || c.scope.start.startsWith("0000")) return false;
    const yearBefore = `${Number(pub.slice(0, 4)) - 1}${pub.slice(4, 10)}`;
    // (the other's day is no "now" when it falls in this figure's period: "in May last year" and
    // "on census night, 12 May 2024")
    if (other.scope && other.scope.start >= c.scope.start && other.scope.end <= c.scope.end) return false;
    return c.scope.end < yearBefore;
  };
  if (stale(a, b) || stale(b, a)) return "different";
  if (!a.scope || !b.scope) return "unknown";
  // "a year earlier" without the period it counts from cannot be placed against a date
  const symbolic = (s: TimeScope) => s.start.startsWith("P-");
  if (symbolic(a.scope) !== symbolic(b.scope)) {
    // …but a figure of "a year earlier" is not one for a period that is current when published
    // ("sales were $3.3bn a year earlier" against "second-quarter sales of $3.6bn")
    const [sym, concrete] = symbolic(a.scope) ? [a, b] : [b, a];
    const pub = concrete.published ?? sym.published;
    // (not for the same value: "7,340, up 9% from a year earlier" dates the change's baseline,
    // and the same figure a year apart is likelier a misread period than a moved one)
    if (past(sym) && pub && JSON.stringify(a.value) !== JSON.stringify(b.value) && !concrete.scope!.start.startsWith("0000") && concrete.scope!.end >= `${Number(pub.slice(0, 4)) - 1}${pub.slice(4, 10)}`) return "different";
    return "unknown";
  }
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
  // significant digits only: "1.482 billion" and "1,482.0 million" are the same figure
  let da = a.digitString?.replace(/0+$/, "");
  let db = b.digitString?.replace(/0+$/, "");
  if (!da || !db || a.vague || b.vague || a.family === "score") return null;
  // times of day run in sequence: "16:00" and "10:00" are neighbours, not a slip; only two
  // digits swapped ("5.28am" for 2:58) are
  if (a.family === CLOCK) return swappedPair(da, db) ? "slip" : null;
  // a range ("£285m–£310m") carries the digits of its low end only: two ranges are the same
  // figure when both ends are, and a slip of each other when one end is the same and the
  // other's digits slip ("£285m to £301m")
  if (Array.isArray(a.value) || Array.isArray(b.value)) {
    if (!Array.isArray(a.value) || !Array.isArray(b.value) || a.unit !== b.unit) return null;
    const [x, y] = [a.value, b.value];
    if (x[0] === y[0] && x[1] === y[1]) return a.digits >= minDigits - 1 ? "identical" : null;
    const sig = (v: number) => String(Math.abs(v)).replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
    const slipOf = (u: number, v: number) => {
      const [su, sv] = [sig(u), sig(v)];
      // (small bare bounds slip by chance, and name bands: "aged 18 to 29" / "18 to 39")
      if (su.length !== sv.length || su.length < 2 || Math.abs(Math.log10(Math.abs(u / v))) >= 1) return false;
      if (su.length < 3 && !a.family.startsWith("money:") && !a.scaleWords?.length) return false;
      let diff = 0;
      for (let i = 0; i < su.length; i++) if (su[i] !== sv[i]) diff++;
      // (as for a single figure: one changed digit only in a long figure, "between 1.2 million and
      // 1.5 million" against "1.2 million and 1.6 million" are two estimates)
      return (diff === 1 && su.length >= minDigits) || swappedPair(su, sv);
    };
    return (x[0] === y[0] && slipOf(x[1], y[1])) || (x[1] === y[1] && slipOf(x[0], y[0])) ? "slip" : null;
  }
  // "315,000" against 3,152,907: a round figure that is the precise one rounded, ten or a
  // thousand times over (three significant digits or more on the round side)
  if (a.unit === b.unit && typeof a.value === "number" && typeof b.value === "number" && da !== db)
    for (const [coarse, fine] of [[a, b], [b, a]] as const) {
      const sig = coarse.digitString!.replace(/0+$/, "").length;
      // (round: at least two zeros past its digits, "315,000"; "537" against 5,371 is no rounding)
      // (the fine figure exact: "some 4,712" is no rounding of 471,000 told ten times over)
      if (sig < 3 || !roundish(coarse) || coarse.precision < 100 || !roundable(fine) || fine.bound !== "exact" || fine.digits <= sig) continue;
      for (const k of [10, 100, 1000, 0.1, 0.01, 0.001]) {
        const v = (coarse.value as number) * k;
        if (Math.abs(v - (fine.value as number)) < coarse.precision * k && Math.abs(v - (fine.value as number)) > 0) return "scale";
      }
    }
  // "730" against "703": a swap with a zero, at the same magnitude, is compared digit for digit
  if (da.length !== db.length && a.digitString!.length === b.digitString!.length && typeof a.value === "number" && typeof b.value === "number" && Math.abs(Math.log10(Math.abs(a.value / b.value))) < 0.5) {
    da = a.digitString!;
    db = b.digitString!;
  }
  // "$6.7 million" against "$6.7bn": the same digits at another scale
  // two digits alone ("64" / "about 640") repeat by chance; with a scale word they are a slip
  // (a range's value is a pair: compared by content)
  const same = sameValue(a.value, b.value);
  if (da === db && !same) return a.unit === b.unit && (Math.min(a.digits, b.digits) >= 3 || (a.digits >= 2 && !!(a.scaleWords?.length || b.scaleWords?.length))) ? "scale" : null;
  if (da === db && same) return a.digits >= minDigits - 1 ? "identical" : null;
  if (da.length !== db.length) return null;
  let diff = 0;
  for (let i = 0; i < da.length; i++) if (da[i] !== db[i]) diff++;
  const transposed = swappedPair(da, db);
  // a swap of two digits is a typing slip; one changed digit only when nothing says otherwise
  // (the same counted thing, or no counted noun on either side)
  // (…or three digits of a long figure rotated, its leading digits kept: "17,394" / "17,943")
  const rotated = da.length >= 5 && diff === 3 && da.slice(0, 2) === db.slice(0, 2) && [...da].sort().join("") === [...db].sort().join("");
  // (at one magnitude as written: "$16.42" a month is no slip of "$1.643 billion"; "17,943
  // gigawatts" is one of "17,394 MW", its unit a second slip)
  const magnitude = typeof a.value !== "number" || typeof b.value !== "number" || a.value === 0 || b.value === 0 || Math.abs(Math.log10(Math.abs(a.value / b.value))) < 1;
  if (a.digits >= minDigits && b.digits >= minDigits) return magnitude && (transposed || rotated || (diff === 1 && !(a.head && b.head && a.head !== b.head))) ? "slip" : null;
  // "$7.3 million" / "$3.7 million": a short figure is a slip only when digits swap places
  // under the same unit and scale word (one changed digit is too common to mean anything)
  // (the digits' place, not the scale word's spelling: "$12.7bn" and "$17.2 billion" share a scale)
  const place = (c: QuantityClaim, d: string) => Math.round(Math.log10(Math.abs(c.value as number) / Number(d)));
  const sameScale = a.unit === b.unit && place(a, da) === place(b, db);
  // bare small counts ("42" / "24") swap digits by chance too often; money and scaled figures less so
  // …nor do three digits with a unit of measure ("121 km/h" / "112 km/h")
  // (a length, area, mass or volume written with three digits or more is too: "380 metres" / "830 metres")
  const weighty = !!a.scaleWords?.length || a.family.startsWith("money:") || /[.,]/.test(a.span.text) || (a.unit !== "count" && a.family !== "percent" && Math.min(a.digits, b.digits) >= 3) || da.length >= 3 || (PHYSICAL_FAMILIES.has(a.family) && a.unit === b.unit && Math.min(a.digitString!.length, b.digitString!.length) >= 3);
  const close = Math.max(a.value as number, b.value as number) / Math.max(Math.min(a.value as number, b.value as number), 1e-9) < 3;
  // …but one source counting one thing twice ("64 barns have been destroyed" … "the 46 barns
  // lost") is not chance: its two digits swapped are a slip
  // (two facts, not one: "will need 82 teachers" against "has 28", "seats for 43 passengers"
  // against "34 passengers on board")
  const aside = (c: QuantityClaim) => {
    const lead = c.sentence.text.slice(Math.max(0, c.span.start - c.sentence.start - 24), c.span.start - c.sentence.start);
    return c.planned || LETTERS_RE_1.test(lead) || LETTERS_RE_2.test(lead);
  };
  const ownTwin = a.sourceIndex === b.sourceIndex && !!a.head && a.head === b.head && a.change === b.change && a.per === b.per && !aside(a) && !aside(b);
  return a.digits >= 2 && b.digits >= 2 && transposed && sameScale && (weighty || ownTwin) && close ? "slip" : null;
}

/** Powers of ten a precise figure may be rounded to: above its own step, up to its magnitude. */
function roundingSteps(c: QuantityClaim): number[] {
  const v = Math.abs(c.value as number);
  const out: number[] = [];
  if (!(v > 0) || !(c.precision > 0)) return out;
  for (let e = Math.round(Math.log10(c.precision)) + 1, k = 0; 10 ** e <= v && k < 8; e++, k++) out.push(e);
  return out;
}

/**
 * A precise figure with enough digits that a rounded form of it is unlikely by chance (an
 * estimate given to four digits or more too: "an estimated €4,712 million" rounds to "€4.71bn").
 */
const roundable = (c: QuantityClaim) => (c.bound === "exact" ? c.digits >= 3 : c.bound === "approx" && c.digits >= 4) && !c.vague && typeof c.value === "number";
/** A figure written as a round number: its step is a power of ten above one unit of the last digit. */
const roundish = (c: QuantityClaim) => !c.vague && typeof c.value === "number" && c.precision >= 1 && Math.abs(c.value) >= 10 && Number.isInteger(Math.log10(c.precision));

/** Index keys that bring a round figure to the precise figures it may round: "53,000" meets "52,614". */
function roundingKeys(c: QuantityClaim): string[] {
  const out: string[] = [];
  if (typeof c.value !== "number") return out;
  if (roundish(c)) out.push(`r:${c.unit}:${Math.round(Math.log10(c.precision))}:${Math.round(c.value / c.precision)}`);
  if (roundable(c))
    for (const e of roundingSteps(c)) {
      const x = c.value / 10 ** e;
      out.push(`r:${c.unit}:${e}:${Math.floor(x)}`);
      if (Math.ceil(x) !== Math.floor(x)) out.push(`r:${c.unit}:${e}:${Math.ceil(x)}`);
    }
  return out;
}

/**
 * The round figure of the pair is the precise one rounded up or down to the round one's step
 * ("more than 53,000" and 52,614; "nearly 2,400" and 2,371; "$7.3 million" and $7,284,150),
 * and the precise one has at least three significant digits. Weaker than a shared digit string,
 * it is still evidence that two figures are one.
 */
export function roundedPair(a: QuantityClaim, b: QuantityClaim): boolean {
  if (a.unit !== b.unit || a.sourceIndex === b.sourceIndex) return false;
  for (const [coarse, fine] of [[a, b], [b, a]] as const) {
    if (!roundish(coarse) || !roundable(fine) || coarse.precision < fine.precision * 10) continue;
    if (Math.abs((coarse.value as number) - (fine.value as number)) < coarse.precision) return true;
  }
  return false;
}

/** Scores and tallies that are the only one their source gives (in their unit family's block). */
function soleTallies(block: QuantityClaim[]): Set<QuantityClaim> {
  const out = new Set<QuantityClaim>();
  if (block[0]?.family !== "score") return out;
  const bySource = new Map<number, QuantityClaim[]>();
  for (const c of block) (bySource.get(c.sourceIndex) ?? bySource.set(c.sourceIndex, []).get(c.sourceIndex)!).push(c);
  for (const list of bySource.values()) {
    // the same tally repeated (lede and fact box) is still one tally
    if (new Set(list.map((c) => JSON.stringify(c.value))).size === 1) for (const c of list) out.add(c);
  }
  // one source alone has nothing to meet
  return bySource.size > 1 ? out : new Set();
}

/**
 * Per source, its two vote tallies when those are all the tallies it gives and they agree on
 * exactly one side: one vote told twice, once wrongly (a summary line and the result).
 */
function twiceToldVotes(block: QuantityClaim[]): Array<[QuantityClaim, QuantityClaim]> {
  if (block[0]?.family !== "score") return [];
  const bySource = new Map<number, QuantityClaim[]>();
  for (const c of block) (bySource.get(c.sourceIndex) ?? bySource.set(c.sourceIndex, []).get(c.sourceIndex)!).push(c);
  const out: Array<[QuantityClaim, QuantityClaim]> = [];
  const vote = (c: QuantityClaim) => /\b(?:vot(?:e|es|ed|ing)|favou?r|against|abstentions?)\b/i.test(c.sentence.text);
  for (const list of bySource.values()) {
    if (list.length !== 2 || !list.every(vote)) continue;
    const [x, y] = list.map((c) => c.value as [number, number]);
    if (!Array.isArray(x) || !Array.isArray(y)) continue;
    if ((x[0] === y[0]) !== (x[1] === y[1])) out.push([list[0], list[1]]);
  }
  return out;
}

function blockKey(c: QuantityClaim): string {
  // percent and percentage points meet so that a slip between them can be seen
  const family = c.family === "percentage-point" ? "percent" : c.family;
  // rates per day, week, month or year meet (they are compared per year): a figure moved to another period is seen
  const per = isPeriodRate(c.per) ? "period" : (c.per ?? "");
  return [family, c.change ?? "level", per, c.planned ? "planned" : "actual", c.role ?? ""].join("|");
}

function sharedWords(a: QuantityClaim, b: QuantityClaim): string[] {
  // the words of both, heaviest (summed) first; ties in a's order
  const both: Array<[string, number]> = [];
  a.measure.forEach((w, i) => {
    const k = b.measure.indexOf(w);
    if (k >= 0) both.push([w, a.measureWeights[i] + b.measureWeights[k]]);
  });
  return both.sort((x, y) => y[1] - x[1]).map(([w]) => w);
}

const MAX_BUCKET = 400;
/** Blocks up to this many claims score every candidate pair; larger ones compare classes (align/groups.ts). */
export const EXACT_BLOCK = 400;

/** Index keys of a claim: its head, strong measure words, a stated period of a change, digit fingerprints. */
export function indexKeys(c: QuantityClaim, t: Rules["severity"]["thresholds"]): string[] {
  const out: string[] = [];
  const put = (key: string) => out.push(key);
  if (c.head) put(`h:${c.head}`);
  c.measure.forEach((w, k) => c.measureWeights[k] >= 1 && put(`w:${w}`));
  if (c.change && c.scope) put(`s:${c.scope.since ? "since" : ""}${scopeKey(c.scope)}`);
  // the same change in percent and in points meets here even with little wording in common
  if (c.change && (c.family === "percent" || c.family === "percentage-point")) put(`pv:${JSON.stringify(c.value)}`);
  if (c.headline) put(`hl:${c.sourceIndex}`);
  // figures with units in one sentence meet, so a conversion beside a figure is checked
  if (c.family !== "count") put(`cv:${c.sourceIndex}:${c.sentence.start}`);
  if (c.digitString && c.digits >= 2 && c.scaleWords?.length) put(`sc:${c.digitString}`);
  if (c.digitString && c.digits >= 2 && !c.scaleWords?.length && c.digits < t.distinctiveDigits) put(`sc:${c.digitString}`);
  for (const k of roundingKeys(c)) put(k);
  // the same amount in another unit of one kind ("2,300 hectares" / "roughly 5,700 acres") meets
  // by its value in base units (bins of about 6%, each figure in its two nearest)
  // (a time of day has no other unit to be written in)
  if (c.family !== "count" && c.family !== "percent" && c.family !== "percentage-point" && c.family !== "score" && c.family !== CLOCK && !c.family.startsWith("money:") && typeof c.value === "number" && c.value > 0 && !c.change) {
    // (in base units with any offset: 41°C is 105.8°F, not 41 times 5/9)
    const base = centre(c);
    if (base > 0) {
      const x = Math.log10(base) * 40;
      put(`bv:${c.family}:${Math.floor(x)}`);
      put(`bv:${c.family}:${Math.ceil(x)}`);
    }
  }
  if (c.digitString && c.digits >= t.distinctiveDigits) {
    put(`d:${[...c.digitString].sort().join("")}`);
    // one key per digit left out: quadratic in the digits, so not for absurdly long strings (issue 7)
    if (c.digitString.length <= 32) for (let k = 0; k < c.digitString.length; k++) put(`d1:${c.digitString.slice(0, k)}?${c.digitString.slice(k + 1)}`);
  }
  return out;
}

/** Two values as stated, a range by its ends (compared as written out, without building strings: a hot path). */
function sameValue(a: number | [number, number], b: number | [number, number]): boolean {
  const same = (x: number, y: number) => x === y || (x !== x && y !== y);
  if (typeof a === "number") return typeof b === "number" && same(a, b);
  return typeof b !== "number" && same(a[0], b[0]) && same(a[1], b[1]);
}

// FACTDIFF_DEBUG=align prints every candidate pair and its scores on stderr (for rule writers).
const debug = process.env.FACTDIFF_DEBUG?.includes("align")
  ? (a: QuantityClaim, b: QuantityClaim, p: AlignedPair | null) =>
      process.stderr.write(`align ${a.span.text} [${a.sourceIndex} ${a.scope ? `${a.scope.start}/${a.scope.end}${a.scopeIsEvent ? "e" : ""}` : "-"}] | ${b.span.text} [${b.sourceIndex} ${b.scope ? `${b.scope.start}/${b.scope.end}${b.scopeIsEvent ? "e" : ""}` : "-"}] → ${p ? `sim ${p.similarity.toFixed(2)} conf ${p.confidence.toFixed(2)} scope ${p.scope} head ${p.sameHead} fp ${p.fingerprint}${p.rounded ? " rounded" : ""} echo ${p.echo}` : "dropped"}\n`)
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
    if (block.length > EXACT_BLOCK) {
      // many sources: compare classes of claims that read the same (near-linear)
      const withHeadline = new Set(block.filter((c) => c.headline).map((c) => c.sourceIndex));
      const keysOf = (c: QuantityClaim) => {
        const keys = indexKeys(c, t);
        if (!c.headline && withHeadline.has(c.sourceIndex)) keys.push(`hl:${c.sourceIndex}`);
        return keys;
      };
      for (const p of alignGrouped(block, { keysOf, pairOf: (a, b) => pairOf(a, b, rules), cap: MAX_BUCKET, window: 64, debug })) pairs.push(p);
      continue;
    }
    // candidate pairs: a shared head, a shared strong measure word, or a shared fingerprint
    const index = new Map<string, number[]>();
    const put = (key: string, i: number) => {
      let l = index.get(key);
      if (!l) index.set(key, (l = []));
      if (l.length < MAX_BUCKET) l.push(i);
    };
    block.forEach((c, i) => {
      for (const key of indexKeys(c, t)) put(key, i);
    });
    // a headline's figure is compared with every figure of its own body
    const withHeadline = new Set(block.filter((c) => c.headline).map((c) => c.sourceIndex));
    block.forEach((c, i) => {
      if (!c.headline && withHeadline.has(c.sourceIndex)) put(`hl:${c.sourceIndex}`, i);
    });
    // a source's only vote or score meets every other source's only one: "voted 7-2" / "Vote: 6–3"
    const tallies = soleTallies(block);
    block.forEach((c, i) => {
      if (tallies.has(c)) put("sole-tally", i);
    });
    const seen = new Set<number>();
    for (const [x, y] of twiceToldVotes(block)) {
      const p = pairOf(x, y, rules, true);
      if (!p) continue;
      p.sameVote = true;
      pairs.push(p);
      // (the key the candidate loop below uses: lower index first)
      const [i, j] = [block.indexOf(x), block.indexOf(y)].sort((m, n) => m - n);
      seen.add(i * block.length + j);
    }
    for (const list of index.values()) {
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) {
          const i = list[x];
          const j = list[y];
          const key = i * block.length + j;
          if (seen.has(key)) continue;
          seen.add(key);
          let p = pairOf(block[i], block[j], rules);
          if (!p && tallies.has(block[i]) && tallies.has(block[j]) && block[i].sourceIndex !== block[j].sourceIndex) p = pairOf(block[i], block[j], rules, true);
          if (p && tallies.has(p.a) && tallies.has(p.b) && p.a.sourceIndex !== p.b.sourceIndex) p.soleTally = true;
          if (p) pairs.push(p);
          if (debug) debug(block[i], block[j], p);
        }
    }
  }
  markBest(pairs, rules);
  return pairs;
}

/**
 * A pair of figures dated to different days (or one day and a publication day) whose digits are
 * a slip of each other: "covering 27,300 homes" on Sunday, "covers 23,700" on Wednesday. A
 * count may move between days, but not by swapping its digits: these are rivals all the same.
 */
export function daysApartSlip(p: Pick<AlignedPair, "a" | "b" | "scope" | "fingerprint">, rules: Rules): boolean {
  // (a count "since Monday" is one as of its publication day)
  const day = (c: QuantityClaim) => !c.scope || c.scope.since || (c.scope.start === c.scope.end && !/^(?:0000|P[-+])/.test(c.scope.start));
  // (three significant digits at least: "130 km" on Monday and "310 km" on Wednesday may both be so)
  const sig = (c: QuantityClaim) => (c.digitString ?? "").replace(/0+$/, "").length;
  // (a cut or an addition announced the same way, "will cut 2,470 jobs" on one day and "cutting
  // 2,740 jobs" the next, is one figure too)
  // (not a percentage: "fell 4.35% on Monday", "fell 4.53% on Wednesday" are two days' moves)
  const pct = (c: QuantityClaim) => c.family === "percent" || c.family === "percentage-point";
  if (!(p.scope === "different" && p.fingerprint === "slip" && p.a.sourceIndex !== p.b.sourceIndex && day(p.a) && day(p.b) && p.a.change === p.b.change && (!p.a.change || (!pct(p.a) && !pct(p.b))) && Math.min(sig(p.a), sig(p.b)) >= 3)) return false;
  // (not a running tally: a toll of 145 on Monday may well be 154 by Wednesday, and so may
  // "destroyed 136 homes"; a counted thing of its own with tally words only further off in its
  // sentence is none: "Promoter Seaside Live says 27,460 tickets were scanned")
  const lex = measureLexicon(rules);
  const tally = (c: QuantityClaim) => c.running && (!c.head || lex.running.has(c.head) || lex.generic.has(c.head) || tallyWordNear(c, lex));
  // (a count kept since a day, larger as of a later day, has grown: "3,417 since Friday" on
  // Saturday, "3,471" on Monday)
  if (p.a.scope?.since || p.b.scope?.since) {
    const asOf = (c: QuantityClaim) => (c.scope?.since ? c.published : c.scope?.end ?? c.published) ?? "";
    const [early, late] = asOf(p.a) <= asOf(p.b) ? [p.a, p.b] : [p.b, p.a];
    if (centre(late) >= centre(early)) return false;
  }
  return !tally(p.a) && !tally(p.b);
}

/** A running-tally word right before a figure or within three words after it ("destroyed 136 homes", "136 homes were destroyed"). */
function tallyWordNear(c: QuantityClaim, lex: ReturnType<typeof measureLexicon>): boolean {
  const at = c.span.start - c.sentence.start;
  const words = [...(c.sentence.text.slice(Math.max(0, at - 40), at).match(WORD_RUNS) ?? []).slice(-1), ...(c.sentence.text.slice(at + c.span.text.length, at + c.span.text.length + 40).match(WORD_RUNS) ?? []).slice(0, 3)];
  return words.some((w) => lex.running.has(measureKeyOf(w, lex)));
}

/**
 * Marks pairs where each claim is the other's best match in the other's source:
 * a source that lists several figures of one measure (a breakdown by county, a series by
 * month) must not have every one of them compared with every figure elsewhere.
 * Pairs of identical distinctive figures always stay: they are the same figure by value.
 */
function markBest(pairs: AlignedPair[], rules: Rules): void {
  const best = new Map<string, number>();
  const key = (c: QuantityClaim, other: QuantityClaim) => `${c.id}>${other.sourceIndex}`;
  // a figure repeated in its own source is a repetition, not a counterpart
  const repeat = (p: AlignedPair) => p.a.sourceIndex === p.b.sourceIndex && p.a.unit === p.b.unit && JSON.stringify(p.a.value) === JSON.stringify(p.b.value);
  for (const p of pairs) {
    // a pair known to be about another period or place is no rival for a figure's counterpart
    if (repeat(p) || (p.scope === "different" && !daysApartSlip(p, rules))) continue;
    for (const [c, o] of [[p.a, p.b], [p.b, p.a]] as const) {
      const k = key(c, o);
      best.set(k, Math.max(best.get(k) ?? -1, p.confidence));
    }
  }
  for (const p of pairs) p.best = (p.scope !== "different" || daysApartSlip(p, rules)) && p.confidence >= best.get(key(p.a, p.b))! && p.confidence >= best.get(key(p.b, p.a))!;
}

/** One figure restated in another unit right beside it: "24 kilometers (15 miles)", "€5m, or $5.4m". */
function isConversion(a: QuantityClaim, b: QuantityClaim): boolean {
  if (a.sourceIndex !== b.sourceIndex || a.family !== b.family || a.unit === b.unit || a.family === "count") return false;
  const [first, second] = a.span.start < b.span.start ? [a, b] : [b, a];
  const between = first.span.source === second.span.source ? second.sentence.text.slice(first.span.end - second.sentence.start, second.span.start - second.sentence.start) : "";
  return first.sentence.start === second.sentence.start && /^[ \u00a0]*(?:\([ \u00a0]*|,?[ \u00a0]*or[ \u00a0]+)(?:about|roughly|around|approximately|nearly|some|almost)?[ \u00a0]*$/i.test(between);
}

/**
 * The words of the figure's own clause: from the last comma, semicolon or bracket before it to
 * the first after it. A bracket holding only a period's label ("(2023: £31.7m)") is the figure
 * before it, for that period: its clause is that figure's.
 */
function clauseWords(c: QuantityClaim): { before: string[]; after: string[] } {
  const text = c.sentence.text;
  const at = c.span.start - c.sentence.start;
  const punct = /[,;()[\]]/;
  // (another figure ends the clause too: "its return of 5.2% had beaten its benchmark of 4.1%")
  const boundary = /[,;()[\]\d]/;
  let from = at;
  while (from > 0 && !punct.test(text[from - 1])) from--;
  if (from > 0 && text[from - 1] === "(" && /^[^()]{0,25}:[ \u00a0]*$/.test(text.slice(from, at))) {
    from--;
    while (from > 0 && !punct.test(text[from - 1])) from--;
  } else {
    from = at;
    while (from > 0 && !boundary.test(text[from - 1])) from--;
  }
  let to = c.span.end - c.sentence.start;
  while (to < text.length && !boundary.test(text[to])) to++;
  // after the figure, only the noun phrase it may open ("£4.1m net profit"), not the rest of
  // the clause ("5.2% … had beaten its benchmark")
  const after = text.slice(c.span.end - c.sentence.start, to).toLowerCase().split(LETTERS_RE_3).filter(Boolean).slice(0, 3);
  // "Statutory pre-tax profit, which includes …, was £5.2m": the subject before a relative
  // clause set off by commas, when only the verb stands between that clause and the figure
  let subject = "";
  // "Underlying profit rose by 6.3% to £97.5m": a level reached after a change is of the
  // change's subject
  if (from > 0 && /\d/.test(text[from - 1]) && /^[ \u00a0]*(?:%|per[ \u00a0]?cent|percent|points?)?[ \u00a0]*(?:to|at)[ \u00a0]+$/.test(text.slice(from, at))) {
    let k = from;
    while (k > 0 && /[\d.,]/.test(text[k - 1])) k--;
    let f2 = k;
    while (f2 > 0 && !/[,;()[\]\d]/.test(text[f2 - 1])) f2--;
    // (only the change's own subject: "underlying profit was flat as revenue rose 4% to …" is revenue's)
    subject = text.slice(f2, k).split(/\b(?:as|while|but|when|whereas|after|because|though|although|since)\b/i).pop() ?? "";
  } else if (from > 0 && text[from - 1] === "," && LETTERS_RE_4.test(text.slice(from, at))) {
    const rel = /([^,;()[\]]*),[ \u00a0]+(?:which|who|that|whose)\b[^,;()[\]]*,$/u.exec(text.slice(Math.max(0, from - 200), from));
    if (rel) subject = rel[1];
  }
  return { before: [...subject.toLowerCase().split(LETTERS_RE_3), ...text.slice(from, at).toLowerCase().split(LETTERS_RE_3)], after };
}

/**
 * The variant words (rules/measures.yaml variants) of each figure's clause differ: in one
 * source any difference tells (it names both measures and says which is which); across
 * sources, which often leave a variant word out, only variants with none in common, or the two
 * sides of an opposite pair (rules/measures.yaml variantOpposites). A
 * yardstick's name ("benchmark") on one side only tells in any case.
 */
/** Whether a claim's sentence holds any variant or yardstick word, remembered per sentence span (shared by its figures). */
const variantSentences = new WeakMap<object, boolean>();
function namesVariant(c: QuantityClaim, lex: { variants: ReadonlyMap<string, string>; comparators: ReadonlySet<string> }): boolean {
  let hit = variantSentences.get(c.sentence);
  if (hit === undefined) {
    hit = c.sentence.text.toLowerCase().split(LETTERS_RE_3).some((w) => lex.variants.has(w) || lex.comparators.has(w));
    variantSentences.set(c.sentence, hit);
  }
  return hit;
}

export function variantsDiffer(a: QuantityClaim, b: QuantityClaim, lex: { variants: ReadonlyMap<string, string>; variantOpposites: ReadonlySet<string>; comparators: ReadonlySet<string> }): boolean {
  if (!lex.variants.size && !lex.comparators.size) return false;
  // (most sentences name no variant at all: asked once per sentence, not per pair)
  if (!namesVariant(a, lex) && !namesVariant(b, lex)) return false;
  const [ca, cb] = [clauseWords(a), clauseWords(b)];
  const [wa, wb] = [[...ca.before, ...ca.after], [...cb.before, ...cb.after]];
  // (a yardstick's name before a proper name is an adjective: "Benchmark Brent crude")
  const beforeName = (c: QuantityClaim, w: string) => {
    const text = c.sentence.text;
    const lower = text.toLowerCase();
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) if (LETTERS_RE_5.test(text.slice(at + w.length, at + w.length + 3))) return true;
    return false;
  };
  const yardstick = (c: QuantityClaim, words: string[]) => words.some((w) => lex.comparators.has(w) && !beforeName(c, w));
  if (yardstick(a, wa) !== yardstick(b, wb)) return true;
  const classes = (ws: string[]) => [...new Set(ws.map((w) => lex.variants.get(w)).filter((x): x is string => !!x))];
  const [va, vb] = [classes(wa), classes(wb)];
  if (a.sourceIndex === b.sourceIndex) return va.some((w) => !vb.includes(w)) || vb.some((w) => !va.includes(w));
  // (or one side of an opposite pair each, whatever else both name: "underlying pre-tax profit"
  // and "statutory pre-tax profit")
  // (those before each figure only: "£171.3m against adjusted profit of …" names the next figure's)
  const [oa, ob] = [classes(ca.before), classes(cb.before)];
  return (va.length > 0 && vb.length > 0 && !va.some((w) => vb.includes(w))) || oa.some((x) => ob.some((y) => lex.variantOpposites.has(`${x}|${y}`)));
}

/** Units that measure a physical extent, not a count of things or money. */
export const PHYSICAL_FAMILIES: ReadonlySet<string> = new Set(["area", "length", "mass", "volume"]);

/** A fact-box label's measure words, sorted ("Houses damaged" and "Cottages damaged" alike). */
const labelKeys = new WeakMap<Rules, Map<string, string>>();
function labelKey(label: string, rules: Rules): string {
  let memo = labelKeys.get(rules);
  if (!memo) labelKeys.set(rules, (memo = new Map()));
  let k = memo.get(label);
  if (k === undefined) {
    const lex = measureLexicon(rules);
    k = [...new Set(tokenize(label).map((t) => measureWord(t, lex)).filter((w): w is string => !!w))].sort().join(" ");
    if (memo.size < 10000) memo.set(label, k);
  }
  return k;
}

function pairOf(a: QuantityClaim, b: QuantityClaim, rules: Rules, keep = false): AlignedPair | null {
  const t = rules.severity.thresholds;
  // a figure is never aligned with itself, nor with a figure of the same sentence
  // (one sentence states different things: "from 52,310 in May to 31,904 in July")
  // …except a conversion given beside the figure: "48,300 hectares (119,350 acres)"
  const conversion = isConversion(a, b);
  if (a.sourceIndex === b.sourceIndex && a.sentence.start === b.sentence.start && !conversion) return null;
  // two lines of one source's fact box under labels that name different things state different
  // facts ("Plaice quota: …", "Sole quota: …"; not "Cottages damaged" and "Houses
  // damaged", one measure in two boxes)
  if (a.sourceIndex === b.sourceIndex && a.factLabel && b.factLabel && labelKey(a.factLabel, rules) !== labelKey(b.factLabel, rules)) return null;
  // two cells of one source's table are two of its entries (other rows, other columns), never
  // one fact told twice
  if (a.sourceIndex === b.sourceIndex && a.table !== undefined && a.table === b.table) return null;
  const similarity = measureSimilarity(a, b);
  // "3,584 people" against "3,854 admissions": a generic noun says too little to tell them apart
  const generic = measureLexicon(rules).generic;
  let sameHead = a.head && b.head ? (a.head === b.head ? true : generic.has(a.head) || generic.has(b.head) ? null : false) : null;
  // an unnamed person's age is keyed by its place in its own source: other sources cannot tell
  if (sameHead === false && a.sourceIndex !== b.sourceIndex && (a.head!.startsWith("age:#") || b.head!.startsWith("age:#"))) sameHead = null;
  // "adjusted operating profit" and "profit before tax": variants of a measure are other measures
  // (in one source that names both, two measures for certain: their digits alike are chance,
  // "gross pay 5.2% higher", "real pay grew by 2.5%")
  if (variantsDiffer(a, b, measureLexicon(rules))) {
    if (a.sourceIndex === b.sourceIndex && !conversion) return null;
    sameHead = false;
  }
  const scope = scopeRelation(a, b);
  const fp = fingerprint(a, b, t.distinctiveDigits);
  let confidence = similarity;
  if (sameHead === true) confidence += 0.15;
  if (sameHead === false) confidence -= 0.15;
  if (scope === "same") confidence += 0.1;
  if (scope === "unknown") confidence -= 0.05;
  // one person's age twice in a source ("Ana Holt, 63" … "the 66-year-old"): the person says what is counted
  if (sameHead === true && a.sourceIndex === b.sourceIndex && a.family === "age" && a.head!.startsWith("age:")) confidence = Math.max(confidence, t.sure);
  // (a slip of a short figure, "4.6%" / "6.4%", is weak evidence: no more than the same short
  // value stated elsewhere, which keeps a source's own twin of the figure its best match)
  const short = Math.min(a.digits, b.digits) < t.distinctiveDigits - 1;
  if (fp) confidence += fp === "slip" && short ? 0.15 : 0.3;
  else if (short && a.family === b.family && a.unit === b.unit && a.change === b.change && a.per === b.per && a.perBase === b.perBase && sameValue(a.value, b.value)) confidence += 0.15;
  // two swapped digits of a long figure in one physical unit ("52,719 acres" / "52,179 acres")
  // are the same figure however differently its sentences speak of it (counts and money are
  // everywhere; one digit changed, "8,586 m" / "8,516 m", may well be another thing's)
  if (fp === "slip" && !short && a.unit === b.unit && PHYSICAL_FAMILIES.has(a.family) && Math.min(a.digits, b.digits) >= t.distinctiveDigits && swappedPair(a.digitString!, b.digitString!)) confidence += 0.15;
  // …and so are two swapped digits of five or more in any one unit, their sentences sharing a
  // word ("31,274 members voted in favour" / "In favour of accepting: 31,247"): chance rarely
  // repeats so many digits (with no word shared, counts of different things are everywhere)
  else if (fp === "slip" && a.unit === b.unit && !a.change === !b.change && similarity >= 0.1 && (sameHead !== false || !!a.factLabel || !!b.factLabel) && Math.min(a.digits, b.digits) >= t.distinctiveDigits + 1 && swappedPair(a.digitString!, b.digitString!)) confidence += 0.3;
  // rates over a number ("27 per 100,000") that state the same number: the same rate, or a slip of its denominator
  if (a.perBase && b.perBase && a.digits >= 2 && sameValue(a.value, b.value)) confidence += 0.2;
  // rates per period that state the same number ("$6.4 million a year", "$6.4 million a month"): the same rate, or a slip of its period
  else if (isPeriodRate(a.per) && isPeriodRate(b.per) && a.per !== b.per && a.unit === b.unit && sameValue(a.value, b.value)) confidence += 0.3;
  // "rose 4.4 percent" against "up 4.4 percentage points": the same change in two units, or a
  // slip of its unit (the scale rule asks for the same direction and value)
  else if (a.family !== b.family && a.change && a.change === b.change && Math.min(a.digits, b.digits) >= 2 && sameValue(a.value, b.value)) confidence += 0.3;
  // "4.2 nautical miles" against "4.2km": the same number in another unit of one kind and a
  // like size, a slip of its unit (not a conversion beside it; km and m measure other things)
  // (units far apart too when both are a rate over the same period: "210 litres a second" and "210
  // cubic metres a second" measure one flow)
  else if (a.family === b.family && a.unit !== b.unit && a.family !== "count" && !a.family.startsWith("money:") && (Math.max(a.toBase / b.toBase, b.toBase / a.toBase) < 100 || (isPeriodRate(a.per) && a.per === b.per)) && Math.min(a.digits, b.digits) >= 2 && sameValue(a.value, b.value) && !isConversion(a, b)) confidence += 0.3;
  const rounded = !fp && roundedPair(a, b);
  if (rounded) confidence += 0.2;
  // "132mm" of rain against "4.72 metres" of river: units a hundred times apart, chosen for
  // things of different sizes, with values that do not meet, are about different things
  // (the same digits in both are a slip of the unit, which the fingerprint keeps)
  if (!conversion && !fp && !keep && a.unit !== b.unit && a.family === b.family && JSON.stringify(a.value) !== JSON.stringify(b.value) && Math.max(a.toBase / b.toBase, b.toBase / a.toBase) >= 100 && !intersects(baseInterval(a), baseInterval(b))) return null;
  // the same value stated elsewhere is the likelier counterpart: this only decides which
  // pairs are best matches, and so keeps a figure's twin from being out-voted by a neighbour
  if (a.family === "score" ? sameValue(a.value, b.value) : intersects(baseInterval(a), baseInterval(b))) confidence += 0.1;
  confidence = Math.max(0, Math.min(1, confidence));
  const echo =
    (scope === "same" && !!a.change && a.change === b.change) ||
    // a headline echoes its own body: same change, compatible value
    (a.sourceIndex === b.sourceIndex && (a.headline || b.headline) && a.change === b.change && intersects(baseInterval(a), baseInterval(b)));
  if (confidence < t.align * 0.5 && !fp && !echo && !keep) return null;
  return { a, b, similarity, confidence: conversion ? Math.max(confidence, t.sure) : confidence, scope: conversion ? "same" : scope, sameHead, shared: sharedWords(a, b), fingerprint: fp, echo, best: false, ...(conversion ? { conversion } : {}), ...(rounded ? { rounded } : {}) };
}
