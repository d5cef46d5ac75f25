// Times of day as figures: "the tanker capsized at 04:41", "the stage lights failed at about
// 8.15pm", "Capsized: 04:18". Each becomes a quantity in minutes after midnight (unit and
// family "clock"), so the figure machinery aligns two sources' times for the same moment by
// the words around them, and reports a time that cannot be the other's. A time that is a
// cut-off or a span's end ("as of 17:30", "between 22:15 and 05:45") or a timestamp after a
// date ("9 March 2024, 17:30") is no such figure.
import type { Interval, QuantityMention, Source, TimeMention } from "../types.js";
import type { Rules } from "../rules/types.js";
import { escapeRegExp } from "../text/regex.js";
import { compactLetters, lre } from "../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^[ \t]*(?:[-•*▪][ \t]*)?\p{L}[\p{L} '’-]{0,40}:[ \t]*$/u);

const EDGE_PUNCTUATION = lre(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu);

export const CLOCK = "clock";

/** Sources longer than this (an archive, a transcript dump) have no times of day as figures: they span many days. */
export const CLOCK_MAX_CHARS = 1_000_000;

interface ClockHedge {
  phrase: string;
  /** Minutes before and after the time it allows. */
  widen: [number, number];
  /** The phrase and the space after it, closing the text before a time. */
  before: RegExp;
}

interface ClockLexicon {
  /** Hedge phrases before a time, longest first. */
  hedges: ClockHedge[];
  cutoffs: Set<string>;
  schedules: Set<string>;
  /** The part of the day after a 12-hour time ("2:58 on Friday morning"), rules/time.yaml clockDayParts. */
  dayPart: RegExp;
}

const lexicons = new WeakMap<Rules, ClockLexicon>();

function lexicon(rules: Rules): ClockLexicon {
  const hit = lexicons.get(rules);
  if (hit) return hit;
  // (compiled once: every time of day in every source is tried against them)
  const hedges = Object.entries(rules.time.clockHedges)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([phrase, widen]) => ({ phrase, widen, before: new RegExp(compactLetters(`(?:^|(?<=[^\\p{L}]))${escapeRegExp(phrase).replace(/ /g, "[ \\u00a0]+")}[ \\u00a0]+$`), "u") }));
  const parts = Object.keys(rules.time.clockDayParts).map((w) => escapeRegExp(w)).join("|") || "(?!)";
  const dayPart = new RegExp(compactLetters(`^[ \\u00a0]*(?:local[ \\u00a0]+time[ \\u00a0]+)?(?:(?:on[ \\u00a0]+)?\\p{L}+day[ \\u00a0]+|this[ \\u00a0]+|that[ \\u00a0]+|in[ \\u00a0]+the[ \\u00a0]+)?(${parts})(?![\\p{L}])`), "u");
  const lex = { hedges, cutoffs: new Set(rules.time.clockCutoffs), schedules: new Set(rules.time.clockSchedules), dayPart };
  lexicons.set(rules, lex);
  return lex;
}

/** Minutes after midnight a time of day names, and the step it is given to (60 for "2am"), or undefined. */
export function clockMinutes(text: string): { minutes: number; step: number; digits: string } | undefined {
  const t = text.toLowerCase().replace(/\s+/g, "");
  if (t === "noon") return { minutes: 720, step: 1, digits: "12" };
  if (t === "midnight") return { minutes: 0, step: 1, digits: "12" };
  const m = /^(\d{1,2})(?:[:.](\d\d))?(a\.?m\.?|p\.?m\.?)?$/.exec(t);
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  if (h > 23 || min > 59) return undefined;
  if (m[3]) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (m[3].startsWith("p") ? 12 : 0);
  }
  return { minutes: h * 60 + min, step: m[2] ? 1 : 60, digits: `${Number(m[1])}${m[2] ?? ""}` };
}

/** The time-of-day mentions of a source that state when something happened, as figures in minutes. */
export function clockQuantities(source: Source, times: readonly TimeMention[], rules: Rules): QuantityMention[] {
  const lex = lexicon(rules);
  const text = source.text;
  const out: QuantityMention[] = [];
  for (const t of times) {
    if (t.role !== "time-of-day") continue;
    const c = clockMinutes(t.span.text);
    if (!c) continue;
    // the words before it, past a hedge
    let start = t.span.start;
    let before = text.slice(Math.max(0, start - 60), start).toLowerCase();
    // a timestamp after a date or a year ("9 March 2024, 17:30") or another time ("08:00-18:00")
    if (/\d[ \u00a0]*[,–-]?[ \u00a0]*$/.test(before)) continue;
    let hedge: ClockHedge | undefined;
    for (const h of lex.hedges) {
      const m = h.before.exec(before);
      if (!m) continue;
      hedge = h;
      start -= m[0].length;
      before = before.slice(0, m.index);
      break;
    }
    const words = before.trimEnd().split(/\s+/).map((w) => w.replace(EDGE_PUNCTUATION, ""));
    const last = words[words.length - 1] ?? "";
    // How the time is brought in says whether it is when something happened: "at 04:41" (a
    // hedge either side: "at about", "shortly after"), a box label ("Capsized: 04:18"), or a
    // timeline line it opens ("8.12pm: Stage lights fail"). A score ("beat Denmark 23:21"),
    // a verse ("John 3:16"), a ratio ("of 1:10") or a service's name ("the 07:15 train") is not.
    const lineStart = text.lastIndexOf("\n", t.span.start - 1) + 1;
    const lead = text.slice(lineStart, start);
    const timeline = /^[ \t]*$/.test(lead) && /^[ \t]*(?::|[–—-][ \t])/.test(text.slice(t.span.end, t.span.end + 3));
    const label = LETTERS_RE_1.test(lead);
    const at = last === "at";
    // ("shortly after 2am" needs no "at": a hedge on one side of the time says it is a moment)
    const oneSided = !!hedge && (hedge.widen[0] === 0) !== (hedge.widen[1] === 0);
    if (!at && !timeline && !label && !oneSided) continue;
    // a cut-off or a span's end ("as of 17:30", "until 6am", "Updated: 09:15", "open at 8am")
    // …or a schedule ("on Saturdays at 10am", "daily at 9am")
    const lead2 = at ? words[words.length - 2] ?? "" : last;
    if (lex.cutoffs.has(lead2) || lex.cutoffs.has(words.slice(at ? -3 : -2, at ? -1 : undefined).join(" ")) || /[–-]$/.test(lead2)) continue;
    if (words.slice(-5).some((w) => lex.schedules.has(w))) continue;
    // "7:25" with neither am/pm nor a leading zero is on a 12-hour clock: the part of the day
    // after it says which half ("7:25 on Monday evening"); without one it is not read
    let minutes = c.minutes;
    if (c.step === 1 && /^(?:[1-9]|1[0-2])[:.]\d\d$/.test(t.span.text)) {
      const part = lex.dayPart.exec(text.slice(t.span.end, t.span.end + 40).toLowerCase());
      if (!part) continue;
      if (rules.time.clockDayParts[part[1]] === "pm" && minutes < 720) minutes += 720;
    }
    // an on-the-hour time ("2am") is given to the nearest quarter hour either way
    const half = c.step === 60 ? 15 : 0.5;
    const [lo, hi] = hedge ? hedge.widen : [0, 0];
    const interval: Interval = { low: minutes + lo - half, high: minutes + hi + half, lowOpen: false, highOpen: false };
    out.push({
      kind: "quantity",
      span: { source: source.path, start, end: t.span.end, text: text.slice(start, t.span.end) },
      value: minutes,
      interval,
      bound: !hedge ? "exact" : lo < 0 && hi > 0 ? "approx" : lo >= 0 ? "above" : "below",
      ...(hedge ? { hedge: hedge.phrase } : {}),
      unit: CLOCK,
      family: CLOCK,
      toBase: 1,
      precision: c.step,
      digits: c.digits.length,
      digitString: c.digits,
    });
  }
  return out;
}
