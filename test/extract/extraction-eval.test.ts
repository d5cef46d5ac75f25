// Figure extraction measured on the labelled sentence set (test/fixtures/extraction/sentences.jsonl)
// by bench/extraction-eval.mjs, run through the built CLI as `npm run eval:extraction -- --json`
// would. The floors sit a little under the scores when they were set, so quality cannot
// silently regress: raise them when the extractor improves, never lower them to pass.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/cli.js";

interface PRF { tp: number; precision: number; recall: number; f1: number }
interface Line { sentences: number; gold: number; extracted: number; span: PRF; value: PRF; valueBoundChange: PRF }
interface Result { summary: Line; sections: Record<string, Line>; spuriousKinds: Record<string, number>; patterns: Array<{ pattern: string; count: number }> }
interface Figure { text: string; start?: number; value: number | [number, number]; unit: string; bound: string; change?: string }
interface Row { id: string; section: string; text: string; figures: Figure[] }

const SET = join(ROOT, "test/fixtures/extraction/sentences.jsonl");

// Scores when the floors were set (410 sentences, 732 figures):
//   span               P 0.938 R 0.967 F1 0.952
//   value              P 0.889 R 0.917 F1 0.902
//   value+bound/change P 0.808 R 0.833 F1 0.820
const FLOORS = {
  span: { precision: 0.92, recall: 0.95, f1: 0.935 },
  value: { precision: 0.87, recall: 0.9, f1: 0.885 },
  valueBoundChange: { precision: 0.79, recall: 0.815, f1: 0.8 },
};
// Years, dates, times of day, ordinals, phone numbers and versions read as quantities.
const NOT_QUANTITIES = ["year", "date", "time of day", "ordinal", "phone number", "version", "relative time"];
const MAX_NOT_QUANTITIES = 8; // 7 when set
const MAX_NAME_NUMBERS = 10; // "number in a name or model": 8 when set

describe("extraction fixture", () => {
  const rows = readFileSync(SET, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);

  test("is large and varied", () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.section)).size).toBeGreaterThanOrEqual(8);
    expect(rows.filter((r) => r.figures.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(rows.reduce((n, r) => n + r.figures.length, 0)).toBeGreaterThanOrEqual(500);
  });

  test("every figure is an exact, non-overlapping span with a well-formed reading", () => {
    const bad: string[] = [];
    for (const r of rows) {
      let prevEnd = -1;
      for (const f of [...r.figures].sort((a, b) => (a.start ?? 0) - (b.start ?? 0))) {
        const start = f.start ?? r.text.indexOf(f.text);
        if (r.text.slice(start, start + f.text.length) !== f.text) bad.push(`${r.id}: span ${f.text}`);
        if (start < prevEnd) bad.push(`${r.id}: overlap at ${f.text}`);
        prevEnd = start + f.text.length;
        if (!["exact", "approx", "above", "below", "range"].includes(f.bound)) bad.push(`${r.id}: bound ${f.bound}`);
        if (f.change !== undefined && !["up", "down"].includes(f.change)) bad.push(`${r.id}: change ${f.change}`);
        const ok = Array.isArray(f.value) ? f.value.length === 2 && f.value.every(Number.isFinite) : Number.isFinite(f.value);
        if (!ok) bad.push(`${r.id}: value ${JSON.stringify(f.value)}`);
        if (f.bound === "range" && !Array.isArray(f.value)) bad.push(`${r.id}: range without [low, high]`);
        if (typeof f.unit !== "string" || !f.unit) bad.push(`${r.id}: unit`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("extraction scores (bench/extraction-eval.mjs)", () => {
  const r = spawnSync(process.execPath, [join(ROOT, "bench/extraction-eval.mjs"), "--json"], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28 });
  const res = r.status === 0 ? (JSON.parse(r.stdout) as Result) : undefined;

  test("the scorer runs", () => {
    expect({ status: r.status, stderr: r.status === 0 ? "" : r.stderr }).toEqual({ status: 0, stderr: "" });
    expect(res?.summary.sentences).toBeGreaterThanOrEqual(300);
  });

  test.each(Object.keys(FLOORS) as Array<keyof typeof FLOORS>)("%s precision, recall and F1 stay at or above their floors", (level) => {
    const got = res!.summary[level];
    const floor = FLOORS[level];
    expect({ level, precision: got.precision, recall: got.recall, f1: got.f1 }).toEqual({
      level,
      precision: got.precision >= floor.precision ? got.precision : `< ${floor.precision} (${got.precision})`,
      recall: got.recall >= floor.recall ? got.recall : `< ${floor.recall} (${got.recall})`,
      f1: got.f1 >= floor.f1 ? got.f1 : `< ${floor.f1} (${got.f1})`,
    });
  });

  test("no section falls far behind (value F1 at least 0.75)", () => {
    const weak = Object.entries(res!.sections).filter(([, v]) => v.value.f1 < 0.75).map(([k, v]) => `${k} ${v.value.f1}`);
    expect(weak).toEqual([]);
  });

  test("years, dates, times, ordinals and codes are rarely read as quantities", () => {
    const kinds = res!.spuriousKinds;
    const n = NOT_QUANTITIES.reduce((a, k) => a + (kinds[k] ?? 0), 0);
    expect(n).toBeLessThanOrEqual(MAX_NOT_QUANTITIES);
    expect(kinds["number in a name or model"] ?? 0).toBeLessThanOrEqual(MAX_NAME_NUMBERS);
  });
});
