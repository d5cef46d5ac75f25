// extract/quotes: Source → QuoteMention[]. Quoted words in straight or curly marks, full
// sentences and partial quotes, quotes running over several paragraphs, each with its exact
// span, its words as tokens, and its speaker.
//
// The span covers the quoted words WITHOUT the quote marks and without a trailing comma,
// semicolon or colon inside the marks ("We are ready," → `We are ready`); a closing period
// or question mark inside the marks is kept. A quote over several paragraphs spans from its
// first word to its last (the paragraph break and the re-opening mark between them are
// inside the span) and lists each paragraph's piece in `parts`; its words come from the
// parts only. Quotes of one to three words are flagged `scare` (terms, titles, slogans)
// and never compared. A quote inside a quote belongs to the outer one.
import type { QuoteMention, QuoteToken, Source } from "../types.js";
import type { Rules } from "../rules/types.js";
import { splitSentences, type Range } from "../text/sentences.js";
import { tokenize } from "../text/tokens.js";
import { headlineRange, isCrosshead } from "../text/lines.js";
import { findQuotes, type RawQuote } from "./quotes/marks.js";
import { quoteTokens } from "./quotes/words.js";
import { findPeople, strongPeople, type PersonMention } from "./quotes/people.js";
import { chunkChars, pieces } from "./chunks.js";
import { creditLine, speakerAfter, speakerBefore, speakerContext, spanOf, type Speaker } from "./quotes/speaker.js";

interface Item {
  raw: RawQuote;
  parts: { start: number; end: number }[];
  tokens: QuoteToken[];
  /** Offset just after the closing mark (or the end of the last part). */
  after: number;
  speaker?: Speaker;
  paragraph: number;
}

function trimPart(text: string, p: { start: number; end: number }): { start: number; end: number } {
  let a = p.start;
  let b = p.end;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /[\s,;:]/.test(text[b - 1])) b--;
  return { start: a, end: b };
}

/** Paragraphs of the body: runs of text between blank lines. */
function paragraphs(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  const re = /\n[ \t\r]*\n\s*/g;
  re.lastIndex = start;
  let s = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    if (m.index > s) out.push({ start: s, end: m.index });
    s = m.index + m[0].length;
  }
  if (end > s) out.push({ start: s, end });
  return out;
}

/**
 * The text with quoted words blanked out (length kept), so sentences are split on the
 * writer's punctuation only; a quote's closing . ? or ! stays as a period.
 */
function masked(text: string, quotes: RawQuote[]): string {
  if (!quotes.length) return text;
  // the UTF-16 code units as UTF-16LE bytes (low byte first whatever the platform), turned
  // back into a string natively: every code unit is kept, lone surrogates too
  const n = text.length;
  const buf = Buffer.allocUnsafeSlow(n * 2);
  buf.write(text, 0, "utf16le");
  const put = (i: number, c: number) => {
    buf[2 * i] = c;
    buf[2 * i + 1] = 0;
  };
  for (const q of quotes) {
    for (const p of q.parts) for (let i = Math.max(0, p.start); i < p.end && i < n; i++) if (text.charCodeAt(i) !== 0x0a) put(i, 0x78); // "x"
    const last = q.parts[q.parts.length - 1];
    const t = text.slice(last.start, last.end).trimEnd();
    if (q.close >= 0 && /[.!?…]$/.test(t)) put(last.start + t.length - 1, 0x2e); // "."
  }
  return buf.toString("utf16le");
}

/**
 * Quotes of one source. `known` holds the keys of people named in the other sources of the
 * story (see `storyPeople`), so a bare surname here can stand for them.
 */
export function extractQuotes(source: Source, rules: Rules, sourceIndex = 0, known?: ReadonlySet<string>): QuoteMention[] {
  const text = source.text;
  const sp = rules.speech;
  const raw = findQuotes(text, source.body.start, text.length).filter((q) => q.depth === 0);
  const paras = paragraphs(text, source.body.start, text.length);
  const paraOf = (pos: number) => {
    let lo = 0;
    let hi = paras.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paras[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const items: Item[] = [];
  for (const q of raw) {
    const parts = q.parts.map((p) => trimPart(text, p)).filter((p) => p.end > p.start);
    if (!parts.length) continue;
    const tokens = parts.flatMap((p) => quoteTokens(text, p.start, p.end, sp));
    if (!tokens.some((t) => !t.ellipsis)) continue;
    const lastPart = q.parts[q.parts.length - 1];
    items.push({ raw: q, parts, tokens, after: q.close >= 0 ? q.close + 1 : lastPart.end, paragraph: paraOf(q.open) });
  }
  // the people the source names, and where quoted words stand
  const ranges = raw.flatMap((q) => q.parts).sort((a, b) => a.start - b.start);
  const inQuote = (o: number) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid].end <= o) lo = mid + 1;
      else if (ranges[mid].start > o) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const people = findPeople(source, rules, inQuote, known);
  const ctx = speakerContext(source, rules, people);
  const mtext = masked(text, raw);
  const sentences = paras.flatMap((p) => splitSentences(mtext, p.start, p.end));
  const sentenceAt = (pos: number): Range => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= pos) lo = mid + 1;
      else if (sentences[mid].start > pos) hi = mid - 1;
      else return sentences[mid];
    }
    return { start: pos, end: pos };
  };

  items.forEach((it, n) => {
    const prev = items[n - 1];
    const next = items[n + 1];
    const open = it.raw.open;
    const s1 = sentenceAt(open);
    const s2 = sentenceAt(Math.max(open, it.after - 1));
    const beforeFrom = Math.max(s1.start, prev && prev.after <= open ? prev.after : s1.start, paras[it.paragraph].start);
    const paraEnd = paras[paraOf(Math.max(open, it.after - 1))].end;
    let afterTo = Math.min(s2.end, next ? next.raw.open : s2.end, paraEnd);
    // "Who is offered shelter?" Corvin asked. — the question mark ended the sentence
    const lastPart = it.parts[it.parts.length - 1];
    if (/[?!]$/.test(text.slice(lastPart.start, lastPart.end))) {
      let p = it.after;
      while (p < paraEnd && /\s/.test(text[p])) p++;
      if (p < paraEnd) afterTo = Math.min(Math.max(afterTo, sentenceAt(p).end), next ? next.raw.open : paraEnd, paraEnd);
    }
    it.speaker = speakerAfter(ctx, it.after, Math.max(it.after, afterTo)) ?? speakerBefore(ctx, beforeFrom, open);
    // "X said:" closing the paragraph before
    if (!it.speaker && !tokenize(text, beforeFrom, open).length && it.paragraph > 0) {
      const p = paras[it.paragraph - 1];
      if (/:\s*$/.test(text.slice(p.start, p.end))) {
        const s = sentenceAt(p.end - 1);
        it.speaker = speakerBefore(ctx, s.start, p.end);
      }
    }
    it.speaker ??= creditLine(ctx, it.after);
  });
  // a quote with no cue of its own goes on with the speaker of the quote before it
  items.forEach((it, n) => {
    if (it.speaker || n === 0) return;
    const prev = items[n - 1];
    if (!prev.speaker?.key) return;
    const para = paras[it.paragraph];
    const onlyQuote = tokenize(text, para.start, para.end).every((t) => inQuote(t.start));
    // someone else taking the floor in between ("Y disagreed.") ends the run
    const other = people.some((m) => m.subject && !m.inQuote && m.start >= prev.after && m.end <= it.raw.open && m.key !== prev.speaker!.key);
    if (!other && (prev.paragraph === it.paragraph || (prev.paragraph === it.paragraph - 1 && onlyQuote)))
      it.speaker = { ...prev.speaker, via: "context", cue: prev.speaker.cue };
  });

  const longest = new Map<string, string>();
  for (const p of people) if (!p.inQuote && p.name.length > (longest.get(p.key)?.length ?? 0)) longest.set(p.key, p.name);

  const headline = headlineRange(source);
  return items.map((it, n) => {
    const first = it.parts[0];
    const last = it.parts[it.parts.length - 1];
    const span = spanOf(source, { start: first.start, end: last.end });
    const words = it.tokens.map((t) => t.text);
    const m: QuoteMention = { kind: "quote", span, words, tokens: it.tokens, sourceIndex, id: `S${sourceIndex}:QT${n + 1}` };
    if (it.parts.length > 1) m.parts = it.parts.map((p) => spanOf(source, p));
    if (words.filter((_, i) => !it.tokens[i].ellipsis).length <= rules.speech.scareMaxWords) m.scare = true;
    if (it.raw.close < 0) m.unclosed = true;
    if ((headline && span.start >= headline.start && span.end <= headline.end) || isCrosshead(text, span.start)) m.headline = true;
    const s1 = sentenceAt(it.raw.open);
    if (tokenize(text, Math.max(s1.start, it.raw.open - 400), it.raw.open).some((t) => t.start >= s1.start) && !/[:,]\s*$/.test(text.slice(s1.start, it.raw.open)))
      m.partial = true;
    const sp = it.speaker;
    if (sp) {
      if (sp.name) m.speaker = sp.name;
      if (sp.key) {
        m.speakerKey = sp.key;
        const full = longest.get(sp.key);
        if (full && full !== sp.name) m.speakerFull = full;
      }
      if (sp.nameSpan && sp.key) m.speakerSpan = spanOf(source, sp.nameSpan);
      m.cue = spanOf(source, sp.cue);
      m.speakerVia = sp.via;
    }
    return m;
  });
}

/** Keys of the people named (with a title, a given name or a speech verb) in any of the sources. */
export function storyPeople(sources: Source[], rules: Rules, pieceChars = chunkChars()): Set<string> {
  return new Set(sources.flatMap((s) => pieces(s, pieceChars).flatMap((p) => strongPeople(p.source, rules))));
}

export type { PersonMention };
