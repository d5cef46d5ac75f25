// Sign-off: `factdiff baseline` records findings by fingerprint; `check --baseline` hides them
// (and does not fail on them) until the disputed claim changes; factdiff-ignore comments hide
// a kind of finding for the next paragraph of a Markdown source.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../helpers/in-process.js";
import { renderReport, REPORT_FORMATS } from "../../src/report/formats.js";
import { ingest } from "../../src/ingest/index.js";
import { checkSync } from "../../src/pipeline.js";
import { ROOT, run } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = join(ROOT, "test", "fixtures", "draft");

/** A fresh copy of the draft fixture: three sources with one disputed figure (6.8% against 4.8%). */
function story(): string {
  const dir = mkdtempSync(join(tmpdir(), "factdiff-baseline-"));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}


const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, "utf8");
  const next = text.replace(from, to);
  expect(next).not.toBe(text);
  writeFileSync(file, next);
};

describe("baseline round trip", () => {
  const dir = story();
  const base = join(dir, "..", `${dir.split("/").pop()}-baseline.json`);

  test("record: factdiff baseline PATH... > factdiff-baseline.json", () => {
    const r = run(["baseline", dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    writeFileSync(base, r.stdout);
    const b = JSON.parse(r.stdout);
    expect(b).toMatchObject({ version: 1, fingerprint: "factdiffFinding/v1" });
    expect(b.findings).toHaveLength(1);
    expect(b.findings[0]).toMatchObject({ rule: "numeric-conflict", fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  test("the recorded findings are hidden, counted, and do not fail the check", async () => {
    const r = await cli(["check", dir, "--baseline", base, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    expect(report.findings).toEqual([]);
    expect(report.suppressed).toBe(1);
    expect(report.suppressedBy).toEqual({ baseline: 1, ignore: 0 });
  });

  test("an edit to an unrelated paragraph keeps them hidden", async () => {
    edit(join(dir, "wire.txt"), "The property tax rate rises", "In other business, the council renamed two parks after local nurses.\n\nThe property tax rate rises");
    edit(join(dir, "draft.md"), "---\nMarlow budget passes\n", "---\nMarlow budget passes after a long night\n\nCouncil members debated for six hours before the vote.\n");
    const r = await cli(["check", dir, "--baseline", base, "--format", "json"]);
    expect(JSON.parse(r.out)).toMatchObject({ findings: [], suppressed: 1 });
    expect(r.code).toBe(0);
  });

  test("changing the disputed figure brings the finding back", async () => {
    edit(join(dir, "draft.md"), "a 6.8% increase", "a 7.8% increase");
    const r = await cli(["check", dir, "--baseline", base, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as Report;
    expect(report.findings.map((f) => f.claims.map((c) => c.text).join(" | "))).toEqual(["7.8% | 4.8% | 4.8%"]);
    expect(report.suppressed).toBe(0);
  });

  test("a missing or invalid baseline stops the run (exit 2) naming the file", async () => {
    const missing = await cli(["check", dir, "--baseline", join(dir, "nope.json")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.json: baseline file does not exist/);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ version: 1, fingerprint: "factdiffFinding/v1", findings: [{ fingerprint: 42 }] }, null, 2));
    const invalid = await cli(["check", dir, "--baseline", bad]);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(/bad\.json:\d+: findings\.0\.fingerprint must be string/);
  });
});

describe("every report format says how many findings were suppressed", () => {
  const dir = story();
  const inputs = ["draft.md", "paper.txt", "wire.txt"].map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), "utf8") }));
  const all = checkSync(inputs);
  const fps = new Set(JSON.parse(run(["baseline", dir]).stdout).findings.map((f: { fingerprint: string }) => f.fingerprint) as string[]);
  const report = checkSync(inputs, { baseline: fps });
  const sources = inputs.map((i) => ingest(i));

  test("the library hides them too", () => {
    expect(all.findings).toHaveLength(1);
    expect(report.findings).toHaveLength(0);
    expect(report.suppressed).toBe(1);
  });

  test.each(REPORT_FORMATS)("%s", (format) => {
    const text = renderReport(format, report, sources, { color: false, minSeverity: "minor" });
    if (format === "json") expect(JSON.parse(text).suppressed).toBe(1);
    else if (format === "sarif") expect(JSON.parse(text).runs[0].properties).toEqual({ suppressed: 1 });
    else expect(text).toContain("1 finding suppressed (1 by the baseline)");
  });
});

describe("<!-- factdiff-ignore KIND --> comments", () => {
  const withComment = (comment: string) => {
    const dir = story();
    edit(join(dir, "draft.md"), "The Marlow County Council adopted", `${comment}\nThe Marlow County Council adopted`);
    return dir;
  };
  const json = async (dir: string) => {
    const r = await cli(["check", dir, "--format", "json"]);
    return { code: r.code, err: r.err, report: r.out ? (JSON.parse(r.out) as Report) : undefined };
  };

  test("a comment naming the kind hides it in the next paragraph", async () => {
    const { code, report } = await json(withComment("<!-- factdiff-ignore numeric-conflict -->"));
    expect(report).toMatchObject({ findings: [], suppressed: 1, suppressedBy: { baseline: 0, ignore: 1 } });
    expect(code).toBe(0);
  });

  test("with no kind it hides every kind; on a line of its own before a blank line too", async () => {
    const { report } = await json(withComment("<!-- factdiff-ignore -->\n"));
    expect(report).toMatchObject({ findings: [], suppressed: 1 });
  });

  test("another kind, or a comment two paragraphs up, hides nothing", async () => {
    expect((await json(withComment("<!-- factdiff-ignore hedge-wording rounding -->"))).report).toMatchObject({ suppressed: 0 });
    const dir = story();
    edit(join(dir, "draft.md"), "---\nMarlow budget passes\n", "---\n<!-- factdiff-ignore -->\nMarlow budget passes\n");
    const { report, code } = await json(dir);
    expect(report!.findings).toHaveLength(1);
    expect(code).toBe(1);
  });

  test("an unknown kind stops the run naming the file and line", async () => {
    const { code, err } = await json(withComment("<!-- factdiff-ignore numeric-confict -->"));
    expect(code).toBe(2);
    expect(err).toMatch(/draft\.md:\d+: factdiff-ignore names an unknown finding kind "numeric-confict"; use one of .*numeric-conflict/);
  });
});
