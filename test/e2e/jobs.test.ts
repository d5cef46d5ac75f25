// --jobs: extraction spread over worker threads gives the same report as one thread.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, ROOT } from "../helpers/cli.js";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "factdiff-jobs-"));
  // 24 sources of one story from the benchmark's seeded generator
  const gen = `import { story } from ${JSON.stringify(join(ROOT, "bench/generate.mjs"))}; import { writeFileSync } from "node:fs";
    for (const s of story(24, 3)) writeFileSync(${JSON.stringify(dir)} + "/" + s.path, s.text);`;
  const g = spawnSync(process.execPath, ["--input-type=module", "-e", gen], { encoding: "utf8" });
  expect(g.status).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(jobs: number) {
  // a low threshold so that 24 short sources are worth the workers
  const r = spawnSync(process.execPath, [BIN, "check", dir, "--format", "json", "--jobs", String(jobs), "--fail-on", "none"], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FACTDIFF_PARALLEL_MIN_CHARS: "0" },
    maxBuffer: 1 << 28,
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

test("the JSON report with --jobs 3 is the same as with --jobs 1", () => {
  const one = check(1);
  const three = check(3);
  expect(JSON.parse(one).findings.length).toBeGreaterThan(0);
  expect(three).toBe(one);
});

test("no progress bar when stderr is not a terminal (and nothing else on stderr)", () => {
  const r = spawnSync(process.execPath, [BIN, "check", dir, "--format", "json", "--fail-on", "none"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 1 << 28 });
  expect(r.status).toBe(0);
  expect(r.stderr).toBe("");
});
