// Dated events: a date with an event word right next to it ("published today", "takes
// effect Nov. 1", "was found guilty earlier this month", "Thursday's verdict"). Two
// sources dating the same event differently is a time-scope finding.
import type { Source, Span, TimeMention, TimeScope } from "../types.js";
import type { Rules } from "../rules/types.js";
import { tokenize, type Token } from "../text/tokens.js";
import { splitSentences } from "../text/sentences.js";
import { findQuotes } from "./quotes/marks.js";
import { lre } from "../text/letters.js";

export interface EventMention {
  /** Event group key (first word of its group in rules/time.yaml). */
  event: string;
  /** The event word(s) as written. */
  trigger: Span;
  /** The date expression. */
  date: Span;
  scope: TimeScope;
  /**
   * The sentence around the event: its words align events across sources. The comparison
   * tokenizes it again rather than each event holding the tokens (about 2 KB an event).
   */
  sentence: Span;
  /** The date is relative ("this week") and inside quoted words: counted from when they were said. */
  quotedRelative?: boolean;
}

interface EventLexicon {
  keyOf: Map<string, string>;
  maxWords: number;
}
const lexicons = new WeakMap<Rules, EventLexicon>();

function lexicon(rules: Rules): EventLexicon {
  const hit = lexicons.get(rules);
  if (hit) return hit;
  const keyOf = new Map<string, string>();
  let maxWords = 1;
  for (const g of rules.time.events)
    for (const w of g) {
      keyOf.set(w.toLowerCase(), g[0].toLowerCase());
      maxWords = Math.max(maxWords, w.split(" ").length);
    }
  const lex = { keyOf, maxWords };
  lexicons.set(rules, lex);
  return lex;
}

const GAP_WORDS = /^(?:on|in|was|were|is|are|be|been|will|earlier|late|early)$/;
/** Between an event verb and its date: a named object, an agent with "by", then little words. */
const OBJECT_AGENT_GAP = lre(/^[ \u00a0]+(?:\p{Lu}[\p{L}'’.-]*[ \u00a0]+){0,3}(?:by[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?(?:[\p{L}-]+[ \u00a0]+){1,3}?)?(?:(?:on|in|at)[ \u00a0]+)?$/u);

/** A date counted from the day it is said ("this week", "yesterday", "earlier this month"). */
const RELATIVE = /^(?:(?:so far|earlier|later)[ \u00a0]+)?(?:this|last|next|past|previous|prior|the[ \u00a0]+(?:previous|prior|past))[ \u00a0]|^(?:yesterday|today|tonight|tomorrow)$/i;

/** Whether an offset lies inside quoted words of its paragraph (the quote reader's own ranges). */
function insideQuote(text: string, at: number): boolean {
  // (the paragraph, but no more of it than a long quote runs either side: a source that is one
  // endless paragraph is read in linear time)
  const from = Math.max(text.lastIndexOf("\n\n", at), at - 3000, 0);
  const next = text.indexOf("\n\n", at);
  const to = Math.min(next < 0 ? text.length : next, at + 3000);
  return findQuotes(text, from, to).some((q) => q.parts.some((p) => p.start <= at && at < p.end));
}

export function extractEvents(source: Source, times: TimeMention[], rules: Rules): EventMention[] {
  const lex = lexicon(rules);
  const text = source.text;
  const out: EventMention[] = [];
  const dated = times.filter((t) => t.scope && !t.baseline && (t.role === "date" || t.role === "weekday" || t.role === "period" || t.role === "year") && !/^P[-+]/.test(t.scope.start));
  if (!dated.length) return out;
  // dated times in order of start: each sentence looks only at those starting inside it
  const byStart = [...dated].sort((a, b) => a.span.start - b.span.start);
  const inOrder = byStart.every((t, k) => t === dated[k]);
  let first = 0;
  for (const s of splitSentences(text, source.body.start, text.length)) {
    while (first < byStart.length && byStart[first].span.start < s.start) first++;
    let last = first;
    while (last < byStart.length && byStart[last].span.start <= s.end) last++;
    const inSentence = inOrder ? byStart.slice(first, last).filter((t) => t.span.end <= s.end) : dated.filter((t) => t.span.start >= s.start && t.span.end <= s.end);
    if (!inSentence.length) continue;
    const tokens = tokenize(text, s.start, s.end);
    const triggerAt = (i: number): { key: string; len: number } | undefined => {
      for (let n = Math.min(lex.maxWords, tokens.length - i); n >= 1; n--) {
        const key = lex.keyOf.get(tokens.slice(i, i + n).map((t) => t.lower.replace(/['’]s$/, "")).join(" "));
        if (key) return { key, len: n };
      }
      return undefined;
    };
    for (const t of inSentence) {
      const before = tokens.filter((x) => x.end <= t.span.start);
      const after = tokens.filter((x) => x.start >= t.span.end);
      let found: { key: string; from: Token; to: Token } | undefined;
      // the event word before the date, with only little words between ("published on Saturday")
      for (let k = before.length - 1, n = 0; k >= 0 && n < 3 && !found; k--, n++) {
        if (/[,;:()]/.test(text.slice(before[k].end, k + 1 < before.length ? before[k + 1].start : t.span.start))) break;
        for (let back = 0; back < lex.maxWords && k - back >= 0; back++) {
          const i = tokens.indexOf(before[k - back]);
          const tr = triggerAt(i);
          // before the date only a verb dates the event ("published on Saturday"); a noun there
          // is usually dated by another verb ("claimed victory in the election early Wednesday")
          const verbish = tokens.slice(i, i + (tr?.len ?? 1)).some((x) => /(?:ed|en)$|^(?:takes|take|took|goes|go|went|kicks|starts|begins|opens|open|closes|close|shut|launches|appears|effective|guilty|built|born)$/.test(x.lower));
          if (tr && verbish && i + tr.len - 1 === tokens.indexOf(before[k])) {
            found = { key: tr.key, from: tokens[i], to: before[k] };
            break;
          }
        }
        if (!found && !GAP_WORDS.test(before[k].lower)) break;
      }
      // the event verb, its object (a name) and its agent ("by a federal jury") before the date:
      // "convicted Dunmore on April 9", "was convicted by a federal jury earlier this month"
      for (let k = before.length - 1, n = 0; k >= 0 && n < 9 && !found; k--, n++) {
        const i = tokens.indexOf(before[k]);
        const tr = triggerAt(i);
        if (!tr || i + tr.len - 1 >= tokens.indexOf(before[before.length - 1]) + 1) continue;
        const gap = text.slice(tokens[i + tr.len - 1].end, t.span.start);
        if (/[,;:()]/.test(gap) || !/(?:ed|en)$/.test(tokens[i + tr.len - 1].lower)) continue;
        if (OBJECT_AGENT_GAP.test(gap)) found = { key: tr.key, from: tokens[i], to: tokens[i + tr.len - 1] };
      }
      // or right after it as a possessive ("Thursday's verdict")
      if (!found && after.length && /^['’]s[ \u00a0]+$/.test(text.slice(t.span.end, after[0].start))) {
        const i = tokens.indexOf(after[0]);
        const tr = triggerAt(i);
        if (tr) found = { key: tr.key, from: tokens[i], to: tokens[i + tr.len - 1] };
      }
      if (!found) continue;
      // "The grant announced this week is a start," she said: a date counted from the day the
      // words were spoken, which a later source quoting them does not move (event-date.ts)
      const quotedRelative = (t.role === "weekday" || RELATIVE.test(t.span.text)) && insideQuote(text, t.span.start);
      const span = (a: number, b: number): Span => ({ source: source.path, start: a, end: b, text: text.slice(a, b) });
      out.push({
        event: found.key,
        trigger: span(found.from.start, found.to.end),
        date: t.span,
        scope: t.scope!,
        sentence: span(s.start, s.end),
        ...(quotedRelative ? { quotedRelative } : {}),
      });
    }
  }
  return out;
}
