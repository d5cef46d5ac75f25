// Reading the number itself: digits with separators (commas, or spaces between groups of
// three: "1 200"; dots where the form is European: "1.234.567"; Indian lakhs: "1,50,000")
// and decimals (a point, or a comma where the form says so: "3,5", "1 200,5"), abbreviated
// scales ("1.2bn"), number words ("twenty-eight", "half a million", "a dozen") and scale
// words after digits ("300,000 thousand" is read literally: 500 million).
import type { Rules } from "../rules/types.js";
import { compactLetters, lre } from "../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/(?:\p{Sc}|(?:^|[^\p{L}])[A-Z]{0,2}\$)[ \u00a0]?$/u);
const LETTERS_RE_2 = lre(/^(?:[ \u00a0]+|-)(\p{L}+)/u);
const LETTERS_RE_3 = lre(/^\p{Ll}+s$/u);

const EDGE_NON_LETTERS = lre(/^[^\p{L}]+|[^\p{L}]+$/gu);

export interface ParsedNumber {
  /** offset just past the number (scale words included) */
  end: number;
  value: number;
  /** rounding step as written */
  precision: number;
  /** significant digits as written; 0 for number words */
  digits: number;
  /** digit string as written, for transposition checks */
  digitString?: string;
  /** the value before scale words and suffixes ("1.5 billion" → 1.5) */
  base?: number;
  scaleWords: string[];
  words: boolean;
}

interface NumberLexicon {
  small: Map<string, number>;
  scales: Map<string, number>;
  suffixes: Map<string, number>;
  /** suffixes also read after a space, as written (lower case: "2 BN" is a battalion) */
  spaced: Set<string>;
  /** suffix → the words that make it a unit symbol instead ("6.5m high") */
  unitSuffixes: Map<string, { before: Set<string>; after: Set<string> }>;
  named: Map<string, number>;
  scaleRe: RegExp;
  suffixRe: RegExp;
  /** a month name or abbreviation, capitalised, just before a number: "May 12", "Sept. 3" */
  monthBeforeRe: RegExp;
}

const lexicons = new WeakMap<Rules, NumberLexicon>();

export function numberLexicon(rules: Rules): NumberLexicon {
  const hit = lexicons.get(rules);
  if (hit) return hit;
  const n = rules.numbers;
  const small = new Map<string, number>([...Object.entries(n.units), ...Object.entries(n.tens)]);
  const scales = new Map(Object.entries(n.scales));
  const suffixes = new Map(Object.entries(n.suffixes).map(([k, v]) => [k.toLowerCase(), v]));
  const named = new Map(Object.entries(n.named));
  const big = [...scales.keys()].filter((k) => scales.get(k)! >= 1000);
  const lex: NumberLexicon = {
    small,
    scales,
    suffixes,
    spaced: new Set(n.spacedSuffixes ?? []),
    unitSuffixes: new Map(Object.entries(n.unitSuffixes ?? {}).map(([k, c]) => [k.toLowerCase(), { before: new Set((c.before ?? []).map((w) => w.toLowerCase())), after: new Set((c.after ?? []).map((w) => w.toLowerCase())) }])),
    named,
    // one or more scale words after a number: " thousand", " million"; a plural where the
    // decimal comma is at home ("2,75 millions"); joined by a hyphen as Canadian and some
    // British style writes it ("a $45-million grant")
    scaleRe: new RegExp(compactLetters(`^(?:(?:[ \\u00a0]+|-)(?:${big.join("|")})s?)+\\b`), "i"),
    suffixRe: new RegExp(compactLetters(`^[ \\u00a0]?(?:${[...suffixes.keys()].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{N}])`), "iu"),
    monthBeforeRe: new RegExp(compactLetters(`(?<![\\p{L}])(?:${rules.time.months.flat().map((m) => `${m[0].toUpperCase()}${m.slice(1)}`).join("|")})\\.?[ \\u00a0]+$`), "u"),
  };
  lexicons.set(rules, lex);
  return lex;
}

/**
 * English digits: comma thousands ("1,200,000") and a decimal point. Each comma group is three
 * digits and no more ("21,2019" is not 212,019).
 */
export const DIGITS_RE = /(?:\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.\d+)?|\.\d+/y;

/** Thousands separators a digit string may hold: comma, space, no-break, narrow no-break and thin space. */
const SEPARATORS = /[, \u00a0\u202f\u2009]/g;

/**
 * Digit groups separated by spaces ("1 200", "12 500", "1 234 567", "1\u202f200"): a first
 * group of 1–3 digits not starting with 0, then groups of exactly three digits, all with the
 * same separator (a space, no-break space, narrow no-break space or thin space). Not when
 * another digit group follows that does not fit ("10 100 1000", "555 123 4567": a run of
 * numbers, not one) or a comma group does ("1 200,000": mixed separators). The decimal mark
 * may be a point or, as where spaces group thousands it usually is, a comma ("1 200,5"); a
 * comma with three digits after it was refused just before, so one after spaced groups has
 * one, two or four and more digits.
 */
const SPACED_RE = /[1-9]\d{0,2}([ \u00a0\u202f\u2009])\d{3}(?!\d)(?:\1\d{3}(?!\d))*(?![ \u00a0\u202f\u2009]\d|,\d{3})(?:[.,]\d+)?/y;

/**
 * Thousands grouped by dots, as in much of Europe: only where the form cannot be English —
 * two or more dot groups ("1.234.567") or one followed by a decimal comma ("1.200,5",
 * "1.234.567,89"). "1.200" alone stays 1.2. Refused when more digit groups follow
 * ("1.234.567.8", "1.200,5,6"): a version or a list, not one number.
 */
const DOTTED_RE = /[1-9]\d{0,2}(?:\.\d{3}(?!\d)){2,}(?:,\d+(?!\d))?(?![.,]\d)|[1-9]\d{0,2}\.\d{3},\d+(?!\d)(?![.,]\d)/y;

/**
 * Reads space-separated groups at `at` as one number unless what comes before says they are
 * two: a capitalised month ("May 12 500 people": a day, then a count) or a digit and a space
 * (the figure continues a run of numbers: "5 10 100 200"). A first group of four digits (a
 * year: "in 2019 200 people") never starts a spaced number. Telephone numbers ("+44 20 7946
 * 0958", "(555) 123 4567") are recognised before a number is read (phones.ts), so a "+"
 * before the groups is a sign: "+12 500 000".
 */
function spacedDigits(text: string, at: number, lex: NumberLexicon): string | null {
  SPACED_RE.lastIndex = at;
  const m = SPACED_RE.exec(text);
  if (!m) return null;
  const before = text.slice(Math.max(0, at - 12), at);
  if (/\d[ \u00a0\u202f\u2009]$/.test(before) || lex.monthBeforeRe.test(before)) return null;
  return m[0];
}

function dottedDigits(text: string, at: number): string | null {
  DOTTED_RE.lastIndex = at;
  return DOTTED_RE.exec(text)?.[0] ?? null;
}

/**
 * Indian grouping: thousands, then lakhs and crores in pairs ("1,50,000" is 150,000,
 * "12,34,567" and "1,00,00,000" one crore). English thousands never have a two-digit group,
 * so the form is unmistakable; read any other way it falls apart into "1" and "50,000".
 */
const LAKH_RE = /[1-9]\d?(?:,\d{2}(?!\d))+,\d{3}(?!\d)(?!,\d)(?:\.\d+)?/y;

function lakhDigits(text: string, at: number): string | null {
  LAKH_RE.lastIndex = at;
  return LAKH_RE.exec(text)?.[0] ?? null;
}

const isDigitAt = (text: string, i: number) => i >= 0 && i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;

/** A year as the time reader takes one ("1999", "2019"): a missing space after its comma is likelier than a decimal. */
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;
/** A currency sign just before, or a percent or currency sign just after: the figure is an amount, not a year. */
const SIGN_BEFORE = /[$€£¥][ \u00a0\u202f]?$/;
const SIGN_AFTER = /^[ \u00a0\u202f]?[%€$£¥]/;
/** A list goes on after the figure: "3,4 and 5", "2,3 or 6" (the next item a whole number). */
const LIST_AFTER = /^[ \u00a0]+(?:and|or|&)[ \u00a0]+\d+(?![\d.,]\d)/;
/**
 * …or came before it: "1,2,3" (a digit and a comma right before the figure). Not with a space
 * after the comma: "in 2019, 2,1% in 2020" has a clause before the figure, not a list.
 */
const LIST_BEFORE = /\d,$/;

/**
 * A number with a decimal comma and no thousands ("3,5", "12,50", "0,125") starting at `at`,
 * or null when the comma is more likely English thousands or a list. A comma is read as a
 * decimal mark only when digits follow it directly ("3, 4" is a list) and
 * - one or two digits follow it (three are English thousands: "1,234" stays 1234; four and
 *   more are neither, and the digits are read as they stand), or the whole part is "0",
 *   which starts no thousands ("0,125");
 * - no further separator and digit follows ("1,2,3", "3,5.1");
 * - no list goes on after it or came before it ("votes 3,4 and 5", "1,2,3"), except after
 *   "between", which pairs two figures ("between 1,5 and 2 percent");
 * - a year-like whole part ("in 2019,5 people": a missing space) stands beside a currency or
 *   percent sign ("1999,99 €").
 * Only the text within a few characters of the number is examined.
 */
function decimalCommaDigits(text: string, at: number): string | null {
  let comma = at;
  while (isDigitAt(text, comma)) comma++;
  if (comma === at || text[comma] !== "," || !isDigitAt(text, comma + 1)) return null;
  let end = comma + 1;
  while (isDigitAt(text, end)) end++;
  const whole = text.slice(at, comma);
  const fraction = end - comma - 1;
  if (fraction > 2 && !/^0+$/.test(whole)) return null;
  if ((text[end] === "," || text[end] === ".") && isDigitAt(text, end + 1)) return null;
  const before = text.slice(Math.max(0, at - 16), at);
  if (LIST_BEFORE.test(before)) return null;
  if (LIST_AFTER.test(text.slice(end, end + 24)) && !/\bbetween[ \u00a0]+(?:US\$|[$€£¥])?$/i.test(before)) return null;
  if (YEAR_LIKE.test(whole) && !SIGN_BEFORE.test(before) && !SIGN_AFTER.test(text.slice(end, end + 2))) return null;
  return text.slice(at, end);
}

/**
 * The digits of a number at `at` as written, and the same number in plain form ("1.200,5" →
 * "1200.5"): separators dropped, the decimal mark a point. Tried from the most particular form
 * to English digits, which read anything the others refuse.
 */
function readDigits(text: string, at: number, lex: NumberLexicon): { raw: string; plain: string } | null {
  const spaced = spacedDigits(text, at, lex);
  if (spaced) return { raw: spaced, plain: spaced.replace(/[ \u00a0\u202f\u2009]/g, "").replace(",", ".") };
  const dotted = dottedDigits(text, at);
  if (dotted) return { raw: dotted, plain: dotted.replace(/\./g, "").replace(",", ".") };
  const lakh = lakhDigits(text, at);
  if (lakh) return { raw: lakh, plain: lakh.replace(/,/g, "") };
  const comma = decimalCommaDigits(text, at);
  if (comma) return { raw: comma, plain: comma.replace(",", ".") };
  DIGITS_RE.lastIndex = at;
  const m = DIGITS_RE.exec(text);
  if (!m) return null;
  return { raw: m[0], plain: m[0].replace(SEPARATORS, "") };
}

/** The rounding step of a digit string: "152,000" → 1000, "42.6" → 0.1, "28" → 1 (English separators; see plainPrecision). */
export function precisionOf(digits: string): number {
  return plainPrecision(digits.replace(SEPARATORS, ""));
}

/** The rounding step of a plain number (no separators, a point for decimals): "152000" → 1000, "42.6" → 0.1. */
function plainPrecision(plain: string): number {
  const dot = plain.indexOf(".");
  if (dot >= 0) return Math.pow(10, -(plain.length - dot - 1));
  const zeros = /0*$/.exec(plain)![0].length;
  if (zeros === plain.length) return 1;
  // a single significant digit ("20,000", "30") is read as rounded to two digits
  const sig = plain.length - zeros;
  return Math.pow(10, sig === 1 ? Math.max(0, zeros - 1) : zeros);
}

function significantDigits(plain: string): string {
  return plain.replace(/\./g, "").replace(/^0+/, "").replace(/0+$/, "");
}

/**
 * "a wall 6.5m high", "the river crested at 6.5m": a suffix that is also a unit symbol is
 * the unit when a cue word stands among the ten words of its clause before the figure or right after
 * it, and no currency comes before the figure ("£6.5m" stays a million).
 */
function unitSymbol(text: string, at: number, end: number, suffix: string, lex: NumberLexicon): boolean {
  const cues = lex.unitSuffixes.get(suffix);
  if (!cues) return false;
  // the words before it in its own sentence, whole ("long-term" is not "long")
  const before = text.slice(Math.max(0, at - 80), at).replace(/^[\s\S]*[.!?]["”’)]?[ \u00a0\n]+/u, "");
  if (LETTERS_RE_1.test(before)) return false;
  const next = LETTERS_RE_2.exec(text.slice(end, end + 20))?.[1]?.toLowerCase();
  if (next && cues.after.has(next)) return true;
  // "2m homes", "80m viewers", "200m euros": a count noun after the figure makes it a number
  if (next && LETTERS_RE_3.test(next)) return false;
  // (the clause's words, back to a comma unless only a word or two follow it, "crested on
  // Saturday, at 5.3m"; and none before a verb of price, "the dam … is worth 45m")
  const clause = before.replace(/^[\s\S]*[,;:](?=(?:[ \u00a0]*[^\s,;:]+){3})/, "");
  const all = clause.split(/[ \u00a0\n]+/).map((w) => w.replace(EDGE_NON_LETTERS, "").toLowerCase()).filter(Boolean).slice(-10);
  const priced = all.map((w) => PRICE_VERBS.test(w)).lastIndexOf(true);
  const words = all.slice(priced + 1);
  return words.some((w) => cues.before.has(w));
}

const PRICE_VERBS = /^(?:worth|cost|costs|costing|paid|pay|pays|priced|valued|raised|raise|earn|earns|earned|fined|owes|owed|spent|spend|budget|budgeted)$/;

/** Parses a number written in digits starting at `at`. */
const MIXED_FRACTION = /^(?:[- \u00a0]([1-7])\/([2348])|([½¼¾⅓⅔⅛⅜⅝⅞]))(?![\d\/])/;
const VULGAR: Record<string, [number, number]> = { "½": [1, 2], "¼": [1, 4], "¾": [3, 4], "⅓": [1, 3], "⅔": [2, 3], "⅛": [1, 8], "⅜": [3, 8], "⅝": [5, 8], "⅞": [7, 8] };

export function parseDigits(text: string, at: number, rules: Rules): ParsedNumber | null {
  const lex = numberLexicon(rules);
  const read = readDigits(text, at, lex);
  if (!read) return null;
  const { raw, plain } = read;
  let value = parseFloat(plain);
  const base = value;
  let precision = plainPrecision(plain);
  let end = at + raw.length;
  // "3-1/2 miles", "2 1/2 hours", "9¾": a whole number and a fraction of one
  const mixed = /^\d+$/.test(plain) ? MIXED_FRACTION.exec(text.slice(end, end + 8)) : null;
  if (mixed) {
    const [n, d] = mixed[3] ? VULGAR[mixed[3]]! : [+mixed[1]!, +mixed[2]!];
    if (n < d) {
      // (good to the whole number, as "five and a half" is read)
      value += n / d;
      end += mixed[0].length;
    }
  }
  const scaleWords: string[] = [];
  const rest = text.slice(end, end + 40);
  const sc = lex.scaleRe.exec(rest);
  // "5 million" is read as good to a tenth of its scale, like "20,000" to a thousand
  const single = /^\d$/.test(raw);
  if (sc) {
    if (single) precision /= 10;
    for (const w of sc[0].split(/[- \u00a0]+/).filter(Boolean)) {
      // "2,75 millions": the plural is the same scale
      const word = w.toLowerCase().replace(/s$/, "");
      const f = lex.scales.get(word)!;
      value *= f;
      precision *= f;
      scaleWords.push(word);
    }
    end += sc[0].length;
  } else {
    const sf = lex.suffixRe.exec(rest);
    // "5m" glued; "5 m" only as a suffix when not followed by a word (kept conservative)
    if (sf && (!/^[ \u00a0]/.test(sf[0]) || lex.spaced.has(sf[0].trim())) && !unitSymbol(text, at, end + sf[0].length, sf[0].toLowerCase(), lex)) {
      const f = lex.suffixes.get(sf[0].trim().toLowerCase())!;
      if (single) precision /= 10;
      value *= f;
      precision *= f;
      scaleWords.push(sf[0].trim().toLowerCase());
      end += sf[0].length;
    }
  }
  // more digits than a double holds (1e309 and up) is not a figure anyone can check (issue 7)
  if (!Number.isFinite(value)) return null;
  const digitString = significantDigits(plain);
  return { end, value, precision, digits: digitString.length, digitString: plain.replace(/\./g, ""), base, scaleWords, words: false };
}

const WORD_RE = /[A-Za-z]+/y;

/** Parses a number written in words starting at `at` ("twenty-eight", "half a million"). */
export function parseWords(text: string, at: number, rules: Rules): ParsedNumber | null {
  const lex = numberLexicon(rules);
  let i = at;
  let total = 0;
  let current = 0;
  let seen = false;
  let end = at;
  let fraction = 0; // pending "half"/"quarter" waiting for a scale ("half a million")
  const scaleWords: string[] = [];
  for (;;) {
    WORD_RE.lastIndex = i;
    const m = WORD_RE.exec(text);
    if (!m) break;
    const w = m[0].toLowerCase();
    const next = i + m[0].length;
    if (lex.small.has(w)) {
      const v = lex.small.get(w)!;
      if (current % 10 !== 0 && v < 10 && current > 0) break; // "five six" is not a number
      current += v;
      seen = true;
      end = next;
    } else if (w === "hundred" && (seen || fraction || text.slice(Math.max(0, i - 2), i) === "a ")) {
      current = (current || 1) * 100;
      seen = true;
      end = next;
    } else if (lex.scales.has(w) && lex.scales.get(w)! >= 1000) {
      const f = lex.scales.get(w)!;
      const base = current || fraction || 1;
      total += base * f;
      current = 0;
      fraction = 0;
      seen = true;
      scaleWords.push(w);
      end = next;
    } else if (lex.named.has(w) && lex.named.get(w)! >= 1) {
      // "a dozen", "three dozen"
      current = (current || 1) * lex.named.get(w)!;
      seen = true;
      end = next;
    } else if ((w === "half" || w === "quarter") && !current) {
      fraction = w === "half" ? 0.5 : 0.25;
      end = next;
    } else if ((w === "and" || w === "a") && (seen || fraction)) {
      // "one and a half million", "half a million"
      if (w === "and" && seen && /^\s+a\s+half\b/i.test(text.slice(next, next + 10))) {
        current += 0.5;
        const h = /^\s+a\s+half\b/i.exec(text.slice(next))!;
        end = next + h[0].length;
        i = end;
        while (text[i] === " ") i++;
        continue;
      }
      if (w === "and" && !/^\s+(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i.test(text.slice(next, next + 12)))
        break;
    } else break;
    i = next;
    // allow "twenty-eight" and single spaces
    if (text[i] === "-" && /[A-Za-z]/.test(text[i + 1] ?? "")) i++;
    else if (text[i] === " " || text[i] === "\u00a0") i++;
    else break;
  }
  if (!seen) return null;
  const value = total + current;
  if (!value) return null;
  // "half a million" is a round figure: read it as good to about a fifth of its leading unit
  const precision = scaleWords.length ? Math.pow(10, Math.floor(Math.log10(value))) / 5 : 1;
  return { end, value, precision, digits: 0, scaleWords, words: true };
}
