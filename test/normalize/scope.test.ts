// Which period a figure is about: chosen from the time expressions of its sentence.
import { claimsOf } from "../helpers/source.js";
import { extractAll } from "../../src/pipeline.js";

const scopeOf = (body: string, published: string | undefined, span: string) => {
  const c = claimsOf(body, published).find((x) => x.span.text === span);
  if (!c) throw new Error(`no claim ${span}`);
  return c.scope ? `${c.scope.start}..${c.scope.end}` : null;
};

describe("figure scope", () => {
  test.each([
    ["The monthly figure went from 144,278 in May to 87,648 so far in July.", "2019-07-30", "144,278", "2019-05-01..2019-05-31"],
    // a time inside a comparison after a level is the earlier figures'
    ["The fault is now linked to 16 injuries, up from the figures the maker gave when it announced the recall on Monday.", "2025-09-17", "16", null],
    // the time of a clause of cause set before the main one is that clause's
    ["Because the council's share was fixed in 2019, the state's share of the bill rose by 10 percent.", "2025-09-05", "10 percent", null],
    ["In 2019, the state's share of the bill rose by 10 percent.", "2025-09-05", "10 percent", "2019-01-01..2019-12-31"],
    // the earlier level's "a year earlier" is not the later level's period
    ["Spending rose from €2.05 billion a year earlier to €2.31 billion.", "2025-06-01", "€2.31 billion", null],
    ["The monthly figure went from 144,278 in May to 87,648 so far in July.", "2019-07-30", "87,648", "2019-07-01..2019-07-31"],
    // an origin participle's time dates the thing's beginnings, not a figure of another verb
    ["The tanker was built in 1991 and is licensed to carry 512 passengers.", "2025-03-01", "512", null],
    ["The tanker, built in 1991 at a northern yard and acquired by its owner in 2011, was licensed for 264 passengers.", "2025-03-01", "264", null],
    // …but a participle's time is the figure's own when the figure is its subject's, no comma between
    ["The homes listed in March were priced at £312,000 on average.", "2025-05-01", "£312,000", "2025-03-01..2025-03-31"],
    ["The number of homes completed in 2023 was recorded as 2,615.", "2025-05-01", "2,615", "2023-01-01..2023-12-31"],
    // "From January" before a change in the past is what the change is counted from
    ["From January, food prices have risen 4.2%, the association said.", "2025-05-01", "4.2%", null],
    // a change in a predicate of its own is not dated by another figure's time
    ["This compares with 66.0% in May and is 2.4 percentage points higher than in June 2024.", "2025-07-10", "2.4 percentage points", null],
    // a time in a relative clause after the figure is that clause's, not the sentence's opening one
    ["In 2021 the county recorded 96 drownings, which means last year's total was the lowest in a decade.", "2025-02-10", "96", "2021-01-01..2021-12-31"],
    ["Officials reported a 28% drop last month compared to May.", "2019-07-21", "28%", "2019-06-01..2019-06-30"],
    // a period after "on" that the change's verb follows is its baseline, not its period
    ["The rise of 3.5 percentage points on 2021 was strongest in the capital.", "2025-05-20", "3.5 percentage points", null],
    // a figure in brackets after "the previous quarter" is that quarter's
    ["The rate was 5.9% in October to December 2024, down 0.3 percentage points on the previous quarter (6.2%).", "2025-02-13", "6.2%", "2024-07-01..2024-09-30"],
    // a relative year after "over" is what a change is set against, not its period
    ["The council adopted a $1.42 billion budget for fiscal 2026, a 4.8% increase over the current year.", "2025-06-10", "4.8%", "2026-01-01..2026-12-31"],
    ["The council adopted a $1.42 billion budget for fiscal 2026, a 4.8% increase over last year.", "2025-06-10", "4.8%", "2026-01-01..2026-12-31"],
    // …but "over the past year" is the time the change took
    ["Prices rose 4.8% over the past year.", "2025-06-10", "4.8%", "2024-01-01..2024-12-31"],
    ["In June, agents caught 104,344 people, 28 percent fewer than the 144,278 of May.", "2019-07-31", "28 percent", "2019-06-01..2019-06-30"],
    ["In June, agents caught 104,344 people, 28 percent fewer than the 144,278 of May.", "2019-07-31", "104,344", "2019-06-01..2019-06-30"],
    ["Agents encountered just over 64,000 migrants in August.", "2019-09-10", "just over 64,000", "2019-08-01..2019-08-31"],
    ["The numbers fell from May, where encounters reached more than 144,000.", "2019-09-10", "more than 144,000", "2019-05-01..2019-05-31"],
    ["There were 93,486 migrants during 2017.", undefined, "93,486", "2017-01-01..2017-12-31"],
    ["It said 87,684 migrants entered in July, a fall of 39.3 percent from May.", "2019-08-12", "39.3 percent", "2019-07-01..2019-07-31"],
    ["The flow has fallen 39% since May.", "2019-07-30", "39%", "2019-05-01..2019-07-30"],
    ["Nobody knows how many of the 500 came.", undefined, "500", null],
    // a period right after a from-figure is the earlier value's, not a later figure's in its sentence
    ["The college made 8,140 offers, down from 8,520 in 2024, giving an offer rate of 38.6%.", "2025-10-06", "38.6%", null],
    // a day labelling a list line dates the line's figures
    ["Progress by day:\n\n- Thursday, Aug. 7: 11,200 hectares, 12% contained\n- Friday, Aug. 8: 12,050 hectares, 31% contained", "2025-08-10", "31%", "2025-08-08..2025-08-08"],
    // a time right after a from-figure is the earlier value's
    ["It plans to admit 5,200 students this autumn, up from 4,900 last year, after applications rose to 31,800 from 29,400.", "2025-02-18", "31,800", null],
    // a period owning the sentence's subject is its figures' period
    ["October's average price of £281,000 was 2.9% higher than a year earlier, and its November index showed growth easing to 2.6%.", "2025-12-03", "2.9%", "2025-10-01..2025-10-31"],
    // a time after "above" or "past" is what the figure is compared with
    ["The gauge topped out at 4.36 metres, well past the 2009 mark.", "2025-03-05", "4.36 metres", null],
    ["The river peaked at 4.92 metres at Millford on Tuesday, well above the 2012 flood.", "2025-03-05", "4.92 metres", "2025-03-04..2025-03-04"],
    // a time after "according to" a report dates the report, not the figure
    ["The firm's group revenue was £612 million, according to its trading update in January.", "2026-02-04", "£612 million", null],
    ["Group revenue was £612 million last year, according to the company's statement on Tuesday.", "2026-02-04", "£612 million", "2025-01-01..2025-12-31"],
    // (after "on", a time that is no day is what the report is about)
    ["Wheat exports reached 1.3 million tonnes, according to the ministry's statement on March trade.", "2026-04-20", "1.3 million tonnes", "2026-03-01..2026-03-31"],
    // "since 2004, when …": the figure in the when-clause is about 2004 itself
    ["It was the deadliest crash since 2004, when nine people died near Varde.", "2026-03-11", "nine", "2004-01-01..2004-12-31"],
    // for a change, the period of the figure it is measured from is its baseline, not its period
    ["The population was 900,650, down from 932,350 in 2015, a fall of 3.4%.", "2026-03-10", "3.4%", null],
    // for a change, "a year earlier" is what it is measured from, not its period
    ["The share rose to 38% in January from 34% a year earlier, up four percentage points.", "2026-02-20", "four percentage points", null],
    // a sentence opening on an event and its date ("At the … election on 4 May 2023,") covers the sentence
    ["At the council election on 4 May 2023, the party held the ward by 1,204 votes on a turnout of 38.5 per cent.", "2025-03-01", "38.5 per cent", "2023-05-04..2023-05-04"],
    // "since mid-June" counts from June; a weekday right after the figure's noun is its day
    ["The line has cancelled 1,480 trains since mid-June, it said.", "2025-07-22", "1,480", "2025-06-01..2025-07-22"],
    ["The line has cancelled 900 trains since May, it said on Tuesday, after a fault stopped 186 trains on Saturday.", "2025-07-22", "186", "2025-07-19..2025-07-19"],
    // a time in a clause of its own, opened by a conjunction with its own verb, is not the figure's
    ["Payments worth 4.1 million crowns went unchecked before the fault was fixed at the end of May 2024.", "2025-03-01", "4.1 million crowns", null],
    // a participle's time set off by commas dates what the participle says, not the figure beside it
    ["The club carries net debt of £38.2m, much of it a loan refinanced in 2019, and it lost £14.1m.", "2025-06-18", "£38.2m", null],
    ["The club carries net debt of £38.2m, much of it a loan refinanced in 2019, and it lost £14.1m.", "2025-06-18", "£14.1m", null],
    // …and a clause set off after the figure that names an earlier thing: the time is that thing's
    // (…after "of" too)
    ["The museum drew 84,300 visitors, well past the previous record of 2017.", "2025-04-03", "84,300", null],
    // (not an old town or existing sites, which are no earlier things)
    ["Police recorded 412 burglaries, most of them in the old town in March.", "2025-04-03", "412", "2025-03-01..2025-03-31"],
    ["The council approved 240 homes, all on existing brownfield sites in February.", "2025-04-03", "240", "2025-02-01..2025-02-28"],
    ["The $263 million profit was its largest, topping the previous record set in the second quarter of 2018.", "2025-10-24", "$263 million", null],
    ["The gap widened from 21.3 to 23.8 points - the widest since the award was first presented in 2004.", "2025-08-21", "23.8", null],
    // …but a when-clause is about that time itself
    ["Sales were first recorded in 2019, when 400 units were sold.", "2025-06-18", "400", "2019-01-01..2019-12-31"],
    // a time of what is wanted or to come, in a clause of its own after the figure, is not the figure's
    ["Campaigners delivered a petition of 41,870 names, calling on the city to close the plant by 2029.", "2025-06-10", "41,870", null],
    ["The union, which has 3,400 members, said it would strike again in March.", "2025-01-10", "3,400", null],
    // …but the figure's own verb keeps its time
    ["Output of 40,000 tonnes will be reached by 2029.", "2025-06-10", "40,000 tonnes", "2029-01-01..2029-12-31"],
    // a day right after the figure is the day it is as of; "at the end of 2024" belongs to the figure before it
    ["Capacity has grown from 14.8 GW at the end of 2024 to 16.3 GW today.", "2026-03-12", "16.3 GW", "2026-03-12..2026-03-12"],
    ["Capacity has grown from 14.8 GW at the end of 2024 to 16.3 GW today.", "2026-03-12", "14.8 GW", "2024-01-01..2024-12-31"],
    // a bracketed label with a school year after a figure labels the figure after it
    ["- Schools rated good or outstanding: 86.4% (2023/24: 84.1%)", "2025-12-02", "86.4%", null],
    // "a year later": one year on from the period another figure of the sentence names
    ["Reserves fell from £12.5m at 31 March 2024 to £9.1m a year later.", "2025-06-02", "£9.1m", "2025-03-31..2025-03-31"],
    ["Orders were 410 in the second quarter of 2024 and 388 a quarter later.", "2025-06-02", "388", "2024-07-01..2024-09-30"],
    // (counted on from the latest level, not a from-value; and only for the figure just before it)
    ["Elm Bank grew to 55 branches in 2022 from 40 branches in 2021, and had 70 branches a year later.", "2025-06-01", "70", "2023-01-01..2023-12-31"],
    ["The firm was sold a year later and 300 jobs were cut on 12 March 2021.", "2025-06-01", "300", "2021-03-12..2021-03-12"],
    // the time of the reading a figure is compared with is not the figure's
    ["About 19,000 claims had been settled by Wednesday, compared with 14,600 reported by the association as of Monday 3 February.", "2025-02-06", "14,600", "2025-02-03..2025-02-03"],
    ["Unemployment in Scotland was 4.1% in March, compared with 4.4% across the UK as a whole.", "2025-05-14", "4.4%", "2025-03-01..2025-03-31"],
    // (with nothing to count from, no period: not the publication day either)
    ["Reserves were £9.1m a year later.", "2025-06-02", "£9.1m", null],
    // what a comparison after the figure is measured against is not the figure's period
    ["The Greens won six seats, one more than in 2020.", "2024-10-07", "six", null],
    ["Sales were $5.2 million, up from 2022.", "2024-10-07", "$5.2 million", null],
    // a year in brackets labels the figure after it there, not the one before
    ["• Candidates: 312,400 (2024: 305,900)", "2025-08-14", "312,400", null],
    ["• Candidates: 312,400 (2024: 305,900)", "2025-08-14", "305,900", "2024-01-01..2024-12-31"],
    // a time in a clause of its own after the figure is that clause's
    ["The agency faced a $48.6 million gap in its budget, after federal relief money ran out in March.", "2025-05-22", "$48.6 million", null],
    // a time before a clause of contrast belongs to the clause it is in
    ["The rate slowed to 3.4% in September, its lowest since early 2023, although food prices were still 6.2% higher.", "2025-11-14", "6.2%", null],
    ["Sales fell in March; rents rose 4.1% across the city.", "2025-11-14", "4.1%", null],
    // a time past a clause break belongs to that clause
    ["February's gain was cut to 201,000, and April's to 164,000.", "2026-06-05", "201,000", "2026-02-01..2026-02-28"],
    ["February's gain was cut to 201,000, and April's to 164,000.", "2026-06-05", "164,000", "2026-04-01..2026-04-30"],
    // a period opening the sentence covers all its figures, with or without a comma (and after a bullet)
    ["- In 2022 the agency made 14 visits to the yard and issued 38 orders.", "2025-06-01", "38", "2022-01-01..2022-12-31"],
    ["In 2022 the agency made 14 visits to the yard and issued 38 orders.", "2025-06-01", "38", "2022-01-01..2022-12-31"],
    // a list item with no period of its own is in the period its heading names
    ["Nine months to 30 September 2025\n- Revenue of EUR 940.2 million, up 6.1%\n- Net profit of EUR 51.7 million", "2025-10-23", "EUR 51.7 million", "2025-01-01..2025-09-30"],
    ["Nine months to 30 September 2025\n- Revenue of EUR 940.2 million, up 6.1%\n\nOutlook\n- Net profit of EUR 51.7 million", "2025-10-23", "EUR 51.7 million", null],
    // a change with no period of its own is of the level it reached
    ["Sales rose 6.1% to 940.2 million euros in the July-September quarter.", "2025-10-23", "6.1%", "2025-07-01..2025-09-30"],
    // "€42.8m." ends its sentence: the next sentence's period is not the figure's
    ["Net profit fell 12.4% to €30.9m. Over the first nine months of the year revenue reached €1.1bn.", "2025-10-23", "€30.9m", null],
    // …but not the figure that verb gives the subject
    ["The number of homes completed in the county in 2024 was 1,840, the council said.", "2025-10-23", "1,840", "2024-01-01..2024-12-31"],
    // a participle's time before the sentence's own verb dates what the participle says
    ["The bakery chain founded on Mill Lane in 1952 has gone into administration, with 41 shops to close.", "2025-10-23", "41", null],
    // (a time in a participle set off by commas may be the figure's own: "The census, conducted in 2011, counted …")
    ["The census, conducted in 2011, counted 4.8 million people.", "2025-10-23", "4.8 million", "2011-01-01..2011-12-31"],
    // …and so does one in an opening participle of the subject's beginnings
    ["Established in 1987, the co-operative employs 2,150 people across nine sites.", "2025-10-23", "2,150", null],
    ["Founded by two brothers in 2009, the brewery sold 4.2 million pints last year.", "2025-10-23", "4.2 million", "2024-01-01..2024-12-31"],
    // (an election's date is its result's: "Elected in May 2021, she took 52% of the vote")
    ["Elected in May 2021, Ana Okoro took 54% of the vote in Tarrow.", "2025-05-03", "54%", "2021-05-01..2021-05-31"],
    // (an opening period is the figures' own: "In 1987, the co-operative employed 300 people")
    ["In 1987, the co-operative employed 300 people.", "2025-10-23", "300", "1987-01-01..1987-12-31"],
  ] as const)("%s [%s]", (body, published, span, expected) => {
    expect(scopeOf(body, published, span)).toBe(expected);
  });

  test.each([
    // a place's size is the whole its people's figures are parts of
    ["Brindle, a town of about 12,000 people, told 9,000 residents to boil water.", "about 12,000", "whole"],
    ["Brindle, a town of about 12,000 people, told 9,000 residents to boil water.", "9,000", undefined],
    // a level a change is measured from, or a target a new one replaces, is the earlier value
    ["The rule sets 25 per cent, up from the current requirement of 15 per cent.", "15 per cent", "previous"],
    ["The rule sets 25 per cent, up from the current requirement of 15 per cent.", "25 per cent", undefined],
    ["The city has never met its existing target of 900 homes a year.", "900", "previous"],
    ["The old record was 4,410 visitors in a day.", "4,410", "previous"],
    ["The college has since confirmed 2,318 enrolments, up from the 2,290 counted at the census.", "2,290", "previous"],
    // (with no level before it, "from the" names a source, not an earlier value)
    ["The money raised from the 1,200 tickets sold went to the hospice.", "1,200", undefined],
    ["Enrolment has risen sharply, up from the 5,240 students who signed up when it opened.", "5,240", "previous"],
    ["Its initial fee is €31 million.", "€31 million", "previous"],
    // …but a verb's object after the prior word's own noun is the figure now: "the former
    // treasurer took £90,000" is what the treasurer took
    ["The former treasurer diverted £90,000 into his own account.", "£90,000", undefined],
    ["A previous owner sold 40 acres of the farm.", "40 acres", undefined],
    // a from-value dated inside the period of the figure it changed into is its earlier value;
    // one with a period of its own beside another is a level
    ["The agency raised its 2026 forecast for grain imports to 3.1 million tonnes, from 2.6 million tonnes in March.", "2.6 million tonnes", "previous"],
    ["Imports fell from 41,200 tonnes in March to 36,900 tonnes in May.", "41,200 tonnes", undefined],
    // "earlier" naming the time of the level before ("from … a year earlier to …") makes the
    // later level no earlier value
    ["Spending rose from €2.05 billion a year earlier to €2.31 billion.", "€2.31 billion", undefined],
    // an age's "-old" is no "old" level: "the 23-year-old will earn"
    ["The paper understands the 24-year-old will earn £162,000 a week.", "£162,000", undefined],
  ] as const)("%s [%s] → role %s", (body, span, role) => {
    const c = claimsOf(body, "2025-06-01").find((x) => x.span.text === span);
    if (!c) throw new Error(`no claim ${span}`);
    expect(c.role).toBe(role);
  });

  test.each([
    // a bracketed figure labelled with an earlier period is the earlier level of the figure before it
    ["Members numbered 41,250 at the year end (2019: 39,870).", "39,870", true],
    ["The average class had 26.4 pupils (2018: 27.1), the report said.", "27.1", true],
    ["Members numbered 41,250 at the year end (2019: 39,870).", "41,250", false],
    // a day's label is a balance date
    ["Net debt at 31 December 2024 was £52.6 million (30 June 2024: £44.9 million).", "£44.9 million", true],
    // …not a later period's, nor a figure of another unit
    ["In 2019 members numbered 41,250 (2024: 39,870).", "39,870", false],
    ["Members numbered 41,250 (2019: 6.2%).", "6.2%", false],
  ] as const)("%s [%s] → earlier %s", (body, span, earlier) => {
    const c = claimsOf(body, "2025-06-01").find((x) => x.span.text === span);
    if (!c) throw new Error(`no claim ${span}`);
    expect(!!c.earlier).toBe(earlier);
  });

  test.each([
    // what a change is compared with, named right after it, outweighs a from-figure's period before it
    ["Sales were 9,120 in June, up from 8,870 in May and 6.4% higher than a year earlier.", "6.4%", "P-1Y"],
    ["Sales were 9,120 in June, up from 8,870 in May, a rise of 2.8%.", "2.8%", "2025-05-01"],
    // "on the previous month" after a change: what it is measured against (its period is the level's)
    ["The waiting list stood at 84,132 at the end of June, up 1,355 on the previous month.", "1,355", "2025-05-01"],
    // …and a month, quarter or year named there; "the same period of" a year is the figure's own
    // period in that year
    ["Arrivals reached 1.84 million in the third quarter, an increase of 8.8% on the third quarter of 2024.", "8.8%", "2024-07-01"],
    ["Passengers numbered 241,700 in September, an increase of 8.1% on September 2024.", "8.1%", "2024-09-01"],
    ["In the first nine months of 2025, arrivals totalled 4.1 million, up 7.1% on the same period of 2024.", "7.1%", "2024-01-01"],
    ["In the third quarter of 2025, arrivals totalled 1.8 million, up 8.8% on the same quarter of 2024.", "8.8%", "2024-07-01"],
    // …and an earlier occasion dated after it ("on the last election in 2021")
    ["Turnout was 41.2 per cent, down 2.7 percentage points on the last full election in 2021, when 43.9 per cent voted.", "2.7 percentage points", "2021-01-01"],
    // (a day after "on" is when the change happened; so is a month that names an occasion, and a
    // stretch of time)
    ["The index fell 2.4% on the last trading day of March, dealers said.", "2.4%", undefined],
    ["Shares in the group rose 5% on Tuesday.", "5%", undefined],
    ["Passenger numbers at the station rose 12% on the August bank holiday weekend.", "12%", undefined],
    // a change still to come takes effect from the day after "from"
    ["The council's share of council tax will rise by 4.99 per cent from 1 April 2026.", "4.99 per cent", undefined],
  ] as const)("%s [%s] → baseline %s", (body, span, start) => {
    const c = claimsOf(body, "2025-07-20").find((x) => x.span.text === span);
    expect(c?.baseline?.start).toBe(start);
  });

  test("a pledge is marked planned", () => {
    const [c] = claimsOf("The government promised to send 6,000 members of the Guard.");
    expect(c.planned).toBe(true);
    const [d] = claimsOf("By June 24 some 25,000 members had been deployed.");
    expect(d.planned).toBe(false);
    const [e] = claimsOf("The board is also forecasting a £31.2 million overspend this year.");
    expect(e.planned).toBe(true);
    // "project" is as often the thing built as a forecast: the noun plans nothing
    const [f] = claimsOf("The harbour project involves reclaiming 48 acres of marsh.");
    expect(f.planned).toBe(false);
    // what would follow on a condition is no outcome; a "would" with no condition is left as it is
    const [g] = claimsOf("If the recount reverses the result, the Greens would drop to 17 seats.");
    expect(g.planned).toBe(true);
    const [h] = claimsOf("The chief executive said the walkout would cost the airline about €6 million a day.");
    expect(h.planned).toBe(false);
    // ("even if" and "asked if" state no condition the figure hangs on)
    const [k] = claimsOf("Even if it rains, organisers said the festival would host 12,500 people.");
    expect(k.planned).toBe(false);
  });

  // a figure joined by "and" to a forecast one is forecast too; a comparison with what was
  // expected forecasts nothing
  test.each([
    ["Analysts had on average expected revenue of $1.62 billion and net profit of $214 million.", "$214 million", true],
    ["Analysts had on average expected revenue of $1.62 billion and the company reported net profit of $214 million.", "$214 million", false],
    ["The quarter was better than we expected, with revenue of $1.62 billion and net profit of $214 million.", "$1.62 billion", false],
    ["The quarter was better than we expected, with revenue of $1.62 billion and net profit of $214 million.", "$214 million", false],
    ["Analysts had expected $1.62 billion and revenue came in at $1.71 billion.", "$1.71 billion", false],
    ["The quarter was better than analysts had expected, with revenue of $1.71 billion.", "$1.71 billion", false],
  ] as const)("%s [%s] planned: %s", (body, span, planned) => {
    const c = claimsOf(body, "2025-11-20").find((x) => x.span.text === span);
    expect(c?.planned).toBe(planned);
  });

  // …but a plan for pledges is still a plan
  test("an aim to raise pledges is planned", () => {
    const c = claimsOf("The agency aims to secure $61 million in pledges at the conference.", "2025-11-20").find((x) => x.span.text === "$61 million");
    expect(c?.planned).toBe(true);
  });

  // a figure counting the pledges themselves is a tally of pledges, however it is worded
  test.each([
    ["Key facts\n\nTotal pledged: $7,418,260\nDonations: 31,400\n", "$7,418,260"],
    ["The appeal received pledges totalling $7,418,260 on Saturday.", "$7,418,260"],
  ])("%s is no plan", (body, span) => {
    const c = claimsOf(body, "2025-11-20").find((x) => x.span.text === span);
    expect(c?.head).toBe("pledg");
    expect(c?.planned).toBe(false);
  });
});

// (through the whole extraction: times of day are found by a scan of their own)
test("a time of day stands with its date, not between the figure and it", () => {
  const { extracted } = extractAll([{ path: "a.txt", text: "---\npublished: 2025-06-10\n---\nThe board reported combined storage of 41% at 07:30 on 3 June.\n" }], { jobs: 1 });
  const c = extracted[0].claims.find((x) => x.span.text === "41%");
  expect(c?.scope && `${c.scope.start}..${c.scope.end}`).toBe("2025-06-03..2025-06-03");
});

// A table cell with no period of its own: its row label's, else its column heading's, else the caption's.
describe("the period of a table cell", () => {
  test.each([
    ["Trade (billion crowns)\nMonth | Exports | Imports\nJanuary 2025 | 41.07 | 52.40\nMarch 2025 | 46.90 | 57.35", "57.35", "2025-03-01..2025-03-31"],
    ["Trade (billion crowns)\nMonth | Exports | Imports\nJanuary 2025 | 41.07 | 52.40\nMarch 2025 | 46.90 | 57.35", "52.40", "2025-01-01..2025-01-31"],
    ["Prices by region, September 2025\nRegion | Average price | Annual change\nNorth | Cr 212,300 | +1.4%\nSouth | Cr 187,450 | +3.6%", "+3.6%", "2025-09-01..2025-09-30"],
    ["Tonnes landed\nPort | 2023 | 2024\nArdley | 412 | 455\nCorby | 97 | 88", "88", "2024-01-01..2024-12-31"],
  ])("%j: %s → %s", (body, figure, scope) => {
    const c = claimsOf(body, "2025-10-20").find((x) => x.span.text === figure || x.span.text === figure.replace(/^\+/, ""));
    expect(c?.scope && `${c.scope.start}..${c.scope.end}`).toBe(scope);
  });

  test("…and measures what its column heading names", () => {
    const c = claimsOf("Trade (billion crowns)\nMonth | Exports | Imports\nMarch 2025 | 46.90 | 57.35", "2025-04-20").find((x) => x.span.text === "57.35");
    expect(c?.measure).toContain("import");
    expect(c?.measure).not.toContain("export");
  });
});
