// align/quotes: QuoteMention[] → pairs of quotes that render the same quotation, across
// sources and within one. Candidates come from an inverted index of word trigrams (folded:
// case, punctuation, contractions, spelling), so the cost stays near-linear in the number of
// quotes; each candidate is confirmed with a word-level diff (fast-diff through wordDiff).
//
// The shared part of two renderings runs from the first to the last run of at least two
// equal words (or a word both renderings start or end with): words outside it on one side
// only are a shorter excerpt (not a difference); words that differ inside it are changes,
// except where one side has an ellipsis mark or bracketed words of the writer's standing for
// them. When both renderings go on past the shared part with a few different words of their
// own ("in a decade" / "in a generation" at the end of both), that is a change too.
import type { QuoteMention, QuoteToken } from "../types.js";
import type { Rules } from "../rules/types.js";
import { wordDiff } from "../report/diff.js";
import { foldTokens, ELLIPSIS, EDITORIAL, type FoldedWord } from "../extract/quotes/words.js";

/** A run of words in each rendering: token index ranges [from, to) into each quote's tokens. */
export interface QuoteChange {
  a: { from: number; to: number };
  b: { from: number; to: number };
  /** The words as written on each side ("higher", "upper"); empty for a pure drop or addition. */
  aWords: string[];
  bWords: string[];
  /** changed: words replaced; dropped: words in a missing from b; added: words in b not in a. */
  kind: "changed" | "dropped" | "added";
  /** A whole sentence or more left out without an ellipsis (a cut, not a rewording). */
  sentence?: boolean;
  /** The change with one equal word either side, as written in a and in b ("faster, cheaper testing"). */
  aText: string;
  bText: string;
  /** The equal word just before and just after the change, as written in a and in b. */
  aBefore?: string;
  aAfter?: string;
  bBefore?: string;
  bAfter?: string;
}

export interface QuotePair {
  a: QuoteMention;
  b: QuoteMention;
  /** Equal words inside the shared part. */
  equal: number;
  /** Words of a and b inside the shared part. */
  spanA: number;
  spanB: number;
  /** Words of a and b in all (ellipses and bracketed insertions excluded). */
  wordsA: number;
  wordsB: number;
  /** Real differences inside the shared part (ellipses and bracketed insertions excluded). */
  changes: QuoteChange[];
  /** True when the words of one rendering all stand in the other (an excerpt). */
  contained: boolean;
}

const GRAM = 3;
/** A quote this many words or fewer is matched by its first and last two words as well. */
const SHORT_QUOTE = 10;
/** A trigram shared by more quotes than this says nothing about any of them. */
const MAX_POSTINGS = 50;

interface Prepared {
  q: QuoteMention;
  words: FoldedWord[];
}

function prepare(quotes: readonly QuoteMention[], rules: Rules): Prepared[] {
  return quotes.map((q) => ({ q, words: foldTokens(q.tokens ?? q.words.map((text) => ({ text, start: 0, end: 0 })), rules.speech) }));
}

/** Comparable: not a scare quote, at least four words. */
function comparable(p: Prepared): boolean {
  return !p.q.scare && p.words.filter((w) => w.w !== ELLIPSIS && w.w !== EDITORIAL).length >= 4;
}

/** Word-level diff of two folded renderings: runs of equal, deleted (a) and inserted (b) words. */
export function diffWords(a: readonly string[], b: readonly string[]): { op: -1 | 0 | 1; n: number }[] {
  const out: { op: -1 | 0 | 1; n: number }[] = [];
  for (const o of wordDiff(a.join(" "), b.join(" "))) {
    const n = o.text.split(/\s+/).filter(Boolean).length;
    if (!n) continue;
    const last = out[out.length - 1];
    if (last && last.op === o.op) last.n += n;
    else out.push({ op: o.op, n });
  }
  return out;
}

/** The words of a change with the equal word before and after it, as written (whitespace collapsed). */
function around(q: QuoteMention, tokens: readonly QuoteToken[], before: number | undefined, r: { from: number; to: number }, after: number | undefined): string {
  const first = tokens[before ?? r.from] ?? tokens[r.from];
  const last = tokens[after ?? r.to - 1] ?? tokens[r.to - 1];
  if (!first || !last || !q.span) return "";
  return q.span.text.slice(first.start - q.span.start, last.end - q.span.start).replace(/\s+/g, " ");
}

/** Does token k of a quote end a sentence (a . ? or ! right after it)? */
function endsSentence(q: QuoteMention, tokens: readonly QuoteToken[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  const next = tokens[k + 1];
  const after = q.span.text.slice(t.end - q.span.start, next ? next.start - q.span.start : undefined);
  return /^["”’')\]]*[.!?]/.test(after);
}

/** A word followed by a comma, semicolon, colon or dash (or a sentence's end). */
function endsClause(q: QuoteMention, tokens: readonly QuoteToken[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  const next = tokens[k + 1];
  const after = q.span.text.slice(t.end - q.span.start, next ? next.start - q.span.start : undefined);
  return /^["”’')\]]*[.!?,;:—–]/.test(after);
}

/** Compares two renderings; undefined when they do not share a run of at least two words. */
/** Words too common to anchor a lone match between two renderings. */
const FUNCTION_WORDS = new Set(["a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "it", "is", "was", "we", "i", "you", "he", "she", "they", "that", "this", "be", "are", "as"]);

export function compareQuotes(pa: Prepared, pb: Prepared): QuotePair | undefined {
  const a = pa.words;
  const b = pb.words;
  const ops = diffWords(
    a.map((w) => w.w),
    b.map((w) => w.w),
  );
  // equal runs as [ai, bi, n]
  const runs: [number, number, number][] = [];
  let ai = 0;
  let bi = 0;
  for (const o of ops) {
    if (o.op === 0) {
      runs.push([ai, bi, o.n]);
      ai += o.n;
      bi += o.n;
    } else if (o.op === -1) ai += o.n;
    else bi += o.n;
  }
  // anchors: runs of two or more equal words, or a word both renderings start or end with
  // …or a word one of them starts (ends) with, as many words before (after) a long run in
  // both: the shorter quote begins inside the longer one with a word changed ("No town
  // will be forgotten…" in "…this week. No village will be forgotten…")
  // (a lone function word, "to", "we", anchors nothing)
  const substituted = (r: [number, number, number], o: [number, number, number] | undefined) => !!o && o[2] >= 2 && o[0] - r[0] === o[1] - r[1] && Math.abs(o[0] - r[0]) - (o[0] > r[0] ? r[2] : o[2]) <= 3 && (r[2] >= 2 || !FUNCTION_WORDS.has(a[r[0]].w));
  const anchors = runs.filter(
    (r, i) =>
      r[2] >= 2 ||
      (r[0] === 0 && r[1] === 0) ||
      (r[0] + r[2] === a.length && r[1] + r[2] === b.length) ||
      ((r[0] === 0 || r[1] === 0) && substituted(r, runs[i + 1])) ||
      ((r[0] + r[2] === a.length || r[1] + r[2] === b.length) && substituted(r, runs[i - 1])),
  );
  if (!anchors.length) return undefined;
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  const inside = runs.filter((r) => r[0] >= first[0] && r[0] <= last[0]);
  // a one-word match between two changes belongs to the change ("X the Y" for "P the Q")
  const kept = inside.filter((r, i) => r[2] >= 2 || i === 0 || i === inside.length - 1 || anchors.includes(r));
  const equal = inside.reduce((n, r) => n + r[2], 0);
  const spanA = last[0] + last[2] - first[0];
  const spanB = last[1] + last[2] - first[1];
  const changes: QuoteChange[] = [];
  const ta = pa.q.tokens ?? [];
  const tb = pb.q.tokens ?? [];
  const only = (g: FoldedWord[], w: string) => g.length > 0 && g.every((x) => x.w === w);
  const marks = (g: FoldedWord[]) => g.some((x) => x.w === ELLIPSIS || x.w === EDITORIAL);
  /** Words ga (of a) and gb (of b) differ between equal words at a[pa0]/b[pb0] (before) and a[pa1]/b[pb1] (after). */
  const change = (ga: FoldedWord[], gb: FoldedWord[], pa0: number, pb0: number, pa1: number, pb1: number) => {
    if (!ga.length && !gb.length) return;
    // an ellipsis or the writer's bracketed words standing for the other side's words
    if (only(ga, ELLIPSIS) || only(gb, ELLIPSIS) || only(ga, EDITORIAL) || only(gb, EDITORIAL)) return;
    if ((ga.some((x) => x.w === ELLIPSIS) && !gb.length) || (gb.some((x) => x.w === ELLIPSIS) && !ga.length)) return;
    const range = (g: FoldedWord[], at: number, words: FoldedWord[]) =>
      g.length ? { from: g[0].i, to: g[g.length - 1].i + 1 } : { from: words[at]?.i ?? words.length, to: words[at]?.i ?? words.length };
    const ra = range(ga, pa1, a);
    const rb = range(gb, pb1, b);
    const kind = ga.length && gb.length ? "changed" : ga.length ? "dropped" : "added";
    const ch: QuoteChange = {
      a: ra,
      b: rb,
      aWords: ta.slice(ra.from, ra.to).map((t) => t.text),
      bWords: tb.slice(rb.from, rb.to).map((t) => t.text),
      kind,
      aText: around(pa.q, ta, a[pa0]?.i, ra, a[pa1]?.i),
      bText: around(pb.q, tb, b[pb0]?.i, rb, b[pb1]?.i),
      aBefore: ta[a[pa0]?.i]?.text,
      aAfter: ta[a[pa1]?.i]?.text,
      bBefore: tb[b[pb0]?.i]?.text,
      bAfter: tb[b[pb1]?.i]?.text,
    };
    // a whole sentence cut from one side: the words before the cut end a sentence, and so does the cut
    const cut = kind === "dropped" ? { p: pa, t: ta, r: ra } : kind === "added" ? { p: pb, t: tb, r: rb } : undefined;
    if (cut && cut.r.to - cut.r.from >= 3 && endsSentence(cut.p.q, cut.t, cut.r.from - 1) && endsSentence(cut.p.q, cut.t, cut.r.to - 1)) ch.sentence = true;
    changes.push(ch);
  };
  // both renderings start or end with a few different words: a change, not an excerpt
  // (an excerpt leaves words out on one side only); only after a long shared run, so two
  // statements that merely begin alike ("We will rebuild every home/road") stay apart
  const EDGE = equal >= 6 ? 3 : 0;
  const headA = a.slice(0, first[0]);
  const headB = b.slice(0, first[1]);
  if (headA.length && headB.length && headA.length <= EDGE && headB.length <= EDGE && !marks(headA) && !marks(headB)) change(headA, headB, -1, -1, first[0], first[1]);
  for (let k = 0; k + 1 < kept.length; k++) {
    const [a0, b0, n0] = kept[k];
    const [a1, b1] = kept[k + 1];
    change(a.slice(a0 + n0, a1), b.slice(b0 + n0, b1), a0 + n0 - 1, b0 + n0 - 1, a1, b1);
  }
  const tailA = a.slice(last[0] + last[2]);
  const tailB = b.slice(last[1] + last[2]);
  if (tailA.length && tailB.length && tailA.length <= EDGE && tailB.length <= EDGE && !marks(tailA) && !marks(tailB))
    change(tailA, tailB, last[0] + last[2] - 1, last[1] + last[2] - 1, a.length, b.length);
  // "Our drivers are tired, not careless" (the whole quote) against "…tired, not lazy.
  // They have held…": the same sentence ending in other words, the longer quote going on
  // (a phrase quoted inside a sentence, "called it 'the largest rise in more than two
  // decades'", may end where the other's clause does: "…in more than a decade, and it comes…")
  else if (equal >= 4 && tailA.length && tailB.length && !marks(tailA) && !marks(tailB)) {
    const at = (short: FoldedWord[], long: FoldedWord[], q: QuoteMention, t: QuoteToken[], partial: boolean) =>
      short.length <= 2 ? long.slice(0, 3).findIndex((w) => endsSentence(q, t, w.i) || (partial && endsClause(q, t, w.i))) + 1 : 0;
    const kb = at(tailA, tailB, pb.q, tb, !!pa.q.partial);
    const ka = kb ? 0 : at(tailB, tailA, pa.q, ta, !!pb.q.partial);
    if (kb && kb < tailB.length && Math.abs(kb - tailA.length) <= 1) change(tailA, tailB.slice(0, kb), last[0] + last[2] - 1, last[1] + last[2] - 1, a.length, last[1] + last[2] + kb);
    else if (ka && ka < tailA.length && Math.abs(ka - tailB.length) <= 1) change(tailA.slice(0, ka), tailB, last[0] + last[2] - 1, last[1] + last[2] - 1, last[0] + last[2] + ka, b.length);
    // "…dehydration, which we had not expected this early in the year." against "…dehydration,
    // which we expected given the heat": a sentence's worth of words, then each quote ends that
    // same sentence its own way (mid-sentence, no new sentence in either ending)
    // (two quotes of one source that open alike are two remarks: "We will make sure every
    // patient is seen within a week" / "We will make sure every patient can see a GP")
    else if (equal >= 8 && !pa.q.partial && !pb.q.partial && pa.q.span.source !== pb.q.span.source && tailA.length <= 12 && tailB.length <= 12) {
      const [la, lb] = [a[last[0] + last[2] - 1].i, b[last[1] + last[2] - 1].i];
      const oneSentence = (tail: FoldedWord[], q: QuoteMention, t: readonly QuoteToken[]) => tail.every((w, n) => n === tail.length - 1 || !endsSentence(q, t, w.i));
      if (!endsClause(pa.q, ta, la) && !endsClause(pb.q, tb, lb) && oneSentence(tailA, pa.q, ta) && oneSentence(tailB, pb.q, tb)) {
        // (split at the words the endings still share: "had not | expected | this early …")
        let [a0, b0] = [last[0] + last[2], last[1] + last[2]];
        for (const r of runs)
          if (r[0] >= a0 && r[1] >= b0) {
            change(a.slice(a0, r[0]), b.slice(b0, r[1]), a0 - 1, b0 - 1, r[0], r[1]);
            [a0, b0] = [r[0] + r[2], r[1] + r[2]];
          }
        change(a.slice(a0), b.slice(b0), a0 - 1, b0 - 1, a.length, b.length);
      }
    }
  }
  const realA = a.length - countMarks(a);
  const realB = b.length - countMarks(b);
  const contained = !changes.length && (equal >= realA || equal >= realB);
  return { a: pa.q, b: pb.q, equal, spanA, spanB, wordsA: realA, wordsB: realB, changes, contained };
}

function countMarks(words: FoldedWord[]): number {
  return words.filter((w) => w.w === ELLIPSIS || w.w === EDITORIAL).length;
}

/** Same quotation: enough equal words, and they make up most of the shared part. */
export function sameQuotation(p: QuotePair): boolean {
  const span = Math.max(p.spanA, p.spanB);
  if (p.equal < 4 || p.equal < 0.6 * span) return false;
  // a phrase two statements share ("firms that are still building new roads") is no quotation
  // they share: the shared words must be half the shorter quote, or a sentence's worth (eight)
  if (p.equal < 8 && p.equal < 0.5 * Math.min(p.wordsA, p.wordsB)) return false;
  // a long rewritten passage is another statement, not a changed quote
  return p.changes.every((c) => c.sentence || Math.max(c.a.to - c.a.from, c.b.to - c.b.from) <= 6);
}

/** All pairs of quotes (across and within sources) that render the same quotation. */
export function alignQuotes(quotes: readonly QuoteMention[], rules: Rules): QuotePair[] {
  const prepared = prepare(quotes, rules);
  const index = new Map<string, number[]>();
  prepared.forEach((p, qi) => {
    if (!comparable(p)) return;
    const seen = new Set<string>();
    for (let i = 0; i + GRAM <= p.words.length; i++) {
      const g = p.words.slice(i, i + GRAM).map((w) => w.w);
      if (g.includes(ELLIPSIS) || g.includes(EDITORIAL)) continue;
      const key = g.join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(qi);
    }
  });
  // candidates share at least two trigrams (one, for a quote with a single trigram)
  const grams = prepared.map((p) => Math.max(0, p.words.length - GRAM + 1));
  const shared = new Map<number, Map<number, number>>();
  for (const list of index.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x], list[y]];
        let m = shared.get(i);
        if (!m) shared.set(i, (m = new Map()));
        m.set(j, (m.get(j) ?? 0) + 1);
      }
  }
  const candidates = new Map<number, number[]>();
  for (const [i, m] of shared) candidates.set(i, [...m].filter(([j, n]) => n >= Math.min(2, grams[i], grams[j])).map(([j]) => j));
  // short quotes with a word changed in the middle may share no trigram ("We are not claiming
  // success" / "We are nowhere near claiming success"): those that begin and end with the same
  // two words are candidates too
  const ends = new Map<string, number[]>();
  prepared.forEach((p, qi) => {
    const w = p.words.map((x) => x.w);
    if (!comparable(p) || w.length < 4 || w.length > SHORT_QUOTE || w.includes(ELLIPSIS) || w.includes(EDITORIAL)) return;
    const key = `${w[0]} ${w[1]}|${w[w.length - 2]} ${w[w.length - 1]}`;
    (ends.get(key) ?? ends.set(key, []).get(key)!).push(qi);
  });
  for (const list of ends.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    // (across sources only: one source may quote two remarks alike, "We are devastated for the
    // families" and "We are praying for the families")
    for (let x = 0; x < list.length; x++) {
      const l = candidates.get(list[x]) ?? candidates.set(list[x], []).get(list[x])!;
      for (let y = x + 1; y < list.length; y++) if (!l.includes(list[y]) && prepared[list[x]].q.span.source !== prepared[list[y]].q.span.source) l.push(list[y]);
    }
  }
  const out: QuotePair[] = [];
  for (const [i, js] of [...candidates].sort((x, y) => x[0] - y[0]))
    for (const j of js.sort((x, y) => x - y)) {
      const a = prepared[i];
      const b = prepared[j];
      // two pieces of one interrupted quote never overlap; the same span is the same quote
      if (a.q.span.source === b.q.span.source && a.q.span.start < b.q.span.end && b.q.span.start < a.q.span.end) continue;
      const pair = compareQuotes(a, b);
      if (pair && sameQuotation(pair)) out.push(pair);
    }
  return out;
}

export type { Prepared as PreparedQuote };
