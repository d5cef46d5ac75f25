// Time expressions: dates, months, years, weekdays, relative periods, times of day,
// ordinals. Each becomes a TimeMention with its period resolved against the source's
// `published` date when one is known (chrono-style: stated parts vs implied parts).
import type { Source, TimeMention, TimeScope } from "../types.js";
import type { Rules } from "../rules/types.js";
import { iso, daysInMonth, parseIso, addDays, weekdayOf, monthRange } from "../normalize/dates.js";
import { escapeRegExp } from "../text/regex.js";
import { compactLetters, lre } from "../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^[ \u00a0]+(last|this|next)[ \u00a0]+year(?![\p{L}'’])/iu);
const LETTERS_RE_2 = lre(/\p{N}[%\p{L}]*[ \u00a0]*$/u);
const LETTERS_RE_3 = lre(/^['’]s[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?([\p{L}-]+)/u);

interface TimeLexicon {
  monthIndex: Map<string, number>;
  weekdayIndex: Map<string, number>;
  re: RegExp;
  baselineRe: RegExp;
  /** "From" (rules/time.yaml startCues) opening the sentence right before a day: when a change takes effect. */
  startRe: RegExp;
  /** A cue of the future anywhere in a stretch (rules/time.yaml futureCues). */
  futureAnyRe: RegExp;
  sinceRe: RegExp;
  futureRe: RegExp;
  /** The same for the cues that put a past month into next year (rules/time.yaml futureModals). */
  futureModalRe: RegExp;
  /** A cue of the future, its verb (and particle) and an object of a figure and up to three words ("will take on 2,300 new staff "), none a participle or particle. */
  futureObjectRe: RegExp;
  /** "…, according to the company's update in ": a time after it dates the report (rules/time.yaml reportNouns). */
  reportedRe: RegExp;
  originRe: RegExp;
  /** The same participle right before a time anywhere in a sentence ("was built in"). */
  originEndRe: RegExp;
  /** Between a figure and a time after it: a clause set off that names an earlier thing the time dates (rules/time.yaml earlierThingCues). */
  priorClauseRe: RegExp;
  /** A comparison cue (rules/time.yaml comparisonCues) right before a time, and one a few words before "of". */
  comparedRe: RegExp;
  comparedOfRe: RegExp;
  /** "will be published in", "is to be held on": a passive future (its participle ends in -ed) */
  futurePassiveRe: RegExp;
  /** A cue of the future told in the past ("was due to", "were expected to"): a plan as it stood then. */
  pastFutureRe: RegExp;
  eventVerbRe: RegExp;
  eventNouns: Set<string>;
}

/**
 * Text ending just before a date that closes a period: "quarter ended", "half-year, which
 * ended in", "year to", "nine months ending". Groups: q (quarter), h (half), y (year), n (months).
 */
const PERIOD_END = /\b(?:(?<q>quarter)|(?<h>half|half[ -]year)|(?<y>(?:fiscal |financial )?year)|(?<n>\d{1,2}|three|six|nine|twelve)[ -]months?)[ \u00a0]*,?[ \u00a0]+(?:(?:which|that)[ \u00a0]+)?(?:ended|ending|ends|to)[ \u00a0]+(?:(?:in|on)[ \u00a0]+)?$/i;

const NUMWORD: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

const lexicons = new WeakMap<Rules, TimeLexicon>();

const escape = escapeRegExp;

/** "will rise by", "is set to fall by": a cue of a change or month still to come, then up to two words, at the end of the text (rules/time.yaml futureModals). */
export function futureModalRe(rules: Rules): RegExp {
  return lexicon(rules).futureModalRe;
}

/**
 * A sentence's opening up to a time that dates its subject's beginnings, not its figures:
 * "Founded in 1961, the brewery employs …" (rules/time.yaml originParticiples).
 */
export function originTimeRe(rules: Rules): RegExp {
  return lexicon(rules).originRe;
}

/** An origin participle and its preposition right before a time, anywhere in a sentence ("was built in"; rules/time.yaml originParticiples). */
export function originEndRe(rules: Rules): RegExp {
  return lexicon(rules).originEndRe;
}

/** The words between a figure and a time after it that make the time an earlier thing's: ", topping the previous record set in" (rules/time.yaml earlierThingCues). */
export function priorClauseRe(rules: Rules): RegExp {
  return lexicon(rules).priorClauseRe;
}

/** The words between a figure and a time that make the time a report's (rules/time.yaml reportNouns). */
export function reportedTimeRe(rules: Rules): RegExp {
  return lexicon(rules).reportedRe;
}

function lexicon(rules: Rules): TimeLexicon {
  const hit = lexicons.get(rules);
  if (hit) return hit;
  const monthIndex = new Map<string, number>();
  rules.time.months.forEach((names, i) => names.forEach((n) => monthIndex.set(n.toLowerCase(), i + 1)));
  const weekdayIndex = new Map<string, number>();
  rules.time.weekdays.forEach((names, i) => names.forEach((n) => weekdayIndex.set(n.toLowerCase(), i)));
  // only abbreviations take a dot ("Sept."): "May." ends a sentence
  const abbreviations = new Set([...rules.time.months, ...rules.time.weekdays].flatMap((names) => names.slice(1).map((n) => n.toLowerCase())));
  const cap = (w: string) => `${w[0].toUpperCase()}${escape(w.slice(1))}`;
  // Month and weekday names must be capitalised (or all caps): "may" the verb is not a month.
  const names = (m: Map<string, number>) =>
    [...m.keys()].sort((a, b) => b.length - a.length).map((w) => `${cap(w)}${abbreviations.has(w) ? "\\.?" : ""}|${w.toUpperCase()}`).join("|");
  const MONTH = `(?:${names(monthIndex)})`;
  const WD = `(?:${names(weekdayIndex)})`;
  const YEAR = `(?:1[89]\\d\\d|20\\d\\d)`;
  const DAY = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
  const NUM = `(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
  const seasonNames = Object.keys(rules.time.seasons).sort((a, b) => b.length - a.length);
  const seasons = seasonNames.length ? seasonNames.map((w) => `${escape(w)}|${cap(w)}`).join("|") : "";
  const YREF = `(?:(?:[Ff]iscal(?: [Yy]ear)? |FY ?)?${YEAR}|the year|this year|last year)`;
  const parts = [
    // first six months of 2019 / first half of the year / first quarter of 2019
    `(?<firstN>(?:the )?(?:first|last) (?<fn>${NUM}) months of (?<fy>${YREF}))`,
    // "nine months 2023" (a results table's column): from the year's start
    `(?<nMonths>\\b(?<nn>${NUM}) months (?<ny>${YEAR}))(?![\\d,.]\\d)`,
    `(?<half>(?:the )?(?<hw>[Ff]irst|[Ss]econd) half of (?<hy>${YREF}))`,
    // "third quarter of 2023", "the third-quarter 2023 deficit", "third quarter this year"
    // (capitalised too: "Second quarter 2026" heads a results table)
    `(?<qtr>(?:the )?(?<qw>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[ -][Qq]uarter(?:(?: of | )(?<qy>${YREF})(?![\\d,.]\\d))?)`,
    `(?<qcode>\\bQ(?<qn>[1-4])(?: |-|/)?(?<qcy>${YEAR})?)`,
    // between January and June (of this year) / from January to June 2019
    // …and "in July to September", "July-September": a month range said without "from"
    // (each month with its year too: "between June 2023 and May 2024")
    `(?<mrange>(?:(?:[Bb]etween|[Ff]rom) (?<m1>${MONTH})(?: (?<m1y>${YEAR}))? (?:and|to|through|until) |(?<m1b>${MONTH})(?: (?<m1by>${YEAR}))?(?: to | through |-to-|-|–))(?<m2>${MONTH})(?! \\d{1,2}(?:st|nd|rd|th)?(?!\\d))(?:,? (?:of )?(?<mry>${YREF}))?)`,
    // Tuesday, March 12, 2019 / March 12 / March 12th, 2019 / March 12,2019 (a space missed)
    `(?<mdy>(?:(?<wd1>${WD}),? )?(?<m3>${MONTH}) (?<d3>${DAY})(?:(?:,? |,)(?<y3>${YEAR}))?)`,
    // 21 July 2019
    `(?<dmy>(?:(?<wd2>${WD}),? )?(?<d4>${DAY}) (?<m4>${MONTH})(?:,? (?<y4>${YEAR}))?)`,
    `(?<isod>(?<iy>${YEAR})-(?<im>0[1-9]|1[0-2])-(?<id>[0-2]\\d|3[01]))`,
    // May 2019 / May of 2019 / May
    `(?<my>(?<m5>${MONTH})(?:,? (?:of )?(?<y5>${YEAR}))?)`,
    `(?<wday>${WD})`,
    // (a capital where the words open a sentence: "Last year, 3,720 …", "A year earlier, …")
    `(?<rel>(?:[Ss]o far |[Ee]arlier |[Ll]ater )?(?:[Tt]his|[Tt]he current|[Cc]urrent|[Ll]ast|[Nn]ext|[Pp]ast|[Pp]revious|[Pp]rior|[Tt]he previous|[Tt]he prior|[Tt]he past) (?<ru>week|month|year|quarter))`,
    `(?<dayrel>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)`,
    `(?<tod>\\b(?:[01]?\\d|2[0-3]):[0-5]\\d(?:\\s?[AaPp]\\.?[Mm]\\.?)?|\\b(?:1[0-2]|0?[1-9])\\.[0-5]\\d\\s?(?:[ap]\\.m\\.|[AP]M\\b|[ap]m\\b)|\\b(?:1[0-2]|0?[1-9])\\s?(?:[ap]\\.m\\.|[AP]M\\b|[ap]m\\b)|\\bnoon\\b|\\bmidnight\\b)`,
    // "this summer", "last winter", "the autumn of 2023", "summer 2024" (a bare "fall" is a verb)
    ...(seasons ? [`(?<season>(?:(?<sr>[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Tt]he) )?(?<sn>${seasons})(?:(?: of)? (?<sy>${YEAR}))?)`] : []),
    `(?<decade>(?:the )?(?:1[89]|20)\\d0s)`,
    `(?<fy2>(?:[Ff]iscal(?: [Yy]ear)?|FY) ?(?<fyy>${YEAR}))`,
    // "a year earlier", "a year ago", "year-earlier": the same period one year back ("a year
    // later": one year on, from the period another figure of the sentence names)
    `(?<ago>(?:[Aa]|[Oo]ne|[Tt]he) (?<agou>year|month|quarter|week) (?:earlier|ago|before|(?<later>later))|(?:[Tt]he )?(?<agou2>year|month|quarter)-(?:earlier|ago)(?= [a-z]))`,
    // "between 2012 and 2018", "from 2012 to 2018", "2012-2018", "2012–18": a span of years
    `(?<yrange>(?:(?:[Bb]etween|[Ff]rom) (?<y1>${YEAR}) (?:and|to|through|until) |(?<y1b>${YEAR})[–/-])(?<y2>${YEAR}|\\d\\d(?!\\d)))`,
    `(?<year>${YEAR})`,
    `(?<ord>\\d+(?:st|nd|rd|th))`,
  ];
  // Not inside a longer number ("2019.5", "2,019,000", "2019,500"); but a comma and one or two
  // digits after a year is a missing space ("in 2019,5 people died"), as the figure reader
  // takes it too, unless a currency or percent sign makes it an amount ("1999,99 €")
  const re = new RegExp(compactLetters(`(?<![\\p{L}\\p{N}$€£¥.,])(?:${parts.join("|")})(?![\\p{L}\\p{N}]|\\.\\d|,\\d{3}|,\\d+[ \\u00a0\\u202f]?[%€$£¥]|%)`), "gu");
  const cueAlt = (words: string[]) => words.map((w) => escape(w).replace(/ /g, "\\s+")).sort((a, b) => b.length - a.length).join("|");
  const lex: TimeLexicon = {
    monthIndex,
    weekdayIndex,
    re,
    // "compared to May", "compared to figures in May", "down from a peak in May"
    baselineRe: new RegExp(compactLetters(`\\b(?:${cueAlt(rules.measures.baselineCues)})(?:\\s+[\\p{L}'’]+){0,3}?\\s+$`), "iu"),
    startRe: new RegExp(`(?:^|[.!?]["”’]?\\s+|\\n)[ \\t"“]*(?:${cueAlt(rules.time.startCues) || "(?!)"})\\s+(?:on\\s+)?$`, "i"),
    futureAnyRe: new RegExp(compactLetters(`(?<![\\p{L}])(?:${cueAlt(rules.time.futureCues)})(?![\\p{L}])`), "iu"),
    eventNouns: new Set([...rules.time.events.flat(), ...rules.time.eventVerbs].map((w) => w.toLowerCase())),
    eventVerbRe: new RegExp(compactLetters(`\\b(?:${cueAlt(rules.time.eventVerbs)})(?:\\s+[\\p{L}.,']+){0,6}?\\s+$`), "iu"),
    // ("since mid-June", "since early 2021": a part of the period named after the cue)
    sinceRe: new RegExp(compactLetters(`\\b(?:${cueAlt(rules.measures.sinceCues)})\\s+(?:(?:early|late|mid)[-\\s]+)?$`), "i"),
    // the cue, then at most two words, none a past participle ("will meet on", not "will
    // question a man arrested on")
    futureRe: new RegExp(compactLetters(`\\b(?:${cueAlt(rules.time.futureCues)})(?:[ \\u00a0]+(?![\\p{L}'’-]*ed[ \\u00a0])[\\p{L}'’-]+){0,2}?[ \\u00a0]+(?:on[ \\u00a0]+|this[ \\u00a0]+|next[ \\u00a0]+)?$`), "iu"),
    futureObjectRe: new RegExp(compactLetters(`\\b(?:${cueAlt(rules.time.futureModals) || "(?!)"})[ \\u00a0]+(?![\\p{L}'’-]*ed[ \\u00a0])[\\p{L}'’-]+(?:[ \\u00a0]+(?:on|up|in|out|back))?[ \\u00a0]+(?:(?:the|some|about|around|nearly|almost|up[ \\u00a0]+to|more[ \\u00a0]+than)[ \\u00a0]+)?\\d(?:[\\d,.]*\\d)?%?(?:[ \\u00a0]+(?!(?:off|out|up|down|away|back|over)[ \\u00a0])(?![\\p{L}'’-]*ed[ \\u00a0])[\\p{L}'’-]+){0,3}[ \\u00a0]+$`), "iu"),
    futureModalRe: new RegExp(compactLetters(`\\b(?:${cueAlt(rules.time.futureModals) || "(?!)"})(?:[ \\u00a0]+(?![\\p{L}'’-]*ed[ \\u00a0])[\\p{L}'’-]+){0,2}?[ \\u00a0]+$`), "iu"),
    comparedRe: new RegExp(compactLetters(`\\b(?:${cueAlt(rules.time.comparisonCues) || "(?!)"})[ \\u00a0]+(?:(?:the|its|their|a)[ \\u00a0]+)?$`), "iu"),
    comparedOfRe: new RegExp(compactLetters(`\\b(?:${cueAlt(rules.time.comparisonCues) || "(?!)"})[ \\u00a0]+(?:[\\p{L}'’-]+[ \\u00a0]+){0,2}of[ \\u00a0]+$`), "iu"),
    // ("$263 million, topping the previous record set in the second quarter of 2018": the record's time)
    priorClauseRe: new RegExp(compactLetters(`(?:,|[ \\u00a0][-–—][ \\u00a0])[^,;]*?(?<![\\p{L}])(?:${cueAlt(rules.time.earlierThingCues) || "(?!)"})(?![\\p{L}])[^,;]*?[ \\u00a0](?:\\p{Ll}+[ \\u00a0]+(?:in|on|during|at)|of|from)[ \\u00a0]+(?:the[ \\u00a0]+)?$`), "u"),
    originEndRe: new RegExp(compactLetters(`(?<![\\p{L}])(?:${cueAlt(rules.time.originParticiples) || "(?!)"})[ \\u00a0]+(?:in|on|during|at)[ \\u00a0]+(?:the[ \\u00a0]+)?$`), "iu"),
    originRe: new RegExp(compactLetters(`^[\\s"“‘'•*–—-]*(?:${cueAlt(rules.time.originParticiples) || "(?!)"})(?:[ \\u00a0]+[^,;:.]{0,40}?)?[ \\u00a0]+(?:in|on|during|at|by|from)[ \\u00a0]+(?:the[ \\u00a0]+)?$`), "iu"),
    reportedRe: new RegExp(compactLetters(`\\baccording[ \\u00a0]+to\\b[^,;]*?\\b(?:${cueAlt(rules.time.reportNouns) || "(?!)"})s?(?:[ \\u00a0]+(?:published|issued|released|made|given))?[ \\u00a0]+(?:(?<prep>in|on|at|of|dated)[ \\u00a0]+)?$`), "iu"),
    // (the cue that makes the passive, right before it: not "which was expected to stall, is due to be agreed by")
    pastFutureRe: new RegExp(compactLetters(`\\b(?:was|were|had[ \\u00a0]+been)[ \\u00a0]+(?:${cueAlt(rules.time.futureCues)})[ \\u00a0]+(?:be[ \\u00a0]+)?[\\p{L}'’-]+ed(?:[ \\u00a0]+(?:in|on|by|before|until))?[ \\u00a0]+$`), "iu"),
    futurePassiveRe: new RegExp(compactLetters(`\\b(?:${cueAlt(rules.time.futureCues)})[ \\u00a0]+(?:be[ \\u00a0]+)?[\\p{L}'’-]+ed(?:[ \\u00a0]+(?:in|on|by|before|until))?[ \\u00a0]+$`), "iu"),
  };
  lexicons.set(rules, lex);
  return lex;
}

function yearRef(ref: string | undefined, pub: { y: number } | null): { y: number; implied: boolean } {
  const stated = ref && /(\d{4})$/.exec(ref);
  if (stated) return { y: +stated[1], implied: false };
  const base = pub?.y ?? 0;
  if (ref && /last year/i.test(ref)) return { y: base ? base - 1 : 0, implied: true };
  return { y: base, implied: true };
}

function numOf(s: string): number {
  return /^\d+$/.test(s) ? +s : NUMWORD[s.toLowerCase()] ?? 0;
}

/** "September last year", "in March this year": the year a relative year after a month names, and the words' length. */
function yearAfter(text: string, end: number, pub: { y: number } | null): { y: number; length: number } | null {
  const m = pub && LETTERS_RE_1.exec(text.slice(end, end + 16));
  if (!m || !pub) return null;
  const rel = m[1].toLowerCase();
  return { y: pub.y + (rel === "last" ? -1 : rel === "next" ? 1 : 0), length: m[0].length };
}

/** The year, publication's or next to it, in which day `d` of month `m` falls on weekday `wd` (the nearest to publication, within half a year of it). */
function yearForWeekday(m: number, d: number, wd: number | undefined, pub: { y: number; m: number; d: number } | null): number | undefined {
  if (!pub || wd === undefined) return undefined;
  const at = Date.UTC(pub.y, pub.m - 1, pub.d);
  let best: number | undefined;
  // (within half a year of publication: a weekday that fits only a year further off is more
  // likely a slip in the weekday than a date that far away)
  for (const y of [pub.y - 1, pub.y, pub.y + 1])
    if (d <= daysInMonth(y, m) && weekdayOf(iso(y, m, d)) === wd && Math.abs(Date.UTC(y, m - 1, d) - at) <= 183 * 864e5 && (best === undefined || Math.abs(Date.UTC(y, m - 1, d) - at) < Math.abs(Date.UTC(best, m - 1, d) - at))) best = y;
  return best;
}

/**
 * A day opening its sentence after a start cue ("From 1 May,"), the main clause after it in the
 * future ("the plan will cost"): the day a change takes effect. Only the clause right after the
 * day is read ("From Jan. 1, the plan has cost $15.49, and prices will stay there" is past).
 */
function startsAhead(lex: TimeLexicon, text: string, lead: string, end: number): boolean {
  if (!lex.startRe.test(lead)) return false;
  const clause = text.slice(end, end + 160).replace(/^[ \u00a0]*,[ \u00a0]*/, "").split(/[,;:]\s|[.!?](?:\s|$)/)[0];
  return lex.futureAnyRe.test(clause);
}

/** Year for a month named without one: the latest such month not after publication. */
function yearForMonth(m: number, pub: { y: number; m: number } | null): number {
  if (!pub) return 0;
  return m <= pub.m ? pub.y : pub.y - 1;
}

/**
 * The months of a season: "summer 2024", "this summer" (of the publication year; a winter
 * still to come from September on), "last winter" (the latest one over before publication),
 * "next spring" (the first one to start after it).
 */
function seasonScope(name: string, rel: string | undefined, year: number | undefined, pub: { y: number; m: number } | null, rules: Rules): { start: string; end: string; implied: boolean } | null {
  const months = rules.time.seasons[name];
  if (!months) return null;
  const [m1, m2] = months;
  // a season over the new year is named by the year it ends in ("winter 2024": Dec 2023 - Feb 2024)
  const span = (endYear: number) => {
    const startYear = m1 > m2 ? endYear - 1 : endYear;
    return { start: iso(startYear, m1, 1), end: iso(endYear, m2, daysInMonth(endYear, m2)) };
  };
  if (year) return { ...span(year), implied: false };
  if (!pub) return null;
  const today = iso(pub.y, pub.m, 1);
  let endYear = pub.y;
  // (one over the new year: the one under way, else the coming one from September; a playing
  // season, July to June, is always under way)
  if (rel === "this") endYear = m1 > m2 && (pub.m >= m1 || (pub.m > m2 && pub.m >= 9)) ? pub.y + 1 : pub.y;
  else if (rel === "last" || rel === "past") {
    while (span(endYear).end >= today) endYear--;
  } else if (rel === "next") {
    while (span(endYear).start <= today) endYear++;
  } else return null;
  return { ...span(endYear), implied: true };
}

export function extractTimes(source: Source, rules: Rules): TimeMention[] {
  const lex = lexicon(rules);
  const text = source.text;
  const pub = source.meta.published ? parseIso(source.meta.published) : null;
  const out: TimeMention[] = [];
  const re = new RegExp(compactLetters(lex.re.source), lex.re.flags);
  re.lastIndex = source.body.start;
  const month = (s: string) => lex.monthIndex.get(s.replace(/\.$/, "").toLowerCase())!;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    let end = start + m[0].length;
    const span = { source: source.path, start, end, text: m[0] };
    // "September last year": the year named after the month is part of the date
    const take = (n: number) => {
      end += n;
      span.end = end;
      span.text = text.slice(start, end);
      re.lastIndex = end;
    };
    let role: TimeMention["role"] = "date";
    let scope: TimeScope | null = null;
    const mk = (s: string, e: string, granularity: TimeScope["granularity"], implied = false): TimeScope => ({ start: s, end: e, granularity, text: span.text, ...(implied ? { implied } : {}) });
    if (g.firstN) {
      const { y, implied } = yearRef(g.fy, pub);
      const n = Math.min(12, Math.max(1, numOf(g.fn)));
      const last = /^(?:the )?last/i.test(g.firstN);
      const m1 = last ? 13 - n : 1;
      const m2 = last ? 12 : n;
      scope = mk(iso(y, m1, 1), iso(y, m2, daysInMonth(y, m2)), "range", implied);
      role = "period";
    } else if (g.nMonths) {
      const y = +g.ny;
      const n = Math.min(12, Math.max(1, numOf(g.nn)));
      scope = mk(iso(y, 1, 1), iso(y, n, daysInMonth(y, n)), "range");
      role = "period";
    } else if (g.half) {
      const { y, implied } = yearRef(g.hy, pub);
      scope = /first/i.test(g.hw) ? mk(iso(y, 1, 1), iso(y, 6, 30), "range", implied) : mk(iso(y, 7, 1), iso(y, 12, 31), "range", implied);
      role = "period";
    } else if (g.qtr || g.qcode) {
      const q = g.qtr ? ORD[g.qw.toLowerCase()] : +g.qn;
      let { y, implied } = yearRef(g.qy ?? g.qcy, pub);
      // a quarter named without a year is the one nearest publication, the one past on a tie
      // ("in the third quarter" is last year's in January, this year's in June); after a cue
      // of the future that governs it, the nearest not yet over ("will reopen in the third quarter")
      if (!(g.qy ?? g.qcy) && pub) {
        const lead = text.slice(Math.max(source.body.start, start - 60), start);
        const bare = lead.replace(/\b(?:in|by|before|until|during)[ \u00a0]+$/i, "");
        const ahead = bare !== lead && lex.futureRe.test(bare) && !/\b(?:last|past|previous)[ \u00a0]+$/i.test(lead);
        const now = pub.y * 12 + pub.m - 1;
        let best: { y: number; d: number } | undefined;
        for (const cy of [pub.y - 1, pub.y, pub.y + 1]) {
          const first = cy * 12 + q * 3 - 3;
          const last = first + 2;
          if (ahead && last < now) continue;
          const d = now < first ? first - now : now > last ? now - last : 0;
          if (!best || d < best.d) best = { y: cy, d };
        }
        if (best) y = best.y;
      }
      scope = mk(iso(y, q * 3 - 2, 1), iso(y, q * 3, daysInMonth(y, q * 3)), "quarter", implied);
      role = "period";
    } else if (g.yrange) {
      const y1 = +(g.y1 ?? g.y1b);
      let y2 = +g.y2;
      if (g.y2.length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
      // "2019-05" is no span of years: the year alone
      if (y2 > y1) {
        scope = mk(iso(y1, 1, 1), iso(y2, 12, 31), "range");
        role = "period";
      } else {
        scope = mk(iso(y1, 1, 1), iso(y1, 12, 31), "year");
        role = "year";
      }
    } else if (g.mrange) {
      const a = month(g.m1 ?? g.m1b);
      const b = month(g.m2);
      const y1 = g.m1y ?? g.m1by;
      if (y1) {
        // the first month's year, and the second's (stated, or the first's unless the months wrap)
        const yb = g.mry ? yearRef(g.mry, pub).y : b >= a ? +y1 : +y1 + 1;
        scope = mk(iso(+y1, a, 1), iso(yb, b, daysInMonth(yb, b)), "range");
      } else {
        const yr = g.mry ? yearRef(g.mry, pub) : { y: yearForMonth(b, pub), implied: true };
        // (a range over the new year starts the year before it ends: "November to March")
        const ya = a > b ? yr.y - 1 : yr.y;
        scope = mk(iso(ya, a, 1), iso(yr.y, b, daysInMonth(yr.y, b)), "range", yr.implied);
      }
      role = "period";
    } else if (g.mdy || g.dmy) {
      const mo = month(g.m3 ?? g.m4);
      const d = parseInt(g.d3 ?? g.d4, 10);
      const ys = g.y3 ?? g.y4;
      const rel = ys ? null : yearAfter(text, end, pub);
      // "closes on Friday 25 April": the year in which that day is a Friday, nearest publication
      const wd = g.wd1 ?? g.wd2;
      const byWeekday = ys || rel || !wd ? undefined : yearForWeekday(mo, d, lex.weekdayIndex.get(wd.replace(/\.$/, "").toLowerCase()), pub);
      // "the ballot closes on 14 April" in March: a schedule word makes it the coming one
      const lead = text.slice(Math.max(source.body.start, start - 60), start);
      // ("From 1 May, the fare will be £3.40": a day a change takes effect, the future after it)
      const starts = startsAhead(lex, text, lead, end);
      // (a day in the week before publication is that one, whatever the cue: "the result pundits
      // expected on 3 May", written on 6 May, is no plan for next year)
      const dayThisYear = pub ? iso(pub.y, mo, Math.min(d, daysInMonth(pub.y, mo))) : "";
      // (not with a plain future: "the next race will be held on 4 May")
      const justPast = !!pub && dayThisYear < iso(pub.y, pub.m, pub.d) && Date.parse(iso(pub.y, pub.m, pub.d)) - Date.parse(dayThisYear) <= 7 * 86400000 && !/\b(?:will|shall|next)\b/i.test(lead);
      const coming = !ys && !rel && byWeekday === undefined && pub && (lex.futureRe.test(lead) || lex.futurePassiveRe.test(lead) || starts) && !/\b(?:last|past|previous)[ \u00a0]+$/i.test(lead) ? (dayThisYear >= iso(pub.y, pub.m, pub.d) || justPast ? pub.y : pub.y + 1) : undefined;
      const y = ys ? +ys : rel ? rel.y : byWeekday ?? coming ?? yearForMonth(mo, pub);
      if (d > daysInMonth(y, mo)) continue;
      if (rel) take(rel.length);
      scope = mk(iso(y, mo, d), iso(y, mo, d), "day", !ys);
    } else if (g.isod) {
      scope = mk(`${g.iy}-${g.im}-${g.id}`, `${g.iy}-${g.im}-${g.id}`, "day");
    } else if (g.my) {
      const word = g.m5;
      const mo = month(word);
      // "May" starting a sentence or after a name is too often the verb or a surname
      if (mo === 5 && !g.y5) {
        const before = text.slice(Math.max(0, start - 12), start);
        if (!/\b(?:in|since|from|to|of|during|until|by|through|and|early|late|mid|between|for|last|this|next|before|after|than)\s+$/i.test(before)) continue;
      }
      const rel = g.y5 ? null : yearAfter(text, end, pub);
      // "will be released in July" in May: this year's July, still to come; "will reopen by the end
      // of February" in October: next year's (a month already past this year without a cue of
      // the future is left to the default: "opens in May" in June may be last May's news)
      const lead = text.slice(Math.max(source.body.start, start - 60), start);
      const bare = lead.replace(/\b(?:in|by|before|until)[ \u00a0]+$/i, "").replace(/\b(?:by|before|until)[ \u00a0]+(?:the[ \u00a0]+)?(?:end|start|beginning|middle)[ \u00a0]+of[ \u00a0]+$/i, "");
      // (next year's only for a month a preposition governs: "will review the January flood" is last January's)
      const governed = bare !== lead;
      // ("will hire 2,300 new nurses in October": the verb's object between; only
      // for a month a preposition governs)
      // (a passive before "by the end of" too: "is due to be finished by the end of May"; not one
      // told in the past, "was due to be finished by the end of May", which may be this May's)
      const passive = lex.futurePassiveRe.test(lead) || (governed && lex.futurePassiveRe.test(bare) && !lex.pastFutureRe.test(bare));
      const ahead = !g.y5 && !rel && pub && (lex.futureRe.test(bare) || passive || (governed && lex.futureObjectRe.test(bare)));
      const coming = ahead && pub ? (mo >= pub.m ? pub.y : governed && (lex.futureModalRe.test(bare) || passive) ? pub.y + 1 : undefined) : undefined;
      const y = g.y5 ? +g.y5 : rel ? rel.y : coming ?? yearForMonth(mo, pub);
      if (rel) take(rel.length);
      const r = monthRange(y || 2001, mo);
      scope = mk(iso(y, mo, 1), iso(y, mo, +r.end.slice(8)), "month", !g.y5);
    } else if (g.wday) {
      role = "weekday";
      const wd = lex.weekdayIndex.get(g.wday.replace(/\.$/, "").toLowerCase())!;
      if (source.meta.published) {
        const back = (weekdayOf(source.meta.published) - wd + 7) % 7;
        // "the winter timetable starts on Sunday" in Friday's paper: the coming Sunday
        const lead = text.slice(Math.max(source.body.start, start - 60), start);
        const ahead = back > 0 && lex.futureRe.test(lead) && !/\b(?:last|past|previous)[ \u00a0]+$/i.test(lead);
        const d = ahead ? addDays(source.meta.published, 7 - back) : addDays(source.meta.published, -back);
        scope = mk(d, d, "day", true);
      }
    } else if (g.rel) {
      // "31% lower than in 2018, the last year before the works": "the last year" that a
      // clause or phrase after it defines names a year of its own, not the one before publication
      if (/^last /i.test(g.rel) && /\bthe[ \u00a0]+$/i.test(text.slice(Math.max(0, start - 5), start)) && /^[ \u00a0]+(?:before|of|when|that|which|in[ \u00a0]+which|on[ \u00a0]+record|for[ \u00a0]+which)\b/i.test(text.slice(end, end + 16))) continue;
      role = "period";
      const unit = g.ru.toLowerCase();
      const w = g.rel.toLowerCase();
      const shift = /last|past|previous|prior/.test(w) ? -1 : /next/.test(w) ? 1 : 0;
      // "in 2025, up from 2,417,000 the previous year": "the previous/prior" counts back from the
      // period just named in the same sentence, not from publication ("last year" does that)
      const named = /^the (?:previous|prior) /.test(w) ? [...out].reverse().find((x) => x.scope && !/^(?:0000|P[-+])/.test(x.scope.start) && start - x.span.end < 160 && !/[.!?]\s/.test(text.slice(x.span.end, start))) : undefined;
      const ref = named?.scope ? parseIso(named.scope.start) : null;
      // (a quarter before a named quarter, or a three-month stretch: "in October to December
      // 2024, down on the previous quarter")
      const quarterNamed = unit === "quarter" && !!named?.scope && (named.scope.granularity === "quarter" || (ref !== null && quarterSpan(named.scope.start, named.scope.end)));
      if (ref && quarterNamed) {
        const [y, m] = ref.m <= 3 ? [ref.y - 1, 10] : [ref.y, ref.m - 3];
        scope = mk(iso(y, m, 1), iso(y, m + 2, daysInMonth(y, m + 2)), "quarter");
      } else if (ref && (unit === "year" || unit === "month") && (named!.scope!.granularity === unit || (unit === "year" && named!.scope!.granularity !== "range"))) {
        if (unit === "year") scope = mk(iso(ref.y - 1, 1, 1), iso(ref.y - 1, 12, 31), "year");
        else {
          const r = ref.m === 1 ? monthRange(ref.y - 1, 12) : monthRange(ref.y, ref.m - 1);
          scope = mk(r.start, r.end, "month");
        }
      } else if (pub) {
        if (unit === "month") {
          let mo = pub.m + shift;
          let y = pub.y;
          if (mo < 1) (mo = 12), y--;
          if (mo > 12) (mo = 1), y++;
          const r = monthRange(y, mo);
          scope = mk(r.start, r.end, "month", true);
        } else if (unit === "year") {
          const y = pub.y + shift;
          scope = mk(iso(y, 1, 1), iso(y, 12, 31), "year", true);
        } else if (unit === "quarter") {
          let q = Math.ceil(pub.m / 3) + shift;
          let y = pub.y;
          if (q < 1) (q = 4), y--;
          if (q > 4) (q = 1), y++;
          scope = mk(iso(y, q * 3 - 2, 1), iso(y, q * 3, daysInMonth(y, q * 3)), "quarter", true);
        } else {
          const p = source.meta.published!;
          const back = weekdayOf(p) + (shift === -1 ? 7 : shift === 1 ? -7 : 0);
          const s = addDays(p, -back);
          scope = mk(s, addDays(s, 6), "range", true);
        }
      }
    } else if (g.dayrel) {
      role = "date";
      const w = g.dayrel.toLowerCase();
      if (source.meta.published) {
        const d = addDays(source.meta.published, w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0);
        scope = mk(d, d, "day", true);
      }
    } else if (g.tod) {
      // "won in 2:11:48": hours, minutes and seconds with a one-digit hour and no am or pm are
      // a time taken, not a time of day (a clock with seconds writes "02:11:48" or "15:20:05")
      // (not one a time zone or "local time" follows: "struck at 4:12:37 local time")
      if (/^[1-9]:[0-5]\d$/.test(m[0]) && /^:[0-5]\d(?![\d:])(?![ \u00a0]?(?:[AaPp]\.?[Mm]\b|local\b|\(?(?:[A-Z]{1,3}T|GMT|UTC)\b))/.test(text.slice(end, end + 12))) continue;
      role = "time-of-day";
    } else if (g.season) {
      const sc = seasonScope(g.sn.toLowerCase(), g.sr?.toLowerCase(), g.sy ? +g.sy : undefined, pub, rules);
      // a season needs a determiner or a year: "summer" alone, "a fall", "the fall in prices" are not dates
      // "this fall in unemployment", "last fall of the index": the noun, not the season
      if (!sc || (!g.sy && /^fall$/i.test(g.sn) && /^[ \u00a0]+(?:in|of)\b/i.test(text.slice(end, end + 5)))) continue;
      scope = mk(sc.start, sc.end, "range", sc.implied);
      role = "period";
    } else if (g.decade) {
      role = "year";
      const y = parseInt(g.decade.replace(/\D/g, ""), 10);
      scope = mk(iso(y, 1, 1), iso(y + 9, 12, 31), "range");
    } else if (g.ago) {
      // "earns £92,000 a week before tax": a rate, then what it is before (not a time)
      if (/\bbefore$/i.test(m[0]) && LETTERS_RE_2.test(text.slice(Math.max(0, start - 12), start)) && !/^[ \u00a0]+(?:the|that|this|his|her|its|their|a|an)\b/i.test(text.slice(end, end + 8))) continue;
      // relative to the period the figure is compared with; kept symbolic so that two
      // "a year earlier" figures match each other and nothing else
      role = "period";
      const unit = (g.agou ?? g.agou2).toLowerCase();
      const sign = g.later ? "+" : "-";
      scope = { start: `P${sign}1${unit[0].toUpperCase()}`, end: `P${sign}1${unit[0].toUpperCase()}`, granularity: "range", text: m[0] };
    } else if (g.fy2) {
      role = "year";
      scope = mk(iso(+g.fyy, 1, 1), iso(+g.fyy, 12, 31), "year");
    } else if (g.year) {
      // "2000 people" is a count, "in 2000" a year: a bare four-digit number followed by a
      // lower-case word is read as a year only after a word that introduces a year.
      const after = text.slice(end, end + 20);
      const prev = text.slice(Math.max(0, start - 12), start);
      // (after a possessive, only a year near publication: "its 2026 forecast", not "its 1800 members")
      const near = !pub || Math.abs(+g.year - pub.y) <= 5;
      if (/^ [a-z]/.test(after) && !/^ (?:and|or|to|through|until|when|as|after|before|was|is|were|had|has|will|saw|levels?|figures?|totals?|rates?|data|numbers?|budget|election|census|season|report|survey|study|law|deal|agreement|campaign|edition|vote|crisis|record|peak|high|low)\b/.test(after) &&
          !/(?:\b(?:in|since|of|during|from|to|until|by|before|after|and|between|through|the|an?|this|that|fiscal|early|late|mid|year|around|for)|'s|,|-)\s*$/i.test(prev) &&
          !(near && /\b(?:its|their|his|her|our)\s*$/i.test(prev)))
        continue;
      role = "year";
      const y = +g.year;
      scope = mk(iso(y, 1, 1), iso(y, 12, 31), "year");
    } else if (g.ord) {
      role = "ordinal";
    }
    const before = text.slice(Math.max(source.body.start, start - 70), start);
    // "the quarter ended March 31", "the fiscal second quarter, which ended in December", "the year
    // to June": the date ends a period of the length named, which is the figure's period
    const closing = scope && !/^(?:0000|P[-+])/.test(scope.start) ? PERIOD_END.exec(before) : null;
    if (closing && scope) {
      const months = closing.groups!.q ? 3 : closing.groups!.h ? 6 : closing.groups!.y ? 12 : closing.groups!.n ? numOf(closing.groups!.n.toLowerCase()) : 0;
      if (months >= 1 && months <= 24) {
        const e = parseIso(scope.end)!;
        let m0 = e.m - months + 1;
        let y0 = e.y;
        while (m0 < 1) (m0 += 12), y0--;
        scope = mk(iso(y0, m0, 1), iso(e.y, e.m, daysInMonth(e.y, e.m)), months === 3 ? "quarter" : "range", scope.implied);
        role = "period";
        // the period named just before ("the fiscal second quarter") is this one: a fiscal
        // quarter is no calendar quarter
        const named = out[out.length - 1];
        if (named?.scope && named.span.end >= start - closing[0].length && named.role === "period") named.scope = { ...scope, text: named.span.text };
      }
    }
    const t: TimeMention = { kind: "time", span, role, scope };
    if (scope) {
      if (lex.sinceRe.test(before)) {
        t.since = true;
        const until = source.meta.published ?? scope.end;
        t.scope = { ...scope, end: until > scope.end ? until : scope.end, granularity: "range", since: true };
      } else if (lex.baselineRe.test(before) && !startsAhead(lex, text, before, end)) t.baseline = true;
      // "well above the 2012 flood", "surpassing its 2019 peak": right after, what is compared with
      // (not further off: "3.2 metres above normal levels on Monday" is Monday's)
      // (a year or a longer period after "of" a few words on too: "above the levels of 2000",
      // not "above normal levels in March")
      else if (lex.comparedRe.test(before) || (scope.granularity !== "day" && lex.comparedOfRe.test(before))) t.baseline = true;
      // "a 6.8% increase over this year's budget": the year is what the change is measured from
      else if (/\bover[ \u00a0]+$/i.test(before) && /^['’]s\b/.test(text.slice(end, end + 3))) t.baseline = true;
      // "as of Thursday", "by August 18": a cut-off date for a running count, not an event
      // "Friday's earthquake": the day of something else, never the figure's cut-off
      // "Friday's earthquake" dates another event; "February's gain", "Sunday's toll" date the figure
      const owned = LETTERS_RE_3.exec(text.slice(end, end + 40));
      if ((owned && lex.eventNouns.has(owned[1].toLowerCase())) || lex.eventVerbRe.test(before)) t.possessive = true;
      else if (/\b(?:as\s+of|as\s+at|by|through|until|up\s+to)\s+$/i.test(before)) {
        t.asOf = true;
        if (t.scope) t.scope = { ...t.scope, asOf: true };
      }
    }
    out.push(t);
  }
  return joinDays(out, text);
}

/**
 * "trains were cut on Monday and Tuesday": two days joined by "and" are one
 * stretch of days, what a figure of both is about (not the nearer day alone).
 */
function joinDays(times: TimeMention[], text: string): TimeMention[] {
  const day = (t: TimeMention | undefined) => !!t?.scope && t.scope.granularity === "day" && !t.baseline && !t.possessive && !t.since && !t.asOf && /^\d{4}-/.test(t.scope.start);
  const out: TimeMention[] = [];
  for (let i = 0; i < times.length; i++) {
    const [a, b] = [times[i], times[i + 1]];
    if (day(a) && day(b) && /^[ \u00a0]+and[ \u00a0]+$/.test(text.slice(a.span.end, b.span.start)) && a.scope!.start !== b.scope!.start) {
      const [first, last] = a.scope!.start < b.scope!.start ? [a.scope!, b.scope!] : [b.scope!, a.scope!];
      // (a week or less apart: "on Monday and Tuesday", not two dates a season apart)
      if (Date.parse(last.end) - Date.parse(first.start) <= 7 * 864e5) {
        const span = { ...a.span, end: b.span.end, text: text.slice(a.span.start, b.span.end) };
        out.push({ ...a, span, role: "period", scope: { start: first.start, end: last.end, granularity: "range", text: span.text, ...(first.implied || last.implied ? { implied: true } : {}) } });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Day-level dates and weekdays usually date an event (a statement, a meeting), not the period a figure covers. */
export function isEventDate(t: TimeMention): boolean {
  if (t.asOf || t.since) return false;
  return t.role === "weekday" || t.scope?.granularity === "day";
}

/** Whether a stretch is one calendar quarter: its first month opens a quarter and it ends two months on. */
function quarterSpan(start: string, end: string): boolean {
  const [ys, ms, ds] = start.split("-").map(Number);
  const [ye, me] = end.split("-").map(Number);
  return ds === 1 && ys === ye && (ms - 1) % 3 === 0 && me === ms + 2 && end === iso(ye, me, daysInMonth(ye, me));
}
