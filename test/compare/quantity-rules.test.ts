// Which rule, if any, two sources' figures meet: one row per behaviour.
import { checkSync } from "../../src/index.js";

const src = (path: string, published: string, body: string) => ({ path, text: `---\npublished: ${published}\n---\n${body}\n` });

// [first source, its date, second source, its date, expected rules (sorted) among findings with figures]
const rows: Array<[string, string, string, string, string[]]> = [
  // a rounded form of the same figure, even when the sources were published days apart
  ["The trial enrolled more than 9,400 patients with atrial fibrillation.", "2025-08-30", "The trial enrolled 9,412 patients with atrial fibrillation at 412 sites.", "2025-09-03", ["rounding"]],
  // a hedged form of it
  ["Nearly 400,000 people have been displaced by the quake, the agency said.", "2024-11-11", "The agency said 387,000 people have been displaced by the quake.", "2024-11-11", ["hedge-wording"]],
  // two estimates that differ are not one figure worded twice
  ["About 9,200 residents were evacuated from the valley.", "2025-07-02", "About 7,800 residents were evacuated from the valley.", "2025-07-03", []],
  // a figure against another for the same measure and period
  ["Employers added 187,000 jobs in May, the department said.", "2026-06-05", "Employers added 178,000 jobs in May, the department said.", "2026-06-05", ["numeric-conflict"]],
];

describe("quantity rules on two sources", () => {
  test.each(rows)("%s (%s) / %s (%s) → %j", (a, da, b, db, expected) => {
    const report = checkSync([src("a.txt", da, a), src("b.txt", db, b)], { jobs: 1 });
    const rules = report.findings.filter((f) => f.claims.some((c) => c.normalized?.type === "quantity")).map((f) => f.rule).sort();
    expect(rules).toEqual(expected);
  });
});
