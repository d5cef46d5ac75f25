// The pipeline in order: ingest → extract → normalize → align → compare.
import type { Finding, Mention, QuantityClaim, QuoteMention, Report, Severity, Source, SourceInput, TimeMention } from "./types.js";
import { SEVERITY_RANK } from "./types.js";
import type { Rules } from "./rules/types.js";
import { loadRules } from "./rules/load.js";
import { ingest } from "./ingest/index.js";
import { extractTimes } from "./extract/time.js";
import { extractQuantities } from "./extract/quantities.js";
import { CLOCK_MAX_CHARS, clockQuantities } from "./extract/clock.js";
import { normalizeSource } from "./normalize/index.js";
import { align } from "./align/index.js";
import { compare, withFactBoxes } from "./compare/index.js";
import { extractEntities, type TitledMention } from "./extract/entities.js";
import { resolvePeople } from "./normalize/entities.js";
import { entityName } from "./compare/rules/entity-name.js";
import { entityTitle } from "./compare/rules/entity-title.js";
import { extractEvents, type EventMention } from "./extract/events.js";
import { eventDate } from "./compare/rules/event-date.js";
import { extractQuotes, storyPeople } from "./extract/quotes.js";
import { alignQuotes } from "./align/quotes.js";
import { compareQuotePairs } from "./compare/quotes.js";
import { checkArithmetic } from "./compare/arithmetic.js";
import { findRelations, type Relation } from "./extract/relations.js";
import { VERSION } from "./version.js";
import { ingestSource } from "./ingest/source.js";
import { postProcess } from "./post/index.js";
import { chunkChars, pieces, shiftOffsets } from "./extract/chunks.js";
import { StageTimer, type Stage } from "./timing.js";
import { withTextMemo } from "./text/memo.js";
import { inRegion, storyIgnoreRegions } from "./post/ignore.js";
import { lre } from "./text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^\p{Lu}/u);

export interface CheckOptions {
  /** Extra rule folders layered over the built-in rules/ (later ones win). */
  rules?: string[];
  /** Already-loaded rules (takes precedence over `rules`). */
  loadedRules?: Rules;
  /** Draft mode: the path (as among the inputs) of the draft; only findings involving it are reported, plus its unsupported claims. */
  draft?: string;
  /** Severity per finding kind or rule id, applied after findings are computed (the config's `severity`). */
  severity?: Record<string, Severity>;
  /** Fingerprints of findings to hide (a baseline, see post/baseline.ts); counted in `suppressed`. */
  baseline?: Iterable<string>;
  /**
   * Timing hook: called once per stage (ingest, extract, normalize, align, compare) with the
   * milliseconds spent in it; extract and normalize are summed over sources (and threads).
   * Results are the same with or without it.
   */
  onStage?: (stage: Stage, ms: number) => void;
  /** Called as sources are extracted, with how many are done out of how many (a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Called with a warning an editor should see (a memory bound given up, see memory-bound.ts). */
  onWarning?: (message: string) => void;
  /**
   * `check` only: threads for extraction, the calling one included (default: one fewer than the
   * cores); used once the input is large enough to pay for workers. 1 keeps everything on
   * the calling thread.
   * The report is the same whatever the number.
   */
  jobs?: number;
}

export interface ExtractedSource {
  source: Source;
  times: TimeMention[];
  claims: QuantityClaim[];
  entities: TitledMention[];
  quotes: QuoteMention[];
  events: EventMention[];
  /** The relations between the source's figures, when an extraction worker found them (else the arithmetic check does). */
  relations?: Relation[];
}

/**
 * `known`: keys of the people the whole story names (lets a bare surname stand for a speaker).
 * A very long source is read in pieces (extract/chunks.ts) and its findings put back together.
 */
export function extractSource(source: Source, index: number, rules: Rules, known?: ReadonlySet<string>, timer?: StageTimer, pieceChars = chunkChars()): ExtractedSource {
  const parts = pieces(source, pieceChars);
  // (a source of archive length spans many days: its times of day, thousands of them, are not
  // compared; decided by length alone, so pieces and the whole text read the same)
  const clocks = source.text.length <= CLOCK_MAX_CHARS;
  if (parts.length === 1) return extractWhole(source, index, rules, known, timer, clocks);
  const out: ExtractedSource = { source, times: [], claims: [], entities: [], quotes: [], events: [], relations: [] };
  for (const { source: piece, offset } of parts) {
    const e = extractWhole(piece, index, rules, known, timer, clocks);
    // the relations between a piece's figures are found in the piece (pieces end at paragraph
    // breaks where there are any, and relations stay inside a paragraph): reading them over the
    // whole text at once took more memory than the rest of the check
    const relations = (timer ?? new StageTimer()).time("extract", () => findRelations(piece, e.claims, rules));
    const found = { times: e.times, claims: e.claims, entities: e.entities, quotes: e.quotes, events: e.events, relations };
    shiftOffsets(found, offset);
    for (const c of e.claims) out.claims.push(Object.assign(c, { id: `S${index}:Q${out.claims.length}` }));
    for (const q of e.quotes) out.quotes.push(Object.assign(q, { id: `S${index}:QT${out.quotes.length + 1}` }));
    for (const k of ["times", "entities", "events"] as const) for (const x of e[k]) (out[k] as unknown[]).push(x);
    for (const r of relations) out.relations!.push(r);
  }
  return out;
}

function extractWhole(source: Source, index: number, rules: Rules, known: ReadonlySet<string> | undefined, timer: StageTimer | undefined, clocks: boolean): ExtractedSource {
  // the extractors split the same sentences and tokenize them again and again: once will do
  return withTextMemo(() => extractWholeMemo(source, index, rules, known, timer, clocks));
}

function extractWholeMemo(source: Source, index: number, rules: Rules, known: ReadonlySet<string> | undefined, timer: StageTimer | undefined, withClocks: boolean): ExtractedSource {
  const t = timer ?? new StageTimer();
  const times = t.time("extract", () => extractTimes(source, rules));
  const quantities = t.time("extract", () => {
    const qs = extractQuantities(source, rules, times);
    // times of day that say when something happened, as figures too (in text order with the rest)
    const clocks = withClocks ? clockQuantities(source, times, rules) : [];
    return clocks.length ? [...qs, ...clocks].sort((a, b) => a.span.start - b.span.start) : qs;
  });
  const { claims } = t.time("normalize", () => normalizeSource(source, index, quantities, times, rules));
  return t.time("extract", () => {
    const entities = extractEntities(source, rules, known);
    const quotes = extractQuotes(source, rules, index, known);
    const events = extractEvents(source, times, rules);
    return { source, times, claims, entities, quotes, events };
  });
}

export function extractAll(inputs: SourceInput[], options: CheckOptions = {}, timer = new StageTimer()): { rules: Rules; extracted: ExtractedSource[] } {
  const rules = timer.time("ingest", () => options.loadedRules ?? loadRules(options.rules ?? []));
  const sources = timer.time("ingest", () => inputs.map((input) => ingestSource(input)));
  // the piece length read once (from the environment: slow to ask per source)
  const pieceChars = chunkChars();
  const known = timer.time("extract", () => storyPeople(sources, rules, pieceChars));
  const extracted = sources.map((source, i) => {
    const e = extractSource(source, i, rules, known, timer, pieceChars);
    options.onProgress?.(i + 1, sources.length);
    return e;
  });
  return { rules, extracted };
}

export function summarize(findings: Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { critical: 0, major: 0, minor: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return summary;
}

/**
 * Runs the whole check: every source against every other and against itself. A large input
 * is checked in a worker thread with a bounded heap (memory-bound.ts).
 */
export async function check(inputs: SourceInput[], options: CheckOptions = {}): Promise<Report> {
  const { boundedWorth, checkBounded } = await import("./memory-bound.js");
  if (boundedWorth(inputs, options.jobs)) {
    const report = await checkBounded(inputs, options);
    if (report) return report;
  }
  return checkInThread(inputs, options);
}

/** `check` on this thread (extraction may still use worker threads). */
export async function checkInThread(inputs: SourceInput[], options: CheckOptions = {}): Promise<Report> {
  const { parallelWorth, extractParallel } = await import("./extract/parallel.js");
  const jobs = parallelWorth(inputs, options.jobs);
  if (jobs <= 1) return checkSync(inputs, options);
  const timer = new StageTimer(options.onStage);
  const { rules, extracted } = await extractParallel(inputs, options, jobs, timer);
  return finishCheck(rules, extracted, options, timer);
}

export function checkSync(inputs: SourceInput[], options: CheckOptions = {}): Report {
  const timer = new StageTimer(options.onStage);
  const { rules, extracted } = extractAll(inputs, options, timer);
  return finishCheck(rules, extracted, options, timer);
}

/** Everything after extraction: align, compare, post-processing; the same for one thread or many. */
function finishCheck(rules: Rules, extracted: ExtractedSource[], options: CheckOptions, timer: StageTimer): Report {
  // the time expressions have done their work (claims and events hold their periods): a long
  // source has hundreds of thousands, not kept through the comparison
  for (const e of extracted) e.times = [];
  const claims = extracted.flatMap((e) => e.claims);
  const people = timer.time("align", () => resolvePeople(extracted.map((e) => e.entities)));
  const textOf = new Map(extracted.map((e) => [e.source.path, e.source.text]));
  const entityFindings: Finding[] = timer.time("compare", () => [...entityName.check(people, rules), ...entityTitle.check(people, rules, (p) => textOf.get(p) ?? ""), ...eventDate.check(extracted.flatMap((e, i) => e.events.map((ev) => ({ ...ev, sourceIndex: i, figures: claimsWithin(e.claims, ev.sentence), published: e.source.meta.published }))), rules)].map((d) => ({ id: "", ...d })));
  const quotePairs = timer.time("align", () => alignQuotes(extracted.flatMap((e) => e.quotes), rules));
  const quoteFindings = timer.time("compare", () => withoutMisspeltSpeakers(compareQuotePairs(quotePairs, rules), entityFindings));
  const pairs = timer.time("align", () => align(claims, rules));
  const { findings, suppressedBy } = timer.time("compare", () => {
    // a figure inside a factdiff-ignore region stays among a finding's places, so the region still sees it
    const regions = storyIgnoreRegions(extracted.map((e) => e.source));
    const keepPlace = regions.length ? (c: QuantityClaim) => regions.some((r) => inRegion(r, c.span.source, c.span.start)) : undefined;
    const found = withFactBoxes([...compare(pairs, rules, claims, keepPlace), ...entityFindings, ...quoteFindings], claims, rules, pairs);
    // arithmetic last: a discrepancy another rule already reports gets the computation added to it
    found.push(...checkArithmetic(extracted, pairs, rules, found));
    const all = found.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
    // draft mode, spans back into HTML files, severity overrides, ignore comments and baseline
    return postProcess(all, { extracted, pairs, quotePairs, people }, rules, { ...options, regions });
  });
  findings.forEach((f, i) => (f.id = `F${i + 1}`));
  timer.flush();
  return {
    version: 1,
    tool: { name: "factdiff", version: VERSION },
    sources: extracted.map(({ source }) => ({ path: source.path, ...source.meta })),
    findings,
    summary: summarize(findings),
    suppressed: suppressedBy.baseline + suppressedBy.ignore,
    suppressedBy,
  };
}

/**
 * An attribution whose speakers are one person spelled two ways ("Anton Marsh" / "Anton March")
 * is that misspelling, which the entity-name finding reports: not a second finding.
 */
function withoutMisspeltSpeakers(quoteFindings: Finding[], entityFindings: Finding[]): Finding[] {
  const key = (c: { source: string; start: number; end: number }) => `${c.source}\u0001${c.start}\u0001${c.end}`;
  const spelt = entityFindings.filter((f) => f.rule === "entity-name").map((f) => new Set(f.claims.map(key)));
  return quoteFindings.filter((f) => {
    if (f.kind !== "attribution") return true;
    const named = f.claims.filter((c) => spelt.some((s) => s.has(key(c))));
    // every speaker it names is among one misspelling's places
    const speakers = new Set(named.map((c) => c.text));
    return !(speakers.size >= 2 && spelt.some((s) => named.every((c) => s.has(key(c)))) && f.claims.filter((c) => !named.includes(c)).every((c) => c.text.length > 40 || !LETTERS_RE_1.test(c.text)));
  });
}

/** The claims inside a stretch of one source's text, by bisection (a source's claims are in text order). */
function claimsWithin(claims: readonly QuantityClaim[], range: { start: number; end: number }): QuantityClaim[] {
  let lo = 0;
  let hi = claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid].span.start < range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: QuantityClaim[] = [];
  for (let k = lo; k < claims.length && claims[k].span.start < range.end; k++) if (claims[k].span.end <= range.end) out.push(claims[k]);
  return out;
}

export type { Mention };
