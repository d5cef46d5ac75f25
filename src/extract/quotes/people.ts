// The people a source names, as far as quote attribution needs them: each mention's name
// as written, its surname key, the title words around it, whether it stands where a
// sentence's subject stands, and whether it sits inside a quote. Pronouns and role
// references ("the secretary of state said") are resolved against this list.
// (A small, self-contained finder; src/extract/entities.ts is the full entity extractor.)
import type { Source } from "../../types.js";
import type { Rules } from "../../rules/types.js";
import { tokenize, type Token } from "../../text/tokens.js";
import { fold, personKey, POSTNOMINALS } from "../../normalize/person-key.js";
import { isPlaceName, peopleLexicon } from "../entities.js";
import { lre } from "../../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^[\p{Lu}.]{2,}(?:['’]s)?$/u);
const LETTERS_RE_2 = lre(/^\p{Lu}\.?$/u);
const LETTERS_RE_3 = lre(/^['’](?![\p{L}])/u);
const LETTERS_RE_4 = lre(/^\p{Lu}$/u);
const LETTERS_RE_5 = lre(/^\p{Lu}\p{Ll}{3,}ing$/u);

export interface PersonMention {
  /** Span of the name (titles excluded). */
  start: number;
  end: number;
  name: string;
  key: string;
  /** Folded title words around the mention ("secretary", "of", "state"). */
  title: string[];
  /** Where a subject stands: at a sentence or clause start, or next to a speech verb. */
  subject: boolean;
  inQuote: boolean;
  /** Named outright here (a title, a given name, an appositive, a full name by a speech verb). */
  named?: boolean;
}

export interface Lexicon {
  /** role phrase (folded) → role group key; shared with the entity extractor */
  roles: Map<string, string>;
  maxRoleWords: number;
  ranks: Set<string>;
  orgWords: Set<string>;
  placeNouns: Set<string>;
  notNames: Set<string>;
  givenNames: Set<string>;
  abbreviations: Set<string>;
  particles: Set<string>;
  /** speech verb phrases, folded, as word arrays */
  verbs: string[][];
  /** the one-word speech verbs */
  singleVerbs: Set<string>;
  according: string[][];
  pronouns: Set<string>;
  /** Forms of address (plain) and the title words (plain) of whom they stand for. */
  addressForms: Map<string, Set<string>>;
  definite: Set<string>;
  indefinite: Set<string>;
  clauseStarts: Set<string>;
  asides: Set<string>;
  relatives: Set<string>;
  conjunctions: Set<string>;
  functionWords: Set<string>;
  auxiliaries: Set<string>;
  placeCues: Set<string>;
  /** The first words of the role phrases, speech verbs and "according to" phrases: a phrase can start only at one of them. */
  roleStarts: Set<string>;
  verbStarts: Set<string>;
  accordingStarts: Set<string>;
}

const plainCache = new Map<string, string>();
const plain = (s: string) => {
  let p = plainCache.get(s);
  if (p === undefined) {
    p = fold(s).replace(/’/g, "'").replace(/\./g, "").replace(/'s$/, "");
    if (plainCache.size >= 50000) plainCache.clear();
    plainCache.set(s, p);
  }
  return p;
};
const lexicons = new WeakMap<Rules, Lexicon>();

export function lexiconOf(rules: Rules): Lexicon {
  let lex = lexicons.get(rules);
  if (lex) return lex;
  // roles, ranks, organisation words, given names: the same lexicon the entity extractor uses
  const people = peopleLexicon(rules);
  const set = (xs: string[]) => new Set(xs.map(plain));
  const phrases = (xs: string[]) => xs.map((v) => plain(v).split(/\s+/)).sort((a, b) => b.length - a.length);
  const sp = rules.speech;
  lex = {
    roles: people.roleOf,
    maxRoleWords: people.maxRoleWords,
    ranks: people.ranks,
    orgWords: people.orgWords,
    placeNouns: people.placeNouns,
    notNames: people.notNames,
    givenNames: people.givenNames,
    abbreviations: set(sp.abbreviations),
    particles: set(sp.nameParticles),
    verbs: phrases(sp.verbs),
    singleVerbs: new Set(phrases(sp.verbs).filter((v) => v.length === 1).map((v) => v[0])),
    according: phrases(sp.according),
    pronouns: set(sp.pronouns),
    addressForms: new Map(Object.entries(sp.addressForms).map(([k, v]) => [plain(k), set(v)])),
    definite: set(sp.definite),
    indefinite: set(sp.indefinite),
    clauseStarts: set(sp.clauseStarts),
    asides: set(sp.asides),
    relatives: set(sp.relatives),
    conjunctions: set(sp.conjunctions),
    functionWords: set(sp.functionWords),
    auxiliaries: set(sp.auxiliaries),
    placeCues: set(sp.placeCues),
    roleStarts: new Set([...people.roleOf.keys()].map((k) => k.split(" ")[0])),
    verbStarts: new Set(phrases(sp.verbs).map((v) => v[0])),
    accordingStarts: new Set(phrases(sp.according).map((v) => v[0])),
  };
  lexicons.set(rules, lex);
  return lex;
}

const UPPER_FIRST = lre(/^\p{Lu}/u);

/** First letter upper-case; ASCII answered from the char code (most words, and this runs on every token). */
export const isCap = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_FIRST.test(t.text);
};
const isAcronym = (t: Token) => LETTERS_RE_1.test(t.text) && !LETTERS_RE_2.test(t.text);
const isPossessive = (t: Token, text: string) => /['’]s$/.test(t.text) || (/s$/.test(t.text) && LETTERS_RE_3.test(text.slice(t.end, t.end + 2)));

/** Length of the speech verb phrase starting at token i, or 0. */
export function verbAt(tokens: Token[], i: number, lex: Lexicon): number {
  if (!tokens[i] || !lex.verbStarts.has(plain(tokens[i].text))) return 0;
  for (const v of lex.verbs) if (v.every((w, k) => tokens[i + k] && plain(tokens[i + k].text) === w)) return v.length;
  return 0;
}

export function accordingAt(tokens: Token[], i: number, lex: Lexicon): number {
  if (!tokens[i] || !lex.accordingStarts.has(plain(tokens[i].text))) return 0;
  for (const v of lex.according) if (v.every((w, k) => tokens[i + k] && plain(tokens[i + k].text) === w)) return v.length;
  return 0;
}

/** Role phrase at token i: its group and length in tokens. */
export function roleAt(tokens: Token[], i: number, lex: Lexicon): { group: string; len: number } | undefined {
  if (!tokens[i] || !lex.roleStarts.has(plain(tokens[i].text))) return undefined;
  for (let n = Math.min(lex.maxRoleWords, tokens.length - i); n >= 1; n--) {
    const phrase = tokens
      .slice(i, i + n)
      .map((t) => plain(t.text))
      .join(" ");
    const g = lex.roles.get(phrase);
    if (g !== undefined) return { group: g, len: n };
  }
  return undefined;
}

/** True when only spaces (or an abbreviation's period) separate two tokens of one name. */
function joined(text: string, a: Token, b: Token, lex: Lexicon): boolean {
  const gap = text.slice(a.end, b.start);
  if (/^[ \t\u00a0]+$/.test(gap) || gap === "\n") return true;
  // a plural possessive inside a name or title: "the Riders’ Forum group", "Growers' Union"
  if (/^['’][ \t\u00a0]+$/.test(gap)) return /s$/i.test(a.text);
  if (/^\.[ \t\u00a0]+$/.test(gap)) return isCap(a) && (LETTERS_RE_4.test(a.text) || lex.abbreviations.has(plain(a.text)));
  return false;
}

/** A title word: a role, a rank, an organisation word, an honorific or a word never a name. */
function titleish(t: Token, lex: Lexicon): boolean {
  const w = plain(t.text);
  return lex.roles.has(w) || lex.ranks.has(w) || lex.orgWords.has(w) || lex.notNames.has(w) || lex.abbreviations.has(w) || isAcronym(t) || w === "of";
}

/** Is the gap before token i a sentence or clause boundary? */
function boundaryBefore(text: string, tokens: Token[], i: number, floor: number): boolean {
  const prevEnd = i > 0 ? tokens[i - 1].end : floor;
  const gap = text.slice(prevEnd, tokens[i].start);
  return i === 0 || /[.!?;:,(“"‘—–\n]/.test(gap);
}

const lowerSeen = new WeakMap<object, Map<string, boolean>>();
function lowerElsewhere(text: string, from: number, word: string, source?: object): boolean {
  // asked for the same word again and again in a long source: remember the answers
  const memo = source ? (lowerSeen.get(source) ?? lowerSeen.set(source, new Map()).get(source)!) : undefined;
  const key = `${from}\u0001${word}`;
  const hit = memo?.get(key);
  if (hit !== undefined) return hit;
  const r = lowerElsewhereScan(text, from, word);
  memo?.set(key, r);
  return r;
}
/**
 * Whether the lower-cased word stands in text[from..] as a word of its own (no letter just
 * before or after, as /(?<!\p{L})word(?!\p{L})/u on that slice): a plain search, where a
 * regular expression per word cost a compilation each and a copy of the rest of the text.
 */
function lowerElsewhereScan(text: string, from: number, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  for (let i = text.indexOf(lower, from); i >= 0; i = text.indexOf(lower, i + 1)) {
    if (i > from && LETTER.test(codePointBefore(text, i, from))) continue;
    const after = text.codePointAt(i + lower.length);
    if (after !== undefined && LETTER.test(String.fromCodePoint(after))) continue;
    return true;
  }
  return false;
}
const LETTER = lre(/^\p{L}$/u);

/** The code point that ends at i, not reaching before `floor`. */
function codePointBefore(text: string, i: number, floor: number): string {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= floor) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}


/**
 * Finds the people named in a source. `inQuote(offset)` tells whether an offset is inside
 * quoted words (names there are never antecedents of a pronoun outside). `known` holds the
 * keys of people named elsewhere in the story: a bare surname in this source ("Fenwick was
 * close to tears") is that person.
 */
export function findPeople(source: Source, rules: Rules, inQuote: (offset: number) => boolean, known: ReadonlySet<string> = new Set()): PersonMention[] {
  const lex = lexiconOf(rules);
  // the scan does not depend on inQuote or known: a source is scanned once (storyPeople, then its quotes)
  const perRules = scans.get(rules) ?? scans.set(rules, new WeakMap()).get(rules)!;
  let scan = perRules.get(source);
  if (!scan || scan.text !== source.text) perRules.set(source, (scan = { text: source.text, ...scanPeople(source, lex) }));
  const { places } = scan;
  const found = scan.found;
  const quoted = found.map((f) => inQuote(f.start));
  // a weak mention counts when its surname is a person named strongly elsewhere in the source
  // (outside quotes) or in the story
  const strongOut = new Set<string>();
  const strongAny = new Set<string>();
  found.forEach((f, n) => {
    if (!f.strong) return;
    strongAny.add(f.key);
    if (!quoted[n]) strongOut.add(f.key);
  });
  // one pass, each kept mention built once (called twice per source: storyPeople, then quotes)
  const out: PersonMention[] = [];
  found.forEach((f, n) => {
    const q = quoted[n];
    if (!(f.strong || strongOut.has(f.key) || (known.has(f.key) && !(f.single && places.has(f.key))) || (strongAny.has(f.key) && q))) return;
    if (!f.key || lex.notNames.has(f.key)) return;
    const m: PersonMention = { start: f.start, end: f.end, name: f.name, key: f.key, title: [...f.title], subject: f.subject, inQuote: q };
    if (f.evidence) m.named = true;
    out.push(m);
  });
  return out;
}

type Scanned = PersonMention & { strong: boolean; single: boolean; evidence: boolean };
const scans = new WeakMap<Rules, WeakMap<Source, { text: string; found: Scanned[]; places: Set<string> }>>();

/** Above this many characters a source is scanned in pieces (the tokens of 50 MB do not fit in memory at once). */
const SCAN_PIECE = 1_000_000;

/**
 * Where a long body may be cut for scanning: after a sentence's closing . ! or ? and a blank
 * line, before a capital — no name, title or appositive runs across such a break.
 */
function scanPieces(text: string, start: number): [number, number][] {
  if (text.length - start <= SCAN_PIECE) return [[start, text.length]];
  const out: [number, number][] = [];
  const cut = lre(/[.!?]\n[ \t]*\n\s*(?=\p{Lu})/gu);
  let from = start;
  while (text.length - from > SCAN_PIECE) {
    cut.lastIndex = from + SCAN_PIECE;
    const m = cut.exec(text);
    if (!m) break;
    out.push([from, m.index + m[0].length]);
    from = m.index + m[0].length;
  }
  out.push([from, text.length]);
  return out;
}

function scanPeople(source: Source, lex: Lexicon): { found: Scanned[]; places: Set<string> } {
  const text = source.text;
  const found: (PersonMention & { strong: boolean; single: boolean; evidence: boolean })[] = [];
  const places = placeWords(text, source.body.start, lex);
  for (const [from, to] of scanPieces(text, source.body.start)) scanPiece(source, lex, tokenize(text, from, to), places, found);
  return { found, places };
}

function scanPiece(source: Source, lex: Lexicon, tokens: Token[], places: Set<string>, found: Scanned[]): void {
  const text = source.text;
  const roleOrOrg = (t: Token) => {
    const w = plain(t.text);
    return lex.roles.has(w) || lex.orgWords.has(w) || lex.ranks.has(w);
  };
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i])) {
      i++;
      continue;
    }
    // a capitalised run, with particles inside names ("de la") and "of" inside titles
    // ("Secretary of State Ivo Merrow", not "Nora Blythe of District 9")
    let j = i + 1;
    while (j < tokens.length && joined(text, tokens[j - 1], tokens[j], lex) && !isPossessive(tokens[j - 1], text)) {
      if (isCap(tokens[j])) j++;
      else if (
        (lex.particles.has(tokens[j].lower) || ((tokens[j].lower === "of" || (tokens[j].lower === "for" && tokens.slice(i, j).some((t) => lex.roles.has(plain(t.text))))) && tokens.slice(i, j).some(roleOrOrg))) &&
        tokens[j + 1] &&
        isCap(tokens[j + 1]) &&
        joined(text, tokens[j], tokens[j + 1], lex)
      )
        j += 2;
      else break;
    }
    const from = i;
    const to = j;
    i = j;
    // "Riverside coach Thea Quill": a capitalised word before a lower-case role is a title
    if (to < tokens.length && !isCap(tokens[to]) && joined(text, tokens[to - 1], tokens[to], lex)) {
      const r = roleAt(tokens, to, lex);
      if (r && tokens[to + r.len] && isCap(tokens[to + r.len]) && joined(text, tokens[to + r.len - 1], tokens[to + r.len], lex)) continue;
    }
    // title words, then the name: the tokens after the last title word
    let nameFrom = from;
    // ("Ana Roe KC": letters after the name are not part of it, nor a title)
    const nameTo = to - 1 > from && POSTNOMINALS.has(plain(tokens[to - 1].text)) ? to - 1 : to;
    for (let k = from; k < nameTo; k++) if (titleish(tokens[k], lex)) nameFrom = k + 1;
    // a participle opening the sentence is no given name, and its object no subject: "Addressing
    // Roe directly, he said" (he is not Roe)
    const participle = nameFrom === from && to - from >= 2 && LETTERS_RE_5.test(tokens[from].text) && !lex.givenNames.has(plain(tokens[from].text)) && boundaryBefore(text, tokens, from, 0);
    if (participle) nameFrom = from + 1;
    // "Secretary of State Eva Bergstrom": a given name starts the name
    const g = tokens.slice(nameFrom, to - 1).findIndex((t) => lex.givenNames.has(plain(t.text)));
    if (g > 0 && nameFrom > from) nameFrom += g;
    // "Secretary of Labor Jane Roe": the word after "of" completes the title; "Minister for
    // Tertiary Education Ana Roe": a portfolio of two words, the name its last two
    else if (nameFrom > from && (tokens[nameFrom - 1].lower === "of" || tokens[nameFrom - 1].lower === "for") && to - nameFrom >= 3) nameFrom = tokens[nameFrom - 1].lower === "for" && to - nameFrom >= 4 ? to - 2 : nameFrom + 1;
    // a surname that is also a title word ("Police Chief Robert King"): the given name starts it
    if (nameFrom >= to) {
      let gi = to - 1;
      while (gi > from && !lex.givenNames.has(plain(tokens[gi].text))) gi--;
      if (gi > from && gi < to - 1) nameFrom = gi;
    }
    if (nameFrom >= to) continue;
    // "Ana Roe, Chief Pharmacist, said": a rank and one word set off by commas after a name is that
    // name's title, not a person called Pharmacist
    if (
      to - nameFrom === 1 &&
      nameFrom > from &&
      tokens.slice(from, nameFrom).every((t) => lex.ranks.has(plain(t.text))) &&
      from > 1 &&
      // (a full name before the comma: "On Monday, Captain Ivey, who…" names Ivey)
      [tokens[from - 2], tokens[from - 1]].every((t) => isCap(t) && !lex.notNames.has(plain(t.text)) && !lex.ranks.has(plain(t.text)) && !lex.roles.has(plain(t.text))) &&
      joined(text, tokens[from - 2], tokens[from - 1], lex) &&
      /^,\s+$/.test(text.slice(tokens[from - 1].end, tokens[from].start)) &&
      to < tokens.length &&
      /^,\s+$/.test(text.slice(tokens[to - 1].end, tokens[to].start))
    )
      continue;
    // "The Minister for Emergency Management, Ana Roe, said": a portfolio alone names nobody
    if (nameFrom > from && tokens[nameFrom - 1].lower === "for" && to - nameFrom <= 2) continue;
    // "at the launch in Valbury, the Minister of …, Ana Roe, said": a bare run right after "in",
    // "across"… is a place, whatever appositive follows it
    if (nameFrom === from && from > 0 && lex.placeCues.has(tokens[from - 1].lower) && /^[ \u00a0]+$/.test(text.slice(tokens[from - 1].end, tokens[from].start)) && !isPossessive(tokens[to - 1], text)) continue;
    // "Chief Medical Officer of Glenholm Therapeutics": what follows "of" is a body, not a person
    if (nameFrom > from && tokens[nameFrom - 1].lower === "of") continue;
    const nameToks = tokens.slice(nameFrom, nameTo);
    if (nameToks.length > 5 || nameToks.some((t) => /\d/.test(t.text) || lex.orgWords.has(plain(t.text)) || isAcronym(t))) continue;
    if (isPlaceName(nameToks, lex)) continue;
    const possessive = isPossessive(nameToks[nameToks.length - 1], text);
    // title words: inside the run, lower-case roles and ranks just before it, an appositive after
    const title: string[] = tokens.slice(from, nameFrom).map((t) => plain(t.text));
    let k = from - 1;
    let hasRole = tokens.slice(from, nameFrom).some((_, n) => !!roleAt(tokens, from + n, lex));
    for (let n = 0; k >= 0 && n < 5 && joined(text, tokens[k], tokens[k + 1], lex); k--, n++) {
      // a role phrase ending here ("council member", "spokesperson"), a rank, or a capitalised word
      let len = 0;
      for (let l = Math.min(lex.maxRoleWords, k + 1); l >= 1 && !len; l--) if (roleAt(tokens, k - l + 1, lex)?.len === l) len = l;
      const w = plain(tokens[k].text);
      if (len) {
        title.unshift(...tokens.slice(k - len + 1, k + 1).map((t) => plain(t.text)));
        hasRole = true;
        k -= len - 1;
      } else if (lex.ranks.has(w) || (isCap(tokens[k]) && !lex.notNames.has(w))) title.unshift(w);
      else break;
    }
    const extStart = k + 1;
    const last = to - 1;
    // "The mayor, Ana Roe, said" / "the town's mayor, Ana Roe, who…": a role set off by
    // commas right before the name is its title
    if (!hasRole && extStart === from && from > 0 && to < tokens.length && /^,\s+$/.test(text.slice(tokens[from - 1].end, tokens[from].start)) && /^,\s+$/.test(text.slice(tokens[last].end, tokens[to].start)))
      for (let l = Math.min(lex.maxRoleWords, from); l >= 1; l--)
        if (roleAt(tokens, from - l, lex)?.len === l) {
          title.unshift(...tokens.slice(from - l, from).map((t) => plain(t.text)));
          hasRole = true;
          break;
        }
    // an appositive holding a role: "Eva Bergstrom, the U.N. resident coordinator, said"
    let appositive: string[] = [];
    let after = to;
    if (!possessive && to < tokens.length && /^,\s+$/.test(text.slice(tokens[last].end, tokens[to].start))) {
      let m = to + 1;
      while (m < tokens.length && m < to + 20 && joined(text, tokens[m - 1], tokens[m], lex)) m++;
      const words = tokens.slice(to, m);
      const relative = lex.relatives.has(words[0].lower);
      if (!relative && words.length <= 10 && words.some((_, n) => !!roleAt(words, n, lex))) appositive = words.map((t) => plain(t.text));
      if (m < tokens.length && /^,\s+$/.test(text.slice(tokens[m - 1].end, tokens[m].start))) after = m;
    }
    // "Ada Brill of the campaign group Riders’ Forum said": the verb past a phrase of place or body
    else if (!possessive && to < tokens.length && /^\s+$/.test(text.slice(tokens[last].end, tokens[to].start)) && /^(?:of|at|from)$/.test(tokens[to].lower)) {
      let m = to + 1;
      while (m < tokens.length && m < to + 10 && joined(text, tokens[m - 1], tokens[m], lex) && !verbAt(tokens, m, lex)) m++;
      if (m < tokens.length && m > to + 1 && joined(text, tokens[m - 1], tokens[m], lex) && verbAt(tokens, m, lex) > 0) after = m;
    }
    // speech next to it: "Novak said", "X, the ..., said", "…,” said Sofia Drummond", "according to Smith"
    // "Simon Harris said" / "…, Simon Harris, said" (a name set off by commas), not "from Aldermoor, told"
    const gapAfter = to < tokens.length ? text.slice(tokens[last].end, tokens[to].start) : "";
    const setOff = extStart > 0 && /,\s*$/.test(text.slice(tokens[extStart - 1].end, tokens[extStart].start));
    const verbAfter =
      !possessive &&
      ((to < tokens.length && (/^\s+$/.test(gapAfter) || (setOff && /^,\s+$/.test(gapAfter))) && verbAt(tokens, to, lex) > 0) ||
        (after > to && verbAt(tokens, after, lex) > 0));
    // ("…, said Corvex had been warned": a name followed by its own verb opens reported speech)
    const clauseAfter = to < tokens.length && /^\s+$/.test(text.slice(tokens[to - 1].end, tokens[to].start)) && lex.auxiliaries.has(tokens[to].lower);
    const inverted =
      extStart > 1 &&
      !clauseAfter &&
      /^\s+$/.test(text.slice(tokens[extStart - 1].end, tokens[extStart].start)) &&
      lex.singleVerbs.has(plain(tokens[extStart - 1].text)) &&
      /[,"”’']/.test(text.slice(tokens[extStart - 2].end, tokens[extStart - 1].start));
    const according = extStart > 1 && accordingAt(tokens, extStart - 2, lex) === 2;
    const prevVerb = inverted || according;
    const given = lex.givenNames.has(plain(nameToks[0].text)) && nameToks.length >= 2;
    const atSentenceStart = extStart === from && (from === 0 || /[.!?\n]\s*["“”'‘’]?\s*$/.test(text.slice(tokens[from - 1].end, tokens[from].start)));
    // "Officials said": a common word at the start of a sentence (written lower-case elsewhere)
    const common = nameToks.length === 1 && atSentenceStart && lowerElsewhere(text, source.body.start, nameToks[0].text, source);
    // "Ruritania said": a single word the source also puts after "in", "across"... is a place
    const place = nameToks.length === 1 && places.has(nameToks[0].lower);
    const strong = hasRole || appositive.length > 0 || given || ((verbAfter || prevVerb) && !common && !place);
    const nameEnd = possessive ? nameToks[nameToks.length - 1].start + nameToks[nameToks.length - 1].text.replace(/['’]s$/, "").length : nameToks[nameToks.length - 1].end;
    const name = text.slice(nameToks[0].start, nameEnd);
    const prevWord = extStart > 0 ? tokens[extStart - 1].lower : "";
    // the word after the name (past an appositive or relative clause): a lower-case word that
    // is not a function word is most likely the name's verb ("Ines Tavares, who…, voted")
    let nextAt = to;
    if (to < tokens.length && /^,\s+$/.test(text.slice(tokens[last].end, tokens[to].start))) {
      let m = to + 1;
      while (m < tokens.length && m < to + 16 && !/[,.;:!?]/.test(text.slice(tokens[m - 1].end, tokens[m].start))) m++;
      nextAt = m < tokens.length && /^,\s+$/.test(text.slice(tokens[m - 1].end, tokens[m].start)) ? m : -1;
    } else if (to < tokens.length && !/^\s+$/.test(text.slice(tokens[last].end, tokens[to].start))) nextAt = -1;
    const next = nextAt >= 0 ? tokens[nextAt] : undefined;
    const verbLike = !!next && !isCap(next) && !lex.functionWords.has(next.lower) && !/^\d/.test(next.text);
    const subject =
      !possessive && !participle && (verbAfter || prevVerb || boundaryBefore(text, tokens, extStart, source.body.start) || lex.conjunctions.has(prevWord) || verbLike);
    found.push({
      start: nameToks[0].start,
      end: nameEnd,
      name,
      key: personKey(name),
      title: [...title, ...appositive],
      subject,
      inQuote: false, // set per call (findPeople)
      strong,
      single: nameToks.length === 1,
      // evidence enough to name a person for the whole story (not a bare word next to "said")
      evidence: hasRole || appositive.length > 0 || given || (strong && nameToks.length >= 2),
    });
  }
}

/** Keys of the people a source names outright: with a title, a given name, an appositive, or in full next to a speech verb. */
export function strongPeople(source: Source, rules: Rules): string[] {
  return findPeople(source, rules, () => false)
    .filter((m) => m.named)
    .map((m) => m.key);
}

/** Capitalised words the source puts after "in", "across"...: places. */
function placeWords(text: string, from: number, lex: Lexicon): Set<string> {
  const out = new Set<string>();
  if (!lex.placeCues.size) return out;
  const re = lre(/(?<![\p{L}])(\p{Ll}+)[ \t]+(\p{Lu}[\p{L}'’-]*)/gu);
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) if (lex.placeCues.has(m[1])) out.add(m[2].toLowerCase().replace(/['’]s$/, ""));
  return out;
}
