// SARIF 2.1.0 for CI: GitHub code scanning (github/codeql-action/upload-sarif) and any other
// SARIF viewer. One result per finding, its first claim as the location and the others as
// related locations, with a fingerprint that survives edits elsewhere in the file.
import type { Log, Location, ReportingDescriptor, Result } from "sarif";
import type { Evidence, Finding, Report, Severity, Source } from "../types.js";
import type { RuleMeta } from "../compare/meta.js";
import { RULE_METAS } from "../compare/index.js";
import { locate, sourcesByPath } from "./context.js";
import { FINGERPRINT_KEY, fingerprintsOf } from "./fingerprint.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

export type SarifLevel = "error" | "warning" | "note";

export interface SarifOptions {
  /** Rules to describe in tool.driver.rules (default: every rule factdiff has). */
  rules?: readonly RuleMeta[];
  /** Where people can read about the tool; omitted from the log when not given. */
  informationUri?: string;
}

/** Critical and major findings fail a code-scanning check; minor warns; info is a note. */
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === "critical" || severity === "major" ? "error" : severity === "minor" ? "warning" : "note";
}

/**
 * The source path as given, as a URI reference: forward slashes, and each segment
 * percent-encoded only where a URI needs it ("my notes/a#1.txt" → "my%20notes/a%231.txt").
 */
export function pathToUri(path: string): string {
  return path
    .replace(/\\/g, "/")
    .split("/")
    .map((seg) => encodeURIComponent(seg).replace(/%3A/gi, ":").replace(/%40/g, "@"))
    .join("/");
}

function descriptors(report: Report, metas: readonly RuleMeta[]): ReportingDescriptor[] {
  const out: ReportingDescriptor[] = metas.map((m) => ({
    id: m.id,
    shortDescription: { text: m.description },
    fullDescription: { text: m.description },
    defaultConfiguration: { level: sarifLevel(m.defaultSeverity) },
    properties: { tags: ["factdiff", m.kind], defaultSeverity: m.defaultSeverity },
  }));
  // a rule the report names but the metas do not (added later, or from a plugin) still needs
  // a descriptor, or code scanning rejects the result that points at it
  for (const f of report.findings) {
    if (out.some((d) => d.id === f.rule)) continue;
    out.push({
      id: f.rule,
      shortDescription: { text: `factdiff ${f.kind} finding (rule ${f.rule})` },
      defaultConfiguration: { level: sarifLevel(f.severity) },
      properties: { tags: ["factdiff", f.kind] },
    });
  }
  return out;
}

function locationOf(claim: Evidence, byPath: Map<string, Source>): Location {
  const source = byPath.get(claim.source);
  const region: NonNullable<NonNullable<Location["physicalLocation"]>["region"]> = {};
  if (source) {
    const { start, end } = locate(source, claim);
    Object.assign(region, { startLine: start.line, startColumn: start.col, endLine: end.line, endColumn: end.col });
  }
  Object.assign(region, { charOffset: claim.start, charLength: claim.end - claim.start, snippet: { text: claim.text } });
  return { physicalLocation: { artifactLocation: { uri: pathToUri(claim.source) }, region } };
}

function resultOf(f: Finding, fingerprint: string, ruleIndex: number, byPath: Map<string, Source>): Result {
  const [first, ...others] = f.claims;
  const result: Result = {
    ruleId: f.rule,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: first ? [locationOf(first, byPath)] : [],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: { findingId: f.id, kind: f.kind, severity: f.severity },
  };
  if (others.length)
    result.relatedLocations = others.map((c, i) => ({ id: i + 1, ...locationOf(c, byPath), message: { text: `"${c.text}" in ${c.source}` } }));
  return result;
}

export function buildSarif(report: Report, sources: Source[], options: SarifOptions = {}): Log {
  const byPath = sourcesByPath(sources);
  const rules = descriptors(report, options.rules ?? RULE_METAS);
  const fingerprints = fingerprintsOf(report.findings);
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules,
          },
        },
        // claim offsets and columns count UTF-16 code units, as JavaScript strings do
        columnKind: "utf16CodeUnits",
        results: report.findings.map((f, i) => resultOf(f, fingerprints[i], rules.findIndex((r) => r.id === f.rule), byPath)),
        // findings hidden by a baseline or factdiff-ignore comments
        ...(report.suppressed ? { properties: { suppressed: report.suppressed } } : {}),
      },
    ],
  };
}

export function renderSarif(report: Report, sources: Source[], options: SarifOptions = {}): string {
  return JSON.stringify(buildSarif(report, sources, options), null, 2) + "\n";
}
