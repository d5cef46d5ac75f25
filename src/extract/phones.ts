// Telephone numbers are no figures: "+44 20 7946 0958", "(555) 123 4567", "020 7946 0958",
// "555-123-4567". Read digit group by digit group they look like several counts, or like one
// spaced-thousands number, so they are recognised where a number starts and skipped whole.
// Each shape is a sticky regular expression with bounded repeats, tried at one position and
// checked against a few characters around it: the cost per number is constant.

/** A separator between digit groups: a space of any width, a dot or a hyphen. */
import { compactLetters, lre } from "../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/[\p{L}\p{N}]/u);

const SEP = "[ \\u00a0\\u202f\\u2009.\\-]";
const SPACE = "[ \\u00a0\\u202f\\u2009]";

/**
 * A leading "+" and country code, then groups: "+44 20 7946 0958", "+1 (212) 555-0100",
 * "+44 (0)20 7946 0958", "+33 1 23 45 67 89"; or the digits unbroken: "+442079460958".
 */
const INTERNATIONAL_RE = new RegExp(
  compactLetters(`\\+\\d{1,3}(?:${SPACE}?\\(0\\))?(?:${SEP}?\\(\\d{1,5}\\))?(?:(?:${SEP}|(?<=\\)))\\d{1,12}){0,6}(?!\\d)|\\+\\d{7,15}(?!\\d)`),
  "y",
);

/** An area code in parentheses, then groups: "(555) 123 4567", "(555) 123-4567", "(02) 9876 5432". */
const PARENTHESISED_RE = new RegExp(compactLetters(`\\((\\d{2,5})\\)${SPACE}?(\\d{2,8}(?:${SEP}\\d{2,8}){0,3})(?!\\d)`), "y");

/**
 * A trunk prefix "0" and groups with one separator throughout: "020 7946 0958", "0800 123 456",
 * "07700 900123", "01 23 45 67 89", "0161-496-0000", "0044 20 7946 0958". No figure is
 * written with a leading zero.
 */
const TRUNK_RE = new RegExp(compactLetters(`0\\d{1,4}(${SEP})\\d{2,8}(?:\\1\\d{2,8}){0,3}(?!\\d)`), "y");

/**
 * North American numbers with hyphens or dots: "555-123-4567", "555.123.4567",
 * "1-800-555-0199"; and a local number whose last group starts with 0 ("555-0199"), which no
 * range or score is ("10-12", "3-2", "100-1000" stay figures).
 */
const NORTH_AMERICAN_RE = /(?:1[-.])?[2-9]\d{2}([-.])\d{3}\1\d{4}(?!\d)|[2-9]\d{2}[-.]0\d{3}(?!\d)/y;

/** Digit groups with one separator throughout, a telephone number only after a cue word: "call 555 123 4567". */
const GROUPS_RE = new RegExp(compactLetters(`\\d{2,5}(${SEP})\\d{2,8}(?:\\1\\d{2,8}){0,3}(?!\\d)`), "y");

/**
 * Words that announce a telephone number, possibly followed by a few filler words: "call",
 * "call us on", "phone:", "Tel.", "ring the hotline on", "dial".
 */
const CUE_RE =
  lre(/(?:^|[^\p{L}])(?:call|calls|called|calling|phone|phoned|phoning|telephone|tel|hotline|helpline|fax|dial|dials|dialled|dialed|dialling|dialing|ring|rang|ringing|sms|whatsapp)\.?(?:[ \u00a0]*:|[ \u00a0]+(?:us|them|him|her|me|police|the|our|their|a|free|toll-free|hotline|helpline|line|desk|office|number|no\.|on|at|is|was))*[ \u00a0]*:?[ \u00a0]*$/iu);
/** "on" or "at" just before: a weaker cue, enough only for groups no figure is written as. */
const WEAK_CUE_RE = lre(/(?:^|[^\p{L}])(?:on|at)[ \u00a0]+$/iu);

/** Thousands grouped by spaces or dots ("12 500 000", "1.234.567"): a figure, whatever surrounds it. */
const THOUSANDS_SHAPE = /^[1-9]\d{0,2}(?:([ \u00a0\u202f\u2009.])\d{3})(?:\1\d{3})*$/;
/** What may not follow a telephone number: more of a number ("0958.5", "7946:30") or a percent sign. */
const NUMBER_GOES_ON = /^(?:[.,:/]\d|[ \u00a0]?%)/;
/** A year in parentheses is a citation, not an area code: "(2019) 200 300". */
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function international(text: string, plus: number): number {
  const m = execAt(INTERNATIONAL_RE, text, plus);
  if (!m) return -1;
  const n = digitCount(m[0]);
  if (n < 7 || n > 15) return -1;
  // "+12 500 000 euros": a change written with its sign
  if (!m[0].includes("(") && THOUSANDS_SHAPE.test(m[0].slice(1))) return -1;
  return plus + m[0].length;
}

function parenthesised(text: string, open: number): number {
  const m = execAt(PARENTHESISED_RE, text, open);
  if (!m || YEAR_LIKE.test(m[1])) return -1;
  const n = digitCount(m[0]);
  if (n < 7 || n > 13) return -1;
  // "(12) 120 500": a short label, then a figure; three digits and more are an area code
  if (m[1].length <= 2 && THOUSANDS_SHAPE.test(m[2])) return -1;
  return open + m[0].length;
}

function trunk(text: string, at: number): number {
  const m = execAt(TRUNK_RE, text, at);
  if (!m) return -1;
  const n = digitCount(m[0]);
  // up to 15 digits: "0044 20 7946 0958" dials abroad
  return n >= 9 && n <= 15 ? at + m[0].length : -1;
}

function northAmerican(text: string, at: number): number {
  const m = execAt(NORTH_AMERICAN_RE, text, at);
  return m ? at + m[0].length : -1;
}

/** Two round numbers joined by a hyphen are a range, even after "call": "call 100-1000 people". */
const ROUND_RANGE = /^\d*0-\d*0$/;

/** Groups after a cue word: any such run after "call", "phone:"…; after "on"/"at" only one that is no spaced-thousands figure. */
function cued(text: string, at: number, from: number): number {
  const m = execAt(GROUPS_RE, text, at);
  if (!m) return -1;
  const n = digitCount(m[0]);
  if (n < 7 || n > 13 || ROUND_RANGE.test(m[0])) return -1;
  const before = text.slice(Math.max(from, at - 40), at);
  if (CUE_RE.test(before)) return at + m[0].length;
  if (WEAK_CUE_RE.test(before) && !THOUSANDS_SHAPE.test(m[0])) return at + m[0].length;
  return -1;
}

/**
 * The span of a telephone number whose first digit is at `at` ("+" or "(" may stand just
 * before it), or null. `from` bounds how far back a cue word is looked for.
 */
export function phoneAt(text: string, at: number, from: number): [number, number] | null {
  const prev = at > from ? text[at - 1] : "";
  if (prev === "+") {
    // "+5%", "+12 500 000": a sign, and the figure is read as usual
    const end = LETTERS_RE_1.test(text[at - 2] ?? "") ? -1 : international(text, at - 1);
    return spanUnlessMore(text, at - 1, end);
  }
  // "(555) 123 4567"; else what is inside the parentheses may be a number of another shape
  if (prev === "(") {
    const end = parenthesised(text, at - 1);
    if (end >= 0) return spanUnlessMore(text, at - 1, end);
  }
  let end = text[at] === "0" ? trunk(text, at) : -1;
  if (end < 0) end = northAmerican(text, at);
  if (end < 0) end = cued(text, at, from);
  return spanUnlessMore(text, at, end);
}

function spanUnlessMore(text: string, start: number, end: number): [number, number] | null {
  if (end < 0 || NUMBER_GOES_ON.test(text.slice(end, end + 3))) return null;
  return [start, end];
}
