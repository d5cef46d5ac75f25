// The pipeline in order: ingest → extract → normalize → align → compare.
import type { Finding, Mention, QuantityClaim, Report, Severity, Source, SourceInput, TimeMention } from "./types.js";
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
}

export function extractSource(source: Source, index: number, rules: Rules): ExtractedSource {
  const times = extractTimes(source, rules);
  const quantities = extractQuantities(source, rules, times);
  const { claims } = normalizeSource(source, index, quantities, times, rules);
  const entities = extractEntities(source, rules);
  return { source, times, claims, entities };
}

export function extractAll(inputs: SourceInput[], options: CheckOptions = {}): { rules: Rules; extracted: ExtractedSource[] } {
  const rules = options.loadedRules ?? loadRules(options.rules ?? []);
  const extracted = inputs.map((input, i) => extractSource(ingest(input), i, rules));
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
  const entityFindings: Finding[] = [...entityName.check(people, rules), ...entityTitle.check(people, rules, (p) => textOf.get(p) ?? "")].map((d) => ({ id: "", ...d }));
  const findings = [...compare(align(claims, rules), rules, claims), ...entityFindings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
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
