// Draft mode: a draft checked against its sources reports only findings that involve it, and
// the draft's figures, quotes and names that no source supports.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { check } from "../../src/index.js";
import { RULE_METAS } from "../../src/compare/index.js";
import { ROOT, run } from "../helpers/cli.js";
import type { Report, SourceInput } from "../../src/types.js";

const DIR = join(ROOT, "test", "fixtures", "draft");
const read = (name: string, text?: string): SourceInput => ({ path: `draft/${name}`, text: text ?? readFileSync(join(DIR, name), "utf8") });
const sources = () => [read("wire.txt"), read("paper.txt")];
const texts = (r: Report) => r.findings.map((f) => `${f.kind} ${f.severity}: ${f.claims.map((c) => c.text).join(" | ")}`);

describe("check(inputs, { draft })", () => {
  let report: Report;
  beforeAll(async () => {
    report = await check([read("draft.md"), ...sources()], { draft: "draft/draft.md" });
  });

  test("the changed figure is a finding that involves the draft", () => {
    const f = report.findings.find((x) => x.claims.some((c) => c.source === "draft/draft.md" && c.text === "6.8%"));
    expect(f).toBeDefined();
    expect(f!.kind).toBe("numeric-conflict");
    expect(f!.claims.some((c) => c.source !== "draft/draft.md" && c.text === "4.8%")).toBe(true);
  });

  test("the invented quote is unsupported, major", () => {
    const f = report.findings.find((x) => x.kind === "unsupported" && x.claims[0].text.startsWith("We will never raise taxes"));
    expect(f).toMatchObject({ rule: "unsupported", kind: "unsupported", severity: "major" });
    expect(f!.claims[0].normalized).toMatchObject({ type: "quote" });
  });

  test("supported claims are not reported", () => {
    const inDraft = report.findings.flatMap((f) => f.claims.filter((c) => c.source === "draft/draft.md").map((c) => c.text));
    for (const supported of ["$1.42 billion", "42", "Raymond Okafor"]) expect(inDraft).not.toContain(supported);
    expect(texts(report)).toHaveLength(2);
  });

  test("every finding involves the draft; spans are exact", () => {
    const byPath = new Map([read("draft.md"), ...sources()].map((s) => [s.path, s.text]));
    for (const f of report.findings) {
      expect(f.claims.some((c) => c.source === "draft/draft.md")).toBe(true);
      for (const c of f.claims) expect(byPath.get(c.source)!.slice(c.start, c.end)).toBe(c.text);
    }
    // without draft mode, the sources' own differences would be reported too
    expect(report.findings.map((f) => f.id)).toEqual(report.findings.map((_, i) => `F${i + 1}`));
  });

  test("an unsupported figure is major and an unnamed person minor", async () => {
    const draft = read("draft.md", readFileSync(join(DIR, "draft.md"), "utf8") + "\nCounty planner Ellen Vance said 300 residents attended the final hearing.\n");
    const r = await check([draft, ...sources()], { draft: "draft/draft.md" });
    const of = (text: string) => r.findings.find((f) => f.kind === "unsupported" && f.claims.some((c) => c.text === text));
    expect(of("300")?.severity).toBe("major");
    expect(of("Ellen Vance")?.severity).toBe("minor");
    expect(of("Ellen Vance")!.message).toMatch(/named in the draft .* but in no source/);
  });

  test("a source that states the same figure, quote and person supports them", async () => {
    const extra = read("extra.txt", 'County planner Ellen Vance said 300 residents attended the final hearing on the budget.\n\n"We will never raise taxes on working families again," Okafor said in May.\n');
    const draft = read("draft.md", readFileSync(join(DIR, "draft.md"), "utf8") + "\nCounty planner Ellen Vance said 300 residents attended the final hearing.\n");
    const r = await check([draft, ...sources(), extra], { draft: "draft/draft.md" });
    expect(r.findings.filter((f) => f.kind === "unsupported")).toEqual([]);
  });

  test("the draft must be among the inputs", async () => {
    await expect(check(sources(), { draft: "draft/none.md" })).rejects.toThrow(/not among the sources/);
  });

  test("unsupported is a rule with meta", () => {
    expect(RULE_METAS.find((m) => m.id === "unsupported")).toMatchObject({ kind: "unsupported", defaultSeverity: "major" });
  });
});

describe("factdiff check --draft", () => {
  test("reports findings involving the draft and fails on them", () => {
    const r = run(["check", "--draft", "test/fixtures/draft/draft.md", "test/fixtures/draft/", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    // the draft inside the source folder is read once, under the path given with --draft
    expect(report.sources.map((s) => s.path)).toEqual(["test/fixtures/draft/draft.md", "test/fixtures/draft/paper.txt", "test/fixtures/draft/wire.txt"]);
    expect(report.findings.map((f) => f.kind).sort()).toEqual(["numeric-conflict", "unsupported"]);
    expect(report.suppressed).toBe(0);
  });
});
