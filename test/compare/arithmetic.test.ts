// arithmetic: relations stated between figures (change, share, parts of a total, rate,
// average) recomputed with interval arithmetic. Each row is one relation as a news sentence
// states it: consistent rows must be recognised and not reported; inconsistent rows must be
// reported with the kind, severity and computation given. Rounding and hedges are honoured:
// "a 39% drop" for −39.25% is consistent, "a 36% drop" is not.
import { rules, sourceOf, deepFreeze } from "../helpers/source.js";
import { extractTimes } from "../../src/extract/time.js";
import { extractQuantities } from "../../src/extract/quantities.js";
import { normalizeSource } from "../../src/normalize/index.js";
import { align } from "../../src/align/index.js";
import { findRelations, type Relation } from "../../src/extract/relations.js";
import { checkArithmetic } from "../../src/compare/arithmetic.js";
import { RULE_METAS } from "../../src/compare/index.js";
import { meta } from "../../src/compare/rules/arithmetic.js";
import { add, div, mul, overlaps, range, sub } from "../../src/normalize/interval-math.js";
import type { Finding } from "../../src/types.js";
import { checkSync } from "../../src/pipeline.js";
import { ingest } from "../../src/ingest/index.js";
import { REPORT_FORMATS, renderReport } from "../../src/report/formats.js";

function run(...bodies: string[]): { findings: Finding[]; relations: Relation[] } {
  const extracted = bodies.map((body, i) => {
    const source = sourceOf(body, "2025-06-10", `s${i}.txt`);
    const times = extractTimes(source, rules);
    const claims = normalizeSource(source, i, extractQuantities(source, rules, times), times, rules).claims;
    return deepFreeze({ source, claims });
  });
  const claims = extracted.flatMap((e) => e.claims);
  const relations = extracted.flatMap((e) => findRelations(e.source, e.claims, rules));
  return { findings: checkArithmetic(extracted, align(claims, rules), rules), relations };
}

type Kind = Relation["kind"];
interface Expect {
  kind: "arithmetic" | "scale";
  severity: "major" | "minor";
  message: RegExp;
  /** Texts the finding's evidence must include. */
  claims?: string[];
}
type Row = [name: string, texts: string[], relation: Kind, expected: Expect | null];

const MIGRANTS = "The number of migrants crossing Mexico fell from 144,278 in May to 87,648 in July";

const rows: Row[] = [
  // change: percent, with rounding and hedges
  ["percent change, rounded", [`${MIGRANTS}, a 39% drop.`], "change", null],
  // parts of a whole the sentence before gives ("… of those"): some of it, not more
  ["parts of the sentence before's whole, within it", ["Manufacturing lost 5,200 jobs over the quarter. By our count 2,400 of those losses fell in the north, 1,300 in the west and 900 in the east."], "sum", null],
  ["parts of the sentence before's whole, more than it", ["Manufacturing lost 5,200 jobs over the quarter. By our count 2,400 of those losses fell in the north, 1,900 in the west and 1,500 in the east."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 5,800, more than the "5,200"/ }],
  // a count of change broken down after a dash: the parts must make it
  ["a cut broken down, adding up", ["The university will cut 315 posts - 190 professional and 125 academic roles - from January."], "sum", null],
  // counts ending in a zero are counts all the same, and an item may be described at length
  ["a force broken down, round counts, long items", ["Some of the crews came far: 630 firefighters are on the line: 350 from the county service, 170 from the neighbouring counties of Hallam and Wexmoor, and 130 volunteers."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 650, more than the "630"/ }],
  ["a force broken down, round counts", ["There are 630 firefighters on the line: 350 from the county, 170 from Hallam and 130 volunteers."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 650, more than the "630"/ }],
  ["a force broken down, a long item before 'and'", ["There are 631 firefighters on the line: 351 from the county service, 170 from the neighbouring counties of Hallam and Wexmoor and 130 volunteers."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 651, more than the "631"/ }],
  ["a force broken down, long items", ["There are 631 firefighters on the line: 351 from the county service, 170 from the neighbouring counties of Hallam and Wexmoor, and 130 volunteers."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 651, more than the "631"/ }],
  // a back-reference and a verb of making-up open the list of the figure before's parts (a
  // count of something else may stand between them)
  ["parts of the sentence before's figure, not adding up", ["The council put the cost of the repairs at £4.2m up to March. That comprises £1.9m for labour, £1.1m for hiring two cranes and £1.6m for materials."], "sum", { kind: "arithmetic", severity: "major", message: /sum to £4\.6 million; the text says "£4\.2m"/ }],
  // (not the earlier value a change started from, nor a figure set apart by "but not")
  ["parts of the sentence before's figure, its earlier value beside it", ["The council now puts the cost of the repairs at £6.8m, up from £5.2m in March. That comprises £2.9m for roads, £1.6m for bridges and £2.3m for drains."], "sum", null],
  ["parts of the sentence before's figure, one set apart", ["The council put the cost of the repairs at £6.8m. That comprises £4.5m for roads and £2.3m for bridges, but not the £1.2m already spent on clearing debris."], "sum", null],
  ["parts of the sentence before's figure, adding up", ["The council put the cost of the repairs at £4.2m up to March. That comprises £1.9m for labour, £1.1m for hiring two cranes and £1.2m for materials."], "sum", null],
  // "comprising" names every part, whatever each counts
  ["a whole comprising its parts, not adding up", ["- Lorries queuing at the border: 61, comprising 40 trucks, 13 vans and 7 coaches"], "sum", { kind: "arithmetic", severity: "major", message: /sum to 60; the text says "61"/ }],
  ["a cut broken down, not adding up", ["The university will cut 315 posts - 190 professional and 145 academic roles - from January."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 335, more than the "315"/ }],
  // a total several times what the parts named make holds more than them
  ["a potential total beyond the add-ons", ["The add-ons comprise €5m for appearances and a further €4m for qualification, for a potential total of €70m."], "sum", null],
  // a comparative and "than" set a percentage against the earlier level
  ["percent larger than a past level, right", ["The club sold 18,240 season tickets, a total 6.3 per cent larger than last year's 17,160."], "change", null],
  ["percent larger than a past level, wrong", ["The club sold 18,240 season tickets, a total 9.3 per cent larger than last year's 17,160."], "change", { kind: "arithmetic", severity: "major", message: /"17,160" → "18,240" is \+6\.29%; the text says "9\.3 per cent"/ }],
  ["percent cheaper than a past level, wrong", ["A monthly pass now costs €44.50, 14 percent cheaper than last year's €48.00."], "change", { kind: "arithmetic", severity: "major", message: /"€48\.00" → "€44\.50" is −7\.3%/ }],
  // another source's percentage beside the later level alone, exactly the levels' difference in points
  ["percent beside the later level, the points of another source's levels", ["The group said gross margin rose to 64.2% from 61.7% in the quarter.", "Gross margin rose 2.5 per cent to 64.2 per cent, the group said."], "change", { kind: "scale", severity: "major", message: /is \+2\.5 percentage points.*"2\.5 per cent": percent where the arithmetic gives percentage points/ }],
  // a share of a total named in the sentence before ("of everything taken", "of the total")
  ["a share of a total named before, wrong", ["Intruders copied 512,000 files in all. Among them were 31,400 payroll files, around a quarter of everything taken."], "share", { kind: "arithmetic", severity: "major", message: /"31,400" of "512,000" is 6\.1%; the text says "around a quarter"/ }],
  ["a share of a total named before, right", ["Intruders copied 512,000 files in all. Among them were 31,400 payroll files, about 6% of the total."], "share", null],
  // a change of a share in words after "a cut of"
  ["a change as a share in words, wrong", ["Opening hours go from 720 a week to 590 - a cut of nearly a third."], "change", { kind: "arithmetic", severity: "major", message: /−18\.1%; the text says "nearly a third"/ }],
  ["percent change, hedged", [`${MIGRANTS}, a drop of nearly 40%.`], "change", null],
  ["percent change, precise", [`${MIGRANTS}, down 39.25%.`], "change", null],
  ["percent change, wrong", [`${MIGRANTS}, a 36% drop.`], "change", { kind: "arithmetic", severity: "major", message: /"144,278" → "87,648" is −39\.3%; the text says "36%"/ }],
  ["percent change, off by one rounding step", [`${MIGRANTS}, a 40% drop.`], "change", { kind: "arithmetic", severity: "minor", message: /−39\.3%.*"40%"/ }],
  ["percent change, hedge clearly off", [`${MIGRANTS}, a drop of nearly 30%.`], "change", { kind: "arithmetic", severity: "major", message: /−39\.3%.*nearly 30%/ }],
  ["percent change, wrong direction", ["The number of migrants rose from 144,278 in May to 87,648 in July, a 39% increase."], "change", { kind: "arithmetic", severity: "major", message: /a fall; the text says "39%", a rise/ }],
  ["to B from A", ["Revenue rose 6% to $8.37 billion from $7.90 billion a year earlier."], "change", null],
  // a part that accounts for a share of the whole
  ["part accounting for a share of a whole", ["The town's 96 cases account for about 31% of the 311 confirmed so far."], "share", null],
  ["part accounting for a share of a whole, wrong", ["The town's 142 cases account for nearly two-thirds of the 311 confirmed so far."], "share", { kind: "arithmetic", severity: "major", message: /"142" of "311" is 45\.7%; the text says "nearly two-thirds"/ }],
  // a part taken from a whole, and what it leaves
  // a later level carried on after ", and then to"
  // "and" inside "between Thursday and Friday" opens no clause: the change after it is the pair's
  ["change after a stretch between two days, wrong", ["Containment rose from 22 to 35 percent between Thursday and Friday, a 10-percentage-point gain."], "change", { kind: "arithmetic", severity: "major", message: /\+13 percentage points; the text says "10-percentage-point"/ }],
  ["from A, and then to B, wrong", ["The jobless rate rose from 4.1% in January, and then to 4.6% in June, a rise of 0.9 percentage points."], "change", { kind: "arithmetic", severity: "major", message: /\+0\.5 percentage points; the text says "0\.9 percentage points"/ }],
  ["part of a whole and what is left", ["The chain will close 23 of its 210 stores, leaving it with 187 shops."], "remainder", null],
  ["part of a whole and what is left, wrong", ["The chain will close 23 of its 210 stores, leaving it with 178 shops."], "remainder", { kind: "arithmetic", severity: "major", message: /"210" less "23" is 187; the text says "178" is left/ }],
  ["part of a whole and what is left, in money", ["The trust spent £4.2m of its £11.5m grant, which leaves £6.3m for next year."], "remainder", { kind: "arithmetic", severity: "major", message: /less "£4\.2m" is £7\.3 million; the text says "£6\.3m" is left/ }],
  ["B, up X from A", ["The median sale price was $412,500, up 5.8% from $389,900."], "change", null],
  ["B, up X from A, wrong", ["The median sale price was $412,500, up 8.5% from $389,900."], "change", { kind: "arithmetic", severity: "major", message: /"\$389,900" → "\$412,500" is \+5\.8%; the text says "8\.5%"/ }],
  ["two baselines in brackets", ["Closed sales: 6,418, up 4.3% from October 2024 (6,153) and down 2.1% from September 2025 (6,556)."], "change", null],
  ["two baselines in brackets, second wrong", ["Closed sales: 6,418, up 4.3% from October 2024 (6,153) and down 1.2% from September 2025 (6,556)."], "change", { kind: "arithmetic", severity: "major", message: /"6,556" → "6,418" is −2\.1%; the text says "1\.2%"/ }],
  // change: absolute, and both absolute and percent
  ["absolute and percent", ["The base adult fare will rise by 25 cents, from $2.25 to $2.50, an increase of 11.1 percent."], "change", null],
  ["absolute change, wrong", ["The base adult fare will rise by 35 cents, from $2.25 to $2.50."], "change", { kind: "arithmetic", severity: "major", message: /"\$2\.25" → "\$2\.50" is \+\$0\.25; the text says "35 cents"/ }],
  ["percent beside a right absolute, wrong", ["The base adult fare will rise by 25 cents, from $2.25 to $2.50, an increase of 12.1 percent."], "change", { kind: "arithmetic", severity: "major", message: /\+11\.11%; the text says "12\.1 percent"/ }],
  ["absolute figure given as percent", ["The base fare rises 25 cents, from $2.25 to $2.50, a 25% increase."], "change", { kind: "scale", severity: "major", message: /the figure of the change "25 cents" with the wrong unit/ }],
  ["revision, instead of", ["The department said March's gain now stands at 201,000 instead of 228,000, down 27,000."], "change", null],
  // change: percent against percentage points
  ["points, consistent", ["The council lowered the reserve from 10 percent of spending to 8 percent, a drop of 2 percentage points."], "change", null],
  ["percent where points are meant", ["The jobless rate rose from 3.5% to 4%, up 0.5 percent."], "change", { kind: "scale", severity: "major", message: /is \+0\.5 percentage points \(\+14\.29% in relative terms\); the text says "0\.5 percent": percent where the arithmetic gives percentage points/ }],
  // the earlier level after a period in the possessive ("from Wednesday's 22 percent")
  ["percent where points are meant, from a day's level", ["Turnout reached 47 percent by noon, up 9 percent from Tuesday's 38 percent."], "change", { kind: "scale", severity: "major", message: /"38 percent" → "47 percent" is \+9 percentage points/ }],
  // a margin is the difference of the two figures before it
  ["margin, consistent", ["Lund polled 18,342 votes and Mare 15,907, a margin of 2,435."], "sum", null],
  ["margin, wrong", ["Lund polled 18,342 votes and Mare 15,907, a margin of 3,435."], "sum", { kind: "arithmetic", severity: "major", message: /\(15,907 → 18,342\) sum to 2,435; the text says "3,435"/ }],
  // (a margin whose digits slip from the difference's, however far off in size)
  ["margin, one digit wrong, far off", ["Rhee took 5,210 votes and Osei 4,870, a margin of 540 votes."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 340; the text says "540"/ }],
  // (a change verb in its plain form before the result: "to lift … by 3 per cent, from …")
  ["percent where points are meant, after 'lift … by'", ["The changes are expected to lift cost recovery by 4 per cent, from 41 per cent to 45 per cent."], "change", { kind: "scale", severity: "major", message: /percent where the arithmetic gives percentage points/ }],
  ["points where percent is meant", ["Coverage fell from 86.2% to 81.4%, a drop of 5.6 percentage points."], "change", { kind: "scale", severity: "major", message: /percentage points where the arithmetic gives percent/ }],
  ["relative change of a rate", ["Stroke occurred in 3.1 percent of patients taking the drug, compared with 4.6 percent of those on placebo, a relative reduction of 33 percent."], "change", null],
  ["points after a level with other figures between", ["Turnout was 41.2% of the city's 233,980 registered voters, up 6.6 percentage points from the 34.6% recorded in 2021."], "change", null],
  ["earlier level in the sentence before", ["In the 2019-20 school year, 86.2% of kindergartners had both doses. By the 2024-25 school year, that share had fallen to 81.4%, a drop of 4.8 percent."], "change", { kind: "scale", severity: "major", message: /"86\.2%" → "81\.4%" is −4\.8 percentage points/ }],
  ["result in the sentence after", ["The event rate fell from 4.6% on placebo to 3.1% on the drug. This represents a relative reduction of 45%."], "change", { kind: "arithmetic", severity: "major", message: /−32\.6%; the text says "45%"/ }],
  // change: one level and two statements of the change
  ["implied earlier level", ["Average hourly earnings rose 11 cents, or 0.3%, to $35.74."], "change", null],
  ["implied earlier level, wrong percent", ["Average hourly earnings rose 11 cents, or 0.5%, to $35.74."], "change", { kind: "arithmetic", severity: "major", message: /"11 cents" up to "\$35\.74" is 0\.31% \(from \$35\.63\); the text says "0\.5%"/ }],
  // a level set off before its change: the change reached it
  ["level before its change", ["The trust holds £3.1 billion in such bonds, down £600 million on a year earlier, a cut of 16 per cent."], "change", null],
  ["level before its change, percent of the wrong base", ["The trust holds £3.1 billion in such bonds, down £600 million on a year earlier, a cut of 19 per cent."], "change", { kind: "arithmetic", severity: "major", message: /"£600 million" down to "£3\.1 billion" is 16\.2% \(from £3\.7 billion\); the text says "19 per cent"/ }],
  // change: multipliers
  ["more than doubled", ["The fire more than doubled, from 3,100 acres to 7,470 acres."], "change", null],
  ["doubled, but not", ["The fire doubled from 3,100 acres to 4,470 acres."], "change", { kind: "arithmetic", severity: "major", message: /is 1\.44 times the earlier level; the text says "doubled"/ }],
  ["halved", ["Home sales halved to 3,200 from 6,400."], "change", null],
  ["more than halved", ["Home sales more than halved, to 2,900 from 6,400."], "change", null],
  ["nearly halved, but fell by two-thirds", ["Home sales nearly halved, to 2,100 from 6,400."], "change", { kind: "arithmetic", severity: "major", message: /is 0\.33 times the earlier level; the text says "nearly halved"/ }],
  // a level stated ahead of its change ("stood at …, up …, a rise of …")
  ["level stated first, change and percent after, wrong", ["The backlog stood at 52,480 at the end of June, up 4,120 on a year earlier, a rise of 7.9%."], "change", { kind: "arithmetic", severity: "major", message: /"4,120" up to "52,480" is 8\.52% \(from 48,360\); the text says "7\.9%"/ }],
  ["level stated first, wrong, and another source's percentage that the figures bear out", ["The backlog stood at 52,480 at the end of June, up 4,120 on a year earlier, a rise of 7.9%.", "At the end of June the backlog was 52,480, an increase of 8.5% on a year earlier."], "change", { kind: "arithmetic", severity: "major", message: /the text says "7\.9%"/, claims: ["8.5%"] }],
  // two sources state the same change with different percentages: one is from another base
  ["the same change, two percentages", ["Enrolment grew by 18,240, or 4.1 per cent, over the decade.", "Enrolment rose by 18,240, or 4.6%, in the ten years to 2025."], "change", { kind: "arithmetic", severity: "major", message: /the same change, "18,240", is "4\.1 per cent" in s0\.txt but "4\.6%" in s1\.txt/ }],
  ["the same change in number, of other things", ["Wheat exports rose by 12,450 tonnes, or 6%, the ministry said.", "Shipments of fertiliser from the port grew by 12,450 tonnes, or 9%, last year."], "change", null],
  ["the same change, one percentage rounded", ["Enrolment grew by 18,240, or about 4.5 per cent, over the decade.", "Enrolment rose by 18,240, or 4.58%, in the ten years to 2025."], "change", null],
  // one figure set against another as a ratio ("double the national rate of …")
  ["more than double the other figure", ["The jobless rate in Harwick is 27.4 per cent, more than double the national rate of 12.1 per cent."], "change", null],
  ["more than double the other figure, but not", ["The jobless rate in Harwick is 16.9 per cent among those aged 15 to 24, more than double the national rate of 12.1 per cent."], "change", { kind: "arithmetic", severity: "major", message: /"16\.9 per cent" is 1\.40 times "12\.1 per cent"; the text says "more than double"/ }],
  ["tripled, but doubled", ["Enrolment tripled from 1,210 to 2,420."], "change", { kind: "arithmetic", severity: "major", message: /2\.00 times.*"tripled"/ }],
  ["nearly tripled, just over", ["The rate nearly tripled, from 2.1% to 6.9%."], "change", { kind: "arithmetic", severity: "minor", message: /3\.29 times.*"nearly tripled"/ }],
  // share of a whole
  ["part of whole (share)", ["Over 22 months, 145 of the 4,706 patients given orvexian (3.1%) had a stroke."], "share", null],
  ["part of whole (share), wrong", ["Over 22 months, 145 of the 4,706 patients given orvexian (3.6%) had a stroke."], "share", { kind: "arithmetic", severity: "major", message: /"145" of "4,706" is 3\.08%; the text says "3\.6%"/ }],
  ["fraction of whole, or part", ["Two-thirds of the 600 delegates, or 400, backed the plan."], "share", null],
  ["fraction of whole, or part, wrong", ["Two-thirds of the 600 delegates, or 350, backed the plan."], "share", { kind: "arithmetic", severity: "major", message: /"Two-thirds" of "600" is 400; the text says "350"/ }],
  ["part, or share, of whole", ["Volunteers reached 1,230 households, or 49.2 percent, of the 2,500 on the list."], "share", null],
  // a sentence opening "That is" states a change from an earlier level to the figure of the sentence before
  ["a change from an earlier level, about the sentence before", ["The census put the herd at an estimated 312 animals.\n\nThat is a rise of about 30% from the 240 animals counted in 2019."], "change", null],
  ["a change from an earlier level, about the sentence before, wrong", ["The census put the herd at an estimated 312 animals.\n\nThat is a rise of about 20% from the 240 animals counted in 2019."], "change", { kind: "arithmetic", severity: "major", message: /"240" → "an estimated 312" is \+30% .*; the text says "about 20%"/ }],
  // a change from a period's own level, its percent restated after the change's noun
  ["a change from a month's level, restated past its noun", ["The list showed a reduction of 5,120 patients, or 1.3 percent, from March's 401,300 to 396,180."], "change", null],
  ["a change from a month's level, restated past its noun, wrong", ["The list showed a reduction of 5,120 patients, or 2.4 percent, from March's 401,300 to 396,180."], "change", { kind: "arithmetic", severity: "major", message: /the text says "2\.4 percent"/ }],
  // (a sum of money needs no shared noun: its unit says what is measured)
  ["a change from an earlier price, about the sentence before, wrong", ["The plant will be paid a strike price of £47.60 for every tonne it treats. That is down 9 percent from the £61.30 set in the last tender, the agency said."], "change", { kind: "arithmetic", severity: "major", message: /the text says "9 percent"/ }],
  ["a change from an earlier level, about the sentence before, wrong, and another source's percentage in the sentence after its level", ["The census put the herd at an estimated 312 animals.\n\nThat is a rise of about 20% from the 240 animals counted in 2019.", "The last count, in 2019, found 240 animals. The new estimate is 72 animals higher, an increase of about 30 per cent."], "change", { kind: "arithmetic", severity: "major", message: /the text says "about 20%"/, claims: ["about 30 per cent"] }],
  // a conversion in brackets after the later level is no level of its own
  ["a change from an earlier level, past a conversion in brackets", ["By Monday the fire covered 23,910 hectares (about 59,100 acres), a growth of 30 percent from Friday's 18,460 hectares."], "change", null],
  ["a change from an earlier level, past a conversion in brackets, wrong", ["By Monday the fire covered 23,910 hectares (about 59,100 acres), a growth of 23 percent from Friday's 18,460 hectares."], "change", { kind: "arithmetic", severity: "major", message: /"18,460 hectares" → "23,910 hectares" is \+29\.5%; the text says "23 percent"/ }],
  // the last part named as the rest ("and 210 did not"): the parts are all of the whole
  ["whole opening the sentence, its parts all of it", ["Of the 1,850 runners who started, 1,640 finished and 210 did not."], "sum", null],
  ["whole opening the sentence, its parts all of it, short", ["Of the 1,850 runners who started, 1,640 finished and 160 did not."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 1,800; the text says "1,850"/ }],
  ["whole opening the sentence, some of its parts", ["Of the 1,850 runners who started, 1,640 finished and 160 were treated for heat."], "sum", null],
  ["whole opening the sentence, a part that is not the rest", ["Of the 240 applicants, 130 were offered a place and 45 were not eligible for funding."], "sum", null],
  ["whole opening the sentence, the rest named after", ["Of the 1,000 adults polled, 520 supported the bypass and 390 did not, with the rest undecided."], "sum", null],
  ["whole opening the sentence", ["Of the 68 cases, 49 (72%) are children."], "share", null],
  ["whole opening the sentence, wrong", ["Of the 68 cases, 49 (62%) are children."], "share", { kind: "arithmetic", severity: "major", message: /"49" of "68" is 72\.1%; the text says "62%"/ }],
  ["shares of one implied total", ["Kellerman won 45,770 votes, or 51.3 percent, to Dombrowski's 41,356, or 46.4 percent."], "shares", null],
  ["shares that imply two totals", ["Kellerman won 45,770 votes, or 51.3 percent, to Dombrowski's 41,356, or 42.4 percent."], "shares", { kind: "arithmetic", severity: "major", message: /implies a total of about 89,220, but "41,356" as "42\.4 percent" implies about 97,538/ }],
  // parts of a total
  ["parts out of a total", ["Rescuers have located 1,200 people and 1,300 are still missing out of 2,500."], "sum", null],
  ["parts out of a total, too many", ["Rescuers have located 1,312 people and 1,318 are still missing out of 2,500."], "sum", { kind: "arithmetic", severity: "major", message: /the parts \(1,312 \+ 1,318\) sum to 2,630, more than the "2,500" they are part of/ }],
  ["parts out of a total, short", ["Rescuers have located 1,136 people and 1,118 are still missing out of 2,500."], "sum", { kind: "arithmetic", severity: "minor", message: /sum to 2,254, short of the "2,500"/ }],
  // a key-facts line: each part labelled in brackets, then the total
  ["labelled parts and their total", ["- Trains cancelled: 214 (Mon), 236 (Tue), 197 (Wed) - 647 in total"], "sum", null],
  ["labelled parts and their total, wrong", ["- Trains cancelled: 214 (Mon), 236 (Tue), 197 (Wed) - 687 in total"], "sum", { kind: "arithmetic", severity: "major", message: /sum to 647; the text says "687"/ }],
  // levels with "a combined" and no change: the figure after "combined" is the total, not the one before it
  ["levels giving a combined total", ["Together, the Labour group's 21 seats and the Liberals' five give a combined 26 seats."], "sum", null],
  ["levels giving a combined total, wrong", ["Together, the Labour group's 21 seats and the Liberals' five give a combined 28 seats."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 26; the text says "28"/ }],
  ["a combined total in one sentence", ["Revisions cut 27,400 jobs from March and 14,800 from April, a combined 42,200."], "sum", null],
  // a model's code between the parts is a name, not a figure; what comes on top of the total is no part of it
  ["parts named by model codes, wrong total", ["The fleet order covers 22 Kestrel K-410s and seven HX-90 freighters, 31 aircraft in total, with options on a further 12."], "sum", { kind: "arithmetic", severity: "major", message: /the parts \(22 \+ seven\) sum to 29; the text says "31"/ }],
  // "together" right before the total is the total's cue, not the last part's
  ["parts, then together their total", ["Cardiology had 4,310 patients waiting, urology 2,950 and dermatology 1,815 - together 9,075 patients."], "sum", null],
  ["parts, then together their total, wrong", ["Cardiology had 4,310 patients waiting, urology 2,950 and dermatology 1,815 - together 9,705 patients."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 9,075; the text says "9,705"/ }],
  ["parts named by model codes", ["The fleet order covers 22 Kestrel K-410s and seven HX-90 freighters, 29 aircraft in total, with options on a further 12."], "sum", null],
  // a year dating each part, a clause about the last one and a name led by digits ("2-North") between
  ["dated parts and a combined total, wrong", ["The operator was fined $126,000 in 2021, after a depot fire, and $308,500 in 2022 for safety breaches in 2-North, a combined $419,000 in two years."], "sum", { kind: "arithmetic", severity: "major", message: /sum to \$434,500; the text says "\$419,000"/ }],
  ["a combined total, one step off", ["Revisions cut 27,400 jobs from March and 14,600 from April, a combined 41,000."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 42,000; the text says "41,000"/ }],
  [
    "combined total of the revisions before",
    ["The change for March was revised down by 27,000, from +228,000 to +201,000, and the change for April was revised down by 13,000, from +177,000 to +164,000. With these revisions, employment in March and April combined is 40,000 lower than previously reported."],
    "sum",
    null,
  ],
  [
    "combined total of the revisions after, wrong",
    ["The department lowered its estimates for March and April by a combined 41,000 jobs. March's gain now stands at 201,412 instead of 228,031, and April's at 164,207 rather than 177,119."],
    "sum",
    { kind: "arithmetic", severity: "major", message: /the parts \(228,031 → 201,412 \+ 177,119 → 164,207\) sum to 39,531; the text says "41,000"/ },
  ],
  ["breakdown between dashes", ["LATA carried an average of 412,000 boardings each weekday in 2024 — 268,000 on buses and 144,000 on light rail — up 6 percent."], "sum", null],
  ["breakdown between dashes, short", ["LATA carried an average of 421,000 boardings each weekday in 2024 — 268,000 on buses and 144,000 on light rail — up 6 percent."], "sum", { kind: "arithmetic", severity: "minor", message: /sum to 412,000, short of the "421,000"/ }],
  // "of whom" names some of the whole; "nine of them" is a part of the part before it
  // two parts opening the sentence ("Between …"), their total after the comma
  ["two parts opening the sentence", ["Between its own 6.5 per cent and Orvell's 12 per cent, Harven already holds 18.5 per cent of the shares."], "sum", null],
  ["two parts opening the sentence, wrong", ["Between its own 6.5 per cent and Orvell's 12 per cent, Harven already holds 19.5 per cent of the shares."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 18\.5%; the text says "19\.5 per cent"/ }],
  // nested groups that each hold much of the whole overrun it by far: a funnel, not a breakdown
  ["a funnel of nested groups", ["Of the 8,240 people who applied, 6,920 sat the test and 4,310 passed."], "sum", null],
  ["some of a total, too many", ["A total of 406 people were treated, of whom 300 remain in hospital and 200 went home."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 500, more than the "406"/ }],
  // whole counts stated exactly add up exactly
  ["counts in all, one off", ["He was convicted of 11 counts of fraud and two of false accounting, 14 counts in all."], "sum", { kind: "arithmetic", severity: "major", message: /the parts \(11 \+ two\) sum to 13; the text says "14"/ }],
  ["counts in all", ["He was convicted of 11 counts of fraud and two of false accounting, 13 counts in all."], "sum", null],
  ["breakdown in brackets", ["Structures destroyed: 143 (112 homes, 31 outbuildings)."], "sum", null],
  ["breakdown in brackets, too many", ["Structures destroyed: 143 (122 homes, 31 outbuildings)."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 153, more than the "143"/ }],
  // "Of the N, …" with parts split one way (each later part opens with the first part's words):
  // all of the whole when they come near it; a part not read as a figure ("one to …") or a
  // part's own breakdown right after it is no sign of a slip
  ["split one way, short of the whole", ["Of the 31 dead, 18 were in Marlow, 9 in Tessel and 2 in outlying hamlets."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 29; the text says "31"/ }],
  ["split one way, all of it", ["Of the 31 dead, 18 were in Marlow, 9 in Tessel and 4 in outlying hamlets."], "sum", null],
  ["split one way by where they went", ["Of the 18 people taken to hospital, 11 went to Harlow General and 6 to St Ida's, the ambulance service said."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 17; the text says "18"/ }],
  // (a list well short of its whole names some of it, the rest left unnamed)
  ["split one way, well short of the whole", ["Of the 50 passengers, 30 were British and 12 were German."], "sum", null],
  ["split one way, with an item not read as a figure", ["Of the 12 recommendations, seven are addressed to the operator, four to the regulator and one to the builder."], "sum", null],
  ["split one way, a part's own breakdown after it", ["Of the seven workers hurt, two were taken to hospital, one with burns and one with a broken arm, and five were treated at the scene."], "sum", null],
  ["split one way, a part's own breakdown after it, short", ["Of the 17 workers hurt, 11 went to hospital, eight with burns and three with a broken wrist, and 5 to a clinic."], "sum", { kind: "arithmetic", severity: "major", message: /\(11 \+ 5\) sum to 16; the text says "17"/ }],
  // a round split that happens to add up is no part's breakdown
  ["a round split that adds up", ["The bank will cut 110 jobs, comprising 50 in Leeds, 30 in York and 20 in Hull."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 100; the text says "110"/ }],
  // a verb of making up names every part
  ["a whole its verb breaks down", ["The 58 cases comprise 41 confirmed and 19 probable cases."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 60; the text says "58"/ }],
  // a list after a colon, however long the words before it
  ["a list after a colon", ["A total of 143 people have been rescued since the evening of Tuesday 9 September: 61 by helicopter, 70 by boat crews and 15 by ground teams."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 146; the text says "143"/ }],
  // the parts and the total over the same period, named before the comma
  ["a total over the parts' own period", ["On board, 180 passengers and 27 crew members have reported illness since the outbreak began on 3 May, a total of 217 cases."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 207; the text says "217"/ }],
  // a restated size of the change beside the percent; another source's percent the levels give
  [
    "a restated percent, with the size it restates and another source's percent",
    ["The single fare rises from 3.20 pounds to 3.60 pounds on Monday, an increase of 12.5%.", "The single fare goes from £3.20 to £3.60, a 40p rise, or 11 percent."],
    "change",
    { kind: "arithmetic", severity: "major", message: /is \+12\.5%; the text says "11 percent"/, claims: ["11 percent", "40p", "12.5%"] },
  ],
  // another source's breakdown of the same whole: its figure for the part that makes this one add up
  ["another source's breakdown of the whole", ["Of the 40 hurt, 31 went to hospital and 11 were treated at the scene.", "Of the 40 people hurt, 31 were taken to hospital and the remaining nine were treated at the scene."], "sum", { kind: "arithmetic", severity: "major", message: /sum to 42/, claims: ["11", "nine"] }],
  // rates over a period
  ["rate over a month", ["Officials recorded 87,648 crossings in July, about 2,800 a day."], "rate", null],
  ["rate over a month, wrong", ["Officials recorded 87,648 crossings in July, about 3,400 a day."], "rate", { kind: "arithmetic", severity: "major", message: /"87,648" over the 31 days of July is 2,827 a day.*"about 3,400"/ }],
  ["rate over a stated duration", ["The agency processed 12,600 claims over 30 days, or 420 a day."], "rate", null],
  ["rate over a stated duration, wrong", ["The agency processed 12,600 claims over 30 days, or 520 a day."], "rate", { kind: "arithmetic", severity: "major", message: /over 30 days is 420 a day; the text says "520"/ }],
  ["rate over weeks", ["Crews cleared 5,600 acres in two weeks, about 400 acres a day."], "rate", null],
  ["rate per head", ["The county's 1.2 million residents paid $1.44 billion in taxes, about $1,200 per resident."], "rate", null],
  ["rate per head, wrong", ["The county's 1.2 million residents paid $1.44 billion in taxes, about $1,900 per resident."], "rate", { kind: "arithmetic", severity: "major", message: /over 1\.2 million is \$1,200.*per resident; the text says "about \$1,900"/ }],
  // averages
  ["average of listed values", ["Employers added 201,000, 164,000 and 187,000 jobs in the three months, an average of 184,000."], "average", null],
  ["average of listed values, wrong", ["Employers added 201,000, 164,000 and 187,000 jobs in the three months, an average of 194,000."], "average", { kind: "arithmetic", severity: "major", message: /the average of "201,000", "164,000", "187,000" is 184,000; the text says "194,000"/ }],
  // across sources
  [
    "another source's stated change against these levels",
    [`${MIGRANTS}, a 39% drop.`, "The number of migrants crossing Mexico fell to 87,648 in July, a 36% drop from May."],
    "change",
    { kind: "arithmetic", severity: "major", message: /"144,278" → "87,648" is −39\.3%; s1\.txt says "36%" \(figures in s0\.txt\)/, claims: ["36%", "144,278", "87,648", "39%"] },
  ],
  ["another source's hedged change, consistent", [`${MIGRANTS}, a 39% drop.`, "The number of migrants crossing Mexico fell to 87,648 in July, a drop of nearly 40% from May."], "change", null],
  [
    "another source gives percent for the points",
    ["Turnout rose from 34.6% in 2021 to 41.2% this year, up 6.6 percentage points.", "Turnout climbed 6.6 percent from 2021, reaching 41.2% this year."],
    "change",
    { kind: "scale", severity: "major", message: /s1\.txt says "6\.6 percent": percent where the arithmetic gives percentage points/, claims: ["6.6 percent", "34.6%", "41.2%", "6.6 percentage points"] },
  ],
  ["a figure of another measure is not checked", [`${MIGRANTS}, a 39% drop.`, "Mexico deployed 87,648 agents in July, a 36% rise in the budget from May."], "change", null],
];

describe("arithmetic relations", () => {
  test("the table has at least 40 relations and no duplicate cases", () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r[1].join("|"))).size).toBe(rows.length);
    for (const k of ["change", "share", "shares", "sum", "rate", "average", "remainder"]) expect(rows.some((r) => r[2] === k && r[3] === null)).toBe(true);
    for (const k of ["change", "share", "shares", "sum", "rate", "average", "remainder"]) expect(rows.some((r) => r[2] === k && r[3] !== null)).toBe(true);
  });

  test.each(rows)("%s", (_name, texts, relation, expected) => {
    const { findings, relations } = run(...texts);
    expect(relations.map((r) => r.kind)).toContain(relation);
    if (!expected) {
      expect(findings.map((f) => f.message)).toEqual([]);
      return;
    }
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f).toMatchObject({ rule: "arithmetic", kind: expected.kind, severity: expected.severity });
    expect(f.message).toMatch(expected.message);
    // the stated result comes first; every span is an exact slice of its source
    for (const c of f.claims) expect(c.text).toBe(sourceOf(texts[Number(c.source.slice(1, -4))], "2025-06-10", c.source).text.slice(c.start, c.end));
    for (const t of expected.claims ?? []) expect(f.claims.map((c) => c.text)).toContain(t);
  });
});

// News sentences around figures that state no relation to check, or a relation that holds:
// none may be reported.
const quiet: string[] = [
  // a gap far from the two figures' difference is over a figure of another sentence
  "The offer is worth 13.5% over four years. The nurses want 22% over the same period, with 9% paid at once – a gap of 8.5 percentage points.",
  // a stretch of time in another clause is not the rate's period
  "The outage forced the trust to cancel 9,240 appointments, around 840 a day, and to divert ambulances away from two of its hospitals for three days.",
  // an overall majority is over all the other parties together, not the runner-up alone
  "Labour won 402 seats to the Conservatives' 131, an overall majority of 154 in the 650-seat Commons.",
  // parts that count other things, even with "others" last, make no shortfall of the whole
  "The charity helped 12,000 people last year: 4,000 families and 3,000 others.",
  // a long stretch between figures with a clause of its own ends a list
  "The storm left 520 homes without power on Sunday: 410 in Ashby, where falling trees brought down lines along the coast road, and 190 people spent the night in shelters.",
  // two quarters are no parts of the year's total; what comes on top of a total is no part of it
  "Operating profit was $120m in Q3 and $140m in Q4, giving a total of $520m for the year.",
  "The order covers 24 regional jets and 12 freighters, 36 aircraft in total, plus options on 14.",
  // a figure in an aside set off by spaced hyphens is no part of the list around it
  "The files hold data on 61,300 residents - about 38 percent of the town's population of roughly 161,000 - and 1,870 staff, or 63,170 people in total.",
  // a part's own breakdown, after a verb of its own, set off before the list goes on
  "The crash injured 20 people: 14 were taken to hospital, nine to Orsk General and five to St Anne's, and six were treated at the scene.",
  // a total of something else, past a clause of its own: no total of the parts
  "Tarn Motors sold 120 vans in Orsk and 45 in Vell last year, its best year since the family set up the firm, employing a total of 300 staff.",
  // "between" two days, then figures after the comma: no parts
  "Between Monday and Wednesday, police made 14 arrests and issued 32 fines, a spokesman said, adding that 5 officers were hurt.",
  // "twice as many as in 2019" with no figure right after: nothing set against
  "The plant employs 400 people, twice as many as in 2019, when it had a smaller site.",
  "The S&P 500 fell 1.2% to 4,500, while the Nasdaq dropped 2% to 14,000.",
  "Inflation was 3.2% in March, down from 3.5% in February; prices of food rose 5.8%.",
  "The 10-year yield rose 5 basis points to 4.25% from 4.20%.",
  "The plant produces 4,000 cars a week, or 200,000 a year.",
  // a whole of its own ("of the total budget", "of all shares outstanding"), or a total of another period
  "The council spent £4.2 million in total on repairs last year. This year it has set aside £1.1 million for roads, about 6% of the total budget.",
  "The fund holds 2.4 million shares in total. Last week it bought 120,000 shares, about 1% of all shares outstanding.",
  "Police recorded 12,400 crimes in total in 2023. In the first three months of 2025 there were 3,100 burglaries, about 9% of the total.",
  // an ordinal after "of" sizes no change
  "Support for the Greens rose from 12% to 18% in a year, fuelling the rise of a third party in the region.",
  "Cases climbed from 2,000 to 3,000 last month, raising fears of a surge of a third wave of infections.",
  // "the total" is the total named as such, not the nearest larger figure
  "Exports to Varnia, the largest market, were 11.42 billion crowns. Exports to Corsaland were 7.86 billion crowns (16.1% of the total).",
  // a comparative after a level compares it with another benchmark: no baseline of the change
  "Passenger numbers at the airport rose 6% to 4.2 million last year, still smaller than the 5.1 million recorded before the pandemic.",
  // a neutral change word takes no direction from two shares of one vote, nor from levels in another sentence
  "Members voted 58.0% in favour of the pay offer against 42.0% opposed, a change of 6.0 percentage points on last year's ballot.",
  "The city recorded 1,240 burglaries last year, about 24 a week.",
  "The agency has 3,400 employees and processes 500 claims a day.",
  "The company reported revenue of $5.2 billion, or 12% of sales, and profit of $600 million, or 1.4% of assets.",
  "Police arrested 45 people on Friday and 30 on Saturday, bringing arrests to a combined 120 since the protests began.",
  "The 1,865 firefighters — 96 engines and 14 helicopters — are working the fire.",
  "Police detained 12 men and 3 women out of 40 protesters.",
  // "in all" before a noun of its own means "in every": no total
  "Last season he scored 19 league goals in 37 league appearances, and 23 in all competitions, as the club finished fifth with 68 points.",
  // a percent in brackets after the level a change reached is the change, not a share
  "From that date the single fare will rise by 30 cents, from 1.90 to 2.20 crowns (15.8%), and the monthly pass from 56 to 63 crowns (12.5%).",
  "Sales were 6,418, up from 6,153; prices rose 5.8%.",
  "Sales rose from 100 to 120 units. This year the company expects 15% growth.",
  "The index rose 120 points, or 0.3%, to 39,000, while the S&P rose 0.5%.",
  "Median rent rose to $1,950 a month from $1,800 a year earlier, an increase of 8.3%.",
  "Revenue was $1.12 billion, or $1.42 a share, compared with $968 million, or $1.21 a share.",
  "Patients ranged in age from 6 months to 47 years; 49 of the 68 cases are children.",
  // a level after "to" in another clause is not the later level of the change before it
  "The projections show growth of 2.1% this year, down from the 2.6% it forecast in December, and inflation returning to the 3% target next year.",
  // what is left counts something else than the whole: no remainder
  "The floods destroyed 40 of the 120 homes in the village, leaving 300 people without shelter.",
  // what is left after the part, as said: no slip
  "Rescuers brought out 19 of the 41 miners, leaving 22 underground.",
  // "of whom" names some of the whole; "nine of them" is a part of the part before it
  "A total of 406 people have been treated for injuries, of whom 71 remain in hospital, nine of them in intensive care.",
  "A total of 406 people were treated, of whom 71 remain in hospital and 9 are in intensive care.",
  // a rate and the total it comes to are a hundred times apart: no parts of a total
  "Every household will receive a £50 credit on its bill, a total of £820,000, and every business £150.",
  // a revision in the first bracket: each change is from its own bracketed level to the one reached
  "Loans rose to 52,400 in May 2025, up 2.0% from April (51,373, revised from 51,210) and up 12.1% from May 2024 (46,744).",
  // a list after a colon, each figure behind its own label: the first item is no total of the rest
  "The weights for 2024 are: housing 38.5%, non-energy industrial goods 26.0%, food, alcohol and tobacco 22.4%, and energy 9.6%.",
];

test("a total that does not add up shows every place its source states it", () => {
  const text = "The outbreak has grown to 58 cases, officials said on Friday. The 58 cases comprise 41 confirmed and 19 probable cases.";
  const { findings } = run(text);
  expect(findings).toHaveLength(1);
  expect(findings[0].message).toMatch(/sum to 60; the text says "58"/);
  // the stated total first, then the same figure where the source first gave it
  const starts = findings[0].claims.filter((c) => c.text === "58").map((c) => c.start);
  expect(starts).toHaveLength(2);
  expect(starts[0] - starts[1]).toBe(text.lastIndexOf("58") - text.indexOf("58"));
});

describe("no relation to check, or one that holds", () => {
  test.each(quiet)("%s", (text) => {
    expect(run(text).findings.map((f) => f.message)).toEqual([]);
  });
});

describe("arithmetic findings elsewhere", () => {
  test("the rule describes itself and reaches RULE_METAS (SARIF rules list)", () => {
    expect(RULE_METAS).toContainEqual(meta);
    expect(meta).toMatchObject({ id: "arithmetic", kind: "arithmetic", defaultSeverity: "major" });
    for (const m of Object.values(meta.messages)) expect(m).toMatch(/\{\{\w+\}\}/);
  });

  test("another source's figure that the computation bears out is evidence too", () => {
    const { findings } = run(
      "He was convicted of 11 counts of fraud and two of false accounting, 14 counts in all, after a long trial.",
      "The jury convicted him on 13 counts after a long trial.",
    );
    const f = findings.find((x) => x.kind === "arithmetic");
    expect(f).toBeDefined();
    expect(f!.claims.map((c) => `${c.source}:${c.text}`)).toEqual(expect.arrayContaining(["s0.txt:14", "s1.txt:13"]));
  });

  test("the change another source states beside its own figure for the later level is evidence too", () => {
    const { findings } = run(
      "Visitors spent an estimated €4,627 million in the quarter, up 11.0% on a year earlier (€4,169 million).",
      "Visitor spending rose from €4.17 billion a year earlier to €4.63 billion, an increase of almost 20 per cent.",
    );
    const f = findings.find((x) => x.kind === "arithmetic");
    expect(f?.message).toMatch(/\+11(?:\.\d+)?%; the text says "almost 20 per cent"/);
    expect(f!.claims.map((c) => `${c.source}:${c.text}`)).toEqual(expect.arrayContaining(["s1.txt:almost 20 per cent", "s0.txt:11.0%"]));
  });

  test("the change another source states between the same two levels is evidence too, however it is worded", () => {
    const { findings } = run(
      "Containment stands at 35 percent, up 13 percent from 22 percent on Thursday.",
      // ("between Thursday and Friday": an "and" inside a pair starts no clause)
      "Containment rose from 22 to 35 percent between Thursday and Friday, a 13-percentage-point gain for crews.",
    );
    const f = findings.find((x) => x.kind === "scale");
    expect(f?.message).toMatch(/percent where the arithmetic gives percentage points/);
    expect(f!.claims.map((c) => `${c.source}:${c.text}`)).toEqual(expect.arrayContaining(["s0.txt:13 percent", "s1.txt:13-percentage-point"]));
  });

  test("a change in another clause of the sentence that gives the later level is no evidence", () => {
    const { findings } = run(
      "Vessel revenue rose from €2.05bn a year earlier to €2.31bn, up almost 20%.",
      "The yard reported vessel revenue of €2,314 million, while its operating costs rose 12.7% on a year earlier.",
    );
    const f = findings.find((x) => x.kind === "arithmetic");
    expect(f?.message).toMatch(/the text says "almost 20%"/);
    expect(f!.claims.map((c) => c.text)).not.toContain("12.7%");
  });

  test("a discrepancy another rule reports gets the computation added, not a second finding", () => {
    const text = `${MIGRANTS}, a 36% drop.`;
    const source = sourceOf(text, "2025-06-10", "s0.txt");
    const times = extractTimes(source, rules);
    const claims = normalizeSource(source, 0, extractQuantities(source, rules, times), times, rules).claims;
    const stated = claims.find((c) => c.span.text === "36%")!;
    const other: Finding = { id: "F1", rule: "numeric-conflict", kind: "numeric-conflict", severity: "critical", message: "36% against 39%", claims: [{ ...stated.span }] };
    const out = checkArithmetic([{ source, claims }], align(claims, rules), rules, [other]);
    expect(out).toEqual([]);
    expect(other.message).toMatch(/; arithmetic: "144,278" → "87,648" is −39\.3%/);
    expect(other.claims.map((c) => c.text)).toEqual(["36%", "144,278", "87,648"]);
    expect(other.severity).toBe("critical");
  });
});

describe("arithmetic findings in every report format", () => {
  const inputs = [{ path: "wire.txt", text: `Border crossings\n\n${MIGRANTS}, a 36% drop.\n` }];
  const report = checkSync(inputs, { jobs: 1 });
  const sources = inputs.map((i) => ingest(i));
  test("the check reports it with the computation", () => {
    const f = report.findings.find((x) => x.rule === "arithmetic");
    expect(f).toMatchObject({ kind: "arithmetic", severity: "major" });
    expect(f!.message).toMatch(/−39\.3%; the text says "36%"/);
  });
  test.each([...REPORT_FORMATS])("%s", (format) => {
    const out = renderReport(format, report, sources, { color: false, minSeverity: "minor" });
    expect(out).toMatch(/arithmetic/);
  });
});

describe("interval arithmetic", () => {
  test("operations give every result the operands allow", () => {
    expect(add(range(1, 2), range(10, 20))).toEqual({ lo: 11, hi: 22 });
    expect(sub(range(10, 20), range(1, 2))).toEqual({ lo: 8, hi: 19 });
    expect(mul(range(-1, 2), range(3, 4))).toEqual({ lo: -4, hi: 8 });
    expect(div(range(1, 2), range(-1, 1))).toBeNull();
    expect(div(range(87647.5, 87648.5), range(144277.5, 144278.5))).toMatchObject({ lo: expect.closeTo(0.60748, 4), hi: expect.closeTo(0.60749, 4) });
    expect(overlaps(range(38.5, 39.5), range(39.25))).toBe(true);
    expect(overlaps(range(35.5, 36.5), range(39.25))).toBe(false);
  });
});

// a percentage taken on the wrong base cites the earlier level another source states: worded
// alike, or in a sentence that states the level reached too, whatever its wording
test.each([
  ["The trust's holdings of bonds fell to £3.1 billion, from £3.7 billion of bonds a year earlier."],
  ["The sum the trust has lent to governments and firms fell to £3.1 billion at 31 March, or 4% of the portfolio, from £3.7 billion (5%) a year earlier."],
])("a wrong base's finding cites the earlier level: %s", (other) => {
  const report = checkSync(
    [
      { path: "a.txt", text: "---\npublished: 2025-06-17\n---\nThe trust holds £3.1 billion in bonds, down £600 million on a year earlier, a cut of 19 per cent.\n" },
      { path: "b.txt", text: `---\npublished: 2025-06-18\n---\n${other}\n` },
    ],
    { jobs: 1 },
  );
  const f = report.findings.find((x) => x.kind === "arithmetic");
  expect(f?.claims.map((c) => `${c.source}:${c.text}`)).toContain("b.txt:£3.7 billion");
});

test.each([
  // a level set off before its change, but a percentage with a base of its own, or an amount set against a forecast
  ["The fund now holds €1.9bn in such firms, down €500m since 2022, and 8% less than a year ago."],
  ["Profit came in at $1.9bn, down $500m on analysts' forecasts, a fall of 12% on the year."],
])("no change relation with another base: %s", (body) => {
  expect(run(body).findings).toEqual([]);
});

// a rate and its total are skipped (a hundred times apart), but not a total at another power of ten
test("a total that is its parts' sum at another power of ten is a slip", () => {
  expect(run("The package includes £1.5m for roads, £700,000 for schools and £300,000 for parks, a total of £2.5bn, the council said.").findings.filter((f) => f.kind === "arithmetic" || f.kind === "scale").length).toBe(1);
});

// a breakdown that does not add up cites what another source gives: the part that would make it
// add up, or the total the parts do make
test.each([
  ["The company says 1,150 jobs will go in total: 640 in Dunmore, 310 at its Brackley factory and 260 at the Pellham head office.", "The programme will cut 640 roles at the Dunmore plant. A further 310 roles will go at the Brackley factory. Another 200 roles will go at the Pellham head office.", "release.txt:200"],
  ["The ferry left harbour with all 221 people on board — 212 passengers and 19 crew — before it struck the reef.", "The ferry was carrying a total of 231 people on board when it struck the reef.", "release.txt:231"],
  // (the sum itself, worded as another measure the aligner does not pair: still the figure to compare)
  ["The council paid about £412 million for the depot and a £58 million access road - a total of £490 million.", "Including the road, the depot represented an investment of about £470 million for the council.", "release.txt:about £470 million"],
  // (not an earlier level that happens to equal the sum: "from £470 million last year")
  ["The council paid about £412 million for the depot and a £58 million access road - a total of £490 million.", "The council's depot budget rose to £490 million this year from £470 million last year.", null],
])("a sum that does not add up cites the other source's figure: %s", (local, release, cited) => {
  const report = checkSync(
    [
      { path: "local.txt", text: `---\npublished: 2025-10-24\n---\n${local}\n` },
      { path: "release.txt", text: `---\npublished: 2025-10-23\n---\n${release}\n` },
    ],
    { jobs: 1 },
  );
  const f = report.findings.find((x) => x.kind === "arithmetic");
  if (cited) expect(f?.claims.map((c) => `${c.source}:${c.text}`)).toContain(cited);
  else expect(f?.claims.map((c) => c.source)).not.toContain("release.txt");
});

// a margin is checked only against exactly two figures of its kind, neither a compound adjective,
// and only when near their difference (else it is likelier another margin than a slip)
test.each([
  "Lund polled 41 percent, Mare 27 percent and Rook 19 percent, a lead of 14 percentage points.",
  "The party holds 326 seats in the 650-seat chamber, a margin of two.",
  "Her 66 on Saturday left her on 201, a lead of three shots.",
  "Unemployment was 5 percent, against 4 percent a year ago, a gap of 25 percent.",
])("no margin is checked: %s", (text) => {
  expect(run(text).findings.filter((f) => f.kind === "arithmetic")).toEqual([]);
});
