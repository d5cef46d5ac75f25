import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import type { Log, Result } from "sarif";
import { buildSarif, pathToUri, renderSarif, sarifLevel } from "../../src/report/sarif.js";
import { FINGERPRINT_KEY, findingFingerprint, fingerprintsOf } from "../../src/report/fingerprint.js";
import { RULE_METAS } from "../../src/compare/index.js";
import type { Report } from "../../src/types.js";
import { claimOn, findingOf, fixtureOf, hostile, seedInputs, seeds } from "./fixtures.js";

// The SARIF 2.1.0 schema as @microsoft/jest-sarif ships it (draft-04, hence ajv-draft-04).
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
// the schema has a pattern ("…]?$") that is invalid with the u flag, so patterns run without it
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(schema);

function expectValidSarif(log: unknown) {
  const ok = validateSarif(log);
  expect(ok ? [] : validateSarif.errors).toEqual([]);
}

describe("sarif of the seeds", () => {
  const { report, sources } = seeds();
  const text = renderSarif(report, sources);
  const log = JSON.parse(text) as Log;
  const run = log.runs[0];

  test("validates against the SARIF 2.1.0 JSON Schema", () => {
    expect(log.version).toBe("2.1.0");
    expectValidSarif(log);
  });

  test("one result per finding, with rule, level and message", () => {
    expect(run.results).toHaveLength(report.findings.length);
    run.results!.forEach((r, i) => {
      const f = report.findings[i];
      expect(r).toMatchObject({ ruleId: f.rule, level: sarifLevel(f.severity), message: { text: f.message } });
      expect(run.tool.driver.rules![r.ruleIndex!].id).toBe(f.rule);
    });
  });

  test("the first claim is the location; the others are related locations", () => {
    const critical = run.results!.find((r) => r.level === "error" && r.ruleId === "scale")!;
    expect(critical.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: "seeds/000_3d100861fb0d3d66.txt" },
          region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 22, charOffset: 0, charLength: 21, snippet: { text: "Over 500,000 thousand" } },
        },
      },
    ]);
    expect(critical.relatedLocations![0]).toMatchObject({
      id: 1,
      physicalLocation: { artifactLocation: { uri: "seeds/000_3d100861fb0d3d66.txt" }, region: { startLine: 3, startColumn: 62, charOffset: 220, charLength: 24 } },
    });
    for (const [i, r] of run.results!.entries()) expect(r.relatedLocations?.length ?? 0).toBe(report.findings[i].claims.length - 1);
  });

  test("region columns point at the claim in the file (UTF-16 columns, end exclusive)", () => {
    for (const r of run.results!)
      for (const loc of [...r.locations!, ...(r.relatedLocations ?? [])]) {
        const { artifactLocation, region } = loc.physicalLocation!;
        const file = sources.find((s) => s.path === artifactLocation!.uri)!;
        const lines = file.text.split("\n");
        if (region!.startLine === region!.endLine)
          expect(lines[region!.startLine! - 1].slice(region!.startColumn! - 1, region!.endColumn! - 1)).toBe(region!.snippet!.text);
        expect(file.text.slice(region!.charOffset!, region!.charOffset! + region!.charLength!)).toBe(region!.snippet!.text);
      }
  });

  test("tool.driver describes every rule that can fire, with a default level", () => {
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: "factdiff", version: report.tool.version });
    expect(driver).not.toHaveProperty("informationUri");
    for (const m of RULE_METAS)
      expect(driver.rules).toContainEqual(expect.objectContaining({ id: m.id, shortDescription: { text: m.description }, defaultConfiguration: { level: sarifLevel(m.defaultSeverity) } }));
    for (const f of report.findings) expect(driver.rules!.some((d) => d.id === f.rule)).toBe(true);
  });

  test("every result carries a fingerprint, distinct within the run", () => {
    const fps = run.results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY]);
    expect(fps.every((f) => /^[0-9a-f]{32}(:\d+)?$/.test(f))).toBe(true);
    expect(new Set(fps).size).toBe(fps.length);
  });
});

describe("fingerprints", () => {
  test("survive edits elsewhere in the files (offsets and lines move, the finding does not)", () => {
    const before = seeds();
    const inputs = seedInputs();
    inputs[0] = { ...inputs[0], text: "---\noutlet: Wire service\n---\n" + inputs[0].text };
    inputs[1] = { ...inputs[1], text: inputs[1].text.replace("\n\n", "\n\nAn editor added this paragraph of text today.\n\n") };
    const after = fixtureOf(inputs);
    const key = (f: Report["findings"][number]) => `${f.rule}|${f.claims.map((c) => `${c.source}:${c.text}`).join("|")}`;
    const logBefore = buildSarif(before.report, before.sources);
    const logAfter = buildSarif(after.report, after.sources);
    let matched = 0;
    before.report.findings.forEach((f, i) => {
      const j = after.report.findings.findIndex((g) => key(g) === key(f));
      if (j < 0) return;
      matched++;
      const [rb, ra] = [logBefore.runs[0].results![i], logAfter.runs[0].results![j]] as Result[];
      expect(ra.partialFingerprints).toEqual(rb.partialFingerprints);
    });
    expect(matched).toBeGreaterThan(0);
    const critical = after.report.findings.find((f) => f.severity === "critical")!;
    expect(critical.claims[0].start).toBeGreaterThan(0); // it did move
  });

  test("hash the rule, the kind and each claim's source, wording and reading; not their order or offsets", () => {
    const { sources } = hostile();
    const [a, b] = sources;
    const c1 = claimOn(a, "1,284 people", { type: "quantity", value: 1284, unit: "count" });
    const c2 = claimOn(b, "about 1,300", { type: "quantity", value: 1300, unit: "count" });
    const base = findingOf("F1", "major", "numeric-conflict", "m", [c1, c2]);
    const fp = findingFingerprint(base);
    expect(findingFingerprint({ ...base, claims: [c2, c1] })).toBe(fp);
    expect(findingFingerprint({ ...base, claims: [{ ...c1, start: c1.start + 500, end: c1.end + 500 }, c2] })).toBe(fp);
    expect(findingFingerprint({ ...base, claims: [{ ...c1, text: "1,284\n  people" }, c2] })).toBe(fp);
    const reworded = { ...base, id: "F9", message: "reworded", severity: "critical" as const };
    expect(findingFingerprint(reworded)).toBe(fp);
    expect(findingFingerprint({ ...base, rule: "scale" })).not.toBe(fp);
    expect(findingFingerprint({ ...base, kind: "internal" })).not.toBe(fp);
    expect(findingFingerprint({ ...base, claims: [{ ...c1, source: "other.txt" }, c2] })).not.toBe(fp);
    expect(findingFingerprint({ ...base, claims: [{ ...c1, text: "1,285 people" }, c2] })).not.toBe(fp);
    expect(findingFingerprint({ ...base, claims: [{ ...c1, normalized: { type: "quantity", value: 1284, unit: "percent" } }, c2] })).not.toBe(fp);
    expect(fingerprintsOf([base, { ...base, id: "F2" }])).toEqual([fp, `${fp}:2`]);
  });
});

describe("sarif edge cases", () => {
  test("a rule the metas do not know still gets a descriptor; informationUri when given", () => {
    const { report, sources } = hostile();
    const odd = { ...report, findings: [...report.findings, findingOf("F5", "minor", "quote", "m", [report.findings[0].claims[0]], "future-rule")] };
    const log = buildSarif(odd, sources, { informationUri: "https://example.org/factdiff" });
    expectValidSarif(log);
    const driver = log.runs[0].tool.driver;
    expect(driver.informationUri).toBe("https://example.org/factdiff");
    expect(driver.rules!.find((r) => r.id === "future-rule")).toMatchObject({ defaultConfiguration: { level: "warning" } });
    expect(log.runs[0].results![4]).toMatchObject({ ruleId: "future-rule", ruleIndex: driver.rules!.findIndex((r) => r.id === "future-rule") });
  });

  test("levels: critical and major are errors, minor a warning, info a note", () => {
    const { report, sources } = hostile();
    expect(buildSarif(report, sources).runs[0].results!.map((r) => r.level)).toEqual(["error", "error", "warning", "note"]);
  });

  test("hostile paths become valid URI references; an empty report is a valid log", () => {
    const { report, sources } = hostile();
    const log = buildSarif(report, sources);
    expectValidSarif(log);
    expect(log.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri).toBe("stories/a%20%3Cb%3E%26'1'.txt");
    expect(pathToUri("C:\\news\\my story#1.txt")).toBe("C:/news/my%20story%231.txt");
    expect(pathToUri("seeds/001_be93ad6e9e22fa93.txt")).toBe("seeds/001_be93ad6e9e22fa93.txt");
    expectValidSarif(buildSarif({ ...report, findings: [], summary: { critical: 0, major: 0, minor: 0, info: 0 } }, sources));
  });
});
