// Detection quality on the labelled stories and the shared benchmark cases, scored by the
// shared scorer: floors so that quality cannot silently regress. Raise them as it improves.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/cli.js";

const scorer = join(ROOT, "..", "shared", "bench", "score.mjs");
const run = existsSync(scorer) ? describe : describe.skip;

run("npm run eval", () => {
  const r = spawnSync(process.execPath, [join(ROOT, "bench", "eval.mjs"), "--json"], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28 });
  const out = JSON.parse(r.stdout) as {
    summary: { cases: number; errors: number; f1Major: number; recallMajor: number; precisionMajor: number; recallAll: number; agreementsViolated: string };
    kinds: Record<string, { gold: number; found: number }>;
  };
  const s = out.summary;

  test("every case runs", () => {
    expect(s.cases).toBeGreaterThanOrEqual(16);
    expect(s.errors).toBe(0);
  });

  test("floors on the overall scores", () => {
    expect(s.precisionMajor).toBeGreaterThanOrEqual(0.95);
    // the targets: f1Major ≥ 0.90, recallAll ≥ 0.85
    expect(s.f1Major).toBeGreaterThanOrEqual(0.9);
    expect(s.recallAll).toBeGreaterThanOrEqual(0.85);
  });

  test("no agreement is flagged at major or above", () => {
    expect(s.agreementsViolated.split("/")[0]).toBe("0");
  });

  test("floors per kind", () => {
    const recall = (k: string) => out.kinds[k].found / out.kinds[k].gold;
    expect(recall("entity-name")).toBeGreaterThanOrEqual(0.9);
    expect(recall("numeric-conflict")).toBeGreaterThanOrEqual(0.75);
    expect(recall("quote")).toBeGreaterThanOrEqual(0.85);
    expect(recall("attribution")).toBeGreaterThanOrEqual(0.85);
    expect(recall("scale")).toBeGreaterThanOrEqual(0.7);
    expect(recall("time-scope")).toBeGreaterThanOrEqual(0.5);
    expect(recall("rounding")).toBeGreaterThanOrEqual(0.8);
    expect(recall("hedge-wording")).toBeGreaterThanOrEqual(0.6);
    expect(recall("entity-title")).toBeGreaterThanOrEqual(0.85);
  });
});
