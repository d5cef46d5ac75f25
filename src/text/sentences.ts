// Sentence boundaries with offsets. A paragraph break always ends a sentence; a period
// ends one unless it closes a known abbreviation or an initial ("U.S.", "Gov.", "J.").
import { memoized } from "./memo.js";
import { lre } from "./letters.js";

export interface Range {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof gen gov lt col sgt capt rep sen st jr sr inc corp co ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est dept univ ave blvd rev pres atty supt cmdr adm maj".split(" "),
);

/**
 * Text that runs on with no sentence end (a table, a list, a pasted dump) is cut at the
 * first space after this many characters, and anywhere after twice as many: work per
 * sentence stays bounded, so a long source is read in time linear in its length. News
 * sentences are far shorter (the longest in the test stories has under 400 characters).
 */
export const MAX_SENTENCE = 1000;

export function splitSentences(text: string, start = 0, end = text.length): Range[] {
  return memoized("sentences", text, start, end, split);
}

function split(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let s = start;
  const push = (e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
    s = e;
  };
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (i - s >= MAX_SENTENCE && (c === " " || c === "\t" || c === "\r" || c === "\n" || i - s >= 2 * MAX_SENTENCE)) push(i);
    if (c === "\n") {
      // a blank line (or a line break after a headline-like line) ends the sentence
      let j = i + 1;
      while (j < end && (text[j] === " " || text[j] === "\t" || text[j] === "\r")) j++;
      if (j >= end || text[j] === "\n") {
        push(i);
        continue;
      }
      // single line break: end the sentence if the line did not end mid-sentence
      const prev = text.slice(s, i).trimEnd();
      if (prev && !/[,;:\-–—(]$/.test(prev)) push(i);
      continue;
    }
    if (c === "." || c === "!" || c === "?" || c === "…") {
      let j = i + 1;
      while (j < end && /["'”’)\]]/.test(text[j])) j++;
      if (j < end && !/\s/.test(text[j])) continue;
      if (c === ".") {
        const m = /([A-Za-z]+)\.$/.exec(text.slice(Math.max(s, i - 12), i + 1));
        const word = m?.[1];
        // ("€30.9m." ends a sentence: a letter right after a digit is a unit, not an initial)
        const afterDigit = !!word && /\d/.test(text[i - word.length - 1] ?? "");
        if (word && !afterDigit && (ABBREVIATIONS.has(word.toLowerCase()) || word.length === 1)) {
          // "U.S." at the end of a sentence: only split if the next word is capitalised and the
          // abbreviation is a country-like initialism; keep it simple and do not split.
          continue;
        }
        // a number like "3." followed by lowercase is not an end
        let k = j;
        while (k < end && /\s/.test(text[k])) k++;
        if (k < end && /[a-z]/.test(text[k])) continue;
      }
      push(j);
      i = j - 1;
    }
  }
  push(end);
  return splitDatelines(text, start, out);
}

/**
 * A wire story's dateline ("TORVIK, Hallenland, May 4 (Coastal Wire) - "): where the
 * reporter filed from, not part of the first sentence's claim, so it is a segment of its own.
 * It opens a paragraph with a place in capitals and ends at a dash before a capital letter
 * or, after a place, date or agency, a figure.
 */
const DATELINE =
  lre(/[A-Z][A-Z.'’-]+(?:[ \u00a0][A-Z][A-Z.'’-]*){0,3}(?:,[ \u00a0][A-Z][\p{L}.'’-]*(?:[ \u00a0][A-Z][\p{L}.'’-]*){0,2}){0,2}(?:,?[ \u00a0](?:[A-Z][a-z]{2,8}\.?[ \u00a0]\d{1,2}|\d{1,2}[ \u00a0][A-Z][a-z]{2,8}))?(?:[ \u00a0]\([^()\n]{1,40}\))?[ \u00a0]*(?:-{1,2}|–|—)[ \u00a0]+(?=[\p{Lu}\d"“'‘])/uy);

function splitDatelines(text: string, start: number, ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    const c = text.charCodeAt(r.start);
    if (c >= 65 && c <= 90 && (r.start === start || text[r.start - 1] === "\n")) {
      DATELINE.lastIndex = r.start;
      const m = DATELINE.exec(text);
      // (before a figure only with a place, date or agency after the capitals: "DEAD - 41
      // people" is a box's label, "TORVIK, May 4 (Wire) - 41 people died" a dateline)
      if (m && r.start + m[0].length < r.end && (!/\d/.test(text[r.start + m[0].length]) || /[,(]/.test(m[0]))) {
        const sep = r.start + m[0].trimEnd().length;
        out.push({ start: r.start, end: sep }, { start: r.start + m[0].length, end: r.end });
        continue;
      }
    }
    out.push(r);
  }
  return out;
}
