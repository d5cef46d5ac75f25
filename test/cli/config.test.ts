// factdiff.config.json: found in the working folder or a parent, or given with --config; sets
// defaults for the flags (a flag on the command line wins) and per-kind severity overrides.
// Invalid config and rule files stop the run with exit 2 naming the file, field and expectation.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../helpers/in-process.js";
import { ROOT, run } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = join(ROOT, "test", "fixtures", "draft");

/** A project folder: the draft fixture's sources in stories/, and a config file when given. */
function project(config?: unknown): { dir: string; stories: string } {
  const dir = mkdtempSync(join(tmpdir(), "factdiff-config-"));
  const stories = join(dir, "stories");
  cpSync(FIXTURE, stories, { recursive: true });
  if (config !== undefined) writeFileSync(join(dir, "factdiff.config.json"), typeof config === "string" ? config : JSON.stringify(config, null, 2) + "\n");
  return { dir, stories };
}


describe("config discovery", () => {
  test("in the working folder", async () => {
    const { dir, stories } = project({ format: "json", failOn: "none" });
    const r = await cli(["check", stories], dir);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Report).findings).toHaveLength(1);
  });

  test("in a parent folder", async () => {
    const { dir, stories } = project({ format: "markdown" });
    const deep = join(dir, "a", "b");
    mkdirSync(deep, { recursive: true });
    const r = await cli(["check", stories], deep);
    expect(r.out).toMatch(/^# factdiff review/);
    expect(r.code).toBe(1);
  });

  test("--config FILE is used instead of the one found", async () => {
    const { dir, stories } = project({ format: "markdown" });
    const other = join(dir, "other.json");
    writeFileSync(other, JSON.stringify({ format: "github", failOn: "critical", minSeverity: "info" }));
    const r = await cli(["check", stories, "--config", other], dir);
    expect(r.out).toMatch(/^::error /);
    expect(r.code).toBe(1);
  });

  test("a flag on the command line wins over the config", async () => {
    const { dir, stories } = project({ format: "json", failOn: "none" });
    const r = await cli(["check", stories, "--format", "markdown", "--fail-on", "major"], dir);
    expect(r.out).toMatch(/^# factdiff review/);
    expect(r.code).toBe(1);
  });

  test("severity overrides apply after findings are computed; paths are relative to the config", async () => {
    const { dir, stories } = project({ format: "json", severity: { "numeric-conflict": "info" }, output: "out/report.json" });
    mkdirSync(join(dir, "out"));
    const r = await cli(["check", stories, "--output", "-"], dir);
    const report = JSON.parse(r.out) as Report;
    expect(report.findings.map((f) => [f.kind, f.severity])).toEqual([["numeric-conflict", "info"]]);
    expect(r.code).toBe(0);
    const written = await cli(["check", stories], dir);
    expect(written.err).toBe(`factdiff: wrote ${join(dir, "out", "report.json")}\n`);
  });

  test("the real CLI finds the config from its working folder", () => {
    const { dir, stories } = project({ format: "json", failOn: "none" });
    const r = run(["check", stories], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).version).toBe(1);
  });
});

describe("invalid config: exit 2 naming the file, the field and what was expected", () => {
  const fails = async (config: unknown, pattern: RegExp) => {
    const { dir, stories } = project(config);
    const r = await cli(["check", stories], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(pattern);
  };

  test("a bad value", () => fails({ format: "json", failOn: "maj" }, /factdiff\.config\.json:3: failOn must be one of "critical", "major", "minor", "info", "none"/));
  test("a wrong type", () => fails({ color: "yes" }, /factdiff\.config\.json:2: color must be boolean/));
  test("an unknown key", () => fails({ formt: "json" }, /factdiff\.config\.json:2: unknown key "formt" at \(top level\)/));
  test("an unknown finding kind in severity", () => fails({ severity: { "hedge-wordin": "info" } }, /factdiff\.config\.json:3: unknown key "hedge-wordin" at severity; expected one of .*"hedge-wording"/));
  test("a bad severity", () => fails({ severity: { "hedge-wording": "low" } }, /factdiff\.config\.json:3: severity\.hedge-wording must be one of "critical", "major", "minor", "info"/));
  test("broken JSON", () => fails('{ "format": "json", }', /factdiff\.config\.json(:1)?: not valid JSON/));
  test("a missing --config file", async () => {
    const { dir, stories } = project();
    const r = await cli(["check", stories, "--config", "nope.json"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nope\.json: config file does not exist/);
  });
});

describe("invalid rule files: exit 2 naming the file, the field and what was expected", () => {
  test("a --rules folder with a bad value", async () => {
    const { dir, stories } = project();
    const rules = join(dir, "myrules");
    mkdirSync(rules);
    writeFileSync(join(rules, "hedges.yaml"), "kind: hedges\nhedges:\n  - words: [well over]\n    bound: sideways\n    low: 0\n    high: 0.2\n");
    const r = await cli(["check", stories, "--rules", rules], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/myrules\/hedges\.yaml:4: hedges\.0\.bound must be one of "approx", "above", "below"/);
  });

  test("a rules folder named in the config, with an unknown key", async () => {
    const { dir, stories } = project({ rules: ["myrules"] });
    mkdirSync(join(dir, "myrules"));
    writeFileSync(join(dir, "myrules", "severity.yaml"), "kind: severity\nseverity:\n  hedge-wording: { default: info }\nthreshold:\n  align: 0.5\n");
    const r = await cli(["check", stories], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/myrules\/severity\.yaml:\d+: unknown key "threshold" at \(top level\)/);
  });
});
