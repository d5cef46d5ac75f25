// Issue 7: inputs built to make regular expressions backtrack (long runs of digits, commas,
// spaces, quotes, capitalised words, periods, hyphens, "more than more than…", very long lines
// with no sentence end…) must be read in time linear in their length. Each input is doubled
// from 4k up to 64k characters (fewer doublings for the kinds that are slow per character, to
// keep the suite quick); the time per character of the largest size must stay under 3× that
// at a size 4× smaller. A quadratic stage shows 4× there, a cubic one 16×.
import { checkSync } from "../../src/pipeline.js";
import { loadRules } from "../../src/rules/load.js";
import { ADVERSARIAL, adversarial } from "../../bench/fuzz-inputs.mjs";

const rules = loadRules();
const SIZES = [4000, 8000, 16000, 32000, 64000];
/** Stop doubling once one size takes this long. */
const BUDGET_MS = 800;

/** The time of a check in ms: best of three when quick, since noise only ever adds time. */
function timeOf(text: string): number {
  let best = Infinity;
  for (let k = 0; k < 3 && best > 0 && (k === 0 || best < 300); k++) {
    const t0 = performance.now();
    checkSync([{ path: "a.txt", text }, { path: "b.txt", text: "Officials said 5 people were hurt on Sunday.\n" }], { loadedRules: rules });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

// warm the JIT and the caches on real text first, so the small sizes are not charged for it
beforeAll(() => {
  timeOf("Title\n\nCity officials said 28 percent of voters cast ballots on Sunday, down from 35 percent. “We are pleased,” said Mayor Ana Ruiz.\n".repeat(40));
});

describe.each(Object.keys(ADVERSARIAL))("%s", (kind) => {
  test("time per character does not grow with the length", () => {
    const text = (n: number) => `Title\n\n${adversarial(kind, n)}\n`;
    const perChar: number[] = [];
    for (const n of SIZES) {
      const ms = timeOf(text(n));
      perChar.push(ms / n);
      if (ms > BUDGET_MS && perChar.length >= 3) break;
    }
    expect(perChar.length).toBeGreaterThanOrEqual(3);
    const nLast = SIZES[perChar.length - 1];
    const nQuarter = SIZES[perChar.length - 3];
    let last = perChar[perChar.length - 1];
    let quarter = perChar[perChar.length - 3];
    // other processes (jest runs test files side by side) only ever add time: measure the two
    // sizes again, keeping the least, before calling the growth real
    const grows = () => last > 0.001 && last >= 3 * Math.max(quarter, 0.0005); // below 1 µs/char it is noise
    for (let round = 0; round < 4 && grows(); round++) {
      quarter = Math.min(quarter, timeOf(text(nQuarter)) / nQuarter);
      last = Math.min(last, timeOf(text(nLast)) / nLast);
    }
    expect({ kind, perCharMs: { [nQuarter]: quarter, [nLast]: last }, grows: grows() }).toMatchObject({ grows: false });
  });
});
