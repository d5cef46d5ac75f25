// What a figure counts: its head noun, as read from the words around it.
import { claimsOf } from "../helpers/source.js";

// [sentence, figure as written, expected head (stem) or null]
const rows: Array<[string, string, string | null]> = [
  ["The quake killed 2,017 people and injured more than 5,000, officials said.", "more than 5,000", "injur"],
  ["The storm has killed 12 and left thousands without power.", "12", "death"],
  ["Police arrested 40 protesters on Friday.", "40", "protest"],
  // a bare figure coordinated with the one before it counts the same thing
  ["The counts were 114 vessels on Wednesday and 187 on Thursday.", "187", "vessel"],
  ["It had 40 staff and 12 in the office.", "12", "employe"],
  ["Officials said 178 ships were waiting.", "178", "vessel"],
  // a period adverb after the noun is how often, not what is counted
  ["The port handles 3.1 million containers annually across its terminals.", "3.1 million", "contain"],
  // the noun before "of" is the measure, not a noun before a preposition ahead of it
  ["Engineers say the crack began at a depth of 38 metres.", "38 metres", "depth"],
  // …but before "from the bloc of" the subject is what is measured
  ["Imports from the bloc of £310bn were a record.", "£310bn", "import"],
  // a participle past a comma is no verb of a generic noun's: the residents are counted
  ["The region grew 1.9% to 1,481,240 residents, reflecting its share of arrivals.", "1,481,240", "person"],
  ["The quake left 1,200 people injured, officials said.", "1,200", "injur"],
  // a dash ends the noun phrase: the verb after it is no head
  ["The stolen objects - 11 gold cups and three silver brooches - belong to the collection.", "three", "brooch"],
  // "roles" are jobs, "shops" are stores (synonym groups in rules/measures.yaml)
  ["The plan puts 1,390 roles at risk.", "1,390", "job"],
  ["The chain runs 182 shops.", "182", "store"],
  // an adverb after the noun ("homes once it is built") is no part of it
  ["The scheme will power almost two million homes once it is finished.", "almost two million", "home"],
  ["By Monday, 4,320 people had been injured.", "4,320", "injur"],
  ["The ship carried 2,940 passengers.", "2,940", "passeng"],
  ["The company earned 5,000 last year.", "5,000", null],
  ["Revenue was $8.4 billion in the quarter.", "$8.4 billion", "revenu"],
  // a statistic's name gives way to what it is of: both read as waits
  ["Patients now wait a median of 19.1 weeks.", "19.1 weeks", "wait"],
  ["The region had a median wait of 17.1 weeks.", "17.1 weeks", "wait"],
  // the subject before a preposition or an appositive, not the words that narrow it
  ["Exports to the bloc reached $14.9bn in the quarter.", "$14.9bn", "export"],
  ["Exports to the Federated Union, its largest trading partner, were $19.4 billion.", "$19.4 billion", "export"],
  // …and a relative clause ending in a participle, which is no label's ("Homes destroyed: 40")
  ["The council put its repair costs, which are mostly uninsured, at $31m.", "$31m", "cost"],
  ["Members backed the strike, on a turnout of 68%.", "68%", "turnout"],
  ["Helicopters winched the 24 crew members off the ship.", "24", "crew"],
  // …but officers and troops are what is counted, though they share the group of "members"
  ["The city hired 40 police officers last year.", "40", "member"],
  // "thanks to", "due to": a cause, not what is counted
  ["The quarterly margin rose to 9.1% thanks to price increases.", "9.1%", "margin"],
  // a share of a whole that has its own figure: the whole's noun, past the figure and an owner's name
  ["This corresponds to around 9% of the Group's 23,400 employees.", "around 9%", "employe"],
  ["The cut is roughly 14% of its 23,400 staff.", "roughly 14%", "employe"],
  // a tally verb before the figure, not a verb after the generic noun, says what is counted
  ["The storms, which killed nine people, were driven by warm seas.", "nine", "death"],
  // …but not a change set off after another subject: the food prices' own change
  ["Inflation was 3.2 percent in May, while food prices, up 5 percent, led the rise.", "5 percent", "cost"],
  // a modifier between the figure and its noun ("new", "more") does not hide the noun
  ["Officials reported eight new cases on Monday.", "eight", "case"],
  // a bare total counts what the figure before it counts
  ["Officials reported eight new cases since the total stood at 38 on Friday.", "38", "case"],
  // an adverbial idiom after the noun is not the counted noun
  ["She will go through the $2.4 million budget line by line.", "$2.4 million", "cost"],
  // a change set off after a level is the change of that level (in its own terms: points change a percentage)
  ["Turnout was 61.2 percent of the town's 40,300 registered voters, up 4.4 percentage points from 56.8 percent.", "4.4 percentage points", "turnout"],
  // "brings to 48 the number of …": the count's noun follows "the number of"
  ["The ruling brings to 48 the number of clinics closed this year.", "48", "clinic"],
  // a bare figure that is the subject of a tally's participle counts what the participle says,
  // not the noun of the figure coordinated before it
  ["Fourteen people died and six were injured when the roof fell in.", "six", "injur"],
  ["Of the 31 climbers, five were still missing.", "five", "miss"],
  // (a verb of its own that is no tally leaves the figure to the rules before)
  ["Fourteen people died and six were questioned by police.", "six", null],
  ["By nightfall 12 were confirmed dead.", "12", "death"],
  // a change verb after an "of" complement's noun ends it: the rain is measured, not a fall
  ["Forecasters said 94 millimetres of rain fell overnight.", "94 millimetres", "rain"],
  // a preposition after the noun ends it; babies are births
  ["The scheme offers loft insulation to 720 homes beneath the main flight paths.", "720", "home"],
  ["The unit delivered 3,918 babies in 2023/24.", "3,918", "birth"],
  // what is to happen to the noun ("set to close") is not part of it
  ["The chain has 38 stores set to close by March.", "38", "store"],
];

describe("measure heads", () => {
  test.each(rows)("%s → %s", (sentence, figure, head) => {
    const c = claimsOf(sentence, "2024-11-11").find((x) => x.span.text === figure);
    expect(c).toBeDefined();
    expect(c!.head ?? null).toBe(head);
  });
});

describe("qualifiers", () => {
  // [sentence, figure, expected qualifiers]
  const rows: Array<[string, string, string[]]> = [
    // a place named well before the figure still restricts it (counted from the figure's first word)
    ["In the Western region the median wait was 12.9 weeks.", "12.9 weeks", ["western"]],
    ["The southern region of Westmark accounted for 1,730 of the admissions.", "1,730", ["westmark"]],
    ["The median wait was 14.6 weeks.", "14.6 weeks", []],
    // a limit is not the value itself, also across a label's colon
    ["• Maximum sentence: 10 years for each count of fraud", "10 years", ["maximum"]],
    ["The offence carries a maximum of 10 years in prison.", "a maximum of 10 years", ["maximum"]],
    ["He was sentenced to 11 years in prison.", "11 years", []],
    // one of several ranked by size, not the whole; a figure against its own past is no rank
    ["Eastfold recorded the second-highest unemployment rate, at 6.2 per cent.", "6.2 per cent", ["ranked"]],
    ["The rate rose to 6.2 per cent, the second-highest in almost two decades.", "6.2 per cent", []],
    ["The rate rose to 6.2 per cent, the highest among the regions.", "6.2 per cent", []],
    ["Eastfold's jobless rate rose to 6.2 per cent in March, the second-highest among the regions.", "6.2 per cent", []],
    ["The second-highest rate since 2015 was 6.2 per cent.", "6.2 per cent", []],
    // a body named with "the" whose figure it is; not a body writing of itself
    ["The Alliance's share dropped to 27.4 percent.", "27.4 percent", ["alliance"]],
    ["The Eastern Alliance's share dropped to 27.4 percent.", "27.4 percent", ["eastern alliance"]],
    ["It will close 37 of the Group's 182 stores.", "182", []],
    // the speaker's body and a word of a name restrict nothing
    ["Analysts at the Norvale Institute say exports fell 4.1 per cent.", "4.1 per cent", []],
    ["Shopkeepers in Orsk say retail sales fell 20% in April.", "20%", ["orsk"]],
    ["Analysts at Kestrel say house prices fell 4% in April.", "4%", []],
    ["The National Weather Office said 31 centimetres of snow fell.", "31 centimetres", []],
  ];
  test.each(rows)("%s → %j", (sentence, figure, expected) => {
    const c = claimsOf(sentence, "2026-10-20").find((x) => x.span.text === figure);
    expect(c).toBeDefined();
    expect(c!.qualifiers).toEqual(expected);
  });
});

describe("units and rates read from the words around a figure", () => {
  // [sentence, figure, unit, rate]
  const rows: Array<[string, string, string, string | undefined]> = [
    ["The single fare rises to 2.80 pounds on Monday.", "2.80 pounds", "GBP", undefined],
    ["The chain opened a 3,900 square metre store at the retail park.", "3,900 square metre", "sq-m", undefined],
    ["The flat has 64 m² of floor space.", "64 m²", "sq-m", undefined],
    // "m" set apart after a figure in thousands is metres; glued, a cue in its clause makes it metres
    ["The slide released above the couloir at 3,480 m on the north face.", "3,480 m", "m", undefined],
    ["The river gauge by the old town bridge topped out at 4.36m on Saturday.", "4.36m", "m", undefined],
    ["The firm raised 4.36m from investors on Saturday.", "4.36m", "count", undefined],
    ["The River Vell crested on Saturday, at 4.3m, flooding homes.", "4.3m", "m", undefined],
    ["The contract for the dam was signed on Friday and is worth 45m to the builder.", "45m", "count", undefined],
    ["Tickets for the cup final will be 45.50 pounds each, the club said.", "45.50 pounds", "GBP", undefined],
    ["Every day, the strike at the plant costs the company £40,000.", "£40,000", "GBP", "day"],
    ["Each day that the strike goes on costs the company £40,000.", "£40,000", "GBP", "day"],
    ["The angler landed a striped bass of 12.25 pounds.", "12.25 pounds", "lb", undefined],
    ["Police seized 40 pounds of cannabis on Tuesday and charged two men.", "40 pounds", "lb", undefined],
    ["Each day of the stoppage will cost the operator about €3 million.", "about €3 million", "EUR", "day"],
    ["The stoppage days will cost the operator about €3 million each.", "about €3 million", "EUR", "day"],
    ["The clinic, which opens every day of the week, has treated 4,000 patients since March.", "4,000", "count", undefined],
    ["The 12 families whose homes were flooded two years ago will get £5,000 each.", "£5,000", "GBP", undefined],
  ];
  test.each(rows)("%s", (sentence, figure, unit, per) => {
    const c = claimsOf(sentence, "2026-03-02").find((x) => x.span.text === figure);
    expect(c).toBeDefined();
    expect([c!.unit, c!.per]).toEqual([unit, per]);
  });
});

describe("measure words matched as written (rules exactForms)", () => {
  // [sentence, figure, a measure word it must have, one it must not]
  const rows: Array<[string, string, string | null, string | null]> = [
    // "lives" of a toll is a death; "live" (reside) shares its stem and is not
    ["The floods claimed 17 lives on Tuesday.", "17", "death", null],
    ["About 6,100 people live in the valley, officials said.", "About 6,100", null, "death"],
    ["Roughly 930 families were living in the camp.", "Roughly 930", null, "death"],
    // "behind bars" is a jail term; "barred" stays a ban
    ["The judge said Orrin would spend 9 years behind bars.", "9 years", "jail", null],
    ["He was barred from driving for 3 years.", "3 years", "ban", "jail"],
    // "below the surface" and "underground" are a depth
    ["The quake struck 14 kilometres below the surface.", "14 kilometres", "depth", null],
    ["The crew was trapped 380 metres underground.", "380 metres", "depth", null],
  ];
  test.each(rows)("%s", (sentence, figure, has, hasNot) => {
    const c = claimsOf(sentence, "2026-03-02").find((x) => x.span.text === figure);
    expect(c).toBeDefined();
    if (has) expect(c!.measure).toContain(has);
    if (hasNot) expect(c!.measure).not.toContain(hasNot);
  });
});
