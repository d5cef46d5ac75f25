// A large input is checked in a worker thread with a bounded heap (src/memory-bound.ts). The
// thresholds are lowered through the environment so that the seeds take that path here.
import { spawnSync } from "node:child_process";
import { BIN, ROOT } from "../helpers/cli.js";

function check(env: Record<string, string>) {
  const r = spawnSync(process.execPath, [BIN, "check", "seeds/", "--format", "json"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the bounded checking thread", () => {
  const plain = check({ FACTDIFF_BOUNDED_MIN_CHARS: "1e12" });

  test("gives the same report as a check on the calling thread", () => {
    const bounded = check({ FACTDIFF_BOUNDED_MIN_CHARS: "1" });
    expect(plain.code).toBe(1);
    expect(bounded.stderr).toBe("");
    expect(bounded.code).toBe(plain.code);
    expect(bounded.stdout).toBe(plain.stdout);
  });

  test("a check that needs more than the bound is run again without it, with a warning", () => {
    const starved = check({ FACTDIFF_BOUNDED_MIN_CHARS: "1", FACTDIFF_HEAP_MB: "1" });
    expect(starved.stderr).toMatch(/warning: the input needed more than 1 MB of memory; checked again without that bound \(FACTDIFF_HEAP_MB sets it\)/);
    expect(starved.code).toBe(plain.code);
    expect(starved.stdout).toBe(plain.stdout);
  });
});
