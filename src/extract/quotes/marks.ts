// Quote marks → quoted ranges. Straight and curly double quotes, single quotes (British
// style or nested), guillemets. Apostrophes inside words (don't, Ruritania’s) and after a plural
// (the countries’ efforts) are not quote marks. A quote still open at the end of a paragraph
// continues when the next paragraph opens with a quote mark (the news convention for a quote
// running over several paragraphs); otherwise it ends there, flagged unclosed.

import { lre } from "../../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/[\p{L}\p{N}]/u);

export type MarkKind = "double" | "single" | "angle";

export interface RawQuote {
  mark: MarkKind;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ended first. */
  close: number;
  /** The text between the marks, one range per paragraph (untrimmed). */
  parts: { start: number; end: number }[];
  /** 0 for a quote of the writer's; 1 and more for a quote inside a quote. */
  depth: number;
}

interface Open {
  mark: MarkKind;
  open: number;
  partStart: number;
  parts: { start: number; end: number }[];
}

const isWord = (c: string | undefined) => c !== undefined && LETTERS_RE_1.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
/** Characters after which a quote may open. */
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/"“‘'«:]/;
/** Short forms written with a leading apostrophe: not an opening quote. */
const ELISIONS = /^(?:em|til|tis|twas|cause|n|bout|round)\b/i;

function canOpen(p: string | undefined, n: string | undefined): boolean {
  return (p === undefined || OPEN_CONTEXT.test(p)) && n !== undefined && !/\s/.test(n);
}

function canClose(p: string | undefined, n: string | undefined): boolean {
  return p !== undefined && !/\s/.test(p) && !isWord(n);
}

/** Finds quoted ranges in text[start, end). Closed quotes at any depth; unclosed single quotes are dropped. */
export function findQuotes(text: string, start: number, end: number): RawQuote[] {
  const out: RawQuote[] = [];
  const stack: Open[] = [];
  const has = (m: MarkKind) => stack.some((o) => o.mark === m);
  const closeTo = (m: MarkKind, at: number) => {
    let k = stack.length - 1;
    while (k >= 0 && stack[k].mark !== m) k--;
    if (k < 0) return;
    // quotes opened inside it and never closed are dropped
    const o = stack[k];
    stack.length = k;
    out.push({ mark: o.mark, open: o.open, close: at, parts: [...o.parts, { start: o.partStart, end: at }], depth: k });
  };
  const openAt = (m: MarkKind, at: number) => stack.push({ mark: m, open: at, partStart: at + 1, parts: [] });

  /** A plural possessive ("the players’ union") inside a single quote that closes later. */
  const pluralPossessive = (i: number): boolean => {
    if (!/s/i.test(text[i - 1] ?? "") || text[i + 1] !== " " || !/[a-z]/.test(text[i + 2] ?? "")) return false;
    for (let j = i + 1; j < end && text[j] !== "\n"; j++)
      if ((text[j] === "’" || text[j] === "'") && canClose(text[j - 1], text[j + 1]) && !/s/i.test(text[j - 1])) return true;
    return false;
  };

  /** At a paragraph break: continue the top quote when the next paragraph opens with its mark. */
  const paragraphBreak = (at: number, next: number) => {
    if (!stack.length) return next;
    const top = stack[0];
    const c = text[next];
    const reopens =
      next < end &&
      ((top.mark === "double" && (c === "“" || c === '"' || c === "”")) ||
        (top.mark === "single" && (c === "‘" || c === "'")) ||
        (top.mark === "angle" && c === "«"));
    if (reopens) {
      stack.length = 1;
      top.parts.push({ start: top.partStart, end: at });
      top.partStart = next + 1;
      return next + 1;
    }
    // an unclosed double quote is kept to the paragraph end; an unclosed single is most likely
    // an apostrophe, and the quotes opened inside it are the writer's own
    if (top.mark !== "single") out.push({ mark: top.mark, open: top.open, close: -1, parts: [...top.parts, { start: top.partStart, end: at }], depth: 0 });
    else for (const q of out) if (q.open > top.open && q.depth > 0) q.depth--;
    stack.length = 0;
    return next;
  };

  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === "\n") {
      let j = i + 1;
      while (j < end && (text[j] === " " || text[j] === "\t" || text[j] === "\r")) j++;
      const blank = j >= end || text[j] === "\n";
      if (blank) {
        while (j < end && /\s/.test(text[j])) j++;
        i = paragraphBreak(i, j) - 1;
        continue;
      }
      if (!stack.length) continue;
      // a single line break: a new paragraph when the line ended a sentence, else a wrapped line
      const prev = text.slice(Math.max(start, i - 3), i).trimEnd();
      const nextOpens = /^[“"‘'«]/.test(text[j]);
      if (nextOpens || /[.!?:]$/.test(prev)) i = paragraphBreak(i, j) - 1;
      continue;
    }
    const p = i > start ? text[i - 1] : undefined;
    const n = i + 1 < end ? text[i + 1] : undefined;
    switch (c) {
      case "“":
        if (has("double") && canClose(p, n)) closeTo("double", i);
        else if (!has("double")) openAt("double", i);
        break;
      case "”":
        if (has("double")) closeTo("double", i);
        else if (isSpace(p) && isWord(n)) openAt("double", i);
        break;
      case '"':
        if (has("double")) closeTo("double", i);
        else if (canOpen(p, n)) openAt("double", i);
        break;
      case "‘":
        if (canOpen(p, n) && !/\d/.test(n ?? "") && !ELISIONS.test(text.slice(i + 1, i + 7))) openAt("single", i);
        break;
      case "’":
      case "'":
        if (isWord(p) && isWord(n)) break; // don't, Ruritania’s
        if (has("single") && canClose(p, n) && !pluralPossessive(i)) closeTo("single", i);
        else if (c === "'" && canOpen(p, n) && isWord(n) && !/\d/.test(n ?? "") && !ELISIONS.test(text.slice(i + 1, i + 7))) openAt("single", i);
        break;
      case "«":
        openAt("angle", i);
        break;
      case "»":
        if (has("angle")) closeTo("angle", i);
        break;
    }
  }
  paragraphBreak(end, end);
  return out.sort((a, b) => a.open - b.open);
}
