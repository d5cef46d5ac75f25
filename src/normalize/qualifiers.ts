// Qualifiers: the places, bodies or groups a figure is restricted to ("in Elm County",
// "for the Lakes Region", "statewide"). Two figures whose qualifiers name different
// places are about different things even when every other word matches.
import type { Token } from "../text/tokens.js";
import type { Rules } from "../rules/types.js";
import { lre } from "../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^\p{Lu}.*['’]s$/u);
const LETTERS_RE_2 = lre(/^\p{Lu}/u);

const INTRO = /^(?:in|at|from|for|across|throughout|within|inside|outside|among)$/;
const LIMIT_WORDS = /^(?:maximum|minimum|cap|capped|ceiling|limit|threshold)$/;
const TOTALITY = /^(?:overall|total|combined|altogether)$/;
// "the second-highest jobless rate, at 8.3%", "the third-largest market": one of several
// ranked by size, not the whole (a plain "highest" is as often the figure the story is about;
// nor "the second-highest since 2019", a figure against its own past)
const RANKED = /^(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)-(?:highest|lowest|largest|smallest|biggest|busiest)$/;
const AGAINST_ITS_PAST = lre(/^[^.;:]*?\b(?:since|on record|ever|in (?:[\p{L}\d]+ ){0,2}(?:years?|decades?|months?|generations?)|for (?:[\p{L}\d]+ ){0,2}(?:years?|decades?|months?)|of the (?:year|decade|century)|this (?:year|decade|century)|to date|yet)\b/u);

const SCOPE_WORDS = /^(?:statewide|nationwide|nationally|national|worldwide|globally|countrywide|citywide|overall|total|combined|altogether|domestic|international|abroad)$/;

/**
 * Proper-noun phrases introduced by a preposition within the figure's clause, and scope
 * words such as "statewide", lower-cased. Months and weekdays are not places.
 */
export function qualifiersOf(tokens: Token[], text: string, spanStart: number, spanEnd: number, isTime: (t: Token) => boolean, lex: QualifierLexicon): string[] {
  const { placeKinds } = lex;
  const out = new Set<string>();
  // the clause: stop at sentence punctuation that separates clauses
  const idx = tokens.findIndex((t) => t.start >= spanEnd);
  const anchor = idx < 0 ? tokens.length : idx;
  // words before the figure count from its first word, not from the word after it
  const first = tokens.findIndex((t) => t.end > spanStart);
  const startAt = first < 0 || first > anchor ? anchor : first;
  const clauseBreak = (a: number, b: number) => /[;:]|,\s+(?:and|but|while|which|who|where|when)\b/.test(text.slice(a, b));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (k < startAt ? startAt - k > 8 : k - anchor > 8) continue;
    const lo = Math.min(t.start, spanStart);
    const hi = Math.max(t.end, spanEnd);
    // "a maximum of 14 years", "Maximum term: 14 years" (a label's colon too): a limit is not the value itself
    if (LIMIT_WORDS.test(t.lower) && (k < startAt ? startAt - k <= 4 : k - anchor <= 1) && !/[;.!?]/.test(text.slice(lo, hi))) out.add(t.lower);
    if (clauseBreak(lo, hi)) continue;
    // (before the figure, in its subject: "rose to 8.3%, the second-highest among the regions"
    // ranks the rate the story is about)
    if (k < startAt && RANKED.test(t.lower) && !AGAINST_ITS_PAST.test(text.slice(t.end, Math.max(t.end, spanEnd) + 60))) out.add("ranked");
    // ("the total stood at 57": the tally itself, a noun, restricts nothing)
    // (not a word of a name: "the National Grid")
    if (SCOPE_WORDS.test(t.lower) && !(t.lower === "total" && /^(?:the|a|its|their)$/.test(tokens[k - 1]?.lower ?? "")) && !(LETTERS_RE_2.test(t.text) && LETTERS_RE_2.test(tokens[k + 1]?.text ?? ""))) out.add(t.lower);
    // "the state's own unemployment rate", "the county's reserve" (lower-case possessors only:
    // a speaker's name in the possessive says who gave the figure, not what it covers)
    if (k < anchor && /^[a-z]+['’]s$/.test(t.text) && /^(?:the|its|their|our|this|that)$/i.test(tokens[k - 1]?.lower ?? "")) out.add(t.lower.replace(/['’]s$/, ""));
    // "the Coalition's share", "the Northern Trust's reserves": a body (named with "the", as people
    // are not) whose figure it is
    if (k < anchor && LETTERS_RE_1.test(t.text)) {
      let j = k - 1;
      while (j >= 0 && k - j <= 3 && tokens[j].lower !== "the" && LETTERS_RE_2.test(tokens[j].text)) j--;
      const owner = tokens.slice(j + 1, k + 1).map((x) => x.lower).join(" ").replace(/['’]s$/, "");
      // (not a speaker, "The Governor's office said 41 people had died", nor a body writing of
      // itself, "the Group's 240 branches": a kind of body or place, the whole)
      const says = tokens.slice(k + 1, anchor).some((x) => lex.speech.has(x.lower));
      if (tokens[j]?.lower === "the" && !isTime(t) && !lex.selfNames.has(owner) && !says) out.add(owner);
    }
    // "the southern region of Fenmoor", "the state of Victoria": "of" after a kind of place
    const placeOf = t.lower === "of" && k > 0 && placeKinds.has(tokens[k - 1].lower);
    if (!INTRO.test(t.lower) && !placeOf) continue;
    // "in Elm County", "in the Merrow County area", "from the U.S."
    let j = k + 1;
    if (tokens[j] && /^(?:the|a|an)$/.test(tokens[j].lower)) j++;
    const phrase: string[] = [];
    while (j < tokens.length && LETTERS_RE_2.test(tokens[j].text) && !isTime(tokens[j]) && phrase.length < 4) {
      phrase.push(tokens[j].lower);
      j++;
    }
    // (not the speaking body's: "analysts at the Norvale Institute say it fell 4%"; the place the
    // speakers are in is the figure's, "shopkeepers in Orsk say sales fell 20%")
    // (and "analysts at Kestrel say": a speaker's employer after "at", "from" or "with")
    const speakers = k < startAt && tokens.slice(j, startAt).some((x) => lex.speech.has(x.lower)) && (t.lower !== "in" || lex.orgWords.has(phrase[phrase.length - 1]));
    if (phrase.length && !speakers) out.add(phrase.join(" "));
  }
  return [...out];
}

/** The words qualifiers are read with, from the rules. */
export interface QualifierLexicon {
  /** Kinds of place (rules/measures.yaml placeKinds). */
  placeKinds: ReadonlySet<string>;
  /** Words a body or place writes itself with ("the Group's", "the Council's"): rules/people.yaml selfNames and genericBodies, and kinds of place (measures.yaml). */
  selfNames: ReadonlySet<string>;
  /** Verbs of saying (rules/speech.yaml verbs). */
  speech: ReadonlySet<string>;
  /** Words that end an organisation's name (rules/people.yaml orgWords). */
  orgWords: ReadonlySet<string>;
}

const qualifierLexicons = new WeakMap<Rules, QualifierLexicon>();

export function qualifierLexicon(rules: Rules): QualifierLexicon {
  let hit = qualifierLexicons.get(rules);
  if (!hit) {
    const lower = (ws: readonly string[]) => ws.map((w) => w.toLowerCase());
    const placeKinds = new Set(lower(rules.measures.placeKinds));
    const selfNames = new Set([...lower(rules.people.selfNames), ...lower(rules.people.genericBodies.flat()), ...placeKinds]);
    qualifierLexicons.set(rules, (hit = { placeKinds, selfNames, speech: new Set(lower(rules.speech.verbs)), orgWords: new Set(lower(rules.people.orgWords)) }));
  }
  return hit;
}

/** True when both figures name places or groups and none of them is shared. */
export function qualifiersDiffer(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  // "total revenue" against "the university's revenue": a word of totality restricts nothing,
  // so it cannot set a figure apart from one of a named body
  if (a.every((q) => TOTALITY.test(q)) || b.every((q) => TOTALITY.test(q))) return false;
  const words = (xs: readonly string[]) => new Set(xs.flatMap((x) => x.split(" ")));
  const wa = words(a);
  for (const w of words(b)) if (wa.has(w)) return false;
  return true;
}
