// Post-processing, after compare: plain functions from findings to findings, in order —
// draft mode (only findings involving the draft, plus its unsupported claims), spans mapped
// back into their files (HTML pages), severity overrides, then what is hidden: findings under
// a factdiff-ignore comment and findings recorded in a baseline.
import type { Finding, Severity } from "../types.js";
import { SEVERITY_RANK } from "../types.js";
import type { Rules } from "../rules/types.js";
import type { ExtractedSource } from "../pipeline.js";
import { evidenceInFiles } from "../ingest/html.js";
import { capPlaces } from "../compare/places.js";
import { fingerprintsOf } from "../report/fingerprint.js";
import { draftFindings, type DraftInputs } from "./draft.js";
import { ignoredBy, inRegion, storyIgnoreRegions, type IgnoreRegion } from "./ignore.js";

export interface PostOptions {
  /** Path of the draft among the sources (draft mode). */
  draft?: string;
  /** Severity per finding kind or rule id. */
  severity?: Record<string, Severity>;
  /** Fingerprints (report/fingerprint.ts) of findings to hide. */
  baseline?: Iterable<string>;
  /** The sources' factdiff-ignore regions, when the caller has read them already. */
  regions?: IgnoreRegion[];
}

export interface PostResult {
  findings: Finding[];
  suppressedBy: { baseline: number; ignore: number };
}

/** Severity overrides by kind or rule id (a rule id wins over its kind). */
export function overrideSeverity(findings: Finding[], table: Record<string, Severity> | undefined): Finding[] {
  if (!table || !Object.keys(table).length) return findings;
  return findings.map((f) => {
    const s = table[f.rule] ?? table[f.kind];
    return s && s !== f.severity ? { ...f, severity: s } : f;
  });
}

export function postProcess(findings: Finding[], x: DraftInputs, rules: Rules, options: PostOptions): PostResult {
  let out = options.draft !== undefined ? draftFindings(findings, options.draft, x, rules) : findings;
  const byPath = new Map(x.extracted.map((e) => [e.source.path, e.source]));
  out = out.map((f) => ({ ...f, claims: evidenceInFiles(f.claims, byPath) }));
  const regions = options.regions ?? storyIgnoreRegions(x.extracted.map((e: ExtractedSource) => e.source));
  // names and quotes repeated thousands of times in a long source: the first places of each
  // (compare/places.ts; figures are already capped there), and any inside an ignore region
  const ignorable = (c: { source: string; start: number }) => regions.some((r) => inRegion(r, c.source, c.start));
  out = out.map((f) => {
    const { kept, note } = capPlaces(f.claims, (c) => c, undefined, regions.length ? ignorable : undefined);
    return note ? { ...f, claims: kept, message: f.message + note } : f;
  });
  out = overrideSeverity(out, options.severity);
  // report order: most severe first, stable within a severity
  out = out.map((f, i) => [f, i] as const).sort((a, b) => SEVERITY_RANK[b[0].severity] - SEVERITY_RANK[a[0].severity] || a[1] - b[1]).map(([f]) => f);
  const kept = regions.length ? out.filter((f) => !ignoredBy(f, regions)) : out;
  const ignore = out.length - kept.length;
  let baseline = 0;
  let visible = kept;
  if (options.baseline) {
    const known = new Set(options.baseline);
    const fps = fingerprintsOf(kept);
    visible = kept.filter((_, i) => !known.has(fps[i]));
    baseline = kept.length - visible.length;
  }
  return { findings: visible, suppressedBy: { baseline, ignore } };
}
