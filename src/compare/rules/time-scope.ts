import type { Draft, QuantityRule, StoryContext } from "./types.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { describeScope, fileName, quoteOf, whySame } from "../describe.js";
import { qualifiersDiffer } from "../../normalize/qualifiers.js";
import { measureLexicon, measureSimilarity } from "../../normalize/measure.js";
import { baseInterval, centre, intersects } from "../../normalize/intervals.js";
import { asOfDay } from "../../align/index.js";
import { differsOnlyByDate, valueKey } from "./common.js";
import { isPeriodRate, PER_YEAR, type QuantityClaim } from "../../types.js";
import type { Rules } from "../../rules/types.js";
import { escapeRegExp } from "../../text/regex.js";
import { compactLetters, lre } from "../../text/letters.js";

const meta: RuleMeta = {
  id: "time-scope",
  kind: "time-scope",
  description: "The same distinctive figure is tied to different dates or periods.",
  defaultSeverity: "major",
  messages: {
    moved: "the same figure {{a}} is tied to {{sa}} in {{fa}} but to {{sb}} in {{fb}}: one of the periods is wrong ({{why}})",
    movedBeside: "the same figure {{a}} is tied to {{sa}} in {{fa}} but to {{sb}} in {{fb}}, which gives {{cur}} beside it: one of the periods is wrong ({{why}})",
    movedOther: "the same figure {{a}} is tied to {{sa}} in {{fa}} but to {{sb}} in {{fb}}; {{fc}} gives {{cur}} for {{sc}}: one of the periods is wrong ({{why}})",
    superseded: "{{stale}} in {{fs}} (as of {{ds}}) is the figure {{fc}} gave as the earlier one, before {{cur}} (as of {{dc}}): {{fs}} presents an out-of-date figure as current ({{why}})",
    window: "the same figure {{a}} is {{sa}} in {{fa}} but {{sb}} in {{fb}}: one of the stretches of time is wrong ({{why}})",
    fell: "{{late}} in {{fl}} (as of {{dl}}) is lower than {{early}} in {{fe}} (as of {{de}}), but a running total does not fall: one of them is out of date or wrong ({{why}})",
  },
};

const DEATHS = /^(?:death|dead|die|kill|fatal)/;
const ONE_DAY = lre(/(?<![\p{L}])(?:overnight|today|tonight|yesterday|this morning|this afternoon|this evening|last night|daily|a day|each day|per day)(?![\p{L}])/iu);

/**
 * A total that only grows (deaths, cases) stated lower as of a later day than another source
 * states it as of an earlier day: the later figure is stale ("killed four" after the toll had
 * "risen to five"), or one of them is wrong.
 */
function fallenTotal(p: Parameters<QuantityRule["check"]>[0], rules: Rules, story?: StoryContext): ReturnType<QuantityRule["check"]> {
  const t = rules.severity.thresholds;
  // (as of their publication or a day each states: "has risen to 57" on Friday against "has
  // killed 19" in a later source; a stated period is the other rules' business)
  if (!(p.scope === "edition" || differsOnlyByDate(p)) || p.a.sourceIndex === p.b.sourceIndex || p.sameHead === false || p.confidence < t.align) return null;
  const lex = measureLexicon(rules);
  // the counted thing: the shared head, or one side's head that the other names ("the death
  // toll has risen to nine" has no head of its own, but speaks of deaths)
  // (…or a tally's participle both share, "63 barns confirmed destroyed" and "36 barns destroyed")
  const head = p.a.head && lex.cumulative.has(p.a.head) ? p.a.head : p.b.head && lex.cumulative.has(p.b.head) ? p.b.head : p.a.head === p.b.head ? p.a.measure.find((w) => lex.cumulative.has(w) && p.b.measure.includes(w)) : undefined;
  if (!head || !lex.cumulative.has(head) || !p.a.measure.includes(head) || !p.b.measure.includes(head)) return null;
  if (p.a.unit !== p.b.unit || p.a.per !== p.b.per || p.a.change || p.b.change || p.a.planned || p.b.planned || p.a.role || p.b.role) return null;
  if (qualifiersDiffer(p.a.qualifiers, p.b.qualifiers)) return null;
  const da = asOfDay(p.a);
  const db = asOfDay(p.b);
  if (!da || !db || da === db) return null;
  const [early, late] = da < db ? [p.a, p.b] : [p.b, p.a];
  // the later figure is what another source gave as an earlier day's count: plainly stale
  const twin = story?.datedTwin(late);
  const stale = !!twin && twin < asOfDay(early)!;
  if (!p.best && !stale) return null;
  // one of them must be named the total so far (unless the twin shows it stale), and neither
  // one day's or one event's count
  // ("arrested 14" one day and "arrested 11" the next are two counts, not a falling total)
  const lead = (c: QuantityClaim) => c.sentence.text.slice(0, Math.max(0, c.span.start - c.sentence.start));
  const trail = (c: QuantityClaim) => c.sentence.text.slice(Math.max(0, c.span.end - c.sentence.start));
  // (…or each source gives the count once, with no other value for it: the story's tally as
  // that source has it, "Nine people died" against a later "which killed eight people")
  // (deaths only, the toll of one event: arrests, injuries or strikes of one day and another are
  // separate counts, "arrested 14" one day and "arrested 11" the next)
  // (of the tally's participle, where that is what counts: "9 more damaged" is no other reading of the barns destroyed)
  const sole = (c: QuantityClaim) => !!story && story.claimsIn(c.sourceIndex).every((x) => x.head !== c.head || x.change || x.planned || x.role || valueKey(x) === valueKey(c));
  const ofOneDay = (c: QuantityClaim) => ONE_DAY.test(c.sentence.text);
  // (or any tally whose two readings swap their digits: "63" then "36" is no count that fell)
  const digitsOf = (c: QuantityClaim) => (c.digitString ?? "").split("").sort().join("");
  // (with the same place or group words: "25 destroyed in the village of Tresk" is part of 52)
  const swapped = !!p.a.digitString && p.a.digitString.length >= 2 && p.a.digitString !== p.b.digitString && digitsOf(p.a) === digitsOf(p.b) && p.a.digits === p.b.digits && JSON.stringify(p.a.qualifiers) === JSON.stringify(p.b.qualifiers);
  // (a swap is its own evidence: a source may count other homes, damaged ones, beside it)
  const toll = !!p.a.head && p.a.head === p.b.head && ((DEATHS.test(p.a.head) && sole(p.a) && sole(p.b)) || swapped) && !ofOneDay(p.a) && !ofOneDay(p.b);
  const tally = [p.a, p.b].some((c) => lex.totalCue.test(lead(c))) || toll;
  if ((!stale && !tally) || [p.a, p.b].some((c) => lex.eventCue.test(lead(c)) || lex.eventCueAfter.test(trail(c)))) return null;
  // a much smaller figure is more likely a part ("six of the cases were children") than the
  // whole a few days out of date; tiny counts say too little
  const [lo, hi] = [centre(late), centre(early)];
  if (lo < 3 || (!stale && !swapped && lo < 0.6 * hi) || lo >= hi) return null;
  // below: every value the later figure allows is under every value the earlier one allows
  if (intersects(baseInterval(late), baseInterval(early))) return null;
  return {
    rule: meta.id,
    kind: meta.kind,
    severity: severityFor(rules, meta.id, "fell", meta.defaultSeverity),
    message: formatMessage(meta, "fell", { late: quoteOf(late), fl: fileName(late.span.source), dl: asOfDay(late)!, early: quoteOf(early), fe: fileName(early.span.source), de: asOfDay(early)!, why: whySame(p).replace(/; period.*$/, "") }),
    claims: [late, early],
    pair: p,
  };
}

/**
 * A figure stated as current by one source that another source, published before it, gives as
 * the value a change started from, beside the value it reached ("81 per cent, up from 57 per
 * cent on Monday", "to £95m, from the initial estimate of £40m"): the first source's figure
 * has been overtaken. Only where the source states the change in one sentence (the figure
 * paired may be its repeat, in a fact box).
 */
function superseded(p: Parameters<QuantityRule["check"]>[0], rules: Rules, story?: StoryContext): ReturnType<QuantityRule["check"]> {
  if (!story || p.a.sourceIndex === p.b.sourceIndex || p.sameHead !== true || p.confidence < rules.severity.thresholds.align) return null;
  // (a one-digit figure says too little: "+7" in a results table is not "up from seven")
  const level = (c: QuantityClaim) => !c.role && !c.change && !c.planned && c.digits >= 2;
  if (!level(p.a) || !level(p.b) || p.a.unit !== p.b.unit || p.a.per !== p.b.per || valueKey(p.a) === valueKey(p.b)) return null;
  if (qualifiersDiffer(p.a.qualifiers, p.b.qualifiers)) return null;
  for (const [stale, cur] of [
    [p.a, p.b],
    [p.b, p.a],
  ] as const) {
    // the stale side states no period of its own, or only the day it speaks of ("now")
    if (stale.scope && !stale.scope.since && !stale.scope.asOf && !stale.scopeIsEvent) continue;
    const dStale = asOfDay(stale);
    const dCur = asOfDay(cur);
    if (!dStale || !dCur || !cur.published || dStale <= cur.published || dCur > dStale) continue;
    // (or states the stale value as an earlier day's: "the previous update, on Friday, recorded
    // 377 cases" beside "a total of 433 cases" today)
    const day = (c: QuantityClaim) => (c.scope && (c.scopeIsEvent || c.scope.asOf || c.scope.start === c.scope.end) && !/^(?:0000|P[-+])/.test(c.scope.end) ? c.scope.end : undefined);
    const from = story.changeFrom(cur.sourceIndex, stale, cur);
    const prev =
      from ??
      // (a running tally's: not any two figures that happen to share a value)
      story.readingsIn(cur.sourceIndex, stale).find((t) => t.running && !!t.head && (t.head === cur.head || t.head === stale.head || cur.measure.includes(t.head) || stale.measure.includes(t.head)) && !t.role && !t.change && !t.planned && t.unit === stale.unit && !!day(t) && day(t)! < dCur);
    // "down from a peak of 52,160": the most over a time is no earlier level
    const extreme = measureLexicon(rules).extreme;
    if (!prev || (from ? [prev, stale] : [stale]).some((c) => c.measure.some((w) => extreme.has(w)))) continue;
    return {
      rule: meta.id,
      kind: meta.kind,
      severity: severityFor(rules, meta.id, "superseded", meta.defaultSeverity),
      message: formatMessage(meta, "superseded", { stale: quoteOf(stale), fs: fileName(stale.span.source), ds: dStale, fc: fileName(cur.span.source), cur: quoteOf(cur), dc: dCur, why: whySame(p).replace(/; period.*$/, "") }),
      claims: [stale, cur, prev],
      pair: p,
    };
  }
  return null;
}

/** The stretch of time a figure is over, in hours: its window, or one of its rate's periods. */
function stretchOf(c: QuantityClaim): number | undefined {
  if (c.over) return c.over.hours;
  return isPeriodRate(c.per) ? 8760 / PER_YEAR[c.per] : undefined;
}

/**
 * The same figure for the same thing over different stretches of time in two sources ("94 mm
 * in the three hours before the flood" / "94 millimetres … in 12 hours"; "€41 million a year" /
 * "€41 million over its first four years"): one stretch is wrong. Rates per two periods are
 * the aligner's (they are compared per year); this needs a window on one side at least.
 * Grouped by value, so its cost grows with the claims.
 */
export function movedWindows(claims: readonly QuantityClaim[], rules: Rules): Draft[] {
  const byValue = new Map<string, QuantityClaim[]>();
  for (const c of claims) {
    if (stretchOf(c) === undefined || c.digits < 2 || c.vague || c.role === "previous" || (c.bound !== "exact" && c.bound !== "approx")) continue;
    const k = `${c.family}|${c.change ?? ""}|${valueKey(c)}`;
    (byValue.get(k) ?? byValue.set(k, []).get(k)!).push(c);
  }
  const t = rules.severity.thresholds;
  const out: Draft[] = [];
  for (const list of byValue.values()) {
    if (list.length < 2 || !list.some((c) => c.over)) continue;
    // (a value a thousand sources repeat is tried on its first few dozen places: linear cost)
    if (list.length > 40) list.splice(40);
    let found: [QuantityClaim, QuantityClaim] | undefined;
    // (a source that also states the value over the other's stretch gives both: no slip)
    const near = (x: number, y: number) => Math.max(x, y) / Math.min(x, y) < 1.1;
    const states = (source: number, hours: number) => list.some((c) => c.sourceIndex === source && near(stretchOf(c)!, hours));
    // the same counted thing: one head, or one side's head among the other's words
    const counted = (a: QuantityClaim, b: QuantityClaim) => !a.head || !b.head || a.head === b.head || a.measure.includes(b.head) || b.measure.includes(a.head);
    for (let i = 0; i < list.length && !found; i++)
      for (let j = i + 1; j < list.length && !found; j++) {
        const [a, b] = [list[i], list[j]];
        if (a.sourceIndex === b.sourceIndex || (!a.over && !b.over) || near(stretchOf(a)!, stretchOf(b)!)) continue;
        if (states(a.sourceIndex, stretchOf(b)!) || states(b.sourceIndex, stretchOf(a)!)) continue;
        if (!counted(a, b)) continue;
        if ((a.family === "count" && (!a.head || !b.head)) || qualifiersDiffer(a.qualifiers, b.qualifiers)) continue;
        if (measureSimilarity(a, b) >= t.align * 0.5) found = [a, b];
      }
    if (!found) continue;
    const [a, b] = found;
    // (the other sources that give the figure over either stretch: which one the story bears out)
    const like = (c: QuantityClaim, x: QuantityClaim) => c !== x && c.sourceIndex !== x.sourceIndex && near(stretchOf(c)!, stretchOf(x)!) && counted(c, x) && !qualifiersDiffer(c.qualifiers, x.qualifiers);
    const others = list.filter((c) => c !== a && c !== b && (like(c, a) || like(c, b))).slice(0, 6);
    const stretch = (c: QuantityClaim) => (c.over ? `"${c.over.text}"` : `a rate per ${c.per}`);
    out.push({
      rule: meta.id,
      kind: meta.kind,
      severity: severityFor(rules, meta.id, "window", meta.defaultSeverity),
      message: formatMessage(meta, "window", { a: quoteOf(a), sa: stretch(a), fa: fileName(a.span.source), sb: stretch(b), fb: fileName(b.span.source), why: `shared measure words: ${a.measure.filter((w) => b.measure.includes(w)).slice(0, 5).join(", ") || "none"}` }),
      claims: [a, b, ...others],
    });
  }
  return out;
}

export const timeScope: QuantityRule = {
  meta,
  check(p, rules, story) {
    const fell = fallenTotal(p, rules, story);
    if (fell) return fell;
    const over = superseded(p, rules, story);
    if (over) return over;
    if (p.scope !== "different" || p.similarity < 0.05) return null;
    // a change with the same value measured from different baselines: month-on-month against year-on-year
    // (baselines both dated, neither inside the other's calendar year: "a year before July to
    // September" with no year, or "2024" against "January to June 2024", may be the same)
    // (nor one counted from publication or left unresolved: "the previous quarter", "the same
    // period of 2024" with no period of the figure's own)
    const dated = (x: { start: string; implied?: boolean; text?: string }) => !/^(?:0000|00-|P)/.test(x.start) && !(x.implied && /\b(?:previous|prior|preceding|last|same)\b/i.test(x.text ?? ""));
    // (a stretch from the start of that year: "January to June 2024" in "2024", not "November 2024")
    const inside = (x: { start: string; end: string }, y: { start: string; end: string; granularity: string }) => y.granularity === "year" && x.start === y.start && x.end <= y.end;
    const rebased = !!(
      p.a.change &&
      p.a.change === p.b.change &&
      p.a.baseline &&
      p.b.baseline &&
      dated(p.a.baseline) &&
      dated(p.b.baseline) &&
      !inside(p.a.baseline, p.b.baseline) &&
      !inside(p.b.baseline, p.a.baseline) &&
      p.a.unit === p.b.unit &&
      JSON.stringify(p.a.value) === JSON.stringify(p.b.value) &&
      p.a.digits >= 2 &&
      p.similarity >= 0.3
    );
    if (p.fingerprint !== "identical" && !rebased) return null;
    // both periods must be stated: a difference in publication day alone is not a moved figure
    if (!rebased && (!p.a.scope || !p.b.scope || p.a.scope.since || p.b.scope.since)) return null;
    // "from March 1 to May 31" in a December paper, against "from 1 March to 31 May
    // 2026": the year is ours, taken as the last such dates; the other source's are still to
    // come after the first was published, which it may well have meant
    const guessedYear = (x: QuantityClaim, y: QuantityClaim) => !!x.scope?.implied && !!y.scope && !y.scope.implied && x.scope.start.slice(4) === y.scope.start.slice(4) && x.scope.end.slice(4) === y.scope.end.slice(4) && +y.scope.start.slice(0, 4) === +x.scope.start.slice(0, 4) + 1 && !!x.published && y.scope.start > x.published;
    // (a plan on both sides, "agreed to close … from March 1": a count already "recorded" in a
    // period still to come is the other source's slip)
    if (!rebased && p.a.planned && p.b.planned && (guessedYear(p.a, p.b) || guessedYear(p.b, p.a))) return null;
    // the day a statement was made is not the figure's period: a count "as of 14 August" repeated
    // in a statement on 15 August has not moved
    if (!rebased && p.a.scopeIsEvent !== p.b.scopeIsEvent) return null;
    // "in March 2017" and "in 2017": a date inside the calendar year named says the same, less
    // precisely (a month against "the first five months" is another matter)
    const yearOf = (x: { start: string; end: string }, y: { start: string; end: string }) => /-01-01$/.test(y.start) && /-12-31$/.test(y.end) && y.start.slice(0, 4) === y.end.slice(0, 4) && x.start.slice(0, 4) === y.start.slice(0, 4) && x.end.slice(0, 4) === y.start.slice(0, 4);
    if (!rebased && p.a.scope && p.b.scope && (yearOf(p.a.scope, p.b.scope) || yearOf(p.b.scope, p.a.scope))) return null;
    // a period inside a span of more than a year ("in March 2024" and "2023-24"): the span says
    // too little to pin the figure elsewhere ("May" inside "the first five months" is moved)
    const days = (x: { start: string; end: string }) => (Date.parse(x.end) - Date.parse(x.start)) / 86400000;
    const within = (x: { start: string; end: string }, y: { start: string; end: string }) => ![x.start, y.start].some((s) => /^(?:0000|P-)/.test(s)) && x.start >= y.start && x.end <= y.end && days(y) > 366;
    if (!rebased && p.a.scope && p.b.scope && (within(p.a.scope, p.b.scope) || within(p.b.scope, p.a.scope))) return null;
    // a count as of a period's last day and the period ("by 31 August", "in August"): the same reading
    const atEnd = (x: { start: string; end: string }, y: { start: string; end: string }) => x.start === x.end && x.end === y.end && y.start < y.end && !/^(?:0000|P-)/.test(y.start);
    if (!rebased && p.a.scope && p.b.scope && (atEnd(p.a.scope, p.b.scope) || atEnd(p.b.scope, p.a.scope))) return null;
    // a running total given as of two days ("130 rescued" on Friday and on Sunday) has
    // simply not moved between them
    const day = (x: { start: string; end: string }) => x.start === x.end && !/^(?:0000|P-)/.test(x.start);
    if (!rebased && (p.a.running || p.b.running) && p.a.scope && p.b.scope && day(p.a.scope) && day(p.b.scope)) return null;
    // a three-digit figure is distinctive only for the same counted thing
    const minDigits = rules.severity.thresholds.distinctiveDigits;
    // (or one side's counted thing that the other, without one, names: "a net profit of €96
    // million" and "net profit was …, compared with €96 million")
    const named = (x: QuantityClaim, y: QuantityClaim) => !!x.head && !y.head && y.measure.includes(x.head);
    const sameThing = p.sameHead === true || named(p.a, p.b) || named(p.b, p.a);
    if (!rebased && Math.min(p.a.digits, p.b.digits) < minDigits && (!sameThing || p.similarity < 0.2)) return null;
    // figures for different places are not the same figure
    if (qualifiersDiffer(p.a.qualifiers, p.b.qualifiers)) return null;
    // the other source's own figure for the first one's period, in the same sentence ("€71
    // million, compared with €96 million in 2021"): what the figure should have been
    const beside = rebased ? undefined : besideIt(p.b, p.a, rules, story) ?? besideIt(p.a, p.b, rules, story);
    // …or, said elsewhere, the figure a source gives for the other period beside this one ("a
    // deficit of $42.7 million in 2025 and a forecast $19 million this year")
    // (for a change measured from another baseline: the change a source gives from that baseline
    // in the same words, "up 5.4% on January to June 2024")
    const forOther = beside ? [] : rebased ? [...baselineFigures(p.b, p.a, rules, story), ...baselineFigures(p.a, p.b, rules, story)] : [...periodFigures(p.b, p.a, story), ...periodFigures(p.a, p.b, story)];
    return {
      rule: meta.id,
      kind: meta.kind,
      severity: severityFor(rules, meta.id, "default", meta.defaultSeverity),
      message: formatMessage(meta, beside ? "movedBeside" : forOther.length ? "movedOther" : "moved", {
        a: quoteOf(p.a),
        sa: rebased ? `a change from ${describeScope(p.a.baseline!)}` : describeScope(p.a.scope),
        fa: fileName(p.a.span.source),
        sb: rebased ? `a change from ${describeScope(p.b.baseline!)}` : describeScope(p.b.scope),
        fb: fileName(p.b.span.source),
        why: whySame(p).replace(/; period.*$/, ""),
        ...(beside ? { cur: quoteOf(beside) } : {}),
        ...(forOther.length ? { cur: quoteOf(forOther[0]), fc: fileName(forOther[0].span.source), sc: rebased ? `a change from ${describeScope(forOther[0].baseline!)}` : describeScope(forOther[0].scope) } : {}),
      }),
      claims: beside ? [p.a, p.b, beside] : [p.a, p.b, ...forOther],
      pair: p,
    };
  },
};

/**
 * The figures for `other`'s period that the sources stating `twin`'s value for `twin`'s period
 * set beside it in one sentence (the same thing, or no noun of its own: "a deficit of $42.7
 * million in 2025 and a forecast $19 million this year"): what `other`'s figure should have
 * been, if its period is the wrong one. One per source.
 */
function periodFigures(twin: QuantityClaim, other: QuantityClaim, story?: StoryContext): QuantityClaim[] {
  const [ts, os] = [twin.scope, other.scope];
  if (!story || !ts || !os) return [];
  const out: QuantityClaim[] = [];
  const done = new Set<number>([other.sourceIndex]);
  for (const r of story.readingsAnywhere(twin)) {
    if (done.has(r.sourceIndex) || !samePeriod(r.scope, ts) || !r.head) continue;
    const fits = (x: QuantityClaim) => x !== r && x.unit === r.unit && x.per === r.per && x.change === r.change && !x.role && valueKey(x) !== valueKey(r) && samePeriod(x.scope, os);
    // (in that sentence only: elsewhere in the source the same noun may be another body's, "the
    // hospital trust, funded separately, ran a deficit of $9 million in 2024")
    const c = story.sentenceOf(r).find((x) => fits(x) && (x.head === r.head || !x.head || x.measure.includes(r.head!)));
    if (c) {
      out.push(c);
      done.add(r.sourceIndex);
    }
  }
  return out;
}

/**
 * For a change whose value two sources measure from different baselines: the change that the
 * sources measuring `twin`'s value from `twin`'s baseline give from `other`'s baseline (the
 * same counted thing, or the same measure words): what `other`'s figure should have been. One
 * per source.
 */
function baselineFigures(twin: QuantityClaim, other: QuantityClaim, rules: Rules, story?: StoryContext): QuantityClaim[] {
  const [tb, ob] = [twin.baseline, other.baseline];
  if (!story || !tb || !ob || /^(?:0000|00-|P)/.test(ob.start)) return [];
  const out: QuantityClaim[] = [];
  const done = new Set<number>([other.sourceIndex]);
  for (const r of story.readingsAnywhere(twin)) {
    if (done.has(r.sourceIndex) || !samePeriod(r.baseline, tb) || r.change !== twin.change) continue;
    const c = story
      .claimsIn(r.sourceIndex)
      .find((x) => x !== r && x.unit === r.unit && x.change === r.change && valueKey(x) !== valueKey(r) && samePeriod(x.baseline, ob) && (x.head && r.head ? x.head === r.head && measureSimilarity(x, r) >= rules.severity.thresholds.align : measureSimilarity(x, r) >= rules.severity.thresholds.sure));
    if (c) {
      out.push(c);
      done.add(r.sourceIndex);
    }
  }
  return out;
}

const cueLists = new WeakMap<Rules, RegExp>();

/** Two periods that start and end on the same days. */
function samePeriod(x: { start: string; end: string } | null | undefined, y: { start: string; end: string }): boolean {
  return !!x && x.start === y.start && x.end === y.end;
}

/**
 * In `twin`'s sentence, the figure that `twin` is compared with as an earlier or other
 * period's ("€71 million, compared with €96 million in 2021"), when its own period is
 * unstated or is `other`'s: the current figure the source gives beside the moved one.
 */
function besideIt(twin: QuantityClaim, other: QuantityClaim, rules: Rules, story?: StoryContext): QuantityClaim | undefined {
  if (!story || !other.scope) return undefined;
  let cue = cueLists.get(rules);
  if (!cue) {
    const alt = rules.measures.baselineCues.map((w) => escapeRegExp(w).replace(/ /g, "\\s+")).sort((x, y) => y.length - x.length).join("|");
    // (a short aside may stand between: "21,604, the highest since 2001-02 and up from 19,877")
    cueLists.set(rules, (cue = new RegExp(compactLetters(`^[^.;:]{0,48}?\\b(?:${alt})\\s+(?:(?:a|an|the)\\s+)?(?:revised\\s+|restated\\s+)?$`), "iu")));
  }
  const text = twin.sentence.text;
  const at = (x: number) => x - twin.sentence.start;
  const figures = story.sentenceOf(twin);
  return figures.find(
    (c) =>
      c !== twin &&
      // (the figure right before the twin: none stands between them)
      !figures.some((x) => x.span.start >= c.span.end && x.span.end <= twin.span.start) &&
      c.span.end <= twin.span.start &&
      c.unit === twin.unit &&
      c.per === twin.per &&
      c.change === twin.change &&
      valueKey(c) !== valueKey(twin) &&
      (!c.scope || (c.scope.start === other.scope!.start && c.scope.end === other.scope!.end)) &&
      cue!.test(text.slice(at(c.span.end), at(twin.span.start))),
  );
}
