// Issue 7: a short, fixed-seed run of the robustness fuzzer inside npm test (bench/fuzz.mjs on
// the built library: random and mutated articles; fails on a crash, a case over the time
// bound, an inexact span, a report that does not round-trip, or a finding between a source
// and its identical copy that the source alone does not have). `npm run fuzz` runs it longer
// with a random seed; its failing inputs land in test-output/fuzz/.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./helpers.js";

test("a fixed-seed fuzz run finds no crash, hang or inexact span", () => {
  const r = spawnSync(process.execPath, [join(ROOT, "bench", "fuzz.mjs"), "--seed", "2026", "--count", "100", "--seconds", "15", "--timeout-ms", "20000", "--quiet"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  const out = `${r.stdout}${r.stderr}`;
  expect(out).not.toMatch(/^FAIL /m);
  expect(out).toMatch(/fuzz: \d+ cases .* 0 failures/);
  expect(r.status).toBe(0);
}, 120_000);
