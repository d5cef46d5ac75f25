// Figures: a fast scan finds candidate numbers (digits or number words); each candidate
// is then read outward — hedge before, scale words and unit after, change words around —
// and becomes a QuantityMention with its interval. Candidates inside time expressions,
// URLs, model names and ranks are dropped (see the "must not extract" tables in tests).
import type { Interval, QuantityMention, Source, TimeMention, Bound } from "../types.js";
import type { Rules, HedgeRule, UnitRule } from "../rules/types.js";
import { parseDigits, parseWords, type ParsedNumber } from "./numbers.js";

interface UnitForm {
  form: string;
  unit: UnitRule;
}

interface QuantityLexicon {
  candidateRe: RegExp;
  hedgeBeforeRe: RegExp;
  hedgeAfterRe: RegExp;
  hedgeByPhrase: Map<string, HedgeRule>;
  afterLong: RegExp;
  afterShort: RegExp;
  afterShortSpaced: RegExp;
  beforeRe: RegExp;
  unitByForm: Map<string, UnitRule>;
  unitByFormCi: Map<string, UnitRule>;
  vagueRe: RegExp;
  vague: Map<string, [number, number]>;
  fractionRe: RegExp;
  fractions: Map<string, number>;
  changeBeforeRe: RegExp;
  changeByRe: RegExp;
  changeAfterRe: RegExp;
  up: Set<string>;
  down: Set<string>;
}

const lexicons = new WeakMap<Rules, QuantityLexicon>();

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
  const shortSpaced = shortForms.filter((f) => f.form.length >= 2 && !/^[a-z]{2}$/.test(f.form) || ["km", "kg", "mm", "cm", "ft", "mph", "kph", "lbs", "lb", "oz", "bbl", "kWh", "MWh"].includes(f.form));
  const vague = new Map(Object.entries(rules.numbers.vague).map(([k, v]) => [k.toLowerCase(), v] as [string, [number, number]]));
  const fractions = new Map(Object.entries(rules.numbers.fractions).map(([k, v]) => [k.toLowerCase(), v]));
  const up = new Set(rules.measures.changeWords.up.map((w) => w.toLowerCase()));
  const down = new Set(rules.measures.changeWords.down.map((w) => w.toLowerCase()));
  const words = [...Object.keys(rules.numbers.units), ...Object.keys(rules.numbers.tens), ...Object.keys(rules.numbers.named), "half", "quarter"];
  const lex: QuantityLexicon = {
    // digits, or a number word at a word boundary; vague and fraction phrases are found separately
    candidateRe: new RegExp(`(?<![\\p{L}\\p{N}.,])(?:\\d|\\.\\d|(?:${words.join("|")})(?![\\p{L}]))`, "giu"),
    hedgeBeforeRe: new RegExp(`(?:^|[^\\p{L}])(${alt(pre)})[ \\u00a0]+(?:of[ \\u00a0]+)?$`, "iu"),
    // "12 votes or more": a following hedge may come after the counted noun
    hedgeAfterRe: new RegExp(`^(?:[ \\u00a0]+[\\p{L}]+){0,2}?[ \\u00a0]+(${alt(post)})(?![\\p{L}])`, "iu"),
    hedgeByPhrase,
    afterLong: new RegExp(`^(?:[ \\u00a0]|-)?(${alt(longForms.map((f) => f.form))})(?![\\p{L}\\p{N}])`, "iu"),
    afterShort: new RegExp(`^(${alt(shortForms.map((f) => f.form))})(?![\\p{L}\\p{N}])`, "u"),
    afterShortSpaced: new RegExp(`^[ \\u00a0](${alt(shortSpaced.map((f) => f.form))})(?![\\p{L}\\p{N}])`, "u"),
    beforeRe: new RegExp(`(?:^|[^\\p{L}])(${alt(beforeForms)})[ \\u00a0-]?$`, "u"),
    unitByForm,
    unitByFormCi,
    vagueRe: new RegExp(`(?<![\\p{L}])(${alt([...vague.keys()])})(?=[ \\u00a0]+(?:of|more|upon)\\b)`, "giu"),
    vague,
    fractionRe: new RegExp(`(?<![\\p{L}-])(${alt([...fractions.keys()])})(?=[ \\u00a0]+of\\b|[ \\u00a0]+(?:are|were|have|had|did|do|say|said|of)\\b)`, "giu"),
    fractions,
    // "fell 5%", "dropped by 39.3 percent", "cut rates by 25 basis points", "a fall of 39.3 percent"
    changeBeforeRe: new RegExp(`(?:^|[^\\p{L}])(${alt([...up, ...down])})(?:[ \\u00a0]+[\\p{L}]+(?=[ \\u00a0]+by\\b))?(?:[ \\u00a0]+(?:by|of|at|about|around|nearly|almost|some|roughly|more than|over|just|a|an))*[ \\u00a0]+$`, "iu"),
    // "cuts the county's rainy-day reserve by 2 percent": a change verb, its object, then "by"
    changeByRe: new RegExp(`(?:^|[^\\p{L}])(${alt([...up, ...down])})(?:[ \\u00a0]+[\\p{L}'’-]+){1,6}?[ \\u00a0]+by[ \\u00a0]+$`, "iu"),
    changeAfterRe: new RegExp(`^[ \\u00a0-]+(${alt([...up, ...down])})(?![\\p{L}])`, "iu"),
    up,
    down,
  };
  lexicons.set(rules, lex);
  return lex;
}

/** Ranges of text where figures are not claims: URLs and e-mail addresses. */
function excludedRanges(text: string, from: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function hedgeInterval(value: number, h: HedgeRule): Interval {
  const a = value * (1 + h.low);
  const b = value * (1 + h.high);
  return { low: Math.min(a, b), high: Math.max(a, b), lowOpen: !!h.lowOpen, highOpen: !!h.highOpen };
}

export function roundingInterval(value: number, precision: number): Interval {
  return { low: value - precision / 2, high: value + precision / 2, lowOpen: false, highOpen: true };
}

const CAP_WORD_BEFORE = /([A-Z][\p{L}]+)[ \u00a0]$/u;
const STARTER = /^(?:Over|About|Around|Nearly|Almost|Some|More|Fewer|Less|Just|Up|Only|At|By|In|On|The|A|An|And|But|Of|For|To|With|From|Since|Until|Between|Roughly|Approximately|Another|All|Those|These|Another|Top|Down|Rose|Fell|Under|Below|Above|Than|Each|Every|Per|Almost|Totalling|Total|Some)$/;

export function extractQuantities(source: Source, rules: Rules, times: TimeMention[]): QuantityMention[] {
  const lex = lexicon(rules);
  const text = source.text;
  const from = source.body.start;
  const out: QuantityMention[] = [];
  const blocked = [...times.map((t) => [t.span.start, t.span.end] as [number, number]), ...excludedRanges(text, from)].sort((a, b) => a[0] - b[0]);
  const isBlocked = (s: number, e: number) => blocked.some(([a, b]) => s < b && a < e);
  const taken: Array<[number, number]> = [];
  const isTaken = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);

  // vague quantities ("thousands of", "tens of thousands more")
  const vre = new RegExp(lex.vagueRe.source, lex.vagueRe.flags);
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

  // fractions as shares: "half of the migrants", "more than half aren't asking"
  const fre = new RegExp(lex.fractionRe.source, lex.fractionRe.flags);
  fre.lastIndex = from;
  for (let m = fre.exec(text); m; m = fre.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (isTaken(at, end) || isBlocked(at, end)) continue;
    const before = text.slice(Math.max(from, at - 30), at);
    const hb = lex.hedgeBeforeRe.exec(before);
    const v = lex.fractions.get(m[1].toLowerCase())!;
    let q: QuantityMention;
    if (hb) {
      const h = lex.hedgeByPhrase.get(hb[1].toLowerCase().replace(/[ \u00a0]+/g, " "))!;
      q = build(source, at - (before.length - before.lastIndexOf(hb[1])), end, { value: v, interval: hedgeInterval(v, h), bound: h.bound, precision: 5, digits: 0, hedge: hb[1].toLowerCase() });
    } else {
      if (!/[ \u00a0]+of\b/.test(text.slice(end, end + 5))) continue;
      q = build(source, at, end, { value: v, interval: roundingInterval(v, 5), bound: "approx", precision: 5, digits: 0 });
    }
    q.unit = "percent";
    q.family = "percent";
    out.push(q);
    taken.push([q.span.start, q.span.end]);
  }

  const cre = new RegExp(lex.candidateRe.source, lex.candidateRe.flags);
  cre.lastIndex = from;
  for (let m = cre.exec(text); m; m = cre.exec(text)) {
    const at = m.index;
    if (isTaken(at, at + 1)) continue;
    const isDigit = /[\d.]/.test(text[at]);
    let parsed: ParsedNumber | null = isDigit ? parseDigits(text, at, rules) : parseWords(text, at, rules);
    if (!parsed) continue;
    cre.lastIndex = Math.max(cre.lastIndex, parsed.end);
    if (isBlocked(at, parsed.end)) continue;
    const after = text.slice(parsed.end, parsed.end + 60);
    const before = text.slice(Math.max(from, at - 60), at);
    // glued to letters or hyphen-prefixed codes: COVID-19, F-35, G20, 5G, A320
    if (/[\p{L}\p{N}][-–]?$/u.test(before.slice(-2)) && !/[$€£¥₹]$/.test(before) && !/\b(?:US|C|A|CA|AU|MX|R)\$$/.test(before)) {
      if (!/(?:^|[^\p{L}])[\p{L}]{2,}-$/u.test(before) || /[A-Z]{1,3}-$/.test(before)) continue;
    }
    if (isDigit && /^[\p{L}]/u.test(after) && !lex.afterShort.test(after) && !/^(?:s\b|st\b|nd\b|rd\b|th\b)/.test(after) && !lex.afterLong.test(after)) continue;
    // phone numbers, codes, clock-like and slash-dates: 555-1234, 7/21, 3:2
    if (/^[-/:]\d/.test(after) && !/^-\d+(?:%| percent| per cent)/.test(after) && !/^[-–]\d/.test(after)) continue;
    // ranks and labels: No. 5, #5, number 5
    if (/(?:\bNo\.|#|\bnumber|\bNumber)[ \u00a0]?$/.test(before)) continue;
    // model and route names: "Boeing 737 Max", "Route 66", "Windows 10"
    const cap = CAP_WORD_BEFORE.exec(before);
    if (isDigit && cap && !STARTER.test(cap[1]) && !lex.unitByForm.has(cap[1]) && !lex.hedgeByPhrase.has(cap[1].toLowerCase()) && !lex.up.has(cap[1].toLowerCase()) && !lex.down.has(cap[1].toLowerCase()) && !parsed.scaleWords.length && /^(?:[ \u00a0]+[A-Z]|[^\p{L}\p{N}%]|$)/u.test(after) && !/^[ \u00a0]*(?:%|percent)/i.test(after)) continue;
    // "one" on its own is a pronoun far more often than a figure
    if (parsed.words && parsed.value === 1 && !parsed.scaleWords.length) continue;
    if (parsed.words && parsed.value < 1) continue;

    let start = at;
    let end = parsed.end;
    let value: number | [number, number] = parsed.value;
    let precision = parsed.precision;
    let bound: Bound = "exact";
    let interval = roundingInterval(parsed.value, parsed.precision);
    let hedge: string | undefined;

    // ranges: "10-12%", "10 to 12 percent", "between 400 and 500"
    const rangeM = /^[ \u00a0]*(?:-|–|to|and)[ \u00a0]*(?=[\d$€£])/.exec(text.slice(end, end + 8));
    const between = /\bbetween[ \u00a0]+$/i.test(before);
    if (rangeM && (between || !/^[ \u00a0]*and/.test(rangeM[0])) && !/\bfrom[ \u00a0]+(?:[$€£]|US\$)?$/i.test(before)) {
      let j = end + rangeM[0].length;
      const cur = /^(?:US\$|[$€£¥])/.exec(text.slice(j));
      if (cur) j += cur[0].length;
      const p2 = /\d/.test(text[j]) ? parseDigits(text, j, rules) : null;
      if (p2) {
        let lo = parsed.value;
        let hi = p2.value;
        // "1.2 to 1.5 billion": the scale written once applies to both
        if (!parsed.scaleWords.length && p2.scaleWords.length) lo *= p2.value / parseFloat(text.slice(j, j + 20).replace(/,/g, ""));
        if (hi > lo) {
          value = [lo, hi];
          interval = { low: lo, high: hi, lowOpen: false, highOpen: false };
          bound = "range";
          end = p2.end;
          precision = Math.min(parsed.precision, p2.precision);
          if (between) start = at - /between[ \u00a0]+$/i.exec(before)![0].length;
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
      }
    }
    if (bound !== "range") {
      const hwin = text.slice(Math.max(from, start - 40), start);
      let hb = lex.hedgeBeforeRe.exec(hwin);
      // "ticked up to 4.1%", "went up to": "up" belongs to the verb, not a hedge
      if (hb && /^up/i.test(hb[1]) && /(?:ed|went|go|goes|shot|moved)[ \u00a0]+$/i.test(hwin.slice(0, hwin.lastIndexOf(hb[1])))) hb = null;
      if (hb) {
        const phrase = hb[1].toLowerCase().replace(/[ \u00a0]+/g, " ");
        const h = lex.hedgeByPhrase.get(phrase)!;
        hedge = phrase;
        bound = h.bound;
        interval = hedgeInterval(parsed.value, h);
        start = start - hwin.length + hwin.lastIndexOf(hb[1]);
      }
    }
    const q = build(source, start, end, { value, interval, bound, precision, digits: parsed.digits, digitString: parsed.digitString, scaleWords: parsed.scaleWords, hedge });
    if (unitBefore) setUnit(q, unitBefore);
    withUnitAfter(q, text, q.span.end, lex, false);
    if (bound !== "range" && !hedge) {
      const ha = lex.hedgeAfterRe.exec(text.slice(q.span.end, q.span.end + 20));
      if (ha) {
        const h = lex.hedgeByPhrase.get(ha[1].toLowerCase().replace(/[ \u00a0]+/g, " "))!;
        q.hedge = ha[1].toLowerCase();
        q.bound = h.bound;
        q.interval = hedgeInterval(parsed.value, h);
        q.span = span(source, q.span.start, q.span.end + ha[0].length);
      }
    }
    withChange(q, text, lex);
    withPer(q, text);
    out.push(q);
    taken.push([q.span.start, q.span.end]);
  }

  return out.sort((a, b) => a.span.start - b.span.start);
}

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

function setUnit(q: QuantityMention, u: UnitRule): void {
  if (u.family.startsWith("money:")) {
    // money is reported in the currency's main unit: "19 cents" → 0.19 USD
    const f = u.toBase;
    if (f !== 1) {
      q.value = Array.isArray(q.value) ? [q.value[0] * f, q.value[1] * f] : q.value * f;
      q.interval = { ...q.interval, low: q.interval.low * f, high: q.interval.high * f };
      q.precision *= f;
    }
    q.unit = u.family.slice(6);
    q.toBase = 1;
  } else {
    q.unit = u.name;
    q.toBase = u.toBase;
  }
  q.family = u.family;
}

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
  if (!u || !m) return;
  // "a 28-year-old" is an age; "28 years" a duration: the form tells which
  setUnit(q, u);
  q.span = { ...q.span, end: end + m[0].length, text: text.slice(q.span.start, end + m[0].length) };
  // keep interval in the stated unit; toBase converts for comparison
}

function withChange(q: QuantityMention, text: string, lex: QuantityLexicon): void {
  const before = text.slice(Math.max(0, q.span.start - 40), q.span.start);
  // "from 144,278 to 87,648" and "rose to 5%" state levels, not changes
  if (/\b(?:from|to)[ \u00a0]+$/i.test(before)) return;
  const after = text.slice(q.span.end, q.span.end + 20);
  const a = lex.changeAfterRe.exec(after);
  // a noun after a percentage ("a 28% drop", "28 percent fewer") marks a change
  const word = a?.[1].toLowerCase();
  if (word && (q.unit !== "count" || /^(?:fewer|less|more|higher|lower|up|down)$/.test(word))) {
    q.change = lex.down.has(word) ? "down" : "up";
    return;
  }
  const b = lex.changeBeforeRe.exec(before) ?? lex.changeByRe.exec(before);
  if (b) {
    const w = b[1].toLowerCase();
    if (/^(?:more|less|fewer|higher|lower)$/.test(w)) return; // "more than 5" is a hedge, not a change
    // "lost a dozen homes" counts what was lost; "lost 5%" is a change
    if (q.unit === "count" && /^(?:lost|lose|loses|loss|losses|cut|cuts)$/.test(w)) return;
    q.change = lex.down.has(w) ? "down" : "up";
  }
}

function withPer(q: QuantityMention, text: string): void {
  const after = text.slice(q.span.end, q.span.end + 60);
  const m = /^[^.,;:!?()]{0,40}?\b(?:per|each|every|a|an)[ \u00a0]+(day|week|month|year|hour|minute|capita|person|resident|household|head|annum|share|diluted share)\b(?![ \u00a0]+(?:earlier|ago|before|after|later))/i.exec(after);
  if (m) q.per = m[1].toLowerCase();
  else if (/^[ \u00a0]+(?:annually|a year|yearly|daily|weekly|monthly)\b/i.test(after)) q.per = /daily/i.test(after) ? "day" : /weekly/i.test(after) ? "week" : /monthly/i.test(after) ? "month" : "year";
}
