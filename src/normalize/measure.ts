// What a figure measures: its counted noun (head) and the content words around it,
// stemmed with natural's Porter stemmer and folded through the synonym groups in rules/.
import type { Rules } from "../rules/types.js";
import { stemWord, type Token } from "../text/tokens.js";
import { escapeRegExp } from "../text/regex.js";
import { compactLetters, lre } from "../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^\p{Lu}/u);

export interface MeasureLexicon {
  /** One-word verbs of making up a whole ("comprise", "represent"): they end a figure's noun phrase. */
  phraseVerbs: Set<string>;
  stop: Set<string>;
  canon: Map<string, string>;
  /** The keys of the synonym groups: nouns the rules know, and know apart from each other's groups. */
  groupHeads: Set<string>;
  /** Group words matched as written, lower-case, to their group's first word (rules exactForms). */
  exact: Map<string, string>;
  changeStems: Set<string>;
  planned: Set<string>;
  /** The measure keys of the planned words ("pledg", "target"): a figure that counts these is no plan of something else. */
  plannedKeys: Set<string>;
  distinct: Array<[string, string]>;
  generic: Set<string>;
  running: Set<string>;
  /** Measure words of a side's position in a negotiation ("offer", "demand"). */
  negotiation: Set<string>;
  /** Fact-box label words that name the kind of figure ("rate", "number"), as measure keys. */
  vagueLabel: Set<string>;
  /** Measure words of a price as traded on a day ("quoted", "traded"). */
  market: Set<string>;
  /** Measure words of the most or least over a time ("peak", "record"). */
  extreme: Set<string>;
  /** Words naming a variant of a measure ("adjusted", "net"), lower-case as written, to the first word of their group ("underlying" → "adjusted"). */
  variants: Map<string, string>;
  /** "adjusted|statutory" for each pair of opposite variant classes, both ways round. */
  variantOpposites: Set<string>;
  /** Words naming a yardstick a figure is set against ("benchmark"), lower-case as written. */
  comparators: Set<string>;
  /** Measure keys of a thing's dimensions (rules dimensions). */
  dimensions: Set<string>;
  /** Running tallies that only grow (deaths, cases). */
  cumulative: Set<string>;
  /** The last words before a figure name it the total so far / one event's count. */
  totalCue: RegExp;
  eventCue: RegExp;
  /** An event cue right after the figure ("12 new cases"). */
  eventCueAfter: RegExp;
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
  const exact = new Map<string, string>();
  const exactForms = new Set(m.exactForms.map((w) => w.toLowerCase()));
  for (const group of m.synonyms) {
    const head = stemWord(group[0].split(" ").pop()!);
    for (const w of group) {
      const last = w.split(" ").pop()!;
      if (exactForms.has(last.toLowerCase())) exact.set(last.toLowerCase(), head);
      else canon.set(stemWord(last), head);
    }
  }
  // a rule word's measure key, as measureWord gives it for that word in a text
  const key = (w: string) => exact.get(w.toLowerCase()) ?? canonical(stemWord(w), canon);
  const changeStems = new Set([...m.changeWords.up, ...m.changeWords.down].map(key));
  const planned = new Set(m.modality.planned.map((w) => w.toLowerCase()));
  const plannedKeys = new Set(m.modality.planned.map(key));
  const distinct = m.distinct.map((g) => [key(g[0]), key(g[1])] as [string, string]);
  const generic = new Set(m.genericHeads.map(key));
  const running = new Set(m.runningTallies.map(key));
  const variants = new Map(m.variants.flatMap((g) => (Array.isArray(g) ? g : [g]).map((w) => [w.toLowerCase(), (Array.isArray(g) ? g[0] : g).toLowerCase()] as [string, string])));
  const comparators = new Set(m.comparators.map((w) => w.toLowerCase()));
  const dimensions = new Set(m.dimensions.map(key));
  const cumulative = new Set(m.cumulativeTallies.map(key));
  const negotiation = new Set(m.modality.negotiation.map(key));
  const vagueLabel = new Set(m.vagueLabelWords.map(key));
  const market = new Set(m.modality.market.map(key));
  const extreme = new Set(m.modality.extreme.map(key));
  const words = (xs: string[]) => xs.map((w) => escapeRegExp(w.toLowerCase()).replace(/ /g, "[ \\u00a0]+")).join("|");
  // the cue within the five words before the figure
  const near = (xs: string[]) => new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${words(xs) || "(?!)"})(?:[ \\u00a0]+[\\p{L}'’-]+){0,4}[ \\u00a0]+$`), "iu");
  // (each side named by its group's first word, as the variants map gives it)
  const classOf = (w: string) => variants.get(w.toLowerCase()) ?? w.toLowerCase();
  const variantOpposites = new Set(m.variantOpposites.flatMap(([x, y]) => [`${classOf(x)}|${classOf(y)}`, `${classOf(y)}|${classOf(x)}`]));
  // "the 40 cases comprise …": a verb the rules know as making up a whole ends the noun phrase
  const r = rules.relations;
  const phraseVerbs = new Set([...r.shareVerbs, ...r.wholeOpeners, ...r.comprisesCues].filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase()));
  const lex = { phraseVerbs, stop, canon, exact, groupHeads: new Set(canon.values()), changeStems, planned, plannedKeys, distinct, generic, variants, variantOpposites, comparators, dimensions, running, negotiation, vagueLabel, market, extreme, cumulative, totalCue: near(m.totalCues), eventCue: near(m.eventCues), eventCueAfter: new RegExp(compactLetters(`^[ \\u00a0]+(?:${words(m.eventCues) || "(?!)"})(?![\\p{L}])`), "iu") };
  lexicons.set(rules, lex);
  return lex;
}

/** The measure key of a word as written: its synonym group's first word, or its stem. */
export function measureKeyOf(word: string, lex: MeasureLexicon): string {
  const w = word.toLowerCase();
  return lex.exact.get(w) ?? canonical(stemWord(w), lex.canon);
}

function canonical(s: string, canon: Map<string, string>): string {
  return canon.get(s) ?? s;
}

/** The measure key of one word, or null for a stopword, number or stray letter. */
export function measureWord(token: Token, lex: MeasureLexicon): string | null {
  const w = token.lower;
  if (w.length < 2 || /^[\d.,]+$/.test(w) || lex.stop.has(w)) return null;
  if (/\d/.test(w)) return null;
  const exact = lex.exact.get(w);
  if (exact) return exact;
  const s = stemWord(w);
  if (lex.stop.has(s)) return null;
  return canonical(s, lex.canon);
}

const VERBISH = /(?:ed|ing)$/;
// words between a measure noun and its figure: "rate ticked up to", "revenue of", "budget was"
const LINKING = /^(?:to|at|of|up|down|by|was|were|is|are|has|had|have|been|be|corresponds|correspond|amounts|amount|equals|represents|represent|ticked|edged|inched|rose|fell|climbed|jumped|dropped|slipped|stood|stands|reached|hit|totaled|totalled|totaling|totalling|came|amounted|remained|held|steady|unchanged|now|just|about|around|nearly|almost|some|roughly|an|a|the|estimated|made|make|makes|comprised|comprise|comprises|constituted|constitute|constitutes)$/;
/** Words that with "to" say what is to happen ("set to close", "due to go"). */
const ABOUT_TO = /^(?:set|due|likely|unlikely|poised|about|yet|bound|certain|going)$/;
/** "containers annually": how often, after the counted noun (the figure's rate), never part of its phrase. */
const PERIOD_ADVERB = /^(?:annually|yearly|daily|weekly|monthly|hourly|nightly|quarterly)$/;
const STATISTIC = /^(?:median|average|mean)$/;
const MEMBERS = /^members?$/;
/** Words between a figure and its noun that say which of them, not what is counted. */
const NP_MODIFIERS = /^(?:new|more|further|additional|fresh|other|extra|last|first|next|previous|remaining|all)$/;
/** A participle or one of the few adjectives a tally counts by ("dead", "missing"). */
export const VERBISH_OR_STATE = /(?:ed|en|ing)$|^(?:dead|missing|homeless|sick|ill|hurt)$/;
/** Auxiliaries between a figure standing as a subject and its participle ("nine were injured", "12 were confirmed dead"). */
const SUBJECT_AUX = /^(?:were|was|are|is|have|has|had|been|being|remain|remained|remains|still|later|also|reportedly|now|confirmed|reported|feared|believed|presumed)$/;
/** A figure written in digits or in number words only, with no unit or hedge ("nine", "1,204"). */
const BARE_FIGURE = lre(/^(?:[\d.,]+|\p{L}+(?:[ -]\p{L}+)?)$/u);

/** A past tense, regular or one of the common irregular change verbs ("fell", "rose"). */
const IRREGULAR_PARTICIPLE = /^(?:lost|burnt|swept|blown|torn|shed|fallen|risen|grown|shrunk|sunk|slid|fell|rose|grew|sank|shrank|built|sold|won|hit|struck|taken|given|seen|left|kept|held|paid|spent|made|found|brought|bought|caught|sent|put|set)$/;
const PAST_VERB = /ed$|^(?:fell|rose|grew|sank|shrank|slid|swelled|spiked)$/;

export interface MeasureResult {
  head?: string;
  words: Map<string, number>;
}

/**
 * Builds the weighted measure words of a figure from the tokens of its sentence:
 * the noun phrase right after the figure (its last word is the head), an "of"/"in"
 * complement ("members of its border police", "a drop in the number of migrants"),
 * then the rest of the sentence, weighted by closeness.
 */
export function measureOf(tokens: Token[], spanStart: number, spanEnd: number, lex: MeasureLexicon, skip: (t: Token) => boolean, text = ""): MeasureResult {
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
  let lastWord = "";
  let j = i;
  let afterChange = false;
  for (let n = 0; j < tokens.length && n < 6; j++, n++) {
    const t = tokens[j];
    if (skip(t)) break;
    // "injured more than 7,000, officials said": the phrase ends at punctuation (a dash too:
    // "three brooches - belong to")
    if (text && /[,;:.()!?–—]|\s-\s/.test(text.slice(j > i ? tokens[j - 1].end : spanEnd, t.start))) break;
    const w = measureWord(t, lex);
    if (!w) {
      // "a drop in the number of migrants": look through the change word's complement
      if (afterChange && !phrase.length) continue;
      // "five new cases", "three more deaths": a modifier the stopwords hold, before the noun
      if (!phrase.length && NP_MODIFIERS.test(t.lower)) continue;
      // "brings to 36 the number of men rescued": the count's noun follows "the number of"
      if (!phrase.length && t.lower === "the" && /^(?:number|total)$/.test(tokens[j + 1]?.lower ?? "") && tokens[j + 2]?.lower === "of") continue;
      if (!phrase.length && /^(?:number|total)$/.test(t.lower) && tokens[j - 1]?.lower === "the" && tokens[j + 1]?.lower === "of") {
        j++;
        continue;
      }
      break;
    }
    if (lex.changeStems.has(w) && !phrase.length) {
      afterChange = true;
      add(w, 2);
      continue;
    }
    if (phrase.length && VERBISH.test(t.lower) && t.text[0] === t.text[0].toLowerCase()) break;
    if (phrase.length && lex.phraseVerbs.has(t.lower)) break;
    if (phrase.length && PERIOD_ADVERB.test(t.lower)) break;
    // "the 46 barns lost": an irregular participle after the noun is what happened to it
    if (phrase.length && IRREGULAR_PARTICIPLE.test(t.lower)) break;
    // "38 stores set to close", "jobs due to go": what is to happen to the noun, not part of it
    if (phrase.length && ABOUT_TO.test(t.lower) && tokens[j + 1]?.lower === "to") break;
    // "the $1.62 billion plan Hartwell proposed": a proper noun after a common noun starts a new phrase
    if (phrase.length && LETTERS_RE_1.test(t.text) && !LETTERS_RE_1.test(tokens[j - 1].text)) break;
    // "the number of migrants": the generic noun gives way to its complement
    if (/^(?:number|numbers|figure|figures|total|count|level|levels|amount)$/.test(t.lower)) {
      if (tokens[j + 1]?.lower === "of") j++;
      continue;
    }
    // "the $2 million budget line by line", "door to door": an adverbial idiom, not the counted noun
    if (phrase.length && /^(?:by|to|after|upon|for)$/.test(tokens[j + 1]?.lower ?? "") && tokens[j + 2]?.lower === t.lower) break;
    phrase.push(w);
    lastWord = t.lower;
    if (phrase.length >= 4) break;
  }
  if (phrase.length) head = phrase[phrase.length - 1];
  // "17 crew members", "staff members": the body the members belong to is what is counted (the
  // word as written: "officers" and "troops" share the group of "members" but name the counted)
  if (phrase.length >= 2 && MEMBERS.test(lastWord)) head = phrase[phrase.length - 2];
  for (const w of phrase) add(w, 2);
  // "2,386 people killed", "seven people have been hospitalized": the participle says what is counted
  // "the storms, which killed nine people, were driven by": a tally verb right before the
  // figure says what is counted, not a verb after the generic noun
  const before1 = head && lex.generic.has(head) ? tokens.filter((t) => t.end <= spanStart).pop() : undefined;
  const tally = before1 && !skip(before1) && (!text || /^[ \u00a0]+$/.test(text.slice(before1.end, spanStart))) ? measureWord(before1, lex) : null;
  if (tally && lex.running.has(tally) && VERBISH_OR_STATE.test(before1!.lower)) head = tally;
  else if (head && lex.generic.has(head)) {
    for (let k = j, n = 0; k < tokens.length && n < 4; k++, n++) {
      if (skip(tokens[k])) break;
      // (not past a comma: "to 1.2 million residents, reflecting …" counts the residents)
      if (text && k > 0 && /[,;:()–—]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
      if (/^(?:were|was|have|has|had|been|are|is|who|that|being|remain|remained|reported|confirmed|now|still|already)$/.test(tokens[k].lower)) continue;
      const w = measureWord(tokens[k], lex);
      if (w && VERBISH_OR_STATE.test(tokens[k].lower)) head = w;
      break;
    }
  }
  if (head) add(head, 3);
  // "seven of 12 counts": a part of another figure counts a subset, not the whole
  if (!phrase.length && j < tokens.length && tokens[j].lower === "of" && tokens[j + 1] && skip(tokens[j + 1])) {
    const whole = measureOf(tokens, tokens[j + 1].start, tokens[j + 1].end, lex, () => false);
    if (whole.head) return { head: `${whole.head}~part`, words: new Map([...whole.words, [`${whole.head}~part`, 3]]) };
  }
  // "$3.9 million in restitution", "$5 million in aid": the noun after "in" is the measure (and
  // "behind" for a term: "nine years behind bars")
  if (!phrase.length && (tokens[j]?.lower === "in" || tokens[j]?.lower === "behind") && tokens[j + 1] && !skip(tokens[j + 1]) && !LETTERS_RE_1.test(tokens[j + 1].text)) {
    const w = measureWord(tokens[j + 1], lex);
    if (w) {
      head = w;
      add(w, 3);
    }
  }
  // "killed 2,386 people and injured more than 7,000": with no noun after it, a figure right
  // after a tally's participle counts what the participle says
  if (!head && !phrase.length) {
    const prev = tokens.filter((t) => t.end <= spanStart).pop();
    const w = prev && !skip(prev) && /^[ \u00a0]+$/.test(text.slice(prev.end, spanStart)) && /ed$/.test(prev.lower) ? measureWord(prev, lex) : null;
    if (w && lex.running.has(w)) {
      head = w;
      add(w, 3);
    }
  }
  // "Twelve people died and nine were injured", "three remain missing": a bare figure that is the
  // subject of a tally's participle counts what the participle says (not the noun of the figure
  // coordinated before it)
  // (a bare figure only: "14,117 acres have burned" measures the acres)
  if (!head && !phrase.length && (!text || BARE_FIGURE.test(text.slice(spanStart, spanEnd)))) {
    let aux = false;
    for (let k = i, n = 0; k < tokens.length && n < 4; k++, n++) {
      if (skip(tokens[k])) break;
      if (text && /[,;:.()!?–—]/.test(text.slice(k > i ? tokens[k - 1].end : spanEnd, tokens[k].start))) break;
      if (SUBJECT_AUX.test(tokens[k].lower)) {
        aux = true;
        continue;
      }
      const w = aux ? measureWord(tokens[k], lex) : null;
      if (w && lex.running.has(w) && VERBISH_OR_STATE.test(tokens[k].lower)) {
        head = w;
        add(w, 3);
      }
      break;
    }
  }
  // "revenue of $9.14bn", "the budget was $1.2 billion": the noun before names the measure
  if (!head) {
    const before = tokens.filter((t) => t.end <= spanStart);
    let k = before.length - 1;
    let linked = false;
    // "rate ticked up to 5.7%", "the budget was $1.2 billion", "Hospitalizations: 9"
    if (before[k] && /^\s*:\s*$/.test(text.slice(before[k].end, spanStart))) linked = true;
    for (let n = 0; !linked && n < 4 && k >= 0; n++, k--) {
      if (skip(before[k])) break;
      if (!LINKING.test(before[k].lower)) {
        linked = n > 0;
        break;
      }
    }
    if (linked && k >= 0 && LINKING.test(before[k].lower)) k--;
    // "Imports from the Union, its biggest supplier, were", "damage to sea defences, which are
    // largely uninsured, at £40m": past an appositive or a relative clause (before reading a
    // participle that ends it as a label's)
    if (linked && text && before[k] && !skip(before[k]) && /^,[ \u00a0]/.test(text.slice(before[k].end, before[k].end + 2))) {
      let c = k;
      while (c > 0 && k - c < 8 && !/,[ \u00a0]+$/.test(text.slice(before[c - 1].end, before[c].start))) c--;
      if (c > 1 && k - c < 8 && !skip(before[c - 1])) k = c - 1;
    }
    // "Structures destroyed: 167": a participle closing a label leaves the noun before it as head
    if (linked && before[k] && VERBISH.test(before[k].lower) && before[k - 1] && !skip(before[k - 1]) && measureWord(before[k - 1], lex)) {
      add(measureWord(before[k], lex), 2);
      k--;
    }
    // "patients wait a median of 11.4 weeks": a statistic's name gives way to what it is of
    if (linked && before[k] && STATISTIC.test(before[k].lower) && before[k - 1]) {
      add(measureWord(before[k], lex), 2);
      k--;
      while (k > 0 && /^(?:a|an|the)$/.test(before[k].lower)) k--;
    }
    // "Imports from the bloc reached $8.3bn", "sales in Europe were": the noun before a
    // preposition is the subject; the one after it only narrows it
    if (linked && before[k] && !skip(before[k])) {
      let p = k - 1;
      while (p > 0 && (/^(?:the|a|an|its|their|his|her|our)$/.test(before[p].lower) || (LETTERS_RE_1.test(before[p].text) && LETTERS_RE_1.test(before[k].text)))) p--;
      // (not "at a depth of 38 m", "at a cost of": after "at a" the noun before "of" is the measure)
      const atMeasure = p > 0 && before[p].lower === "at" && /^(?:a|an)$/.test(before[p + 1]?.lower ?? "") && before[k + 1]?.lower === "of";
      const noun = p > 0 && !atMeasure && /^(?:to|from|in|at|for|with|on)$/.test(before[p].lower) && (!text || /^[ \u00a0]+$/.test(text.slice(before[p - 1].end, before[p].start))) ? p - 1 : -1;
      const w0 = noun >= 0 && before[noun] && !skip(before[noun]) && !LINKING.test(before[noun].lower) && !VERBISH.test(before[noun].lower) ? measureWord(before[noun], lex) : null;
      if (w0 && !lex.changeStems.has(w0)) {
        add(measureWord(before[k], lex), 2);
        k = noun;
      }
    }
    const w = linked && before[k] && !skip(before[k]) ? measureWord(before[k], lex) : null;
    if (w && !lex.changeStems.has(w)) {
      head = w;
      add(w, 3);
    }
  }
  // complement: "members of its border police"; with no noun of its own the figure counts
  // the complement ("thousands of his border police officers", "15 percent of its agents")
  if (j < tokens.length && tokens[j].lower === "of") {
    let last: string | undefined;
    // …past the whole's own figure: "12% of its 8,700 staff"
    let passed = false;
    let inFigure = false;
    for (let k = j + 1, n = 0; k < tokens.length && n < 6; k++, n++) {
      if (skip(tokens[k])) {
        // one figure (its tokens in a row), before any noun
        if (last || (passed && !inFigure)) break;
        passed = inFigure = true;
        continue;
      }
      inFigure = false;
      // "of the firm's 8,700 employees": an owner's name is a determiner here
      if (/['’]s$/.test(tokens[k].text)) continue;
      const w = measureWord(tokens[k], lex);
      // "94 mm of rain fell": a change verb after the complement's noun ends it (not a change
      // noun: "$340 million of revenue growth", "of cost cuts")
      if (w && last && lex.changeStems.has(w) && PAST_VERB.test(tokens[k].lower)) break;
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

/**
 * Measure words with their weights as two parallel lists (a claim is one): a claim holds a
 * handful of words, and two short arrays take a fraction of the memory of a Map, which
 * counts when a long source gives hundreds of thousands of claims.
 */
export interface Weighted {
  measure: readonly string[];
  measureWeights: readonly number[];
}

/** A Map of words to weights as parallel lists, heaviest first (ties keep their order). */
export function weighted(words: ReadonlyMap<string, number>): { measure: string[]; measureWeights: number[] } {
  const entries = [...words.entries()].sort((a, b) => b[1] - a[1]);
  return { measure: entries.map(([w]) => w), measureWeights: entries.map(([, v]) => v) };
}

/** Weighted overlap of two measures (0..1): shared weight over the geometric mean of the totals. */
export function measureSimilarity(a: Weighted, b: Weighted): number {
  let shared = 0;
  let ta = 0;
  let tb = 0;
  for (const v of a.measureWeights) ta += v;
  for (const v of b.measureWeights) tb += v;
  for (let i = 0; i < a.measure.length; i++) {
    const k = b.measure.indexOf(a.measure[i]);
    if (k >= 0) shared += Math.min(a.measureWeights[i], b.measureWeights[k]);
  }
  const denom = Math.sqrt(ta * tb);
  return denom ? shared / denom : 0;
}
