// Rule files: validated on load with errors that name file, line and fix; user folders
// layer over the built-in rules; every data rule's examples are exercised.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILTIN_RULES_DIR, loadRules, parseRuleFile, readBuiltin, type BuiltinCache } from "../../src/rules/load.js";
import { readFileSync } from "node:fs";
import { RuleError } from "../../src/rules/types.js";
import { quantitiesOf, timesOf } from "../helpers/source.js";
import { extractQuotes } from "../../src/extract/quotes.js";
import { sourceOf } from "../helpers/source.js";
import { claimsOf } from "../helpers/source.js";
import { findRelations } from "../../src/extract/relations.js";
import { clockQuantities } from "../../src/extract/clock.js";
import { extractQuantities } from "../../src/extract/quantities.js";
import { extractTimes } from "../../src/extract/time.js";

const folder = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), "factdiff-rules-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

describe("the build's cache of the built-in rules", () => {
  const file = join(BUILTIN_RULES_DIR, "hedges.yaml");
  const text = readFileSync(file, "utf8");
  const marker = { kind: "hedges", data: { hedges: [], marker: true } };
  const cache = (forText: string): BuiltinCache => ({ schemas: "", files: { "hedges.yaml": { text: forText, entry: JSON.stringify(marker) } } });

  test("a file that reads as when the cache was written comes from the cache", () => {
    expect(readBuiltin(file, text, cache(text)).data).toEqual(marker.data);
  });

  test("a file edited since is parsed and validated again", () => {
    const edited = `${text}\n# edited\n`;
    const read = readBuiltin(file, edited, cache(text));
    expect(read.data).not.toHaveProperty("marker");
    expect(read.data).toEqual(parseRuleFile(file, edited).data);
  });

  test("without a cache the file is parsed", () => {
    expect(readBuiltin(file, text, null).data).toEqual(parseRuleFile(file, text).data);
  });
});

describe("rule validation", () => {
  test("an unknown key names the file, line and key", () => {
    const text = "kind: hedges\nhedges:\n  - words: [nearly]\n    bound: approx\n    low: -0.1\n    high: 0\n    hihg: 1\n";
    expect(() => parseRuleFile("x.yaml", text)).toThrow(/x\.yaml:7: unknown key "hihg"/);
  });

  test("a bad enum value lists the allowed values", () => {
    const text = "kind: hedges\nhedges:\n  - words: [nearly]\n    bound: sideways\n    low: -0.1\n    high: 0\n";
    expect(() => parseRuleFile("x.yaml", text)).toThrow(/x\.yaml:4: hedges\.0\.bound must be one of "approx", "above", "below"/);
  });

  test("an unknown kind and broken YAML are reported with the file", () => {
    expect(() => parseRuleFile("k.yaml", "kind: spelling\n")).toThrow(/k\.yaml:1: "kind" must be one of/);
    expect(() => parseRuleFile("b.yaml", "kind: hedges\nhedges: [\n")).toThrow(RuleError);
  });

  test("a missing --rules folder is a clear error", () => {
    expect(() => loadRules(["/no/such/folder"])).toThrow(/does not exist/);
  });

  test("a recurring event that names no event group is an error naming the groups", () => {
    const dir = folder({ "t.yaml": "kind: time\nrecurringEvents: [publishd]\n" });
    expect(() => loadRules([dir])).toThrow(/t\.yaml: recurringEvents: "publishd" is not the first word of any group under "events"; use one of verdict, .*published/);
  });

  test("a clock hedge with its minutes the wrong way round is an error that says which comes first", () => {
    const dir = folder({ "t.yaml": "kind: time\nclockHedges:\n  about: [15, -15]\n" });
    expect(() => loadRules([dir])).toThrow(/t\.yaml: clockHedges: "about" is \[15, -15\]; give the minutes before the time first/);
  });

  test("a day part that names no half of the clock is an error naming the allowed ones", () => {
    const dir = folder({ "t.yaml": "kind: time\nclockDayParts:\n  dusk: late\n" });
    expect(() => loadRules([dir])).toThrow(/t\.yaml:3: clockDayParts\.dusk must be one of "am", "pm"/);
  });

  test("the words that end a total's stretch of time and place a time of day come from the rules", () => {
    const dir = folder({ "t.yaml": "kind: time\nclockDayParts:\n  twilight: pm\nwindowBreaks: [while]\ndeadlineVerbs: [attain]\n" });
    const layered = loadRules([dir]);
    const over = (sentence: string, r: typeof layered) => {
      const s = sourceOf(sentence);
      return extractQuantities(s, r, extractTimes(s, r))[0]?.over?.hours;
    };
    const stretch = "Crews moved 2,300 people while roads shut within 48 hours.";
    expect([over(stretch, loadRules()), over(stretch, layered)]).toEqual([48, undefined]);
    const target = "The port hopes to attain 9 million tonnes within five years.";
    expect([over(target, loadRules()), over(target, layered)]).toEqual([5 * 8760, undefined]);
    const at = (r: typeof layered) => {
      const sentence = "The lights failed at 7:25 in the twilight on the coast road.";
      return clockQuantities(sourceOf(sentence, "2025-03-07"), timesOf(sentence, "2025-03-07"), r).map((q) => q.interval.low);
    };
    expect([at(loadRules()), at(layered)]).toEqual([[], [1164.5]]);
  });

  test("a user folder layers over the built-in rules", () => {
    const dir = folder({
      "extra.yaml": "kind: hedges\nhedges:\n  - words: [\"well over\"]\n    bound: above\n    low: 0\n    lowOpen: true\n    high: 0.2\n",
      "units.yaml": "kind: units\nunits:\n  - { name: furlong, family: length, toBase: 201.168, after: [furlongs] }\n",
    });
    const rules = loadRules([dir]);
    expect(rules.hedges.some((h) => h.words.includes("well over"))).toBe(true);
    expect(rules.units.some((u) => u.name === "furlong")).toBe(true);
    expect(rules.origins.hedges.length).toBe(2);
  });
});

describe("rule examples", () => {
  const rules = loadRules();
  const extractors: Record<string, (s: string) => boolean> = {
    hedges: (s) => quantitiesOf(s).some((q) => q.hedge !== undefined),
    numbers: (s) => quantitiesOf(s).length > 0,
    units: (s) => quantitiesOf(s).some((q) => q.unit !== "count"),
    measures: (s) => quantitiesOf(s).some((q) => q.change !== undefined),
    time: (s) => timesOf(s, "2019-09-10").some((t) => t.scope !== null),
    speech: (s) => extractQuotes(sourceOf(s), rules).some((q) => !q.scare && q.speakerKey !== undefined),
    // a relation with something to check: a stated result, a ratio word, or figures to add up
    relations: (s) => findRelations(sourceOf(s), claimsOf(s), rules).some((r) => r.kind !== "change" || r.results.length > 0 || r.ratio !== undefined),
  };
  const cases = rules.examples.flatMap((e) => [
    ...e.match.map((m) => [e.kind, m, true] as const),
    ...e.noMatch.map((m) => [e.kind, m, false] as const),
  ]);
  test("every data rule file carries examples", () => {
    for (const kind of Object.keys(extractors)) expect(cases.some((c) => c[0] === kind && c[2])).toBe(true);
  });
  test.each(cases.filter((c) => extractors[c[0]]))("%s: %s → %s", (kind, text, shouldMatch) => {
    expect(extractors[kind](text)).toBe(shouldMatch);
  });
});
