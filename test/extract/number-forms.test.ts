// Number forms that are easy to misread (issue 7): decimal commas ("3,5 %", "1 200,5",
// "1.234.567,89") beside English thousands ("1,200"), lists that only look like decimal
// commas ("3,4 and 5"), and telephone numbers, which are no figures at all, beside the
// spaced thousands, ranges and scores they resemble.
import { quantitiesOf, timesOf } from "../helpers/source.js";

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);

interface DecimalRow {
  /** sentence */
  s: string;
  /** expected span text */
  t: string;
  v: number | [number, number];
  /** rounding step as written (omitted for ranges) */
  p?: number;
  /** significant digits, and the digit string as written */
  d?: number;
  ds?: string;
  u?: string;
}

const decimals: DecimalRow[] = [
  // a comma with one or two digits after it, and no other separator, is a decimal mark
  { s: "Prices rose 3,5 % last year.", t: "3,5 %", v: 3.5, p: 0.1, d: 2, ds: "35", u: "percent" },
  { s: "Inflation stood at 3,5 Prozent in May.", t: "3,5", v: 3.5, p: 0.1, d: 2, ds: "35" },
  { s: "The river runs 12,5 km through the town.", t: "12,5 km", v: 12.5, p: 0.1, d: 3, ds: "125", u: "km" },
  { s: "A ticket costs 12,50 euros now.", t: "12,50 euros", v: 12.5, p: 0.01, d: 3, ds: "1250", u: "EUR" },
  { s: "The fund holds 2,75 millions euros.", t: "2,75 millions euros", v: 2.75e6, p: 1e4, d: 3, ds: "275", u: "EUR" },
  { s: "The plan costs €1,5 billion.", t: "€1,5 billion", v: 1.5e9, p: 1e8, d: 2, ds: "15", u: "EUR" },
  // "0," can start no English thousands: any digits after it are decimals
  { s: "The levy is 0,125 percent of turnover.", t: "0,125 percent", v: 0.125, p: 0.001, d: 3, ds: "0125", u: "percent" },
  // spaced or dotted thousands with a decimal comma
  { s: "The bill came to 1 200,5 euros.", t: "1 200,5 euros", v: 1200.5, p: 0.1, d: 5, ds: "12005", u: "EUR" },
  { s: "The invoice came to 1.200,5 euros.", t: "1.200,5 euros", v: 1200.5, p: 0.1, d: 5, ds: "12005", u: "EUR" },
  { s: "Output was 1\u202f200,75 tonnes.", t: "1\u202f200,75 tonnes", v: 1200.75, p: 0.01, d: 6, ds: "120075", u: "tonne" },
  { s: "Fees reached 12\u00a0345,6 euros.", t: "12\u00a0345,6 euros", v: 12345.6, p: 0.1, d: 6, ds: "123456", u: "EUR" },
  { s: "The region has 1.234.567 residents.", t: "1.234.567", v: 1234567, p: 1, d: 7, ds: "1234567" },
  { s: "The state paid €1.234.567,89 in all.", t: "€1.234.567,89", v: 1234567.89, p: 0.01, d: 9, ds: "123456789", u: "EUR" },
  { s: "The city counted 2.500.000 visitors.", t: "2.500.000", v: 2.5e6, p: 1e5, d: 2, ds: "2500000" },
  // a year-like whole part takes a decimal comma only beside a currency or percent sign
  { s: "The laptop sells for 1999,99 € in Berlin.", t: "1999,99 €", v: 1999.99, p: 0.01, d: 6, ds: "199999", u: "EUR" },
  // Indian grouping (lakhs and crores), which a decimal-comma or list reading would break up
  { s: "The fee is Rs 1,50,000 a year.", t: "Rs 1,50,000", v: 150000, p: 10000, d: 2, ds: "150000", u: "INR" },
  { s: "The state has 12,34,567 voters.", t: "12,34,567", v: 1234567, p: 1, d: 7, ds: "1234567" },
  { s: "The project cost 1,00,00,000 rupees.", t: "1,00,00,000 rupees", v: 1e7, p: 1e6, d: 1, ds: "10000000", u: "INR" },
  // English forms keep their reading
  { s: "Some 1,234 people signed.", t: "Some 1,234", v: 1234 },
  { s: "Officials counted 1,200 ballots.", t: "1,200", v: 1200, p: 100, d: 2, ds: "1200" },
  { s: "The board counted 1,200,000 ballots.", t: "1,200,000", v: 1.2e6, p: 1e5, d: 2, ds: "1200000" },
  { s: "The metal weighed 1.200 tonnes.", t: "1.200 tonnes", v: 1.2, p: 0.001, d: 2, ds: "1200", u: "tonne" },
  { s: "Revenue was 1,200.5 dollars.", t: "1,200.5 dollars", v: 1200.5, p: 0.1, d: 5, ds: "12005", u: "USD" },
  // a figure after a clause's comma and a space is no list item
  { s: "Prices fell 0,9 % in 2019, 2,1 % in 2020.", t: "2,1 %", v: 2.1, p: 0.1, d: 2, ds: "21", u: "percent" },
  // ranges of decimal-comma figures
  { s: "Growth will be 2,5 to 3,5 % next year.", t: "2,5 to 3,5 %", v: [2.5, 3.5], u: "percent" },
  { s: "Support is between 1,5 and 2 percent.", t: "between 1,5 and 2 percent", v: [1.5, 2], u: "percent" },
];

describe("decimal commas, dotted thousands and Indian grouping", () => {
  test.each(decimals.map((r) => [r.s, r] as const))("%s", (_s, r) => {
    const qs = quantitiesOf(r.s);
    const q = qs.find((x) => x.span.text === r.t);
    if (!q) throw new Error(`expected span ${JSON.stringify(r.t)}; got ${JSON.stringify(qs.map((x) => x.span.text))}`);
    if (Array.isArray(r.v)) {
      expect(Array.isArray(q.value) && close(q.value[0], r.v[0]) && close(q.value[1], r.v[1])).toBe(true);
    } else {
      expect(typeof q.value === "number" && close(q.value, r.v)).toBe(true);
    }
    if (r.p !== undefined) expect(close(q.precision, r.p)).toBe(true);
    if (r.d !== undefined) expect(q.digits).toBe(r.d);
    if (r.ds !== undefined) expect(q.digitString).toBe(r.ds);
    expect(q.unit).toBe(r.u ?? "count");
    expect(r.s.slice(q.span.start, q.span.end)).toBe(q.span.text);
  });
});

// Commas between digits that are no decimal mark: each figure listed with its value.
const notDecimal: Array<[string, Array<[string, number | [number, number]]>]> = [
  // a comma followed by a space is never a decimal mark
  ["Officials said 3, 4 and 5 were closed.", [["3", 3], ["4", 4], ["5", 5]]],
  // a list: another item follows ("and 5") or comes before ("2, 3,4")
  ["The votes were 3,4 and 5 in the end.", [["3", 3], ["4", 4], ["5", 5]]],
  ["They won games 2,3 or 6 of the series.", [["2", 2], ["3", 3], ["6", 6]]],
  ["The floods hit rooms 1,2,3 on Monday.", [["1", 1], ["2", 2], ["3", 3]]],
  // a date with the space after its comma missed: no figure at all
  ["It was hot on July 21,2019 in town.", []],
  // a year with a missing space after the comma: the year, then a count
  ["In 2019,5 people died in the fire.", [["5", 5]]],
  ["By 2021,12 schools had closed.", [["12", 12]]],
  // tennis sets written without a space
  ["She won 6-3,6-4 in the final.", [["6-3", [6, 3]], ["6-4", [6, 4]]]],
];

describe("commas between digits that are not decimal marks", () => {
  test.each(notDecimal)("%s", (s, want) => {
    const qs = quantitiesOf(s).filter((q) => /\d/.test(q.span.text));
    expect(qs.map((q) => [q.span.text, q.value])).toEqual(want);
  });

  test("the year before a missing space is read as a year", () => {
    expect(timesOf("In 2019,5 people died in the fire.").map((t) => [t.span.text, t.role])).toEqual([["2019", "year"]]);
  });
});

// Telephone numbers: no part of them is a figure.
const phones: Array<[string, string]> = [
  ["Call +44 20 7946 0958 for details.", "+44 20 7946 0958"],
  ["Call +44 (0)20 7946 0958 for details.", "+44 (0)20 7946 0958"],
  ["Call +1 (212) 555-0100 today.", "+1 (212) 555-0100"],
  ["Contact the embassy on +33 1 23 45 67 89.", "+33 1 23 45 67 89"],
  ["Callers abroad use +61 2 9876 5432.", "+61 2 9876 5432"],
  ["Ring +442079460958 now.", "+442079460958"],
  ["For tickets, ring (555) 123 4567 before noon.", "(555) 123 4567"],
  ["Details are available at (555) 123-4567.", "(555) 123-4567"],
  ["Sydney readers can reach us at (02) 9876 5432.", "(02) 9876 5432"],
  ["Tel 020 7946 0958.", "020 7946 0958"],
  ["The office number is 020 7946 0958 on weekdays.", "020 7946 0958"],
  ["The hotline 0800 123 456 is free.", "0800 123 456"],
  ["Call us on 01 23 45 67 89.", "01 23 45 67 89"],
  ["Dial 07700 900123 for help.", "07700 900123"],
  ["The helpline, 0161-496-0000, opens at nine.", "0161-496-0000"],
  ["Phone 555-123-4567 today.", "555-123-4567"],
  ["Readers can also try 555.123.4567 today.", "555.123.4567"],
  ["Dial 1-800-555-0199 now.", "1-800-555-0199"],
  ["Report outages to 555-0199 any time.", "555-0199"],
  ["Readers can call 555 123 4567 with tips.", "555 123 4567"],
  ["Reach the desk on 555 123 4567 after six.", "555 123 4567"],
  ["For bookings phone: 212 555 0100.", "212 555 0100"],
  ["Call the hotline on 555 12 34 56 to report it.", "555 12 34 56"],
  ["He rang 555 1234 twice.", "555 1234"],
  ["The code 0044 20 7946 0958 reaches London.", "0044 20 7946 0958"],
];

describe("telephone numbers are not figures", () => {
  test.each(phones)("%s", (s, phone) => {
    const at = s.indexOf(phone);
    const qs = quantitiesOf(s).filter((q) => q.span.start < at + phone.length && q.span.end > at);
    expect(qs.map((q) => q.span.text)).toEqual([]);
  });

  test("the figures beside a telephone number are still read", () => {
    const qs = quantitiesOf("Call +44 20 7946 0958: 1,200 tickets remain at 45 euros.");
    expect(qs.map((q) => q.span.text)).toEqual(["1,200", "45 euros"]);
  });
});

// Look-alikes of telephone numbers that are figures: each expected span listed.
const stillFigures: Array<[string, string[]]> = [
  ["Some 1 200 000 people marched.", ["Some 1 200 000"]],
  ["The fine was 12 500 euros.", ["12 500 euros"]],
  ["The fund grew by +12 500 000 euros.", ["12 500 000 euros"]],
  ["Police said 10-12 people were hurt.", ["10-12"]],
  ["Between 100-1000 people came.", ["Between 100-1000"]],
  ["Madrid won 3-2 on Saturday.", ["3-2"]],
  ["The council voted 310-95 to approve it.", ["310-95"]],
  ["The scores were 10 100 1000 in turn.", ["10", "100", "1000"]],
  ["They called 12 witnesses.", ["12"]],
  ["They call 100-1000 people a day.", ["100-1000"]],
  ["Organisers called 120 500 voters.", ["120 500"]],
  ["The tally rose on 12 500 ballots.", ["12 500"]],
  ["A rise of +5% was seen.", ["5%"]],
  ["Population (2020): 1 234 567 residents.", ["1 234 567"]],
  ["Tickets cost 12 2000 each.", ["12", "2000"]],
  ["It happened on 2019-07-21 at 10:30.", []],
];

describe("look-alikes of telephone numbers that are figures", () => {
  test.each(stillFigures)("%s", (s, spans) => {
    expect(quantitiesOf(s).map((q) => q.span.text).filter((t) => /\d/.test(t))).toEqual(spans);
  });
});

// "m" after a figure: a million, or metres when a length word stands near and no currency
// comes before. [sentence, span, value, unit]
const mSuffix: Array<[string, string, number, string]> = [
  ["The sea wall was built for a level of about 4.5m.", "about 4.5m", 4.5, "m"],
  ["The river peaked at 5.92 m, above the old record.", "5.92 m", 5.92, "m"],
  ["The new barrier is 3m high.", "3m", 3, "m"],
  ["She won the 200m sprint.", "200m", 200, "m"],
  ["The club paid £4.5m for the striker.", "£4.5m", 4_500_000, "GBP"],
  ["The app now has 4.5m users.", "4.5m", 4_500_000, "count"],
  // millions, whatever length-like word stands near: a count noun follows, or the word is not a length cue
  ["Unemployment hit a record high of 3.2m.", "3.2m", 3_200_000, "count"],
  ["Long-term unemployment rose to 1.2m.", "1.2m", 1_200_000, "count"],
  ["Heavy snow left 2m homes without power.", "2m", 2_000_000, "count"],
  ["The wall was finished in May. Sales then reached 4.5m.", "4.5m", 4_500_000, "count"],
  ["They saw a 10m-high wave.", "10m", 10, "m"],
  // wire abbreviations after a space; "m" after a space stays metres
  ["Aldervale will buy Brennick in a €2.84 bln all-share deal.", "€2.84 bln", 2_840_000_000, "EUR"],
  ["The charity raised $3 mln last year.", "$3 mln", 3_000_000, "USD"],
  // (as written: "2 BN" is a battalion, "45 mn" may be minutes)
  ["Troops from 2 BN moved north.", "2", 2, "count"],
  ["The new line cut the journey to 45 mn.", "45", 45, "count"],
  // concentrations
  ["PM2.5 averaged 9.8 µg/m3 across the city.", "9.8 µg/m3", 9.8, "ug-m3"],
  ["PM2.5 averaged 9.8 milligrams per cubic metre.", "9.8 milligrams per cubic metre", 9.8, "mg-m3"],
  ["Lead in the tap water reached 12 mg/L.", "12 mg/L", 12, "mg-l"],
  // a currency before the figure wins over a length word near it
  ["The flood wall will cost €4.5m to raise.", "€4.5m", 4_500_000, "EUR"],
];

describe("m: a million or metres", () => {
  test.each(mSuffix)("%s", (s, span, value, unit) => {
    const q = quantitiesOf(s).find((x) => x.span.text === span);
    expect(q).toBeDefined();
    expect(close(q!.value as number, value)).toBe(true);
    expect(q!.unit).toBe(unit);
  });
});
