// Dated events: which date a sentence gives an event ("convicted Voss on March 7").
import { extractEvents } from "../../src/extract/events.js";
import { extractTimes } from "../../src/extract/time.js";
import { check } from "../../src/index.js";
import { rules, sourceOf } from "../helpers/source.js";

function eventsOf(body: string, published = "2024-06-20") {
  const s = sourceOf(body, published);
  return extractEvents(s, extractTimes(s, rules), rules).map((e) => [e.event, e.trigger.text, e.date.text]);
}

// [sentence, expected [event group, trigger, date] triples]
const rows: Array<[string, string[][]]> = [
  ["The new fare takes effect Sept. 1.", [["takes effect", "takes effect", "Sept. 1"]]],
  ["A federal jury convicted Dana Holt on March 7, 2024, on nine counts.", [["verdict", "convicted", "March 7, 2024"]]],
  ["Holt was convicted by a federal jury earlier this month of fraud.", [["verdict", "convicted", "earlier this month"]]],
  ["The results were published on Saturday in the journal.", [["published", "published", "Saturday"]]],
  ["Thursday's verdict surprised the court.", [["verdict", "verdict", "Thursday"]]],
  // a date after a clause break is not the verb's date
  ["The jury convicted Holt, and on Monday the judge spoke.", []],
  // a long lower-case object is not skipped: the date may belong to another verb
  ["The board approved the plan to widen the bridge over the river on Monday.", []],
  // a plan dated with the bare verb: "due to open in June 2027", "will close on Friday"
  ["The extended terminal is expected to open in June 2027.", [["opened", "open", "June 2027"]]],
  ["The clinic will close on Friday after 40 years.", [["closed", "close", "Friday"]]],
  // "open" as an adjective has no date of its own
  ["The polls stay open until the last voter leaves.", []],
];

describe("dated events", () => {
  test.each(rows)("%s", (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe("event-date findings", () => {
  const src = (path: string, published: string, body: string) => ({ path, text: `---\npublished: ${published}\n---\n${body}\n` });
  test("two sources quoting the same words with a relative date in them do not disagree", async () => {
    const report = await check([src("a.txt", "2026-03-04", `"The funding announced this week is welcome, but it does not close the gap," the vice-chancellor said.`), src("b.txt", "2026-03-10", `"The funding announced this week is welcome, but it does not close the gap," she told staff.`)], { jobs: 1 });
    expect(report.findings.filter((f) => f.rule === "event-date")).toEqual([]);
  });
  test("…but a relative date in a quote still meets a stated date outside quotes", async () => {
    const report = await check([src("a.txt", "2025-05-14", `"I resigned yesterday because I could no longer defend the policy," the minister told reporters on Wednesday.`), src("b.txt", "2025-05-14", "The minister resigned on Monday, saying she could no longer defend the policy.")], { jobs: 1 });
    expect(report.findings.filter((f) => f.rule === "event-date").length).toBe(1);
  });
  test("one source's date against several that agree is one finding", async () => {
    const report = await check(
      [
        { path: "tv.txt", text: "---\npublished: 2024-06-20\n---\nDana Holt was convicted by a federal jury earlier this month of wire fraud at the Riverton hospital.\n" },
        { path: "doj.txt", text: "---\npublished: 2024-06-20\n---\nA federal jury convicted Dana Holt on March 7, 2024, of wire fraud at the Riverton hospital.\n" },
        { path: "paper.txt", text: "---\npublished: 2024-06-21\n---\nDana Holt was convicted in March of wire fraud at the Riverton hospital.\n" },
      ],
      { jobs: 1 },
    );
    const dated = report.findings.filter((f) => f.rule === "event-date");
    expect(dated).toHaveLength(1);
    expect(dated[0].claims.map((c) => c.text).sort()).toEqual(["March", "March 7, 2024", "earlier this month"]);
  });

  // a recurring release (rules/time.yaml recurringEvents): figures that differ are two releases
  const release = (day: string, published: string, body: string) => ({ path: `${day}.txt`, text: `---\npublished: ${published}\n---\n${body}\n` });
  const datedReleases = async (a: string, b: string) => {
    const report = await check([release("fri", "2024-06-15", a), release("tue", "2024-06-19", b)], { jobs: 1 });
    return report.findings.filter((f) => f.rule === "event-date");
  };
  test.each([
    ["different figures: two releases", "The weekly figures from the Harbour Health Agency, published on Friday, show 31 cases of the fever.", "The weekly figures from the Harbour Health Agency, published on Tuesday, show 44 cases of the fever.", 0],
    ["the same figure: one release dated twice", "The weekly figures from the Harbour Health Agency, published on Friday, show 31 cases of the fever.", "The weekly figures from the Harbour Health Agency, published on Tuesday, show 31 cases of the fever.", 1],
    ["one side states no figure", "The weekly figures from the Harbour Health Agency on the fever were published on Friday.", "The weekly figures from the Harbour Health Agency, published on Tuesday, show 44 cases of the fever.", 1],
    // a release still to come (dated after its source's publication) is not the one already out
    ["the next release against the latest", "The next weekly figures from the Harbour Health Agency on the fever will be published on 28 June.", "The weekly figures from the Harbour Health Agency, published on Tuesday, show 44 cases of the fever.", 0],
  ])("%s", async (_name, a, b, n) => {
    expect(await datedReleases(a, b)).toHaveLength(n);
  });

  test.each([
    // a year whose digits trade places needs only a word in common, and is a flat contradiction
    ["The viaduct, a concrete crossing that opened in 1963, carried the main road over the gorge.", "It is a three-span concrete structure and opened in 1936.", "critical"],
    // another year is the same event only on closer wording
    ["The viaduct, a concrete crossing that opened in 1963, carried the main road over the gorge.", "It is a three-span concrete structure and opened in 1971.", null],
    ["The Harlow viaduct carried the main road over the gorge and opened in 1963.", "The Harlow viaduct, which carried the main road over the gorge, opened in 1971.", "major"],
    // (a word of another event is no word in common: "will close")
    ["The Harbour Museum, which opened in 2012, will close in June.", "Its rooftop cafe, which opened in 2021, will also close.", null],
  ])("%s / %s → %s", async (a, b, severity) => {
    const report = await check([release("a", "2025-10-15", a), release("b", "2025-10-16", b)], { jobs: 1 });
    expect(report.findings.filter((f) => f.rule === "event-date").map((f) => f.severity)[0] ?? null).toBe(severity);
  });

  test("the first case confirmed on one day in one source and another day in the next is one event moved", async () => {
    const report = await check([release("a", "2025-03-10", "The first case was confirmed on 4 February 2025 in a pupil at Holmwood Primary School."), release("b", "2025-03-12", "The first case, a pupil at Holmwood Primary School, was confirmed on 14 February.")], { jobs: 1 });
    expect(report.findings.filter((f) => f.rule === "event-date").map((f) => f.claims.map((c) => c.text).sort())).toEqual([["14 February", "4 February 2025"]]);
  });

  test("a year a thing was built in, dated two ways, is one event moved", async () => {
    const report = await check([release("a", "2025-03-12", "The Carra Belle was built in 1998 and has served the island route since 2011."), release("b", "2025-03-13", "The Carra Belle, built in 1989, has served the island route since 2011.")], { jobs: 1 });
    expect(report.findings.filter((f) => f.rule === "event-date").map((f) => f.claims.map((c) => c.text).sort())).toEqual([["1989", "1998"]]);
  });

  test("a source that also dates the event as the other does contradicts nothing", async () => {
    const report = await check([release("a", "2025-06-02", "Four otters were confirmed killed by traffic between 2019 and 2023; none was killed in 2024."), release("b", "2025-06-03", "Four otters were confirmed killed by traffic between 2019 and 2023, the survey said.")], { jobs: 1 });
    expect(report.findings.filter((f) => f.rule === "event-date")).toEqual([]);
  });

  test("another event's word in the sentence says nothing of what an event is", async () => {
    const report = await check(
      [
        release("release", "2025-03-11", "A voluntary severance scheme opens today and will close on Friday 25 April."),
        release("union", "2025-03-14", "The ballot will open on Monday 24 March and close on Monday 14 April."),
      ],
      { jobs: 1 },
    );
    expect(report.findings.filter((f) => f.rule === "event-date")).toEqual([]);
  });

  test("an event noun that is no other event's trigger still says what the event is", async () => {
    const report = await check([release("a", "2025-05-24", "The election was announced on 22 May."), release("b", "2025-05-24", "The snap election was announced on 23 May.")], { jobs: 1 });
    expect(report.findings.filter((f) => f.rule === "event-date")).toHaveLength(1);
  });
  test("a bare weekday a whole number of weeks from the other date is a guess at the week, not another date", async () => {
    const dated = async (a: string, b: string) => (await check([release("a", "2025-01-14", a), release("b", "2025-01-23", b)], { jobs: 1 })).findings.filter((f) => f.rule === "event-date");
    // (read from the later publication, "Monday" is 20 January: a week after the 13th)
    expect(await dated("All district schools closed on Monday, January 13, after the cyber attack.", "All district schools closed Monday after the cyber attack.")).toEqual([]);
    // …a day apart is another date
    expect(await dated("All district schools closed on Sunday, January 19, after the cyber attack.", "All district schools closed Monday after the cyber attack.")).toHaveLength(1);
  });
  test("figures of different units say nothing of whether two releases are one", async () => {
    const report = await check([release("a", "2025-05-24", "Official unemployment figures published on Tuesday show 1.6 million people out of work."), release("b", "2025-05-24", "Official unemployment figures published on Wednesday show the jobless rate at 4.8%.")], { jobs: 1 });
    expect(report.findings.filter((f) => f.rule === "event-date")).toHaveLength(1);
  });
});

test("a bare weekday is no guess at a month: only a week apart", async () => {
  const release = (name: string, published: string, body: string) => ({ path: `${name}.txt`, text: `---\npublished: ${published}\n---\n${body}\n` });
  const report = await check([release("a", "2024-03-12", "The Harlow library closed on Monday after the flood."), release("b", "2024-03-12", "The Harlow library closed in January after the flood.")], { jobs: 1 });
  expect(report.findings.filter((f) => f.rule === "event-date")).toHaveLength(1);
});
