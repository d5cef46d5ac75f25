// Time expressions and their resolution against the source's publication date.
import { timesOf } from "../helpers/source.js";

type Row = [sentence: string, span: string, published: string | undefined, start: string | null, end: string | null, role?: string];

const rows: Row[] = [
  ["Prices fell in May.", "May", "2019-07-21", "2019-05-01", "2019-05-31"],
  ["Prices fell in May 2018.", "May 2018", "2019-07-21", "2018-05-01", "2018-05-31"],
  ["Prices fell in November.", "November", "2019-07-21", "2018-11-01", "2018-11-30"],
  ["Prices fell last month.", "last month", "2019-07-21", "2019-06-01", "2019-06-30", "period"],
  ["Prices fell last month.", "last month", "2019-01-10", "2018-12-01", "2018-12-31", "period"],
  ["Prices fell this year.", "this year", "2019-07-21", "2019-01-01", "2019-12-31", "period"],
  ["Prices fell last year.", "last year", "2019-07-21", "2018-01-01", "2018-12-31", "period"],
  // "the previous quarter" counts back from the quarter the sentence just named, or a stretch of three months
  ["Sales were 41m in the third quarter of 2024, up from 38m in the previous quarter.", "the previous quarter", "2025-02-13", "2024-04-01", "2024-06-30", "period"],
  ["The rate was 5.9% in October to December 2024, down on the previous quarter.", "the previous quarter", "2025-02-13", "2024-07-01", "2024-09-30", "period"],
  // a capital where the words open a sentence
  ["Last year, 4,100 jobs went.", "Last year", "2025-03-19", "2024-01-01", "2024-12-31", "period"],
  ["A year earlier, 4,100 people were out of work.", "A year earlier", "2025-03-19", "P-1Y", "P-1Y", "period"],
  ["Yesterday 40 flights were cancelled.", "Yesterday", "2025-03-19", "2025-03-18", "2025-03-18"],
  // "the current year" is this one
  ["The deficit in the current year is $24 million.", "the current year", "2025-03-19", "2025-01-01", "2025-12-31", "period"],
  ["Sales in the current quarter rose.", "the current quarter", "2025-05-19", "2025-04-01", "2025-06-30", "period"],
  // a weekday with a day and month picks the year in which they meet (nearest publication)
  ["The scheme will close on Friday 25 April.", "Friday 25 April", "2025-03-11", "2025-04-25", "2025-04-25"],
  ["The ballot closed on Sunday 14 April.", "Sunday 14 April", "2025-03-11", "2024-04-14", "2024-04-14"],
  // (a weekday that fits only a year far off is a slip in the weekday)
  ["The council approved the homes on Thursday 14 May.", "Thursday 14 May", "2025-06-01", "2025-05-14", "2025-05-14"],
  // a schedule word makes a day and month the coming one
  ["The ballot closes on 14 April.", "14 April", "2025-03-20", "2025-04-14", "2025-04-14"],
  // …and a day a sentence opens with as a change's start, the future after it
  ["From Nov. 1, the basic plan will cost $12.49 a month.", "Nov. 1", "2025-10-20", "2025-11-01", "2025-11-01"],
  ["Starting 3 March, fares will rise by 4%.", "3 March", "2025-02-11", "2025-03-03", "2025-03-03"],
  // (with no future after it, the latest such day)
  ["From Nov. 1, the basic plan cost $12.49 a month.", "Nov. 1", "2025-10-20", "2024-11-01", "2024-11-01"],
  // (the future read in the clause after the day only)
  ["From Jan. 1, the basic plan has cost $12.49 a month, and prices will stay there.", "Jan. 1", "2025-03-10", "2025-01-01", "2025-01-01"],
  // a school or financial year written with its second year
  ["The report for 2024/25 was published.", "2024/25", "2025-12-02", "2024-01-01", "2025-12-31", "period"],
  // two days joined by "and" are one stretch of days
  ["A total of 650 flights were cancelled on Tuesday and Wednesday.", "Tuesday and Wednesday", "2026-01-15", "2026-01-13", "2026-01-14", "period"],
  // a relative year after a month or day names its year
  ["Approvals were 43,450 in September last year.", "September last year", "2025-10-16", "2024-09-01", "2024-09-30"],
  ["Work starts on 3 May next year.", "3 May next year", "2025-10-16", "2026-05-03", "2026-05-03"],
  ["Prices peaked in March this year.", "March this year", "2025-10-16", "2025-03-01", "2025-03-31"],
  // "the previous year" counts back from the period the sentence just named; "last year" from publication
  ["It carried 2,148,000 in 2025, up from 1,996,000 the previous year.", "the previous year", "2026-01-15", "2024-01-01", "2024-12-31", "period"],
  ["Sales in March fell from the previous month.", "the previous month", "2026-01-15", "2025-02-01", "2025-02-28", "period"],
  ["Sales fell from the previous month.", "the previous month", "2026-01-15", "2025-12-01", "2025-12-31", "period"],
  ["It rose in the first six months of 2019.", "the first six months of 2019", undefined, "2019-01-01", "2019-06-30", "period"],
  // a bare month in a future sentence (a passive one too) is the coming one
  ["A separate action plan will be published in June.", "June", "2025-05-13", "2025-06-01", "2025-06-30"],
  ["The shop will reopen in August.", "August", "2025-05-13", "2025-08-01", "2025-08-31"],
  // "due to", "expected to": still to come, like "will"
  ["The new clinic is due to open in October.", "October", "2025-06-24", "2025-10-01", "2025-10-31"],
  // a day in the week before publication is that one, whatever cue stands before it
  ["The bank made the cut the market expected on 12 March, its second this year.", "12 March", "2025-03-16", "2025-03-12", "2025-03-12"],
  ["The ruling is expected on 12 March.", "12 March", "2025-04-16", "2026-03-12", "2026-03-12"],
  ["Organisers said the next race will be held on 4 May.", "4 May", "2025-05-10", "2026-05-04", "2026-05-04"],
  // …in the next year when this year's is past ("by the end of" a month counts as a deadline)
  ["The stores will close by the end of January.", "January", "2025-09-18", "2026-01-01", "2026-01-31"],
  // (a passive before the deadline too)
  ["The new pumping station is due to be finished by the end of September.", "September", "2025-06-10", "2025-09-01", "2025-09-30"],
  ["The new pumping station is due to be finished by the end of February.", "February", "2025-06-10", "2026-02-01", "2026-02-28"],
  // (…not one told in the past: the plan as it stood, this year's month; the cue that makes the
  // passive decides, not another before it)
  ["Its sale, which was expected to stall, is due to be agreed by the end of March.", "March", "2025-06-10", "2026-03-01", "2026-03-31"],
  ["The new pumping station was due to be finished by the end of August but is running late.", "August", "2025-09-10", "2025-08-01", "2025-08-31"],
  ["The shop will reopen in March.", "March", "2025-05-13", "2026-03-01", "2026-03-31"],
  // (a month no preposition governs is the one past: "will examine the January derailment")
  ["An inquiry will examine the January derailment near the junction.", "January", "2025-09-10", "2025-01-01", "2025-01-31"],
  ["The vote will be held on 14 April.", "14 April", "2025-05-13", "2026-04-14", "2026-04-14"],
  ["Figures published in June showed a fall.", "June", "2025-05-13", "2024-06-01", "2024-06-30"],
  ["The rise will be backdated from October, when the old deal expired.", "October", "2025-04-02", "2024-10-01", "2024-10-31"],
  ["It rose in the first five months of the year.", "the first five months of the year", "2019-08-12", "2019-01-01", "2019-05-31", "period"],
  ["It rose in the first half of 2019.", "the first half of 2019", undefined, "2019-01-01", "2019-06-30", "period"],
  ["It rose between January and June of this year.", "between January and June of this year", "2019-09-10", "2019-01-01", "2019-06-30", "period"],
  ["It rose in the second quarter.", "the second quarter", "2019-09-10", "2019-04-01", "2019-06-30", "period"],
  // a quarter without a year is the one nearest publication, the past one on a tie…
  ["Starts rose 6.8% in the fourth quarter.", "the fourth quarter", "2026-02-18", "2025-10-01", "2025-12-31", "period"],
  ["Sales are up so far in the first quarter.", "the first quarter", "2026-02-18", "2026-01-01", "2026-03-31", "period"],
  ["The rate was 4.35% in Q4.", "Q4", "2026-01-20", "2025-10-01", "2025-12-31", "period"],
  ["Analysts forecast revenue of $412 million in the fourth quarter.", "the fourth quarter", "2025-07-15", "2025-10-01", "2025-12-31", "period"],
  ["The company is set to report second-quarter revenue on Thursday.", "second-quarter", "2025-07-20", "2025-04-01", "2025-06-30", "period"],
  // …or, with a cue of the future governing it, the nearest not yet over
  ["The plant will reopen in the third quarter.", "the third quarter", "2026-11-02", "2027-07-01", "2027-09-30", "period"],
  ["The bank will cut rates in the fourth quarter.", "the fourth quarter", "2026-11-02", "2026-10-01", "2026-12-31", "period"],
  ["The third-quarter 2024 deficit was $5.5 billion.", "third-quarter 2024", "2025-11-10", "2024-07-01", "2024-09-30", "period"],
  ["Sales in the first quarter 2023 rose.", "the first quarter 2023", "2025-11-10", "2023-01-01", "2023-03-31", "period"],
  // a range opening the sentence
  ["Between January and September, 1,854,000 passengers used the airport.", "Between January and September", "2025-10-10", "2025-01-01", "2025-09-30", "period"],
  ["From 2019 to 2021 the fleet shrank.", "From 2019 to 2021", "2025-10-10", "2019-01-01", "2021-12-31", "period"],
  ["Exports rose in July to September.", "July to September", "2025-11-10", "2025-07-01", "2025-09-30", "period"],
  ["Bonds were sold between 2016 and 2021.", "between 2016 and 2021", "2025-11-10", "2016-01-01", "2021-12-31", "period"],
  ["Output grew in 2016–19 by a third.", "2016–19", "2025-11-10", "2016-01-01", "2019-12-31", "period"],
  ["The deficit shrank in July-September 2024.", "July-September 2024", "2025-11-10", "2024-07-01", "2024-09-30", "period"],
  // each month with its year
  ["The pills were sold between March 2024 and August 2025.", "between March 2024 and August 2025", "2025-11-10", "2024-03-01", "2025-08-31", "period"],
  ["Sales ran from November 2023 to February.", "from November 2023 to February", "2025-11-10", "2023-11-01", "2024-02-29", "period"],
  ["It carried 9.5 million passengers in the November-to-March season.", "November-to-March", "2024-10-10", "2023-11-01", "2024-03-31", "period"],
  // (a day after the second month makes it a date: no month range)
  ["The clinic treated 4,210 patients from March 2024 to August 12, 2025.", "August 12, 2025", "2025-11-10", "2025-08-12", "2025-08-12"],
  ["It rose in Q3 2020.", "Q3 2020", undefined, "2020-07-01", "2020-09-30", "period"],
  // seasons: of the publication year, the latest one over, the next to start; a winter runs over the new year
  ["Pupils sat the exams this summer.", "this summer", "2025-08-14", "2025-06-01", "2025-08-31", "period"],
  ["Last summer was dry.", "Last summer", "2025-08-14", "2024-06-01", "2024-08-31", "period"],
  ["Last winter was mild.", "Last winter", "2025-10-10", "2024-12-01", "2025-02-28", "period"],
  ["This winter will be cold.", "This winter", "2025-10-10", "2025-12-01", "2026-02-28", "period"],
  ["Planting resumes next spring.", "next spring", "2025-10-10", "2026-03-01", "2026-05-31", "period"],
  ["Sales fell in the autumn of 2023.", "the autumn of 2023", undefined, "2023-09-01", "2023-11-30", "period"],
  ["Sales fell in summer 2021.", "summer 2021", undefined, "2021-06-01", "2021-08-31", "period"],
  // a playing season, July to June: this one and the last are different periods
  ["He scored 14 goals last season.", "last season", "2025-03-10", "2023-07-01", "2024-06-30", "period"],
  ["He has scored 14 goals this season.", "this season", "2025-03-10", "2024-07-01", "2025-06-30", "period"],
  ["He has scored 14 goals this season.", "this season", "2025-10-10", "2025-07-01", "2026-06-30", "period"],
  ["He has scored twice this season.", "this season", "2025-08-25", "2025-07-01", "2026-06-30", "period"],
  ["This winter will be cold.", "This winter", "2025-12-10", "2025-12-01", "2026-02-28", "period"],
  ["Pompeo spoke Sunday.", "Sunday", "2019-07-21", "2019-07-21", "2019-07-21", "weekday"],
  ["Ebrard said on Tuesday.", "Tuesday", "2019-08-01", "2019-07-30", "2019-07-30", "weekday"],
  ["They met on Friday.", "Friday", "2024-11-11", "2024-11-08", "2024-11-08", "weekday"],
  ["They met on July 21.", "July 21", "2019-07-30", "2019-07-21", "2019-07-21"],
  ["Sunday, July 21, 2019 was warm.", "Sunday, July 21, 2019", undefined, "2019-07-21", "2019-07-21"],
  ["They met on 21 July 2019.", "21 July 2019", undefined, "2019-07-21", "2019-07-21"],
  ["Filed 2019-07-21 in court.", "2019-07-21", undefined, "2019-07-21", "2019-07-21"],
  ["He arrived yesterday.", "yesterday", "2019-07-21", "2019-07-20", "2019-07-20"],
  ["In 2018 the total grew.", "2018", undefined, "2018-01-01", "2018-12-31", "year"],
  ["The update came at 7:16 AM PT.", "7:16 AM", undefined, null, null, "time-of-day"],
  ["Doors open at 10 a.m. sharp.", "10 a.m.", undefined, null, null, "time-of-day"],
  ["She finished 3rd in the race.", "3rd", undefined, null, null, "ordinal"],
  ["Figures for fiscal 2019 are due.", "fiscal 2019", undefined, "2019-01-01", "2019-12-31", "year"],
  ["It peaked in the 1990s.", "the 1990s", undefined, "1990-01-01", "1999-12-31", "year"],
  ["Prices fell in Sept. and rose later.", "Sept.", "2019-12-01", "2019-09-01", "2019-09-30"],
  ["Prices fell in August.", "August", "2019-09-10", "2019-08-01", "2019-08-31"],
  // a date that closes a period of the length named: the whole period
  ["Profit for the quarter ended March 31 rose.", "March 31", "2026-05-02", "2026-01-01", "2026-03-31", "period"],
  ["Sales in the year to June rose 4%.", "June", "2026-04-29", "2024-07-01", "2025-06-30", "period"],
  ["Sales in the nine months ending September 2025 fell.", "September 2025", undefined, "2025-01-01", "2025-09-30", "period"],
  ["Net income for the fiscal second quarter, which ended in December, rose.", "December", "2026-02-10", "2025-10-01", "2025-12-31", "period"],
  // …and the fiscal quarter named before it is that period, not a calendar quarter
  ["Net income for the fiscal second quarter, which ended in December, rose.", "second quarter", "2026-02-10", "2025-10-01", "2025-12-31", "period"],
  // a results table's column and heading: "nine months 2024", "Third quarter 2025"
  ["Operating profit of EUR 62.1 million (nine months 2024: EUR 80.5 million)", "nine months 2024", "2025-10-23", "2024-01-01", "2024-09-30", "period"],
  // (prose keeps its own reading: "the final three months of 2024" is no January–March)
  ["Prices fell in the final three months of 2024.", "2024", "2025-10-23", "2024-01-01", "2024-12-31", "year"],
  ["Third quarter 2025 (July–September)", "Third quarter 2025", "2025-10-23", "2025-07-01", "2025-09-30", "period"],
  // a month still to come after the future verb's object ("will admit 5,200 new students in")
  ["The college will admit 5,200 new students in September.", "September", "2025-02-24", "2025-09-01", "2025-09-30"],
  ["The college admitted 5,200 new students in September.", "September", "2025-02-24", "2024-09-01", "2024-09-30"],
];

describe("time expressions", () => {
  test.each(rows.map((r) => [r[0], r[1], r] as const))("%s → %s", (_s, _t, [sentence, span, published, start, end, role]) => {
    const t = timesOf(sentence, published).find((x) => x.span.text === span);
    if (!t) throw new Error(`no time ${JSON.stringify(span)} in ${JSON.stringify(timesOf(sentence, published).map((x) => x.span.text))}`);
    expect(t.scope?.start ?? null).toBe(start);
    expect(t.scope?.end ?? null).toBe(end);
    if (role) expect(t.role).toBe(role);
  });

  test("'the last year' that a phrase after it defines is no relative year", () => {
    expect(timesOf("Emissions fell 27% from 2019, the last year before the pandemic.", "2025-05-13").map((t) => t.span.text)).toEqual(["2019"]);
    expect(timesOf("It was the last year of the old scheme.", "2025-05-13").map((t) => t.span.text)).toEqual([]);
    expect(timesOf("Emissions fell over the last year.", "2025-05-13").map((t) => t.span.text)).toEqual(["last year"]);
  });

  test("a weekday after a schedule's words is the coming one; after a past event, the last", () => {
    const dayOf = (sentence: string) => timesOf(sentence, "2025-10-24").find((t) => t.role === "weekday")?.scope?.start;
    expect(dayOf("The airline's winter timetable, which starts on Sunday, drops six routes.")).toBe("2025-10-26");
    expect(dayOf("The council will meet on Tuesday.")).toBe("2025-10-28");
    expect(dayOf("The strike began on Sunday.")).toBe("2025-10-19");
    expect(dayOf("The plant closed on Tuesday.")).toBe("2025-10-21");
    // a past event inside a future clause stays past
    expect(dayOf("Police will question a man arrested on Sunday.")).toBe("2025-10-19");
    expect(dayOf("Investigators will examine last Sunday's crash.")).toBe("2025-10-19");
  });

  test("a year used as an adjective after 'a' is a year, not a count", () => {
    expect(timesOf("The valve was flagged in a 2021 safety audit.", "2025-03-02").map((t) => t.span.text)).toEqual(["2021"]);
    expect(timesOf("The agency raised its 2026 forecast for imports.", "2025-03-02").map((t) => t.span.text)).toEqual(["2026"]);
    // (a possessive before a far year is a count: "its 1800 members")
    expect(timesOf("The union and its 1800 members voted.", "2025-03-02").map((t) => t.span.text)).toEqual([]);
  });

  test("'may' the verb and a surname are not months", () => {
    expect(timesOf("It may rain later.").length).toBe(0);
    expect(timesOf("Theresa May said it would pass.").filter((t) => t.span.text.startsWith("May")).length).toBe(0);
  });

  test("a season needs a determiner or a year: the verb 'fall' and a bare 'summer' are not dates", () => {
    expect(timesOf("Prices fall in summer. The fall in prices was steep. This fall in unemployment is welcome.", "2025-08-14").map((t) => t.span.text)).toEqual([]);
  });

  test("since marks an open period to publication; compared to marks a baseline", () => {
    const since = timesOf("It fell 39% since May.", "2019-07-30").find((t) => t.span.text === "May")!;
    expect(since.since).toBe(true);
    expect(since.scope).toMatchObject({ start: "2019-05-01", end: "2019-07-30" });
    const base = timesOf("It fell 28% last month compared to May.", "2019-07-21").find((t) => t.span.text === "May")!;
    expect(base.baseline).toBe(true);
  });
});
