// Alignment decisions: same or different measure and period.
import { align, fingerprint, indexKeys, scopeRelation } from "../../src/align/index.js";
import { claimsOf, rules } from "../helpers/source.js";
import type { QuantityClaim } from "../../src/types.js";

function two(a: string, b: string, pubA = "2019-07-30", pubB = "2019-07-30"): { x: QuantityClaim; y: QuantityClaim; pair: ReturnType<typeof align>[number] | undefined } {
  const [x] = claimsOf(a, pubA, "a.txt", 0);
  const [y] = claimsOf(b, pubB, "b.txt", 1);
  const pairs = align([x, y], rules);
  return { x, y, pair: pairs[0] };
}

describe("alignment", () => {
  test("same measure, same month: aligned with the same period", () => {
    const { pair } = two("Mexico said 87,648 migrants crossed the country in July.", "Officials said 87,684 migrants crossed Mexico in July.");
    expect(pair).toBeDefined();
    expect(pair!.scope).toBe("same");
    expect(pair!.fingerprint).toBe("slip");
    expect(pair!.confidence).toBeGreaterThanOrEqual(rules.severity.thresholds.sure);
  });

  test("swapped digits under one scale spelt two ways ('bn', 'billion') are a slip", () => {
    const { pair } = two("Exports to the bloc reached $14.9bn in July to September.", "Exports to the Union, its largest partner, were $19.4 billion in July to September.");
    expect(pair).toBeDefined();
    expect(pair!.fingerprint).toBe("slip");
    expect(pair!.scope).toBe("same");
    expect(pair!.sameHead).toBe(true);
  });

  test("a swap with a zero in a three-digit count ('460' / '406') is a slip", () => {
    const { pair } = two("The agency said 460 people were injured in the quake.", "The agency said 406 people were injured in the quake.");
    expect(pair).toBeDefined();
    expect(pair!.fingerprint).toBe("slip");
  });

  test("a slip of a long figure in one physical unit is the same figure, however its sentences speak of it", () => {
    const { pair } = two("Size: 52,719 acres", "The blaze is only modestly larger than the 52,179 acres reported on Friday.");
    expect(pair?.fingerprint).toBe("slip");
    expect(pair!.confidence).toBeGreaterThanOrEqual(rules.severity.thresholds.align);
    // …but one digit changed may be another thing's, and a count is not: counts of different things are everywhere
    const other = two("Height: 8,586 metres", "Its neighbour stands 8,516 metres high.");
    expect(other.pair?.confidence ?? 0).toBeLessThan(rules.severity.thresholds.align);
    const counts = two("Size: 52,719", "The blaze is only modestly larger than the 52,179 reported on Friday.");
    expect(counts.pair?.confidence ?? 0).toBeLessThan(rules.severity.thresholds.align);
  });

  test("digits a thousand-fold apart are no slip ('$12.83' a month / '$1.284 billion')", () => {
    const t = rules.severity.thresholds.distinctiveDigits;
    const { x, y } = two("Total budget: $1.284 billion", "For a typical home that works out to $12.83 a month more on the budget.");
    expect(fingerprint(x, y, t)).toBeNull();
    // (the same digits at one magnitude still are, whatever the unit: "17,943 gigawatts" / "17,394 MW")
    const same = two("Total budget: $1.284 billion", "The council approved a budget of $1.248 billion.");
    expect(fingerprint(same.x, same.y, t)).toBe("slip");
    const units = two("Peak demand hit 17,394 MW.", "Peak demand hit 17,943 gigawatts.");
    expect(fingerprint(units.x, units.y, t)).toBe("slip");
  });

  test("two ranges: the same when both ends are, a slip when one end is and the other's digits slip", () => {
    const guidance = "The company now expects full-year sales of £4.15bn–£4.38bn.";
    expect(two(guidance, "The company now expects full-year sales of £4.15 billion to £4.38 billion.").pair?.fingerprint).toBe("identical");
    expect(two(guidance, "The company now expects full-year sales of £4.15bn to £4.83bn.").pair?.fingerprint).toBe("slip");
    // (not one changed digit of a short end, which two estimates share by chance, nor ranges that
    // share only their low end, nor small bare bands: "aged 15 to 24" / "15 to 64")
    expect(two(guidance, "The company now expects full-year sales of £4.15bn to £4.39bn.").pair?.fingerprint ?? null).toBeNull();
    expect(two(guidance, "The company now expects full-year sales of £4.15bn to £5.20bn.").pair?.fingerprint ?? null).toBeNull();
    expect(two("The rate for people aged 15 to 24 rose.", "The rate for people aged 15 to 64 rose.").pair?.fingerprint ?? null).toBeNull();
  });

  test("a figure of 'a year earlier' is another period than a current quarter's", () => {
    const [x] = claimsOf("Revenue in the third quarter rose to €2.64 billion.", "2025-10-23", "a.txt", 0);
    expect(x.scope?.start).toBe("2025-07-01");
    const y = claimsOf("Margin rose to 12% from 11% a year earlier, when revenue was €2.41bn.", "2025-10-27", "b.txt", 1).find((c) => c.span.text === "€2.41bn")!;
    expect(y.scope?.start).toBe("P-1Y");
    expect(scopeRelation(x, y)).toBe("different");
  });

  test("the same amount in another unit meets by its value ('8,300 hectares' / 'roughly 20,500 acres')", () => {
    const [x] = claimsOf("Crews said the blaze had burned 8,300 hectares by Wednesday.", "2025-08-07", "a.txt", 0);
    const [y] = claimsOf("Summary: roughly 20,500 acres.", "2025-08-07", "b.txt", 1);
    const [z] = claimsOf("The lake covers 2,050 acres.", "2025-08-07", "c.txt", 2);
    const keys = (c: QuantityClaim) => indexKeys(c, rules.severity.thresholds).filter((k) => k.startsWith("bv:"));
    expect(keys(x).some((k) => keys(y).includes(k))).toBe(true);
    expect(keys(x).some((k) => keys(z).includes(k))).toBe(false);
  });

  test("a round figure that is the precise one rounded ten times over is a scale slip ('317,000' / 3,172,480)", () => {
    const { pair } = two("The region's 317,000 registered voters elect a parliament.", "The region has 3,172,480 registered voters.");
    expect(pair?.fingerprint).toBe("scale");
  });

  test("…but not a round figure that only shares a leading digit or two ('320,000' / 3,172,480)", () => {
    const { pair } = two("The region's 320,000 registered voters elect a parliament.", "The region has 3,172,480 registered voters.");
    expect(pair?.fingerprint ?? null).toBeNull();
  });

  test("…nor a three-digit count against a four-digit one of something else ('412' / 4,118)", () => {
    const { pair } = two("The trade fair drew 412 exhibitors this year.", "The trade fair drew 4,118 visitors this year.");
    expect(pair?.fingerprint ?? null).toBeNull();
  });

  test("a length written with three digits whose leading two swap ('420 metres' / '240 metres') is a slip", () => {
    const { pair } = two("The roof fell in at a depth of 420 metres.", "The roof fell in at a depth of 240 metres.");
    expect(pair?.fingerprint).toBe("slip");
  });

  test("two-digit counts that swap ('42' / '24') are not taken for a slip", () => {
    const { pair } = two("Police arrested 42 people on Friday.", "Police arrested 24 people on Friday.");
    expect(pair?.fingerprint ?? null).toBeNull();
  });

  test("same measure, different months: different period", () => {
    const { pair } = two("Agents encountered 64,000 migrants in August.", "Agents encountered 144,000 migrants in May.");
    expect(pair?.scope ?? "different").toBe("different");
  });

  test("different years are different periods", () => {
    const { pair } = two("The government reported 138,612 entries in 2018.", "The government reported 93,486 entries in 2017.");
    expect(pair?.scope ?? "different").toBe("different");
  });

  test("different units are never aligned", () => {
    const { pair } = two("Prices rose 28% in June.", "Prices rose 28 cents in June.");
    expect(pair).toBeUndefined();
  });

  test("a change and a level are never aligned", () => {
    const { pair } = two("Arrests fell 28% in June.", "Arrests were 28% of the total in June.");
    expect(pair).toBeUndefined();
  });

  test("unrelated measures get low confidence", () => {
    const { pair } = two("The hospital treated 40 patients in July.", "The council approved 45 new parking spaces in July.");
    expect(pair === undefined || pair.confidence < rules.severity.thresholds.align).toBe(true);
  });

  test("a pledge and an outcome are not aligned", () => {
    const { pair } = two("The government promised to send 6,000 members of the Guard.", "Some 25,000 members of the Guard were deployed.");
    expect(pair).toBeUndefined();
  });

  test("a figure is not aligned with another in its own sentence", () => {
    const claims = claimsOf("The figure went from 144,278 in May to 87,648 in July.");
    expect(align(claims, rules)).toEqual([]);
  });

  test("lines of two boxes naming one measure in other words are aligned", () => {
    const claims = claimsOf("Wildfire\n\nAt a glance\n- Homes destroyed: 318\n- Firefighters deployed: 700\n\nThe fire was the worst in decades. Residents have begun to return.\n\nBy the numbers\n- Houses destroyed: 381\n- Hectares burned: 9,400\n", "2025-06-10");
    const [x, y] = ["318", "381"].map((t) => claims.find((c) => c.span.text === t)!);
    expect(align(claims, rules).some((p) => (p.a === x && p.b === y) || (p.a === y && p.b === x))).toBe(true);
  });

  test("two lines of one fact box under different labels are not aligned", () => {
    const claims = claimsOf("Quotas agreed\n\nKey facts\nSprat quota 2027: 184,000 tonnes\nPollock quota 2027: 96,300 tonnes\n", "2026-12-12");
    expect(claims.map((c) => c.factLabel)).toEqual(["Sprat quota 2027", "Pollock quota 2027"]);
    expect(align(claims, rules)).toEqual([]);
  });
});

// A round figure meets the precise figure it rounds even when the wording shares little:
// the precise one rounded up or down to the round one's step gives the round one.
describe("rounded forms", () => {
  const rows: Array<[string, string, boolean]> = [
    ["More than 46,000 fans saw the final.", "A crowd of 46,318 fans saw the final.", true],
    ["Almost 1,900 firefighters are on the fire line.", "There are 1,865 firefighters on the fire line.", true],
    ["About 6,400 homes were sold in October.", "Sales of homes in October: 6,418.", true],
    ["The firm owes $4.6 million.", "The firm owes $4,612,380.", true],
    ["The levy costs the median home about $158 a year.", "The levy costs the median home $157.70 a year.", true],
    // an estimate given to four digits rounds like a precise figure
    ["Visitors spent an estimated €2,314 million.", "Visitor spending reached €2.31 billion.", true],
    // not a rounding: the precise figure is too far from the round one, or has too few digits
    ["More than 46,000 fans saw the final.", "A crowd of 47,318 fans saw the final.", false],
    ["About 40 homes were sold in October.", "Sales of homes in October: 41.", false],
    // two precise figures share rounding keys but neither is a rounded form of the other
    ["Mortgage rates averaged 6.27% in the week.", "A year ago the rate was 6.72%.", false],
  ];
  test.each(rows)("%s / %s → %s", (a, b, rounded) => {
    const { pair } = two(a, b);
    expect(!!pair?.rounded).toBe(rounded);
  });

  test("rounding raises the confidence that two figures are one", () => {
    const { pair } = two("About 6,400 homes were sold in October.", "Sales of homes in October: 6,418.");
    const { pair: other } = two("About 6,400 homes were sold in October.", "Sales of homes in October: 6,718.");
    expect(pair!.confidence).toBeGreaterThan(other?.confidence ?? 0);
  });
});

describe("periods", () => {
  test("'a year earlier' against a figure with no period: different periods", () => {
    const [x, y] = claimsOf("Mortgage rates averaged 6.27%. The average mortgage rate was 6.72% a year earlier.", "2025-11-01");
    const pair = align([x, y], rules).find((p) => p.a === x || p.b === x);
    expect(pair?.scope ?? "different").toBe("different");
  });
});

describe("old periods", () => {
  const census = (b: string) => {
    const [x] = claimsOf("The statistics office says 2,418,530 people lived in the country in May last year.", "2025-09-16", "a.txt", 0);
    const [y] = claimsOf(b, "2025-09-16", "b.txt", 1);
    return scopeRelation(x, y);
  };
  test("a period over a year old against a figure with no period: the unmarked one is current", () => {
    expect(census("The country has 2,481,530 people, the statistics office says.")).toBe("different");
  });
  test("…and against a day of another period, however old", () => {
    const [x] = claimsOf("In 2004, the town of Elmford had 9 secondary schools.", "2025-06-01", "a.txt", 0);
    const [y] = claimsOf("The council said on 12 March 2023 that the town of Elmford had 11 secondary schools.", "2025-06-01", "b.txt", 1);
    expect(scopeRelation(x, y)).toBe("different");
  });
  test("…but not against a day as old ('on census night, 12 May 2024')", () => {
    expect(census("The population on census night, Sunday 12 May 2024, was 2,481,530, the office announced.")).not.toBe("different");
  });
});

describe("best matches", () => {
  test("a figure for another period does not take the place of a figure's counterpart", () => {
    const claims = claimsOf(
      "The national unemployment rate ticked up to 4.1% in May. The state's own unemployment rate was 4.6 percent in April. With the national unemployment rate now at 4.2 percent, job seekers noticed.",
      "2026-06-06",
    );
    const pairs = align(claims, rules);
    const find = (x: string, y: string) => pairs.find((p) => [p.a.span.text, p.b.span.text].sort().join("|") === [x, y].sort().join("|"));
    expect(find("4.1%", "4.6 percent")?.best ?? false).toBe(false);
    expect(find("4.1%", "4.2 percent")?.best).toBe(true);
  });
});
