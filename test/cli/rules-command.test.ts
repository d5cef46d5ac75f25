// `factdiff rules`: the finding rules with their effective severity and where it came from,
// and the rule files loaded.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../helpers/in-process.js";
import { RULE_METAS } from "../../src/compare/index.js";
import { run } from "../helpers/cli.js";
import type { RulesListing } from "../../src/report/rules.js";


describe("factdiff rules", () => {
  test("lists every finding rule with its severity, and the built-in rule files", () => {
    const r = run(["rules"]);
    expect(r.code).toBe(0);
    for (const m of RULE_METAS) expect(r.stdout).toMatch(new RegExp(`^  ${m.id} +${m.kind} +(critical|major|minor|info) +from built-in`, "m"));
    expect(r.stdout).toContain("Rule files loaded");
    expect(r.stdout).toMatch(/^ {2}severity +rules\/severity\.yaml +built-in$/m);
  });

  test("--format json: severities from a --rules folder and the config, and where they came from", async () => {
    const dir = mkdtempSync(join(tmpdir(), "factdiff-rules-"));
    mkdirSync(join(dir, "myrules"));
    writeFileSync(join(dir, "myrules", "severity.yaml"), "kind: severity\nseverity:\n  hedge-wording: { default: info }\n");
    writeFileSync(join(dir, "factdiff.config.json"), JSON.stringify({ severity: { rounding: "major" } }));
    const r = await cli(["rules", "--rules", join(dir, "myrules"), "--format", "json"], dir);
    expect(r.code).toBe(0);
    const listing = JSON.parse(r.out) as RulesListing;
    expect(listing.config).toBe(join(dir, "factdiff.config.json"));
    expect(listing.rules.map((x) => x.id)).toEqual(RULE_METAS.map((m) => m.id));
    const rule = (id: string) => listing.rules.find((x) => x.id === id)!;
    expect(rule("hedge-wording")).toMatchObject({ kind: "hedge-wording", defaultSeverity: "minor", severity: "info", from: "rules", file: join(dir, "myrules", "severity.yaml") });
    expect(rule("rounding")).toMatchObject({ severity: "major", from: "config", file: join(dir, "factdiff.config.json") });
    expect(rule("unsupported")).toMatchObject({ severity: "major", from: "built-in", situations: { figure: "major", quote: "major", name: "minor" } });
    expect(rule("numeric-conflict").description.length).toBeGreaterThan(10);
    expect(listing.files).toContainEqual({ kind: "severity", file: join(dir, "myrules", "severity.yaml"), from: "rules" });
    expect(listing.files.filter((f) => f.from === "built-in").map((f) => f.kind)).toContain("hedges");
  });
});
