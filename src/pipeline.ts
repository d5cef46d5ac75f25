// The pipeline in order: ingest → extract → normalize → align → compare.
import type { Finding, Mention, QuantityClaim, QuoteMention, Report, Severity, Source, SourceInput, TimeMention } from "./types.js";
import { SEVERITY_RANK } from "./types.js";
import type { Rules } from "./rules/types.js";
import { loadRules } from "./rules/load.js";
import { ingest } from "./ingest/index.js";
import { extractTimes } from "./extract/time.js";
import { extractQuantities } from "./extract/quantities.js";
import { normalizeSource } from "./normalize/index.js";
import { align } from "./align/index.js";
import { compare } from "./compare/index.js";
import { extractEntities, type TitledMention } from "./extract/entities.js";
import { resolvePeople } from "./normalize/entities.js";
import { entityName } from "./compare/rules/entity-name.js";
import { entityTitle } from "./compare/rules/entity-title.js";
import { extractEvents, type EventMention } from "./extract/events.js";
import { eventDate } from "./compare/rules/event-date.js";
import { extractQuotes, storyPeople } from "./extract/quotes.js";
import { alignQuotes } from "./align/quotes.js";
import { compareQuotePairs } from "./compare/quotes.js";
import { VERSION } from "./version.js";

export interface CheckOptions {
  /** Extra rule folders layered over the built-in rules/ (later ones win). */
  rules?: string[];
  /** Already-loaded rules (takes precedence over `rules`). */
  loadedRules?: Rules;
}

export interface ExtractedSource {
  source: Source;
  times: TimeMention[];
  claims: QuantityClaim[];
  entities: TitledMention[];
  quotes: QuoteMention[];
  events: EventMention[];
}

/** `known`: keys of the people the whole story names (lets a bare surname stand for a speaker). */
export function extractSource(source: Source, index: number, rules: Rules, known?: ReadonlySet<string>): ExtractedSource {
  const times = extractTimes(source, rules);
  const quantities = extractQuantities(source, rules, times);
  const { claims } = normalizeSource(source, index, quantities, times, rules);
  const entities = extractEntities(source, rules);
  const quotes = extractQuotes(source, rules, index, known);
  const events = extractEvents(source, times, rules);
  return { source, times, claims, entities, quotes, events };
}

export function extractAll(inputs: SourceInput[], options: CheckOptions = {}): { rules: Rules; extracted: ExtractedSource[] } {
  const rules = options.loadedRules ?? loadRules(options.rules ?? []);
  const sources = inputs.map((input) => ingest(input));
  const known = storyPeople(sources, rules);
  const extracted = sources.map((source, i) => extractSource(source, i, rules, known));
  return { rules, extracted };
}

export function summarize(findings: Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { critical: 0, major: 0, minor: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return summary;
}

/** Runs the whole check: every source against every other and against itself. */
export async function check(inputs: SourceInput[], options: CheckOptions = {}): Promise<Report> {
  return checkSync(inputs, options);
}

export function checkSync(inputs: SourceInput[], options: CheckOptions = {}): Report {
  const { rules, extracted } = extractAll(inputs, options);
  const claims = extracted.flatMap((e) => e.claims);
  const people = resolvePeople(extracted.map((e) => e.entities));
  const textOf = new Map(extracted.map((e) => [e.source.path, e.source.text]));
  const entityFindings: Finding[] = [...entityName.check(people, rules), ...entityTitle.check(people, rules, (p) => textOf.get(p) ?? ""), ...eventDate.check(extracted.flatMap((e, i) => e.events.map((ev) => ({ ...ev, sourceIndex: i }))), rules)].map((d) => ({ id: "", ...d }));
  const quoteFindings = compareQuotePairs(alignQuotes(extracted.flatMap((e) => e.quotes), rules), rules);
  const findings = [...compare(align(claims, rules), rules, claims), ...entityFindings, ...quoteFindings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  findings.forEach((f, i) => (f.id = `F${i + 1}`));
  return {
    version: 1,
    tool: { name: "factdiff", version: VERSION },
    sources: extracted.map(({ source }) => ({ path: source.path, ...source.meta })),
    findings,
    summary: summarize(findings),
  };
}

export type { Mention };
