// Figures: a fast scan finds candidate numbers (digits or number words); each candidate
// is then read outward — hedge before, scale words and unit after, change words around —
// and becomes a QuantityMention with its interval. Candidates inside time expressions,
// URLs, telephone numbers, model names and ranks are dropped (see the "must not extract"
// tables in tests).
import { lineStartWithin } from "../text/lines.js";
import { cellAt, findTables, type Table } from "../text/tables.js";
import type { Interval, QuantityMention, Source, TimeMention, Bound } from "../types.js";
import { PER_YEAR } from "../types.js";
import type { Rules, HedgeRule, UnitRule } from "../rules/types.js";
import { parseDigits, parseWords, type ParsedNumber } from "./numbers.js";
import { phoneAt } from "./phones.js";
import { FoldedRegExp } from "../text/folded-re.js";
import { escapeRegExp } from "../text/regex.js";
import { compactLetters, lre } from "../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/\b(?:by|of)[ \u00a0]+(?:[\p{L}]+[ \u00a0]+)?$/iu);
const LETTERS_RE_2 = lre(/[\p{L}\p{N}][-–]?$/u);
const LETTERS_RE_3 = lre(/(?:^|[^\p{L}])[\p{L}]{2,}-$/u);
const LETTERS_RE_4 = lre(/^[\p{L}]/u);
const LETTERS_RE_5 = lre(/^[-–]\p{Lu}\p{Ll}/u);
const LETTERS_RE_6 = lre(/(?:^|[^\p{L}])(?=(?:[A-Z&]*[A-Z]){2})[A-Z&]{2,}[ \u00a0]$/u);
const LETTERS_RE_7 = lre(/^[ \u00a0]+(?:\p{Lu}\p{L}*[ \u00a0]+){1,2}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Court|Ct|Highway|Hwy)\b|^[ \u00a0]+block\b/u);
const LETTERS_RE_8 = lre(/(?:^|[^\p{L}])(?:this|that|each|every|any|which)[ \u00a0]+\p{L}+[ \u00a0]$/iu);
const LETTERS_RE_9 = lre(/^[ \u00a0]+([\p{L}]+)/u);
const LETTERS_RE_10 = lre(/^\p{Lu}\p{L}{1,2}$/u);
const LETTERS_RE_11 = lre(/^(?:[ \u00a0]+[A-Z]|[^\p{L}\p{N}%]|$)/u);
const LETTERS_RE_12 = lre(/\bestimated(?:[ \u00a0]+[\p{L}-]+){0,3}?[ \u00a0]+(?:at|of|to be)[ \u00a0]+(?:US\$|[$€£¥])?$/iu);
const LETTERS_RE_13 = lre(/^[ \u00a0]+\p{L}/u);
const LETTERS_RE_14 = lre(/^\p{L}/u);
const LETTERS_RE_15 = lre(/^[ \u00a0]+(?:[\p{L}]+[ \u00a0]+)?to[ \u00a0]+$/u);
// a change named by a word with no direction of its own ("an improvement of", "worsened by")
const NEUTRAL_CHANGE = lre(/(?<![\p{L}])(?:(?:an?|the|this|that)[ \u00a0]+(?:improvement|deterioration|change)[ \u00a0]+of|(?:improved|worsened|deteriorated)(?:[ \u00a0]+by)?)[ \u00a0]+$/iu);
// the verb forms of it, whose levels must stand in the same sentence ("The gap worsened by 1.2
// points" says nothing of the pass rates in the sentence before)
const NEUTRAL_VERB = /(?:improved|worsened|deteriorated)(?:[ \u00a0]+by)?[ \u00a0]+$/i;
// "of" and at most one word before a share in words ("a cut of nearly a third")
const AFTER_OF = lre(/\bof[ \u00a0]+(?:\p{L}+[ \u00a0]+)?$/iu);
// what may follow a share in words that sizes a change ("a cut of a third.", "… of a third in a year")
const FRACTION_ENDS = /^(?:[ \u00a0]*(?:[.,;:)—–]|$)|[ \u00a0]+(?:in|since|on|from|to|over|compared|between|last|this|a|per|and|or|but)\b)/i;
// a sentence's end between two figures
const SENTENCE_BREAK = lre(/[.!?][ \u00a0]+\p{Lu}/u);
// a period right after a level ("58.4% in 2021", "a year earlier", "last year")
const PERIOD_AFTER = /^[ \u00a0]*(?:\(|,)?[ \u00a0]*(?:in|a|the|last|for|during)?[ \u00a0]*(?:\d{4}|year|month|quarter|previous|prior|last|earlier)/i;
// the cue before the earlier of two levels ("up from 88.7%", "against 58.4%")
const EARLIER_CUE = lre(/(?<![\p{L}])(?:from|against|compared[ \u00a0]+(?:with|to)|versus|vs\.?|than)[ \u00a0]+(?:the[ \u00a0]+)?(?:\p{Sc}|[A-Z]{1,3}\$)?$/u);
const LETTERS_RE_16 = lre(/^[ \u00a0]*,[ \u00a0]+(?:an?|the)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:improvement|deterioration|change)[ \u00a0]+of[ \u00a0]+$/iu);
const LETTERS_RE_17 = lre(/^[ \t]*[-•*]?[ \t]*\p{L}[^\d\n]{0,60}?\((?:(\p{Sc}|[A-Z]{3})[ \u00a0]?)?(thousands?|millions?|billions?|m|mn|bn|k)\)[ \t]+$/u);
const LETTERS_RE_18 = lre(/(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]+[ \u00a0]+(?:\p{Lu}[\p{L}'’-]+[ \u00a0]+)?\p{Lu}[\p{L}'’-]+,[ \u00a0]$/u);
const LETTERS_RE_19 = lre(/^,[ \u00a0]+(?!and\b|or\b|\d)\p{L}/u);
const LETTERS_RE_20 = lre(/(?:^|[^\p{L}'’-])\p{Lu}\p{Ll}[\p{L}'’-]+,[ \u00a0]$/u);
// ("up until", "up to 14 May": a time, not a rise; "up front": paid at the start)
const LETTERS_RE_21 = lre(/^[ \u00a0-]+up[ \u00a0-]*front(?![\p{L}])|^[ \u00a0-]+up[ \u00a0]+(?:until|till|to[ \u00a0]+(?:\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+\p{Lu}|\p{Lu}\p{Ll}+(?:[ \u00a0]+\d{1,2}(?!\d))?(?![ \u00a0]+(?:bn|billion|million|m)\b)|the[ \u00a0]+end|now|date|today))/u);
const LETTERS_RE_22 = lre(/^[ \u00a0]+(?:(?:were|have[ \u00a0]+been|had[ \u00a0]+been|being)[ \u00a0]+)?(opened|closed|shut|added)(?=[ \u00a0]+(?:in|during|over|since|so[ \u00a0]+far|this|last)(?![\p{L}]))/iu);
const LETTERS_RE_23 = lre(/^([^.,;:!?()]{0,40}?)\b(per|each|every|a|an)[ \u00a0]+(day|week|month|year|hour|minute|second|capita|person|resident|household|head|annum|share|diluted share)\b(?![ \u00a0]+(?:earlier|ago|after|later|before(?![ \u00a0]+\p{Ll})|before[ \u00a0]+(?:the|that|this|his|her|its|their|a|an)\b))/iu);
const LETTERS_RE_24 = lre(/^\/(\p{L}+)/u);
const LETTERS_RE_25 = lre(/^(?:[ \u00a0]+(?!(?:on|in|at|of|with|for|from|by|under)(?![\p{L}]))\p{Ll}[\p{L}'’-]*){1,2}?[ \u00a0]+(annually|yearly|daily|weekly|monthly)(?=[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+(?:in|across|at|on|for|from|to|since|between|over|through|and|or)(?![\p{L}]))/u);

interface UnitForm {
  form: string;
  unit: UnitRule;
}

interface QuantityLexicon {
  candidateRe: RegExp;
  hedgeBeforeRe: FoldedRegExp;
  hedgeAfterRe: FoldedRegExp;
  hedgeByPhrase: Map<string, HedgeRule>;
  afterLong: FoldedRegExp;
  afterShort: RegExp;
  afterShortSpaced: RegExp;
  /** A lower-case one-letter symbol after a space that ends a clause: "peaked at 5.92 m, above…" */
  afterSymbolSpaced: RegExp;
  beforeRe: RegExp;
  unitByForm: Map<string, UnitRule>;
  unitByFormCi: Map<string, UnitRule>;
  vagueRe: RegExp;
  vague: Map<string, [number, number]>;
  fractionRe: RegExp;
  fractions: Map<string, number>;
  changeBeforeRe: FoldedRegExp;
  changeByRe: FoldedRegExp;
  baselineAfterRe: FoldedRegExp;
  changeAfterRe: FoldedRegExp;
  comparativeAfterRe: FoldedRegExp;
  comparativeDown: Set<string>;
  changeNamedRe: FoldedRegExp;
  changeInRe: FoldedRegExp;
  up: Set<string>;
  down: Set<string>;
  /** "shut 9 branches", "opened a further 5": a stock verb right before a count (group 1). */
  stockBefore: RegExp;
  stockDown: Set<string>;
  /** The place a stock verb's count names, within a few words after it ("5 more clinics"). */
  stockNounAfter: RegExp;
  /** "-tier system", "-horse race": a descriptor noun hyphened to the number, then a noun. */
  descriptorAfter: RegExp;
  labelBefore: RegExp;
  windowBreak: RegExp;
  deadlineBefore: RegExp;
}

const lexicons = new WeakMap<Rules, QuantityLexicon>();

const esc = escapeRegExp;
const alt = (xs: string[]) =>
  [...new Set(xs)]
    .sort((a, b) => b.length - a.length)
    .map((x) => esc(x).replace(/ /g, "[ \\u00a0]+"))
    .join("|");

function lexicon(rules: Rules): QuantityLexicon {
  const hit = lexicons.get(rules);
  if (hit) return hit;
  const hedgeByPhrase = new Map<string, HedgeRule>();
  for (const h of rules.hedges) for (const w of h.words) hedgeByPhrase.set(w.toLowerCase(), h);
  const pre = [...hedgeByPhrase.keys()].filter((w) => !/^or /.test(w));
  const post = [...hedgeByPhrase.keys()].filter((w) => /^or /.test(w));
  const longForms: UnitForm[] = [];
  const shortForms: UnitForm[] = [];
  const beforeForms: string[] = [];
  const unitByForm = new Map<string, UnitRule>();
  const unitByFormCi = new Map<string, UnitRule>();
  for (const u of rules.units) {
    for (const f of u.after ?? []) {
      const isWord = /^[A-Za-z][A-Za-z \-/.]*$/.test(f) && f.length > 2;
      (isWord ? longForms : shortForms).push({ form: f, unit: u });
      if (isWord) unitByFormCi.set(f.toLowerCase(), u);
      else unitByForm.set(f, u);
    }
    for (const f of u.before ?? []) {
      beforeForms.push(f);
      unitByForm.set(f, u);
      unitByFormCi.set(f.toLowerCase(), u);
    }
  }
  const shortSpaced = shortForms.filter((f) => f.form.length >= 2 && !/^[a-z]{2}$/.test(f.form) || ["km", "kg", "mm", "cm", "ml", "ft", "ha", "mph", "kph", "lbs", "lb", "oz", "bbl", "kWh", "MWh"].includes(f.form));
  const vague = new Map(Object.entries(rules.numbers.vague).map(([k, v]) => [k.toLowerCase(), v] as [string, [number, number]]));
  const fractions = new Map(Object.entries(rules.numbers.fractions).map(([k, v]) => [k.toLowerCase(), v]));
  const up = new Set(rules.measures.changeWords.up.map((w) => w.toLowerCase()));
  const down = new Set(rules.measures.changeWords.down.map((w) => w.toLowerCase()));
  const words = [...Object.keys(rules.numbers.units), ...Object.keys(rules.numbers.tens), ...Object.keys(rules.numbers.named), "half", "quarter"];
  const lex: QuantityLexicon = {
    // digits, or a number word at a word boundary; vague and fraction phrases are found separately.
    // Digits right after a digit and a comma start a candidate too: the scan reaches them only
    // when the number before stopped at that comma, a list and no decimal ("votes 3,4 and 5")
    candidateRe: new RegExp(compactLetters(`(?<![\\p{L}\\p{N}.,])(?:\\d|\\.\\d|(?:${words.join("|")})(?![\\p{L}]))|(?<=\\d,)\\d`), "giu"),
    hedgeBeforeRe: new FoldedRegExp(`(?:^|[^\\p{L}])(${alt(pre)})[ \\u00a0]+(?:of[ \\u00a0]+)?$`, "u"),
    // "12 votes or more": a following hedge may come after the counted noun
    hedgeAfterRe: new FoldedRegExp(`^(?:[ \\u00a0]+[\\p{L}]+){0,2}?[ \\u00a0]+(${alt(post)})(?![\\p{L}])`, "u"),
    hedgeByPhrase,
    afterLong: new FoldedRegExp(`^(?:[ \\u00a0]|-)?(${alt(longForms.map((f) => f.form.toLowerCase()))})(?![\\p{L}\\p{N}])`, "u"),
    afterShort: new RegExp(compactLetters(`^(${alt(shortForms.map((f) => f.form))})(?![\\p{L}\\p{N}])`), "u"),
    afterShortSpaced: new RegExp(compactLetters(`^[ \\u00a0](${alt(shortSpaced.map((f) => f.form))})(?![\\p{L}\\p{N}])`), "u"),
    // (a one-letter unit before "/" and a letter is a rate's numerator: "4.3 t/ha")
    afterSymbolSpaced: new RegExp(compactLetters(`^[ \\u00a0](${alt(shortForms.map((f) => f.form).filter((f) => /^[a-wyz]$/.test(f)))})(?=[ \\u00a0]*(?:[,.;:)\\]]|$)|\\/\\p{L})`), "u"),
    beforeRe: new RegExp(compactLetters(`(?:^|[^\\p{L}])(${alt(beforeForms)})[ \\u00a0-]?$`), "u"),
    unitByForm,
    unitByFormCi,
    vagueRe: new RegExp(compactLetters(`(?<![\\p{L}])(${alt([...vague.keys()])})(?=[ \\u00a0]+(?:of|more|upon)\\b)`), "giu"),
    vague,
    // (then a share, "half of the migrants", or after a change word a change, "fell by a third")
    fractionRe: new RegExp(compactLetters(`(?<![\\p{L}-])(${alt([...fractions.keys()])})(?![\\p{L}-])`), "giu"),
    fractions,
    // "fell 5%", "dropped by 42.6 percent", "cut rates by 25 basis points", "a fall of 42.6 percent"
    changeBeforeRe: new FoldedRegExp(`(?:^|[^\\p{L}])(${alt([...up, ...down])})(?:[ \\u00a0]+[\\p{L}]+(?=[ \\u00a0]+by\\b))?(?:[ \\u00a0]+(?:by|of|at|about|around|nearly|almost|some|roughly|more than|over|just|a|an))*[ \\u00a0]+$`, "u"),
    // "cuts the county's rainy-day reserve by 2 percent": a change verb, its object, then "by"
    // (a year among the object's words too: "cut its 2027 margin by 0.4%")
    changeByRe: new FoldedRegExp(`(?:^|[^\\p{L}])(${alt([...up, ...down])})(?:[ \\u00a0]+(?:[\\p{L}'’-]+|\\d{4}))(?:[ \\u00a0]+(?:[\\p{L}'’-]+|\\d{4})){0,7}?[ \\u00a0]+by[ \\u00a0]+$`, "u"),
    baselineAfterRe: new FoldedRegExp(`^[ \\u00a0]+(?:above|below|over|under)[ \\u00a0]+(?:the[ \\u00a0]+|its[ \\u00a0]+|their[ \\u00a0]+)?(?:[\\p{L}-]+[ \\u00a0]+){0,2}?(?:${alt(rules.measures.baselineNouns.map((w) => w.toLowerCase()))})\\b`, "u"),
    // "the sharpest decline, 8.2 percent", "its biggest one-day drop: 4.2%": a change named by
    // a noun, then its size set off after a comma or colon
    // (an owner's name as determiner, "the index's steepest fall"; a short phrase after the noun,
    // "fall on Tuesday, 14.6 percent")
    changeNamedRe: new FoldedRegExp(`(?:^|[^\\p{L}])(?:the|its|their|his|her|a|an|[\\p{L}\\d-]+['’]s)(?:[ \\u00a0]+[\\p{L}\\d-]+){0,2}?[ \\u00a0]+(${alt([...up, ...down])})(?:[ \\u00a0]+(?:in|on|of|since|for|this|last|a|an|the|[\\p{L}]+day|year|week|month|decade|quarter)){0,3}[ \\u00a0]*[,:][ \\u00a0]+(?:(?:about|around|nearly|almost|some|roughly|more than|over|just|a|an)[ \\u00a0]+)*$`, "u"),
    // "put the increase in harbour charges at 17%", "the fall in ridership was 6.5 percent": a change named
    // by a noun with what changed after "in", then its size
    changeInRe: new FoldedRegExp(`(?:^|[^\\p{L}])(?:the|its|their|this|that|an?)[ \\u00a0]+(${alt([...up, ...down])})[ \\u00a0]+in[ \\u00a0]+(?:[\\p{L}\\d'’-]+[ \\u00a0]+){1,5}?(?:at|was|is|were|are|of)[ \\u00a0]+(?:(?:about|around|nearly|almost|some|roughly|more than|over|just|a|an)[ \\u00a0]+)*$`, "u"),
    // (past a hyphened compound that says against what: "a 23% year-on-year drop", "3.2 percent
    // like-for-like growth")
    changeAfterRe: new FoldedRegExp(`^[ \\u00a0-]+(${alt([...up, ...down])})(?![\\p{L}])`, "u"),
    comparativeAfterRe: new FoldedRegExp(`^[ \\u00a0-]+(${alt([...rules.measures.comparativeChange.up, ...rules.measures.comparativeChange.down]) || "(?!)"})[ \\u00a0]+than(?![\\p{L}])`, "u"),
    comparativeDown: new Set(rules.measures.comparativeChange.down.map((w) => w.toLowerCase())),
    up,
    down,
    stockBefore: new RegExp(compactLetters(`(?:^|[^\\p{L}])(${alt([...rules.measures.stockVerbs.up, ...rules.measures.stockVerbs.down]) || "(?!)"})[ \\u00a0]+(?:(?:a[ \\u00a0]+further|another|a[ \\u00a0]+total[ \\u00a0]+of|some|about|around|nearly|almost|more[ \\u00a0]+than)[ \\u00a0]+)?$`), "iu"),
    stockDown: new Set(rules.measures.stockVerbs.down.map((w) => w.toLowerCase())),
    stockNounAfter: new RegExp(compactLetters(`^[ \\u00a0]+(?:(?:more|new|further|other|of[ \\u00a0]+its|of[ \\u00a0]+their|[\\p{L}-]+)[ \\u00a0]+){0,2}?(?:${alt(rules.measures.stockNouns) || "(?!)"})(?![\\p{L}])`), "iu"),
    labelBefore: new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(rules.numbers.labels) || "(?!)"})[ \\u00a0]$`), "iu"),
    descriptorAfter: new RegExp(compactLetters(`^-(?:${alt(rules.numbers.descriptors) || "(?!)"})[ \\u00a0]+\\p{L}`), "iu"),
    windowBreak: new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(rules.time.windowBreaks) || "(?!)"})(?![\\p{L}])`), "iu"),
    deadlineBefore: new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(rules.time.deadlineVerbs) || "(?!)"})[ \\u00a0]+(?:\\S+[ \\u00a0]+)?$`), "iu"),
  };
  lexicons.set(rules, lex);
  return lex;
}

/** Ranges of text where figures are not claims: URLs and e-mail addresses. */
function excludedRanges(text: string, from: number): Array<[number, number]> {
  // What /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/g finds, one run of non-space characters
  // at a time: that regex backtracks quadratically on a long run with no "@" (issue 7).
  const out: Array<[number, number]> = [];
  const runs = /\S+/g;
  runs.lastIndex = from;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    const run = m[0];
    let i = 0;
    if (!/^(?:https?:\/\/|www\.)\S/.test(run)) {
      const e = emailEnd(run);
      if (e > 0) out.push([m.index, m.index + e]);
      i = Math.max(0, e);
    }
    const u = /\b(?:https?:\/\/|www\.)(?=\S)/.exec(i ? run.slice(i) : run);
    if (u) out.push([m.index + i + u.index, m.index + run.length]);
  }
  return out;
}

/** Where `\S+@\S+\.\w+` matched at the start of a run of non-space characters ends, or -1: the greedy match takes the last "@" with a "." and a word character two or more characters after it. */
function emailEnd(run: string): number {
  let dot = -1;
  for (let k = run.length - 2; k >= 0 && dot < 0; k--) if (run[k] === "." && /\w/.test(run[k + 1])) dot = k;
  if (dot < 0) return -1;
  const at = run.lastIndexOf("@", dot - 2);
  if (at < 1 || at > dot - 2) return -1;
  let e = dot + 1;
  while (e < run.length && /\w/.test(run[e])) e++;
  return e;
}

export function hedgeInterval(value: number, h: HedgeRule): Interval {
  const a = value * (1 + h.low);
  const b = value * (1 + h.high);
  return nonEmpty({ low: Math.min(a, b), high: Math.max(a, b), lowOpen: !!h.lowOpen, highOpen: !!h.highOpen });
}

/**
 * A two-sided hedge on a figure written to a fine step commits to more than the hedge's
 * share: "about 27.4 gigawatts" is 27.4 give or take a few tenths, not anything from 24.7 to
 * 30.1. Its reach is kept within three steps (and no less than 2% of the figure); "about
 * 1,200", "about 9 million" and "some 14,500" keep the hedge's whole share.
 */
export function hedgeIntervalAt(value: number, precision: number, h: HedgeRule, digitString?: string): Interval {
  // (one significant digit, "about £9 million", "about 70", is a round figure, and so is a
  // whole number ending in a five, "some 14,500", "around 265,000": the whole share)
  const significant = (digitString ?? "").replace(/^0+/, "").replace(/0+$/, "");
  const halfStep = precision >= 1 && significant.endsWith("5");
  if (h.bound !== "approx" || !(h.low < 0 && h.high > 0) || !(precision > 0) || value === 0 || significant.length < 2 || halfStep) return hedgeInterval(value, h);
  const reach = Math.max(3 * precision, 0.02 * Math.abs(value)) / Math.abs(value);
  return hedgeInterval(value, { ...h, low: Math.max(h.low, -reach), high: Math.min(h.high, reach) });
}

export function roundingInterval(value: number, precision: number): Interval {
  return nonEmpty({ low: value - precision / 2, high: value + precision / 2, lowOpen: false, highOpen: true });
}

/**
 * An interval with one open end and no width holds nothing, and would contradict even the
 * same figure: "nearly 0", or a half-step too small for a double past 2^53 (forty nines).
 * Such a phrase commits to its value itself (issue 7).
 */
function nonEmpty(i: Interval): Interval {
  return i.low < i.high || (!i.lowOpen && !i.highOpen) ? i : { low: i.low, high: i.high, lowOpen: false, highOpen: false };
}

const CAP_WORD_BEFORE = lre(/([A-Z][\p{L}]+)[ \u00a0]$/u);

// sentence openers, determiners and possessives: a capitalised word before a figure that names no
// model or route ("Its 58 aircraft", not "Route 66")
const STARTER = /^(?:Over|About|Around|Nearly|Almost|Some|More|Fewer|Less|Just|Up|Only|At|By|In|On|The|A|An|And|But|Of|For|To|With|From|Since|Until|Between|Roughly|Approximately|Another|All|Those|These|Another|Top|Down|Rose|Fell|Under|Below|Above|Than|Each|Every|Per|Almost|Totalling|Total|Some|Its|Their|Our|His|Her|My|Your|Whose|This|That|Both|Several|Many|Most|Which|What|Also|Still|Now|Then)$/;

export function extractQuantities(source: Source, rules: Rules, times: TimeMention[]): QuantityMention[] {
  const lex = lexicon(rules);
  const text = source.text;
  const from = source.body.start;
  const out: QuantityMention[] = [];
  // where figures may not stand (times, URLs) and where one already stands, one flag per
  // character: a lookup costs the length of the figure, not the number of ranges
  const blockedAt = new Uint8Array(text.length + 1);
  const mark = (at: Uint8Array, a: number, b: number) => at.fill(1, Math.max(0, a), Math.max(0, b));
  const hits = (at: Uint8Array, s: number, e: number) => {
    for (let k = Math.max(0, s); k < e && k < at.length; k++) if (at[k]) return true;
    return false;
  };
  for (const t of times) mark(blockedAt, t.span.start, t.span.end);
  for (const [a, b] of excludedRanges(text, from)) mark(blockedAt, a, b);
  const isBlocked = (s: number, e: number) => hits(blockedAt, s, e);
  const takenAt = new Uint8Array(text.length + 1);
  const taken = { push: ([a, b]: [number, number]) => mark(takenAt, a, b) };
  const isTaken = (s: number, e: number) => hits(takenAt, s, e);

  // vague quantities ("thousands of", "tens of thousands more")
  const vre = new RegExp(compactLetters(lex.vagueRe.source), lex.vagueRe.flags);
  vre.lastIndex = from;
  for (let m = vre.exec(text); m; m = vre.exec(text)) {
    const [lo, hi] = lex.vague.get(m[1].toLowerCase().replace(/[ \u00a0]+/g, " "))!;
    const start = m.index;
    const end = start + m[0].length;
    if (isBlocked(start, end)) continue;
    const q = build(source, start, end, { value: [lo, hi], interval: { low: lo, high: hi, lowOpen: false, highOpen: false }, bound: "range", precision: lo, digits: 0, vague: true });
    withUnitAfter(q, text, end, lex, true);
    withChange(q, text, lex);
    out.push(q);
    taken.push([start, end]);
  }

  // times taken, in hours, minutes and seconds: "won in 2:11:48", "a 2:13:05 debut" (the
  // time extractor leaves a one-digit hour with seconds and no am or pm to this)
  if (text.indexOf(":", from) >= 0) {
    const ere = /(?<![\d:.,])([1-9]):([0-5]\d):([0-5]\d)(?![\d:])(?![ \u00a0]?(?:[AaPp]\.?[Mm]\b|local\b|\(?(?:[A-Z]{1,3}T|GMT|UTC)\b))/g;
    ere.lastIndex = from;
    for (let m = ere.exec(text); m; m = ere.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isTaken(start, end) || isBlocked(start, end)) continue;
      const value = +m[1] + +m[2] / 60 + +m[3] / 3600;
      const step = 1 / 3600;
      const digits = m[1] + m[2] + m[3];
      const q = build(source, start, end, { value, interval: { low: value - step / 2, high: value + step / 2, lowOpen: false, highOpen: true }, bound: "exact", precision: step, digits: digits.length, digitString: digits });
      setUnit(q, lex.unitByFormCi.get("hours") ?? rules.units[0]);
      out.push(q);
      taken.push([start, end]);
    }
  }

  // fractions of a unit or scale: "half a percentage point", "a quarter of a billion dollars", "a tenth of a cent"
  const FRACTION: Record<string, number> = { half: 0.5, quarter: 0.25, third: 1 / 3, tenth: 0.1, fifth: 0.2 };
  const fuRe = lre(/(?<![\p{L}])(?:(?:a|one)[ \u00a0-])?(half|quarter|third|tenth|fifth)(?:[ \u00a0-]of)?[ \u00a0]+an?[ \u00a0]+(million|billion|trillion|thousand|percentage[ \u00a0]+point|point|cent|mile|kilometre|kilometer|second|minute|hour|degree)\b/giu);
  fuRe.lastIndex = from;
  for (let m = fuRe.exec(text); m; m = fuRe.exec(text)) {
    const start0 = m.index;
    let end0 = start0 + m[0].length;
    if (isTaken(start0, end0) || isBlocked(start0, end0)) continue;
    const f = FRACTION[m[1].toLowerCase()];
    const what = m[2].toLowerCase().replace(/[ \u00a0]+/g, " ");
    const scale = rules.numbers.scales[what];
    // "half a million" is read by the number parser (with its hedge); only "a quarter OF a billion" here
    if (scale && !/of/i.test(m[0])) continue;
    let q: QuantityMention;
    if (scale) {
      const v = f * scale;
      q = build(source, start0, end0, { value: v, interval: roundingInterval(v, v / 10), bound: "exact", precision: v / 10, digits: 0, scaleWords: [what] });
      withUnitAfter(q, text, end0, lex, false);
      if (q.unit === "count") {
        const dollars = /^[ \u00a0]+(dollars|euros|pounds|yen|pesos)\b/i.exec(text.slice(end0, end0 + 12));
        if (dollars) {
          setUnit(q, lex.unitByFormCi.get(dollars[1].toLowerCase()) ?? rules.units[0]);
          end0 += dollars[0].length;
          q.span = span(source, start0, end0);
        }
      }
    } else {
      const unitWord = what === "point" ? "percentage point" : what;
      const u = lex.unitByFormCi.get(unitWord) ?? lex.unitByFormCi.get(unitWord + "s");
      if (!u) continue;
      q = build(source, start0, end0, { value: f, interval: roundingInterval(f, f / 10), bound: "exact", precision: f / 10, digits: 0 });
      setUnit(q, u);
    }
    withChange(q, text, lex);
    out.push(q);
    taken.push([q.span.start, q.span.end]);
  }

  // fractions as shares: "half of the migrants", "more than half aren't asking"
  const fre = new RegExp(compactLetters(lex.fractionRe.source), lex.fractionRe.flags);
  fre.lastIndex = from;
  for (let m = fre.exec(text); m; m = fre.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (isTaken(at, end) || isBlocked(at, end)) continue;
    const before = text.slice(Math.max(from, at - 30), at);
    const share = /^[ \u00a0]+(?:are|were|have|had|did|do|say|said|of)\b/i.test(text.slice(end, end + 6));
    // ("cut by half a billion", "by a quarter point", "by half a day": a share of what follows,
    // which the number reading takes)
    if (!share && (/^[ \u00a0]+(?:an?|point|points|percentage|per)\b/i.test(text.slice(end, end + 12)) || lex.afterLong.test(text.slice(end, end + 30)))) continue;
    // "has fallen by a quarter since 2010", "cut by almost half", "a fall of almost a fifth": a change of that share
    const change = !share && lex.changeBeforeRe.exec(before);
    if (!share && !(change && !/^(?:more|less|fewer|higher|lower|above|below|over|up|down|off)$/i.test(change[1]) && LETTERS_RE_1.test(before))) continue;
    // ("the rise of a third party", "a surge of a third wave": after "of", an ordinal before its noun)
    if (!share && AFTER_OF.test(before) && !FRACTION_ENDS.test(text.slice(end, end + 16))) continue;
    const hb = lex.hedgeBeforeRe.exec(before);
    const v = lex.fractions.get(m[1].toLowerCase())!;
    let q: QuantityMention;
    if (hb) {
      const h = lex.hedgeByPhrase.get(hb[1].toLowerCase().replace(/[ \u00a0]+/g, " "))!;
      // "more than a fifth" is said of anything short of the next share one would name ("a
      // quarter"), "less than a third" of anything above the one before it
      let interval = hedgeInterval(v, h);
      const shares = [...lex.fractions.values()];
      const next = Math.min(...shares.filter((x) => x > v + 1e-9));
      const prev = Math.max(...shares.filter((x) => x < v - 1e-9));
      if (h.bound === "above" && Number.isFinite(next) && next > interval.high) interval = { ...interval, high: next, highOpen: true };
      if (h.bound === "below" && Number.isFinite(prev) && prev < interval.low) interval = { ...interval, low: prev, lowOpen: true };
      q = build(source, at - (before.length - before.lastIndexOf(hb[1])), end, { value: v, interval, bound: h.bound, precision: 5, digits: 0, hedge: hb[1].toLowerCase() });
    } else {
      if (!change && !/[ \u00a0]+of\b/.test(text.slice(end, end + 5))) continue;
      q = build(source, at, end, { value: v, interval: roundingInterval(v, 5), bound: "exact", precision: 5, digits: 0 });
    }
    q.unit = "percent";
    q.family = "percent";
    if (change) q.change = lex.down.has(change[1].toLowerCase()) ? "down" : "up";
    out.push(q);
    taken.push([q.span.start, q.span.end]);
  }

  // shares written as "one in five", "1 in 3": a percentage
  const SMALL: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
  const numOf = (s: string) => SMALL[s.toLowerCase()] ?? parseFloat(s.replace(/[, \u00a0\u202f\u2009]/g, ""));
  // "1 in 10 000": thousands may be spaced, as parseDigits reads them
  const inRe = lre(/(?<![\p{L}\p{N}.,])(one|two|three|four|five|six|seven|eight|nine|\d{1,3})[ \u00a0]+in[ \u00a0]+(two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,\d{3})+|[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+(?![ \u00a0\u202f\u2009]\d)|\d{1,3})(?:[ \u00a0]+(thousand|million|billion))?(?![\p{L}\p{N}]|[.,]\d)/giu);
  inRe.lastIndex = from;
  for (let m = inRe.exec(text); m; m = inRe.exec(text)) {
    const a = numOf(m[1]);
    // ("one in 8 million": the denominator's scale word, and its rounding to it)
    const scale = m[3] ? (rules.numbers.scales[m[3].toLowerCase()] ?? 1) : 1;
    const b = numOf(m[2]) * scale;
    const start0 = m.index;
    const end0 = start0 + m[0].length;
    if (!(b > a) || b < 2 || isTaken(start0, end0) || isBlocked(start0, end0)) continue;
    const v = (100 * a) / b;
    const hwin = text.slice(Math.max(from, start0 - 30), start0);
    const hb = lex.hedgeBeforeRe.exec(hwin);
    const h = hb ? lex.hedgeByPhrase.get(hb[1].toLowerCase().replace(/[ \u00a0]+/g, " ")) : undefined;
    const s0 = hb && h ? start0 - (hwin.length - hwin.lastIndexOf(hb[1])) : start0;
    // "seven in ten" rounds a share to the nearest tenth: 71% is seven in ten
    const step = 100 / b;
    // …but odds written out in full ("1 in 8,145,060"; not a round "1 in 10,000") are as precise
    // as their denominator: its digits are the figure's, and a slip in them a slip
    const exactOdds = !h && !m[3] && /^\d{1,3}(?:[, \u00a0\u202f\u2009]\d{3})+$/.test(m[2]) && m[2].replace(/\D/g, "").replace(/0+$/, "").length >= 4;
    const oddsDigits = exactOdds ? m[2].replace(/\D/g, "") : "";
    const interval = h ? hedgeInterval(v, h) : exactOdds ? { low: (100 * a) / (b + 0.5), high: (100 * a) / (b - 0.5), lowOpen: false, highOpen: true } : scale > 1 ? { low: (100 * a) / (b + scale / 2), high: (100 * a) / (b - scale / 2), lowOpen: false, highOpen: true } : roundingInterval(v, step);
    const q = build(source, s0, end0, { value: v, interval, bound: h ? h.bound : "exact", precision: exactOdds ? (100 * a) / b - (100 * a) / (b + 1) : step, digits: exactOdds ? oddsDigits.replace(/0+$/, "").length : 0, ...(exactOdds ? { digitString: oddsDigits } : {}), ...(hb ? { hedge: hb[1].toLowerCase() } : {}) });
    q.unit = "percent";
    q.family = "percent";
    out.push(q);
    taken.push([q.span.start, q.span.end]);
  }

  const cre = new RegExp(compactLetters(lex.candidateRe.source), lex.candidateRe.flags);
  // how many grouped figures each short prefix stands before, counted once per prefix (linear)
  const prefixCounts = new Map<string, number>();
  /** A score or vote tally from `start` to `endAt` ("5-2", "by five votes to four"), taken. */
  const addScore = (start: number, endAt: number, a: number, b: number, digits: number, digitString: string) => {
    const q = build(source, start, endAt, { value: [a, b], interval: { low: a, high: b, lowOpen: false, highOpen: false }, bound: "exact", precision: 1, digits, digitString });
    q.unit = "score";
    q.family = "score";
    out.push(q);
    taken.push([q.span.start, q.span.end]);
    cre.lastIndex = Math.max(cre.lastIndex, q.span.end);
  };
  cre.lastIndex = from;
  // where the last code read ends (a list of codes after one label)
  let codeEnd = -1;
  for (let m = cre.exec(text); m; m = cre.exec(text)) {
    const at = m.index;
    if (isTaken(at, at + 1)) continue;
    const isDigit = /[\d.]/.test(text[at]);
    // a telephone number is no figure, nor is any group of it: "+44 20 7946 0958", "(555) 123 4567"
    if (isDigit && !isBlocked(at, at + 1)) {
      const phone = phoneAt(text, at, from);
      if (phone) {
        taken.push(phone);
        cre.lastIndex = Math.max(cre.lastIndex, phone[1]);
        continue;
      }
    }
    let parsed: ParsedNumber | null = isDigit ? parseDigits(text, at, rules) : parseWords(text, at, rules);
    if (!parsed) continue;
    cre.lastIndex = Math.max(cre.lastIndex, parsed.end);
    if (isBlocked(at, parsed.end)) continue;
    const after = text.slice(parsed.end, parsed.end + 60);
    const before = text.slice(Math.max(from, at - 60), at);
    // glued to letters or hyphen-prefixed codes: COVID-19, F-35, G20, 5G, A320
    if (LETTERS_RE_2.test(before.slice(-2)) && !/[$€£¥₹]$/.test(before) && !/\b(?:US|C|A|CA|AU|MX|R)\$$/.test(before)) {
      if (!LETTERS_RE_3.test(before) || /[A-Z]{1,3}-$/.test(before)) continue;
    }
    if (isDigit && LETTERS_RE_4.test(after) && !lex.afterShort.test(after) && !/^(?:s\b|st\b|nd\b|rd\b|th\b)/.test(after) && !lex.afterLong.test(after)) continue;
    // a name led by digits: "2-North" (a district), "3-Series" (a model)
    if (isDigit && /^\d+$/.test(text.slice(at, parsed.end)) && LETTERS_RE_5.test(after)) continue;
    // phone numbers, codes, clock-like and slash-dates: 555-1234, 7/21, 3:2
    if (/^[-/:]\d/.test(after) && !/^-\d+(?:%| percent| per cent)/.test(after) && !/^[-–]\d/.test(after)) continue;
    // ranks and labels: No. 5, #5, number 5
    if (/(?:\bNo\.|#|\bnumber|\bNumber)[ \u00a0]?$/.test(before)) continue;
    // codes and the list that follows the label: "Batch codes: 2611, 2612 and 2618", "lot 42-7"
    if (isDigit && /^\d+$/.test(text.slice(at, parsed.end)) && (CODE_LABEL.test(before) || (codeEnd > 0 && /^(?:[ \u00a0]*(?:,|;|\/|–|-|and|or|to|through)[ \u00a0]*)+$/i.test(text.slice(codeEnd, at))))) {
      codeEnd = parsed.end;
      continue;
    }
    // index and product names written in capitals before the figure: "S&P 500", "FTSE 100"
    // (not a sum under a scale word in a currency the rules do not know: "KM 412 billion")
    if (isDigit && LETTERS_RE_6.test(before) && !lex.unitByForm.has(before.trim().split(/\s+/).pop()!) && !parsed.scaleWords.length) continue;
    // street addresses and blocks: "1420 Elm Street", "the 400 block"; "24/7", "9/11"
    if (isDigit && LETTERS_RE_7.test(after)) continue;
    if (/\d\/$/.test(before)) continue;
    // a kind or a place in a series: "category 2 calls", "type 3 visits", "gate 9"
    // (not a figure with a unit after it, "the stage 14 seconds ahead", nor after a demonstrative,
    // "at this stage 12 people")
    if (isDigit && /^\d{1,2}[A-Za-z]?$/.test(text.slice(at, parsed.end)) && lex.labelBefore.test(before) && !LETTERS_RE_8.test(before) && !UNIT_AFTER_LABEL.test(after) && !lex.unitByForm.has(LETTERS_RE_9.exec(after)?.[1] ?? "")) continue;
    // model and route names: "Boeing 737 Max", "Route 66", "Windows 10"
    const cap = CAP_WORD_BEFORE.exec(before);
    // …but a day or month before the figure is a date, not a model: "By Monday 300 people had left"
    // (grouped thousands after a name are no model's: "Mare 15,907"; a short prefix may be an
    // unknown currency's: "Kr 48,210")
    // (…and a two- or three-letter prefix before grouped thousands that the source writes before
    // other grouped figures too is a currency the rules do not know: "Dn 412,300" … "Dn 398,100")
    const prefixCurrency = isDigit && cap && cap[1].length <= 3 && LETTERS_RE_10.test(cap[1]) && /^\d{1,3}(?:,\d{3})+/.test(text.slice(at, parsed.end)) && !lex.unitByForm.has(cap[1]) && prefixedFigures(text, cap[1], prefixCounts) >= 2 ? cap[1] : undefined;
    if (isDigit && cap && !prefixCurrency && !(cap[1].length >= 3 && /,\d{3}/.test(text.slice(at, parsed.end))) && !isBlocked(at - cap[0].length, at - cap[0].length + cap[1].length) && !STARTER.test(cap[1]) && !lex.unitByForm.has(cap[1]) && !lex.hedgeByPhrase.has(cap[1].toLowerCase()) && !lex.up.has(cap[1].toLowerCase()) && !lex.down.has(cap[1].toLowerCase()) && !parsed.scaleWords.length && LETTERS_RE_11.test(after) && !/^[ \u00a0]*(?:%|percent)/i.test(after)) continue;
    // "one" on its own is a pronoun far more often than a figure; "one count", "one match" are figures
    if (parsed.words && parsed.value === 1 && !parsed.scaleWords.length) {
      const noun = /^[ \u00a0]+([a-z][a-z-]+)/.exec(after)?.[1];
      if (!noun || /^(?:of|another|day|time|way|thing|side|hand|more|less|another|or|and|who|that|which|in|on|at|to|for|by|is|was|has|had|could|would|will|can|may|might|should|must)$/.test(noun) || /\b(?:no|the|this|that|each|every|any|some|which|what|another|such|only)[ \u00a0]+$/i.test(before)) continue;
    }
    if (parsed.words && parsed.value < 1) continue;

    let start = at;
    let end = parsed.end;
    let value: number | [number, number] = parsed.value;
    let precision = parsed.precision;
    let bound: Bound = "exact";
    let interval = roundingInterval(parsed.value, parsed.precision);
    let hedge: string | undefined;

    // scores and tallies: "won 3-1", "voted 8–3", "a 68-29 vote", "112-104"
    // (a comma and a digit after it start a list, "6-3,6-4", unless thousands follow: "3-1,000")
    // "by 41 votes to 17": the noun of a vote between the two numbers
    // "41 in favour, 17 against", "41 for and 17 against": a vote's two sides named
    const sides = isDigit && /^\d+$/.test(text.slice(at, parsed.end)) ? /^[ \u00a0]+(?:votes?[ \u00a0]+)?(?:in[ \u00a0]+favou?r|for)[ \u00a0]*(?:,|and|to)[ \u00a0]*(?:,[ \u00a0]*)?(\d+)[ \u00a0]+(?:votes?[ \u00a0]+)?against\b/i.exec(text.slice(end, end + 40)) : null;
    // ("by five votes to two", "eight in favour, three against": a vote written in words)
    const inWords = !isDigit && parsed.words && parsed.value < 1000 ? /^[ \u00a0]+(?:votes?[ \u00a0]+to|(?:votes?[ \u00a0]+)?(?:in[ \u00a0]+favou?r|for)[ \u00a0]*(?:,|and)[ \u00a0]*)[ \u00a0]*/i.exec(text.slice(end, end + 24)) : null;
    const second = inWords ? parseWords(text, end + inWords[0].length, rules) : null;
    const againstOk = !inWords || /to[ \u00a0]*$/i.test(inWords[0]) || /^[ \u00a0]+(?:votes?[ \u00a0]+)?against\b/i.test(text.slice(second?.end ?? 0, (second?.end ?? 0) + 16));
    if (inWords && second && second.words && againstOk && (second.value <= parsed.value || !/to[ \u00a0]*$/i.test(inWords[0])) && !/^[ \u00a0]*(?:%|percent|per cent)/i.test(text.slice(second.end, second.end + 10))) {
      const tail = /to[ \u00a0]*$/i.test(inWords[0]) ? "" : (/^[ \u00a0]+(?:votes?[ \u00a0]+)?against\b/i.exec(text.slice(second.end, second.end + 16))?.[0] ?? "");
      addScore(at, second.end + tail.length, parsed.value, second.value, 0, `${parsed.value}-${second.value}`);
      continue;
    }
    const tally = sides
      ? ([sides[0], " to ", sides[1]] as unknown as RegExpExecArray)
      : isDigit && /^\d+$/.test(text.slice(at, parsed.end))
        ? /^([ \u00a0]?[-–][ \u00a0]?|[ \u00a0]+to[ \u00a0]+)(\d+)(?![\d%]|\/\d|\.\d|,\d{3}|[ \u00a0]*(?:%|percent|per cent))/.exec(text.slice(end, end + 12)) ??
          /^([ \u00a0]+votes?[ \u00a0]+to[ \u00a0]+)(\d+)(?![\d%]|\.\d|,\d)/.exec(text.slice(end, end + 18))
        : null;
    if (tally) {
      const b = +tally[2];
      const ctx = `${before.slice(-40)} ${text.slice(end + tally[0].length, end + tally[0].length + 40)}`;
      const scoreCue = /\b(?:won|wins?|beat|beats|lost|loses|defeat(?:ed|s)?|victory|vote[sd]?|voting|score[sd]?|draw|drew|tie[sd]?|record|lead|led|trail(?:ed|s)?|series|decision|verdict|margin|majority|ruling|count)\b/i.test(ctx);
      // (a motion's words mark a vote only larger side first: "carried 11 to 3", not "homes for
      // 40-60 families, approved by councillors")
      const motionCue = b <= parsed.value && /\b(?:carried|passed|approved|adopted|rejected|abstentions?)\b/i.test(ctx);
      if (sides || ((scoreCue || motionCue || /vote/.test(tally[1])) && (tally[1].includes("-") || tally[1].includes("–") || b <= parsed.value)) || (!/to/.test(tally[1]) && b < parsed.value && !/\bfrom[ \u00a0]+$/i.test(before))) {
        addScore(at, end + tally[0].length, parsed.value, b, parsed.digits + tally[2].length, `${text.slice(at, parsed.end)}-${tally[2]}`);
        continue;
      }
    }

    // ranges: "10-12%", "10 to 12 percent", "4.75% to 5%", "between $118 billion and $120 billion"
    const rangeM = /^(?:[ \u00a0]?(?:%|percent|per cent))?[ \u00a0]*(?:-|–|to|and)[ \u00a0]*(?=(?:US\$|[$€£¥])?\d)/.exec(text.slice(end, end + 20));
    const between = /\bbetween[ \u00a0]+(?:US\$|[$€£¥])?$/i.test(before);
    // "rose 0.5 per cent to $28.61" is a change and the level it reached, not a range
    const unitFirst = /^[ \u00a0]?(?:%|percent|per cent)/.test(rangeM?.[0] ?? "");
    const curFirst = /(?:US\$|[$€£¥])$/.test(before);
    // (so is "improved 2.2 per cent to 63.5 per cent": a verb of change with no direction of its own)
    // (…with the unit written after the first figure: "improved 10 to 15 per cent" is a range)
    const afterChange = (lex.changeBeforeRe.test(before.replace(/(?:US\$|[$€£¥])$/, "")) || (unitFirst && NEUTRAL_CHANGE.test(before))) && /to/.test(rangeM?.[0] ?? "") && !between;
    if (rangeM && !afterChange && (between || !/^[ \u00a0]*and/.test(rangeM[0].replace(/^[ \u00a0]?(?:%|percent|per cent)/, ""))) && (!/\b(?:from|by)[ \u00a0]+(?:[$€£]|US\$)?$/i.test(before) || /^[ \u00a0]?[-–][ \u00a0]?$/.test(rangeM[0]))) {
      let j = end + rangeM[0].length;
      const cur = /^(?:US\$|[$€£¥])/.exec(text.slice(j));
      if (cur) j += cur[0].length;
      // ("$251-254mn", "€5-6 billion": the currency written once, before a tight range, serves both)
      if (!!cur !== curFirst && !(curFirst && !cur && /^[ \u00a0]?[-–][ \u00a0]?$/.test(rangeM[0]))) j = -1;
      if (unitFirst && j >= 0 && !/^[\d.,]+[ \u00a0]?(?:%|percent|per cent)/.test(text.slice(j, j + 20))) j = -1;
      const p2 = j >= 0 && /\d/.test(text[j]) ? parseDigits(text, j, rules) : null;
      if (p2) {
        let lo = parsed.value;
        let hi = p2.value;
        // "1.2 to 1.5 billion": the scale written once applies to both
        if (!parsed.scaleWords.length && p2.scaleWords.length) lo *= p2.value / p2.base!;
        if (hi > lo) {
          value = [lo, hi];
          interval = { low: lo, high: hi, lowOpen: false, highOpen: false };
          bound = "range";
          end = p2.end;
          precision = Math.min(parsed.precision, p2.precision);
          if (between) start = at - /between[ \u00a0]+(?:US\$|[$€£¥])?$/i.exec(before)![0].length;
          cre.lastIndex = Math.max(cre.lastIndex, end);
        }
      }
    }

    // a currency symbol or unit word before the number ("$1.2 billion", "magnitude 7.1")
    let unitBefore: UnitRule | undefined;
    if (start === at) {
      const win = text.slice(Math.max(from, at - 12), at);
      const cb = lex.beforeRe.exec(win);
      if (cb) {
        unitBefore = lex.unitByForm.get(cb[1]);
        start = at - win.length + win.lastIndexOf(cb[1]);
      } else if (prefixCurrency) {
        unitBefore = { name: prefixCurrency, family: `money:${prefixCurrency.toUpperCase()}`, toBase: 1 };
        start = at - cap![0].length;
      }
    }
    // "minus 15C", "-4°F": a minus sign or word before the figure
    let negative = false;
    const minus = /(?:(?:^|[\s(])[-−]|\bminus[ \u00a0]+)$/i.exec(text.slice(Math.max(from, start - 7), start));
    if (minus && bound !== "range") {
      negative = true;
      start -= minus[0].replace(/^[\s(]/, "").length;
    }
    // "a change of +2.7 percentage points": a plus sign before a share in points is a rise
    const plus = !negative && bound !== "range" && /(?:^|[\s(])\+$/.test(text.slice(Math.max(from, start - 2), start));
    if (bound !== "range") {
      const hwin = text.slice(Math.max(from, start - 40), start);
      let hb = lex.hedgeBeforeRe.exec(hwin);
      // "ticked up to 5.7%", "went up to": "up" belongs to the verb, not a hedge
      if (hb && /^up/i.test(hb[1]) && /(?:ed|went|go|goes|shot|moved)[ \u00a0]+$/i.test(hwin.slice(0, hwin.lastIndexOf(hb[1])))) hb = null;
      // "recorded a maximum of 43.2°C": the maximum is what was measured, not a cap on the figure
      if (hb && /^a[ \u00a0]+(?:maximum|minimum|high|low)\b/i.test(hb[1]) && /\b(?:recorded|reached|hit|measured|registered|observed|saw|sees|see|touched|logged)[ \u00a0]+$/i.test(hwin.slice(0, hwin.lastIndexOf(hb[1])))) hb = null;
      if (hb) {
        const phrase = hb[1].toLowerCase().replace(/[ \u00a0]+/g, " ");
        const h = lex.hedgeByPhrase.get(phrase)!;
        hedge = phrase;
        bound = h.bound;
        interval = hedgeIntervalAt(parsed.value, parsed.precision, h, parsed.digitString);
        start = start - hwin.length + hwin.lastIndexOf(hb[1]);
      }
    }
    // "estimated at 1.62 billion", "a crowd estimated at 1.5m": a hedge a few words back
    if (bound === "exact" && !hedge && LETTERS_RE_12.test(text.slice(Math.max(from, start - 50), start))) {
      const h = lex.hedgeByPhrase.get("estimated");
      if (h) {
        hedge = "estimated";
        bound = h.bound;
        interval = hedgeIntervalAt(parsed.value, parsed.precision, h, parsed.digitString);
      }
    }
    if (negative) {
      value = typeof value === "number" ? -value : value;
      interval = { low: -interval.high, high: -interval.low, lowOpen: interval.highOpen, highOpen: interval.lowOpen };
    }
    const q = build(source, start, end, { value, interval, bound, precision, digits: parsed.digits, digitString: parsed.digitString, scaleWords: parsed.scaleWords, hedge });
    if (unitBefore) setUnit(q, unitBefore);
    withUnitAfter(q, text, q.span.end, lex, false);
    // "over 18 months", "over seven innings": "over" with a span of time is a preposition
    if ((q.hedge === "over" || q.hedge === "under") && q.family === "duration") {
      delete q.hedge;
      q.bound = "exact";
      q.interval = roundingInterval(parsed.value, parsed.precision);
      const numStart = q.span.text.search(/[\d$€£¥]/);
      q.span = span(source, q.span.start + Math.max(0, numStart), q.span.end);
    }
    // "a 90-day window", "the 10-year Treasury": a duration used as an adjective is a descriptor,
    // never compared as a figure
    if (q.family === "duration" && /(?:-|[ \u00a0])(?:day|week|month|year|hour|minute|second|decade)$/.test(q.span.text) && LETTERS_RE_13.test(text.slice(q.span.end, q.span.end + 3)) && !/^[ \u00a0]+(?:of|in|on|at|to|for|and|or|ago|earlier|later|before|after|from|since|old)\b/.test(text.slice(q.span.end, q.span.end + 12))) {
      taken.push([q.span.start, q.span.end]);
      continue;
    }
    // "a two-horse race", "a two-tier system": the number describes; it counts nothing
    // (spelled out only: "a 34-horse field" and "a 12-track album" count)
    if (q.unit === "count" && LETTERS_RE_14.test(q.span.text) && lex.descriptorAfter.test(text.slice(q.span.end, q.span.end + 24))) {
      taken.push([q.span.start, q.span.end]);
      continue;
    }
    // "7,000-plus"
    if (/^-?plus\b|^\+(?!\d)/.test(text.slice(q.span.end, q.span.end + 6)) && q.bound === "exact") {
      const m2 = /^-?plus\b|^\+/.exec(text.slice(q.span.end))!;
      q.bound = "above";
      q.hedge = "plus";
      q.interval = { low: parsed.value, high: parsed.value * 1.5, lowOpen: false, highOpen: false };
      q.span = span(source, q.span.start, q.span.end + m2[0].length);
    }
    if (bound !== "range" && !hedge) {
      const ha = lex.hedgeAfterRe.exec(text.slice(q.span.end, q.span.end + 20));
      if (ha) {
        const h = lex.hedgeByPhrase.get(ha[1].toLowerCase().replace(/[ \u00a0]+/g, " "))!;
        q.hedge = ha[1].toLowerCase();
        q.bound = h.bound;
        q.interval = hedgeIntervalAt(parsed.value, parsed.precision, h, parsed.digitString);
        q.span = span(source, q.span.start, q.span.end + ha[0].length);
      }
    }
    withChange(q, text, lex);
    // (the sign says which way a share moved: "+2.7 percentage points", "−0.3 points"; a signed
    // percent is left a level, as tables write growth rates: "+0.6%")
    if (!q.change && q.family === "percentage-point" && plus) {
      q.change = "up";
      q.span = span(source, q.span.start - 1, q.span.end);
    } else if (!q.change && q.family === "percentage-point" && negative && typeof q.value === "number") {
      q.change = "down";
      q.value = -q.value;
      q.interval = { low: -q.interval.high, high: -q.interval.low, lowOpen: q.interval.highOpen, highOpen: q.interval.lowOpen };
    }
    const denominator = withPer(q, text);
    if (!q.per) withWindow(q, text, rules);
    out.push(q);
    taken.push([q.span.start, q.span.end]);
    // "27 per 100,000": the denominator is part of the rate, not a figure of its own
    if (denominator) taken.push(denominator);
  }

  out.sort((a, b) => a.span.start - b.span.start);
  mergeCompoundDurations(out, source);
  scaleByRowLabel(out, text, rules, lex);
  scaleByTable(out, text, rules, lex);
  // "from 1.90 to 2.20 crowns": the unit written once, after the second figure, is the first's too
  for (let i = 1; i < out.length; i++) {
    const [f, t] = [out[i - 1], out[i]];
    if (f.family !== "count" || f.unit !== "count" || t.family === "count" || t.change || f.change || typeof f.value !== "number" || typeof t.value !== "number") continue;
    if (!/^[ \u00a0]+to[ \u00a0]+$/.test(text.slice(f.span.end, t.span.start)) || !/\bfrom[ \u00a0]+$/.test(text.slice(Math.max(0, f.span.start - 8), f.span.start))) continue;
    // (only a unit that kept the number as written: "to 95 cents" is stored in the main unit)
    const written = Number(/[\d.,]+/.exec(t.span.text)?.[0].replace(/,/g, ""));
    if (!(written === t.value) || /^[ \u00a0]*(?:\p{Sc}|[A-Z]{1,3}\$)/u.test(t.span.text)) continue;
    Object.assign(f, { unit: t.unit, family: t.family, toBase: t.toBase, ...(t.offset !== undefined ? { offset: t.offset } : {}) });
  }
  // "from 1.90 to 2.20 crowns (15.8%)": a percent in brackets after a from-to pair is the change
  for (let i = 2; i < out.length; i++) {
    const [f, t, q] = [out[i - 2], out[i - 1], out[i]];
    if (q.family !== "percent" || q.change || typeof f.value !== "number" || typeof t.value !== "number" || f.value === t.value) continue;
    if (/^[ \u00a0]*\([ \u00a0]*$/.test(text.slice(t.span.end, q.span.start)) && LETTERS_RE_15.test(text.slice(f.span.end, t.span.start)) && /\bfrom[ \u00a0]+(?:\p{Sc}|[A-Z]{1,3}\$)?$/u.test(text.slice(Math.max(0, f.span.start - 12), f.span.start)))
      q.change = t.value > f.value ? "up" : "down";
  }
  // "rose to 61.5% from 58.2%, an improvement of 3.3 points": a change named by a noun with no
  // direction of its own ("an improvement" in a jobless rate is a fall) takes the pair's
  for (let i = 2; i < out.length; i++) {
    const [a, b, q] = [out[i - 2], out[i - 1], out[i]];
    if (q.change || typeof a.value !== "number" || typeof b.value !== "number" || a.value === b.value || a.unit !== b.unit) continue;
    if (!LETTERS_RE_16.test(text.slice(b.span.end, q.span.start))) continue;
    if (!/^[ \u00a0]+(?:to|from)[ \u00a0]+$/.test(text.slice(a.span.end, b.span.start).replace(/^[ \u00a0]*(?:%|per[ \u00a0]?cent|percent)?/, " "))) continue;
    const lead = (c: QuantityMention) => /\b(from|to)[ \u00a0]+(?:\p{Sc})?$/u.exec(text.slice(Math.max(0, c.span.start - 8), c.span.start))?.[1];
    const [la, lb] = [lead(a), lead(b)];
    if (la === "from" && lb === "to") q.change = b.value > a.value ? "up" : "down";
    else if (la === "to" && lb === "from") q.change = a.value > b.value ? "up" : "down";
  }
  // "63.1%, against 58.4% in 2021, a change of 4.7 percentage points", "… up from
  // 6.1%. The improvement of 0.9 points …": a change named by a word with no direction of its
  // own takes the direction of the two levels just before it, where a cue marks the earlier one
  for (let i = 0; i < out.length; i++) {
    const q = out[i];
    if (q.change || typeof q.value !== "number" || !NEUTRAL_CHANGE.test(text.slice(Math.max(0, q.span.start - 40), q.span.start))) continue;
    const want = q.family === "percentage-point" ? "percent" : q.family;
    const levels: QuantityMention[] = [];
    const verb = NEUTRAL_VERB.test(text.slice(Math.max(0, q.span.start - 24), q.span.start));
    for (let j = i - 1; j >= 0 && levels.length < 2; j--) {
      const c = out[j];
      if (q.span.start - c.span.end > 300 || /\n[ \t]*\n/.test(text.slice(c.span.end, q.span.start)) || (verb && SENTENCE_BREAK.test(text.slice(c.span.end, q.span.start)))) break;
      if (!c.change && typeof c.value === "number" && (c.family === want || (q.family === "percent" && levels.length === 1 && c.family === levels[0].family))) levels.unshift(c);
    }
    if (levels.length < 2 || levels[0].family !== levels[1].family || levels[0].value === levels[1].value) continue;
    const [a, b] = levels;
    // ("against"/"versus" only with a period after the level: "58% in favour against 42% opposed"
    // sets two shares of one vote side by side)
    const cue = (c: QuantityMention) => {
      const m = EARLIER_CUE.exec(text.slice(Math.max(0, c.span.start - 24), c.span.start));
      return !!m && (!/^[^a-z]*(?:against|versus|vs)\b/i.test(m[0]) || PERIOD_AFTER.test(text.slice(c.span.end, c.span.end + 30)));
    };
    if (a.family === "percent" && Math.abs((a.value as number) + (b.value as number) - 100) <= 1) continue;
    const earlier = cue(b) && !cue(a) ? b : cue(a) && !cue(b) ? a : undefined;
    if (!earlier) continue;
    const later = earlier === a ? b : a;
    q.change = (later.value as number) > (earlier.value as number) ? "up" : "down";
  }
  // "fell 152.3 points, or 0.4%": the second figure restates the change of the first
  for (let i = 1; i < out.length; i++) {
    const [p, q] = [out[i - 1], out[i]];
    if (p.change && !q.change && /^[ \u00a0]*,?[ \u00a0]*or[ \u00a0]+(?:about[ \u00a0]+|nearly[ \u00a0]+|roughly[ \u00a0]+|almost[ \u00a0]+)?$/.test(text.slice(p.span.end, q.span.start))) q.change = p.change;
  }
  return out;
}

/**
 * A table row whose label names its scale or currency in brackets ("Passengers (million)
 * 3.91  3.77", "Revenue (EUR m)  940.2  885.0"): the row's bare figures are in it.
 */
/** The factor a scale word or suffix names ("million", "millions", "bn", "k"). */
function scaleOf(w: string, rules: Rules): number | undefined {
  const k = w.toLowerCase();
  return rules.numbers.scales[k] ?? rules.numbers.scales[k.replace(/s$/, "")] ?? rules.numbers.suffixes[k];
}

function scaleByRowLabel(out: QuantityMention[], text: string, rules: Rules, lex: QuantityLexicon): void {
  let lineStart = -1;
  let label: { factor: number; unit?: UnitRule; word: string } | null = null;
  for (const q of out) {
    // (the label is short: the line start is looked for in the 200 characters before)
    const ls = lineStartWithin(text, q.span.start, 200);
    if (ls < 0) continue;
    if (ls !== lineStart) {
      lineStart = ls;
      label = null;
      // the label: the line up to its first figure, ending in "(…)" and spaces
      const m = LETTERS_RE_17.exec(text.slice(ls, q.span.start));
      const factor = m ? scaleOf(m[2], rules) : undefined;
      if (m && factor) label = { factor, word: m[2].toLowerCase(), ...(m[1] ? { unit: lex.unitByForm.get(m[1]) ?? lex.unitByFormCi.get(m[1].toLowerCase()) } : {}) };
    }
    if (!label || q.unit !== "count" || q.scaleWords?.length || q.change || q.vague || typeof q.value !== "number") continue;
    scaleBy(q, label.factor);
    q.scaleWords = [label.word];
    if (label.unit) setUnit(q, label.unit);
  }
}

/**
 * A table's bare figures in the scale and unit its column heading or caption names in brackets
 * ("Crude handled (thousand barrels)", "Revenue (€m) | Profit (€m)"); a heading's is nearer.
 * Each figure keeps its column's heading, as the words of what it measures.
 */
function scaleByTable(out: QuantityMention[], text: string, rules: Rules, lex: QuantityLexicon): void {
  const tables = findTables(text);
  if (!tables.length) return;
  const scales = new Map<Table, { caption: Bracket | null; columns: Array<Bracket | null> }>();
  for (const q of out) {
    const at = cellAt(tables, q.span.start);
    if (!at) continue;
    const heading = at.table.headings[at.column];
    if (heading && heading.end > heading.start) q.column = text.slice(heading.start, heading.end);
    q.table = at.table.headings[0]?.start ?? at.table.rows[0].start;
    // (the row's label only for a cell after it)
    const label = at.column > 0 ? at.table.rows[at.row].cells[0] : undefined;
    q.cellPeriods = [label, heading, at.table.caption].filter((c): c is NonNullable<typeof c> => !!c).map((c) => [c.start, c.end]);
    let sc = scales.get(at.table);
    if (!sc) scales.set(at.table, (sc = { caption: at.table.caption ? bracketScale(text.slice(at.table.caption.start, at.table.caption.end), rules, lex) : null, columns: at.table.headings.map((h) => bracketScale(text.slice(h.start, h.end), rules, lex)) }));
    // (the caption's is not a column's that counts things: "Stores" under "Results (€m)")
    const b = sc.columns[at.column] ?? (heading && countsThings(text.slice(heading.start, heading.end), rules) ? null : sc.caption);
    if (!b || q.unit !== "count" || q.scaleWords?.length || q.vague || typeof q.value !== "number") continue;
    if (b.factor !== 1) {
      scaleBy(q, b.factor);
      q.scaleWords = [b.word];
    }
    if (b.unit) setUnit(q, b.unit);
  }
}

/** A heading naming things counted (rules/measures.yaml stockNouns, genericHeads, runningTallies; "number of"). */
function countsThings(heading: string, rules: Rules): boolean {
  const m = rules.measures;
  let set = countNouns.get(rules);
  if (!set) countNouns.set(rules, (set = new Set(["number", ...m.stockNouns, ...m.genericHeads, ...m.runningTallies].map((w) => w.toLowerCase()))));
  return heading.toLowerCase().split(/[^a-z'-]+/).some((w) => set!.has(w) || set!.has(w.replace(/s$/, "")));
}
const countNouns = new WeakMap<Rules, Set<string>>();

interface Bracket {
  factor: number;
  word: string;
  unit?: UnitRule;
}

/**
 * The scale and unit a bracket at the end of a heading names ("(thousand barrels)", "(€m)", "(in
 * millions of dollars)", "(tonnes)"): every word of it must be read, else none is.
 */
function bracketScale(heading: string, rules: Rules, lex: QuantityLexicon): Bracket | null {
  const m = /\(([^()]{1,40})\)[\s:.]*$/.exec(heading);
  if (!m) return null;
  let factor = 1;
  let word = "";
  let unit: UnitRule | undefined;
  const unitOf = (w: string) => lex.unitByForm.get(w) ?? lex.unitByFormCi.get(w.toLowerCase());
  const words = m[1].trim().split(/[ \u00a0]+/);
  for (let w of words) {
    if (/^(?:in|of)$/i.test(w)) continue;
    // a lone symbol that is a unit as well as a scale ("(m)" over wave heights) is the unit
    if (words.length === 1 && !rules.numbers.scales[w.toLowerCase()] && unitOf(w)) return { factor: 1, word: "", unit: unitOf(w) };
    // a currency sign before the scale, written as one word: "€m", "£bn", "US$m"
    const sign = /^((?:[A-Z]{1,2})?\p{Sc})(.+)$/u.exec(w);
    if (sign && unitOf(sign[1]) && scaleOf(sign[2], rules)) {
      unit = unitOf(sign[1]);
      w = sign[2];
    }
    const f = scaleOf(w, rules);
    if (f && factor === 1) {
      factor = f;
      word = w.toLowerCase();
      continue;
    }
    const u = unitOf(w);
    if (!u || unit) return null;
    unit = u;
  }
  return factor !== 1 || unit ? { factor, word, ...(unit ? { unit } : {}) } : null;
}

/**
 * "five years and three months", "two hours, 40 minutes": one span of time in two units, read
 * as one figure in the larger unit (5.25 years), so a sum of sentences sees whole terms.
 */
function mergeCompoundDurations(out: QuantityMention[], source: Source): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i], out[i + 1]];
    if (a.family !== "duration" || b.family !== "duration" || typeof a.value !== "number" || typeof b.value !== "number" || a.change || b.change) continue;
    // the smaller unit after the larger, and no more of it than makes one of the larger
    if (!(b.toBase < a.toBase) || b.value * b.toBase >= a.toBase || a.bound !== "exact" || b.bound !== "exact") continue;
    // (or a space between units written short: "3hr 12min 30sec", "3h 20m")
    const gap = source.text.slice(a.span.end, b.span.start);
    if (!/^(?:[ \u00a0]+and|,)[ \u00a0]+$/.test(gap) && !(/^[ \u00a0]$/.test(gap) && /\d[ \u00a0]?[a-z]{1,4}$/.test(a.span.text) && /^\d+[ \u00a0]?[a-z]{1,4}(?:[ \u00a0]\d+[ \u00a0]?[a-z]{1,4})*$/.test(b.span.text))) continue;
    // (to the finest unit written: "3hr 12min 30sec" is to the second)
    const step = (b.precision || 1) * (b.toBase / a.toBase);
    const value = a.value + (b.value * b.toBase) / a.toBase;
    // (no digit string: the two numbers' digits are not one figure's)
    const { digitString: _digits, ...rest } = a;
    out.splice(i, 2, { ...rest, span: span(source, a.span.start, b.span.end), value, interval: { low: value - step / 2, high: value + step / 2, lowOpen: false, highOpen: true }, precision: step, digits: a.digits + b.digits });
  }
}

/** Labels of identifiers, just before a number: "batch codes:", "lot", "serial no.", "flight". */
const CODE_LABEL = /\b(?:batch(?:es)?|lots?|codes?|serial(?:[ \u00a0]+(?:numbers?|nos?\.?))?|ref(?:erence)?\.?|model|flight|item[ \u00a0]+numbers?|product[ \u00a0]+codes?)[ \u00a0]*(?:numbers?[ \u00a0]*)?[:#]?[ \u00a0]*$/i;

function span(source: Source, start: number, end: number) {
  return { source: source.path, start, end, text: source.text.slice(start, end) };
}

function build(
  source: Source,
  start: number,
  end: number,
  f: Pick<QuantityMention, "value" | "interval" | "bound" | "precision" | "digits"> & Partial<QuantityMention>,
): QuantityMention {
  const q: QuantityMention = {
    kind: "quantity",
    span: span(source, start, end),
    unit: "count",
    family: "count",
    toBase: 1,
    ...f,
  };
  if (q.hedge === undefined) delete q.hedge;
  if (!q.scaleWords?.length) delete q.scaleWords;
  if (q.digitString === undefined) delete q.digitString;
  return q;
}

/** Multiplies a figure's value, interval and rounding step by `f` ("in millions", cents to dollars). */
function scaleBy(q: QuantityMention, f: number): void {
  q.value = Array.isArray(q.value) ? [q.value[0] * f, q.value[1] * f] : q.value * f;
  q.interval = { ...q.interval, low: q.interval.low * f, high: q.interval.high * f };
  q.precision *= f;
}

function setUnit(q: QuantityMention, u: UnitRule): void {
  if (u.family.startsWith("money:")) {
    // money is reported in the currency's main unit: "19 cents" → 0.19 USD
    if (u.toBase !== 1) scaleBy(q, u.toBase);
    q.unit = u.family.slice(6);
    q.toBase = 1;
  } else {
    q.unit = u.name;
    q.toBase = u.toBase;
    if (u.offset) q.offset = u.offset;
  }
  q.family = u.family;
}

const SPACED_METRES = /^[ \u00a0](m)(?=[ \u00a0]+[a-z])/;

/** Words around "pounds" that say it is money. */
const MONEY_CUES = /[£€$¥]|\b(?:euros?|dollars?|sterling|earn\w*|paid|pay|pays|paying|wages?|salar\w*|fees?|costs?|costing|price[ds]?|fares?|tickets?|rents?|spen[dt]\w*|worth|fund\w*|budget\w*|revenue\w*|profits?|transfer|bonus\w*|fined?|tax\w*|million|billion|bn|m)\b/i;

function withUnitAfter(q: QuantityMention, text: string, end: number, lex: QuantityLexicon, vague: boolean): void {
  const after = text.slice(end, end + 40);
  if (vague) {
    // "thousands of dollars": the unit follows "of"
    const m = /^[ \u00a0]+(?:of|more)[ \u00a0]+/.exec(after);
    if (m) {
      const rest = after.slice(m[0].length);
      const u = /^(dollars|euros|pounds sterling|yen|pesos|miles|kilometres|kilometers|acres|hectares|tonnes|tons|barrels|gallons)\b/i.exec(rest);
      if (u) setUnit(q, lex.unitByFormCi.get(u[1].toLowerCase())!);
    }
    return;
  }
  if (q.unit !== "count") return; // a currency symbol before already set it
  let m = lex.afterShort.exec(after);
  let u: UnitRule | undefined;
  if (m) u = lex.unitByForm.get(m[1]);
  if (!u) {
    m = lex.afterLong.exec(after);
    if (m) u = lex.unitByFormCi.get(m[1].toLowerCase().replace(/[ \u00a0]+/g, " "));
  }
  if (!u) {
    m = lex.afterShortSpaced.exec(after);
    if (m) u = lex.unitByForm.get(m[1]);
  }
  if (!u) {
    m = lex.afterSymbolSpaced.exec(after);
    if (m) u = lex.unitByForm.get(m[1]);
  }
  // "at 3,480 m on the north face", "the 4,020 m summit": a figure in thousands with "m" set
  // apart is metres (a million is written glued, "3,480m", or with its currency)
  if (!u && /\d,\d{3}$/.test(text.slice(q.span.start, end)) && !/^[$€£¥]/.test(q.span.text)) {
    m = SPACED_METRES.exec(after);
    if (m) u = lex.unitByForm.get(m[1]);
  }
  if (!u && personAge(q, text, end)) {
    const age = lex.unitByFormCi.get("years old");
    if (age) setUnit(q, age);
    return;
  }
  if (!u || !m) return;
  // "earn around 240,000 pounds a week": pounds of money, not of weight, when money is in the air
  if (u.family === "mass" && /^[ \u00a0-]?pounds?$/i.test(m[0].trim()) && !/\bweigh|\bheav|\blbs?\b/i.test(text.slice(Math.max(0, end - 80), end + 60)) && MONEY_CUES.test(text.slice(Math.max(0, end - 80), end + 60))) {
    const gbp = lex.unitByForm.get("£");
    if (gbp) u = gbp;
  }
  // "a 28-year-old" is an age; "28 years" a duration: the form tells which
  setUnit(q, u);
  q.span = { ...q.span, end: end + m[0].length, text: text.slice(q.span.start, end + m[0].length) };
  // keep interval in the stated unit; toBase converts for comparison
}

/**
 * "Dana Holt, 58, a fitter", "said Ana Ruiz, 34, of Mill Lane", "aged 71": a bare whole number
 * set off by commas after a person's full name (two capitalised words), or after "aged", is
 * the person's age, not a count.
 */
function personAge(q: QuantityMention, text: string, end: number): boolean {
  if (typeof q.value !== "number" || !Number.isInteger(q.value) || q.value < 1 || q.value > 119 || q.hedge !== undefined) return false;
  const before = text.slice(Math.max(0, q.span.start - 60), q.span.start);
  if (/\baged[ \u00a0]+$/i.test(before)) return true;
  // (", and Arsenal, 61": a list of standings or seats goes on with "and", an apposition does not)
  if (LETTERS_RE_18.test(before) && LETTERS_RE_19.test(text.slice(end, end + 8))) return true;
  // "Marlow, 47, who founded the firm": a surname alone, then a relative clause or a description
  return LETTERS_RE_20.test(before) && /^,[ \u00a0]+(?:who|a|an|the|from|of)[ \u00a0]/u.test(text.slice(end, end + 8));
}

function withChange(q: QuantityMention, text: string, lex: QuantityLexicon): void {
  const before = text.slice(Math.max(0, q.span.start - 40), q.span.start);
  // "from 52,310 to 31,904" and "rose to 5%" state levels, not changes
  if (/\b(?:from|to)[ \u00a0]+$/i.test(before)) return;
  const after = text.slice(q.span.end, q.span.end + 20);
  const a = lex.changeAfterRe.exec(text.slice(q.span.end, q.span.end + 40));
  // a noun after a percentage ("a 23% drop", "23 percent fewer") marks a change
  let word = a?.[1].toLowerCase();
  // "£4.2m up to March": until then, no rise
  if (word === "up" && LETTERS_RE_21.test(after + text.slice(q.span.end + 20, q.span.end + 40))) word = undefined;
  // "above"/"below"/"over" after a figure mark a change only against a baseline ("above normal")
  if (word && /^(?:above|below|over|under)$/.test(word) && !lex.baselineAfterRe.test(after + text.slice(q.span.end + 20, q.span.end + 60))) word = undefined;
  // "2km off the coast", "200 metres below the surface": a distance places something, it does not change
  // (not "40mm below average": a baseline after makes it a change again)
  if (word && q.family === "length" && /^(?:off|below|above|over|under|down|up)$/.test(word) && !lex.baselineAfterRe.test(after + text.slice(q.span.end + 20, q.span.end + 60))) word = undefined;
  // "6.3 per cent bigger than last year's": a percentage set against a baseline by a comparative
  const comparative = !word && q.family === "percent" ? lex.comparativeAfterRe.exec(text.slice(q.span.end, q.span.end + 40)) : null;
  if (comparative) {
    q.change = lex.comparativeDown.has(comparative[1].toLowerCase().replace(/[ \u00a0]+/g, " ")) ? "down" : "up";
    return;
  }
  if (word && (q.unit !== "count" || /^(?:fewer|less|more|higher|lower|up|down|above|below|over)$/.test(word))) {
    q.change = lex.down.has(word) ? "down" : "up";
    return;
  }
  // "lowered the rate of stroke or systemic embolism by 1.7 percent": the verb's object may be long
  const b = lex.changeBeforeRe.exec(before) ?? (/\bby[ \u00a0]+$/i.test(before) ? lex.changeByRe.exec(text.slice(Math.max(0, q.span.start - 100), q.span.start)) : null);
  if (b) {
    const w = b[1].toLowerCase();
    if (/^(?:more|less|fewer|higher|lower)$/.test(w)) return; // "more than 5" is a hedge, not a change
    // "shot down 23 drones", "set up 12 camps": up/down after another verb is a particle
    // …but before a percentage they mark a change, as in headlines ("Arrivals Down Nearly 35%"),
    // and after a verb of motion ("will go up by $30 a year", "came down 12 points") or a
    // conjunction that joins it to another change ("down 0.3 points on the quarter and down 0.8 …")
    if (/^(?:up|down|off|over|above|below)$/.test(w) && q.unit !== "percent" && /[a-z]{2,}[ \u00a0]+$/i.test(before.slice(0, before.toLowerCase().lastIndexOf(w))) && !/\b(?:was|were|is|are|be|been|being|now|still|closed|ended|finished|edged|ticked|sharply|slightly|nearly|almost|just|about|roughly|stocks?|shares?|prices?|rates?|index|it|they|go|goes|going|gone|went|come|comes|coming|came|and|but|or|while)[ \u00a0]+$/i.test(before.slice(0, before.toLowerCase().lastIndexOf(w)))) return;
    // "made up 34% of", "taking up 12% of its budget": a phrasal verb's particle, before a share too
    if (w === "up" && /\b(?:mak(?:e|es|ing)|made|tak(?:e|es|en|ing)|took|us(?:e|es|ed|ing)|at(?:e|en)|eat(?:s|ing)?|snap(?:s|ped|ping)?|scoop(?:s|ed|ing)?|soak(?:s|ed|ing)?)[ \u00a0]+$/i.test(before.slice(0, before.toLowerCase().lastIndexOf(w)))) return;
    // "above 65", "over 20,000": before a figure these are hedges, handled elsewhere
    if (/^(?:above|below|over)$/.test(w)) return;
    q.change = lex.down.has(w) ? "down" : "up";
    return;
  }
  // (the size closes its clause: "Despite the decline, 62% of households still own a car" is a level)
  const named = (q.family === "percent" || q.family === "percentage-point") && /^[ \u00a0]*(?:[.,;:!?)]|$)/.test(text.slice(q.span.end, q.span.end + 3)) && lex.changeNamedRe.exec(before);
  if (named && !/^(?:more|less|fewer|higher|lower|up|down|off|over|above|below)$/i.test(named[1])) {
    q.change = lex.down.has(named[1].toLowerCase()) ? "down" : "up";
    return;
  }
  const inWhat = (q.family === "percent" || q.family === "percentage-point") && lex.changeInRe.exec(text.slice(Math.max(0, q.span.start - 90), q.span.start));
  if (inWhat && !/^(?:more|less|fewer|higher|lower|up|down|off|over|above|below)$/i.test(inWhat[1])) {
    q.change = lex.down.has(inWhat[1].toLowerCase()) ? "down" : "up";
    return;
  }
  // "shut 9 branches", "will open a further 5 clinics": a count taken from or added to a stock
  const sv = q.unit === "count" && q.family === "count" && lex.stockNounAfter.test(text.slice(q.span.end, q.span.end + 40)) ? lex.stockBefore.exec(before) : null;
  if (sv) {
    q.change = lex.stockDown.has(sv[1].toLowerCase()) ? "down" : "up";
    return;
  }
  // "the seven clinics opened in the year", "12 branches closed this year": the verb's
  // participle after the stock noun (not "stores open on Sunday": a past participle only)
  if (q.unit === "count" && q.family === "count" && !q.vague) {
    const noun = lex.stockNounAfter.exec(text.slice(q.span.end, q.span.end + 40));
    // (over a stretch of time: "120 stores opened on Boxing Day" is a trading day, no opening)
    const pp = noun ? LETTERS_RE_22.exec(text.slice(q.span.end + noun[0].length, q.span.end + noun[0].length + 30)) : null;
    if (pp) q.change = lex.stockDown.has(pp[1].toLowerCase()) ? "down" : "up";
  }
}

/** Hours in each unit a total's window is written in. */
const WINDOW_HOURS: Readonly<Record<string, number>> = { hour: 1, day: 24, week: 168, month: 730, year: 8760 };

/**
 * "94 mm in the three hours before", "raise €41 million over its first four years", "evacuated
 * 3,000 within 48 hours": the stretch of time after the figure that it accrued over (no other
 * figure between; not "in two years' time", "in 24 hours' time", "a year ago")
 */
const WINDOW = /^(?:[^.,;:!?()\d]{0,40}?[ \u00a0])?(in|over|during|within|across)[ \u00a0]+(?:(?:the|its|their|a|an)[ \u00a0]+)?(?:(?:first|last|past|previous|next|initial|following|same)[ \u00a0]+)?(\d{1,4}|[a-z]+(?:-[a-z]+)?)[ \u00a0-]+(hour|day|week|month|year)s?\b(?![ \u00a0]*['’]|[ \u00a0]+(?:time|ago|earlier|later|old|history|high|low|record)\b)/id;

/** One of a period without a number: "in the year to March", "over the past month". */
const WINDOW_ONE = /^(?:[^.,;:!?()\d]{0,40}?[ \u00a0])?(in|over|during)[ \u00a0]+the[ \u00a0]+(?:(?:(?:past|last|previous)[ \u00a0]+)(hour|day|week|month|year)\b(?![ \u00a0-]*['’])|(hour|day|week|month|year)(?=[ \u00a0]+(?:to|through|ended|ending)\b))/id;

/**
 * A window opening the sentence, then a comma and the figure's clause up to it, with no figure
 * between ("In the 12 hours before the storm broke, 90 mm"): with "the" (or its, their) after
 * "in", as "in two years, …" may count from now; not a stretch still to come ("over the next").
 */
const WINDOW_FRONT = /(?:^|[.!?]["”’]?[ \u00a0]+|\n)(?:(?:In|Over|During|Within|Across)[ \u00a0]+(?:the|its|their)|(?:Over|During|Within|Across))[ \u00a0]+(?:(?:first|last|past|previous|initial)[ \u00a0]+)?(\d{1,4}|[a-z]+(?:-[a-z]+)?)[ \u00a0-]+((hour|day|week|month|year)s?)\b[^.,;:!?()\d\n]{0,50},[ \u00a0]+(?:[^.,;:!?()\d\n]{0,30}[ \u00a0])?$/d;

/** How many grouped figures a prefix stands before in the text ("Dn 412,300", "Dn 398,100"), counted once per prefix (at most two). */
function prefixedFigures(text: string, prefix: string, counts: Map<string, number>): number {
  let n = counts.get(prefix);
  if (n === undefined) {
    n = 0;
    const re = new RegExp(compactLetters(`(?<![\\p{L}])${prefix}[ \\u00a0]\\d{1,3},\\d{3}`), "gu");
    for (let m = re.exec(text); m && n < 2; m = re.exec(text)) n++;
    counts.set(prefix, n);
  }
  return n;
}

/** Sets the stretch of time a total accrued over ("94 mm in the three hours before the flood"). */
function withWindow(q: QuantityMention, text: string, rules: Rules): void {
  if (q.family === "duration" || q.family === "clock" || q.family === "score") return;
  const after = text.slice(q.span.end, q.span.end + 80);
  // (words between that end the figure's clause, rules/time.yaml windowBreaks; a target's
  // verb before it, deadlineVerbs)
  const lex = lexicon(rules);
  const allowed = (m: RegExpExecArray) => !lex.windowBreak.test(after.slice(0, m.indices![1]![0])) && !lex.deadlineBefore.test(text.slice(Math.max(0, q.span.start - 30), q.span.start));
  // a number of periods ("in the six hours"), else one period unnumbered ("in the year to March")
  const m = WINDOW.exec(after);
  if (m && allowed(m)) {
    const [from] = m.indices![1]!;
    const [at] = m.indices![2]!;
    const n = /^\d/.test(m[2]) ? Number(m[2]) : /^an?$/i.test(m[2]) ? 1 : parseWords(text, q.span.end + at, rules)?.value;
    if (n && Number.isFinite(n)) {
      q.over = { hours: n * WINDOW_HOURS[m[3].toLowerCase()], text: after.slice(from, m[0].length) };
      return;
    }
  }
  const one = WINDOW_ONE.exec(after);
  if (one && allowed(one)) {
    q.over = { hours: WINDOW_HOURS[(one[2] ?? one[3]).toLowerCase()], text: after.slice(one.indices![1]![0], one[0].length) };
    return;
  }
  // set before the clause, for its first figure: "In the 12 hours before the storm broke, 90 mm
  // of rain fell", "Over the past two days, crews evacuated 3,000"
  // (not a compound adjective's number: "the 1,200-seat theatre")
  if (/^[-‐‑][A-Za-z]/.test(text.slice(q.span.end, q.span.end + 2))) return;
  const from = Math.max(0, q.span.start - 140);
  const front = WINDOW_FRONT.exec(text.slice(from, q.span.start));
  if (!front) return;
  const n = /^\d/.test(front[1]) ? Number(front[1]) : /^an?$/i.test(front[1]) ? 1 : parseWords(text, from + front.indices![1]![0], rules)?.value;
  if (n && Number.isFinite(n)) q.over = { hours: n * WINDOW_HOURS[front[3].toLowerCase()], text: text.slice(from + front.indices![0]![0], from + front.indices![2]![1]).replace(/^[^A-Za-z]+/, "") };
}

/** A rate's denominator written as a number: "27 admissions per 100,000 population", "44 cents per $1,000". */
const PER_NUMBER = /^[^.,;:!?()]{0,40}?\bper[ \u00a0]+(?:(?:US)?[$€£][ \u00a0]?)?(\d{1,3}(?:,\d{3})+|[1-9]\d{1,8})(?![\d.,]\d)/i;

/** A unit of time or size right after a small number: "the stage 14 seconds ahead" is a figure, not stage 14. */
const UNIT_AFTER_LABEL = lre(/^[ \u00a0]*(?:%|per[ \u00a0]?cent|percent|(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|metres?|meters?|kilometres?|kilometers?|miles?|points?)(?![\p{L}]))/iu);

/** "each day of the strike will cost it ", "every week the plant loses ": a period its clause counts by, before the figure. */
// (set off by its own comma, "Every day, the strike costs"; not inside a relative clause, "the
// clinic, which opens every day of the week, has treated")
const EACH_PERIOD_BEFORE = /(?:^|[^A-Za-z])(?:each|every)(?:[ \u00a0]+[a-z-]+)?[ \u00a0]+(day|week|month|year)\b,?[^.;:!?,]*$/i;
const INSIDE_RELATIVE = /(?:^|,)[ \u00a0]*(?:which|who|that|where)\b[^,]*$/i;
/** "the strike days will cost ", before a figure with "each" after it. */
const PERIODS_BEFORE = /\b(?!(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|some|the)\b)[a-z-]+[ \u00a0]+(days|weeks|months|years)\b(?![ \u00a0]+(?:ago|earlier|later|old|before|after)\b)[^.;:!?,]*$/i;

/** Sets the figure's rate ("per day", "per 100,000"); returns where a numeric denominator stands, to be skipped. */
function withPer(q: QuantityMention, text: string): [number, number] | undefined {
  const after = text.slice(q.span.end, q.span.end + 60);
  const n = PER_NUMBER.exec(after);
  if (n) {
    const d = Number(n[1].replace(/,/g, ""));
    if (d >= 10 && /^10*$/.test(String(d))) {
      // compared per one: "27 per 10,000" and "27 per 100,000" are ten times apart
      q.per = "number";
      q.perBase = d;
      q.perFactor = 1 / d;
      const at = q.span.end + n.index + n[0].length - n[1].length;
      return [at, at + n[1].length];
    }
  }
  // ("£92,000 a week before tax" is a rate; "a week before the vote" a time)
  const m = LETTERS_RE_23.exec(after);
  // "a" reads as "per" only right after the counted noun ("12 miles a day"), not as the object
  // of a preposition ("won by 3,900 votes after a week", "rose 5% in a year")
  const prepositionBefore = m && /^an?$/i.test(m[2]) && (/\b(?:after|in|within|for|over|than|of|from|during|about|by|since|until|before|under|on|at|into|through|throughout|like|as|past|nearly|almost|just|only|such|half|quarter)[ \u00a0]+$/i.test(m[1]) || m[1].trim().split(/[ \u00a0]+/).length > 3);
  if (m && !prepositionBefore) q.per = m[3].toLowerCase();
  // "532 Ml/d", "40 km/day", "3 t/yr": a period after a slash
  else if (/^\/(?:d|day|wk|week|mo|month|y|yr|year|h|hr|hour)\b/i.test(after)) {
    const u = LETTERS_RE_24.exec(after)![1].toLowerCase();
    q.per = u.startsWith("d") ? "day" : u.startsWith("w") ? "week" : u.startsWith("m") ? "month" : u.startsWith("h") ? "hour" : "year";
  }
  // ("£57m a year earlier" is a level a year before, not a rate)
  else if (/^[ \u00a0]+(?:annually|a year(?![ \u00a0]+(?:earlier|ago|later|on\b))|yearly|daily|weekly|monthly)\b/i.test(after)) q.per = /daily/i.test(after) ? "day" : /weekly/i.test(after) ? "week" : /monthly/i.test(after) ? "month" : "year";
  // …or after its counted noun: "3.1 million containers annually", "300 patients daily"
  else if (/ly\b/.test(after)) {
    // (not an adjective: "1,243 nurses on monthly contracts")
    const ly = LETTERS_RE_25.exec(after);
    if (ly) q.per = ly[1] === "daily" ? "day" : ly[1] === "weekly" ? "week" : ly[1] === "monthly" ? "month" : "year";
  }
  // "each day of the strike will cost it €4m", "the strike days will cost €4m each": a rate per
  // the period its clause counts by
  if (!q.per) {
    const lead = text.slice(Math.max(0, q.span.start - 90), q.span.start);
    const found = EACH_PERIOD_BEFORE.exec(lead);
    const each = (found && !INSIDE_RELATIVE.test(lead.slice(0, found.index + 1)) ? found : null) ?? (/^[ \u00a0]+each\b/i.test(after) ? PERIODS_BEFORE.exec(lead) : null);
    if (each) q.per = each[1].toLowerCase().replace(/s$/, "");
  }
  // a rate per period is compared per year: "$17 a month" agrees with "$203 a year"
  if (q.per === "annum") q.per = "year";
  const perYear = q.per ? PER_YEAR[q.per] : undefined;
  if (perYear && perYear !== 1) q.perFactor = perYear;
  return undefined;
}
