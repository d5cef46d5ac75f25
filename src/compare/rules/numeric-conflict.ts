import { CLOCK } from "../../extract/clock.js";
import type { QuantityRule, StoryContext } from "./types.js";
import type { AlignedPair } from "../../align/index.js";
import { meta as roundingMeta } from "./rounding.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { baseInterval, centre } from "../../normalize/intervals.js";
import { fileName, formatNumber, quoteOf, whySame } from "../describe.js";
import { compatible, countsOfOtherThings, eitherHoldsOther, isPrecise, partsMake, ratio, sameSource, sameFamily, supersededBy } from "./common.js";
import { measureKeyOf, measureLexicon, VERBISH_OR_STATE } from "../../normalize/measure.js";
import { qualifiersDiffer } from "../../normalize/qualifiers.js";
import { daysApartSlip, PHYSICAL_FAMILIES } from "../../align/index.js";
import { swappedPair } from "../../text/digits.js";
import { stemWord } from "../../text/tokens.js";
import type { QuantityClaim } from "../../types.js";
import type { Rules } from "../../rules/types.js";
import { escapeRegExp } from "../../text/regex.js";
import { compactLetters, lre } from "../../text/letters.js";

const meta: RuleMeta = {
  id: "numeric-conflict",
  kind: "numeric-conflict",
  description: "Two figures for the same measure and period cannot both be true.",
  defaultSeverity: "critical",
  messages: {
    conflict: "{{a}} ({{fa}}) and {{b}} ({{fb}}) cannot both be true: they differ by {{diff}} ({{pct}}%){{slip}}; {{why}}",
    tally: "the score or vote is {{a}} in {{fa}} but {{b}} in {{fb}}; {{why}}",
    direction: "{{a}} is a {{da}} in {{fa}} but a {{db}} in {{fb}}: the same change told the other way ({{why}})",
  },
};

const CLOCK_TIME = String.raw`(?:\d{1,2}(?:[:.]\d{2})?[ \u00a0]*(?:a\.?m\b\.?|p\.?m\b\.?)|\d{1,2}:\d{2}|noon|midday|midnight|lunchtime)`;
const CUT_OFF_AFTER = new RegExp(compactLetters(String.raw`^[^.;!?]{0,40}?\b(?:by|as of|as at|up to|until)[ \u00a0]+${CLOCK_TIME}`), "i");
const CUT_OFF_BEFORE = new RegExp(compactLetters(String.raw`\b(?:by|as of|as at|up to|until)[ \u00a0]+${CLOCK_TIME}[^.;!?]{0,30}$`), "i");

/** What is to happen by a time is a deadline, not a reading: "must leave by 5pm". */
const TO_COME = lre(/(?<![\p{L}])(?:must|should|will|would|shall|to be|to have|needs?|ordered|expected|aims?|plans?|deadline|due|scheduled|set to)(?![\p{L}])/iu);

/** A count as read at a time of day ("140 distress calls by 4 p.m.", "By noon, 40 people had …"). */
function partReading(c: QuantityClaim): boolean {
  // "With 40 of the 52 seats declared, …", "with 80% of votes counted": a count part-way through
  if (PARTIAL_COUNT.test(c.sentence.text)) return true;
  // (no cut-off word, no reading: the patterns are spared)
  if (!/(?:by|as of|as at|up to|until) /i.test(c.sentence.text)) return false;
  const at = c.span.start - c.sentence.start;
  const end = at + c.span.text.length;
  if (TO_COME.test(c.sentence.text)) return false;
  return CUT_OFF_AFTER.test(c.sentence.text.slice(end, end + 70)) || CUT_OFF_BEFORE.test(c.sentence.text.slice(Math.max(0, at - 45), at));
}

/**
 * `neg` is written negative and `plain` is the same size with no sign written and no direction,
 * told as the size of a shortfall (rules/measures.yaml negativeNouns: "a deficit of 8.2bn").
 */
function signConvention(neg: QuantityClaim, plain: QuantityClaim, rules: Rules): boolean {
  if (typeof neg.value !== "number" || typeof plain.value !== "number" || !(neg.value < 0) || plain.value !== -neg.value || neg.change || plain.change) return false;
  const at = plain.span.start - plain.sentence.start;
  if (/^[+±]/.test(plain.span.text) || /[+±]$/.test(plain.sentence.text.slice(Math.max(0, at - 1), at))) return false;
  // (the noun anywhere before it in its sentence: "a deficit of 6.5bn, against 8.2bn in May and 4.5bn a year earlier")
  return negativeNounRe(rules).test(plain.sentence.text.slice(0, at + plain.span.text.length + 40));
}

const negativeNounRes = new WeakMap<Rules, RegExp>();
function negativeNounRe(rules: Rules): RegExp {
  let re = negativeNounRes.get(rules);
  if (!re) negativeNounRes.set(rules, (re = new RegExp(`(?<![a-z])(?:${rules.measures.negativeNouns.map(escapeRegExp).join("|") || "(?!)"})(?![a-z])`, "i")));
  return re;
}

export const numericConflict: QuantityRule = {
  meta,
  check(p, rules, story) {
    const t = rules.severity.thresholds;
    // editions may update a running count, but not by swapping its digits; nor may one day's
    // count and another's ("covering 27,300 homes" on Sunday, "covers 23,700" on Wednesday)
    // (…unless two digits of a small count swapped places where other sources agree on the
    // other reading: "32 trucks" against "23 trucks" in two sources, see outvotedSwap)
    const outvoted = !p.fingerprint && outvotedSwap(p, story, t.align);
    // (a long exact figure with two digits traded in a source that gives it no period is the same
    // figure, however long ago the other's period ended: "$6,274,100" against "$6,247,100 …
    // between 2015 and 2021"; not one for another place, an earlier level or "a year earlier")
    const undated = (c: QuantityClaim) => !c.earlier && !c.role && !c.scope?.start.startsWith("P-");
    const undatedSlip =
      p.fingerprint === "slip" && (!p.a.scope || !p.b.scope) && !sameSource(p) && p.a.unit === p.b.unit && p.a.bound === "exact" && p.b.bound === "exact" && !p.a.change && !p.b.change && Math.min(p.a.digits, p.b.digits) >= 5 && undated(p.a) && undated(p.b) && !qualifiersDiffer(p.a.qualifiers, p.b.qualifiers) && swappedPair(p.a.digitString ?? "", p.b.digitString ?? "");
    if (!sameFamily(p) || (p.scope === "different" && !daysApartSlip(p, rules) && !undatedSlip) || (p.scope === "edition" && p.fingerprint !== "slip" && !outvoted) || compatible(p)) return null;
    if (supersededBy(p.a, p.b, story) || supersededBy(p.b, p.a, story)) return null;
    // a negative figure and the same size with no sign or direction: one sign convention against
    // another words' ("a deficit of 8.2 billion" and a balance of "-8.2" in a table), not a slip
    if (signConvention(p.a, p.b, rules) || signConvention(p.b, p.a, rules)) return null;
    // a tally kept since a day ("510,000 litres have now been handed out since Sunday") that is
    // higher as of a later day than another source's: it has grown, not been contradicted
    // (since a day in the weeks before: "its highest since 2021" is a comparison, not a tally)
    const recentSince = (c: typeof p.a) => !!c.scope?.since && !!c.published && !/^(?:0000|P[-+])/.test(c.scope.start) && Date.parse(c.published) - Date.parse(c.scope.start) <= 62 * 86400000;
    if (!p.fingerprint && p.a.sourceIndex !== p.b.sourceIndex && (recentSince(p.a) || recentSince(p.b)) && !p.a.change && !p.b.change) {
      const asOf = (c: typeof p.a) => (c.scope && !/^(?:0000|P[-+])/.test(c.scope.end) ? c.scope.end : c.published);
      const [da, db] = [asOf(p.a), asOf(p.b)];
      if (da && db && da !== db) {
        const [early, late] = da < db ? [p.a, p.b] : [p.b, p.a];
        if (centre(late) >= centre(early)) return null;
      }
    }
    // a toll that only grows (deaths, cases), higher in the source published later and dated to
    // no earlier day there: it has grown between editions, whatever period words stand near it
    // ("Confirmed dead: 4" on Tuesday, "the five deaths" on Friday)
    const lex = measureLexicon(rules);
    if (!p.fingerprint && p.a.sourceIndex !== p.b.sourceIndex && p.scope !== "same" && p.a.published && p.b.published && p.a.published !== p.b.published && !p.a.change && !p.b.change && p.a.head && p.a.head === p.b.head && lex.cumulative.has(p.a.head)) {
      const [early, late] = p.a.published < p.b.published ? [p.a, p.b] : [p.b, p.a];
      const dayOf = (c: typeof p.a) => (c.scope && !/^(?:0000|P[-+])/.test(c.scope.end) && c.scope.start === c.scope.end ? c.scope.end : undefined);
      if (centre(late) > centre(early) && !(dayOf(late) && dayOf(early) && dayOf(late)! <= dayOf(early)!)) return null;
    }
    // a count read part-way through a day ("140 distress calls by 4 p.m.") against a larger one: the
    // day went on (a smaller one is still a conflict)
    if (!p.fingerprint && p.a.sourceIndex !== p.b.sourceIndex && !p.a.change && !p.b.change && p.a.family === "count") {
      const [ra, rb] = [partReading(p.a), partReading(p.b)];
      const [part, whole] = ra ? [p.a, p.b] : [p.b, p.a];
      if (ra !== rb && centre(whole) >= centre(part)) return null;
    }
    // "44 homes destroyed or damaged" holds the homes destroyed
    if (p.a.family === "count" && eitherHoldsOther(p.a, p.b)) return null;
    // "stopped at 31 km", "a tent at 24 km": places along a course, each someone's own, not
    // a length two sources measure (unless the digits slip)
    if (p.a.family === "length" && p.b.family === "length" && atMarker(p.a) && atMarker(p.b) && p.fingerprint !== "slip") return null;
    // "18 crew were rescued" and "two crew members were still missing": one noun in two states
    if (p.a.family === "count" && statesDiffer(p.a, p.b, lex)) return null;
    if (partsMake(p.a, p.b, story) || partsMake(p.b, p.a, story)) return null;
    // offers and demands of sources published on different days: rounds of a negotiation
    // (unless the digits are a slip of each other: "3.6%" / "6.3%")
    // …and prices as traded, which move from day to day
    const bargained = (c: typeof p.a) => c.measure.some((w) => lex.negotiation.has(w) || lex.market.has(w));
    if (bargained(p.a) && bargained(p.b) && p.a.published && p.b.published && p.a.published !== p.b.published && p.fingerprint !== "slip") return null;
    // a vague quantity ("thousands of") cannot flatly contradict a figure
    if (p.a.vague || p.b.vague) return null;
    // (a sure slip of a long figure need not be either one's closest match: "3,146 jobs" may sit
    // nearer another source's "more than 3,000" and still be a slip of its "3,164 jobs")
    // (not where the other source states the figure itself: "12,751 staff" in both, beside its "12,715 operations")
    const twinIn = (c: typeof p.a, other: typeof p.a) => !!story && story.readingsIn(other.sourceIndex, c).some((x) => x.unit === c.unit && x.change === c.change);
    const sureSlip = p.fingerprint === "slip" && p.confidence >= t.sure && p.sameHead !== false && Math.min(p.a.digits, p.b.digits) >= t.distinctiveDigits && !twinIn(p.a, p.b) && !twinIn(p.b, p.a);
    // (two exact figures of six significant digits or more, one a slip of the other, in the same
    // unit in two sources, are one figure mistyped however differently the sentences word it:
    // "diverted £4,127,380" against "helped himself to £4,172,380"; five digits will do when
    // both are dated to the same day or period)
    // (four digits will do for a physical measure with two of them swapped, no period on either
    // side and some measure word shared: "3,480 m" against "3,840 m", an altitude stated once in each)
    const physicalSwap = !p.a.scope && !p.b.scope && p.similarity > 0 && PHYSICAL_FAMILIES.has(p.a.family) && Math.min(p.a.digits, p.b.digits) >= 3 && Math.min(p.a.digitString?.length ?? 0, p.b.digitString?.length ?? 0) >= 4 && swappedPair(p.a.digitString ?? "", p.b.digitString ?? "") && !qualifiersDiffer(p.a.qualifiers, p.b.qualifiers);
    const longSlip = p.fingerprint === "slip" && !sameSource(p) && p.a.unit === p.b.unit && p.a.bound === "exact" && p.b.bound === "exact" && !p.a.change === !p.b.change && (Math.min(p.a.digits, p.b.digits) >= 6 || (Math.min(p.a.digits, p.b.digits) >= 5 && (p.scope === "same" || undatedSlip)) || physicalSwap) && !twinIn(p.a, p.b) && !twinIn(p.b, p.a);
    if (!p.conversion && !p.soleTally && !p.sameVote && ((p.confidence < t.align && !longSlip) || (!p.best && !sureSlip && !longSlip))) return null;
    if (p.a.family === "score") {
      // a vote or score has no counted noun: the same period and shared wording must do
      // …or a headline restating its own body's tally ("approves levy, 7-2" over "voted 6-3")
      const headline = sameSource(p) && (p.a.headline || p.b.headline);
      if (!p.soleTally && !p.sameVote && (!p.best || p.confidence < t.align || (p.scope !== "same" && p.similarity < t.sure && !headline))) return null;
      return {
        rule: meta.id,
        kind: sameSource(p) ? "internal" : meta.kind,
        severity: severityFor(rules, meta.id, p.scope === "same" || p.confidence >= t.sure ? "precise" : "uncertain", meta.defaultSeverity),
        message: formatMessage(meta, "tally", { a: quoteOf(p.a), fa: fileName(p.a.span.source), b: quoteOf(p.b), fb: fileName(p.b.span.source), why: whySame(p) }),
        claims: [p.a, p.b],
        pair: p,
      };
    }
    // the same digits at another scale mean little for two-digit figures in one source ("140
    // people" and "about 1.4 million people")
    if (sameSource(p) && p.fingerprint === "scale" && Math.min(p.a.digits, p.b.digits) < 3) return null;
    // …nor for counts of different things ("23 of its 128 branches", "1,280 jobs to go")
    if (p.fingerprint === "scale" && countsOfOtherThings(p, rules)) return null;
    // a conflict needs the same counted thing, or digits that are a slip of each other,
    // or (with no counted noun on either side) a very close match in the same period
    // (a two-digit share with its digits swapped, "78%" against "87%", is a slip too: a
    // percentage seldom names its counted thing, so its digits must)
    const swapped = !p.fingerprint && p.a.family === "percent" && p.b.family === "percent" && !p.a.change === !p.b.change && p.a.bound === "exact" && p.b.bound === "exact" && p.a.digitString?.length === 2 && p.a.digitString[0] !== p.a.digitString[1] && p.b.digitString === [...p.a.digitString].reverse().join("") && p.similarity >= t.align && p.sameHead !== false && !sameSource(p);
    if (!p.fingerprint && !p.conversion && !swapped && !outvoted && p.sameHead !== true && !(p.sameHead === null && p.similarity >= t.sure)) return null;
    // "154 fell ill" against "four were admitted": figures far apart with no
    // digits in common are other measures (a slip of scale is the scale rule's)
    // (unless worded almost alike and no more than 25 times apart: "two died" against "forty-two died")
    if (!p.fingerprint && !p.conversion && (ratio(p) > 25 || (ratio(p) > 10 && p.similarity < t.sure))) return null;
    // "410 jobs lost" against "7,300 new jobs" (levels, not stated changes): flows the
    // other way are other measures, unless the digits slip
    if (!p.fingerprint && !p.a.change && !p.b.change && opposite(p.a, p.b, rules)) return null;
    // two earlier levels a source sets beside its figures ("77.3% (2024: 76.2%)", "94.8% (2024:
    // 93.9%)") are no more the same measure than the figures they go with
    if (sameSource(p) && p.a.earlier && p.b.earlier && !p.fingerprint) return null;
    // one source contradicting itself: only when the period is stated for both, or one is the lede
    // (or one person's age, which no period changes within an article)
    const onePersonsAge = p.sameHead === true && p.a.family === "age" && !!p.a.head?.startsWith("age:");
    // (…or one of the two, worded alike, refers back to a count the source gave before: "Three
    // firefighters were treated for smoke" … "the two firefighters treated for smoke")
    const restated = sameSource(p) && p.sameHead === true && p.similarity >= t.sure && !p.a.change && !p.b.change && p.a.scope?.start === p.b.scope?.start && p.a.scope?.end === p.b.scope?.end && backReference(p.a.span.start > p.b.span.start ? p.a : p.b);
    if (sameSource(p) && !p.fingerprint && !p.conversion && p.scope !== "same" && !(p.a.lede || p.b.lede) && !onePersonsAge && !restated) return null;
    // (the lede's undated figure is as of now: a body figure dated to an earlier year is then's,
    // "58 adults" in the lede against "from the 44 adults counted in 2019")
    const pastYear = (c: typeof p.a) => !!c.scope && !!c.published && !/^(?:0000|P[-+])/.test(c.scope.start) && c.scope.end < `${c.published.slice(0, 4)}-01-01`;
    // (not a lede dated to its event, "last March, killing six", against the body's undated "five who died")
    if (sameSource(p) && !p.fingerprint && !p.conversion && p.scope !== "same" && ((pastYear(p.a) && !p.a.lede && p.b.lede && !p.b.scope) || (pastYear(p.b) && !p.b.lede && p.a.lede && !p.a.scope))) return null;
    // …and not by a factor of more than two: a source rarely gets its own figure that wrong,
    // but often gives two measures alike in wording ("310 trains cancelled", "140 trains")
    if (sameSource(p) && !p.fingerprint && !p.conversion && ratio(p) > 2) return null;
    // "nearly two in three" against 68%, "more than 6,000" against 5,950: a hedge that misses
    // by a hair misstates the figure's size a little; a rounding matter, not a contradiction
    // (approximate wording only: "at least 500" against 480 is a bound broken, not a hedge stretched)
    const approx = (c: typeof p.a) => c.bound === "approx";
    // "just over 300 million" against 319 million: past the soft end of a one-sided hedge (how
    // far over is not said), not through its hard one
    const softMiss = (h: typeof p.a, x: typeof p.a) => x.bound === "exact" && ((h.bound === "above" && centre(x) > baseInterval(h).high) || (h.bound === "below" && centre(x) < baseInterval(h).low));
    const loose = ((approx(p.a) || approx(p.b)) && [p.a, p.b].every((c) => c.bound === "approx" || c.bound === "exact")) || softMiss(p.a, p.b) || softMiss(p.b, p.a);
    if (!p.fingerprint && !p.conversion && loose) {
      const [x, y] = [baseInterval(p.a), baseInterval(p.b)];
      const gap = Math.max(0, x.low - y.high, y.low - x.high);
      const size = Math.max(Math.abs(centre(p.a)), Math.abs(centre(p.b)));
      if (size > 0 && gap / size <= 0.05)
        return {
          rule: roundingMeta.id,
          kind: "rounding" as const,
          severity: severityFor(rules, roundingMeta.id, "default", roundingMeta.defaultSeverity),
          message: formatMessage(roundingMeta, "loose", { a: quoteOf(p.a), fa: fileName(p.a.span.source), b: quoteOf(p.b), fb: fileName(p.b.span.source), why: whySame(p) }),
          claims: [p.a, p.b],
          pair: p,
        };
    }
    // (two ranges with exact ends are as precise as two exact figures)
    const precise = (isPrecise(p.a) && isPrecise(p.b)) || (p.a.bound === "range" && p.b.bound === "range" && !p.a.vague && !p.b.vague);
    // one dimension of one thing ("Spire height: 61 metres", "Height: 16 metres") is the same at any
    // time: with no period on either side, as good as the same period
    const dims = measureLexicon(rules);
    const timeless = p.scope === "unknown" && p.sameHead === true && !!p.a.head && !!p.b.head && dims.dimensions.has(p.a.head) && dims.dimensions.has(p.b.head) && PHYSICAL_FAMILIES.has(p.a.family) && !p.a.change && !p.b.change && !p.a.running && !p.b.running;
    const sameTime = p.scope === "same" || timeless;
    let situation = p.confidence >= t.sure && sameTime ? (precise ? "precise" : "hedged") : "uncertain";
    if (p.fingerprint === "slip" || swapped || outvoted) situation = precise ? "precise" : "hedged";
    // figures far apart with only middling alignment are more likely about different things
    // (not one person's age: nothing else is counted there)
    // (nor where only the period made the match sure: a generic noun and little else shared,
    // "230 people slept at the hall on Friday night" against "boats took 97 people off roofs on
    // Friday night"; "40 homes destroyed" against "95 houses burned" shares its noun)
    const thin = p.similarity < t.align && (!p.a.head || dims.generic.has(p.a.head));
    if (!p.fingerprint && !swapped && !outvoted && p.a.family !== "score" && !onePersonsAge && ratio(p) > 1.5 && (p.confidence < t.sure || !sameTime || thin)) situation = "distant";
    // one figure restricted to a place or group ("the state's own rate") and the other not
    // (a conversion beside a figure restates that very figure: its place goes with it)
    if (!p.fingerprint && !p.conversion && !onePersonsAge && (p.a.qualifiers.length > 0) !== (p.b.qualifiers.length > 0)) situation = "narrowed";
    const diff = Math.abs(centre(p.a) - centre(p.b));
    const pct = (100 * diff) / Math.max(Math.abs(centre(p.a)), Math.abs(centre(p.b)));
    return {
      rule: meta.id,
      kind: sameSource(p) ? "internal" : meta.kind,
      severity: severityFor(rules, meta.id, situation, meta.defaultSeverity),
      message: formatMessage(meta, "conflict", {
        a: quoteOf(p.a),
        fa: fileName(p.a.span.source),
        b: quoteOf(p.b),
        fb: fileName(p.b.span.source),
        // the difference in the first figure's own unit and rate (base units are for comparing)
        // (times of day differ by minutes)
        diff: formatNumber(diff / (p.a.toBase * (p.a.perFactor ?? 1))) + (p.a.unit === "count" ? "" : p.a.unit === CLOCK ? " minutes" : ` ${p.a.unit}`),
        pct: pct.toFixed(pct < 1 ? 2 : 0),
        slip: p.fingerprint === "slip" || swapped || outvoted ? ", the digits look transposed or mistyped" : p.conversion ? ", so the conversion given beside the figure does not match" : "",
        why: whySame(p),
      }),
      claims: [p.a, p.b],
      pair: p,
    };
  },
};

/**
 * Two digits of a small count swapped between sources ("32 trucks" / "23 trucks"), where
 * two or more sources give the other reading of the same counted thing and no other source
 * gives this one: a typing slip, not an update or another count (two-digit counts swap
 * digits by chance too often to be trusted on their digits alone, align/index.ts fingerprint).
 */
function outvotedSwap(p: AlignedPair, story: StoryContext | undefined, align: number): boolean {
  // (the same counted noun, or none named on either side, "Taken to hospital: 32" in a fact
  // box, with words well enough alike)
  const sameThing = p.sameHead === true || (p.sameHead === null && p.similarity >= align);
  if (!story || sameSource(p) || !sameThing || !p.best || p.a.family !== "count" || p.b.family !== "count") return false;
  if (p.a.bound !== "exact" || p.b.bound !== "exact" || p.a.change || p.b.change || p.a.planned !== p.b.planned || p.a.role || p.b.role) return false;
  // (two significant digits at one magnitude: "32" / "23", "370 staff" / "730 staff")
  const [sa, sb] = [p.a.digitString, p.b.digitString];
  const [da, db] = [sa?.replace(/0+$/, ""), sb?.replace(/0+$/, "")];
  if (!sa || !sb || !da || !db || sa.length !== sb.length || da.length !== 2 || !swappedPair(da, db)) return false;
  const others = (c: QuantityClaim) => new Set(story.readingsAnywhere(c).filter((x) => (x.head === c.head || !x.head || !c.head) && x.unit === c.unit && !x.change && x.sourceIndex !== c.sourceIndex).map((x) => x.sourceIndex));
  const [oa, ob] = [others(p.a), others(p.b)];
  return (oa.size === 0 && ob.size >= 1) || (ob.size === 0 && oa.size >= 1);
}

/** The measure words of a rise and a fall, per rule set (stemmed once, not per pair). */
const directionWords = new WeakMap<Rules, [string, string]>();
/** One figure's words speak of a rise and not a fall, the other's of a fall and not a rise (measures.yaml synonyms). */
function opposite(a: QuantityClaim, b: QuantityClaim, rules: Rules): boolean {
  let words = directionWords.get(rules);
  if (!words) {
    const lex = measureLexicon(rules);
    words = [stemWord("increase"), stemWord("decrease")].map((w) => lex.canon.get(w) ?? w) as [string, string];
    directionWords.set(rules, words);
  }
  const [up, down] = words;
  const way = (c: QuantityClaim) => {
    const has = (w: string) => c.measure.some((x, k) => x === w && c.measureWeights[k] >= 1);
    const u = has(up);
    const d = has(down);
    return u === d ? 0 : u ? 1 : -1;
  };
  const [x, y] = [way(a), way(b)];
  return x !== 0 && y !== 0 && x !== y;
}

const PARTIAL_COUNT = lre(/(?<![\p{L}])(?:with|after)[ \u00a0]+(?:only[ \u00a0]+|just[ \u00a0]+)?[\d.,]+(?:%|[ \u00a0]+per[ \u00a0]?cent)?[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:[\d,]+[ \u00a0]+)?[\p{L}-]+[ \u00a0]+(?:declared|counted|returned|tallied)(?![\p{L}])|(?<![\p{L}])partial[ \u00a0]+(?:count|results|returns|tally)(?![\p{L}])/iu);
/** A length right after "at" (or "at the"): a place along a course or route, not a length measured. */
function atMarker(c: QuantityClaim): boolean {
  // (a course is marked in kilometres or miles; "peaked at 5.3 metres", "at 1,200 metres long"
  // are lengths measured)
  if (c.unit !== "km" && c.unit !== "mile") return false;
  const at = c.span.start - c.sentence.start;
  const end = c.span.end - c.sentence.start;
  return AT_BEFORE.test(c.sentence.text.slice(Math.max(0, at - 40), at)) && !MEASURED_AFTER.test(c.sentence.text.slice(end, end + 12));
}
const MEASURED_AFTER = /^[ \u00a0-]*(?:long|wide|high|deep|tall|away|from|off|offshore|inland)\b/i;
// (and the places listed with it: "tents at 24 km and 33 km")
const AT_BEFORE = /(?:^|[^A-Za-z])at(?:[ \u00a0]+the)?[ \u00a0]+(?:[\d.,]+[ \u00a0]*[A-Za-z]{0,10}(?:,|[ \u00a0]+and|[ \u00a0]+or)[ \u00a0]+)*$/i;
const CLAUSE_END = lre(/[,;:()]|(?<![\p{L}])(?:and|or|but|when|while|after|as|because|which|who|that|than)(?![\p{L}])/u);
/** The state a tally counts, among the few words after a count in its clause ("crew were still missing", "rescued"). */
function stateOf(c: QuantityClaim, lex: ReturnType<typeof measureLexicon>): string | undefined {
  const at = c.span.end - c.sentence.start;
  const clause = c.sentence.text.slice(at, at + 60).split(CLAUSE_END)[0];
  // (the last: "were confirmed destroyed" counts the destroyed)
  let state: string | undefined;
  for (const w of clause.split(/[ \u00a0]+/).filter(Boolean).slice(0, 6)) {
    if (!VERBISH_OR_STATE.test(w.toLowerCase())) continue;
    const k = measureKeyOf(w, lex);
    if (lex.running.has(k)) state = k;
  }
  return state;
}
/** Two counts of the same noun, each in a state of its own ("rescued", "missing"). */
function statesDiffer(a: QuantityClaim, b: QuantityClaim, lex: ReturnType<typeof measureLexicon>): boolean {
  if (!a.head || a.head !== b.head) return false;
  const [x, y] = [stateOf(a, lex), stateOf(b, lex)];
  return !!x && !!y && x !== y;
}

/**
 * A figure that refers back to a count given before it: right after "the", "those" or "these"
 * ("the 61 branches"), and not narrowed by a clause of its own ("the 12 passengers who were
 * later discharged" are some of them). ("All 40 staff …" then "12 staff …" is a whole and a part.)
 */
const BACK_REFERENCE = /(?:^|[^A-Za-z])(?:the|those|these)[ \u00a0]+$/i;
const NARROWED = lre(/^[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}?(?:who|that|which|whom|whose)(?![\p{L}])/u);
function backReference(c: QuantityClaim): boolean {
  const at = c.span.start - c.sentence.start;
  const end = c.span.end - c.sentence.start;
  return BACK_REFERENCE.test(c.sentence.text.slice(Math.max(0, at - 12), at)) && !NARROWED.test(c.sentence.text.slice(end, end + 40));
}
