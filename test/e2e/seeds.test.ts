// End to end on the three seed articles, through the CLI as a user runs it.
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, ROOT } from "../helpers/cli.js";

interface Claim { source: string; start: number; end: number; text: string; normalized?: Record<string, unknown> }
interface Finding { id: string; rule: string; kind: string; severity: string; message: string; claims: Claim[] }

const seeds = join(ROOT, "seeds");

describe("factdiff check seeds/", () => {
  const r = run(["check", "seeds/", "--format", "json"]);
  const report = JSON.parse(r.stdout) as { version: number; sources: unknown[]; findings: Finding[]; summary: Record<string, number> };

  test("exits 1 by default (a finding at major or above) and prints the contract", () => {
    expect(r.code).toBe(1);
    expect(report.version).toBe(1);
    expect(report.sources).toHaveLength(3);
    expect(Object.keys(report.summary).sort()).toEqual(["critical", "info", "major", "minor"]);
  });

  test("every span is an exact slice of its file", () => {
    for (const f of report.findings)
      for (const c of f.claims) expect(readFileSync(join(ROOT, c.source), "utf8").slice(c.start, c.end)).toBe(c.text);
  });

  test("the 500,000 thousand lede against the half-million body is critical", () => {
    const f = report.findings.find((x) => x.claims.some((c) => c.text.includes("500,000 thousand")) && x.claims.some((c) => c.text.includes("more than half a million")));
    expect(f?.severity).toBe("critical");
    expect(f?.kind).toBe("internal");
    expect(f?.message).toMatch(/thousand times/);
  });

  test("nearly 30-percent against 28% is minor hedge-wording", () => {
    const f = report.findings.find((x) => x.claims.some((c) => c.text === "nearly 30-percent") && x.claims.some((c) => c.text === "28%"));
    expect(f).toMatchObject({ kind: "hedge-wording", severity: "minor" });
    expect(f?.message).toMatch(/agree/);
  });

  test("the garbled \"Nayib Bukelenayib Bukele\" is a major entity-name finding", () => {
    const f = report.findings.find((x) => x.claims.some((c) => c.text === "Nayib Bukelenayib Bukele"));
    expect(f).toMatchObject({ kind: "entity-name", severity: "major" });
    expect(f?.claims.some((c) => c.text === "Nayib Bukele")).toBe(true);
  });

  test("\"Foreign Secretary Marcelo\" against \"Ebrard\" is reported at minor or above", () => {
    const f = report.findings.find((x) => x.kind === "entity-name" && x.claims.some((c) => c.text === "Marcelo") && x.claims.some((c) => c.text === "Ebrard"));
    expect(f).toBeDefined();
    expect(["minor", "major", "critical"]).toContain(f!.severity);
  });

  test("Lopez Obrador against President Obrador is not reported above minor", () => {
    const about = report.findings.filter((x) => x.claims.some((c) => /Obrador/.test(c.text)));
    expect(about.filter((x) => x.severity === "major" || x.severity === "critical")).toEqual([]);
  });

  test("nothing else at major or above", () => {
    const serious = report.findings.filter((f) => f.severity === "major" || f.severity === "critical");
    expect(serious.map((f) => f.claims.map((c) => c.text).join(" | "))).toEqual(["Over 500,000 thousand | more than half a million", "Nayib Bukelenayib Bukele | Nayib Bukele"]);
  });

  test("figures about other months and years are not conflicts", () => {
    const about = (t: string) => report.findings.filter((f) => f.claims.some((c) => c.text.includes(t)));
    expect(about("64,000")).toEqual([]);
    expect(about("138,612")).toEqual([]);
    expect(about("93,486")).toEqual([]);
  });

  test("--fail-on none exits 0; --fail-on critical still exits 1", () => {
    expect(run(["check", "seeds/", "--format", "json", "--fail-on", "none"]).code).toBe(0);
    expect(run(["check", "seeds/", "--format", "json", "--fail-on", "critical"]).code).toBe(1);
  });
});

describe("stdout stays pure JSON", () => {
  test("even with a .env file in the working directory", () => {
    const dir = mkdtempSync(join(tmpdir(), "factdiff-env-"));
    writeFileSync(join(dir, ".env"), "SECRET=1\nDEBUG=true\n");
    for (const f of readdirSync(seeds)) copyFileSync(join(seeds, f), join(dir, f));
    const r = run(["check", ".", "--format", "json"], { cwd: dir });
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stdout.trimStart().startsWith("{")).toBe(true);
    const c = run(["claims", ".", "--format", "json"], { cwd: dir });
    expect(() => JSON.parse(c.stdout)).not.toThrow();
  });
});

describe("terminal report", () => {
  test("groups by severity, shows path:line:col, a diff and a summary line", () => {
    const r = run(["check", "seeds/"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^CRITICAL \(1\)/m);
    expect(r.stdout).toMatch(/seeds\/000_3d100861fb0d3d66\.txt:1:1/);
    expect(r.stdout).toMatch(/diff: .*\[-nearly 30-percent-\]\{\+28%\+\}/);
    expect(r.stdout.trimEnd().split("\n").pop()).toMatch(/^3 sources checked: 1 critical, 1 major, \d+ minor, \d+ info/);
  });
});

describe("claims listing", () => {
  const r = run(["claims", "seeds/", "--format", "json"]);
  const listing = JSON.parse(r.stdout) as { claims: Claim[] & { type: string }[] };
  test("lists quantities with the contract fields and exact spans", () => {
    expect(r.code).toBe(0);
    const q = (listing.claims as unknown as Array<Claim & { type: string }>).find((c) => c.text === "nearly 30-percent")!;
    expect(q.type).toBe("quantity");
    expect(q.normalized).toMatchObject({ type: "quantity", value: 30, low: 27, high: 30, lowOpen: false, highOpen: true, bound: "approx", unit: "percent", change: "down" });
    for (const c of listing.claims) expect(readFileSync(join(ROOT, c.source), "utf8").slice(c.start, c.end)).toBe(c.text);
  });
  test("years, dates and times of day are listed as time, never quantity", () => {
    const all = listing.claims as unknown as Array<Claim & { type: string }>;
    for (const t of ["2017", "2018", "7:16 AM", "Monday, July 22, 2019"]) {
      expect(all.filter((c) => c.text === t).every((c) => c.type === "time")).toBe(true);
      expect(all.some((c) => c.text === t)).toBe(true);
    }
  });
});

describe("bad invocations exit 2 with a clear message", () => {
  test.each([
    [["check", "no/such/file.txt"], /no\/such\/file\.txt: no such file/],
    [["check", "seeds/", "--bogus"], /Unknown argument: bogus/],
    [["frobnicate"], /Unknown argument|give a command/],
    [["check", "seeds/", "--format", "yaml"], /Invalid values/],
    [["check", "seeds/", "--rules", "/no/such/rules"], /does not exist/],
  ])("%j", (args, message) => {
    const r = run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).toMatch(/Usage|factdiff:/);
  });

  test("--help and --version exit 0", () => {
    expect(run(["--help"]).code).toBe(0);
    expect(run(["--version"]).stdout.trim()).toBe("0.1.0");
  });

  test("stdin is read with -", () => {
    const text = readFileSync(join(seeds, "000_3d100861fb0d3d66.txt"), "utf8");
    const r = run(["check", "-", "--format", "json"], { input: text });
    const rep = JSON.parse(r.stdout) as { findings: Finding[] };
    expect(rep.findings.some((f) => f.severity === "critical" && f.claims.every((c) => c.source === "-"))).toBe(true);
  });
});
