// Reports for the reporter tests: the seeds run through the real pipeline, and a hand-made
// report over hostile sources (markup, Markdown and workflow-command syntax in the text) whose
// findings do not depend on what the extractor happens to find.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkSync } from "../../src/pipeline.js";
import { ingest } from "../../src/ingest/index.js";
import { summarize } from "../../src/pipeline.js";
import type { Evidence, Finding, FindingKind, Report, Severity, Source, SourceInput } from "../../src/types.js";
import { ROOT } from "../helpers/cli.js";

export interface Fixture {
  report: Report;
  sources: Source[];
}

/** The seed articles, with paths as a user in the project folder gives them ("seeds/…"). */
export function seedInputs(): SourceInput[] {
  return readdirSync(join(ROOT, "seeds"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ path: `seeds/${f}`, text: readFileSync(join(ROOT, "seeds", f), "utf8") }));
}

export function fixtureOf(inputs: SourceInput[]): Fixture {
  return { report: checkSync(inputs), sources: inputs.map((i) => ingest(i)) };
}

export const seeds = (): Fixture => fixtureOf(seedInputs());

export const HOSTILE_A = [
  "---",
  'title: "<script>window.__pwned=1</script> Flood *toll*"',
  'outlet: "Evil & Co <img src=x onerror=\\"window.__pwned=1\\">"',
  "---",
  '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1"> <a href="javascript:window.__pwned=1">x</a>',
  "",
  "Officials said 1,284 people left, <b>the</b> *mayor* said | see [map](javascript:alert(1)) & `code` ~~old~~ $5 and $6.",
  "",
  "Damage: 100% of the farms, 50%0A of roads, a,b:c and \r\nmore.",
  "",
].join("\n");

export const HOSTILE_B = "Flood toll\n\nOfficials said about 1,300 people were evacuated from the valley on Monday, after the river rose.\n";

/** A claim on the n-th occurrence of `text` in a source: offsets as the pipeline gives them. */
export function claimOn(source: Source, text: string, normalized?: Record<string, unknown>, occurrence = 1): Evidence {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = source.text.indexOf(text, start + 1);
  if (start < 0) throw new Error(`fixture: "${text}" not found in ${source.path}`);
  return { source: source.path, start, end: start + text.length, text, ...(normalized ? { normalized } : {}) };
}

export function findingOf(id: string, severity: Severity, kind: FindingKind, message: string, claims: Evidence[], rule: string = kind): Finding {
  return { id, rule, kind, severity, message, claims };
}

/**
 * Findings over hostile text: claims that hold markup, one that overlaps another and one
 * nested inside it, so the HTML marks must split without breaking the page.
 */
export function hostile(): Fixture {
  const a = ingest({ path: "stories/a <b>&'1'.txt", text: HOSTILE_A });
  const b = ingest({ path: "stories/b,c:d%.txt", text: HOSTILE_B });
  const figure = { type: "quantity", value: 1284, unit: "count" };
  const findings: Finding[] = [
    findingOf("F1", "critical", "numeric-conflict", 'Claim "<img src=x onerror=alert(1)>" & *stars* | `ticks` 100% ok,\r\nnext: line', [
      claimOn(a, "1,284 people", figure),
      claimOn(b, "about 1,300", { type: "quantity", value: 1300, unit: "count" }),
    ]),
    findingOf("F2", "major", "internal", "the markup <script>window.__pwned=1</script> stands in the copy", [
      claimOn(a, '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1">'),
      // overlaps the end of the first claim and runs on into the link
      claimOn(a, 'onerror="window.__pwned=1"> <a href="javascript:window.__pwned=1">x</a>'),
    ]),
    findingOf("F3", "minor", "hedge-wording", "nested inside F2's first claim", [claimOn(a, "window.__pwned=1", undefined, 3), claimOn(b, "about 1,300")]),
    findingOf("F4", "info", "rounding", "100% and 50%0A", [claimOn(a, "100%"), claimOn(a, "50%0A")], "rounding"),
  ];
  const report: Report = {
    version: 1,
    tool: { name: "factdiff", version: "0.1.0" },
    sources: [a, b].map((s) => ({ path: s.path, ...s.meta })),
    findings,
    summary: summarize(findings),
  };
  return { report, sources: [a, b] };
}
