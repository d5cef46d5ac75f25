// People and organisations with the titles attached to them. Capitalised runs are found
// token by token; a role word inside or just before a run ("Foreign Secretary", "State
// Department spokeswoman") splits a title from the name after it; appositives and credit
// lines (", the state health officer", "— Name, Title") attach titles after a name.
import type { EntityMention, Source, Span } from "../types.js";
import type { Rules } from "../rules/types.js";
import { splitSentences } from "../text/sentences.js";
import { tokenize, type Token } from "../text/tokens.js";
import { sharedWords } from "../text/intern.js";
import { fold, nameTokens, personKey } from "../normalize/person-key.js";
import { escapeRegExp } from "../text/regex.js";
import { compactLetters, lre } from "../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^\p{Lu}/u);
const LETTERS_RE_2 = lre(/(?:^|[^\p{L}])(?:\p{L}|\p{L}\.\p{L}|Lt|Gov|Sen|Rep|Gen|Col|Adm|Capt|Sgt|Dr|St|Mt|Jr|Sr|Dept|Asst|Atty|Supt|Cmdr|Maj|Pres|Prof|Rev|Hon)$/u);
const LETTERS_RE_3 = lre(/^([\p{L}.]+)-([\p{L}]+)$/u);
const LETTERS_RE_4 = lre(/^\p{Ll}/u);
const LETTERS_RE_5 = lre(/^\p{Ll}+$/u);
const LETTERS_RE_6 = lre(/[\p{L}\p{N}]$/u);
const LETTERS_RE_7 = lre(/(?:^|[^\p{L}])(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)[ \u00a0]$/u);

export interface PeopleLexicon {
  /** role phrase (folded, dots removed) → role key */
  roleOf: Map<string, string>;
  maxRoleWords: number;
  ranks: Set<string>;
  sameRank: Set<string>;
  bodyMembers: Set<string>;
  /** Office → the seats it goes with (null: any seat). */
  bodyOffices: Map<string, Set<string> | null>;
  statusRoles: Set<string>;
  vagueTitles: Set<string>;
  standingRoles: Set<string>;
  standingOfficeBodies: Set<string>;
  levelWords: Set<string>;
  presidingOffices: Set<string>;
  /** Each generic body's word → its group's first word ("factory" → "plant"). */
  genericBodies: Map<string, string>;
  pastRanks: Set<string>;
  postRanks: Set<string>;
  orgWords: Set<string>;
  placeNouns: Set<string>;
  notNames: Set<string>;
  honorifics: Set<string>;
  openers: Set<string>;
  givenNames: Set<string>;
}

const lexicons = new WeakMap<Rules, PeopleLexicon>();
const plainCache = new Map<string, string>();
const plain = (s: string) => {
  let p = plainCache.get(s);
  if (p === undefined) {
    p = fold(s).replace(/\./g, "").replace(/[’']s$/, "");
    if (plainCache.size >= 50000) plainCache.clear();
    plainCache.set(s, p);
  }
  return p;
};

export function peopleLexicon(rules: Rules): PeopleLexicon {
  const hit = lexicons.get(rules);
  if (hit) return hit;
  const p = rules.people;
  const roleOf = new Map<string, string>();
  let maxRoleWords = 1;
  for (const group of p.roles) {
    const key = plain(group[0]).replace(/\s+/g, "-");
    for (const r of group) {
      const w = plain(r);
      roleOf.set(w, key);
      // "vice chancellor" is written "vice-chancellor" too (one token), and "co-founder" "co founder"
      const other = w.includes(" ") ? w.replace(/ /g, "-") : w.includes("-") ? w.replace(/-/g, " ") : undefined;
      if (other && !roleOf.has(other)) roleOf.set(other, key);
      maxRoleWords = Math.max(maxRoleWords, w.split(" ").length, other?.split(" ").length ?? 1);
    }
  }
  const set = (xs: string[]) => new Set(xs.map(plain));
  const lex = {
    roleOf,
    maxRoleWords,
    ranks: set(p.ranks),
    sameRank: set(p.sameRank),
    bodyMembers: new Set(p.bodyMembers.map((w) => plain(w).replace(/\s+/g, "-"))),
    bodyOffices: new Map(p.bodyOffices.map((g) => (Array.isArray(g) ? [plain(g[0]!).replace(/\s+/g, "-"), new Set(g.slice(1).map((w) => plain(w).replace(/\s+/g, "-")))] : [plain(g).replace(/\s+/g, "-"), null]))),
    statusRoles: new Set(p.statusRoles.map((w) => plain(w).replace(/\s+/g, "-"))),
    vagueTitles: new Set(p.vagueTitles.map((w) => w.toLowerCase())),
    standingRoles: new Set(p.standingRoles.map((w) => plain(w).replace(/\s+/g, "-"))),
    standingOfficeBodies: new Set(p.standingOfficeBodies.map((w) => plain(w))),
    levelWords: set(p.levelWords),
    presidingOffices: new Set(p.presidingOffices.map((w) => plain(w).replace(/\s+/g, "-"))),
    genericBodies: new Map(p.genericBodies.flatMap((g) => (Array.isArray(g) ? g : [g]).map((w) => [plain(w), plain(Array.isArray(g) ? g[0] : g)] as [string, string]))),
    pastRanks: set(p.pastRanks),
    postRanks: set(p.postRanks),
    orgWords: set(p.orgWords),
    placeNouns: set(p.placeNouns),
    notNames: set(p.notNames),
    honorifics: set(p.honorifics),
    openers: set(p.openers),
    givenNames: set(p.givenNames),
  };
  lexicons.set(rules, lex);
  return lex;
}

const PARTICLES = new Set(["de", "del", "la", "las", "los", "van", "von", "der", "den", "da", "das", "do", "dos", "di", "du", "le", "bin", "ibn", "al", "el", "y", "of"]);
const SPEECH_AFTER = /^[\s,]*(?:said|says|told|tells|added|adds|wrote|writes|noted|argued|explained|announced|testified|tweeted|stated|insisted|warned|asked|replied|acknowledged|praised|thanked|met|spoke|speaking)\b/i;
// "…,” said X" / ", says X" / "according to X" (not "Corvin said Ruritania sees…")
const SPEECH_BEFORE = /(?:[,"”’][ \u00a0]*(?:said|says|added|asked)|\baccording to)[ \u00a0]+$/i;

const isCap = (t: Token) => LETTERS_RE_1.test(t.text);
// between words of one name or title: spaces, or the dot of an abbreviation ("U.S. Attorney", "Lt. Gov.")
const onlySpaces = (text: string, a: number, b: number) => /^[ \u00a0]*$/.test(text.slice(a, b)) || (/^\.[ \u00a0]+$/.test(text.slice(a, b)) && LETTERS_RE_2.test(text.slice(Math.max(0, a - 5), a)));

/** Role key of a phrase of 1..n words, or undefined. */
function roleAt(tokens: Token[], i: number, lex: PeopleLexicon): { key: string; len: number } | undefined {
  for (let n = Math.min(lex.maxRoleWords, tokens.length - i); n >= 1; n--) {
    const phrase = tokens.slice(i, i + n).map((t) => plain(t.text)).join(" ");
    const key = lex.roleOf.get(phrase);
    if (key) return { key, len: n };
  }
  // "vice-chair", "co-founder": a rank joined to its role by a hyphen
  const m = tokens[i]?.text.includes("-") ? LETTERS_RE_3.exec(tokens[i].text) : null;
  if (m && lex.ranks.has(plain(m[1]).replace(/\./g, ""))) {
    const key = lex.roleOf.get(plain(m[2]));
    if (key) return { key, len: 1 };
  }
  return undefined;
}

interface Run {
  from: number; // token index
  to: number; // exclusive
}

/** Capitalised runs: consecutive capitalised tokens separated only by spaces (particles allowed inside). */
function runsOf(tokens: Token[], text: string, lex: PeopleLexicon): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      // a possessive ends the run: "the Green Alliance's Marta Kovalenko" is the party's candidate,
      // "Ruritania's President" continues only as a title
      if (/['’]s$/i.test(tokens[j - 1].text)) break;
      // a plural possessive before an organisation word is inside the body's name ("the
      // Riverside Nurses' Union", "the Junior Doctors’ Association"), not the end of a person's
      if (!onlySpaces(text, tokens[j - 1].end, tokens[j].start)) {
        if (/[sS]$/.test(tokens[j - 1].text) && /^['’][ \u00a0]+$/.test(text.slice(tokens[j - 1].end, tokens[j].start)) && isCap(tokens[j]) && lex.orgWords.has(plain(tokens[j].text))) j++;
        else break;
      } else if (isCap(tokens[j])) j++;
      // "Ana Roe of Westford Police": a full name (a given name and a word after it) ends at
      // "of", and the body after it is no part of it ("Catherine of Aragon" keeps its "of")
      else if (tokens[j].lower === "of" && (fullNameBefore(tokens, i, j, lex) || twoNamesBeforeBody(tokens, i, j, lex))) break;
      else if (PARTICLES.has(tokens[j].lower) && tokens[j + 1] && isCap(tokens[j + 1]) && onlySpaces(text, tokens[j].end, tokens[j + 1].start)) j += 2;
      else break;
    }
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

/**
 * Whether the run's words from..to end in a full name: a given name with a word after it, or
 * a name after a role ("Inspector Ana Roe", "President Roe"; not "Secretary of").
 */
function fullNameBefore(tokens: Token[], from: number, to: number, lex: PeopleLexicon): boolean {
  if (tokens.slice(from, to - 1).some((t) => lex.givenNames.has(plain(t.text)))) return true;
  let roleEnd = -1;
  for (let k = from; k < to; k++) {
    const r = roleAt(tokens, k, lex);
    if (r) {
      roleEnd = k + r.len;
      k += r.len - 1;
    }
  }
  return roleEnd > from && to - roleEnd >= 1;
}

/**
 * "Ilse Tarrow of Northgate Sports Management", "Ana Roe of Westfield University": two
 * capitalised words, neither a body's word nor a role's, before "of" and a capitalised name are a
 * person's name and where the person works (a given name the rules do not list is still one;
 * "Bank of England", "Royal Society of Arts" name bodies).
 */
function twoNamesBeforeBody(tokens: Token[], from: number, at: number, lex: PeopleLexicon): boolean {
  while (from < at && lex.honorifics.has(plain(tokens[from].text))) from++;
  if (at - from !== 2 || !tokens[at + 1] || !isCap(tokens[at + 1])) return false;
  return tokens.slice(from, at).every((t) => t.text.length >= 2 && !lex.orgWords.has(plain(t.text)) && !lex.notNames.has(plain(t.text)) && !lex.roleOf.has(plain(t.text)) && !lex.placeNouns.has(plain(t.text)));
}

/** Capitalised words the source puts after "in", "to", "from"...: places, not people. */
function placeWords(text: string, from: number): Set<string> {
  const out = new Set<string>();
  const re = lre(/\b(?:in|to|from|into|across|throughout|near|at|toward|towards|via|of)[ \u00a0]+((?:\p{Lu}[\p{L}'’.-]*[ \u00a0]?){1,3})/gu);
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) for (const w of m[1].trim().split(/[ \u00a0]+/)) out.add(w.toLowerCase().replace(/[’']s$/, ""));
  return out;
}

/** A run ending in a place noun ("Mill Street") and not opening with a given name ("Andy Street"). */
export function isPlaceName(nameToks: readonly { text: string }[], lex: Pick<PeopleLexicon, "placeNouns" | "givenNames">): boolean {
  return nameToks.length >= 1 && lex.placeNouns.has(plain(nameToks[nameToks.length - 1].text)) && !lex.givenNames.has(plain(nameToks[0].text));
}

function span(source: Source, start: number, end: number): Span {
  return { source: source.path, start, end, text: source.text.slice(start, end) };
}

export interface TitledMention extends EntityMention {
  /** Span of the title words, when a title was found. */
  titleSpan?: Span;
  /** Folded name tokens, honorifics removed. */
  tokens: readonly string[];
  /** True when the name is a single given name used with a title ("Foreign Secretary Teodoro"). */
  givenOnly?: boolean;
}

/**
 * Extracts people and organisations with titles from one source. `known`: the surnames
 * (personKey) of the people the story names outright somewhere (extract/quotes storyPeople):
 * "Ana Ruiz" with no title or speech verb in one sentence is still a person when the story
 * names her elsewhere.
 */
export function extractEntities(source: Source, rules: Rules, known?: ReadonlySet<string>): TitledMention[] {
  const lex = peopleLexicon(rules);
  const text = source.text;
  const out: TitledMention[] = [];
  const places = placeWords(text, source.body.start);
  for (const sentence of splitSentences(text, source.body.start, text.length)) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    for (const run of runsOf(tokens, text, lex)) {
      const runTokens = tokens.slice(run.from, run.to);
      // organisation: a run holding an organisation word ("State Department", "Home Ministry")
      let nameFrom = run.from;
      let titleFrom: number | undefined;
      // the last role word that still leaves a name after it ("Police Chief Robert King")
      let lastRoleEnd = -1;
      for (let k = run.from; k < run.to; k++) {
        const r = roleAt(tokens, k, lex);
        if (r && k + r.len < run.to) {
          lastRoleEnd = k + r.len;
          k += r.len - 1;
        } else if (r && lastRoleEnd < 0 && k + r.len === run.to) lastRoleEnd = run.to;
      }
      const orgAt = runTokens.findIndex((t) => lex.orgWords.has(plain(t.text)));
      if (lastRoleEnd > run.from || lastRoleEnd === run.from) {
        if (lastRoleEnd >= run.to) {
          // a title with no name in the run: "State Department spokeswoman" continues below
          continue;
        }
        // a word that only opens the sentence is no part of the title ("Whatever Judge Roe decides")
        titleFrom = run.from;
        if (run.from === 0) while (titleFrom < lastRoleEnd - 1 && lex.openers.has(plain(tokens[titleFrom].text)) && !roleAt(tokens, titleFrom, lex)) titleFrom++;
        nameFrom = lastRoleEnd;
      } else if (orgAt >= 0) {
        let from = run.from;
        while (from < run.to - 1 && lex.notNames.has(plain(tokens[from].text))) from++;
        const s = tokens[from];
        const e = tokens[run.to - 1];
        if (!lex.notNames.has(plain(s.text)) || run.to - from > 1)
          out.push({ kind: "entity", span: span(source, s.start, e.end), type: "org", name: text.slice(s.start, e.end), entityId: `org:${fold(text.slice(s.start, e.end))}`, tokens: sharedWords([]) });
        continue;
      }
      // "Minister for Coastal Affairs Ana Roe": a run right after a role's "for" or "of"
      // opens with the portfolio; the name is its last two words (or from a given name on)
      // (a run of three is a portfolio of two words and a surname, or a body's name: nothing to take)
      if (titleFrom === undefined && run.to - run.from >= 4 && run.from >= 2 && /^(?:of|for)$/.test(tokens[run.from - 1].lower) && lex.roleOf.has(plain(tokens[run.from - 2].text)) && onlySpaces(text, tokens[run.from - 2].end, tokens[run.from - 1].start) && onlySpaces(text, tokens[run.from - 1].end, tokens[run.from].start)) {
        const g = tokens.slice(run.from + 1, run.to - 1).findIndex((t) => lex.givenNames.has(plain(t.text)));
        titleFrom = run.from - 2;
        nameFrom = g >= 0 ? run.from + 1 + g : run.to - 2;
      }
      // leading words that are not names ("The", "But", "Ruritanian")
      while (nameFrom < run.to && lex.notNames.has(plain(tokens[nameFrom].text))) nameFrom++;
      if (nameFrom >= run.to) continue;
      // a given name inside a longer run starts the name: "State Eva Bergstrom" → "Eva Bergstrom"
      if (titleFrom === undefined) {
        const g = tokens.slice(nameFrom, run.to).findIndex((t) => lex.givenNames.has(plain(t.text)));
        if (g > 0 && run.to - (nameFrom + g) <= 4) {
          titleFrom = nameFrom;
          nameFrom += g;
        }
      }
      // "Secretary of State Eva Bergstrom": "of State" belongs to the title
      while (titleFrom !== undefined && nameFrom < run.to - 1 && tokens[nameFrom].lower === "of") nameFrom += 2;
      if (titleFrom !== undefined) {
        const g = tokens.slice(nameFrom, run.to).findIndex((t) => lex.givenNames.has(plain(t.text)));
        if (g > 0) nameFrom += g;
      }
      // "Minister of Health Jane Roe": the word after a title's "of" is the title's
      // (a department), as long as a full name remains
      while (titleFrom !== undefined && nameFrom > run.from && nameFrom < run.to - 2 && tokens[nameFrom - 1].lower === "of") nameFrom++;
      const nameToks = tokens.slice(nameFrom, run.to);
      // a word the source uses as a place ("in Ruritania", "to Nueva Zembla") is not a person
      if (titleFrom === undefined && nameToks.every((t) => places.has(t.lower))) continue;
      if (nameToks.length > 5 || nameToks.some((t) => lex.orgWords.has(plain(t.text)) || /\d/.test(t.text))) continue;
      // "Mill Street", not "Andy Street": a place's name
      if (isPlaceName(nameToks, lex)) continue;
      // lower-case title words just before the run: "acting", "spokeswoman", "State Department spokeswoman"
      // "Chief executive Dr Ines Marlow": an honorific between the title and the name
      let titleTo = nameFrom;
      if (titleFrom === undefined) while (titleTo > run.from && lex.honorifics.has(plain(tokens[titleTo - 1].text))) titleTo--;
      let tStart = titleFrom ?? titleTo;
      for (let k = tStart - 1, n = 0; k >= 0 && n < 6; k--, n++) {
        if (!onlySpaces(text, tokens[k].end, tokens[k + 1].start)) break;
        const w = plain(tokens[k].text);
        // "led by the rescue service under Superintendent Ana Roe", "Under Chief Constable Ana Roe,
        // …": "under" is a rank only in "under secretary"; before another title it is a preposition
        if (w === "under" && plain(tokens[k + 1].text) !== "secretary") break;
        // "finance chief": a word that starts a role phrase with the title words after it
        const phrase = (n: number) => tokens.slice(k, k + n).map((t) => plain(t.text)).join(" ");
        const startsRole = [2, 3].some((n) => n <= lex.maxRoleWords && k + n <= titleTo && lex.roleOf.has(phrase(n)));
        // "Chief financial officer Ana Roe": a word inside a role phrase that starts a word or two earlier
        const inRole = [1, 2].some((d) => k - d >= 0 && [2, 3, 4].some((n) => n > d && n <= lex.maxRoleWords && k - d + n <= titleTo && lex.roleOf.has(tokens.slice(k - d, k - d + n).map((t) => plain(t.text)).join(" "))));
        // "head of strategy Ana Roe", "minister for transport Ana Roe": a role, "of"/"for", its field
        if (k >= 2 && (tokens[k - 1].lower === "of" || tokens[k - 1].lower === "for") && LETTERS_RE_4.test(tokens[k].text) && lex.roleOf.has(plain(tokens[k - 2].text)) && onlySpaces(text, tokens[k - 2].end, tokens[k - 1].start) && onlySpaces(text, tokens[k - 1].end, tokens[k].start)) {
          tStart = k - 2;
          k -= 2;
          n += 2;
          continue;
        }
        // "Chief provincial tax inspector": the level of government inside a title
        const level = lex.levelWords.has(w) && k + 1 < titleTo && tStart === k + 1;
        // "Chief investment officer Ana Roe", "deputy medical director": a field word between a
        // rank and the role it qualifies
        const field = tStart === k + 1 && k > 0 && LETTERS_RE_4.test(tokens[k].text) && onlySpaces(text, tokens[k - 1].end, tokens[k].start) && lex.postRanks.has(plain(tokens[k - 1].text)) && !!roleAt(tokens, k + 1, lex);
        // "Ports and Fisheries Minister Ana Roe": a portfolio of two capitalised words
        const joined = w === "and" && tStart === k + 1 && k + 1 < titleTo && k > 0 && isCap(tokens[k - 1]) && isCap(tokens[k + 1]) && onlySpaces(text, tokens[k - 1].end, tokens[k].start);
        if (startsRole || inRole || level || field || joined || lex.roleOf.has(w) || lex.ranks.has(w) || (isCap(tokens[k]) && !lex.notNames.has(w)) || /[’']s$/.test(tokens[k].text) || (w === "of" && k > 0)) tStart = k;
        else break;
      }
      const hasRoleBefore = tStart < titleTo && tokens.slice(tStart, titleTo).some((t, idx) => !!roleAt(tokens, tStart + idx, lex));
      // "Chief Executive Officer of Corvex": what follows a title's "of" is the body it heads
      if (hasRoleBefore && titleFrom === undefined && tokens[titleTo - 1].lower === "of" && !lex.givenNames.has(plain(nameToks[0].text))) continue;
      // "The port's chief executive, Ines Harlow, said": a title set off before the name
      const preTitle = !hasRoleBefore && titleFrom === undefined ? titleBeforeComma(text, tokens, titleTo, run.to, lex) : undefined;
      const first = nameToks[0];
      const last = nameToks[nameToks.length - 1];
      const after = text.slice(last.end, Math.min(sentence.end, last.end + 30));
      const before = text.slice(Math.max(sentence.start, first.start - 30), first.start);
      // "Ada Brill, 52, of Redcliff, the firm's former finance director": an age (and a
      // home town) set off after a name mark a person, and the title comes after them
      const aged = AGE_AFTER.exec(text.slice(last.end, Math.min(sentence.end, last.end + 60)));
      const appositive = appositiveTitle(text, last.end + (aged ? aged[0].length : 0), sentence.end, lex);
      const speaks = SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before);
      const given = lex.givenNames.has(plain(first.text));
      // (not a relative named after a kinship word: "her brother Mario Ruiz" shares a surname only)
      const storyNames = !!known && nameToks.length >= 2 && nameToks.length <= 3 && known.has(personKey(text.slice(first.start, last.end))) && !KIN_BEFORE.test(before);
      // "Tamsin Ostergaard-Lind, who runs the campaign, …": "who" follows a person, not a body
      const who = nameToks.length >= 2 && nameToks.length <= 3 && /^,[ \u00a0]+who[ \u00a0]/.test(after);
      const evidence = hasRoleBefore || !!appositive || !!preTitle || !!aged || given || storyNames || who || (speaks && nameToks.length <= 3);
      if (!evidence) continue;
      // a single capitalised word at the start of a sentence is too weak on its own
      if (nameToks.length === 1 && !hasRoleBefore && !appositive && first.start === sentence.start && !SPEECH_AFTER.test(after)) continue;
      const nameSpan = span(source, first.start, last.end);
      const m: TitledMention = {
        kind: "entity",
        span: nameSpan,
        type: "person",
        name: nameSpan.text,
        entityId: `person:${personKey(nameSpan.text)}`,
        tokens: sharedWords(nameTokens(nameSpan.text)),
      };
      // honorifics only ("said Fr Mr, the mayor"): no name left to compare (issue 7)
      if (!m.tokens.length) continue;
      // "Professor Jane Roe, Professor of Geology at X": the appositive says more than a bare title word
      const fuller = hasRoleBefore && appositive && titleTo - tStart === 1 && !lex.pastRanks.has(plain(appositive.text.split(/[ \u00a0]+/)[0])) && /[ \u00a0]/.test(appositive.text);
      // "Chief Executive Officer of Corvex": what follows a title's "of" is the body it heads
      if (hasRoleBefore && !fuller && /[ \u00a0]of$/i.test(text.slice(tokens[tStart].start, tokens[titleTo - 1].end)) && (nameToks.length === 1 || (nameToks.length <= 3 && !lex.givenNames.has(plain(nameToks[0].text))))) continue;
      if (hasRoleBefore && !fuller) {
        // keep the dot of an abbreviated title ("Gov.", "Lt. Gov.")
        const tEnd = tokens[titleTo - 1].end + (text[tokens[titleTo - 1].end] === "." ? 1 : 0);
        const ts = span(source, tokens[tStart].start, tEnd);
        m.title = ts.text;
        m.titleSpan = ts;
        if (nameToks.length === 1 && given) m.givenOnly = true;
      } else if (appositive) {
        m.title = appositive.text;
        m.titleSpan = appositive;
      } else if (preTitle) {
        m.title = preTitle.text;
        m.titleSpan = span(source, preTitle.start, preTitle.end);
      }
      out.push(m);
    }
  }
  // "Corvex said" where the source names the "Corvex Group": a lone word that begins an
  // organisation's name is that organisation, not a person
  const orgHeads = new Set(out.filter((m) => m.type === "org").map((m) => fold(m.name.split(/[ \u00a0]+/)[0])));
  // (unless a person of that surname is named in full: "Ana Doe" and "Doe Industries")
  const surnames = new Set(out.filter((m) => m.type === "person" && m.tokens.length >= 2).map((m) => m.tokens[m.tokens.length - 1]));
  const kept = orgHeads.size ? out.filter((m) => !(m.type === "person" && !m.title && m.tokens.length === 1 && orgHeads.has(m.tokens[0]) && !surnames.has(m.tokens[0]))) : out;
  return resolveShortForms(kept, source, lex);
}

/**
 * ", the state health officer," / ", a Home Ministry spokesperson" / "— Name, President – X":
 * a title written after the name.
 */
function appositiveTitle(text: string, from: number, limit: number, lex: PeopleLexicon): Span | undefined {
  const m = /^,[ \u00a0]+((?:the|a|an)[ \u00a0]+)?((?:[^,;.()"“”]|\.(?=\S|[ \u00a0]+[a-z])){2,110}?)(?=[,;)"”]|[ \u00a0]+\(|\.(?![ \u00a0]+[a-z])(?!\S)|[ \u00a0]+[–—-][ \u00a0]|[ \u00a0]+(?:who|whose|which|that)[ \u00a0]|[ \u00a0]+and[ \u00a0]+(?:a|an|the)[ \u00a0]|$)/u.exec(text.slice(from, Math.min(limit + 1, from + 130)));
  if (!m) return undefined;
  // ", who became chief executive in 2018" is a relative clause, not a title
  if (/^(?:who|which|that|whose|whom|where|when)\b/i.test(m[2])) return undefined;
  const words = m[2].trim().split(/[ \u00a0]+/);
  // the role comes first; an employer after "of" may be long ("regional secretary of the
  // Allied Rail and Tram Workers")
  const employer = words.findIndex((w, i) => i > 0 && /^(?:of|at|for|with)$/i.test(w));
  if ((employer < 0 ? words.length : employer) > 8 || words.length > 16) return undefined;
  // ", told reporters outside the county court": a verb, not a title
  // (a role may follow a lower-case modifier or two: "regional secretary", "senior vice president")
  const toks = words.map((w) => ({ start: 0, end: 0, text: w, lower: w.toLowerCase() }));
  // ("like the mayor", "alongside the fire chief": a comparison, not a title)
  const startsRole = () => [0, 1, 2].some((i) => i < toks.length && toks.slice(0, i).every((t) => LETTERS_RE_5.test(t.text) && !lex.notNames.has(t.lower) && !NOT_MODIFIERS.test(t.lower)) && !!roleAt(toks, i, lex)) && !SPEECH_AFTER.test(m[2]);
  if (!m[1] && LETTERS_RE_4.test(words[0]) && !lex.ranks.has(plain(words[0])) && !/['’]s$/.test(words[0]) && !/^(?:its|his|her|their|our)$/.test(words[0]) && !startsRole()) return undefined;
  // it must hold a role word: "the foreign secretary", "President"
  let found = false;
  let roleEnd = 0;
  for (let i = 0; i < words.length && !found; i++)
    for (let n = Math.min(lex.maxRoleWords, words.length - i); n >= 1; n--)
      if (lex.roleOf.has(words.slice(i, i + n).map(plain).join(" "))) {
        found = true;
        roleEnd = i + n;
        break;
      }
  if (!found) return undefined;
  // "Governor Ana Roe, Deputy Governor Ben Doe, …": a list of people, the next one's title before
  // the next one's name
  const next = words[roleEnd];
  if (next && roleEnd + 1 < words.length && LETTERS_RE_1.test(next) && lex.givenNames.has(plain(next))) return undefined;
  const start = from + m[0].indexOf(m[2]);
  const t = m[2].trimEnd();
  return { source: "", start, end: start + t.length, text: t };
}

/** A kinship word right before a name. */
const KIN_BEFORE = /\b(?:brother|sister|son|daughter|wife|husband|mother|father|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandmother|grandfather|partner|widow|widower|sibling)[ \u00a0]+$/i;

/** Words before a role in an appositive that make it something other than the person's title. */
const NOT_MODIFIERS = /^(?:like|unlike|alongside|besides|beside|including|with|without|against|than|as|joined|flanked|accompanied|and|or|nor|but|not|also|then|now|later|earlier)$/;

/** ", 52,", ", 52, of Redcliff," or ", a 38-year-old engineer," right after a name (the comma that follows is left). */
const AGE_AFTER = lre(/^,[ \u00a0]+(?:\d{1,3}|an?[ \u00a0]+\d{1,3}-year-old(?:[ \u00a0]+\p{Ll}+){0,3})(?:,[ \u00a0]+of[ \u00a0]+\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,2})?(?=,)/u);

/**
 * A title set off by commas before the name: "The port's chief executive, Ines Harlow,
 * said", "Its regional secretary, Ana Ruiz, spoke". The words before the comma must end in
 * a role and go back (through lower-case words, capitalised ones and possessives) to a
 * determiner, a possessive or the sentence start; the name must be set off by a comma after
 * it too, so a list ("the mayor, Ana Ruiz and Tom Lee") gives no title.
 */
function titleBeforeComma(text: string, tokens: Token[], nameFrom: number, nameTo: number, lex: PeopleLexicon): { start: number; end: number; text: string } | undefined {
  if (nameFrom < 1 || nameTo >= tokens.length) return undefined;
  if (!/^,[ \u00a0]+$/.test(text.slice(tokens[nameFrom - 1].end, tokens[nameFrom].start))) return undefined;
  if (!/^,[ \u00a0]/.test(text.slice(tokens[nameTo - 1].end, tokens[nameTo - 1].end + 2))) return undefined;
  const end = nameFrom - 1;
  let roleStart = -1;
  for (let n = lex.maxRoleWords; n >= 1 && roleStart < 0; n--) if (end - n + 1 >= 0 && roleAt(tokens, end - n + 1, lex)?.len === n) roleStart = end - n + 1;
  // "Minister of Ports and Inland Waterways, Ana Roe": a role with its portfolio after "of"/"for"
  for (let j = end, n = 0; roleStart < 0 && j > 1 && n < 7 && (isCap(tokens[j]) || /^(?:and|of|for|the|&)$/.test(tokens[j].lower)); j--, n++)
    // ("chair of the Board of Governors, Ana Roe": "the" before the portfolio's capitals)
    if (/^(?:of|for)$/.test(tokens[j - 1].lower) && (isCap(tokens[j]) || (tokens[j].lower === "the" && j + 1 <= end && isCap(tokens[j + 1]))) && j - 2 >= 0 && (lex.roleOf.has(plain(tokens[j - 2].text)) || roleAt(tokens, j - 2, lex)?.len === 1)) roleStart = j - 2;
  if (roleStart < 0) return undefined;
  let k = roleStart;
  for (let n = 0; k > 0 && n < 4; n++) {
    if (!/^[ \u00a0]+$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    const w = tokens[k - 1].lower;
    if (/^(?:the|its|his|her|their|our|a|an)$/.test(w)) return { start: tokens[k].start, end: tokens[end].end, text: text.slice(tokens[k].start, tokens[end].end) };
    if (/^(?:and|or|but|said|says|told|with|by|for|to|from|of|on|in|at)$/.test(w)) return undefined;
    k--;
  }
  // the sentence starts with the title ("Regional secretary, Ana Ruiz, said")
  const lead = text.slice(Math.max(0, tokens[k].start - 3), tokens[k].start);
  return k === 0 || /(?:^|[.!?\n]["”’]?[ \u00a0]*)$/.test(lead) ? { start: tokens[k].start, end: tokens[end].end, text: text.slice(tokens[k].start, tokens[end].end) } : undefined;
}

/** Single-word mentions of a person named in full elsewhere in the source take that person's id. */
function resolveShortForms(mentions: TitledMention[], source: Source, lex: PeopleLexicon): TitledMention[] {
  const people = mentions.filter((m) => m.type === "person");
  const full = people.filter((m) => m.tokens.length >= 2).sort((a, b) => a.span.start - b.span.start);
  // the full names with a surname, or a given name, in text order: a short form is the
  // nearest one named before it ("Victor Lund … said Victor" is Lund, whoever else is called
  // Victor later), else the first named after it
  const bySurname = new Map<string, TitledMention[]>();
  const byGiven = new Map<string, TitledMention[]>();
  const add = (m: Map<string, TitledMention[]>, k: string, f: TitledMention) => (m.get(k) ?? m.set(k, []).get(k)!).push(f);
  for (const f of full) {
    add(bySurname, f.tokens[f.tokens.length - 1], f);
    add(byGiven, f.tokens[0], f);
  }
  const nearest = (list: TitledMention[] | undefined, at: number) => {
    if (!list) return undefined;
    // bisection: a long source names one person thousands of times
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].span.start < at) lo = mid + 1;
      else hi = mid;
    }
    return list[Math.max(0, lo - 1)];
  };
  for (const m of people) {
    if (m.titleSpan) m.titleSpan = { ...m.titleSpan, source: source.path };
    if (m.tokens.length !== 1) continue;
    const w = m.tokens[0];
    const named = nearest(bySurname.get(w), m.span.start) ?? (lex.givenNames.has(w) ? nearest(byGiven.get(w), m.span.start) : undefined);
    if (named) m.entityId = named.entityId;
  }
  // bare surnames mentioned later without any cue ("Corvin said" is cued; "Bergstrom thanked Corvin" is not)
  const known = new Map(people.map((p) => [p.tokens[p.tokens.length - 1], p.entityId]));
  const text = source.text;
  const seen = new Set(mentions.map((m) => m.span.start));
  // offsets covered by a mention, one flag per character
  const covered = new Uint8Array(text.length + 1);
  for (const x of mentions) covered.fill(1, Math.max(0, x.span.start), Math.max(0, x.span.end));
  const extra: TitledMention[] = [];
  // Where each surname stands as a word of its own, case-insensitively: a surname of ASCII
  // letters and digits is a whole run of letters and digits, so one pass over the runs finds
  // them all (a regular expression per surname over the whole text was quadratic in a long
  // source); any other surname keeps its regular expression. The matches are then taken
  // surname by surname, in order, as before.
  const candidates: { order: number; index: number; text: string; id: string }[] = [];
  const simple = new Map<string, { order: number; id: string }>();
  let order = 0;
  for (const [surname, id] of known) {
    order++;
    if (!surname || surname.length < 3 || lex.notNames.has(surname)) continue;
    if (/^[a-z0-9]+$/i.test(surname)) {
      const key = surname.toLowerCase();
      if (!simple.has(key)) simple.set(key, { order, id });
      continue;
    }
    const re = new RegExp(compactLetters(`(?<![\\p{L}\\p{N}])${escapeRegExp(surname)}(?![\\p{L}\\p{N}])`), "giu");
    re.lastIndex = source.body.start;
    for (let m = re.exec(text); m; m = re.exec(text)) candidates.push({ order, index: m.index, text: m[0], id });
  }
  if (simple.size) {
    const runs = lre(/[\p{L}\p{N}]+/gu);
    runs.lastIndex = source.body.start;
    for (let m = runs.exec(text); m; m = runs.exec(text)) {
      // /i folds ſ to s and the Kelvin sign to k; lower-casing İ gives two characters (never a match)
      const hit = simple.get(m[0].toLowerCase().replace(/\u017f/g, "s"));
      if (!hit) continue;
      // a run cut at the body's start is not a word of its own
      if (m.index === source.body.start && m.index > 0 && LETTERS_RE_6.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      candidates.push({ order: hit.order, index: m.index, text: m[0], id: hit.id });
    }
  }
  candidates.sort((a, b) => a.order - b.order || a.index - b.index);
  for (const c of candidates) {
    if (!LETTERS_RE_1.test(c.text) || seen.has(c.index)) continue;
    if (covered[c.index]) continue;
    // "In West Harlan, …": after a compass word the surname is part of a place's name
    if (LETTERS_RE_7.test(text.slice(Math.max(0, c.index - 12), c.index))) continue;
    seen.add(c.index);
    extra.push({ kind: "entity", span: span(source, c.index, c.index + c.text.length), type: "person", name: c.text, entityId: c.id, tokens: sharedWords([fold(c.text)]) });
  }
  return [...mentions, ...extra].sort((a, b) => a.span.start - b.span.start);
}
