// Times of day as figures (src/extract/clock.ts): which times are read, their minutes and width.
import { CLOCK_MAX_CHARS, clockMinutes, clockQuantities } from "../../src/extract/clock.js";
import { checkSync } from "../../src/index.js";
import { extractSource } from "../../src/pipeline.js";
import { rules, sourceOf, timesOf } from "../helpers/source.js";

describe("clockMinutes", () => {
  test.each([
    ["06:52", 412, 1],
    ["3:47 a.m.", 227, 1],
    ["9.57pm", 1317, 1],
    ["4.37am", 277, 1],
    ["12.05am", 5, 1],
    ["2am", 120, 60],
    ["11 PM", 1380, 60],
    ["noon", 720, 1],
    ["midnight", 0, 1],
  ])("%s → %d minutes (step %d)", (text, minutes, step) => {
    expect(clockMinutes(text)).toMatchObject({ minutes, step });
  });
  test.each(["25:10", "13pm", "9.75pm"])("%s is no time of day", (text) => expect(clockMinutes(text)).toBeUndefined());
});

// [sentence, figures read as times of day (as written, with their hedge), [low, high] of the first]
const rows: Array<[string, string[], [number, number] | null]> = [
  ["The band stopped playing at 9.57pm, police said.", ["9.57pm"], [1316.5, 1317.5]],
  ["The ship was refloated at about 15:50.", ["about 15:50"], [934.5, 965.5]],
  ["The alarm was raised shortly after 2am.", ["shortly after 2am"], [105, 165]],
  // cut-offs and spans: when a count stood or a rule runs, not when something happened
  ["As of 18:00 on Friday, 912 deaths had been confirmed.", [], null],
  ["Night flights are banned between 23:30 and 06:00.", [], null],
  ["The bridge is closed until 6am.", [], null],
  // a timestamp after a date
  ["Press release, 14 February 2025, 18:00. The agency said.", [], null],
  // a box label, and a timeline line the time opens
  ["Key facts\nGrounded: 06:25\nPassengers: 212\n", ["06:25"], [384.5, 385.5]],
  ["Timeline\n\n9.47pm: Band stops playing\n", ["9.47pm"], [1306.5, 1307.5]],
  // a 12-hour time without am/pm takes its half of the day from the words after it…
  ["A train derailed near the junction at 7:25 on Monday evening.", ["7:25"], [1164.5, 1165.5]],
  // …and without them is not read
  ["A train derailed near the junction at 7:25, officials said.", [], null],
  // not brought in as a time something happened: a service's name, a score, a verse, a ratio,
  // an update stamp, a schedule, opening hours
  ["The 07:15 train from the city derailed on Monday.", [], null],
  ["The home side beat the visitors 23:21 in the final.", [], null],
  ["The bishop preached on John 3:16 at the service.", [], null],
  ["Dilute the weedkiller at a ratio of 1:10 before use.", [], null],
  ["Updated: 09:15\n\nA flood warning was issued.", [], null],
  ["On Saturdays it will now open at 10am.", [], null],
  ["The library will now open at 8am.", [], null],
  // a habit, not a time something happened
  ["Ferries in the north routinely sail at 6:00am in summer.", [], null],
  // (a habit of something else in the sentence leaves the time: "which often misfires, sounded at")
  ["The flood siren, which often misfires, sounded at 4:12am on Thursday.", ["4:12am"], null],
];

describe("clockQuantities", () => {
  test.each(rows)("%s", (sentence, texts, interval) => {
    const s = sourceOf(sentence, "2025-03-07");
    const qs = clockQuantities(s, timesOf(sentence, "2025-03-07"), rules);
    expect(qs.map((q) => q.span.text)).toEqual(texts);
    for (const q of qs) expect(s.text.slice(q.span.start, q.span.end)).toBe(q.span.text);
    if (interval) expect([qs[0].interval.low, qs[0].interval.high]).toEqual(interval);
  });
});

const src = (path: string, published: string, body: string) => ({ path, text: `---\npublished: ${published}\n---\n${body}\n` });

describe("times of day compared", () => {
  test("one source giving two times for one moment contradicts itself", () => {
    const report = checkSync([src("a.txt", "2025-05-04", "Timeline\n\n9.47pm: Band stops playing as the crowd surges.\n\nWitnesses said the band stopped playing at 9.57pm as the crowd surged toward the stage.")], { jobs: 1 });
    const f = report.findings.find((x) => x.claims.some((c) => c.text === "9.57pm"));
    expect(f?.kind).toBe("internal");
    expect(f?.message).toMatch(/10 minutes/);
  });
  test("two sources swapping the digits of the time a quake struck", () => {
    const report = checkSync([src("a.txt", "2025-02-12", "The magnitude 6.1 quake hit at 3:47 a.m. local time, the institute said."), src("b.txt", "2025-02-13", "The quake that struck the province at 4.37am local time, the institute said, was shallow.")], { jobs: 1 });
    expect(report.findings.some((f) => f.kind === "numeric-conflict" && f.claims.some((c) => c.text === "4.37am"))).toBe(true);
  });
  test("times neighbouring in a sequence are not a digit slip: one changed digit is no evidence", () => {
    const report = checkSync(
      [src("a.txt", "2026-01-14", "The red warning for the region, issued at 16:00 on Tuesday, was lowered to amber on Wednesday."), src("b.txt", "2026-01-14", "The utility said its crews were called out at 10:00 on Tuesday across the region.")],
      { jobs: 1 },
    );
    expect(report.findings.filter((f) => f.severity === "critical" || f.severity === "major")).toEqual([]);
  });
});

test("a source of archive length (it spans many days) gives no times of day as figures, read whole or in pieces", () => {
  const story = "The ferry left the harbour at 06:10 with 200 passengers.";
  const clocks = (text: string, pieceChars?: number) => extractSource(sourceOf(text, "2025-03-07"), 0, rules, undefined, undefined, pieceChars).claims.filter((c) => c.family === "clock").length;
  expect(clocks(story)).toBe(1);
  expect(clocks(story + "\n\n" + "The crossing was calm. ".repeat(Math.ceil(CLOCK_MAX_CHARS / 23)), 200_000)).toBe(0);
});
