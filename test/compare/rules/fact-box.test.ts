// fact-box: a source's fact box against its own body. Each row is one invented article; the
// rule must report the box line named (label, box figure, body figure) or nothing at all.
import { checkSync, extractAll } from "../../../src/pipeline.js";
import { factBox } from "../../../src/compare/rules/fact-box.js";

const article = (box: string, body: string) => `---\npublished: 2025-05-14\n---\nTown hall approves spending plan\n\n${body}\n\nKey facts\n${box}\n`;

function factBoxFindings(text: string) {
  const report = checkSync([{ path: "story.txt", text }], { jobs: 1 });
  return report.findings.filter((f) => f.rule === "fact-box").map((f) => f.claims.map((c) => c.text));
}

const rows: Array<[string, string, string, string[][]]> = [
  ["the label names the body's measure", "- Posts cut: 74, including 12 librarians\n- Vote: 6-3", "The plan cuts 47 posts across the borough, most through retirements.", [["74", "47"]]],
  // a label of two measures is their sum, a residual names none, and "others" are a part
  ["a label of two measures", "- Officers and staff: 3,910\n- Stations: 14", "The force has 2,870 officers, up 120 on a year earlier, and 1,040 civilian staff.", []],
  ["a residual label", "- All other offences: 8,402\n- Burglary: 2,115", "Within the theft category, shoplifting offences rose by 14% to 7,390.", []],
  ["others are a part", "- Taken to hospital: 9\n- Deaths: 0", "One crew member remains in hospital. Eight others who were taken to hospital have since gone home.", []],
  // …but "63 others were injured" is the whole count, a body restating both measures is the sum,
  // and "Other income" is a line item of its own
  ["others as the whole", "- Killed: 2\n- Injured: 36", "Two people were killed and 63 others were injured when a tram derailed on Tuesday.", [["36", "63"]]],
  ["the sum restated", "- Officers and staff: 5,392\n- Stations to close: 7", "The force employs 4,900 officers and staff across the county, the chief constable said.", [["5,392", "4,900"]]],
  ["a line item named other", "- Council tax: £18.4m\n- Other income: £3.6m", "Its other income, mainly from car parks and hall hire, is forecast to reach £2.9m.", [["£3.6m", "£2.9m"]]],
  ["a digit slip needs no shared words", "- Entrants: 213,500\n- Pass rate: 81%", "Some 231,500 pupils sat the exams this summer, officials said on Tuesday.", [["213,500", "Some 231,500"]]],
  ["a synonym of the label", "- Hospitalised: 5\n- Deaths: 0", "Eight people have been admitted to hospital since the outbreak began, the agency said.", [["5", "Eight"]]],
  // the doer of the label's verb names its measure ("rescuers" for "Rescued")
  // (a noun label is not covered by its doer: "Visits" is not "visitors")
  ["a noun label is not its doer", "- Visits in 2024: 412,000\n- Exhibitions: 9", "The museum had its busiest year in 2024, when 265,000 visitors came through its doors, many of them more than once.", []],
  ["the doer of the label's verb", "- Rescued alive: 25\n- Still missing: 5", "Rescuers have now brought 24 miners out alive from the collapsed gallery.", [["25", "24"]]],
  ["the body bears the box out", "- Posts cut: 74\n- Vote: 6-3", "The plan cuts 74 posts. Last year it cut 47 posts.", []],
  // a change the box gives one way and the body the other, any figure of a box line
  ["a change the other way", "- Burglaries: 2,115 (down 3.4%)\n- Arrests: 412", "Burglaries rose by 3.4% over the year, the force said.", [["3.4%", "3.4%"]]],
  ["…a body figure sharing only the label's kind word is not it", "- Unemployment rate: 4.4% (down 0.2 percentage points)\n- Employment rate: 75.1%", "The employment rate rose 0.2 percentage points to 75.1%. The unemployment rate fell to 4.4%.", []],
  ["…the same way is no finding", "- Burglaries: 2,115 (down 3.4%)\n- Arrests: 412", "Burglaries fell by 3.4% over the year, the force said.", []],
  ["the body figure is another box line's", "- New rate: 3.75%\n- Inflation (April): 2.9%", "Inflation, the rate at which prices rise, fell to 2.9% in April.", []],
  ["a series in one line has no single reading", "- Buses cancelled: 112 (Mon), 140 (Tue), 96 (Wed)\n- Routes: 14", "Last year a two-day strike led to 230 bus cancellations, the operator said.", []],
  ["a revised figure in the box is another reading", "- Imports: revised down to $41.2 billion\n- Exports: $38.0 billion", "Imports of goods rose to $43.6 billion in the quarter, the office said.", []],
  ["a label that is a name heads a breakdown", "- North Ward: 1,204 votes\n- South Ward: 987 votes", "Votes were counted in North Ward and South Ward overnight, 1,870 in all.", []],
  // …and so is one word the body writes capitalised inside a sentence (a place, a party)
  ["a one-word name heads a breakdown", "- Eastfold: 41.3%\n- Westmere: 58.7%", "Every district voted, and Eastfold, which backed the plan, had a turnout of 66.2%.", []],
  // (…while a one-word measure the body writes in lower case is still the box's measure)
  ["a one-word measure", "- Hospitalised: 5\n- Deaths: 0", "Eight people have been admitted to hospital since the outbreak began, and hospitalised patients are doing well.", [["5", "Eight"]]],
  ["an item of another list is not body text", "- Daily consumption target: 190 litres per person\n- Ban starts: 15 June", "The plan has several stages.\n\n- Stage three (exceptional emergency): triggered if reservoir storage falls below a quarter of capacity. Consumption target of 160 litres per person per day; possible overnight supply interruptions in the worst-affected areas.", []],
  ["a hedged box figure that misses is a wording matter", "- Protection: almost 90%\n- Volunteers: 24,000", "The vaccine was 94.1% effective at preventing lung disease in the trial, which protected volunteers.", []],
  ["'so far' in a label names no measure", "- Dug so far: 12.4km of 30.5km\n- Cost: €2.1bn", "The operator said the breakthrough meant 14.6km of the tunnel had now been dug, about half of the total.", [["12.4km", "14.6km"]]],
  // the same counted thing names a line only when its label says no more than that
  ["a label naming a kind of the counted thing", "- Household buildings and contents: 44,910 claims\n- Motor: 9,870 claims", "The figures replace a first estimate of 41,500 claims. Insurers have settled 14,600 claims in full so far.", []],
  ["a bounded body figure is another measure", "- Jobs to go: 320\n- Site opened: 1998", "At least 500 jobs will go across the group by next year.", []],
  ["a measure label whose first word holds a digit", "- Covid-19 patients treated: 86\n- Wards open: 9", "The hospital treated 68 Covid-19 patients over the weekend.", [["86", "68"]]],
  // a count of things in either of two states holds the count of one
  // a one-word label that the body names as one item of a list is a part of what the body figure counts
  ["a label that is one item of the body's list", "- Bus: 61.2m journeys\n- Tram: 18.9m journeys", "The operator reported 104.6 million journeys across its bus, tram, metro and ferry networks.", []],
  ["a one-word label the body names alone", "- Bus: 61.2m journeys\n- Tram: 18.9m journeys", "The operator reported 104.6 million bus journeys last year.", [["61.2m", "104.6 million"]]],
  ["a body count of either state", "- Homes destroyed: 31\n- Acres burned: 2,400", "In total, 44 homes have been destroyed or damaged in the valley.", []],
  ["a body count of the one state", "- Homes destroyed: 31\n- Acres burned: 2,400", "In total, 44 homes were destroyed in the valley.", [["31", "44"]]],
  // a noun that only names the kind of figure ("length", "rate") leaves the label's measure to the rest
  ["a label naming its figure's kind", "- Walkout length: 36 hours\n- Routes: 14", "The drivers' walkout is now in its second day and will last 60 hours in all, the union said.", [["36 hours", "60 hours"]]],
  ["a label naming its figure's kind, another measure in the body", "- Walkout length: 36 hours\n- Routes: 14", "The depot's night shift lasts 10 hours, the union said.", []],
  // an acronym in the label is spelt out in the body
  ["an acronym the body spells out", "- ICU patients: 14\n- Deaths: 0", "Twelve patients remain in the intensive care unit at St Kit's, the trust said.", [["14", "Twelve"]]],
  ["an acronym the body does not spell out", "- ICU patients: 14\n- Deaths: 0", "Twelve patients remain on the children's ward at St Kit's, the trust said.", []],
  ["a measure label holding a figure", "- Waited over 4 hours: 7,381\n- Waited over 12 hours: 1,212", "More than four in ten patients - 7,831 people - waited longer than four hours.", [["7,381", "7,831"]]],
];

// a name's row ("Vellmoor Alliance: 23 seats") meets the body's figure for that name; asked of the
// rule alone (in a whole check the internal numeric rule may report the same two figures first)
const nameRows: Array<[string, string, string, string[][]]> = [
  ["a name's row against the body's figure for it", "- Vellmoor Alliance: 19 seats\n- Harbour Party: 12 seats", "Vellmoor Alliance kept its place as the largest group with 17 seats, two short of a majority on the 36-seat council.", [["19", "17"]]],
  ["a name's row against a count part of the way through", "- Vellmoor Alliance: 19 seats\n- Harbour Party: 12 seats", "With 30 of 41 seats declared by noon, Vellmoor Alliance had 14 seats.", []],
  ["a name's row against another name's figure", "- Vellmoor Alliance: 19 seats\n- Harbour Party: 12 seats", "Vellmoor Alliance leads the council, while the Harbour Party took 12 seats.", []],
  ["a name's figure in a clause of its own", "- Vellmoor Alliance: 19 seats\n- Harbour Party: 12 seats", "Vellmoor Alliance, which held 22 seats before the vote, lost three to the Harbour Party.", []],
  ["a name inside a longer name", "- Vellmoor Alliance: 19 seats\n- Green Party: 4 seats", "The Scottish Green Party, standing in the neighbouring district, won 5 seats there.", []],
  ["an acronym only little words spell", "- ICU patients: 14\n- Staff on duty: 320", "Doctors said 12 patients were in a stable condition and would stay in care until the weekend.", []],
  ["a name after a day opening the sentence", "- Vellmoor Alliance: 19 seats\n- Harbour Party: 12 seats", "On Friday Vellmoor Alliance kept its place as the largest group with 17 seats.", [["19", "17"]]],
  ["a name with a closed aside after it", "- Vellmoor Alliance: 19 seats\n- Harbour Party: 12 seats", "Vellmoor Alliance, the largest group, kept 17 seats.", [["19", "17"]]],
  ["a name with its initials in brackets", "- Vellmoor Alliance: 19 seats\n- Harbour Party: 12 seats", "Vellmoor Alliance (VA) kept 17 seats.", [["19", "17"]]],
];

function ruleAlone(text: string) {
  const { rules, extracted } = extractAll([{ path: "story.txt", text }], { jobs: 1 });
  return factBox.check(extracted.flatMap((e) => e.claims), rules).map((d) => d.claims.map((c) => c.span.text));
}

describe("fact-box rule", () => {
  it.each(nameRows)("%s", (_name, box, body, expected) => {
    expect(ruleAlone(article(box, body))).toEqual(expected);
  });
  it.each(rows)("%s", (_name, box, body, expected) => {
    expect(factBoxFindings(article(box, body))).toEqual(expected);
  });
  // a label opening with a figure keys a row of a timeline, not a measure
  it("a timeline's rows are no fact box", () => {
    const text = "---\npublished: 2025-05-14\n---\nRocket lost after launch\n\nThe rocket failed to reach orbit on Tuesday.\n\nFlight timeline\n\nThe first stage performed as expected:\n- T+71 seconds: maximum aerodynamic pressure, at an altitude of about 13 km.\n- T+150 seconds: main engine cut-off, at an altitude of 68 km.\n- T+231 seconds: fairing jettison, at an altitude of 124 km.\n\nAt T+330 seconds, the second-stage engine shut down. The last telemetry was received at T+402 seconds, when the vehicle was at an altitude of 181 km and falling.\n";
    expect(factBoxFindings(text)).toEqual([]);
  });
  it("shows the other sources that give the box's value for the body's measure", () => {
    const report = checkSync(
      [
        { path: "story.txt", text: article("- Posts cut: 74\n- Vote: 6-3", "The plan cuts 47 posts across the borough, most through retirements.") },
        { path: "wire.txt", text: "---\npublished: 2025-05-15\n---\nThe council's plan cuts 74 posts across the borough, most through retirements." },
      ],
      { jobs: 1 },
    );
    const f = report.findings.find((x) => x.rule === "fact-box");
    expect(f?.claims.map((c) => `${c.source}:${c.text}`)).toEqual(["story.txt:74", "story.txt:47", "wire.txt:74"]);
  });
  it("reports an internal, major finding naming the label", () => {
    const report = checkSync([{ path: "story.txt", text: article("- Posts cut: 74\n- Vote: 6-3", "The plan cuts 47 posts across the borough.") }], { jobs: 1 });
    const f = report.findings.find((x) => x.rule === "fact-box");
    expect(f).toMatchObject({ kind: "internal", severity: "major" });
    expect(f!.message).toContain('"Posts cut"');
  });
});
