// --format and --output through the built CLI, as a user runs them (npm test builds dist/).
import { chmodSync, existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../helpers/cli.js";
import { main } from "../../src/cli/main.js";

const FORMATS = ["terminal", "json", "markdown", "html", "sarif", "github"];
const fresh = () => mkdtempSync(join(tmpdir(), "factdiff-out-"));
const printed = new Map<string, string>();
/** What `check seeds/ --format F` prints on stdout (each format run once). */
function stdoutOf(format: string): string {
  if (!printed.has(format)) printed.set(format, run(["check", "seeds/", "--format", format]).stdout);
  return printed.get(format)!;
}

describe("--format", () => {
  test.each(FORMATS)("%s prints to stdout and keeps the exit code", (format) => {
    const r = run(["check", "seeds/", "--format", format]);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(r.stderr).toBe("");
    printed.set(format, r.stdout);
  });

  test("--help lists the formats and --output", () => {
    const r = run(["check", "--help"]);
    for (const f of FORMATS) expect(r.stdout).toContain(f);
    expect(r.stdout).toContain("--output");
  });
});

describe("--output FILE", () => {
  test.each(FORMATS)("%s: the file holds what stdout would; stdout gets nothing", (format) => {
    const dir = fresh();
    const file = join(dir, `report.${format}`);
    const r = run(["check", "seeds/", "--format", format, "--output", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`factdiff: wrote ${file}\n`);
    expect(readFileSync(file, "utf8")).toBe(stdoutOf(format));
    expect(readdirSync(dir)).toEqual([`report.${format}`]);
  });

  test("replaces an existing file whole", () => {
    const dir = fresh();
    const file = join(dir, "report.json");
    writeFileSync(file, "old ".repeat(100000));
    expect(run(["check", "seeds/", "--format", "json", "--output", file]).code).toBe(1);
    expect(() => JSON.parse(readFileSync(file, "utf8"))).not.toThrow();
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  test("the terminal format written to a file has no colour codes, even from a colour terminal", async () => {
    const dir = fresh();
    const file = join(dir, "report.txt");
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s), isTTY: true };
    const saved = process.env.NO_COLOR;
    delete process.env.NO_COLOR;
    try {
      expect(await main(["check", "seeds/", "--output", file], io)).toBe(1);
      expect(out).toEqual([]);
      expect(readFileSync(file, "utf8")).not.toMatch(/\u001b\[/);
      // the same run to a terminal is coloured, so the check above means something
      expect(await main(["check", "seeds/"], io)).toBe(1);
      expect(out.join("")).toMatch(/\u001b\[/);
    } finally {
      if (saved !== undefined) process.env.NO_COLOR = saved;
    }
  });

  test("--output - is stdout", () => {
    const r = run(["check", "seeds/", "--format", "github", "--output", "-"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(stdoutOf("github"));
    expect(r.stderr).toBe("");
  });

  test("claims listings can be written too", () => {
    const file = join(fresh(), "claims.json");
    const r = run(["claims", "seeds/", "--format", "json", "--output", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(file, "utf8")).claims.length).toBeGreaterThan(10);
  });
});

describe("--output into a place that cannot be written exits 2, naming the path, leaving nothing", () => {
  test("a missing folder", () => {
    const dir = fresh();
    const file = join(dir, "no", "such", "report.html");
    const r = run(["check", "seeds/", "--format", "html", "--output", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`factdiff: ${file}: folder ${join(dir, "no", "such")} does not exist; create it first or choose another --output path\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a file where a folder should be", () => {
    const dir = fresh();
    writeFileSync(join(dir, "plain.txt"), "x");
    const file = join(dir, "plain.txt", "report.md");
    const r = run(["check", "seeds/", "--format", "markdown", "--output", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`factdiff: ${file}: folder`);
    expect(readdirSync(dir)).toEqual(["plain.txt"]);
  });

  test("a folder given as the file", () => {
    const dir = fresh();
    mkdirSync(join(dir, "out"));
    const r = run(["check", "seeds/", "--format", "sarif", "--output", join(dir, "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`factdiff: ${join(dir, "out")}: is a folder; give a file name`);
    expect(readdirSync(join(dir, "out"))).toEqual([]);
  });

  test("an empty file name", () => {
    const r = run(["check", "seeds/", "--output", ""]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--output needs a file name|Not enough arguments/);
  });

  test("a system folder that takes no new files (even for root)", () => {
    if (!existsSync("/sys/kernel")) return; // not Linux
    const file = "/sys/kernel/factdiff-report.html";
    const r = run(["check", "seeds/", "--format", "html", "--output", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^factdiff: ${file}: cannot (write there|create a file in /sys/kernel)`));
    expect(existsSync(file)).toBe(false);
  });

  // root may write into a folder without write permission: this case is for other users
  const asUser = process.getuid?.() === 0 ? test.skip : test;
  asUser("a folder without write permission", () => {
    const dir = fresh();
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    try {
      const file = join(locked, "report.html");
      const r = run(["check", "seeds/", "--format", "html", "--output", file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`factdiff: ${file}: cannot write there (permission denied); choose a folder you can write to\n`);
      expect(existsSync(file)).toBe(false);
      expect(readdirSync(locked)).toEqual([]);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});
