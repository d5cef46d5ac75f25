// Relations a source states between its figures, read from the words between them, so that
// the arithmetic can be redone (compare/rules/arithmetic.ts):
//   change   "fell from 52,310 in May to 31,904 in July, a 39% drop"; "rose 14 cents, or
//            0.5%, to $28.16"; "more than doubled, from 2,800 acres to 6,350"
//   share    "171 of the 5,193 patients (3.3%)"; "two-thirds of the 600 delegates, or 400"
//   shares   "40,376 votes, or 51.5 percent, to 37,395, or 47.7 percent" (one implied whole)
//   sum      "1,400 located and 1,650 missing out of 3,050"; "a combined 30,000" after the
//            revisions it adds up; "376,000 boardings — 251,000 on buses and 125,000 on rail"
//   rate     "31,904 crossings in July, about 1,030 a day"; "$1,350 per resident"
//   average  "312,000, 146,000 and 199,000, an average of 219,000"
// Relations are read within a sentence, and between neighbouring sentences where one states
// a result ("This represents a reduction of 27%") or a total ("a combined 30,000") of figures
// the other gives. The cue words come from rules/relations.yaml; nothing here is computed.
import { CLOCK } from "./clock.js";
import type { Direction, QuantityClaim, Source, Span } from "../types.js";
import { samePeriod } from "../types.js";
import type { Rules } from "../rules/types.js";
import { splitSentences } from "../text/sentences.js";
import { hedgeInterval } from "./quantities.js";
import { range, type Range } from "../normalize/interval-math.js";
import { measureSimilarity } from "../normalize/measure.js";
import { escapeRegExp } from "../text/regex.js";
import { compactLetters, lre } from "../text/letters.js";
import { digitSlip } from "../text/digits.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^\p{L}/u);
const LETTERS_RE_2 = lre(/,|(?<![\p{L}])and(?![\p{L}])/u);
const LETTERS_RE_3 = lre(/[;:()—–\d]|[ \u00a0]-[ \u00a0]|(?<![\p{L}])(?:or|than)(?![\p{L}])|(?<![\p{L}])to(?:[ \u00a0]+[\p{L}'’-]+)?[ \u00a0]*$|(?<![\p{L}])(?:from|of)[ \u00a0]*$/u);
const LETTERS_RE_4 = lre(/\p{L}/u);
const LETTERS_RE_5 = lre(/^-\p{L}/u);
const LETTERS_RE_6 = lre(/^[ \u00a0]+of(?![\p{L}])/u);
const LETTERS_RE_7 = lre(/(?<![\p{L}])(?:where|which|who|whom|whose|that|when|while|as|after|because|although|though|since)(?![\p{L}])/iu);
const LETTERS_RE_8 = lre(/(?<![\p{L}])(?:but|not|except|excluding|plus|besides|beyond|on[ \u00a0]+top)(?![\p{L}])|[;()]/iu);
const LETTERS_RE_9 = lre(/(?<![\p{L}])and(?![\p{L}])/u);
const LETTERS_RE_10 = lre(/(?:^|[^\p{L}])a[ \u00a0]+combined[ \u00a0]+$/u);

const CODE_WORD = lre(/(?<![\p{L}\p{N}])\p{Lu}{1,3}-?\d+\p{Ll}?(?![\p{L}\p{N}])/gu);
const IN_YEAR = lre(/(?<![\p{L}\p{N}])(?:in|during|for)[ \u00a0]+(?:1[89]|20)\d\d(?![\p{L}\p{N}])/gu);

/** Right after a figure, words that make it a part of the figure before it: "40 in hospital, six of them in intensive care". */
export const NESTED_PART = /^[ \u00a0]+of[ \u00a0]+(?:them|those|whom|which)\b/;

/** A change verb that states a ratio ("doubled", "more than tripled"), read as a result. */
export interface RatioCue {
  span: Span;
  /** The ratio of the later level to the earlier one that the words allow. */
  ratio: Range;
  value: number;
  hedged: boolean;
}

export interface Result {
  claim: QuantityClaim;
  /** The direction stated for the result, its own or that of the figure it restates. */
  direction?: Direction;
}

export interface ChangeRelation {
  kind: "change";
  sourceIndex: number;
  /** The earlier level; absent when only the later one and the change are given. */
  from?: QuantityClaim;
  /** The later level. */
  to?: QuantityClaim;
  results: Result[];
  ratio?: RatioCue;
  /** `to` set against `from` ("double the national rate"), not a change over time. */
  comparison?: true;
}

export interface ShareRelation {
  kind: "share";
  sourceIndex: number;
  part: QuantityClaim;
  whole: QuantityClaim;
  share: QuantityClaim;
  /** Which figure the text gives as the result of the other two. */
  stated: "share" | "part";
}

/** Several parts each restated as a share of one whole the text does not give. */
export interface SharesRelation {
  kind: "shares";
  sourceIndex: number;
  items: { part: QuantityClaim; share: QuantityClaim }[];
}

/** A part of a sum: a figure, or the change between two levels. */
export type Operand = { claim: QuantityClaim } | { from: QuantityClaim; to: QuantityClaim };

export interface SumRelation {
  kind: "sum";
  sourceIndex: number;
  parts: Operand[];
  total: QuantityClaim;
  /**
   * equal: the text says the parts make the total ("a combined 30,000"); exhaustive: a
   * breakdown that should add up, though a shortfall may be parts left unnamed; atMost: some
   * of the parts of the total ("with", "including").
   */
  mode: "equal" | "exhaustive" | "atMost";
  /** The total and the parts are changes: added with their signs. */
  signed: boolean;
}

export interface RateRelation {
  kind: "rate";
  sourceIndex: number;
  rate: QuantityClaim;
  total: QuantityClaim;
  /** How many periods (days, months...) or heads the total is spread over. */
  divisor: Range;
  /** The divisor in words ("31 days in July", "1.2 million residents"). */
  divisorText: string;
  /** The figure the divisor comes from (a duration or a population), when one does. */
  divisorClaim?: QuantityClaim;
  /** The rate's unit in words ("a day", "per resident"). */
  per: string;
}

export interface AverageRelation {
  kind: "average";
  sourceIndex: number;
  values: QuantityClaim[];
  average: QuantityClaim;
}

/** A part taken from a whole and what it leaves: "shutting 14 of its 96 branches, leaving it with 82". */
export interface RemainderRelation {
  kind: "remainder";
  sourceIndex: number;
  part: QuantityClaim;
  whole: QuantityClaim;
  left: QuantityClaim;
}

export type Relation = ChangeRelation | ShareRelation | SharesRelation | SumRelation | RateRelation | AverageRelation | RemainderRelation;

/** Directions read here for figures the extractor leaves without one ("revised down by 23,000"). */
const amountDirections = new WeakMap<QuantityClaim, Direction>();

/**
 * The directions findRelations read for these claims (by position), to carry them with the
 * relations from an extraction worker; restoreDirections puts them back on the other side.
 */
export function readDirections(claims: readonly QuantityClaim[]): (Direction | undefined)[] {
  return claims.map((c) => amountDirections.get(c));
}
export function restoreDirections(claims: readonly QuantityClaim[], directions: readonly (Direction | undefined)[]): void {
  claims.forEach((c, i) => {
    const d = directions[i];
    if (d) amountDirections.set(c, d);
  });
}

/** The direction of a figure stated as a change: the extractor's, or the one read from "... by N". */
export function changeOf(c: QuantityClaim): Direction | undefined {
  return c.change ?? amountDirections.get(c);
}

interface RelationLexicon {
  amountEnd: RegExp;
  clauseBreak: RegExp;
  priorLead: RegExp;
  shareOfEnd: RegExp;
  listPartEnd: RegExp;
  averageGap: RegExp;
  months: string[];
  directUp: RegExp;
  directDown: RegExp;
  changeUp: RegExp;
  changeDown: RegExp;
  fromEnd: RegExp;
  toEnd: RegExp;
  /** ", down " between a level and its change (rules/relations.yaml changeAfterLevel). */
  levelThenChange: RegExp;
  levelEnd: RegExp;
  /** "a margin of ", "a lead of ": right before a difference of the two figures before it. */
  marginEnd: RegExp;
  /** " cases account for ": between a part and its share of a whole (rules/relations.yaml shareVerbs). */
  shareVerbGap: RegExp;
  /** ", and ", "; ": another clause opening between two figures (rules/relations.yaml clauseBreaks). */
  newClause: RegExp;
  /** ", leaving it with ": between a whole (its part before it) and what the part leaves of it. */
  remainderGap: RegExp;
  baselineEnd: RegExp;
  baselineParenEnd: RegExp;
  partBetween: RegExp;
  restateEnd: RegExp;
  totalBeforeEnd: RegExp;
  totalAfterEnd: RegExp;
  totalAfterStart: RegExp;
  changeTotalEnd: RegExp;
  averageEnd: RegExp;
  multiplierRe: RegExp;
  comparisonRe: RegExp;
  comparisons: Map<string, number>;
  hedgeEnd: RegExp;
  multipliers: Map<string, number>;
  hedgeOf: Map<string, Rules["hedges"][number]>;
  resultOpener: RegExp;
  backReference: RegExp;
  /** A sentence opening with a back-reference and a verb that breaks its figure into parts ("That comprises"). */
  comprisesStart: RegExp;
  cumulative: RegExp;
  populationStart: RegExp;
  durationPrep: RegExp;
  breakdownGap: RegExp;
  wholeOpener: RegExp;
  sharesFromStart: RegExp;
  complementAfter: RegExp;
  partsFromStart: RegExp;
}

const lexicons = new WeakMap<Rules, RelationLexicon>();
const clauseBreaks = new WeakMap<Rules, RegExp>();

/** Words that start another clause ("and", "while"), as a regular expression. */
export function clauseBreakRe(rules: Rules): RegExp {
  let re = clauseBreaks.get(rules);
  if (!re) {
    // ("and" after "between" and a word or three joins a pair: "between Tuesday and Thursday")
    const opened = rules.relations.pairOpeners.length ? `(?<!(?<![\\p{L}])(?:${alt(rules.relations.pairOpeners)})(?:${SP}+[^ \\u00a0;,.]+){1,3}${SP}+)` : "";
    clauseBreaks.set(rules, (re = new RegExp(compactLetters(`[;]|(?<![\\p{L}])${opened}(?:${alt(rules.relations.clauseBreaks)})(?![\\p{L}])`), "iu")));
  }
  return re;
}

const esc = escapeRegExp;
const SP = "[ \\u00a0]";
const alt = (xs: string[]) =>
  [...new Set(xs.map((x) => x.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map((x) => esc(x).replace(/ /g, `${SP}+`))
    .join("|") || "(?!)";

function lexicon(rules: Rules): RelationLexicon {
  const hit = lexicons.get(rules);
  if (hit) return hit;
  const r = rules.relations;
  const hedgeOf = new Map<string, Rules["hedges"][number]>();
  for (const h of rules.hedges) for (const w of h.words) if (!/^or /.test(w)) hedgeOf.set(w.toLowerCase(), h);
  const multipliers = new Map(Object.entries(r.multipliers).map(([k, v]) => [k.toLowerCase(), v]));
  const comparisons = new Map(Object.entries(r.comparisons).map(([k, v]) => [k.toLowerCase(), v]));
  const comparative = new Set(r.comparatives.map((w) => w.toLowerCase()));
  // "6.3 per cent bigger than last year's 17,160": a comparative's "than" opens the baseline too,
  // right after the figure before it (not "rose 6% to 4.2 million, still smaller than the 5.1 million")
  const comparativeThan = alt([...rules.measures.comparativeChange.up, ...rules.measures.comparativeChange.down].map((w) => `${w} than`));
  // "and down 1.7%", "up 4.2%": a change word right before the figure (a comparative is a hedge)
  const direct = (xs: string[]) => new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(xs.filter((w) => !comparative.has(w.toLowerCase())))})${SP}+(?:(?:by|of)${SP}+)?$`), "iu");
  // "the", "a", "an" (and a sign) between a cue and its figure
  const DET = `(?:(?:${alt(r.determiners)})${SP}+)?[+]?`;
  // "from Tuesday's 38 percent", "from last year's 4.1%": a period's own level
  const periods = [...r.periodPossessives, ...rules.time.months.flat(), ...rules.time.weekdays.flat()].filter((w) => w.length > 3 || /^(?:may|day)$/i.test(w));
  const words = (xs: string[]) => new RegExp(compactLetters(`(?<![\\p{L}])(?:${alt(xs)})(?![\\p{L}])`), "iu");
  const lex: RelationLexicon = {
    amountEnd: new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(r.amountCues)})${SP}+$`), "iu"),
    directUp: direct(rules.measures.changeWords.up),
    directDown: direct(rules.measures.changeWords.down),
    changeUp: words([...rules.measures.changeWords.up, ...r.changeVerbs.up]),
    changeDown: words([...rules.measures.changeWords.down, ...r.changeVerbs.down]),
    // (a period's own level too: "from March's 401,300 to 396,180")
    fromEnd: new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(r.fromCues)})${SP}+(?:${DET}|(?:${alt(periods)})['’]s${SP}+)$`), "iu"),
    toEnd: new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(r.toCues)})${SP}+${DET}$`), "iu"),
    levelEnd: new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(r.levelCues)})${SP}+$`), "iu"),
    marginEnd: new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(r.marginCues)})${SP}+of${SP}+(?:(?:just|only|some|about|nearly|almost)${SP}+)?$`), "iu"),
    baselineEnd: new RegExp(compactLetters(`(?:(?:^|[^\\p{L}])(?:${alt(r.baselineCues)})|^${SP}*(?:${comparativeThan}))${SP}+(?:${DET}|(?:${alt(periods)})['’]s${SP}+)$`), "iu"),
    // "up 3.1% from May 2023 (6,998)": the earlier level in brackets after its period
    baselineParenEnd: new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(r.baselineCues)})${SP}+[^();]{0,30}[^();]\\(${SP}*$`), "iu"),
    // (not ", and then to 4.6%": the same change carried on)
    shareVerbGap: new RegExp(compactLetters(`^${SP}+(?:[\\p{L}'’-]+${SP}+){0,2}?(?:${alt(r.shareVerbs) || "(?!)"})${SP}+$`), "iu"),
    newClause: new RegExp(compactLetters(`;|,${SP}+(?:${alt(r.clauseBreaks) || "(?!)"})(?![\\p{L}])(?!${SP}+(?:then|to|back|later|eventually|finally|again)(?![\\p{L}]))`), "iu"),
    remainderGap: new RegExp(compactLetters(`^[^.;:!?()\\d]{0,80}?(?:,|${SP})${SP}*(?:${alt(r.remainderCues) || "(?!)"})${SP}+(?:(?:it|them|us|the${SP}+\\p{L}+)${SP}+)?(?:with${SP}+)?(?:(?:an?|the)${SP}+(?:[\\p{L}-]+${SP}+){0,2}?of${SP}+)?(?:just${SP}+|only${SP}+)?$`), "iu"),
    partBetween: new RegExp(compactLetters(`^${SP}+(?:${alt(r.partCues)})${SP}+${DET}$`), "iu"),
    restateEnd: new RegExp(compactLetters(`(?:\\(|[,—–]${SP}*(?:${alt(r.restateCues)})|${SP}(?:${alt(r.restateCues)}))${SP}*$`), "iu"),
    totalBeforeEnd: new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(r.totalBefore)})[,]?${SP}+$`), "iu"),
    totalAfterEnd: new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(r.totalAfter)})(?:${SP}+(?:${alt(r.linkingVerbs)}))?${SP}+$`), "iu"),
    clauseBreak: clauseBreakRe(rules),
    priorLead: new RegExp(compactLetters(`^\\)?[ \\u00a0,]*(?:(?:${alt(r.clauseBreaks)})${SP}*)?(?:(?:${alt([...rules.measures.changeWords.up, ...rules.measures.changeWords.down])})${SP}*)?$`), "iu"),
    shareOfEnd: new RegExp(compactLetters(`^${SP}*\\)?${SP}*,?${SP}+(?:${alt(r.partCues)})${SP}+${DET}$`), "iu"),
    listPartEnd: new RegExp(compactLetters(`(?<![\\p{L}])(?:${alt(r.listPartCues)})${SP}+${DET}$`), "iu"),
    averageGap: new RegExp(compactLetters(`[,—–(]${SP}*(?:(?:${alt(r.averageCues)})${SP}*)?$`), "iu"),
    months: rules.time.months.map((m) => (m[0] ? m[0][0].toUpperCase() + m[0].slice(1) : "")),
    // ("23 in all competitions": "in all" before a noun of its own is "in every", no total)
    totalAfterStart: new RegExp(compactLetters(`^(?:${SP}+[\\p{L}'’-]+){0,2}?${SP}+(?:${alt(r.totalAfter)})(?![\\p{L}])(?!${SP}+(?!(?:${alt([...r.clauseBreaks, "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "since", "so", "this", "last", "the", "a", "an"])})(?![\\p{L}]))\\p{Ll}{3,})`), "iu"),
    changeTotalEnd: new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(r.changeTotalBefore)})${SP}+$`), "iu"),
    averageEnd: new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(r.averageCues)})${SP}+(?:of${SP}+)?$`), "iu"),
    multiplierRe: new RegExp(compactLetters(`(?<![\\p{L}])(${alt([...multipliers.keys()])})(?![\\p{L}])`), "giu"),
    hedgeEnd: new RegExp(compactLetters(`(?:^|[^\\p{L}])(${alt([...hedgeOf.keys()])})${SP}+$`), "iu"),
    multipliers,
    comparisons,
    comparisonRe: new RegExp(compactLetters(`(?<![\\p{L}])(${alt([...comparisons.keys()]) || "(?!)"})${SP}+(?=(?:the|that${SP}+of|those${SP}+of|as${SP}+[\\p{L}]+${SP}+as)${SP})`), "giu"),
    hedgeOf,
    cumulative: new RegExp(compactLetters(`(?<![\\p{L}])(?:${alt(r.cumulativeCues)})(?![\\p{L}])`), "iu"),
    levelThenChange: new RegExp(compactLetters(`,${SP}+(?:${alt(r.changeAfterLevel)})${SP}+(?:by${SP}+)?$`), "iu"),
    backReference: new RegExp(compactLetters(`(?<![\\p{L}])(?:${alt(r.backReferences)})(?![\\p{L}])`), "iu"),
    comprisesStart: new RegExp(compactLetters(`^[^.;]{0,60}?(?<![\\p{L}])(?:${alt(r.backReferences)})${SP}+(?:${alt(r.comprisesCues) || "(?!)"})(?![\\p{L}])[^.;]{0,40}$`), "iu"),
    resultOpener: new RegExp(compactLetters(`^[ \\u00a0"“‘']*(?:${alt(r.resultOpeners)})(?![\\p{L}])`), "iu"),
    populationStart: new RegExp(compactLetters(`^${SP}*(?:[\\p{L}-]+${SP}+)?(?:${alt(r.populationWords)})(?![\\p{L}])`), "iu"),
    durationPrep: new RegExp(compactLetters(`(?:^|[^\\p{L}])(?:${alt(r.durationPrepositions)})${SP}+$`), "iu"),
    wholeOpener: new RegExp(compactLetters(`^(?:${alt(r.wholeOpeners)})$`), "iu"),
    breakdownGap: new RegExp(compactLetters(`(?:${[...r.breakdownOpeners, ...r.wholeOpeners].map((o) => (LETTERS_RE_1.test(o) ? `(?<![\\p{L}])${alt([o])}(?![\\p{L}])` : esc(o))).join("|") || "(?!)"})`), "iu"),
    partsFromStart: new RegExp(compactLetters(`^[ \\u00a0"“\\-–—•*]*(?:${alt(r.partsOpeners)})(?![\\p{L}])`), "iu"),
    // (the cue alone, closing the clause: "210 did not." — not "45 were not eligible"; and no rest
    // named after it, "390 did not, with the rest undecided")
    complementAfter: new RegExp(compactLetters(`^(?:${SP}+[\\p{L}-]+){0,2}${SP}*(?:${alt(r.complementCues)})${SP}*(?:[.;!?]|$|,(?![^.;]*(?<![\\p{L}])(?:rest|remainder|others|remaining)(?![\\p{L}])))`), "iu"),
    sharesFromStart: new RegExp(compactLetters(`^[ \\u00a0"“]*(?:${alt(r.partCues)})${SP}+${DET}$`), "iu"),
  };
  lexicons.set(rules, lex);
  return lex;
}

/** A figure that can stand as a level, part or total: not a change, not vague. */
const isLevel = (c: QuantityClaim) => !changeOf(c) && !c.vague && c.family !== "duration";
const sameFamily = (a: QuantityClaim, b: QuantityClaim) => a.family === b.family;
const isPercent = (c: QuantityClaim) => c.family === "percent";
/** A short stretch of words inside one clause. */
const short = (g: string, n = 40) => g.length <= n && !/[;]/.test(g);
/**
 * Words between two items of a list ("27,400 jobs from March and 14,800"): a comma or "and",
 * no figure, clause mark or bracket, and no cue that opens a level or a comparison.
 */
const CONVERSION_GAP = /^[ \u00a0]*\([ \u00a0]*(?:(?:about|around|roughly|some|approximately|nearly|almost|or|c\.)[ \u00a0]+)?$/i;
const COLON_LABEL = lre(/:[ \u00a0]*\p{L}[\p{L} ,'’-]{0,40}[ \u00a0]$/u);
const BEYOND = lre(/(?<![\p{L}])(?:further|additional|another|extra)[ \u00a0]*$/iu);

const listGap = (raw: string) => {
  // "118 (Mon), 131 (Thu)": a short label in brackets after each item is part of the list
  // "$126,000 in 2021 and $308,500 in 2022": a year dating each item is no figure between them
  // "22 Falcon F-410s and seven freighters": a model's code is a name, no figure between them
  const g = raw
    .replace(/^[ \u00a0]*\([^()\d]{1,15}\)/u, "")
    .replace(IN_YEAR, "in")
    // (not a period's code: "$120m in Q3 and $140m in Q4" are figures of two quarters)
    .replace(CODE_WORD, (code) => (/^(?:Q[1-4]|H[12]|FY-?\d*)$/.test(code) ? code : "X"));
  // (nor an aside set off by spaced hyphens: "53,900 residents - about 34 percent of the town's
  // 158,000 - and 1,640 staff")
  // (a longer description of an item when the next one follows a comma: "170 from the
  // neighbouring counties of Quarrendon and Bexmoor, and 130 volunteers")
  return (g.length <= 50 || (g.length <= 80 && /(?:,[ \u00a0]+|[ \u00a0]and[ \u00a0]+)$/u.test(g))) && LETTERS_RE_2.test(g) && !LETTERS_RE_3.test(g);
};

interface Sentence {
  start: number;
  end: number;
  claims: QuantityClaim[];
}

/** The relations stated between the figures of one source. */
export function findRelations(source: Source, claims: readonly QuantityClaim[], rules: Rules): Relation[] {
  const lex = lexicon(rules);
  const text = source.text;
  // (a time of day is no part, total or change of anything)
  const sorted = claims.filter((c) => c.family !== CLOCK).sort((a, b) => a.span.start - b.span.start);
  const sentences: Sentence[] = splitSentences(text, source.body.start, text.length).map((r) => ({ ...r, claims: [] }));
  let si = 0;
  for (const c of sorted) {
    while (si < sentences.length - 1 && sentences[si].end <= c.span.start) si++;
    if (sentences[si] && c.span.start >= sentences[si].start && c.span.end <= sentences[si].end) sentences[si].claims.push(c);
  }
  const sourceIndex = sorted[0]?.sourceIndex ?? 0;
  // "revised down by 23,000", "lowered March and April by a combined 30,000": amounts of change
  for (const c of sorted) {
    if (c.change || c.vague) continue;
    const lead = text.slice(Math.max(source.body.start, c.span.start - 80), c.span.start);
    const up0 = lex.directUp.test(lead);
    if (up0 !== lex.directDown.test(lead)) {
      amountDirections.set(c, up0 ? "up" : "down");
      continue;
    }
    const m = lex.amountEnd.exec(lead);
    if (!m) continue;
    // the change word within the clause before the cue ("down", "lowered its estimates")
    const clause = lead.slice(0, m.index + 1).split(/[.;:,()—–]/).pop()!.split(/[ \u00a0]+/).slice(-6).join(" ");
    const up = lex.changeUp.test(clause);
    const down = lex.changeDown.test(clause);
    if (up !== down) amountDirections.set(c, up ? "up" : "down");
  }
  const out: Relation[] = [];
  const pairsBySentence = new Map<number, { from: QuantityClaim; to: QuantityClaim }[]>();
  const changes = new Map<number, ChangeRelation[]>();
  sentences.forEach((s, i) => {
    const found = changeRelations(s, text, lex, rules, sourceIndex, source.path);
    changes.set(i, found.relations);
    pairsBySentence.set(i, found.pairs);
  });
  // "In 2018-19, 88.7% had both doses. By 2023-24 that share had fallen to 83.5%, a drop of
  // 5.2 points": the earlier level in the sentence before, the later one and the change here
  sentences.forEach((s, i) => {
    const rel = changes.get(i)!;
    if (i === 0 || rel.some((r) => r.from && r.to)) return;
    const lone = rel.find((r) => r.to && !r.from && r.results.length);
    const to = lone?.to ?? s.claims.find((c, k) => isLevel(c) && lex.toEnd.test(text.slice(k > 0 ? s.claims[k - 1].span.end : s.start, c.span.start)) && s.claims.some((x) => changeOf(x) && resultFits(x, { to: c })));
    if (!to || !to.scope || to.scopeIsEvent) return;
    const paired = new Set((pairsBySentence.get(i - 1) ?? []).flatMap((p) => [p.from, p.to]));
    const earlier = sentences[i - 1].claims.filter((c) => isLevel(c) && sameFamily(c, to) && !paired.has(c));
    if (earlier.length !== 1) return;
    const from = earlier[0];
    // an earlier period, and the same measure
    if (!from.scope || from.scopeIsEvent || from.scope.end >= to.scope.start || from.scope.start.startsWith("P") || to.scope.start.startsWith("P")) return;
    const sim = measureSimilarity(from, to);
    if (sim < rules.severity.thresholds.align && !(sim > 0 && lex.backReference.test(text.slice(s.start, to.span.start)))) return;
    const results = (lone?.results ?? []).concat(lone ? [] : s.claims.filter((x) => changeOf(x) && resultFits(x, { to })).map((claim) => ({ claim, direction: changeOf(claim) })));
    const r: ChangeRelation = { kind: "change", sourceIndex, from, to, results };
    if (lone) rel.splice(rel.indexOf(lone), 1);
    rel.push(r);
    pairsBySentence.set(i, [...(pairsBySentence.get(i) ?? []), { from, to }]);
  });
  // a sentence that only states the result of the one before ("This represents a drop of 33%")
  sentences.forEach((s, i) => {
    const rel = changes.get(i)!;
    const next = sentences[i + 1];
    if (!next || !rel.length || rel.some((r) => r.results.length) || rel.length !== 1) return;
    if (!lex.resultOpener.test(text.slice(next.start, next.end))) return;
    if ((pairsBySentence.get(i + 1) ?? []).length) return;
    const r = rel[0];
    const results = next.claims.filter((c) => changeOf(c) && resultFits(c, r) && c.planned === (r.to ?? r.from)!.planned);
    if (results.length && results.length === next.claims.length) r.results.push(...results.map((claim) => ({ claim, direction: changeOf(claim) })));
  });
  // "The survey put the population at 58 adults. That is a rise of about 24% from the 44
  // adults counted in 2019": a sentence stating a change from an earlier level, about the
  // figure of the sentence before (the later level)
  sentences.forEach((s, i) => {
    const rel = changes.get(i)!;
    if (i === 0 || rel.length || (pairsBySentence.get(i) ?? []).length || !lex.resultOpener.test(text.slice(s.start, s.end))) return;
    const cs = s.claims;
    const k = cs.findIndex((c, n) => n + 1 < cs.length && changeOf(c) && !c.vague && isLevel(cs[n + 1]) && short(text.slice(c.span.end, cs[n + 1].span.start), 40) && lex.baselineEnd.test(text.slice(c.span.end, cs[n + 1].span.start)));
    if (k < 0 || cs.some((c, n) => n !== k && changeOf(c))) return;
    const [change, from] = [cs[k], cs[k + 1]];
    // the later level: the last figure of the sentence before that counts what the earlier one counts
    // (or, in a unit other than a count, the only one of that unit there: "a tariff of €31.80
    // … That is down 9 percent from the €34.95 set in the last review")
    const levels = sentences[i - 1].claims.filter((c) => isLevel(c) && !c.vague && sameFamily(c, from) && c.unit === from.unit);
    const to = [...levels].reverse().find((c) => !c.head || !from.head || c.head === from.head) ?? (levels.length === 1 && from.family !== "count" ? levels[0] : undefined);
    if (!to || !resultFits(change, { to })) return;
    rel.push({ kind: "change", sourceIndex, from, to, results: [{ claim: change, direction: changeOf(change) }] });
    pairsBySentence.set(i, [{ from, to }]);
  });
  // pairs of levels with no stated change are kept too: another source may state the change
  for (const rel of changes.values()) out.push(...rel);
  sentences.forEach((s, i) => {
    const shares = shareRelations(s, text, lex, sourceIndex, new Set((pairsBySentence.get(i) ?? []).flatMap((p) => [p.from, p.to])));
    out.push(...shares, ...sharesOfNamedWhole(sentences, i, text, lex, sourceIndex, shares));
    out.push(...sumRelations(sentences, i, text, lex, pairsBySentence, sourceIndex));
    out.push(...rateRelations(s, text, lex, rules, sourceIndex, sentences[i - 1]));
    out.push(...averageRelations(s, text, lex, sourceIndex));
    out.push(...marginRelations(s, text, lex, sourceIndex));
  });
  return out;
}

/**
 * The ratios a multiple allows with its hedge: unhedged, within the tolerance; "more than
 * doubled" any factor from two up (short of the next multiple); "nearly" from below, not
 * under `floor`; other hedges by their interval.
 */
function hedgedRatio(x: number, h: Rules["hedges"][number] | undefined, tol: number, floor: number): Range {
  if (!h) return range(x * (1 - tol), x * (1 + tol));
  if (h.bound === "above") return range(x, x * 1.5);
  if (h.bound === "below") return range(Math.max(floor, x * (1 + h.low)), x);
  const i = hedgeInterval(x, h);
  return range(i.low, i.high);
}

/** A stated change fits a pair of levels: the same unit, a percent, or points for rates. */
function resultFits(c: QuantityClaim, r: { to?: QuantityClaim; from?: QuantityClaim }): boolean {
  const level = r.to ?? r.from;
  if (!level) return false;
  if (c.vague) return false;
  if (isPercent(c)) return true;
  if (c.family === "percentage-point") return isPercent(level);
  return c.family === level.family && !isPercent(level);
}

function gapOf(text: string, a: { span: Span }, b: { span: Span }): string {
  return text.slice(a.span.end, b.span.start);
}

/** Changes between two levels of one sentence, with the stated results bound to each. */
function changeRelations(s: Sentence, text: string, lex: RelationLexicon, rules: Rules, sourceIndex: number, path: string) {
  const cs = s.claims;
  // at most 80 characters back: the cues sit right before a figure
  const before = (i: number) => text.slice(Math.max(i > 0 ? cs[i - 1].span.end : s.start, cs[i].span.start - 80), cs[i].span.start);
  const between = (i: number, j: number) => text.slice(cs[i].span.end, cs[j].span.start);
  const pairs: { from: QuantityClaim; to: QuantityClaim; bound: QuantityClaim[] }[] = [];
  const usedAsLevel = new Set<QuantityClaim>();
  const addPair = (from: QuantityClaim, to: QuantityClaim, bound: QuantityClaim[] = []) => {
    if (!isLevel(from) || !isLevel(to) || !sameFamily(from, to) || usedAsLevel.has(from) || usedAsLevel.has(to)) return;
    pairs.push({ from, to, bound });
    usedAsLevel.add(from);
    usedAsLevel.add(to);
  };
  // "from 52,310 in May to 31,904 in July" first, then "rose to 5.7% from 5.6%", then
  // "312,000 instead of 335,000", "$512,300, up from $491,600"
  const forms: ((i: number, g: string) => boolean)[] = [
    // (not across another clause: "down from the 1.9% it forecast, and inflation falling to the 2% target")
    (i, g) => lex.fromEnd.test(before(i)) && lex.toEnd.test(g) && !lex.newClause.test(g) && (addPair(cs[i], cs[i + 1]), true),
    (i, g) => lex.toEnd.test(before(i)) && lex.baselineEnd.test(g) && (addPair(cs[i + 1], cs[i]), true),
    (i, g) => lex.baselineEnd.test(g) && !lex.fromEnd.test(before(i)) && !lex.toEnd.test(g) && !(i + 2 < cs.length && lex.toEnd.test(between(i + 1, i + 2))) && (addPair(cs[i + 1], cs[i]), true),
  ];
  for (const form of forms)
    for (let i = 0; i + 1 < cs.length; i++) {
      const g = between(i, i + 1);
      if (short(g, 60)) form(i, g);
    }
  // "$512,300, up 4.2% from $491,600"; "7,215, up 3.1% from May 2023 (6,998) and down 1.7%
  // from April 2024 (7,340)": a change between the later level and the earlier one
  for (let k = 1; k + 1 < cs.length; k++) {
    const c = cs[k];
    if (!changeOf(c) || c.vague) continue;
    const g = between(k, k + 1);
    if (!short(g, 50) || !(lex.baselineEnd.test(g) || lex.baselineParenEnd.test(g))) continue;
    const from = cs[k + 1];
    // the later level: the figure before the change, past figures of other units ("44.7% of
    // the city's 187,450 registered voters, up 7.4 percentage points from the 37.3%")
    let j = k - 1;
    while (j > 0 && !sameFamily(cs[j], from) && !changeOf(cs[j])) j--;
    // (past a conversion in brackets: "31,420 hectares (about 77,600 acres), a growth of 18 percent")
    while (j > 0 && sameFamily(cs[j - 1], cs[j]) && cs[j - 1].unit !== cs[j].unit && CONVERSION_GAP.test(between(j - 1, j))) j--;
    let to: QuantityClaim | undefined = cs[j];
    const lead = text.slice(cs[j].span.end, c.span.start);
    // "... (6,998) and down 1.7% from ...": the same later level again
    const prior = pairs.find((p) => p.from === to);
    if (prior && j === k - 1 && lex.priorLead.test(lead)) {
      // (along a chain: "up 2% from April (51,373, revised from 51,210) and up 12% from …":
      // the revision's later figure is itself the earlier level of the first change)
      to = prior.to;
      for (let n = 0, next = pairs.find((p) => p.from === to); next && n < 4; n++, next = pairs.find((p) => p.from === to)) to = next.to;
    } else if (!short(lead, j === k - 1 ? 40 : 60) || lex.clauseBreak.test(lead)) continue;
    // (a figure already the later level of a pair with no stated change, "(51,373, revised from
    // 51,210)", can still be the earlier level of the change before its bracket)
    const laterOnly = usedAsLevel.has(from) && pairs.every((p) => p.from !== from && (p.to !== from || p.bound.length === 0));
    if (!to || !isLevel(to) || !isLevel(from) || !sameFamily(to, from) || (usedAsLevel.has(from) && !laterOnly)) continue;
    if (!resultFits(c, { to })) continue;
    pairs.push({ from, to, bound: [c] });
    usedAsLevel.add(from);
    usedAsLevel.add(to);
  }
  const relations: ChangeRelation[] = pairs.map((p) => ({ kind: "change", sourceIndex, from: p.from, to: p.to, results: p.bound.map((claim) => ({ claim, direction: changeOf(claim) })) }));
  const boundClaims = new Set(pairs.flatMap((p) => p.bound));
  // stated results not yet bound: changes, and figures that restate one ("14 cents, or 0.5%")
  const results: Result[] = [];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (usedAsLevel.has(c) || boundClaims.has(c) || c.vague) continue;
    if (changeOf(c)) results.push({ claim: c, direction: changeOf(c) });
    // (the change's noun may stand between: "a reduction of 5,120 patients, or 1.3 percent")
    else if (i > 0 && changeOf(cs[i - 1]) && lex.restateEnd.test(between(i - 1, i)) && short(between(i - 1, i), 30) && (isPercent(c) || c.family === "percentage-point"))
      results.push({ claim: c, direction: changeOf(cs[i - 1]) });
  }
  for (const res of results) {
    const i = cs.indexOf(res.claim);
    let target: ChangeRelation | undefined;
    if (relations.length === 1) {
      // one pair in the sentence: a result in the same clause, next to it
      const r = relations[0];
      const [first, last] = [r.from!, r.to!].sort((a, b) => a.span.start - b.span.start);
      const gap = res.claim.span.start >= last.span.end ? text.slice(last.span.end, res.claim.span.start) : text.slice(res.claim.span.end, first.span.start);
      const inside = res.claim.span.start > first.span.end && res.claim.span.end < last.span.start;
      if (inside || (short(gap, 60) && !lex.clauseBreak.test(gap))) target = r;
    } else {
      // "18 cents from $1.45 to $1.63": bound forward when only a from-cue stands between
      const next = relations.find((r) => r.from && cs.indexOf(r.from) === i + 1 && /^[ \u00a0,]*$/.test(before(i + 1).replace(lex.fromEnd, "")) && lex.fromEnd.test(before(i + 1)));
      // "from $3.40 to $3.80, up 11.8%": bound backward to the pair just before
      const prev = relations.find((r) => {
        const last = Math.max(cs.indexOf(r.from!), cs.indexOf(r.to!));
        const mid = cs.slice(last + 1, i);
        return last < i && mid.every((m) => results.some((x) => x.claim === m)) && short(text.slice(cs[last].span.end, res.claim.span.start), 40) && !lex.clauseBreak.test(text.slice(cs[last].span.end, res.claim.span.start));
      });
      target = next ?? prev;
    }
    if (target && resultFits(res.claim, target)) target.results.push(res);
  }
  // "more than doubled, from 2,800 acres to 6,350 acres", "halved to 4,150 from 8,300"
  const sentenceText = relations.length ? text.slice(s.start, s.end) : "";
  const mre = new RegExp(compactLetters(lex.multiplierRe.source), lex.multiplierRe.flags);
  for (let m = mre.exec(sentenceText); m; m = mre.exec(sentenceText)) {
    const from0 = Math.max(0, m.index - 30);
    const hm = lex.hedgeEnd.exec(sentenceText.slice(from0, m.index));
    const start = s.start + (hm ? from0 + hm.index + hm[0].search(LETTERS_RE_4) : m.index);
    const end = s.start + m.index + m[0].length;
    const word = m[1];
    const hedgeWord = hm?.[1];
    // the pair the verb governs: the first pair after it with no other figure between
    const r = relations.find((x) => {
      const first = [x.from!, x.to!].sort((a, b) => a.span.start - b.span.start)[0];
      const last = [x.from!, x.to!].sort((a, b) => b.span.start - a.span.start)[0];
      if (end <= first.span.start) return !cs.some((c) => c.span.start >= end && c.span.end <= first.span.start) && first.span.start - end <= 40;
      return start >= first.span.end && end <= last.span.start;
    });
    if (!r || r.ratio) continue;
    const value = lex.multipliers.get(word.toLowerCase().replace(/[ \u00a0]+/g, " "))!;
    const h = hedgeWord ? lex.hedgeOf.get(hedgeWord.toLowerCase().replace(/[ \u00a0]+/g, " ")) : undefined;
    // read on the factor of the change ("halved" is a fall by a factor of two), then turned
    // back into the ratio of the later level to the earlier one
    const factor = value >= 1 ? value : 1 / value;
    // (a change's factor is never below one: "nearly doubled" is from a little over one)
    const f = hedgedRatio(factor, h, rules.relations.multiplierTolerance, 1);
    const ratio = value >= 1 ? f : range(1 / f.hi, 1 / f.lo);
    r.ratio = { span: { source: path, start, end, text: text.slice(start, end) }, ratio, value, hedged: !!h };
  }
  // "16.9 per cent — more than double the national rate of 12.1 per cent": a figure set
  // against the next one as a ratio (the figure before the words, the one after them)
  const cre = new RegExp(compactLetters(lex.comparisonRe.source), lex.comparisonRe.flags);
  const whole = cs.length >= 2 ? text.slice(s.start, s.end) : "";
  for (let m = cre.exec(whole); m; m = cre.exec(whole)) {
    const at = s.start + m.index;
    const end = at + m[1].length;
    // (the figure before may stand past one of another kind: "16.9 per cent among those aged 15 to 24 — double the …")
    const b = cs.find((c) => c.span.start >= end);
    const a = b && [...cs].reverse().find((c) => c.span.end <= at && c.family === b.family);
    if (!a || !b || !isLevel(a) || !isLevel(b) || !sameFamily(a, b) || a.unit !== b.unit || usedAsLevel.has(a) || usedAsLevel.has(b)) continue;
    if (at - a.span.end > 80 || b.span.start - end > 60 || /[;:]/.test(text.slice(a.span.end, b.span.start))) continue;
    const from0 = Math.max(s.start, at - 30);
    const hm = lex.hedgeEnd.exec(text.slice(from0, at));
    const hedgeWord = hm?.[1];
    const h = hedgeWord ? lex.hedgeOf.get(hedgeWord.toLowerCase().replace(/[ \u00a0]+/g, " ")) : undefined;
    const value = lex.comparisons.get(m[1].toLowerCase().replace(/[ \u00a0]+/g, " "))!;
    const f = hedgedRatio(value, h, rules.relations.multiplierTolerance, 0);
    const start = hm ? from0 + hm.index + hm[0].search(LETTERS_RE_4) : at;
    relations.push({ kind: "change", sourceIndex, from: b, to: a, results: [], comparison: true, ratio: { span: { source: path, start, end, text: text.slice(start, end) }, ratio: f, value, hedged: !!h } });
  }
  // (a percentage with a baseline of its own, "down €500m since 2022, and 8% less than a year
  // ago", measures from another level than the amount beside it)
  const ownBase = (rs: Result[]) => {
    const pct = rs.find((x) => isPercent(x.claim))?.claim;
    const amt = rs.find((x) => !isPercent(x.claim))?.claim;
    if (pct?.baseline && (!amt?.baseline || amt.baseline.start !== pct.baseline.start || amt.baseline.end !== pct.baseline.end)) return true;
    // (…or an amount set against something other than an earlier time: "down $500m on analysts' forecasts")
    return !!amt && !amt.baseline && /^[ \u00a0]+(?:on|against|versus|than|compared[ \u00a0]+(?:with|to))[ \u00a0]/i.test(text.slice(amt.span.end, amt.span.end + 16));
  };
  // "rose 14 cents, or 0.5%, to $28.16": the earlier level is implied by the change
  if (!relations.length) {
    // (or a level stated ahead of every figure of its change: "stood at 52,480, up 4,120, a rise of 8.5%")
    // (or set off before its change: "holds €1.9bn in such firms, down €500m, a cut of 21%")
    const to =
      cs.find((c, i) => isLevel(c) && lex.toEnd.test(before(i)) && !usedAsLevel.has(c)) ??
      cs.find((c, i) => isLevel(c) && lex.levelEnd.test(before(i)) && !usedAsLevel.has(c) && results.length > 0 && results.every((x) => x.claim.span.start > c.span.end)) ??
      cs.find((c, i) => isLevel(c) && !usedAsLevel.has(c) && i + 1 < cs.length && !!changeOf(cs[i + 1]) && short(between(i, i + 1), 80) && lex.levelThenChange.test(between(i, i + 1)) && results.length > 0 && results.every((x) => x.claim.span.start > c.span.end) && !ownBase(results));
    const from = to ? undefined : cs.find((c, i) => isLevel(c) && lex.fromEnd.test(before(i)) && !usedAsLevel.has(c));
    const level = to ?? from;
    if (level) {
      const abs = results.filter((x) => x.claim.family === level.family && !isPercent(level) && x.direction);
      const rel = results.filter((x) => isPercent(x.claim));
      if (abs.length === 1 && rel.length === 1) relations.push({ kind: "change", sourceIndex, ...(to ? { to } : { from }), results: [abs[0], { ...rel[0], direction: rel[0].direction ?? abs[0].direction }] });
    } else {
      // "grew by 18,240, or 4.1%": a change restated as a percentage, with no level to check
      // it by here (another source may state the same change with another percentage)
      for (let k = 0; k + 1 < results.length; k++) {
        const [a, b] = [results[k], results[k + 1]];
        if (isPercent(a.claim) || a.claim.family === "percentage-point" || !isPercent(b.claim)) continue;
        const gap = text.slice(a.claim.span.end, b.claim.span.start);
        if (short(gap, 12) && lex.restateEnd.test(gap)) relations.push({ kind: "change", sourceIndex, results: [a, { ...b, direction: b.direction ?? a.direction }] });
      }
    }
  }
  return { relations, pairs: pairs.map(({ from, to }) => ({ from, to })) };
}

/**
 * "Yes received 38,204 votes and No 41,517, a margin of 3,313": a difference stated after the
 * two figures it is the difference of (the only two of its kind before it in the sentence,
 * neither a change). Checked as the change from the smaller to the larger.
 */
function marginRelations(s: Sentence, text: string, lex: RelationLexicon, sourceIndex: number): Relation[] {
  const cs = s.claims;
  const out: Relation[] = [];
  for (let i = 2; i < cs.length; i++) {
    const t = cs[i];
    if (!isLevel(t) || t.bound !== "exact" || !lex.marginEnd.test(text.slice(Math.max(s.start, t.span.start - 40), t.span.start))) continue;
    // (a margin in points is of two percentages: "52.6% to 47.4%, a lead of 5.2 points")
    const kind = (c: QuantityClaim) => (c.family === "percentage-point" ? "percent" : c.family);
    const before = cs.slice(0, i).filter((c) => kind(c) === kind(t) && c.unit === (t.family === "percentage-point" ? "percent" : t.unit));
    // (exactly two: with three or more, "a lead of" may be over the runner-up or over all the rest;
    // a gap in percent between two percentages may be relative)
    if (before.length !== 2 || (t.family === "percent" && before.every((c) => c.family === "percent"))) continue;
    const [a, b] = before.slice(-2);
    // (not a part and its whole: "31 of the 60 seats, a working majority of two")
    if (!isLevel(a) || !isLevel(b) || a.role || b.role || a.bound !== "exact" || b.bound !== "exact" || a.per !== b.per || typeof a.value !== "number" || typeof b.value !== "number" || a.value === b.value) continue;
    // (the two within one clause run of the margin: no sentence break or semicolon between)
    if (/[;:]/.test(text.slice(a.span.end, t.span.start)) || t.span.start - a.span.end > 200) continue;
    // (not a compound adjective: "326 seats in the 650-seat chamber, a working majority of two")
    if ([a, b].some((c) => LETTERS_RE_5.test(text.slice(c.span.end, c.span.end + 2)))) continue;
    const [from, to] = a.value < b.value ? [a, b] : [b, a];
    // a stated margin far from the difference is likelier another difference (a golfer's lead
    // over the field after "a 66 … a total of 201") than a slip of this one
    const ratio = typeof t.value === "number" ? t.value / (to.value as number - (from.value as number)) : 0;
    // (within a half again either way, "a gap of 8.5 points" after "22%" and "9%" being over a figure
    // of another sentence; within half to double when the stated margin's digits are a slip of the
    // difference's, "a margin of 540" for 5,210 against 4,870)
    const slipped = typeof t.value === "number" && digitSlip(t.value, (to.value as number) - (from.value as number));
    if (!(ratio >= (slipped ? 0.5 : 2 / 3) && ratio <= (slipped ? 2 : 1.5))) continue;
    out.push({ kind: "sum", sourceIndex, parts: [{ from, to }], total: t, mode: "equal", signed: true });
  }
  return out;
}

/** "171 of the 5,193 patients (3.3%)", "two-thirds of the 600 delegates, or 400". */
/** `levels`: the figures of the sentence's from-to pairs ("from 1.90 to 2.20 crowns (15.8%)": a change's, not a share's). */
function shareRelations(s: Sentence, text: string, lex: RelationLexicon, sourceIndex: number, levels: ReadonlySet<QuantityClaim> = new Set()): Relation[] {
  const cs = s.claims;
  const out: Relation[] = [];
  const between = (i: number, j: number) => text.slice(cs[i].span.end, cs[j].span.start);
  const used = new Set<QuantityClaim>();
  const whole = (c: QuantityClaim) => isLevel(c) && !isPercent(c) && c.family !== "percentage-point";
  const share = (c: QuantityClaim) => isPercent(c) && !changeOf(c) && !c.vague;
  const restated = (g: string) => lex.restateEnd.test(g) && short(g, 60);
  for (let i = 0; i + 2 < cs.length; i++) {
    const [a, b, c] = [cs[i], cs[i + 1], cs[i + 2]];
    const g1 = between(i, i + 1);
    const g2 = between(i + 1, i + 2);
    // part of whole (share)
    if (whole(a) && whole(b) && sameFamily(a, b) && share(c) && lex.partBetween.test(g1) && restated(g2)) {
      out.push({ kind: "share", sourceIndex, part: a, whole: b, share: c, stated: "share" });
      used.add(a).add(b).add(c);
    }
    // share of whole, or part
    else if (share(a) && whole(b) && whole(c) && sameFamily(b, c) && lex.partBetween.test(g1) && restated(g2)) {
      out.push({ kind: "share", sourceIndex, part: c, whole: b, share: a, stated: "part" });
      used.add(a).add(b).add(c);
    }
    // part, or share, of whole; part accounting for a share of the whole
    else if (whole(a) && share(b) && whole(c) && sameFamily(a, c) && (restated(g1) || lex.shareVerbGap.test(g1)) && lex.shareOfEnd.test(g2)) {
      out.push({ kind: "share", sourceIndex, part: a, whole: c, share: b, stated: "share" });
      used.add(a).add(b).add(c);
    }
  }
  // "Of the 86 cases, 62 (72%) are children": a whole opening the sentence
  const items: { part: QuantityClaim; share: QuantityClaim }[] = [];
  for (let i = 0; i + 1 < cs.length; i++) {
    if (used.has(cs[i]) || used.has(cs[i + 1])) continue;
    // "or 12% of sales" names its own whole
    const ownWhole = LETTERS_RE_6.test(text.slice(cs[i + 1].span.end, cs[i + 1].span.end + 5));
    // ("…to 2.20 crowns (15.8%)": the level a change reached, with the change in brackets)
    const reached = lex.toEnd.test(text.slice(Math.max(s.start, cs[i].span.start - 30), cs[i].span.start));
    if (whole(cs[i]) && !levels.has(cs[i]) && !reached && share(cs[i + 1]) && !ownWhole && restated(between(i, i + 1)) && short(between(i, i + 1), 25)) items.push({ part: cs[i], share: cs[i + 1] });
  }
  const opening = cs[0] && whole(cs[0]) && lex.sharesFromStart.test(text.slice(s.start, cs[0].span.start)) ? cs[0] : undefined;
  if (opening) {
    for (const it of items) if (it.part !== opening && sameFamily(it.part, opening)) out.push({ kind: "share", sourceIndex, part: it.part, whole: opening, share: it.share, stated: "share" });
  } else if (items.length >= 2 && items.every((it) => sameFamily(it.part, items[0].part)) && new Set(items.map((it) => it.part.head).filter((h) => h !== undefined)).size <= 1) {
    // (parts of one whole count one thing: "$6.7 billion in revenue, or 12%, and $600 million in profit, or 1.4%" do not)
    // shares of one whole add up to at most 100%
    const total = items.reduce((n, it) => n + it.share.interval.low, 0);
    if (total <= 100.5) out.push({ kind: "shares", sourceIndex, items });
  }
  return out;
}

/**
 * "… of the total", "… of everything taken", "… of all of them", said bare: a whole named
 * before ("of the total budget", "of all shares outstanding" name a whole of their own).
 */
const OF_WHOLE_BEFORE = lre(/^[ \u00a0]+of[ \u00a0]+(?:(?:the[ \u00a0]+)?(?:total|whole)|everything(?:[ \u00a0]+\p{L}+(?:ed|en))?|all[ \u00a0]+of[ \u00a0]+them)(?=[ \u00a0]*(?:[.,;:)—–]|$))/iu);

/**
 * "Intruders copied 512,000 files in all. Among them were 31,400 payroll files, around a
 * quarter of everything taken": a part and its share of a whole the words point back to, the
 * nearest larger figure of the same kind and thing before it, in its sentence or the two
 * before, when it is stated as a total and for the part's period.
 */
function sharesOfNamedWhole(sentences: readonly Sentence[], i: number, text: string, lex: RelationLexicon, sourceIndex: number, found: readonly Relation[]): Relation[] {
  const cs = sentences[i].claims;
  const out: Relation[] = [];
  const taken = new Set(found.flatMap((r) => (r.kind === "share" ? [r.part, r.share] : [])));
  for (let k = 0; k + 1 < cs.length; k++) {
    const [part, share] = [cs[k], cs[k + 1]];
    if (taken.has(part) || taken.has(share) || !isLevel(part) || isPercent(part) || part.family === "percentage-point" || typeof part.value !== "number") continue;
    // (the share set off after the part's noun: ", or 6%", ", around a quarter")
    const gap = text.slice(part.span.end, share.span.start);
    if (!isPercent(share) || changeOf(share) || share.vague || !(lex.restateEnd.test(gap) || /,[ \u00a0]*$/.test(gap)) || !short(gap, 40)) continue;
    if (!OF_WHOLE_BEFORE.test(text.slice(share.span.end, share.span.end + 24))) continue;
    // (the whole stated after it in the sentence is the ordinary case, read by shareRelations)
    if (cs.slice(k + 2).some((c) => sameFamily(c, part))) continue;
    const before = [...sentences.slice(Math.max(0, i - 2), i).flatMap((x) => x.claims), ...cs.slice(0, k)];
    // (a figure stated as a total: "412,000 records in all", "a total of 412,000"; not merely the
    // nearest larger one, "exports to the largest market were 11.4 billion" is no total)
    const statedTotal = (c: QuantityClaim) => lex.totalBeforeEnd.test(text.slice(Math.max(0, c.span.start - 40), c.span.start)) || lex.totalAfterEnd.test(text.slice(Math.max(0, c.span.start - 40), c.span.start)) || lex.totalAfterStart.test(text.slice(c.span.end, c.span.end + 40)) || /\btotal\b/i.test(text.slice(Math.max(0, c.span.start - 30), c.span.start));
    const whole = [...before].reverse().find((c) => isLevel(c) && sameFamily(c, part) && c.unit === part.unit && typeof c.value === "number" && c.value > (part.value as number) && (!c.head || !part.head || c.head === part.head || part.measure.includes(c.head)));
    // (nor a total of another period: "12,400 crimes in 2023" for "this year's 3,100")
    if (whole && (!statedTotal(whole) || (!!part.scope && !!whole.scope && !samePeriod(part.scope, whole.scope)))) continue;
    if (whole) out.push({ kind: "share", sourceIndex, part, whole, share, stated: "share" });
  }
  return out;
}

// a list the colon right before it opens ("212 people were moved on Monday and Tuesday: 90 by bus …")
const COLON_END = /:[ \u00a0]*$/;
/** "… of those", "… of them" right after a sentence's first figure: a part of a whole named before. */
const OF_THOSE = /^[ \u00a0]+of[ \u00a0]+(?:those|these|them)\b/i;

/**
 * A list with an item's own breakdown right after it ("three went to hospital, two with burns and
 * one with a broken wrist, and eight were treated at the scene"): the items that make the one before
 * them exactly are its parts, not the whole's.
 */
function withoutSubParts(items: QuantityClaim[], text: string): QuantityClaim[] {
  const value = (c: QuantityClaim) => (typeof c.value === "number" ? c.value * c.toBase : NaN);
  // (each marked as a part of a part: set off by a comma after the item, each with "with" or
  // "of them" after it; a round split that happens to add up is no breakdown)
  // (or, after an item with a verb of its own, a run the list goes on past: "13 were carried to
  // hospital, eight to the General and five to St Anne's, and six were seen at the scene")
  const marked = (c: QuantityClaim) => SUB_PART_AFTER.test(text.slice(c.span.end, c.span.end + 20));
  for (let k = 0; k + 2 < items.length; k++) {
    const lead = text.slice(items[k].span.end, items[k + 1].span.start);
    if (!/,/.test(lead)) continue;
    const verbed = OWN_VERB_GAP.test(lead);
    let sum = 0;
    for (let m = k + 1; m < items.length; m++) {
      const inRun = marked(items[m]) || (verbed && m + 1 < items.length);
      if (!inRun) break;
      sum += value(items[m]);
      if (m > k + 1 && sum === value(items[k]) && (marked(items[m]) || /,/.test(text.slice(items[m].span.end, items[m + 1].span.start)))) return withoutSubParts([...items.slice(0, k + 1), ...items.slice(m + 1)], text);
      if (!(sum < value(items[k]))) break;
    }
  }
  return items;
}
const OWN_VERB_GAP = /^[ \u00a0]+(?:were|was|are|is|have|has|had|been)\b/i;
const SUB_PART_AFTER = /^[ \u00a0]+(?:with|of[ \u00a0]+them|of[ \u00a0]+whom|suffering)\b/i;

// ("one" and "a" are the items not read as figures)
const MORE_ITEM = lre(/(?:,|(?<![\p{L}])and)[ \u00a0]+(?:one|a|an|another)[ \u00a0]+([\p{L}'’-]+)/giu);
const WORDS_AFTER = lre(/^[ \u00a0]*((?:[\p{L}'’-]+[ \u00a0]+){0,2}[\p{L}'’-]+)/u);

/**
 * Parts split one way: each later part opens with one of the first part's first words ("41
 * died in Vell, 17 in Orsk and 6 in outlying farms", "12 went to the General and 5 to St
 * Anne's"), so they share its predicate and divide the whole between them; read as all of it
 * only when they come near it (a list well short of its whole names some of it, not all).
 */
function splitAlike(parts: QuantityClaim[], whole: QuantityClaim, text: string, end: number): boolean {
  if (parts.some((p) => typeof p.value !== "number") || typeof whole.value !== "number" || parts.some((p) => p.unit !== whole.unit)) return false;
  const words = (c: QuantityClaim, next: number) => (WORDS_AFTER.exec(text.slice(c.span.end, next))?.[1] ?? "").toLowerCase().split(/[ \u00a0]+/);
  const nextStart = (k: number) => (k + 1 < parts.length ? parts[k + 1].span.start : end);
  const first = new Set(words(parts[0], nextStart(0)));
  // (the verb left out, the preposition kept, "…, 17 in Orsk", or the verb said again, "nine were
  // taken to hospital and six were treated at the scene")
  if (!parts.slice(1).every((p, k) => first.has(words(p, nextStart(k + 1))[0]))) return false;
  // (nor with one more item after them that was not read as a figure: "…, six to the council
  // and one to the contractor")
  const rest = text.slice(parts[parts.length - 1].span.end, end);
  for (const m of rest.matchAll(MORE_ITEM)) if (first.has(m[1].toLowerCase())) return false;
  const sum = parts.reduce((n, p) => n + (p.value as number), 0);
  return sum >= 0.85 * whole.value && sum !== whole.value;
}

/** Parts and their total. */
function sumRelations(sentences: Sentence[], si: number, text: string, lex: RelationLexicon, pairsBySentence: Map<number, { from: QuantityClaim; to: QuantityClaim }[]>, sourceIndex: number): Relation[] {
  const s = sentences[si];
  const cs = s.claims;
  const out: Relation[] = [];
  const before = (i: number) => text.slice(Math.max(i > 0 ? cs[i - 1].span.end : s.start, cs[i].span.start - 80), cs[i].span.start);
  const after = (i: number) => text.slice(cs[i].span.end, i + 1 < cs.length ? cs[i + 1].span.start : s.end);
  const between = (i: number, j: number) => text.slice(cs[i].span.end, cs[j].span.start);
  const levels = new Set((pairsBySentence.get(si) ?? []).flatMap((p) => [p.from, p.to]));
  const part = (c: QuantityClaim, t: QuantityClaim, anyChange = false) => sameFamily(c, t) && !c.vague && (anyChange || !!changeOf(c) === !!changeOf(t)) && !levels.has(c) && c !== t && !c.per === !t.per;
  // "… and eight widebodies, 36 aircraft in total": a figure marked as a total is no part of a list
  // (a cue right before the next figure is that figure's: "… and 1,815 - together 9,075")
  const totalAt = (i: number) => lex.totalBeforeEnd.test(before(i)) || lex.totalAfterEnd.test(before(i)) || (lex.totalAfterStart.test(after(i)) && !(i + 1 < cs.length && (lex.totalBeforeEnd.test(after(i)) || lex.totalAfterEnd.test(after(i)))));
  /** The list of parts ending at index `last` (walking back) or starting at `first` (forward). */
  const listBack = (last: number, t: QuantityClaim, anyChange = false) => {
    if (totalAt(last)) return [];
    const items = [cs[last]];
    for (let k = last - 1; k >= 0 && part(cs[k], t, anyChange) && listGap(between(k, k + 1)) && !totalAt(k); k--) items.unshift(cs[k]);
    return items;
  };
  // "40 remain in hospital, six of them in intensive care": a part of the part before it
  const nested = (k: number) => NESTED_PART.test(after(k));
  const listForward = (first: number, t: QuantityClaim, anyChange = false) => {
    if (totalAt(first)) return [];
    const items = [cs[first]];
    // (a long description is an item's, not a clause of its own: "290 in Tresk, where falling
    // trees brought down lines along the quay, and 140 people spent the night in halls")
    const described = (k: number) => between(k - 1, k).length <= 50 || !LETTERS_RE_7.test(between(k - 1, k));
    for (let k = first + 1; k < cs.length && part(cs[k], t, anyChange) && !nested(k) && listGap(between(k - 1, k)) && described(k) && !totalAt(k); k++) items.push(cs[k]);
    return withoutSubParts(items, text);
  };
  const taken = new Set<QuantityClaim>();
  // "Manufacturing lost 5,200 jobs. … 2,400 of those losses fell in the north, 1,300 in the
  // west and 900 in the east": parts of a whole the sentence before gives (some of it, not
  // necessarily all: reported only when the parts make more than the whole)
  if (si > 0 && cs.length >= 2 && !changeOf(cs[0]) && OF_THOSE.test(after(0))) {
    const parts = [cs[0]];
    for (let k = 1; k < cs.length && sameFamily(cs[k], cs[0]) && !changeOf(cs[k]) && !cs[k].vague && !cs[k].per === !cs[0].per && listGap(between(k - 1, k)); k++) parts.push(cs[k]);
    const most = Math.max(...parts.map((c) => c.interval.high));
    const whole = [...sentences[si - 1].claims].reverse().find((c) => sameFamily(c, cs[0]) && c.unit === cs[0].unit && !c.vague && !c.per === !cs[0].per && c.interval.low > most);
    if (parts.length >= 2 && whole) {
      out.push({ kind: "sum", sourceIndex, parts: parts.map((claim) => ({ claim })), total: whole, mode: "atMost", signed: false });
      parts.forEach((p) => taken.add(p));
    }
  }
  // "The council put the bill at £4.2m. That comprises £1.9m for labour, £1.1m for cranes and £1.2m
  // for materials": a back-reference and a verb of making-up open the list of the figure before's parts
  if (si > 0 && cs.length >= 2 && !taken.size && lex.comprisesStart.test(text.slice(sentences[si].start, cs[0].span.start))) {
    const prev = sentences[si - 1].claims;
    // (a level, not the earlier value a change started from: "…, up from £3.9m")
    const whole = [...prev].reverse().find((c) => sameFamily(c, cs[0]) && c.unit === cs[0].unit && !c.vague && !changeOf(c) && !c.role && !c.earlier && !c.per === !cs[0].per);
    if (whole) {
      // (every figure of the whole's kind: a count of something else may stand between the
      // parts, "£1.1m for hiring two cranes and £1.2m for materials")
      // (up to an exception or an addition: "but not the £0.8m …", "plus £0.4m …")
      const parts: QuantityClaim[] = [];
      for (const c of cs) {
        if (!part(c, whole) || c.unit !== whole.unit) continue;
        const gap = parts.length ? text.slice(parts[parts.length - 1].span.end, c.span.start) : "";
        if (LETTERS_RE_8.test(gap)) break;
        parts.push(c);
      }
      if (parts.length >= 2 && parts.every((p) => p.interval.high < whole.interval.high)) {
        out.push({ kind: "sum", sourceIndex, parts: parts.map((claim) => ({ claim })), total: whole, mode: "equal", signed: false });
        parts.forEach((p) => taken.add(p));
      }
    }
  }
  // "shutting 14 of its 96 branches, leaving it with 82": a part, its whole, what is left
  for (let i = 0; i + 2 < cs.length; i++) {
    const [p, w, l] = [cs[i], cs[i + 1], cs[i + 2]];
    if (![p, w, l].every((c) => isLevel(c) && sameFamily(c, w) && !c.per && !levels.has(c)) || p.family === "percent") continue;
    if (!lex.partBetween.test(between(i, i + 1)) || !lex.remainderGap.test(between(i + 1, i + 2))) continue;
    // (what is left counts what the whole counts: "destroyed 40 of the 120 homes, leaving 300
    // people without shelter" leaves no homes)
    if (l.unit !== w.unit || (!!l.head && !!w.head && l.head !== w.head)) continue;
    out.push({ kind: "remainder", sourceIndex, part: p, whole: w, left: l });
    [p, w, l].forEach((c) => taken.add(c));
  }
  // "Of the 3,180 people reported missing, 1,574 have been found alive, 1,263 are still missing
  // and 343 have died": a whole opening the sentence, then its parts (others may go unnamed)
  if (cs.length >= 3 && !changeOf(cs[0]) && !cs[0].vague && lex.sharesFromStart.test(text.slice(s.start, cs[0].span.start)) && part(cs[1], cs[0])) {
    const parts = listForward(1, cs[0]);
    if (parts.length >= 2 && short(between(0, 1), 80)) {
      // "… 1,640 finished and 210 did not": the last part is the rest, so the parts are all of it
      const last = parts[parts.length - 1];
      const all = lex.complementAfter.test(text.slice(last.span.end, s.end)) || splitAlike(parts, cs[0], text, s.end);
      out.push({ kind: "sum", sourceIndex, parts: parts.map((claim) => ({ claim })), total: cs[0], mode: all ? "equal" : "atMost", signed: false });
      // (and a part's own breakdown between them: no list of its own)
      cs.slice(0, cs.indexOf(last) + 1).forEach((p) => taken.add(p));
    }
  }
  // "Between its own 6.5 per cent and Orvell's 12 per cent, Harven already holds 18.5 per
  // cent": two parts opening the sentence, their total after the comma
  // (the first part within three words of the opener, the total within six words of the comma:
  // "Between Monday and Wednesday, police made 14 arrests and issued 32 fines" opens no parts)
  const lead0 = text.slice(s.start, cs[0]?.span.start ?? s.start);
  if (cs.length === 3 && !taken.size && lex.partsFromStart.test(lead0) && !/[,;]/.test(lead0) && lead0.trim().split(/\s+/).length <= 4 && part(cs[0], cs[2]) && part(cs[1], cs[2]) && !changeOf(cs[2])) {
    const [g1, g2] = [between(0, 1), between(1, 2)];
    const afterComma = g2.slice(g2.indexOf(",") + 1);
    if (short(g1, 40) && LETTERS_RE_9.test(g1) && !/[,;]/.test(g1) && /,/.test(g2) && !/[;,]/.test(afterComma) && afterComma.trim().split(/\s+/).length <= 6 && short(g2, 80)) {
      out.push({ kind: "sum", sourceIndex, parts: [{ claim: cs[0] }, { claim: cs[1] }], total: cs[2], mode: "equal", signed: false });
      cs.forEach((c) => taken.add(c));
    }
  }
  for (let i = 0; i < cs.length; i++) {
    const t = cs[i];
    if (t.vague || taken.has(t)) continue;
    // "1,400 located and 1,650 still missing out of 3,050"
    if (i >= 2 && !changeOf(t) && lex.listPartEnd.test(before(i)) && short(before(i), 40) && part(cs[i - 1], t)) {
      const parts = listBack(i - 1, t);
      if (parts.length >= 2) {
        out.push({ kind: "sum", sourceIndex, parts: parts.map((claim) => ({ claim })), total: t, mode: "exhaustive", signed: false });
        parts.forEach((p) => taken.add(p));
        continue;
      }
    }
    const changeTotal = !!changeOf(t) || lex.changeTotalEnd.test(before(i));
    // ("four give a combined 21": "combined" before the next figure makes that one the total)
    const totalCue = totalAt(i);
    // "bringing arrests to a combined 120 since the protests began": more than the parts named
    // (a cue before the comma dates the parts' clause, not the total: "80 guests and 13 staff
    // have fallen ill since the first case on 2 May, a total of 93"; and a total over the period
    // its last part is for too is the parts' own total)
    const sharedPeriod = i > 0 && !!t.scope && cs[i - 1].scope?.start === t.scope.start && cs[i - 1].scope?.end === t.scope.end;
    const lead = text.slice(Math.max(s.start, t.span.start - 50), t.span.start);
    const cumulative = lex.cumulative.test(lead.slice(lead.lastIndexOf(",") + 1));
    if (totalCue && !cumulative && (!t.scope?.since || sharedPeriod)) {
      // parts in the same sentence: a list right before or after the total ("cut 27,400 jobs
      // from March and 14,800 from April, a combined 42,200": one direction for the list)
      // (a total cue before the total lets a clause about the last part stand between: "and
      // $308,500 in 2022 for breaches at the plant, a combined $434,500"; a longer one when
      // no other clause starts in it and one comma sets the total off)
      const back = i > 0 && part(cs[i - 1], t, changeTotal) && short(between(i - 1, i), lex.totalBeforeEnd.test(before(i)) ? (lex.clauseBreak.test(between(i - 1, i)) || (between(i - 1, i).match(/,/g) ?? []).length > 1 ? 80 : 120) : 40) ? listBack(i - 1, t, changeTotal) : [];
      // (not what comes on top of the total: "36 in total, with options on a further 14")
      // (a list of its own before the total is the list: what follows is on top of it, "36 in
      // total, plus options on 14")
      const near = back.length >= 2 ? back : back.concat(i + 1 < cs.length && part(cs[i + 1], t) && short(between(i, i + 1), COLON_END.test(between(i, i + 1)) ? 100 : 60) && !BEYOND.test(between(i, i + 1)) ? listForward(i + 1, t) : []);
      // (levels with "a combined" and no change anywhere: "17 seats and four give a combined 21")
      const directed = near.some((c) => changeOf(c)) || !changeTotal || (!changeOf(t) && !lex.changeTotalEnd.test(before(i).replace(LETTERS_RE_10, "")) && near.length >= 2);
      if (near.length >= 2 && directed && near.every((c) => !changeOf(c) || changeOf(c) === changeOf(near.find((x) => changeOf(x))!))) {
        // "312 were treated, of whom 40 remain in hospital": some of the whole, not all of it
        const some = i + 1 < cs.length && near.includes(cs[i + 1]) && /\b(?:of[ \u00a0]+whom|of[ \u00a0]+which|including|among[ \u00a0]+them)\b/i.test(between(i, i + 1));
        out.push({ kind: "sum", sourceIndex, parts: near.map((claim) => ({ claim })), total: t, mode: some ? "atMost" : "equal", signed: false });
        near.forEach((p) => taken.add(p));
        continue;
      }
      if (changeTotal) {
        // "lowered March and April by a combined 30,000 jobs. March's gain now stands at
        // 312,000 instead of 335,000, and April's at 146,000 rather than 153,000."
        const window = [si, si - 1, si + 1].filter((k) => k >= 0 && k < sentences.length);
        for (const k of window) {
          const explicit = sentences[k].claims.filter((c) => c !== t && changeOf(c) && sameFamily(c, t) && !c.vague && !c.per);
          if (explicit.length >= 2) {
            out.push({ kind: "sum", sourceIndex, parts: explicit.map((claim) => ({ claim })), total: t, mode: "equal", signed: true });
            break;
          }
          const pairs = (pairsBySentence.get(k) ?? []).filter((p) => sameFamily(p.to, t) && p.to !== t && p.from !== t);
          if (pairs.length >= 2 && !explicit.length) {
            out.push({ kind: "sum", sourceIndex, parts: pairs.map((p) => ({ from: p.from, to: p.to })), total: t, mode: "equal", signed: true });
            break;
          }
          if (explicit.length) break;
        }
        continue;
      }
    }
    // "376,000 boardings — 251,000 on buses and 125,000 on light rail —"
    // (and a count or amount of change broken down the same way: "cut 415 posts - 260
    // professional and 155 academic -", parts with no change of their own; not percentages)
    const changeBreakdown = !!changeOf(t) && t.family !== "percent" && t.family !== "percentage-point" && i + 1 < cs.length && !changeOf(cs[i + 1]);
    // (not the first item of a list after a colon, each figure behind a label of its own:
    // "weights are: services 43.5%, goods 26.5%, food 21.25% and energy 8.75%")
    const listItem = COLON_LABEL.test(before(i));
    if ((!changeOf(t) || changeBreakdown) && !listItem && i + 2 < cs.length && part(cs[i + 1], t, changeBreakdown)) {
      // (a short label closed in brackets, "118 (Mon), 131 (Thu)", is no breakdown's opening)
      const g = between(i, i + 1).replace(/^[ \u00a0]*\([^()\d]{1,15}\)/u, "");
      const m = lex.breakdownGap.exec(g);
      if (m && short(g, COLON_END.test(g) ? 100 : 60)) {
        // ("comprising", "made up of": every part named, whatever each counts, so they make it)
        const whole = lex.wholeOpener.test(m[0].trim());
        const loose = LETTERS_RE_1.test(m[0].trim()) && !whole;
        // "8,317 patients with 317 hospitals and 22 countries": after a word, the parts must count the same thing
        const parts = listForward(i + 1, t, changeBreakdown).filter((p) => !loose || p.head === undefined || p.head === t.head);
        if (parts.length >= 2 && !(changeBreakdown && (loose || parts.some((p) => changeOf(p))))) {
          out.push({ kind: "sum", sourceIndex, parts: parts.map((claim) => ({ claim })), total: t, mode: whole ? "equal" : loose ? "atMost" : "exhaustive", signed: false });
          parts.forEach((p) => taken.add(p));
        }
      }
    }
  }
  return out;
}

/** Days in an ISO period (inclusive), or null. */
function daysIn(start: string, end: string): number | null {
  const a = Date.parse(start.replace(/^0000/, "2001"));
  const b = Date.parse(end.replace(/^0000/, "2001"));
  if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) return null;
  return Math.round((b - a) / 86400000) + 1;
}

/** Whole months in an ISO period, when it runs from a first to a last day. */
function monthsIn(start: string, end: string): number | null {
  const a = /^(\d{4})-(\d{2})-01$/.exec(start);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(end);
  if (!a || !b) return null;
  const last = new Date(Date.UTC(+b[1] || 2001, +b[2], 0)).getUTCDate();
  if (+b[3] !== last) return null;
  return (+b[1] - +a[1]) * 12 + (+b[2] - +a[2]) + 1;
}


/** "31,904 crossings in July, about 1,030 a day"; "$1.62 billion, about $1,350 per resident". */
function rateRelations(s: Sentence, text: string, lex: RelationLexicon, rules: Rules, sourceIndex: number, prev?: Sentence): Relation[] {
  const cs = s.claims;
  const out: Relation[] = [];
  const periods = rules.relations.periods;
  const perHead = new Set(rules.relations.perHead.map((w) => w.toLowerCase()));
  for (let i = 0; i < cs.length; i++) {
    const rate = cs[i];
    if (!rate.per || rate.vague || changeOf(rate)) continue;
    // the total: the nearest figure of the same family without a rate, next to the rate (a
    // duration may stand between: "12,600 claims over 30 days, or 420 a day")
    // the nearest figure of the rate's unit, past durations and figures of other units
    // ("$11.7 million to 3,600 households, or about $3,250 a household")
    const nearest = (step: number) => {
      for (let k = i + step, n = 0; k >= 0 && k < cs.length && n < 3; k += step, n++) if (sameFamily(cs[k], rate)) return cs[k];
      return undefined;
    };
    // an earlier level ("from 297,516 TEUs a year earlier") is not the total the rate spreads
    const baseline = (c: QuantityClaim) => lex.fromEnd.test(text.slice(Math.max(s.start, c.span.start - 30), c.span.start)) || lex.baselineEnd.test(text.slice(Math.max(s.start, c.span.start - 30), c.span.start));
    const fits = (c: QuantityClaim | undefined): c is QuantityClaim => !!c && sameFamily(c, rate) && !c.per && !c.vague && !changeOf(c) && c.planned === rate.planned && !baseline(c);
    const near = [nearest(-1), nearest(1)].filter(fits);
    let total = near.find((c) => {
      const g = c.span.end <= rate.span.start ? gapOf(text, c, rate) : gapOf(text, rate, c);
      // "31,904 crossings in July, about 1,030 a day"; "about 1,030 a day, or 31,904 in July"
      return short(g, 60) && (lex.restateEnd.test(g) || lex.averageGap.test(g) || (c.head !== undefined && c.head === rate.head));
    });
    // "That works out to about 17,000 a day": the total in the sentence before
    if (!total && !cs.some((c) => c !== rate && fits(c)) && prev && lex.resultOpener.test(text.slice(s.start, rate.span.start)))
      total = prev.claims.find((c) => fits(c) && !c.scopeIsEvent);
    if (!total) continue;
    if (rate.scope && total.scope && !rate.scopeIsEvent && !total.scopeIsEvent && (rate.scope.start !== total.scope.start || rate.scope.end !== total.scope.end)) continue;
    const per = rate.per.toLowerCase();
    if (perHead.has(per)) {
      // the population: a count followed by a population word ("1.2 million residents")
      const pop = cs.find((c) => c !== total && c !== rate && c.family === "count" && !changeOf(c) && !c.vague && lex.populationStart.test(text.slice(c.span.end, c.span.end + 30)));
      if (!pop) continue;
      out.push({ kind: "rate", sourceIndex, rate, total, divisor: range(pop.interval.low, pop.interval.high), divisorText: pop.span.text, divisorClaim: pop, per: `per ${per}` });
      continue;
    }
    const len = periods[per];
    if (!len) continue;
    // the period: a stated duration in the sentence, or the total's own period
    // (in the clause of the rate and its total: "9,240 appointments, around 840 a day, and to
    // divert ambulances … for three days" divides by another stretch)
    const [first, last] = [Math.min(rate.span.start, total.span.start), Math.max(rate.span.end, total.span.end)];
    const ownClause = (c: QuantityClaim) => (c.span.start >= last ? !lex.clauseBreak.test(text.slice(last, c.span.start)) : c.span.end <= first ? !lex.clauseBreak.test(text.slice(c.span.end, first)) : true);
    const dur = cs.find((c) => c.family === "duration" && c !== rate && c !== total && ownClause(c));
    let divisor: Range | null = null;
    let divisorText = "";
    if (dur) {
      const exact = dur.bound === "exact" || (dur.hedge !== undefined && lex.durationPrep.test(text.slice(Math.max(s.start, dur.span.start - 20), dur.span.start) + dur.hedge + " "));
      const value = Array.isArray(dur.value) ? null : dur.value;
      if (value === null) continue;
      const days = exact ? range((value * dur.toBase) / 86400) : range((dur.interval.low * dur.toBase) / 86400, (dur.interval.high * dur.toBase) / 86400);
      if (dur.unit === per || (dur.unit === "month" && per === "month")) divisor = exact ? range(value) : range(dur.interval.low, dur.interval.high);
      else divisor = range(days.lo / len[1], days.hi / len[0]);
      divisorText = exact && dur.hedge ? dur.span.text.slice(dur.hedge.length).trim() : dur.span.text;
    } else if (total.scope && !total.scopeIsEvent && !total.scope.since && !total.scope.asOf && !total.scope.start.startsWith("P")) {
      const sc = total.scope;
      const months = monthsIn(sc.start, sc.end);
      const days = daysIn(sc.start, sc.end);
      if (per === "month" && months) divisor = range(months);
      else if ((per === "year" || per === "annum") && months && months % 12 === 0) divisor = range(months / 12);
      else if (days) divisor = range(days / len[1], days / len[0]);
      const m = /^\d{4}-(\d{2})-01$/.exec(sc.start);
      divisorText = days ? `${days} days` : "";
      if (months === 1 && m && per === "day") divisorText = `the ${days} days of ${lex.months[+m[1] - 1] ?? "the month"}`;
      else if (months && per === "month") divisorText = `${months} month${months > 1 ? "s" : ""}`;
    }
    if (!divisor || divisor.lo <= 0) continue;
    out.push({ kind: "rate", sourceIndex, rate, total, divisor, divisorText: divisorText || "the period", divisorClaim: dur, per: `a ${per}` });
  }
  return out;
}

/** "312,000, 146,000 and 199,000 jobs in the three months, an average of 219,000". */
function averageRelations(s: Sentence, text: string, lex: RelationLexicon, sourceIndex: number): Relation[] {
  const cs = s.claims;
  const out: Relation[] = [];
  for (let i = 2; i < cs.length; i++) {
    const av = cs[i];
    if (av.vague || !lex.averageEnd.test(text.slice(cs[i - 1].span.end, av.span.start))) continue;
    // the values: a list before the average (a duration may stand between: "in the three months")
    let k = i - 1;
    while (k >= 0 && cs[k].family === "duration") k--;
    if (k < 1 || !sameFamily(cs[k], av) || cs[k].vague || !short(text.slice(cs[k].span.end, av.span.start), 80)) continue;
    const values = [cs[k]];
    for (let j = k - 1; j >= 0 && sameFamily(cs[j], av) && !cs[j].vague && listGap(text.slice(cs[j].span.end, cs[j + 1].span.start)); j--) values.unshift(cs[j]);
    if (values.length >= 2) out.push({ kind: "average", sourceIndex, values, average: av });
  }
  return out;
}
