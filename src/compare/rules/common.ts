// Shared readings of an aligned pair used by the quantity rules.
import type { QuantityClaim } from "../../types.js";
import type { AlignedPair } from "../../align/index.js";
import type { StoryContext } from "./types.js";
import { baseInterval, centre, intersects } from "../../normalize/intervals.js";
import { qualifiersDiffer } from "../../normalize/qualifiers.js";
import { NESTED_PART } from "../../extract/relations.js";
import { measureLexicon } from "../../normalize/measure.js";
import type { Rules } from "../../rules/types.js";
import { compactLetters, lre } from "../../text/letters.js";

/**
 * A claim's value and unit as a key ("7|count", "[4,6]|percent"). Built each time rather than
 * remembered per claim: a WeakMap entry per claim outlived the comparison and cost about 60
 * bytes a claim (a 50 MB source has over half a million).
 */
export function valueKey(c: QuantityClaim): string {
  const v = c.value;
  return typeof v === "number" ? `${v}|${c.unit}` : `[${v[0]},${v[1]}]|${c.unit}`;
}

/**
 * A source published after `a`'s and no later than `b`'s states a change from `a`'s value to
 * `b`'s ("cut the rate to 4.10% from 4.35%" after a source that said 4.35%): `a` was the figure
 * when its source was published, and the two do not disagree.
 */
export function supersededBy(a: QuantityClaim, b: QuantityClaim, story?: StoryContext): boolean {
  if (!story || !a.published || !b.published || a.published >= b.published || a.sourceIndex === b.sourceIndex) return false;
  return (story.changes.get(`${valueKey(a)}>${valueKey(b)}`) ?? []).some((day) => day > a.published! && day <= b.published!);
}

const OWN_VERB = lre(/^[ \u00a0]+(?:were|was|are|is|had|have|has|will|would|\p{Ll}+ed)(?![\p{L}])/u);

/**
 * "143 guests and 19 staff" against "162 guests and staff": the figure and one coordinated
 * with it in its sentence add up to the other figure (which is their total, not a rival).
 */
export function partsMake(part: QuantityClaim, whole: QuantityClaim, story?: StoryContext): boolean {
  if (!story || typeof part.value !== "number" || typeof whole.value !== "number" || part.unit !== whole.unit) return false;
  const at = part.sentence.start;
  for (const s of story.sentenceOf(part)) {
    if (s === part || s.unit !== part.unit || s.change || part.change || typeof s.value !== "number") continue;
    // ("167 people, 23 of them seriously": a part of the part; "€530m, up from €140m in 2023":
    // an earlier value; another period's figure is no part either)
    if (s.role || part.role || s.earlier || part.earlier || (s.scope && part.scope && (s.scope.start !== part.scope.start || s.scope.end !== part.scope.end))) continue;
    const after = (c: QuantityClaim) => c.sentence.text.slice(c.span.end - at, c.span.end - at + 24);
    if (NESTED_PART.test(after(s)) || NESTED_PART.test(after(part))) continue;
    const [x, y] = s.span.start > part.span.start ? [part, s] : [s, part];
    const gap = part.sentence.text.slice(x.span.end - at, y.span.start - at);
    if (gap.length > 40 || !/\band\b|,/.test(gap) || /[.;:()]/.test(gap)) continue;
    // (the whole names what both count: "162 guests and staff" of "143 guests and 19
    // crew"; "42 died" is not "two died and 40 were injured")
    // (a neighbour with no noun of its own counts what the figure counts: "Norbank earned
    // €412m, while Castel earned €96m" against "the two together made €508m")
    // (…but not one with a verb of its own: "two died and 40 were injured")
    if (!part.head || !whole.measure.includes(part.head) || (s.head ? !whole.measure.includes(s.head) : s.family !== part.family || OWN_VERB.test(after(s)))) continue;
    const sum = part.value + s.value;
    if (sum >= whole.interval.low && sum <= whole.interval.high) return true;
  }
  return false;
}

/** A state a counted thing is in: a participle or one of the few adjectives tallies use ("dead or missing"). */
const STATE = String.raw`(?:\p{L}+ed|taken|stolen|broken|fallen|beaten|frozen|shaken|dead|missing|hurt|lost|burnt|hit|sick|ill|homeless)`;
// (right after the figure's noun and its verb: "48 barns have been destroyed or damaged", not
// "510 posts would go if the college is closed or merged")
const UNION_AFTER = new RegExp(compactLetters(String.raw`^(?:[ \u00a0]+(?!(?:when|while|which|that|who|if|after|before|because|as|and|but|will|would|could|may|might)(?![\p{L}]))[\p{L}'’-]+){0,3}?(?:[ \u00a0]+(?:were|was|are|is|have|has|had|been|being|now|confirmed|reported|either))*[ \u00a0]+(${STATE})[ \u00a0]+or[ \u00a0]+(?:(?:badly|partly|partially|seriously|severely)[ \u00a0]+)?(${STATE})(?![\p{L}])`), "iu");

/**
 * A count of things in one state or another ("48 barns have been destroyed or damaged", "9
 * climbers dead or missing"): it holds the count of either state alone, so it may be larger.
 */
export function countsEither(c: QuantityClaim): boolean {
  let known = EITHER.get(c);
  if (known === undefined) {
    const end = c.span.end - c.sentence.start;
    const after = c.sentence.text.slice(end, end + 80);
    // (most figures have no "or" after them: the pattern, costly to compile and run, is spared)
    const m = / or /i.test(after) ? UNION_AFTER.exec(after) : null;
    known = !!m && m[1].toLowerCase() !== m[2].toLowerCase();
    EITHER.set(c, known);
  }
  return known;
}
const EITHER = new WeakMap<QuantityClaim, boolean>();

/** One figure counts things in either of two states, the other not, and is no smaller. */
export function eitherHoldsOther(a: QuantityClaim, b: QuantityClaim): boolean {
  if (countsEither(a) === countsEither(b)) return false;
  const [either, one] = countsEither(a) ? [a, b] : [b, a];
  return centre(either) >= centre(one);
}

export function isPrecise(c: QuantityClaim): boolean {
  return c.bound === "exact" && !c.vague;
}

export function compatible(p: AlignedPair): boolean {
  // a score or tally ("8–3") agrees only with the same score
  if (p.a.family === "score" || p.b.family === "score") return JSON.stringify(p.a.value) === JSON.stringify(p.b.value);
  // two ranges one end of which slipped ("£285m–£310m" / "£285m to £301m") overlap, and still
  // state one range two ways
  if (p.a.bound === "range" && p.b.bound === "range" && p.fingerprint === "slip") return false;
  return intersects(baseInterval(p.a), baseInterval(p.b));
}

/** Same unit family: percent and percentage points share a block but are not comparable. */
export function sameFamily(p: AlignedPair): boolean {
  return p.a.family === p.b.family;
}

export function sameSource(p: AlignedPair): boolean {
  return p.a.sourceIndex === p.b.sourceIndex;
}

/** Same figure worded the same way: nothing to report. */
export function sameWording(p: AlignedPair): boolean {
  const norm = (c: QuantityClaim) => `${c.hedge ?? ""}|${JSON.stringify(c.value)}|${c.unit}|${c.precision}`;
  return norm(p.a) === norm(p.b);
}

/** Ratio of the larger to the smaller central value. */
export function ratio(p: AlignedPair): number {
  const a = Math.abs(centre(p.a));
  const b = Math.abs(centre(p.b));
  return Math.max(a, b) / Math.max(Math.min(a, b), 1e-12);
}

/** Orders a pair so the coarser (rounded or hedged) figure comes first. */
export function coarseFirst(p: AlignedPair): [QuantityClaim, QuantityClaim] {
  const w = (c: QuantityClaim) => baseInterval(c).high - baseInterval(c).low;
  return w(p.a) >= w(p.b) ? [p.a, p.b] : [p.b, p.a];
}

/**
 * The pair's scopes differ only in the day each figure is dated to — a statement's date, an
 * "as of" day or the day of publication — not in a stated period, place, group or baseline.
 * Figures that agree across such dates are the same figure restated (an enrolment, a certified
 * margin); for compatible values the rounding and hedge notes still apply.
 */
export function differsOnlyByDate(p: AlignedPair): boolean {
  if (p.scope !== "different") return false;
  const dated = (c: QuantityClaim) => !c.scope || c.scopeIsEvent || !!c.scope.asOf;
  // "since January 11" counted to different days: the same running total at another date
  const sameStart = !!p.a.scope?.since && !!p.b.scope?.since && p.a.scope.start === p.b.scope.start;
  if (!sameStart && (!dated(p.a) || !dated(p.b))) return false;
  if (qualifiersDiffer(p.a.qualifiers, p.b.qualifiers)) return false;
  if (p.a.baseline || p.b.baseline) return false;
  return true;
}

/**
 * Counts of two things the rules know apart: heads of two different synonym groups ("23 of its
 * 128 branches", "1,280 jobs"); not two words for one thing the rules do not list ("pupils",
 * "students").
 */
export function countsOfOtherThings(p: AlignedPair, rules: Rules): boolean {
  const groups = measureLexicon(rules).groupHeads;
  return p.a.family === "count" && p.sameHead === false && groups.has(p.a.head ?? "") && groups.has(p.b.head ?? "");
}
