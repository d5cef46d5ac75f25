// Who said a quote. In the order tried:
//   1. the words after the closing mark: "…," said X / "…," X said / "…," according to X
//   2. the words before the opening mark in the same sentence: X said (that) "…" / X told Y, "…"
//      / As X put it: "…" / According to X, "…"
//   3. a credit line under the quote: "— Name, Title"
//   4. the quote before it in the same paragraph (or the paragraph before, for a paragraph that
//      is only a quote): the same speaker goes on
// A speaker phrase is a name (a person the source names), a pronoun (he, she, they: the
// nearest preceding named person, preferring one standing as a subject), a definite role
// ("the U.S. secretary of state": the person the source gave that title) or something else
// ("a ward chair", "his campaign manager", "the ministry"): then the speaker stays unknown.
import type { Source, Span, SpeakerVia } from "../../types.js";
import type { Rules } from "../../rules/types.js";
import { tokenize, type Token } from "../../text/tokens.js";
import { fold, personKey } from "../../normalize/person-key.js";
import { accordingAt, lexiconOf, roleAt, verbAt, type Lexicon, type PersonMention } from "./people.js";
import { lre } from "../../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^\p{Lu}/u);
const LETTERS_RE_2 = lre(/^\p{Lu}$/u);

export interface Speaker {
  via: SpeakerVia;
  /** The speaker as written, when named (or the words used, when unknown). */
  name?: string;
  key?: string;
  /** Where the name stands (the antecedent for a pronoun or role). */
  nameSpan?: { start: number; end: number };
  /** The attributing words (the pronoun, the role phrase, the name in the cue). */
  cue: { start: number; end: number };
}

export interface SpeakerContext {
  source: Source;
  rules: Rules;
  lex: Lexicon;
  people: PersonMention[];
}

/** The people inside [a, b], in order: by bisection when the list is in order of start (it is, as found). */
const ordered = new WeakMap<PersonMention[], boolean>();
function peopleWithin(people: PersonMention[], a: number, b: number): PersonMention[] {
  let sorted = ordered.get(people);
  if (sorted === undefined) ordered.set(people, (sorted = people.every((m, k) => !k || people[k - 1].start <= m.start)));
  if (!sorted) return people.filter((m) => m.start >= a && m.end <= b);
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid].start >= a) hi = mid;
    else lo = mid + 1;
  }
  const out: PersonMention[] = [];
  for (let k = lo; k < people.length && people[k].start <= b; k++) if (people[k].end <= b) out.push(people[k]);
  return out;
}

export function speakerContext(source: Source, rules: Rules, people: PersonMention[]): SpeakerContext {
  return { source, rules, lex: lexiconOf(rules), people };
}

const plain = (s: string) => fold(s).replace(/’/g, "'").replace(/\./g, "");

/** An abbreviation or initial whose period does not end a sentence ("U.S.", "Dr.", "J."). */
function abbreviation(ctx: SpeakerContext, t: Token): boolean {
  return LETTERS_RE_1.test(t.text) && (LETTERS_RE_2.test(t.text) || ctx.lex.abbreviations.has(plain(t.text)));
}

/** Splits tokens at commas (and dashes) between them. */
function segments(text: string, toks: Token[]): Token[][] {
  const out: Token[][] = [[]];
  toks.forEach((t, i) => {
    if (i > 0 && /[,;—–()]/.test(text.slice(toks[i - 1].end, t.start))) out.push([]);
    out[out.length - 1].push(t);
  });
  return out.filter((s) => s.length);
}

/**
 * The nearest preceding person outside quotes, preferring one standing as a subject in the
 * paragraph of the nearest (a person introduced on a paragraph of their own, "Next up:
 * Councillor Ana Roe (Greens).", is whom the next paragraph's "she says" means, not a
 * subject of an earlier paragraph).
 */
export function resolvePronoun(ctx: SpeakerContext, pos: number): PersonMention | undefined {
  const before = ctx.people.filter((m) => !m.inQuote && m.end <= pos && pos - m.start < 3000);
  if (!before.length) return undefined;
  const last = before[before.length - 1];
  const text = ctx.source.text;
  const breakAt = Math.max(text.lastIndexOf("\n\n", last.start), text.lastIndexOf("\n\r\n", last.start));
  const paragraphStart = breakAt < 0 ? 0 : breakAt;
  // the pronoun's own paragraph and the nearest person's: a subject there wins
  for (let i = before.length - 1; i >= 0 && before[i].start >= paragraphStart; i--) if (before[i].subject) return before[i];
  // no subject there: the nearest person when a line break lies between it and the pronoun
  // (it was introduced on a line of its own); within one paragraph, a subject before it
  if (text.slice(last.end, pos).includes("\n")) return last;
  for (let i = before.length - 1; i >= 0; i--) if (before[i].subject) return before[i];
  return last;
}

/** The person the source gave the role named in `words` ("the foreign secretary"). */
export function resolveRole(ctx: SpeakerContext, words: Token[], pos: number): PersonMention | undefined {
  const groups = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const r = roleAt(words, i, ctx.lex);
    if (r) {
      groups.add(r.group);
      i += r.len - 1;
    }
  }
  if (!groups.size) return undefined;
  const content = new Set(words.map((w) => plain(w.text)).filter((w) => !ctx.lex.definite.has(w) && w !== "of" && w !== "the"));
  // title words per person, gathered over every mention
  const titles = new Map<string, string[]>();
  for (const m of ctx.people) titles.set(m.key, [...(titles.get(m.key) ?? []), ...m.title]);
  let best: PersonMention | undefined;
  let bestScore = 0;
  for (const m of ctx.people) {
    if (m.inQuote || m.end > pos) continue;
    const t = titles.get(m.key) ?? [];
    const toks = t.map((w) => ({ text: w, lower: w, start: 0, end: 0 }));
    let match = false;
    for (let i = 0; i < toks.length && !match; i++) {
      const r = roleAt(toks, i, ctx.lex);
      if (r && groups.has(r.group)) match = true;
    }
    if (!match) continue;
    const score = 1 + t.filter((w) => content.has(w)).length;
    if (score >= bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

interface Parsed {
  kind: "name" | "pronoun" | "role" | "address" | "other";
  toks: Token[];
  person?: PersonMention;
}

/** Reads one speaker phrase: a name, a pronoun, a definite role, or something else. */
function parsePhrase(ctx: SpeakerContext, toks: Token[], preferLast: boolean): Parsed | undefined {
  if (!toks.length) return undefined;
  const a = toks[0].start;
  const b = toks[toks.length - 1].end;
  // (a form of address, "Her Honour", is no name whatever its capitals make it look like)
  if (toks.length <= 3 && ctx.lex.addressForms.has(toks.map((t) => plain(t.text)).join(" "))) return { kind: "address", toks };
  // "chief executive of Corvex Energy": a name after a role's "of", "at" or "for" is the body the
  // role belongs to, not a person speaking (unless a given name opens it)
  const inside = peopleWithin(ctx.people, a, b).filter((m) => {
    const before = ctx.source.text.slice(Math.max(a, m.start - 40), m.start);
    if (!/\b(?:of|at|for)[ \u00a0]+(?:the[ \u00a0]+)?$/i.test(before)) return true;
    const lead = toks.filter((t) => t.end <= m.start);
    return !lead.some((t, i) => !!roleAt(lead, i, ctx.lex)) || ctx.lex.givenNames.has(plain(ctx.source.text.slice(m.start, m.end).split(/[ \u00a0]+/)[0]));
  });
  if (inside.length) {
    // "Ada Brill of the campaign group Riders' Forum said": a name in a phrase
    // after another name ("of", "at", "from") describes it; the first is the subject
    let k = preferLast ? inside.length - 1 : 0;
    while (k > 0 && /^[\s,]*(?:of|at|from|for|with)\b/i.test(ctx.source.text.slice(inside[k - 1].end, inside[k].start))) k--;
    // "Harlow Dockers' Union secretary Ana Roe said": a name in the possessive owns the role of
    // the name after it, who speaks
    while (k + 1 < inside.length && /^['’]s?[ \u00a0]/.test(ctx.source.text.slice(inside[k].end, inside[k].end + 3))) k++;
    return { kind: "name", toks, person: inside[k] };
  }
  const first = plain(toks[0].text);
  if (toks.length === 1 && ctx.lex.pronouns.has(first)) return { kind: "pronoun", toks };
  if (ctx.lex.definite.has(first) && toks.length <= 12 && toks.some((_, i) => !!roleAt(toks, i, ctx.lex))) return { kind: "role", toks };
  return { kind: "other", toks };
}

function toSpeaker(ctx: SpeakerContext, p: Parsed, via: SpeakerVia = "name"): Speaker {
  const cue = { start: p.toks[0].start, end: p.toks[p.toks.length - 1].end };
  const text = ctx.source.text;
  if (p.kind === "name" && p.person)
    return { via, name: p.person.name, key: p.person.key, nameSpan: { start: p.person.start, end: p.person.end }, cue: { start: p.person.start, end: p.person.end } };
  if (p.kind === "pronoun") {
    const m = resolvePronoun(ctx, cue.start);
    return m ? { via: "pronoun", name: m.name, key: m.key, nameSpan: { start: m.start, end: m.end }, cue } : { via: "pronoun", name: text.slice(cue.start, cue.end), cue };
  }
  if (p.kind === "address") {
    // the nearest person named before (outside quotes) whose title fits the form of address
    const fits = ctx.lex.addressForms.get(p.toks.map((t) => plain(t.text)).join(" "))!;
    const m = ctx.people.filter((x) => !x.inQuote && x.end <= cue.start && cue.start - x.start < 3000 && x.title.some((w) => fits.has(plain(w)))).pop();
    return m ? { via: "pronoun", name: m.name, key: m.key, nameSpan: { start: m.start, end: m.end }, cue } : { via: "pronoun", name: text.slice(cue.start, cue.end), cue };
  }
  if (p.kind === "role") {
    const m = resolveRole(ctx, p.toks, cue.start);
    return m ? { via: "role", name: m.name, key: m.key, nameSpan: { start: m.start, end: m.end }, cue } : { via: "role", name: text.slice(cue.start, cue.end), cue };
  }
  return { via, name: text.slice(cue.start, cue.end), cue };
}

/** The phrase after a verb or "according to", up to a comma. */
function phraseAfter(text: string, toks: Token[], from: number): Token[] {
  const out: Token[] = [];
  for (let i = from; i < toks.length && out.length < 12; i++) {
    if (out.length && /[,;:—–()]/.test(text.slice(toks[i - 1].end, toks[i].start))) break;
    out.push(toks[i]);
  }
  return out;
}

/** 1. The words after the closing mark, up to the end of the sentence or the next quote. */
export function speakerAfter(ctx: SpeakerContext, start: number, end: number): Speaker | undefined {
  const text = ctx.source.text;
  const toks = tokenize(text, start, end);
  if (!toks.length || !/^[\s,;:—–-]*$/.test(text.slice(start, toks[0].start))) return undefined;
  const v = verbAt(toks, 0, ctx.lex);
  if (v) {
    const phrase = phraseAfter(text, toks, v);
    let p = parsePhrase(ctx, phrase, false);
    // "said her neighbour, Hal Jones": the name in the appositive after the role
    if (p && p.kind !== "name" && phrase.length) {
      const next = toks.indexOf(phrase[phrase.length - 1]) + 1;
      const q = next < toks.length ? parsePhrase(ctx, phraseAfter(text, toks, next), false) : undefined;
      if (q?.kind === "name" && /^,\s+$/.test(text.slice(toks[next - 1].end, toks[next].start))) p = q;
    }
    return p ? toSpeaker(ctx, p) : undefined;
  }
  const ac = accordingAt(toks, 0, ctx.lex);
  if (ac) {
    const p = parsePhrase(ctx, phraseAfter(text, toks, ac), false);
    return p ? toSpeaker(ctx, p, "according") : undefined;
  }
  // the subject first: "Novak said", "she said", "Mortensen, the state health officer, said"
  for (let i = 1; i < toks.length && i < 14; i++) {
    const gap = text.slice(toks[i - 1].end, toks[i].start);
    if (/[!?:;]/.test(gap) || (/\./.test(gap) && !abbreviation(ctx, toks[i - 1]))) break;
    if (!verbAt(toks, i, ctx.lex)) continue;
    const segs = segments(text, toks.slice(0, i));
    const parsed = segs.map((s) => parsePhrase(ctx, s, true)).filter((p): p is Parsed => !!p);
    const named = parsed.find((p) => p.kind === "name");
    const pronounOrRole = [...parsed].reverse().find((p) => p.kind === "pronoun" || p.kind === "role");
    const p = named ?? pronounOrRole ?? parsed[0];
    return p ? toSpeaker(ctx, p) : undefined;
  }
  return undefined;
}

/** 2. The words before the opening mark in the same sentence. */
export function speakerBefore(ctx: SpeakerContext, start: number, end: number): Speaker | undefined {
  const text = ctx.source.text;
  const toks = tokenize(text, start, end);
  if (!toks.length) return undefined;
  let verb = -1;
  for (let i = toks.length - 1; i >= 0 && verb < 0; i--) if (verbAt(toks, i, ctx.lex)) verb = i;
  let according = -1;
  for (let i = 0; i < toks.length; i++) if (accordingAt(toks, i, ctx.lex)) according = i;
  if (according >= 0 && according > verb) {
    const n = accordingAt(toks, according, ctx.lex);
    const p = parsePhrase(ctx, phraseAfter(text, toks, according + n), false);
    return p ? toSpeaker(ctx, p, "according") : undefined;
  }
  if (verb < 0) {
    // "Board chair Osric Brannock summed it up for the majority: “…”": the subject before a colon
    if (!/:\s*$/.test(text.slice(start, end))) return undefined;
    const m = ctx.people.find((p) => p.start >= start && p.end <= end && p.subject && !p.inQuote);
    return m ? { via: "name", name: m.name, key: m.key, nameSpan: { start: m.start, end: m.end }, cue: { start: m.start, end: m.end } } : undefined;
  }
  // the subject of the verb: walk back over appositives and relative clauses
  const segs = segments(text, toks.slice(0, verb));
  let fallback: Parsed | undefined;
  for (let k = segs.length - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const seg = segs[k];
    const first = seg[0].lower;
    if ((ctx.lex.relatives.has(first) || ctx.lex.asides.has(first)) && k > 0) continue;
    const p = parsePhrase(ctx, seg, true);
    if (!p) continue;
    // "Dan Roe, Chief Executive Officer of Harbour Freight Holdings, said": a segment that opens
    // with a title is an appositive, whatever name of a body it holds; the name before it speaks
    // (the body named after the title's "of", "at" or "for": "Standing beside Dan Roe, Mayor Ana
    // Vale said" names the mayor)
    const bodyAt = seg.findIndex((t) => /^(?:of|at|for)$/.test(t.lower));
    // (an article may open the title: "Dan Roe, the Chief Executive of …, said")
    const titleAt = /^(?:the|a|an)$/.test(seg[0].lower) && seg.length > 1 ? 1 : 0;
    if (p.kind === "name" && n === 0 && k > 0 && roleAt(seg, titleAt, ctx.lex) && bodyAt > titleAt && !!p.person && p.person.start > seg[bodyAt].start) {
      const prev = parsePhrase(ctx, segs[k - 1], true);
      const closes = !!prev?.person && prev.person.end >= segs[k - 1][segs[k - 1].length - 1].end;
      if (prev?.kind === "name" && closes) return toSpeaker(ctx, prev);
    }
    // a name in the possessive owns something in the clause ("at St Kelvan's Hospital"): the
    // speaker is the name before it, when one closes the segment before
    if (p.kind === "name" && n === 0 && k > 0 && !!p.person && /^['’]s\b/.test(text.slice(p.person.end, p.person.end + 3))) {
      const prev = parsePhrase(ctx, segs[k - 1], true);
      const closes = !!prev?.person && prev.person.end >= segs[k - 1][segs[k - 1].length - 1].end;
      if (prev?.kind === "name" && closes) return toSpeaker(ctx, prev);
    }
    if (p.kind === "name" || p.kind === "pronoun") {
      // a pronoun or name deep inside a long clause is not the verb's subject
      if (p.kind === "pronoun" || n === 0 || seg.length <= 8) return toSpeaker(ctx, p);
    }
    // an appositive without a name ("the state health officer"): the name may come before it
    if (ctx.lex.clauseStarts.has(first) && k > 0) {
      fallback ??= p;
      continue;
    }
    // "Ana Roe, Chief Financial Officer of Corvex, said" / "Ana Roe, presenting the results,
    // said": an appositive or participle set off after a name that opens its segment
    if (n === 0 && k > 0) {
      const prev = parsePhrase(ctx, segs[k - 1], true);
      const lead = prev?.person ? segs[k - 1].filter((t) => t.end <= prev.person!.start) : [];
      // (the name closes its segment: "Roe's counsel, Ana Lind KC, told…" names the counsel)
      const closes = !!prev?.person && prev.person.end >= segs[k - 1][segs[k - 1].length - 1].end;
      if (prev?.kind === "name" && closes && lead.every((t) => LETTERS_RE_1.test(t.text) || !!roleAt(lead, lead.indexOf(t), ctx.lex) || ctx.lex.ranks.has(t.lower))) return toSpeaker(ctx, prev);
    }
    if (n === 0) {
      // the segment right before the verb is its subject, whatever it is: "Officials said"
      const last = seg.slice(-6);
      const q = parsePhrase(ctx, last, true);
      return q ? toSpeaker(ctx, q) : undefined;
    }
    break;
  }
  return fallback ? toSpeaker(ctx, fallback) : undefined;
}

/** 3. A credit line under the quote: "— Imre Torres, President – Ruritania". */
export function creditLine(ctx: SpeakerContext, after: number): Speaker | undefined {
  const text = ctx.source.text;
  const m = /^[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*/.exec(text.slice(after, after + 40));
  if (!m) return undefined;
  const lineStart = after + m[0].length;
  const lineEnd = text.indexOf("\n", lineStart) >>> 0;
  const line = text.slice(lineStart, Math.min(lineEnd, text.length));
  const mark = [...ctx.rules.speech.creditMarks].sort((a, b) => b.length - a.length).find((k) => line.startsWith(k));
  if (!mark) return undefined;
  const rest = line.slice(mark.length);
  const lead = /^\s*/.exec(rest)![0].length;
  const nameMatch = /^[^,;(\n]+?(?=\s*(?:,|;|\(|\s[–—-]\s|$))/.exec(rest.slice(lead));
  if (!nameMatch) return undefined;
  const name = nameMatch[0].trim();
  const words = name.split(/\s+/);
  if (words.length > 6 || !LETTERS_RE_1.test(name)) return undefined;
  const start = lineStart + mark.length + lead;
  const span = { start, end: start + name.length };
  return { via: "credit", name, key: personKey(name) || undefined, nameSpan: span, cue: span };
}

export function spanOf(source: Source, r: { start: number; end: number }): Span {
  return { source: source.path, start: r.start, end: r.end, text: source.text.slice(r.start, r.end) };
}
