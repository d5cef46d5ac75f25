// A fact box ("Key facts", "At a glance"): short lines that each give a label and its value
// ("- Posts cut: 74", "• Entrants: 9,850"). The label names the measure outright, so
// the box is a summary its own body should bear out (compare/rules/fact-box.ts).
import type { Range } from "../text/sentences.js";
import { lre } from "../text/letters.js";

/** One line of a box: the whole line and the label before its colon. */
export interface FactLine {
  line: Range;
  /** Null for a bulleted line inside the box that has no label of its own (a sub-item). */
  label: Range | null;
}

// An optional bullet or bold marker, a label that starts with a letter and holds no sentence
// break, a colon, then a value. Labels are short; a line of running prose is not a box line.
// (a point inside a label before a lower-case letter is an abbreviation's, "S. aureus", not a
// sentence's end)
const LINE = lre(/^[ \t]*(?:[-•*–·▪][ \t]*)?(?:\*\*)?(\p{L}(?:[^:\n.!?]|\.(?=[ \t]?\p{Ll})){0,58}?)(?:\*\*)?:(?:\*\*)?[ \t]+\S[^\n]*$/u);

// a value that opens with a quotation mark: what someone said, not a figure's label
const QUOTED_VALUE = /^(?:\*\*)?:(?:\*\*)?[ \t]+["“‘]/;
const BULLET = /^[ \t]*[-•*–·▪][ \t]+\S/u;
const MAX_LABEL_WORDS = 8;
const MAX_LINE_WORDS = 25;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * The box lines of text[from, to): runs of two or more consecutive label lines, at least one
 * of which gives a figure (a run of "Speaker: words" lines is a transcript, not a box: a line
 * of more than 25 words ends the run).
 */
export function factBoxLines(text: string, from = 0, to = text.length): FactLine[] {
  const out: FactLine[] = [];
  let run: FactLine[] = [];
  let figures = 0;
  const flush = () => {
    if (run.filter((l) => l.label).length >= 2 && figures > 0) out.push(...run);
    run = [];
    figures = 0;
  };
  let start = from;
  let blanks = 0;
  while (start <= to) {
    let end = text.indexOf("\n", start);
    if (end < 0 || end > to) end = to;
    const raw = text.slice(start, end);
    const lineText = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const m = lineText.length <= 240 ? LINE.exec(lineText) : null;
    // a label holds no currency sign and no unclosed bracket ("Operating profit of €41 million
    // (2024: €37 million)" is a sentence with a colon in it)
    // ("Question: …?" / "Answer: …" is an interview, not a box)
    // (nor is "Fire chief Ana Roe said: “We sent 12 engines.”": a quotation is no box value)
    if (m && !/^(?:q|a|question|answer)$/i.test(m[1].trim()) && !QUOTED_VALUE.test(lineText.slice(m.index + m[0].indexOf(m[1]) + m[1].length)) && words(m[1]) <= MAX_LABEL_WORDS && words(lineText) <= MAX_LINE_WORDS && !/\p{Sc}/u.test(m[1]) && (m[1].match(/\(/g) ?? []).length === (m[1].match(/\)/g) ?? []).length) {
      const at = start + m.index + m[0].indexOf(m[1]);
      run.push({ line: { start, end: start + lineText.length }, label: { start: at, end: at + m[1].length } });
      if (/\d/.test(lineText.slice(m[0].indexOf(m[1]) + m[1].length))) figures++;
    } else if (run.length && BULLET.test(lineText) && words(lineText) <= MAX_LINE_WORDS) run.push({ line: { start, end: start + lineText.length }, label: null });
    // (a box set out with one blank line between its lines is one box: the run goes on)
    else if (run.length && !lineText.trim() && blanks++ === 0) {
      /* the next line says whether the box goes on */
    } else flush();
    if (lineText.trim()) blanks = 0;
    if (end >= to) break;
    start = end + 1;
  }
  flush();
  return out;
}
