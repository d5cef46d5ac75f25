// event-date (kind time-scope): the same event dated differently by two sources
// ("found guilty on April 9" / "earlier this month"; "takes effect Oct. 1" / "Nov. 1").
import type { Evidence, QuantityClaim } from "../../types.js";
import type { Rules } from "../../rules/types.js";
import type { EventMention } from "../../extract/events.js";
import { tokenize } from "../../text/tokens.js";
import { measureLexicon, measureSimilarity, measureWord, weighted } from "../../normalize/measure.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { describeScope, fileName } from "../describe.js";
import type { EntityDraft } from "./entity-name.js";
import { lre } from "../../text/letters.js";
import { swappedPair } from "../../text/digits.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^\p{Lu}/u);

const meta: RuleMeta = {
  id: "event-date",
  kind: "time-scope",
  description: "The same event (a verdict, a vote, a publication, a start date) dated differently across sources.",
  defaultSeverity: "major",
  messages: {
    moved: "the same event ({{event}}) is dated {{da}} in {{fa}} but {{db}} in {{fb}} (shared words: {{why}})",
    slip: "the same event ({{event}}) is dated {{da}} in {{fa}} but {{db}} in {{fb}}: the year's digits look transposed (shared words: {{why}})",
  },
};

export interface SourcedEvent extends EventMention {
  sourceIndex: number;
  /** The figures stated in the event's sentence (for recurring events, see `sameRelease`). */
  figures?: ReadonlyArray<Pick<QuantityClaim, "unit" | "interval">>;
  /** The source's publication date (YYYY-MM-DD), when known. */
  published?: string;
}

/** A release dated after the day its source was published: one still to come. */
const scheduled = (e: SourcedEvent) => !!e.published && !e.scope.start.startsWith("0000") && e.scope.start > e.published;

/**
 * Two datings of a recurring event (rules/time.yaml recurringEvents: "figures published on
 * Friday show 14 cases" / "figures published on Tuesday show 17 cases") can be of one release
 * only if they share a figure, or state none of one unit.
 */
function sameRelease(a: SourcedEvent, b: SourcedEvent): boolean {
  // (only figures of a unit both state tell: a count against a rate says nothing)
  const units = new Set((a.figures ?? []).map((x) => x.unit));
  const shared = (b.figures ?? []).filter((y) => units.has(y.unit));
  if (!shared.length) return true;
  return a.figures!.some((x) => shared.some((y) => x.unit === y.unit && x.interval.low <= y.interval.high && y.interval.low <= x.interval.high));
}

function overlaps(a: EventMention, b: EventMention): boolean {
  // a year inferred from the publication date is a guess: then compare month and day only
  const unknown = a.scope.start.startsWith("0000") || b.scope.start.startsWith("0000") || !!a.scope.implied !== !!b.scope.implied;
  const n = (d: string) => (unknown ? d.slice(5) : d);
  return !(n(a.scope.end) < n(b.scope.start) || n(b.scope.end) < n(a.scope.start));
}

/**
 * "Sunday's fixture" or "shut on Tuesday and Wednesday of that week", read as a weekday counted from
 * publication, against a date a whole number of weeks away: which week the weekday is in is
 * the guess (a weekly fixture, a week named elsewhere), not the date.
 */
function weeksApart(a: EventMention, b: EventMention): boolean {
  const bare = (e: EventMention) => WEEKDAY.test(e.date.text) && !/\d/.test(e.date.text) && !MONTH.test(e.date.text);
  if (!bare(a) && !bare(b)) return false;
  // (one week exactly, between days or a few days: "Monday" is no guess at "in January")
  const span = (e: EventMention) => (Date.parse(e.scope.end) - Date.parse(e.scope.start)) / 86400000;
  if (!(span(a) < 7 && span(b) < 7)) return false;
  const days = (Date.parse(a.scope.start) - Date.parse(b.scope.start)) / 86400000;
  return Math.abs(days) === 7;
}
/** Both dated to a year written out, the two years' digits trading places. */
function yearSlip(a: EventMention, b: EventMention): boolean {
  const year = (e: EventMention) => (e.scope.granularity === "year" && /^\d{4}$/.test(e.date.text.trim()) ? e.date.text.trim() : "");
  const [x, y] = [year(a), year(b)];
  return !!x && !!y && swappedPair(x, y);
}
const WEEKDAY = lre(/(?<![\p{L}])(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![\p{L}])/iu);
const MONTH = lre(/(?<![\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\p{L}]*\.?(?![\p{L}])/iu);

export const eventDate = {
  meta,
  check(events: SourcedEvent[], rules: Rules): Array<EntityDraft & { kind: "time-scope" }> {
    const lex = measureLexicon(rules);
    // stems of the events' words: a word in common that only names another event ("which opened
    // in 2012, will close" / "which opened in 2021, will also close") says nothing of the thing
    const eventStems = new Set(rules.time.events.flat().map((w) => measureWord({ text: w, lower: w.toLowerCase(), start: 0, end: w.length }, lex)).filter((w): w is string => !!w));
    const words = new Map<SourcedEvent, Map<string, number>>();
    const triggersIn = new Map<string, EventMention["trigger"][]>();
    for (const e of events) {
      const k = `${e.sentence.source}\u0001${e.sentence.start}`;
      (triggersIn.get(k) ?? triggersIn.set(k, []).get(k)!).push(e.trigger);
    }
    for (const e of events) {
      const m = new Map<string, number>();
      // offsets in the sentence's own text: the date and trigger moved to match
      const at = e.sentence.start;
      for (const t of tokenize(e.sentence.text)) {
        const [start, end] = [t.start + at, t.end + at];
        if ((start >= e.date.start && end <= e.date.end) || (start >= e.trigger.start && end <= e.trigger.end)) continue;
        // (another event's trigger says nothing of what this one is: "the fund opens today and
        // will close on 9 June" / "the vote will open on Friday and close on 2 June")
        if ((triggersIn.get(`${e.sentence.source}\u0001${e.sentence.start}`) ?? []).some((x) => x !== e.trigger && start >= x.start && end <= x.end)) continue;
        const w = measureWord(t, lex);
        if (w) m.set(w, LETTERS_RE_1.test(t.text) ? 2 : 1);
      }
      words.set(e, m);
    }
    // the lists each similarity reads, built once per event (not once per pair); events with
    // the same words form one class, and each pair of classes is scored once (a story told by
    // a thousand sources has a few dozen wordings of one event, not half a million)
    const weights = new Map([...words].map(([e, m]) => [e, weighted(m)]));
    const classOf = new Map<SourcedEvent, number>();
    const classIds = new Map<string, number>();
    for (const [e, w] of weights) {
      const k = JSON.stringify([w.measure, w.measureWeights]);
      let id = classIds.get(k);
      if (id === undefined) classIds.set(k, (id = classIds.size));
      classOf.set(e, id);
    }
    const sims = new Map<number, number>();
    const similarity = (a: SourcedEvent, b: SourcedEvent) => {
      const [x, y] = [classOf.get(a)!, classOf.get(b)!];
      const k = Math.min(x, y) * classIds.size + Math.max(x, y);
      let s = sims.get(k);
      if (s === undefined) sims.set(k, (s = measureSimilarity(weights.get(a)!, weights.get(b)!)));
      return s;
    };
    type Pair = { a: SourcedEvent; b: SourcedEvent; sim: number };
    const pairs: Pair[] = [];
    const byKey = new Map<string, SourcedEvent[]>();
    for (const e of events) {
      const list = byKey.get(e.event);
      if (list) list.push(e);
      else byKey.set(e.event, [e]);
    }
    for (const [event, list] of byKey) {
      const recurring = rules.time.recurringEvents.includes(event);
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i];
          const b = list[j];
          if (a.sourceIndex === b.sourceIndex) continue;
          // two sources quoting the same words with a relative date in them ("announced this
          // week"): each counted from when the words were said, not from its own publication
          if (a.quotedRelative && b.quotedRelative) continue;
          if (recurring && !sameRelease(a, b)) continue;
          // (a release still to come is not one already out: "the next report will be published
          // on 14 May" against "the report, published yesterday")
          if (recurring && scheduled(a) !== scheduled(b)) continue;
          const sim = similarity(a, b);
          // (two years whose digits trade places, "opened in 1963" / "opened in 1936", are one
          // year mistyped: a word in common is enough)
          if (sim >= 0.3 || (sim > 0 && yearSlip(a, b) && [...words.get(a)!.keys()].some((w) => !eventStems.has(w) && words.get(b)!.has(w)))) pairs.push({ a, b, sim });
        }
    }
    // each event is compared with its best match in each other source only
    // (keyed by a number per source and date, against the other source: no string per pair)
    const slots = new Map<string, number>();
    const slotOf = new Map<SourcedEvent, number>();
    let sources = 0;
    for (const e of events) {
      const k = `${e.sourceIndex}:${e.date.start}`;
      let s = slots.get(k);
      if (s === undefined) slots.set(k, (s = slots.size));
      slotOf.set(e, s);
      sources = Math.max(sources, e.sourceIndex + 1);
    }
    const best = new Map<number, number>();
    const key = (e: SourcedEvent, other: SourcedEvent) => slotOf.get(e)! * sources + other.sourceIndex;
    for (const p of pairs) for (const [x, y] of [[p.a, p.b], [p.b, p.a]] as const) best.set(key(x, y), Math.max(best.get(key(x, y)) ?? 0, p.sim));
    const out: Array<EntityDraft & { kind: "time-scope" }> = [];
    const ev = (e: SourcedEvent): Evidence => ({ ...e.date, normalized: { type: "time", event: e.event, start: e.scope.start, end: e.scope.end } });
    // (not where either source also dates the event as the other does: "six killed between 2020
    // and 2024; none killed in 2025" against "six killed between 2020 and 2024")
    const sourceEvent = (e: SourcedEvent) => `${e.sourceIndex}:${e.event}`;
    const bySourceAndEvent = new Map<string, SourcedEvent[]>();
    for (const e of events) {
      const list = bySourceAndEvent.get(sourceEvent(e));
      if (list) list.push(e);
      else bySourceAndEvent.set(sourceEvent(e), [e]);
    }
    const datedAlsoAs = (e: SourcedEvent, other: SourcedEvent) => bySourceAndEvent.get(sourceEvent(e))!.some((x) => x !== e && overlaps(x, other));
    const conflicts = pairs.filter((p) => p.sim >= best.get(key(p.a, p.b))! && p.sim >= best.get(key(p.b, p.a))! && !overlaps(p.a, p.b) && !weeksApart(p.a, p.b) && !datedAlsoAs(p.a, p.b) && !datedAlsoAs(p.b, p.a));
    // one source's date against several that agree with each other is one finding
    // ("earlier this month" against "March 7" and "in March")
    const against = new Map<SourcedEvent, Pair[]>();
    for (const p of conflicts) for (const e of [p.a, p.b]) (against.get(e) ?? against.set(e, []).get(e)!).push(p);
    const grouped = new Set<Pair>();
    const extra = new Map<Pair, SourcedEvent[]>();
    for (const [e, list] of against) {
      if (list.length < 2 || list.some((p) => grouped.has(p))) continue;
      const others = list.map((p) => (p.a === e ? p.b : p.a));
      if (!others.every((x, i) => others.every((y, j) => i === j || overlaps(x, y)))) continue;
      list.forEach((p, i) => (i === 0 ? extra.set(p, others.slice(1)) : grouped.add(p)));
    }
    for (const p of conflicts) {
      if (grouped.has(p)) continue;
      const shared = [...words.get(p.a)!.keys()].filter((w) => words.get(p.b)!.has(w)).slice(0, 4);
      const slip = yearSlip(p.a, p.b);
      out.push({
        rule: meta.id,
        kind: "time-scope",
        severity: severityFor(rules, meta.id, slip ? "slip" : "default", meta.defaultSeverity),
        message: formatMessage(meta, slip ? "slip" : "moved", {
          event: `${p.a.trigger.text} / ${p.b.trigger.text}`,
          da: `${p.a.date.text} (${describeScope(p.a.scope)})`,
          fa: fileName(p.a.date.source),
          db: `${p.b.date.text} (${describeScope(p.b.scope)})`,
          fb: fileName(p.b.date.source),
          why: shared.join(", "),
        }),
        claims: [ev(p.a), ev(p.b), ...(extra.get(p) ?? []).map(ev)],
      });
    }
    return out;
  },
};
