// Words inside a quote, with offsets, and their folded forms for comparing two renderings of
// the same quote: case, accents, punctuation, contractions, British/American spelling and
// number words are folded away (rules/speech.yaml), so only a change of words remains.
import type { QuoteToken } from "../../types.js";
import type { SpeechRules } from "../../rules/types.js";
import { fold } from "../../normalize/person-key.js";
import { escapeRegExp } from "../../text/regex.js";
import { compactLetters } from "../../text/letters.js";

const escape = escapeRegExp;

const wordRes = new WeakMap<SpeechRules, RegExp>();

function tokenPattern(sp: SpeechRules): RegExp {
  let re = wordRes.get(sp);
  if (!re) {
    const ell = [...sp.ellipses].sort((a, b) => b.length - a.length).map(escape);
    re = new RegExp(compactLetters(`${ell.length ? `(${ell.join("|")})|` : "()"}([\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*|%)`), "gu");
    wordRes.set(sp, re);
  }
  return re;
}

/** The words of text[start, end) with offsets; ellipsis marks and bracketed insertions flagged. */
export function quoteTokens(text: string, start: number, end: number, sp: SpeechRules): QuoteToken[] {
  const re = new RegExp(tokenPattern(sp));
  const slice = text.slice(start, end);
  // square brackets hold the writer's words ("[the mayor]"), not the speaker's
  const brackets: [number, number][] = [];
  for (const m of slice.matchAll(/\[[^\]\n]*\]/g)) brackets.push([m.index!, m.index! + m[0].length]);
  const out: QuoteToken[] = [];
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const t: QuoteToken = { start: start + m.index, end: start + m.index + m[0].length, text: m[0] };
    if (m[1]) t.ellipsis = true;
    else if (brackets.some(([a, b]) => m!.index > a && m!.index < b)) t.editorial = true;
    out.push(t);
  }
  return out;
}

/** A folded word and the index of the token it came from. */
export interface FoldedWord {
  w: string;
  i: number;
}

export const ELLIPSIS = "…";
export const EDITORIAL = "[]";

const spellingRes = new WeakMap<SpeechRules, [RegExp, string][]>();

/** One word as compared: lower-cased, accents and periods dropped, spelling folded. */
export function foldWord(word: string, sp: SpeechRules): string[] {
  let w = fold(word).replace(/’/g, "'").replace(/\./g, "");
  const out: string[] = [];
  // contractions: whole words first ("won't"), then endings ("n't", "'re")
  const whole = sp.contractions[w];
  if (whole !== undefined) w = whole;
  else
    for (const [k, v] of Object.entries(sp.contractions)) {
      if ((k.startsWith("'") || k.startsWith("n'")) && w.endsWith(k) && w.length > k.length) {
        w = w.slice(0, -k.length) + v;
        break;
      }
    }
  let rx = spellingRes.get(sp);
  if (!rx) spellingRes.set(sp, (rx = sp.spelling.map((s) => [new RegExp(compactLetters(s.pattern)), s.replace] as [RegExp, string])));
  for (const part of w.split(/[\s\-]+/)) {
    if (!part) continue;
    let f = sp.wordFolds[part] ?? part;
    for (const [re, rep] of rx) f = f.replace(re, rep);
    out.push(f);
  }
  return out;
}

const phraseFolds = new WeakMap<SpeechRules, Array<[string[], string]>>();

/** The folds of more than one word ("per cent": "percent"), longest first. */
function phrasesOf(sp: SpeechRules): Array<[string[], string]> {
  let hit = phraseFolds.get(sp);
  if (!hit)
    phraseFolds.set(
      sp,
      (hit = Object.entries(sp.wordFolds)
        .filter(([k]) => /\s/.test(k))
        .map(([k, v]) => [k.toLowerCase().split(/\s+/), v] as [string[], string])
        .sort((a, b) => b[0].length - a[0].length)),
    );
  return hit;
}

/** The folded words of a quote; an ellipsis mark becomes "…", bracketed words one "[]". */
export function foldTokens(tokens: readonly QuoteToken[], sp: SpeechRules): FoldedWord[] {
  const out: FoldedWord[] = [];
  const phrases = phrasesOf(sp);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.ellipsis) out.push({ w: ELLIPSIS, i });
    else if (t.editorial) {
      if (!(i > 0 && tokens[i - 1].editorial)) out.push({ w: EDITORIAL, i });
    } else {
      // "2.7 per cent" and "2.7%" say the same
      const hit = phrases.find(([ws]) => ws.every((w, k) => tokens[i + k] && !tokens[i + k].ellipsis && !tokens[i + k].editorial && fold(tokens[i + k].text) === w));
      if (hit) {
        out.push({ w: hit[1], i });
        i += hit[0].length - 1;
      } else for (const w of foldWord(t.text, sp)) out.push({ w, i });
    }
  }
  return out;
}
