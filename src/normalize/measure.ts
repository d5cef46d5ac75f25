// What a figure measures: its counted noun (head) and the content words around it,
// stemmed with natural's Porter stemmer and folded through the synonym groups in rules/.
import type { Rules } from "../rules/types.js";
import { stemWord, type Token } from "../text/tokens.js";

export interface MeasureLexicon {
  stop: Set<string>;
  canon: Map<string, string>;
  changeStems: Set<string>;
  planned: Set<string>;
  distinct: Array<[string, string]>;
}

const lexicons = new WeakMap<Rules, MeasureLexicon>();

export function measureLexicon(rules: Rules): MeasureLexicon {
  const hit = lexicons.get(rules);
  if (hit) return hit;
  const m = rules.measures;
  const stop = new Set<string>();
  for (const w of m.stopwords) {
    stop.add(w.toLowerCase());
    stop.add(stemWord(w));
  }
  const canon = new Map<string, string>();
  for (const group of m.synonyms) {
    const head = stemWord(group[0].split(" ").pop()!);
    for (const w of group) canon.set(stemWord(w.split(" ").pop()!), head);
  }
  const changeStems = new Set([...m.changeWords.up, ...m.changeWords.down].map((w) => canon.get(stemWord(w)) ?? stemWord(w)));
  const planned = new Set(m.modality.planned.map((w) => w.toLowerCase()));
  const distinct = m.distinct.map((g) => [canonical(stemWord(g[0]), canon), canonical(stemWord(g[1]), canon)] as [string, string]);
  const lex = { stop, canon, changeStems, planned, distinct };
  lexicons.set(rules, lex);
  return lex;
}

function canonical(s: string, canon: Map<string, string>): string {
  return canon.get(s) ?? s;
}

/** The measure key of one word, or null for a stopword, number or stray letter. */
export function measureWord(token: Token, lex: MeasureLexicon): string | null {
  const w = token.lower;
  if (w.length < 2 || /^[\d.,]+$/.test(w) || lex.stop.has(w)) return null;
  if (/\d/.test(w)) return null;
  const s = stemWord(w);
  if (lex.stop.has(s)) return null;
  return canonical(s, lex.canon);
}

const VERBISH = /(?:ed|ing)$/;

export interface MeasureResult {
  head?: string;
  words: Map<string, number>;
}

/**
 * Builds the weighted measure words of a figure from the tokens of its sentence:
 * the noun phrase right after the figure (its last word is the head), an "of"/"in"
 * complement ("members of its National Guard", "a drop in the number of migrants"),
 * then the rest of the sentence, weighted by closeness.
 */
export function measureOf(tokens: Token[], spanStart: number, spanEnd: number, lex: MeasureLexicon, skip: (t: Token) => boolean): MeasureResult {
  const words = new Map<string, number>();
  const add = (w: string | null, weight: number) => {
    if (!w) return;
    words.set(w, Math.max(words.get(w) ?? 0, weight));
  };
  let i = tokens.findIndex((t) => t.start >= spanEnd);
  if (i < 0) i = tokens.length;
  let head: string | undefined;
  // noun phrase after the figure
  const phrase: string[] = [];
  let j = i;
  let afterChange = false;
  for (let n = 0; j < tokens.length && n < 6; j++, n++) {
    const t = tokens[j];
    if (skip(t)) break;
    const w = measureWord(t, lex);
    if (!w) {
      // "a drop in the number of migrants": look through the change word's complement
      if (afterChange && !phrase.length) continue;
      break;
    }
    if (lex.changeStems.has(w) && !phrase.length) {
      afterChange = true;
      add(w, 2);
      continue;
    }
    if (phrase.length && VERBISH.test(t.lower) && t.text[0] === t.text[0].toLowerCase()) break;
    // "the number of migrants": the generic noun gives way to its complement
    if (/^(?:number|numbers|figure|figures|total|count|level|levels|amount)$/.test(t.lower)) {
      if (tokens[j + 1]?.lower === "of") j++;
      continue;
    }
    phrase.push(w);
    if (phrase.length >= 4) break;
  }
  if (phrase.length) head = phrase[phrase.length - 1];
  for (const w of phrase) add(w, 2);
  if (head) add(head, 3);
  // complement: "members of its National Guard"; with no noun of its own the figure counts
  // the complement ("thousands of his National Guard troops", "10 percent of its agents")
  if (j < tokens.length && tokens[j].lower === "of") {
    let last: string | undefined;
    for (let k = j + 1, n = 0; k < tokens.length && n < 5; k++, n++) {
      if (skip(tokens[k])) break;
      const w = measureWord(tokens[k], lex);
      if (w) {
        add(w, 2);
        last = w;
      } else if (!/^(?:the|its|their|his|her|a|an|our|those|these|all)$/.test(tokens[k].lower)) break;
    }
    if (!head && last) {
      head = last;
      add(head, 3);
    }
  }
  // the rest of the sentence, weighted by distance in tokens
  const anchor = i;
  tokens.forEach((t, k) => {
    if (t.start >= spanStart && t.end <= spanEnd) return;
    if (skip(t)) return;
    const d = Math.abs(k - anchor);
    add(measureWord(t, lex), d <= 6 ? 1 : d <= 14 ? 0.6 : 0.3);
  });
  return { head, words };
}

/** Weighted overlap of two measures (0..1): shared weight over the smaller total. */
export function measureSimilarity(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let ta = 0;
  let tb = 0;
  for (const v of a.values()) ta += v;
  for (const v of b.values()) tb += v;
  for (const [w, v] of a) {
    const u = b.get(w);
    if (u !== undefined) shared += Math.min(u, v);
  }
  const denom = Math.sqrt(ta * tb);
  return denom ? shared / denom : 0;
}
