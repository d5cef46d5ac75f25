// Shared data types passed between the pipeline stages.
// ingest → Source; extract → Mention[]; normalize → Claim[]; align → ClaimGroup[];
// compare → Finding[]; report → text.

export type Severity = "critical" | "major" | "minor" | "info";
export const SEVERITIES: readonly Severity[] = ["critical", "major", "minor", "info"];
/** Higher is more severe. */
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, minor: 1, major: 2, critical: 3 };

/** Rates per period ("a month", "per day") and how many of each period make a year: such rates are compared per year. */
export const PER_YEAR: Readonly<Record<string, number>> = { year: 1, month: 12, week: 52, day: 365, hour: 8760, minute: 525600, second: 31536000 };
/** Two stated periods that are the same stretch of time (false when either is not stated). */
export function samePeriod(x: TimeScope | null | undefined, y: TimeScope | null | undefined): boolean {
  return !!x && !!y && x.start === y.start && x.end === y.end;
}

export const isPeriodRate = (per: string | undefined): per is string => !!per && Object.hasOwn(PER_YEAR, per);

/** A place in a source file: `text === fileText.slice(start, end)` (UTF-16 offsets, end exclusive). */
export interface Span {
  source: string;
  start: number;
  end: number;
  text: string;
}

export interface SourceMeta {
  title?: string;
  outlet?: string;
  /** ISO date (YYYY-MM-DD) the source was published; anchors relative dates. */
  published?: string;
  url?: string;
}

/** What a caller hands to `check`: a path (as given by the user) and the file text as read. */
export interface SourceInput {
  path: string;
  text: string;
}

export interface Source {
  /** The path exactly as given by the caller. */
  path: string;
  /** The whole file text (BOM removed); every offset points into this. */
  text: string;
  /** The article body: the text after any front-matter header. */
  body: Span;
  meta: SourceMeta;
  /** Offsets at which each line starts, for path:line:col. */
  lineStarts: number[];
  /** For a source extracted from another format (an HTML page): the file and the offset map back into it. */
  origin?: SourceOrigin;
  /** A later piece of a long source cut for extraction (extract/chunks.ts): it has no headline or lede of its own. */
  continues?: boolean;
}

/**
 * Where the text of an extracted source came from: `starts[i]`..`ends[i]` is the file range of
 * character i of `Source.text` (an entity maps to the whole entity). Reported spans are mapped
 * back through it, so they point into `text`, the file as read.
 */
export interface SourceOrigin {
  format: "html";
  /** The file as read (BOM removed). */
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

/** A closed/open interval of real numbers: what a phrase commits to. */
export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** How the phrase bounds the value (report contract). */
export type Bound = "exact" | "approx" | "above" | "below" | "range";
export type Direction = "up" | "down";

/** A period a claim is about, as ISO dates (inclusive). */
export interface TimeScope {
  start: string;
  end: string;
  granularity: "day" | "month" | "year" | "range" | "quarter";
  /** The words that gave it ("last month", "in May"). */
  text?: string;
  /** True when the scope was inferred (e.g. year taken from `published`), not stated. */
  implied?: boolean;
  /** "since May": an open period from the start to publication; compared by its start. */
  since?: boolean;
  /** "as of Thursday", "by August 18": the cut-off day of a running count. */
  asOf?: boolean;
}

export type TimeRole = "date" | "year" | "time-of-day" | "ordinal" | "duration" | "weekday" | "period";

/** A date, period, year, time of day, ordinal or duration: never compared as a count. */
export interface TimeMention {
  kind: "time";
  span: Span;
  role: TimeRole;
  /** Resolved period, when the expression names one. */
  scope: TimeScope | null;
  /** For "from X" / "compared to X" / "since X": the time is a baseline, not the claim's own period. */
  baseline?: boolean;
  /** For "since X": the claim covers X up to publication. */
  since?: boolean;
  /** For "as of X" / "by X": a cut-off date for a running count. */
  asOf?: boolean;
  /** "Friday's earthquake", "the quake that struck on Friday": the time dates another event. */
  possessive?: boolean;
}

/** A figure as found in text, before normalization. */
export interface QuantityMention {
  kind: "quantity";
  span: Span;
  /** The figure as stated, scale words applied; a pair for a stated range. */
  value: number | [number, number];
  /** The interval the phrase commits to after hedge and rounding. */
  interval: Interval;
  bound: Bound;
  /** The hedge words as written ("nearly", "more than"), lower-cased. */
  hedge?: string;
  /** Canonical unit: count, percent, percentage-point, a currency code, or a unit name. */
  unit: string;
  /** Unit family used for blocking: count, percent, money:USD, length, mass, duration... */
  family: string;
  /** Factor applied to reach the canonical unit of the family (miles → km...). */
  toBase: number;
  /** Added before toBase for units with another zero (°F: (v − 32) × 5/9); not for changes. */
  offset?: number;
  change?: Direction;
  /** True for vague quantities ("thousands of"). */
  vague?: boolean;
  /** The step the figure is rounded to, as written (152,000 → 1000; 28 → 1; 42.6 → 0.1). */
  precision: number;
  /** Number of significant digits as written (0 for word numbers). */
  digits: number;
  /** The digit string as written, for transposition checks ("73519"). */
  digitString?: string;
  /** Rate qualifier ("each week", "per day"; "number" for a numeric denominator, see perBase). */
  per?: string;
  /** A rate's numeric denominator ("27 per 100,000" → 100000). */
  perBase?: number;
  /**
   * Brings a rate to a common footing for comparison (not arithmetic): per year for a rate per
   * period (12 for "a month"), per one for a numeric denominator (1/100000).
   */
  perFactor?: number;
  /**
   * The stretch of time a total accrued over, in hours, as written after it ("94 mm in the three
   * hours before", "€41m over its first four years"): the same figure over another stretch, or
   * as a rate per another period, is a moved figure.
   */
  over?: { hours: number; text: string };
  /** Scale words applied ("thousand", "million", "bn"), in order. */
  scaleWords?: string[];
  /** A table cell's column heading ("Exports"): what the figure measures. */
  column?: string;
  /** Which table of its source a cell is in (where its heading row starts). */
  table?: number;
  /**
   * Where a cell's period may be named, nearest first: its row's label, its column's heading,
   * the table's caption (start and end offsets; normalize reads the times there).
   */
  cellPeriods?: Array<[number, number]>;
}

export type Mention = QuantityMention | TimeMention | EntityMention | QuoteMention;

export interface EntityMention {
  kind: "entity";
  span: Span;
  type: "person" | "org" | "place";
  name: string;
  title?: string;
  entityId: string;
}

/** A word inside a quotation, with its place in the file. */
export interface QuoteToken {
  start: number;
  end: number;
  text: string;
  /** "…", "...", "[...]": a mark for omitted words. */
  ellipsis?: boolean;
  /** Inside square brackets: words the writer put in ("[the mayor]"). */
  editorial?: boolean;
}

/** How a quote's speaker was found. */
export type SpeakerVia = "name" | "pronoun" | "role" | "credit" | "according" | "context";

/**
 * Quoted words. `span` covers the quoted words without the quote marks (and without a
 * trailing comma inside them); a quote running over several paragraphs spans from its first
 * to its last word, with each paragraph's piece in `parts`.
 */
export interface QuoteMention {
  kind: "quote";
  span: Span;
  /** The words as written, in order (ellipsis marks included as tokens). */
  words: string[];
  /** The speaker as written where named ("Eva Bergstrom", "Lia Torresana Torres"). */
  speaker?: string;
  /** The speaker's resolution key (personKey): "bergstrom"; absent when unknown. */
  speakerKey?: string;
  /** Where the speaker is named (the antecedent for a pronoun or role reference). */
  speakerSpan?: Span;
  /** The words that attribute the quote ("he", "the U.S. secretary of state", "said X"). */
  cue?: Span;
  speakerVia?: SpeakerVia;
  /** The longest name given to the speaker in the same source ("Raul Ignacio Perez Molina"). */
  speakerFull?: string;
  tokens?: QuoteToken[];
  /** Paragraph pieces of a quote running over several paragraphs. */
  parts?: Span[];
  /** One to three words ("golden power"): a term or title, never compared. */
  scare?: boolean;
  /** Quoted words inside a sentence of the writer's (said the budget “keeps our promises”). */
  partial?: boolean;
  /** No closing mark before the paragraph ended. */
  unclosed?: boolean;
  /** In the source's headline or a crosshead (cut and adapted to fit: "warning them" for "warning the council"). */
  headline?: boolean;
  /** Index of the source in the input order, and a stable id ("S0:QT2"). */
  sourceIndex?: number;
  id?: string;
}

/** A figure with its context: what it measures and when. */
export interface QuantityClaim extends QuantityMention {
  /** Index of the source in the input order. */
  sourceIndex: number;
  /** The sentence holding the figure. */
  sentence: Span;
  /** Stemmed content words describing what is counted (counted noun first). */
  measure: readonly string[];
  /** The weight of each word of `measure`, in the same order (closer words weigh more). */
  measureWeights: readonly number[];
  /** Stemmed counted noun (head of the measure), when found. */
  head?: string;
  /** True when the scope came from an event date (a statement's day), not a stated period. */
  scopeIsEvent: boolean;
  /** A running tally (a toll, cases, area burned): undated, it is as of publication. */
  running: boolean;
  /** True for pledges, plans, forecasts and targets. */
  planned: boolean;
  /**
   * The figure's part in a relation stated around it: "from 10 percent to 8 percent" gives
   * the earlier level (previous); "7 of 12 counts" a part and its whole.
   */
  role?: "previous" | "part" | "whole";
  /**
   * A level a change started from, dated to a period of its own ("fell to 352,000 acres from
   * 364,000 acres in 2026"): a level of that period, which the sentence sets against the current one.
   */
  earlier?: boolean;
  /** Publication date of the claim's source, when known. */
  published?: string;
  /** Places, bodies or groups the figure is restricted to ("canyon county", "statewide"). */
  qualifiers: readonly string[];
  /** The period the figure is about. */
  scope: TimeScope | null;
  /** For a change: the period it is measured from ("from September", "compared to May"). */
  baseline?: TimeScope;
  /** True when the figure sits in a headline (first line without front matter title). */
  headline: boolean;
  /** True when the figure sits in the lede (the first full sentence after the headline). */
  lede: boolean;
  /** The label of the fact-box line the figure stands in ("Posts cut" in "- Posts cut: 74"). */
  factLabel?: string;
  /** Where that fact-box line starts (one line may hold several sentences: "Women: 1. Ana Roe 2:24:10; 2. …"). */
  factLine?: number;
  /** True when the figure stands on a bulleted line (an item of a list, not running text). */
  listItem?: boolean;
  /** Stable id within a run ("S0:Q3"). */
  id: string;
}

export type Claim = QuantityClaim;

/** Claims that an aligner believes are about the same thing. */
export interface ClaimGroup {
  claims: Claim[];
  /** Why they were aligned: shared measure words, same scope... */
  reason: string;
  /** 0..1: how sure the aligner is that these speak of the same thing. */
  confidence: number;
}

export type FindingKind =
  | "numeric-conflict"
  | "hedge-wording"
  | "rounding"
  | "scale"
  | "time-scope"
  | "entity-name"
  | "entity-title"
  | "quote"
  | "internal"
  | "attribution"
  | "arithmetic"
  | "unsupported";

/** Evidence in a finding: a span plus its normalized reading. */
export interface Evidence extends Span {
  normalized?: Record<string, unknown>;
}

export interface Finding {
  id: string;
  rule: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  claims: Evidence[];
}

export interface SourceSummary {
  path: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
}

export interface Report {
  version: 1;
  tool: { name: string; version: string };
  sources: SourceSummary[];
  findings: Finding[];
  summary: Record<Severity, number>;
  /** Findings hidden by a baseline or factdiff-ignore comments (not in `findings` nor `summary`). */
  suppressed?: number;
  /** The same count by cause. */
  suppressedBy?: { baseline: number; ignore: number };
}
