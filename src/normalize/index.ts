// normalize: mentions → claims. Each figure gets its sentence, what it measures and the
// period it is about, chosen from the time expressions of its sentence.
import { CLOCK } from "../extract/clock.js";
import { BULLET, headlineRange, lineStartWithin } from "../text/lines.js";
import { factBoxLines } from "./fact-box.js";
import { isPeriodRate, type QuantityClaim, type QuantityMention, type Source, type Span, type TimeMention, type TimeScope } from "../types.js";
import type { Rules } from "../rules/types.js";
import { splitSentences, type Range } from "../text/sentences.js";
import { tokenize } from "../text/tokens.js";
import { futureModalRe, isEventDate, originEndRe, originTimeRe, priorClauseRe, reportedTimeRe } from "../extract/time.js";
import { measureKeyOf, measureLexicon, measureOf, measureWord, weighted, type MeasureLexicon, type MeasureResult } from "./measure.js";
import { qualifierLexicon, qualifiersOf } from "./qualifiers.js";
import { sharedInterval, sharedNumbers, sharedWords } from "../text/intern.js";
import { addDays, daysInMonth, iso, parseIso } from "./dates.js";
import { escapeRegExp } from "../text/regex.js";
import { compactLetters, lre } from "../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^(?:[ \u00a0]+[\p{L}'’-]+){0,3}[ \u00a0]*$/u);
// ("up 4.1 points on the previous county count in 2019": an earlier occasion, dated after it;
// not a stretch of time, "fell 2% on the last trading day of March", which is when)
const LETTERS_RE_2 = lre(/^[ \u00a0]+on[ \u00a0]+(?:(?:the[ \u00a0]+)?same[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}?(?:period|quarter|months?|weeks?|half|season)[ \u00a0]+(?:of|in|as|last)[ \u00a0]+|(?:(?:the|its|their)[ \u00a0]+)?(?:last|previous|prior|preceding)[ \u00a0]+(?:(?!(?:days?|weeks?|weekends?|sessions?|hours?|nights?|mornings?|evenings?|afternoons?|months?)(?![\p{L}]))[\p{L}-]+[ \u00a0]+){0,3}?(?:in|of)[ \u00a0]+|(?:the|its|their)[ \u00a0]+)?$/u);
const LETTERS_RE_3 = lre(/^(?:[/–-]\d{2,4})?[ \u00a0]*:[ \u00a0]*(?:\p{L}+[ \u00a0]+){0,3}$/u);
const LETTERS_RE_4 = lre(/;|,[ \u00a0]+(?:although|though|but|whereas|while|yet|after|because|when)[ \u00a0]+[\p{L}'’-]+[ \u00a0]/u);
const LETTERS_RE_5 = lre(/(?:,|[ \u00a0][-–—][ \u00a0])[^,;]*\b\p{L}+ed[ \u00a0]+(?:in|on|during|at)[ \u00a0]+(?:the[ \u00a0]+)?$/u);
const LETTERS_RE_6 = lre(/\b(?:before|until)[ \u00a0]+(?:(?:the|a|an|its|their|his|her|it|they|he|she|we)[ \u00a0]+)?(?:[\p{L}-]+[ \u00a0]+){0,2}?(?:was|were|is|are|had|has|have|did|been)[ \u00a0]/iu);
const LETTERS_RE_7 = lre(/^(?:at|in|during|after|since)[ \u00a0]+the[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){1,4}(?:on|in|of)[ \u00a0]+$/iu);
const LETTERS_RE_8 = lre(/\b\p{Ll}+ed[ \u00a0]+(?:in|on|during|at)[ \u00a0]+(?:the[ \u00a0]+)?$/u);
const LETTERS_RE_9 = lre(/\b\p{Ll}+ed[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){0,4}(?:in|on|during|at)[ \u00a0]+(?:the[ \u00a0]+)?$/u);
const LETTERS_RE_10 = lre(/^[ \u00a0]+(?:had|has|have|was|were|is|are)[ \u00a0]+(?:[^,;]*[,;]|(?:[\p{L}'’-]+[ \u00a0]+){4,})/u);
const LETTERS_RE_11 = lre(/^[ \u00a0]+(?:(?:at[ \u00a0]+)?the[ \u00a0]+(?:end|start|beginning|close)[ \u00a0]+of|(?:[\p{L}]+[ \u00a0]+){0,2}?(?:in|during|for|of|on|at|by))[ \u00a0]+$/u);
const LETTERS_RE_12 = lre(/\bfrom[ \u00a0]+\S+[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,2}?(?:in|during|for|of|on|at|by)[ \u00a0]+$/u);
const LETTERS_RE_13 = lre(/^[ \u00a0]+(?:\p{Ll}[\p{L}-]*[ \u00a0]+){0,2}(?:(?:on|by)[ \u00a0]+)?$/u);
const LETTERS_RE_14 = lre(/^[ \u00a0]+of[ \u00a0]+(?:the|its|their|these|those|all)[ \u00a0]+\p{L}/u);
const LETTERS_RE_15 = lre(/(?:^|[^\p{L}])an?[ \u00a0]$/iu);
const LETTERS_RE_16 = lre(/^[ \u00a0]+\p{Ll}/u);
const LETTERS_RE_17 = lre(/(?:^|[^\p{L}])the[ \u00a0]$/iu);
const LETTERS_RE_18 = lre(/^[\p{L}-]+/u);

export interface ScopeChoice {
  scope: TimeScope | null;
  /** For a change: the nearest baseline period in its sentence. */
  baseline?: TimeScope;
  /** True when the chosen time dates an event (a statement, a meeting) rather than a period. */
  event: boolean;
}

/** Before a year a change is measured against: "on the same period of", "the same three months in". */
const SAME_PERIOD = lre(/\bthe[ \u00a0]+same[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}?(?:period|quarter|months?|weeks?|half|season)[ \u00a0]+(?:of|in|last)[ \u00a0]+$/iu);

/** Between a change and what it is compared with: "higher than", "up on", "compared with". */
const COMPARED_WITH = lre(/^[ \u00a0]+(?:[\p{L}]+[ \u00a0]+)?(?:than|on|from|over|against|versus|compared[ \u00a0]+(?:with|to))[ \u00a0]+(?:the[ \u00a0]+)?$/u);

/** A condition opening the sentence: "If …", "Unless …" (what would follow on it is no outcome; "asked if", "even if" are not). */
const IF_CLAUSE = lre(/^[\s"“‘'(]*(?:if|unless)[ \u00a0][^,;]*,/iu);

/** Between a change and a year it is set against: "increase over", "more over". */
const OVER_YEAR = lre(/^[ \u00a0]+(?:[\p{L}]+[ \u00a0]+)?over[ \u00a0]+$/u);

/** A period right after a from-figure ("down from 8,020 in 2023"): that earlier value's, not a later figure's (not a day, nor one opening a clause of its own). */
function fromFigurePeriod(q: QuantityMention, t: TimeMention, text: string, sentence: Range, others: QuantityMention[]): boolean {
  return (
    !q.change && t.scope?.granularity !== "day" && t.role !== "weekday" && !/^[ \u00a0]*,?[ \u00a0]*(?:when|at which|by which)\b/.test(text.slice(t.span.end, q.span.start)) && others.some((o) => o !== q && o.span.end <= t.span.start && /^[ \u00a0]+(?:(?:in|during|for)[ \u00a0]+)?$/.test(text.slice(o.span.end, t.span.start)) && /\bfrom[ \u00a0]+$/i.test(text.slice(Math.max(sentence.start, o.span.start - 12), o.span.start)))
  );
}

/** Picks the period a figure is about from the time expressions of its sentence. */
export function scopeFor(q: QuantityMention, sentence: Range, text: string, times: TimeMention[], others: QuantityMention[], future: RegExp = /(?!)/, reported: RegExp = /(?!)/, origin: RegExp = /(?!)/, prior: RegExp = /(?!)/, originEnd: RegExp = /(?!)/): ScopeChoice {
  let best: { t: TimeMention; cost: number } | null = null;
  let baseline: { t: TimeMention; cost: number } | null = null;
  // (a time of day is part of the time it stands with: "41% at 07:30 on 3 June")
  const between = (a: number, b: number) => others.some((o) => o !== q && o.family !== CLOCK && o.span.start >= a && o.span.end <= b);
  for (const t of times) {
    if (!t.scope || t.span.start < sentence.start || t.span.end > sentence.end) continue;
    // "Friday's earthquake", "the quake that struck on Friday": that date belongs to another event
    if (t.possessive) continue;
    // "a year later" dates only the figure just before it ("to £8.1m a year later"): elsewhere
    // it moves the story on ("the firm was sold a year later and 300 jobs were cut on 12 March")
    if (t.scope.start.startsWith("P+") && !(t.span.start >= q.span.end && LETTERS_RE_1.test(text.slice(q.span.end, t.span.start)))) continue;
    // "will rise by 3.5% from 1 April": a change still to come takes effect from that day; it is
    // not measured from it
    if (t.baseline && q.change && t.span.start >= q.span.end && /^[ \u00a0]+from[ \u00a0]+$/.test(text.slice(q.span.end, t.span.start)) && future.test(text.slice(sentence.start, q.span.start))) continue;
    // a baseline of comparison ("compared to May") is not the period of a change
    // "up three points from 41% a year earlier": for a change, "a year earlier" is what it is measured from
    if ((t.baseline || t.scope.start.startsWith("P-")) && q.change) {
      // ("8.7% higher than a year earlier", "up 3% on the previous month": named right after the
      // change as what it is compared with, it outweighs the period of a from-figure before it)
      const direct = t.span.start >= q.span.end && COMPARED_WITH.test(text.slice(q.span.end, t.span.start));
      const d = direct ? 0 : t.span.start >= q.span.end ? t.span.start - q.span.end : (q.span.start - t.span.end) * 2;
      if (!between(Math.min(q.span.end, t.span.end), Math.max(q.span.start, t.span.start)) && (!baseline || d < baseline.cost)) baseline = { t, cost: d };
      continue;
    }
    let cost: number;
    // "up 2,140 on the previous month", "down 2% on last year": for a change, a period counted
    // back and set after "on" is what it is measured against
    // …and so is a named month, quarter or year there ("up 6.2% on the second quarter of 2024",
    // "up 11% on the same period of 2024"), not a day ("rose 5% on Tuesday" is when)
    // …and "a 3.1% increase over the current year", "up 2% over last year": a relative year after
    // "over" is what the change is set against ("over the past year" is the time it took)
    if (q.change && t.span.start >= q.span.end && OVER_YEAR.test(text.slice(q.span.end, t.span.start)) && /^(?:this|the[ \u00a0]+current|current|last)[ \u00a0]/i.test(t.span.text)) {
      if (!baseline || baseline.cost > 0) baseline = { t, cost: 0 };
      continue;
    }
    if (
      q.change &&
      t.span.start >= q.span.end &&
      LETTERS_RE_2.test(text.slice(q.span.end, t.span.start)) &&
      // (the period ends the phrase: "on the Easter bank holiday weekend" is when, not a baseline;
      // "the rise of 3.5 points on 2021 was strongest in …" ends it with its verb)
      /^(?:[ \u00a0]*(?:[,.;:()]|$)|[ \u00a0]+(?:and|when|while|as|but|result|results|level|figure|figures|total|election|vote|census|was|were|is|are)\b)/.test(text.slice(t.span.end, t.span.end + 12)) &&
      (/^(?:the[ \u00a0]+(?:previous|prior|preceding)|last)[ \u00a0]/i.test(t.span.text) || (t.role !== "weekday" && t.scope.granularity !== "day"))
    ) {
      if (!baseline || baseline.cost > 0) baseline = { t, cost: 0 };
      continue;
    }
    if (t.span.start >= q.span.end) {
      if (between(q.span.end, t.span.start)) continue;
      // "won four seats, two more than in 2019", "was $5m, up from 2022": what a comparison
      // after the figure is measured against is not the figure's own period
      if (t.baseline) continue;
      // "revenue of £587 million, according to the company's update in March": the report's time
      // (after "on" or "of" only a day: "according to its statement on March trade" is about March)
      const report = reported.exec(text.slice(q.span.end, t.span.start));
      if (report && (!/^(?:on|of)$/i.test(report.groups?.prep ?? "") || isEventDate(t))) continue;
      // "linked to 21 fires, up from the figures the maker gave when it announced the recall
      // on Monday": a time inside the comparison is the earlier figures'
      if (!q.change && /\b(?:up|down)[ \u00a0]+from\b|\bcompared[ \u00a0]+(?:with|to)\b/i.test(text.slice(q.span.end, t.span.start))) continue;
      // "Entrants: 84,200 (2023: 81,900)": a time in brackets labels the figure after it there
      // ("(2022/23: 71.3%)": a school or financial year written with its second year too)
      if (/\([ \u00a0]*$/.test(text.slice(q.span.end, t.span.start)) && others.some((o) => o !== q && o.span.start >= t.span.end && LETTERS_RE_3.test(text.slice(t.span.end, o.span.start)))) continue;
      // "a $31.2 million gap…, after federal money ran out in March": a time in a clause of its own
      if (LETTERS_RE_4.test(text.slice(q.span.end, t.span.start))) continue;
      // "net debt of £48.7m, much of it a loan refinanced in 2019": the time of a participle set
      // off after the figure dates what the participle says
      // (or by a dash: "21.7 points - the widest since the prize was first presented in 2004")
      if (LETTERS_RE_5.test(text.slice(q.span.end, t.span.start))) continue;
      // …and one set off that names an earlier thing: "$263 million, topping the previous record
      // set in the second quarter of 2018" (the time is the record's)
      if (!q.change && prior.test(text.slice(q.span.end, t.span.start))) continue;
      // "transactions worth £7.3m went unscreened before the fault was fixed in October": a time
      // in a clause of its own, opened by a conjunction with a verb of its own
      // ("before" and "until" only: "fell 8% after the warning was issued on Tuesday" is dated by it)
      if (LETTERS_RE_6.test(text.slice(q.span.end, t.span.start))) continue;
      // "delivered 38,650 signatures, calling on the city to close the plant by 2030", "which
      // gathered 900 votes, has said it will stand again next year": a time of what is wanted or
      // to come, set after the figure in a clause of its own
      // (not "40 GWh will be reached by 2030": the figure's own verb)
      if (/,[ \u00a0]+(?!which\b|that\b|who\b)[^,]*?\b(?:will|would|shall)\b|\b(?:it|he|she|they|we|I)[ \u00a0]+(?:will|would|shall)\b|\b(?:calling|urging|asking|demanding)\b|\b(?:plans?|aims?|intends?|wants?)[ \u00a0]+to\b/.test(text.slice(q.span.end, t.span.start))) continue;
      cost = t.span.start - q.span.end;
    } else {
      // "In 2019, …" and, without the comma, "In 2019 the board made 6 … and 22 …" (a list
      // item's bullet before it too): a period opening the sentence covers all of it
      const lead = text.slice(sentence.start, t.span.start).replace(/^[\s\-–—•*]+/, "");
      // ("At the assembly election on 2 May 2024, …": an event the opening phrase names, and its date)
      const opensSentence =
        (/^[\s,]*$/.test(lead.replace(/^(?:in|during|last|this|since|on|by|for|the)\b/i, "")) && (/^\s*,/.test(text.slice(t.span.end, t.span.end + 3)) || (/^(?:in|during)[ \u00a0]+$/i.test(lead) && t.role !== "date" && t.role !== "weekday"))) ||
        (LETTERS_RE_7.test(lead) && /^\s*,/.test(text.slice(t.span.end, t.span.end + 3))) ||
        // "- Tuesday, 5 May: 8,400 ha, 14% contained": a day labelling a list line
        (!lead && /^[ \u00a0]*:/.test(text.slice(t.span.end, t.span.end + 3)) && !/\n/.test(text.slice(t.span.end, q.span.start))) ||
        // "October's average price of £281,000 was 2.9% higher": a period owning the sentence's subject
        // (its own clause: "2023's record of 52 has been passed, with 58 drowned" dates the record)
        (!lead && t.scope.granularity !== "day" && /^['’]s[ \u00a0]/.test(text.slice(t.span.end, t.span.end + 3)) && !/;|,[ \u00a0]/.test(text.slice(t.span.end, q.span.start)));
      if (between(t.span.end, q.span.start) && !opensSentence) continue;
      // "Founded in 1961, the brewery employs 340 people": a time in an
      // opening participle that dates the subject's beginnings is not its figures' period
      if (origin.test(text.slice(sentence.start, t.span.start)) && /^[ \u00a0]*,/.test(text.slice(t.span.end, q.span.start))) continue;
      // "a loan refinanced in 2019, and it lost £11.2m": a participle's time, past another clause's start
      // (or without the comma, before a verb of its own: "was built in 1991 and is licensed to carry 512")
      const participle = (b: string) => LETTERS_RE_8.test(b) || originEnd.test(b);
      if (!opensSentence && participle(text.slice(Math.max(sentence.start, t.span.start - 40), t.span.start)) && /,[ \u00a0]+(?:and|but|while|whereas)[ \u00a0]|^[ \u00a0]+and[ \u00a0]+(?:is|are|was|were|has|have|had)[ \u00a0]/i.test(text.slice(t.span.end, q.span.start))) continue;
      // "the bakery chain founded on Mill Lane in 1952 has gone into administration, with 41
      // shops to close": a participle's time, the sentence's own verb coming after it
      // (not the figure the verb gives the subject: "the number of homes completed in 2023 was 2,615")
      if (!opensSentence && LETTERS_RE_9.test(text.slice(Math.max(sentence.start, t.span.start - 60), t.span.start)) && LETTERS_RE_10.test(text.slice(t.span.end, q.span.start))) continue;
      // (an origin participle's, the phrase closed by a comma before the verb: "a 94 m vessel
      // built in 1991 at the yard and acquired in 2011, was licensed for 264 passengers")
      // (a participle with words between it and the time too: "acquired by its owner in 2011, was …")
      if (!opensSentence && (participle(text.slice(Math.max(sentence.start, t.span.start - 40), t.span.start)) || LETTERS_RE_9.test(text.slice(Math.max(sentence.start, t.span.start - 60), t.span.start))) && /,[ \u00a0]+(?:had|has|have|was|were|is|are)[ \u00a0]/.test(text.slice(t.span.end, q.span.start))) continue;
      // "Because the city's share was capped in 2018, the state's share rose by 12 percent": the
      // time of a clause of cause or concession set before the main one is that clause's
      if (/^[\s"“‘']*(?:because|although|though|whereas)\b[^,;]*$/i.test(text.slice(sentence.start, t.span.start)) && /^[^,;]*,/.test(text.slice(t.span.end, q.span.start))) continue;
      // "its lowest since early 2021, although rents were 4.4% higher": another clause's time
      if (!opensSentence && /;|,[ \u00a0]+(?:although|though|but|whereas|while|yet)\b/.test(text.slice(t.span.end, q.span.start))) continue;
      // "23,000 claims settled by Friday, compared with 17,500 as of Monday": the time of the reading
      // compared with, when the figure has one of its own after it ("3.7% in the north in May,
      // compared with 3.9% nationally" is May's too)
      if (!opensSentence && /,[ \u00a0]+(?:compared[ \u00a0]+(?:with|to)|as[ \u00a0]+against|against|versus)[ \u00a0]/i.test(text.slice(t.span.end, q.span.start)) && times.some((o) => o !== t && !!o.scope && !o.baseline && o.span.start >= q.span.end && o.span.end <= sentence.end && !between(q.span.end, o.span.start))) continue;
      cost = (q.span.start - t.span.end) * 1.5;
      // "from €4.32bn a year earlier to €4.71bn": the earlier level's time is not the later one's
      if (/^[ \u00a0,]*to[ \u00a0]+$/.test(text.slice(t.span.end, q.span.start)) && others.some((o) => o !== q && o.span.end <= t.span.start && /^[ \u00a0]+(?:(?:in|during|for|of|on|at|by)[ \u00a0]+)?$/.test(text.slice(o.span.end, t.span.start)) && /\bfrom[ \u00a0]+$/i.test(text.slice(Math.max(sentence.start, o.span.start - 12), o.span.start)))) continue;
      // "from 52,310 in May to 31,904": a time right after another figure belongs to it
      if (others.some((o) => o !== q && o.span.end <= t.span.start && LETTERS_RE_11.test(text.slice(o.span.end, t.span.start)))) {
        // "down from 51,200 in 2016, a fall of 6.1%": for a change, that figure's period is what it is measured from
        if (q.change && LETTERS_RE_12.test(text.slice(Math.max(sentence.start, t.span.start - 60), t.span.start))) {
          const d = (q.span.start - t.span.end) * 2;
          if (!baseline || d < baseline.cost) baseline = { t, cost: d };
          continue;
        }
        // "compares with 66.0% in May and is 2.4 points higher than …": a change in a
        // predicate of its own is not dated by the other figure's time
        if (q.change && /^[^.;]*?[ \u00a0]and[ \u00a0]+(?:is|was|are|were|has|had)[ \u00a0]/.test(text.slice(t.span.end, q.span.start))) continue;
        // "down from 8,020 in 2023, giving a rate of 12%": that earlier value's, not a later figure's
        if (fromFigurePeriod(q, t, text, sentence, others)) continue;
        cost += 300;
      }
      // "up from 3,310 last year, after orders rose to 52,090": a time right after a
      // from-figure is that earlier value's, not a later figure's
      // (not one the time's own clause opens: "from 11% a year earlier, when revenue was €2.41bn")
      // (a period, not a day: "rose to 41 from 36 Monday" dates the sentence's news)
      else if (fromFigurePeriod(q, t, text, sentence, others)) continue;
    }
    // ("9.2 GW today": a day right after the figure is the day it is as of, not a statement's)
    // (nor "143 trains on Saturday": the day after the figure's own noun)
    if (isEventDate(t) && !(t.span.start >= q.span.end && LETTERS_RE_13.test(text.slice(q.span.end, t.span.start)))) cost += 400;
    // "February's gain was cut to 312,000, and April's to 146,000": a time past a clause break
    // belongs to that clause (a relative one too: "In 2022 the city recorded 104, which means last
    // year's total …")
    const gap = t.span.start >= q.span.end ? text.slice(q.span.end, t.span.start) : text.slice(t.span.end, q.span.start);
    if (/;|,[ \u00a0]+(?:and|but|while|whereas|which|meaning)\b/.test(gap)) cost += 200;
    if (!best || cost < best.cost) best = { t, cost };
  }
  let base: { baseline?: TimeScope } = baseline ? { baseline: baseline.t.scope! } : {};
  // "up 11% on the same period of 2024": the figure's own period, in that year (with no period
  // of its own to shift, the year, marked as implied: not the whole of 2024 for certain)
  if (baseline && baseline.t.scope!.granularity === "year" && SAME_PERIOD.test(text.slice(Math.max(sentence.start, baseline.t.span.start - 40), baseline.t.span.start))) {
    const own = best?.t.scope;
    const by = own ? Number(baseline.t.scope!.start.slice(0, 4)) - Number(own.start.slice(0, 4)) : 0;
    base = own && /^\d{4}-/.test(own.start) && (own.granularity === "month" || own.granularity === "quarter" || own.granularity === "range") && !isEventDate(best!.t) && own.start.slice(0, 4) === own.end.slice(0, 4) && by < 0 ? { baseline: { ...shift(own, "Y", by), text: `${baseline.t.scope!.text ?? ""}`.trim() || undefined } } : { baseline: { ...baseline.t.scope!, implied: true, text: `the same period of ${baseline.t.scope!.text ?? baseline.t.scope!.start.slice(0, 4)}` } };
  }
  if (!best) return { scope: null, event: false, ...base };
  let s = best.t.scope!;
  // "the deadliest since 2006, when eleven people died": the figure is about 2006 itself
  if (s.since && best.t.span.end <= q.span.start && /^[ \u00a0]*,?[ \u00a0]*(?:when|where|in which)\b/i.test(text.slice(best.t.span.end, q.span.start))) {
    const year = s.start.slice(0, 4);
    s = s.granularity === "year" || /-01-01$/.test(s.start) ? { start: `${year}-01-01`, end: `${year}-12-31`, granularity: "year", text: s.text } : { start: s.start, end: s.start, granularity: "day", text: s.text };
  }
  return { scope: s, event: isEventDate(best.t), ...base };
}

/**
 * ", up ", ", down by ", ", a rise of " right before a change figure that follows a level,
 * with no other comma between (", while food prices, up 5 percent" is another subject's).
 */
const CHANGE_AFTER_LEVEL = /^(?:[^,]|(?<=\d),(?=\d))*,[ \u00a0]+(?:up|down|rising|falling|higher|lower|(?:an?[ \u00a0]+)?(?:rise|increase|drop|fall|decline|gain|jump)[ \u00a0]+of)(?:[ \u00a0]+by)?[ \u00a0]+$/i;

/** "…since the total stood at ", "…, bringing the tally to ": a total with no noun of its own, right before its figure. */
const BARE_TOTAL = /\b(?:the|a|its|their)[ \u00a0]+(?:total|tally|count|overall[ \u00a0]+figure|cumulative[ \u00a0]+total)[ \u00a0]+(?:(?:had|has|have|was|is)[ \u00a0]+)?(?:stood[ \u00a0]+at|rose[ \u00a0]+to|risen[ \u00a0]+to|climbed[ \u00a0]+to|reached|was|is|hit|to)[ \u00a0]+$/i;

/** Between a figure and a bracketed one labelled with a period: " people (2015: ", "% (2022/23: ". */
const BRACKET_LABEL = lre(/^(?:[ \u00a0]*[\p{L}%]+){0,5}[ \u00a0]*\([ \u00a0]*[^()\n:;,.]{2,24}(?<!\s):[ \u00a0]*$/u);

/** Between two coordinated figures, the second with its noun left out: "… on Wednesday and", "… in May, and". */
const ELLIPSIS = lre(/^(?:[ \u00a0]+\p{L}+)?(?:[ \u00a0]+(?:on|in|at|by|for)(?:[ \u00a0]+[\p{L}\d]+){1,3})?,?[ \u00a0]+(?:and|or|against|versus|but)[ \u00a0]+$/u);

/**
 * A figure's measure taken from an earlier figure of its sentence: that figure's head, and
 * (`all`) its words at their weights, the figure's own words kept at most at weight 1.
 */
function measureOfEarlier(from: QuantityClaim, own: ReturnType<typeof measureOf>, all: boolean): ReturnType<typeof measureOf> {
  const words = all ? new Map(from.measure.map((w, k) => [w, from.measureWeights[k]] as [string, number])) : new Map(own.words);
  if (all) for (const [w, wt] of own.words) words.set(w, Math.max(words.get(w) ?? 0, Math.min(wt, 1)));
  words.set(from.head!, 3);
  return { head: from.head, words };
}

/** Measure words and weights as shared copies (text/intern.ts). */
const sharedWeighted = (w: { measure: readonly string[]; measureWeights: readonly number[] }) => ({ measure: sharedWords(w.measure), measureWeights: sharedNumbers(w.measureWeights) });

/** The period one unit (Y, Q, M, W) before a scope: a relative baseline made absolute. */
function shiftBack(scope: TimeScope, unit: string): TimeScope {
  return shift(scope, unit, -1);
}

/** The same period `by` years, quarters, months or weeks (unit Y, Q, M, W) later (earlier when negative). */
function shift(scope: TimeScope, unit: string, by: number): TimeScope {
  const a = parseIso(scope.start);
  const b = parseIso(scope.end);
  if (!a || !b) return scope;
  if (unit === "Y") return { ...scope, start: iso(a.y + by, a.m, Math.min(a.d, daysInMonth(a.y + by, a.m))), end: iso(b.y + by, b.m, Math.min(b.d, daysInMonth(b.y + by, b.m))), text: by < 0 ? `a year before ${scope.text ?? ""}`.trim() : `a year after ${scope.text ?? ""}`.trim() };
  const months = (unit === "Q" ? 3 : unit === "M" ? 1 : 0) * by;
  if (!months) return { ...scope, start: addDays(scope.start, 7 * by), end: addDays(scope.end, 7 * by) };
  const move = (y: number, m: number) => {
    const t = y * 12 + (m - 1) + months;
    return [Math.floor(t / 12), (t % 12) + 1];
  };
  const [y1, m1] = move(a.y, a.m);
  const [y2, m2] = move(b.y, b.m);
  return { ...scope, start: iso(y1, m1, 1), end: iso(y2, m2, daysInMonth(y2, m2)) };
}

/** Patterns built from rules/measures.yaml, once per rules object. */
interface RoleCues {
  /** Words that make the figure after them an earlier value: a superseded estimate, range, level or target. */
  prior: RegExp;
  /** "up from the ", "down from its ": a change from the figure after it, when a level stands before. */
  changeFromThe: RegExp;
  /** "a town of", "a city of some": a place's size follows (up to two hedge words between). */
  placeSize: RegExp;
}

const roleCues = new WeakMap<Rules, RoleCues>();

function roleCuesOf(rules: Rules): RoleCues {
  let hit = roleCues.get(rules);
  if (hit) return hit;
  const alt = (words: string[]) => words.map((w) => escapeRegExp(w).replace(/ /g, "[ \\u00a0]+")).sort((a, b) => b.length - a.length).join("|") || "(?!)";
  const S = "[ \\u00a0]+";
  hit = {
    // "instead of 335,000", "up from the current requirement of 15 per cent", "its earlier estimate of 146,000"
    // (not the end of a compound: "the 31-year-old will earn £47,500")
    // (not the later level of "from €4.32bn a year earlier to €4.71bn")
    // (nor the object of a verb after a prior word's own noun: "the former mayor spent $2m")
    prior: new RegExp(
      compactLetters(`(?:\\b(?:instead${S}of|rather${S}than)${S}|\\b(?:${alt(rules.measures.fromVerbs)})${S}from${S}(?:(?:a|an|the|its|their)${S})?(?:[\\p{L}-]+${S}){0,3}?(?:of|at)${S}|(?<!-)\\b(?:(?:a|an|the|its|their|his|her|our)${S})?(?:${alt(rules.measures.priorWords)})(?:ly)?(?:(?:${S}(?!to\\b)[\\p{L}-]+){0,2}?${S}(?:of|at|was|were|is|are)${S}|(?:${S}(?!to\\b)(?![\\p{L}-]*ed\\b)[\\p{L}-]+)?${S}))$`),
      "iu",
    ),
    changeFromThe: new RegExp(compactLetters(`\\b(?:${alt(rules.measures.fromVerbs)})${S}from${S}(?:the|its|their)${S}$`), "iu"),
    placeSize: new RegExp(compactLetters(`\\b(?:an?|the)${S}(?:[a-z-]+${S})?(?:${alt(rules.measures.placeKinds)})${S}of${S}(?:[a-z]+${S}){0,2}$`), "u"),
  };
  roleCues.set(rules, hit);
  return hit;
}

/** "from 10 percent to 8 percent", "7 of 12 counts": the figure's part in a stated relation. */
function relationRole(q: QuantityMention, all: QuantityMention[], text: string, cues: RoleCues): QuantityClaim["role"] {
  const before = text.slice(Math.max(0, q.span.start - 8), q.span.start);
  if (/\bfrom[ \u00a0]+$/i.test(before)) return "previous";
  // "down from a previous range of $6.40 billion", "312,000 instead of 335,000", "its earlier estimate of 146,000"
  if (cues.prior.test(text.slice(Math.max(0, q.span.start - 50), q.span.start))) return "previous";
  // "5,300 enrolments, up from the 5,240 counted in May": after a figure of its kind, a change
  // from it (not "raised from the 1,200 tickets sold": no level before it)
  if (/\b(?:up|down)[ \u00a0]+from[ \u00a0]+(?:the|its|their)[ \u00a0]+$/i.test(text.slice(Math.max(0, q.span.start - 20), q.span.start))) return "previous";
  if (cues.changeFromThe.test(text.slice(Math.max(0, q.span.start - 40), q.span.start)) && all.some((o) => o !== q && o.unit === q.unit && o.span.end <= q.span.start && q.span.start - o.span.end <= 60 && !/[.;:!?]/.test(text.slice(o.span.end, q.span.start)))) return "previous";
  // "accounting for 1,387 of the admissions": a part of a total the sentence names
  if (q.family === "count" && LETTERS_RE_14.test(text.slice(q.span.end, q.span.end + 12)) && !/^[ \u00a0]+of[ \u00a0]+(?:the|its|their|these|those|all)[ \u00a0]+(?:[$€£]|\d)/.test(text.slice(q.span.end, q.span.end + 14))) return "part";
  // "167 structures destroyed, including 129 homes": a part of the figure before it
  if (/\b(?:including|among them|of whom|of which)[ \u00a0]+$/i.test(text.slice(Math.max(0, q.span.start - 14), q.span.start))) return "part";
  // "a village of about 800 people": the size of a place, the whole its people's figures are parts of
  if (q.family === "count" && cues.placeSize.test(text.slice(Math.max(0, q.span.start - 40), q.span.start))) return "whole";
  for (const o of all) {
    if (o === q) continue;
    if (o.span.start >= q.span.end && /^[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$/i.test(text.slice(q.span.end, o.span.start))) return "part";
    if (o.span.end <= q.span.start && /^[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$/i.test(text.slice(o.span.end, q.span.start))) return "whole";
  }
  return undefined;
}

export interface NormalizedSource {
  claims: QuantityClaim[];
  sentences: Range[];
}

/** Sorted by span start: the figures or times of a stretch of text are found by bisection. */
interface Sorted<T extends { span: { start: number; end: number } }> {
  xs: T[];
  /** Largest end among xs[0..k]. */
  maxEnd: number[];
  sorted: boolean;
}
function sortedSpans<T extends { span: { start: number; end: number } }>(xs: T[]): Sorted<T> {
  const maxEnd: number[] = [];
  let sorted = true;
  xs.forEach((x, k) => {
    maxEnd.push(Math.max(x.span.end, k ? maxEnd[k - 1] : -Infinity));
    if (k && xs[k - 1].span.start > x.span.start) sorted = false;
  });
  return { xs, maxEnd, sorted };
}
/** The items (in order) whose span touches [lo, hi]. */
function touching<T extends { span: { start: number; end: number } }>(s: Sorted<T>, lo: number, hi: number): T[] {
  if (!s.sorted) return s.xs.filter((x) => x.span.end >= lo && x.span.start <= hi);
  let a = 0;
  let b = s.xs.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (s.maxEnd[m] >= lo) b = m;
    else a = m + 1;
  }
  let c = a;
  let d = s.xs.length;
  while (c < d) {
    const m = (c + d) >> 1;
    if (s.xs[m].span.start <= hi) c = m + 1;
    else d = m;
  }
  return s.xs.slice(a, c).filter((x) => x.span.end >= lo && x.span.start <= hi);
}
const LETTER_OR_SPACE = lre(/[\p{L} \u00a0]/u);

/** Whether a span other than `except` overlaps [t.start, t.end); `s` must be sorted. */
function overlapsOther<T extends { span: { start: number; end: number } }>(s: Sorted<T>, t: { start: number; end: number }, except: object): boolean {
  let a = 0;
  let b = s.xs.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (s.maxEnd[m] > t.start) b = m;
    else a = m + 1;
  }
  for (let i = a; i < s.xs.length && s.xs[i].span.start < t.end; i++) if (s.xs[i].span !== except && s.xs[i].span.end > t.start) return true;
  return false;
}

/**
 * `y` is `x`'s period, or a shorter one that starts before `x` ends ("in March" when the
 * figure is a forecast for 2026: when the earlier value was stated, not what it is for).
 */
const sameScope = (x: TimeScope | null | undefined, y: TimeScope) => {
  if (!x || /^(?:0000|P[-+])/.test(x.start) || /^(?:0000|P[-+])/.test(y.start)) return false;
  if (x.start === y.start && x.end === y.end) return true;
  const days = (s: TimeScope) => Date.parse(s.end) - Date.parse(s.start);
  return days(y) < days(x) / 2 && y.start <= x.end;
};

export function normalizeSource(source: Source, sourceIndex: number, quantities: QuantityMention[], times: TimeMention[], rules: Rules): NormalizedSource {
  const lex = measureLexicon(rules);
  const sentences = splitSentences(source.text, source.body.start, source.text.length);
  const headline = headlineRange(source);
  const lede = source.continues ? undefined : sentences.find((r) => (!headline || r.start >= headline.end) && source.text.slice(r.start, r.end).split(/\s+/).length >= 8);
  const claims: QuantityClaim[] = [];
  const box = source.continues ? [] : factBoxLines(source.text, source.body.start, source.text.length);
  let bi = 0;
  // Each claim reads only its sentence. The figures and times that can matter to it are
  // those touching the sentence widened over letters and spaces (every test below either
  // overlaps the sentence or spans a gap of words and spaces), found by bisection: the
  // cost stays linear in the claims however long the source.
  const text = source.text;
  const allQ = sortedSpans(quantities);
  const allT = sortedSpans(times);
  let local: { key: string; tokens: ReturnType<typeof tokenize>; qs: QuantityMention[]; ts: TimeMention[]; mentions: Sorted<QuantityMention | TimeMention> } | undefined;
  let si = 0;
  let n = 0;
  let sentenceSpan: Span | undefined;
  // "Six months to 30 June 2026" over "- Revenue of …, up 6.1%": the period a short
  // heading line names, for the bullet lines right under it (by line start, read once)
  const headings = new Map<number, TimeScope | null>();
  // (a long line is no list item: the start looked for in the 300 characters before)
  const lineStartOf = (at: number) => lineStartWithin(text, at, 300);
  // a table cell with no period of its own is in the one its row's label, its column's heading or
  // the table's caption names, the nearest first ("March 2026 | 46.90 | 57.35"; extract found where)
  const onePeriod = ([from, to]: [number, number]): TimeScope | null => {
    const periods = touching(allT, from, to).filter((t) => t.scope && !t.baseline && !t.possessive && (t.role === "period" || t.role === "year" || t.role === "date") && !/^(?:0000|P[-+])/.test(t.scope.start));
    return periods.length && periods.every((t) => t.scope!.start === periods[0].scope!.start && t.scope!.end === periods[0].scope!.end) ? periods[0].scope! : null;
  };
  const tableScope = (q: QuantityMention): TimeScope | null => {
    for (const r of q.cellPeriods ?? []) {
      const s = onePeriod(r);
      if (s) return s;
    }
    return null;
  };
  const headingScope = (at: number): TimeScope | null => {
    let ls = lineStartOf(at);
    if (ls < 0 || !BULLET.test(text.slice(ls, ls + 6))) return null;
    const first = ls;
    const hit = headings.get(first);
    if (hit !== undefined) return hit;
    let found: TimeScope | null = null;
    // up over the list's other items to the line above them (a blank line ends the list)
    for (let k = 0; k < 40 && ls > 0; k++) {
      const prev = lineStartOf(ls - 1);
      if (prev < 0) break;
      const line = text.slice(prev, ls - 1);
      if (!line.trim()) break;
      if (BULLET.test(line)) {
        ls = prev;
        continue;
      }
      // a heading: short, not a sentence, naming one period
      if (line.length <= 80 && !/[.!?]["'”’]?\s*$/.test(line)) {
        const periods = touching(allT, prev, ls - 1).filter((t) => t.scope && !t.baseline && !t.possessive && (t.role === "period" || t.role === "year") && !/^(?:0000|P[-+])/.test(t.scope.start));
        // ("Second quarter 2026 (April–June)" names one period twice)
        if (periods.length && periods.every((t) => t.scope!.start === periods[0].scope!.start && t.scope!.end === periods[0].scope!.end)) found = periods[0].scope;
      }
      break;
    }
    headings.set(first, found);
    return found;
  };
  for (const q of quantities) {
    while (si < sentences.length - 1 && sentences[si].end <= q.span.start) si++;
    const sentence = sentences[si] ?? { start: q.span.start, end: q.span.end };
    let lo = Math.min(sentence.start, q.span.start);
    let hi = Math.max(sentence.end, q.span.end);
    const key = `${sentence.start}:${sentence.end}:${lo}:${hi}`;
    if (local?.key !== key) {
      while (lo > 0 && LETTER_OR_SPACE.test(text[lo - 1])) lo--;
      while (hi < text.length && LETTER_OR_SPACE.test(text[hi])) hi++;
      const qs = touching(allQ, lo, hi);
      const ts = touching(allT, lo, hi);
      local = { key, tokens: tokenize(text, sentence.start, sentence.end), qs, ts, mentions: sortedSpans<QuantityMention | TimeMention>([...qs, ...ts].sort((a, b) => a.span.start - b.span.start)) };
    }
    const { tokens, qs, ts, mentions } = local;
    // a token inside another figure or a time is not a measure word (bisection: a sentence
    // full of figures stays linear; issue 7)
    const inOther = (t: { start: number; end: number }) => overlapsOther(mentions, t, q.span);
    let measure = measureOf(tokens, q.span.start, q.span.end, lex, inOther, source.text);
    // a table cell measures what its column's heading names ("Imports" over "57.35")
    if (q.column) measure = withColumn(measure, q.column, lex);
    // "Turnout was 61.2 percent of registered voters, up 4.4 points from 56.8 percent": a change
    // set off after a level is the change of that level, whatever nouns stand around it
    // (the level in the change's own terms: points change a percentage, a count changes a count)
    let prev: QuantityClaim | undefined;
    for (let k = claims.length - 1; q.change && k >= 0 && claims[k].sentence.start === sentence.start && !prev; k--) {
      const c = claims[k];
      if (q.family === "percentage-point" ? c.family === "percent" : q.family === "percent" || c.family === q.family) prev = c;
    }
    if (q.change && prev && !prev.change && prev.head && prev.span.end <= q.span.start) {
      const gap = source.text.slice(prev.span.end, q.span.start);
      if (gap.length <= 120 && !/[;:]/.test(gap) && CHANGE_AFTER_LEVEL.test(gap)) measure = measureOfEarlier(prev, measure, true);
    }
    // "five new cases since the total stood at 57": a bare total counts what the figure before it counts
    const last = claims[claims.length - 1];
    // "an average of 2.2 people (2016: 2.5)": a figure in brackets behind a period's label is the
    // figure before the brackets, for that period (a comparative column written inline)
    const labelled = last && last.sentence.start === sentence.start && last.unit === q.unit && !last.change && !q.change && BRACKET_LABEL.test(source.text.slice(last.span.end, q.span.start)) ? last : undefined;
    if (!measure.head && last && last.sentence.start === sentence.start && last.head && last.family === q.family && BARE_TOTAL.test(source.text.slice(Math.max(sentence.start, last.span.end), q.span.start))) measure = measureOfEarlier(last, measure, false);
    // "114 vessels on Wednesday and 187 on Thursday": a bare figure coordinated with the one
    // before it counts the same thing (its noun left out)
    else if (!measure.head && labelled?.head) measure = measureOfEarlier(labelled, measure, true);
    else if (!measure.head && last && last.sentence.start === sentence.start && last.head && last.family === q.family && last.unit === q.unit && !last.change === !q.change && ELLIPSIS.test(source.text.slice(Math.max(sentence.start, last.span.end), q.span.start))) measure = measureOfEarlier(last, measure, true);
    const isTime = (t: { start: number; end: number }) => ts.some((x) => t.start < x.span.end && x.span.start < t.end);
    const qualifiers = qualifiersOf(tokens, source.text, q.span.start, q.span.end, isTime, qualifierLexicon(rules));
    const own = scopeFor(q, sentence, source.text, ts, qs, futureModalRe(rules), reportedTimeRe(rules), originTimeRe(rules), priorClauseRe(rules), originEndRe(rules));
    const { event, baseline: stated } = own;
    // a list item with no period of its own is in the period its list's heading names
    const scope = own.scope ?? (q.cellPeriods ? tableScope(q) : headingScope(q.span.start));
    // "up 4.2% from a year earlier" in May 2024: the baseline is May 2023
    const baseline = stated && stated.start.startsWith("P-1") && scope && !event && !/^P[-+]/.test(scope.start) ? shiftBack(scope, stated.start.slice(3)) : stated;
    // a pledge or forecast ("promised to send 7,500") is a different claim from an outcome
    const lead = source.text.slice(Math.max(sentence.start, q.span.start - 60), q.span.start).toLowerCase();
    // …but "promised to review the council's $2.4 billion budget": a possessive before the figure
    // makes it something that exists already, whatever is promised about it
    // ("her" is left out: "promised her $50,000" gives her the money)
    const owned = /(?:['’]s|\b(?:its|their|his|our))[ \u00a0]+(?:\p{Sc}|[A-Z]{1,3}\$)?$/u.test(source.text.slice(Math.max(sentence.start, q.span.start - 60), q.span.start));
    // (a vote or score is an outcome: "approved the plan by 41 votes to 19" pledges nothing)
    // (…and a figure whose counted noun is the pledge or target itself, "Total pledged: $4.1m",
    // "pledges totalling $4.1m", counts pledges: the same measure however it is worded)
    // (the planned word must be other than the counted noun: "aims to raise $48m in pledges" is a plan)
    // (not a comparison with what was expected: "better than we expected, with revenue of …")
    const leadWords = lead.split(/[^a-z']+/);
    // ("than analysts had expected", "than had been forecast": "than" up to four words before)
    let planned = !owned && q.family !== "score" && leadWords.some((w, k) => k >= leadWords.length - 7 && lex.planned.has(w) && !leadWords.slice(Math.max(0, k - 4), k).includes("than") && !(measure.head && lex.plannedKeys.has(measure.head) && measureKeyOf(w, lex) === measure.head));
    // "had forecast sales of $1.46 billion and net income of $212 million": a figure joined by
    // "and" to a forecast one, with only its own noun between, is forecast too
    // "If the result is reversed, the party would drop to 28 seats": what would follow on a
    // condition is no outcome either
    if (!planned && !owned && /\bwould[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,3}$/.test(lead) && IF_CLAUSE.test(source.text.slice(sentence.start, q.span.start))) planned = true;
    const joined = claims[claims.length - 1];
    if (!planned && !owned && joined?.planned && joined.sentence.start === sentence.start && JOINED_LIKE.test(source.text.slice(joined.span.end, q.span.start))) planned = true;
    let role = relationRole(q, qs, source.text, roleCuesOf(rules));
    // "from 52,310 in May to 31,904 in July": a from-value with its own period is a level
    // …unless a figure of the sentence it changed into has the same period, or one holding its
    // period ("raised its 2026 forecast to 3.1 million tonnes, from 2.6 million tonnes in
    // March"): an earlier value of that figure
    let earlier = false;
    // (its own period: a heading's is the list's, not a from-value's; and only the figures near
    // it, so a sentence full of figures stays linear)
    if (role === "previous" && own.scope && !event && !qs.some((o) => o !== q && o.unit === q.unit && o.span.start >= sentence.start && o.span.end <= sentence.end && Math.abs(o.span.start - q.span.start) <= 200 && !/\bfrom[ \u00a0]+$/i.test(text.slice(Math.max(0, o.span.start - 8), o.span.start)) && sameScope(scopeFor(o, sentence, text, ts, qs, futureModalRe(rules), reportedTimeRe(rules), originTimeRe(rules), priorClauseRe(rules), originEndRe(rules)).scope, own.scope!))) {
      role = undefined;
      earlier = true;
    }
    // …and when that period ended before the labelled figure's (or before publication, the
    // figure having none), it is the earlier level that figure is set against
    // (a day's label is a balance date, "(30 June 2024: £48.7m)", not an event)
    if (labelled && !role && own.scope && !/^(?:0000|P[-+])/.test(own.scope.start)) {
      const now = labelled.scope && !/^(?:0000|P[-+])/.test(labelled.scope.start) ? labelled.scope.start : labelled.scope ? undefined : source.meta.published;
      if (now && own.scope.end < now) earlier = true;
    }
    const claim: QuantityClaim = {
      ...q,
      interval: sharedInterval(q.interval),
      sourceIndex,
      id: `S${sourceIndex}:Q${n++}`,
      // one span object for all the figures of a sentence (a long source has hundreds of thousands)
      sentence: sentenceSpan?.start === sentence.start && sentenceSpan.end === sentence.end ? sentenceSpan : (sentenceSpan = { source: source.path, start: sentence.start, end: sentence.end, text: source.text.slice(sentence.start, sentence.end) }),
      ...sharedWeighted(weighted(measure.words)),
      scope,
      ...(baseline ? { baseline } : {}),
      scopeIsEvent: event,
      planned,
      running: (measure.head !== undefined && lex.running.has(measure.head)) || [...measure.words].some(([w, wt]) => wt >= 1 && lex.running.has(w)),
      qualifiers: sharedWords(qualifiers),
      ...(role ? { role } : {}),
      ...(earlier ? { earlier } : {}),
      ...(source.meta.published ? { published: source.meta.published } : {}),
      headline: !!headline && q.span.start >= headline.start && q.span.end <= headline.end,
      lede: !!lede && q.span.start >= lede.start && q.span.end <= lede.end,
    };
    if (measure.head) claim.head = measure.head;
    while (bi < box.length && box[bi].line.end <= q.span.start) bi++;
    const line = box[bi];
    // a sub-item of the box has no label of its own ("") but is still not body text
    if (line && q.span.start >= (line.label?.end ?? line.line.start) && q.span.end <= line.line.end) {
      claim.factLabel = line.label ? source.text.slice(line.label.start, line.label.end) : "";
      claim.factLine = line.line.start;
    }
    // a bulleted line (its start within a few hundred characters)
    const ls = lineStartOf(q.span.start);
    if (ls >= 0 && BULLET.test(text.slice(ls, q.span.start))) claim.listItem = true;
    claims.push(claim);
  }
  // "from £9.6m at 31 July 2023 to £8.1m a year later": a period one on from the one another
  // figure of the sentence names (the nearest with a period of its own); unplaced, no period
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if (!c.scope?.start.startsWith("P+")) continue;
    // (counted on from the latest period of the sentence's levels, not from a from-value: "grew to
    // 55 in 2022 from 40 in 2021, and had 70 a year later" is 2023)
    const dated = (x: QuantityClaim) => x !== c && x.sentence.start === c.sentence.start && !!x.scope && !/^(?:0000|P[-+])/.test(x.scope.start);
    const near = claims.slice(Math.max(0, k - 12), k + 12).filter(dated);
    const levels = near.filter((x) => !x.role && !x.earlier);
    const from = (levels.length ? levels : near).reduce<QuantityClaim | undefined>((a, x) => (!a || x.scope!.end > a.scope!.end ? x : a), undefined);
    const unit = c.scope.start.slice(3);
    c.scope = from ? { ...shift(from.scope!, unit, 1), text: c.scope.text } : null;
    // (and a change of that period measured "on a year earlier" from the one before it)
    if (c.baseline?.start.startsWith("P-1") && c.scope) c.baseline = shiftBack(c.scope, c.baseline.start.slice(3));
  }
  // "rose 6.1% to 940.2 million euros in the April-June quarter": a change with no period
  // of its own is of the level it reached (the period after the level names both)
  for (let k = 0; k + 1 < claims.length; k++) {
    const [c, to] = [claims[k], claims[k + 1]];
    if (!c.change || c.scope || !to.scope || to.change || to.role || c.sentence.start !== to.sentence.start) continue;
    if (/^[ \u00a0]+to[ \u00a0]+$/.test(text.slice(c.span.end, to.span.start))) {
      c.scope = to.scope;
      c.scopeIsEvent = to.scopeIsEvent;
    }
  }
  // "a final dividend of 9.1p per share, giving a total dividend of 13.6p": a sum with no "per"
  // beside one of its sentence's in the same currency, of the same noun, is per the same thing
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if (c.per || !c.head || !c.family.startsWith("money")) continue;
    // (of the same size: "net profit of £412m, or 31.2p a share" restates a total per share)
    const size = (x: QuantityClaim) => (typeof x.value === "number" ? Math.abs(x.value * x.toBase) : NaN);
    const near = (x: QuantityClaim) => size(x) > 0 && size(c) > 0 && Math.max(size(x), size(c)) / Math.min(size(x), size(c)) <= 10;
    const like = claims.slice(Math.max(0, k - 6), k + 7).find((x) => x !== c && x.sentence.start === c.sentence.start && !!x.per && !isPeriodRate(x.per) && x.unit === c.unit && x.head === c.head && near(x));
    if (like) c.per = like.per;
  }
  ageReferences(claims, text, rules);
  unnamedAgeReferences(claims, text, rules);
  return { claims, sentences };
}

/** ", and net profit of" between a forecast figure and the next: only that figure's own noun between. */
// (a list of the expected: "sales of $1.46 billion and net income of $212 million"; not "and
// revenue came in at $2.91 billion", a figure of its own verb)
const JOINED_LIKE = lre(/^,?[ \u00a0]+and[ \u00a0]+(?:(?:(?!\p{L}+ed[ \u00a0])[\p{L}-]+[ \u00a0]+){1,4}of[ \u00a0]+)?$/u);

const titleWords = new WeakMap<Rules, Set<string>>();

/** "Dana Holt, 58," / "Holt, 58,": the name (its surname last) an age is set off after. */
const NAMED_AGE = lre(/(?:(\p{Lu}[\p{L}'’-]+)[ \u00a0]+)?(\p{Lu}[\p{L}'’-]+),[ \u00a0]$/u);

/** "the 58-year-old" standing for a person (not "the 58-year-old Dana Holt", named right after). */
const AGE_REFERENCE = /^\d{1,3}-year-old$/;

/** Patterns over the people rules: an age standing for a person, and another person brought in. */
const agePatterns = new WeakMap<Rules, { standsFor: RegExp; another: RegExp }>();
function agePatternsOf(rules: Rules): { standsFor: RegExp; another: RegExp } {
  let x = agePatterns.get(rules);
  if (!x) {
    const nouns = rules.people.personNouns.map((w) => escapeRegExp(w)).join("|") || "(?!)";
    x = {
      // "the 66-year-old was", "the 66-year-old, who", "the 66-year-old's", "the 66-year-old
      // grandmother": an age standing for a person (not "the 63-year-old bridge", "the
      // 110-year-old listed chapel": an age describing a thing)
      standsFor: new RegExp(compactLetters(`^(?:[,.;:!?'’)]|[ \\u00a0]+(?:was|is|had|has|who|remains|remained|will|would|could|did|does|said|says|told|died|collapsed|suffered|pleaded|admitted|denied|appeared|(?:${nouns})s?)(?![\\p{L}]))`), "iu"),
      // "A man was arrested", "after a pedestrian was struck": another person brought in
      another: new RegExp(compactLetters(`(?<![\\p{L}])(?:a|an|another)[ \\u00a0]+(?:[\\p{L}-]+[ \\u00a0]+)?(?:${nouns})(?![\\p{L}])`), "iu"),
    };
    agePatterns.set(rules, x);
  }
  return x;
}

/**
 * "A 34-year-old man collapsed … The 34-year-old was taken to hospital": with one person only
 * brought in by an age and no name, a later "the N-year-old" stands for that person. Both get
 * the person as their counted thing (`age:#…`, the introduction's place: no key across
 * sources), so a source that gives the person two ages is seen. None is taken when the source
 * brings in two people so, names anyone with an age (ageReferences), or brings in another
 * person or gives another age between the two ("A man was arrested. The 41-year-old …").
 */
function unnamedAgeReferences(claims: QuantityClaim[], text: string, rules: Rules): void {
  const { standsFor, another } = agePatternsOf(rules);
  const ages = claims.filter((c) => c.family === "age" && typeof c.value === "number" && AGE_REFERENCE.test(c.span.text));
  const article = (c: QuantityClaim, re: RegExp) => re.test(text.slice(Math.max(0, c.span.start - 8), c.span.start));
  // (not a likeness: "I feel like a 50-year-old")
  const intros = ages.filter((c) => article(c, LETTERS_RE_15) && !article(c, /(?:like|as)[ \u00a0]+an?[ \u00a0]$/iu) && LETTERS_RE_16.test(text.slice(c.span.end, c.span.end + 3)));
  if (intros.length !== 1 || claims.some((c) => c.head?.startsWith("age:"))) return;
  const intro = intros[0];
  for (const c of ages) {
    if (c.span.start <= intro.span.start || c.span.start - intro.span.end > 3000 || !article(c, LETTERS_RE_17)) continue;
    if (!standsFor.test(text.slice(c.span.end, c.span.end + 16))) continue;
    // (the intro's own noun, "a 52-year-old woman", is not another person)
    const between = text.slice(intro.span.end + 1, c.span.start).replace(LETTERS_RE_18, "");
    if (another.test(between) || claims.some((x) => x !== c && x !== intro && x.family === "age" && x.span.start > intro.span.end && x.span.end < c.span.start)) break;
    intro.head = c.head = `age:#${intro.span.start}`;
  }
}

/**
 * "Ana Holt, 63, a retired nurse … memories of the 66-year-old": an age that stands for a
 * person already named with an age is that person's age too. Both get the person as their
 * counted thing (`age:holt`), so a source that gives two ages for one person is seen. The
 * person is the one with a stated age whose surname was written last before the reference
 * (within a few paragraphs); none is taken when the age referred to is another named person's.
 */
function ageReferences(claims: QuantityClaim[], text: string, rules: Rules): void {
  // words before a surname that are no first name: honorifics, titles, ranks ("Mrs Quell", "Dr Holt", "Chief Inspector Holt")
  const p = rules.people;
  const notGiven = titleWords.get(rules) ?? titleWords.set(rules, new Set([...p.honorifics, ...p.ranks, ...p.notNames, ...p.roles.flat().filter((w) => !w.includes(" "))].map((w) => w.toLowerCase().replace(/\.$/, "")))).get(rules)!;
  const named: Array<{ c: QuantityClaim; surname: string; given?: string }> = [];
  for (const c of claims) {
    if (c.family !== "age" || typeof c.value !== "number") continue;
    const m = NAMED_AGE.exec(text.slice(Math.max(0, c.span.start - 40), c.span.start));
    if (m) named.push({ c, surname: m[2], ...(m[1] && !notGiven.has(m[1].toLowerCase()) ? { given: m[1] } : {}) });
  }
  if (!named.length) return;
  // the first names the text gives a surname anywhere ("Mara Quell" and "Ivo Quell": two
  // people), read in one pass over the text's capitalised pairs
  const firstNames = new Map<string, Set<string>>(named.map((x) => [x.surname, new Set<string>()]));
  for (const m of text.matchAll(lre(/(\p{Lu}[\p{L}'’-]+)\.?[ \u00a0]+(?=(\p{Lu}[\p{L}'’-]+)(?![\p{L}]))/gu))) {
    const set = firstNames.get(m[2]);
    if (set && !notGiven.has(m[1].toLowerCase()) && !/ing$/.test(m[1])) set.add(m[1]);
  }
  // a named age counts its person: by full name when given, by surname when the text gives it one person
  const single = (s: string) => (firstNames.get(s)?.size ?? 0) <= 1;
  const heads = new Map<string, Set<string>>();
  for (const x of named) {
    const key = x.given ? `${x.given} ${x.surname}` : single(x.surname) ? x.surname : undefined;
    if (!key) continue;
    x.c.head ??= `age:${key.toLowerCase()}`;
    (heads.get(x.surname) ?? heads.set(x.surname, new Set()).get(x.surname)!).add(`age:${key.toLowerCase()}`);
  }
  const ages = new Set(named.map((x) => x.c.value as number));
  const surnames = new Set([...heads.keys()].filter((s) => single(s) && heads.get(s)!.size === 1));
  let lo = 0;
  let hi = 0;
  for (const c of claims) {
    if (c.family !== "age" || !AGE_REFERENCE.test(c.span.text) || ages.has(c.value as number)) continue;
    if (!/\bthe[ \u00a0]+$/i.test(text.slice(Math.max(0, c.span.start - 6), c.span.start)) || !agePatternsOf(rules).standsFor.test(text.slice(c.span.end, c.span.end + 16))) continue;
    // the surname written last before the reference, within the 1,200 characters before it, of
    // the people given an age in the few thousand characters before (a long archive stays linear)
    const window = text.slice(Math.max(0, c.span.start - 1200), c.span.start);
    // (claims and named ages are in text order: the window's ends only move forward)
    while (hi < named.length && named[hi].c.span.start < c.span.start) hi++;
    while (lo < hi && named[lo].c.span.start <= c.span.start - 6000) lo++;
    const near = new Set(named.slice(lo, hi).map((x) => x.surname));
    let best: string | undefined;
    let at = -1;
    for (const s of near) {
      if (!surnames.has(s)) continue;
      const esc = escapeRegExp(s);
      const i = window.search(new RegExp(compactLetters(`(?<![\\p{L}])${esc}(?![\\p{L}])(?![\\s\\S]*(?<![\\p{L}])${esc}(?![\\p{L}]))`), "u"));
      if (i > at) {
        at = i;
        best = s;
      }
    }
    if (best) c.head = [...heads.get(best)!][0];
  }
}

/** Column heading weight: a word of the figure's context (a heading is often generic, "Annual change"). */
const COLUMN_WEIGHT = 0.6;

/** A measure with a table column heading's words added; its last word is the head when the cell's row gave none. */
function withColumn(m: MeasureResult, column: string, lex: MeasureLexicon): MeasureResult {
  const words = new Map(m.words);
  const bare = column.replace(/\([^()]*\)/g, " ");
  let last: string | undefined;
  for (const t of tokenize(bare, 0, bare.length)) {
    const w = measureWord(t, lex);
    if (!w) continue;
    words.set(w, Math.max(words.get(w) ?? 0, COLUMN_WEIGHT));
    last = w;
  }
  const head = m.head ?? last;
  return { words, ...(head ? { head } : {}) };
}
