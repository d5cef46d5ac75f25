import type { Bound, Severity } from "../types.js";
import { FileError } from "../errors.js";

export interface HedgeRule {
  words: string[];
  bound: Exclude<Bound, "exact" | "range">;
  low: number;
  high: number;
  lowOpen?: boolean;
  highOpen?: boolean;
}

export interface UnitRule {
  name: string;
  family: string;
  toBase: number;
  offset?: number;
  before?: string[];
  after?: string[];
}

export interface NumberRules {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  suffixes: Record<string, number>;
  /** Suffixes that are also unit symbols ("6.5m"), with the words that make them the unit. */
  unitSuffixes: Record<string, { before?: string[]; after?: string[] }>;
  /** Suffixes also read after a space ("€4.17 bln"): wire abbreviations no unit or word shares. */
  spacedSuffixes: string[];
  named: Record<string, number>;
  fractions: Record<string, number>;
  vague: Record<string, [number, number]>;
  /** Nouns that, hyphened to a number before a noun, describe and count nothing ("a two-tier system"). */
  descriptors: string[];
  /** Words a small number after names a kind or a place in a series, not a count ("category 2 calls", "gate 9"). */
  labels: string[];
}

export interface MeasureRules {
  synonyms: string[][];
  /** Synonym-group words matched only as written, because their stem is another word's ("lives" of a toll stems to "live", as in "people live there"). */
  exactForms: string[];
  distinct: string[][];
  genericHeads: string[];
  runningTallies: string[];
  /** Running tallies that only grow. */
  cumulativeTallies: string[];
  /** Words in a fact-box line that make its figure an earlier or other reading ("revised", "first estimate"). */
  factBoxAsides: string[];
  /** Words before a cumulative figure that make it the total so far ("the toll has risen to"). */
  totalCues: string[];
  /** Words before a figure that make it one day's or one event's count ("new", "another"). */
  eventCues: string[];
  baselineNouns: string[];
  stopwords: string[];
  changeWords: { up: string[]; down: string[] };
  /** Comparatives that make a percentage before them a change when "than" follows ("6.3% bigger than last year's"). */
  comparativeChange: { up: string[]; down: string[] };
  /** Fact-box label words that name the kind of figure, not the measure ("rate", "number"). */
  vagueLabelWords: string[];
  /** Verbs whose count right after them is added to or taken from a stock ("shut 9 branches", "opened 5 clinics"). */
  stockVerbs: { up: string[]; down: string[] };
  /** The places a stock verb's count must name ("stores", "branches"). */
  stockNouns: string[];
  /**
   * planned: a pledge or forecast; negotiation: a side's position, which moves from day to day
   * (an offer, a demand); market: a price as traded, which moves from day to day ("quoted at");
   * extreme: the most or least over a time ("a peak of"), not a level at one.
   */
  modality: { planned: string[]; negotiation: string[]; market: string[]; extreme: string[] };
  baselineCues: string[];
  sinceCues: string[];
  /** Kinds of place: "the state of X" names a place; "a village of 800" gives its size. */
  placeKinds: string[];
  /** Words that make the figure after them an earlier value ("its previous estimate of", "the outgoing cap of"). */
  priorWords: string[];
  /** Verbs of change before "from" ("up from the current level of 15%", "raised from"): the figure is the earlier value. */
  fromVerbs: string[];
  /** Words naming one variant of a measure ("adjusted", "net", "gross"): figures with different ones measure different things. */
  variants: Array<string | string[]>;
  /** Pairs of variants (by a group's first word) that are the two sides of one choice ("adjusted" / "statutory"): figures of two sources naming one each are different measures, whatever else they share. */
  variantOpposites: string[][];
  /** Words naming a yardstick a figure is set against ("benchmark return", "consensus forecast"): another measure than the figure measured. */
  comparators: string[];
  /** A thing's dimensions ("height", "length"): the same whenever they are stated. */
  dimensions: string[];
  /** Nouns that give a sum as the size of a shortfall ("a deficit of 8.2bn"): the same as a balance of minus that sum. */
  negativeNouns: string[];
  /** Per family of figure, nouns that only say what kind of figure it is ("duration", "rate"): its unit says so already. */
  familyNouns: Record<string, string[]>;
}

export interface TimeRules {
  months: string[][];
  weekdays: string[][];
  eventVerbs: string[];
  /** Words before a weekday that put it ahead of publication ("starts on Sunday", "will meet Tuesday"). */
  futureCues: string[];
  /** Future cues that put a month already past this year into next year ("will reopen by the end of February"). */
  futureModals: string[];
  /** Nouns of a report a figure is quoted from: a time after "according to" and one of these dates the report, not the figure. */
  reportNouns: string[];
  events: string[][];
  /** Event groups (by first word) that recur: the same only with a figure in common (rules/time.yaml). */
  recurringEvents: string[];
  /** Season names and their first and last month ("summer": [6, 8]; winter runs over the new year). */
  seasons: Record<string, [number, number]>;
  /** Words before a time of day that widen it: minutes before and after ("about": [-15, 15]). */
  clockHedges: Record<string, [number, number]>;
  /** Words before a time of day that make it a cut-off or a span's end, not an event's time ("as of"). */
  clockCutoffs: string[];
  /** Words shortly before a time of day that make it a schedule, not an event's time ("on Saturdays at 10am"). */
  clockSchedules: string[];
  /** Parts of the day and the half of a 12-hour clock they are in ("evening": "pm"). */
  clockDayParts: Record<string, "am" | "pm">;
  /** Words between a figure and a stretch of time that make the stretch not the figure's ("and", "biggest"). */
  windowBreaks: string[];
  /** Verbs before a figure that make a stretch after it a deadline ("reach 12 million within five years"). */
  deadlineVerbs: string[];
  /** Participles that, opening a sentence with a time, date its subject's beginnings ("Founded in 1961, …"), not its figures. */
  originParticiples: string[];
  /** In a clause set off after a figure, words naming an earlier thing that a time after them dates ("the previous record set in 2018"). */
  earlierThingCues: string[];
  /** Words opening a sentence before the day a change takes effect ("From 1 May, …"). */
  startCues: string[];
  /** Words that make a time right after them (or "the levels of 2000" after them) what a figure is compared with: "well above the 2012 flood". */
  comparisonCues: string[];
}

export interface PeopleRules {
  roles: string[][];
  ranks: string[];
  sameRank: string[];
  pastRanks: string[];
  /** Ranks that make a post of the role ("deputy leader", "chief investment officer"), unlike descriptive ones ("first", "second"). */
  postRanks: string[];
  /** Role groups (by first word) that mean a seat in a body: "councillor", "senator". */
  bodyMembers: string[];
  /** Role groups (by first word) of offices held by a member of a body: "chair", "president"; a list is an office and the only seats it goes with ([mayor, councillor]). */
  bodyOffices: Array<string | string[]>;
  /** Role groups (by first word) naming a part in the event ("candidate"): evidence of a person, never a title compared. */
  statusRoles: string[];
  standingRoles: string[];
  /** Bodies in which a standing role is an office of its own, compared with the body's other posts ("council"). */
  standingOfficeBodies: string[];
  /** Nouns that name a person by what they are ("man", "pensioner"): "the 66-year-old grandmother" stands for a person. */
  personNouns: string[];
  /** Titles that say only that a person heads something ("rescue chief Ana Roe"): compared with no other title. */
  vagueTitles: string[];
  levelWords: string[];
  /** Role groups (by first word) of whoever presides over a body ("chair", "president"). */
  presidingOffices: string[];
  /** Nouns that name a body without saying what it does ("agency", "union"): in a title they say whose the post is, not what it is. */
  /** A group ([plant, factory, works]) is one kind of workplace written several ways. */
  genericBodies: Array<string | string[]>;
  /** Nouns a body writes itself with in its own statements ("the Group's 240 branches", "the Council's reserves"): the whole, no part. */
  selfNames: string[];
  orgWords: string[];
  /** Last words of a place's name ("Mill Street"): a run ending in one is no person, unless it starts with a given name. */
  placeNouns: string[];
  notNames: string[];
  /** Honorifics that may stand between a title and a name ("Chief executive Dr Ines Roe"). */
  honorifics: string[];
  /** Words that, capitalised only because they open a sentence, begin no title ("Whatever", "Unless"). */
  openers: string[];
  givenNames: string[];
}

/** Quotations and speakers (rules/speech.yaml). */
export interface SpeechRules {
  verbs: string[];
  according: string[];
  pronouns: string[];
  /** Forms of address ("Her Honour") and the title words of the person they stand for (judge, justice). */
  addressForms: Record<string, string[]>;
  definite: string[];
  indefinite: string[];
  clauseStarts: string[];
  /** Words opening an aside between a speaker and the verb whose name is never the speaker ("…, for Mr Roe, said"). */
  asides: string[];
  relatives: string[];
  conjunctions: string[];
  functionWords: string[];
  /** Auxiliaries and modals: after a name they make it the subject of a clause of its own. */
  auxiliaries: string[];
  placeCues: string[];
  creditMarks: string[];
  ellipses: string[];
  abbreviations: string[];
  nameParticles: string[];
  scareMaxWords: number;
  contractions: Record<string, string>;
  spelling: { pattern: string; replace: string }[];
  wordFolds: Record<string, string>;
}

export interface SeverityRules {
  thresholds: {
    align: number;
    sure: number;
    scaleRatios: number[];
    scaleTolerance: number;
    distinctiveDigits: number;
    /** The alignment a figure's closest match needs for the same digits under another scale word ("€2.7 million" / "€2.7 billion") to be a slip. */
    wordSlip: number;
  };
  severity: Record<string, Record<string, Severity>>;
}

export interface RuleExamples {
  file: string;
  kind: string;
  match: string[];
  noMatch: string[];
}

/** Relations stated between figures, for redoing the arithmetic (rules/relations.yaml). */
export interface RelationRules {
  fromCues: string[];
  toCues: string[];
  /** Cues before a level stated ahead of its change ("stood at 52,480, up 4,120, a rise of 8.5%"). */
  levelCues: string[];
  baselineCues: string[];
  multipliers: Record<string, number>;
  /** Words setting one figure against another as a ratio ("16.9% — more than double the national 12.1%"). */
  comparisons: Record<string, number>;
  multiplierTolerance: number;
  partCues: string[];
  listPartCues: string[];
  determiners: string[];
  /** Periods in the possessive between a baseline cue and its figure ("from Tuesday's 38%"), besides months and weekdays. */
  periodPossessives: string[];
  /** Nouns for the difference between two figures stated before ("a margin of 3,313 votes"). */
  marginCues: string[];
  /** Verbs between a part and its share of a whole ("128 cases account for two-thirds of the 406"). */
  shareVerbs: string[];
  /** Words before what is left of a whole once a part is taken ("14 of its 96 branches, leaving 82"). */
  remainderCues: string[];
  clauseBreaks: string[];
  /** Words that open a pair joined by "and" within one clause ("between Tuesday and Thursday", "both A and B"): that "and" is no clause break. */
  pairOpeners: string[];
  linkingVerbs: string[];
  restateCues: string[];
  totalBefore: string[];
  totalAfter: string[];
  changeTotalBefore: string[];
  amountCues: string[];
  changeVerbs: { up: string[]; down: string[] };
  comparatives: string[];
  averageCues: string[];
  /** Length of each rate period in days, [low, high]. */
  periods: Record<string, [number, number]>;
  durationPrepositions: string[];
  perHead: string[];
  populationWords: string[];
  resultOpeners: string[];
  backReferences: string[];
  /** Change words set off after a level ("€1.9bn in holdings, down €500m"): the level is the one reached. */
  changeAfterLevel: string[];
  cumulativeCues: string[];
  /** Words after the last part of a whole that name the rest of it ("… 1,640 finished and 210 did not"): the parts are all of it. */
  complementCues: string[];
  /** After a back-reference: the parts that follow make the figure of the sentence before ("That comprises …"). */
  comprisesCues: string[];
  breakdownOpeners: string[];
  /** Breakdown openers that name every part, whatever each counts, so the parts make the whole ("comprising", "the 40 cases comprise"). */
  wholeOpeners: string[];
  /** Words opening a sentence with two parts whose total follows ("Between its 6.5% and Orvell's 12%, it holds 18.5%"). */
  partsOpeners: string[];
}

/** All language knowledge, merged from the built-in folder and any user folders. */
export interface Rules {
  hedges: HedgeRule[];
  numbers: NumberRules;
  units: UnitRule[];
  measures: MeasureRules;
  time: TimeRules;
  severity: SeverityRules;
  people: PeopleRules;
  speech: SpeechRules;
  relations: RelationRules;
  /** Files each rule kind came from, in load order. */
  origins: Record<string, string[]>;
  examples: RuleExamples[];
}

export class RuleError extends FileError {
  override name = "RuleError";
}
