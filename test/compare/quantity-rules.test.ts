// Which rule, if any, two sources' figures meet: one row per behaviour.
import { align, variantsDiffer } from "../../src/align/index.js";
import { measureLexicon } from "../../src/normalize/measure.js";
import { numericConflict } from "../../src/compare/rules/numeric-conflict.js";
import { claimsOf, rules } from "../helpers/source.js";
import { checkSync } from "../../src/index.js";
import { readFileSync } from "node:fs";

const src = (path: string, published: string, body: string) => ({ path, text: `---\npublished: ${published}\n---\n${body}\n` });

// [first source, its date, second source, its date, expected rule/severity (sorted) of findings with figures]
const rows: Array<[string, string, string, string, string[]]> = [
  // a rounded form of the same figure, even when the sources were published days apart
  ["The trial enrolled more than 9,400 patients with atrial fibrillation.", "2025-08-30", "The trial enrolled 9,412 patients with atrial fibrillation at 412 sites.", "2025-09-03", ["rounding/minor"]],
  // a hedged form of it
  ["Nearly 400,000 people have been displaced by the quake, the agency said.", "2024-11-11", "The agency said 387,000 people have been displaced by the quake.", "2024-11-11", ["hedge-wording/minor"]],
  // two estimates that differ are not one figure worded twice
  ["About 9,200 residents were evacuated from the valley.", "2025-07-02", "About 7,800 residents were evacuated from the valley.", "2025-07-03", []],
  // one noun counted in two states is two measures; "confirmed destroyed" is destroyed
  ["Nineteen crew were rescued on Tuesday.", "2025-03-05", "Two crew members were still missing on Tuesday.", "2025-03-05", []],
  ["The fire destroyed 36 homes on Monday, officials said.", "2025-08-12", "Officials said 63 homes have been confirmed destroyed by the fire on Monday.", "2025-08-12", ["numeric-conflict/critical"]],
  // a term "behind bars" and one "in prison" are one measure
  ["Coles will spend nine years behind bars, the court ruled on Tuesday.", "2025-03-05", "The court jailed Coles for eight years in prison on Tuesday.", "2025-03-05", ["numeric-conflict/major"]],
  // a cost per day counted by "each day" before it
  ["The airline says the strike will cost it €14 million a day.", "2025-03-05", "The airline estimates that each day of the strike will cost it about €4 million.", "2025-03-05", ["numeric-conflict/minor"]],
  // a physical measure with two digits swapped, stated once in each source
  ["The slide released above the couloir at 3,480 m on the north face.", "2025-02-12", "The avalanche struck the party at an altitude of 3,840 m on the north face, the service said.", "2025-02-12", ["numeric-conflict/critical"]],
  // (not two lengths that share no measure word)
  ["The new Vell bridge is 1,250 metres long and carries four lanes.", "2025-05-10", "Drivers reach the new crossing along a 1,520-metre approach road through the Orsk hills.", "2025-05-10", []],
  // places along a course are no lengths measured; a level "at" a height is
  ["Runner Ana Roe was stopped at 31 km by medics.", "2025-05-10", "Runner Ben Doe was stopped at 33 km by medics.", "2025-05-10", []],
  ["The River Vell peaked at 5.3 metres on Saturday, flooding 200 homes.", "2025-05-10", "The River Vell peaked at 5.8 metres on Saturday, officials said.", "2025-05-10", ["numeric-conflict/critical"]],
  // a count beside another clause's figure is no partial count
  ["Five people died when a bus overturned near Orsk on Friday, with 12 in hospital.", "2025-05-10", "Eight people died when a bus overturned near Orsk on Friday, police said.", "2025-05-10", ["numeric-conflict/critical"]],
  // a figure against another for the same measure and period
  ["Employers added 187,000 jobs in May, the department said.", "2026-06-05", "Employers added 178,000 jobs in May, the department said.", "2026-06-05", ["numeric-conflict/critical"]],
  // a conversion with another zero agrees: 41.8°C is 107.2°F
  ["The town recorded 41.8°C on Saturday, a national record.", "2026-07-23", "The town reached 107.2F on Saturday, a national record.", "2026-07-23", []],
  // "seven in ten" is a share rounded to tenths: 71% agrees
  ["Of the victims, 71% were aged 75 or over.", "2026-07-23", "Seven in ten of the victims were aged 75 or over.", "2026-07-23", ["rounding/minor"]],
  // two digits at ten times the value repeat by chance: "64 deaths" last year, "about 640 excess deaths"
  ["Last year's heatwave caused 64 deaths.", "2026-07-23", "The institute estimates about 640 excess deaths.", "2026-07-23", ["numeric-conflict/minor"]],
  // a count "as of" one day, repeated in a statement the next day, has not moved
  ["As of 22 July, 1,873 deaths had been confirmed as heat-related.", "2026-07-23", "At least 1,873 people died of heat-related causes, the institute said on Thursday.", "2026-07-24", ["hedge-wording/minor"]],
  // the same number in another unit of one kind: a slip of the unit
  ["The vessel rolled over about 3.5 nautical miles west of the breakwater, the coastguard said.", "2025-10-12", "She capsized shortly before 10pm about 3.5km off the breakwater in a gale.", "2025-10-13", ["scale/major"]],
  // …but km and metres measure things of other sizes: the same number in each is no slip
  ["She capsized shortly before 10pm about 3.5km off the breakwater in a south-westerly gale.", "2025-10-13", "Waves of 3.5 metres were reported in the south-westerly gale.", "2025-10-13", []],
  // a conversion beside a figure that does not match is major wherever the figure was given;
  // the same amount in another unit elsewhere is a conversion, neither a rounding nor a hedge to harmonise
  ["At the briefing in Brenton on Wednesday, he said the fire had burned 8,300 hectares (about 3,400 acres).", "2025-08-07", "The fire has now burned 8,300 hectares, or roughly 20,500 acres, the fire service said.", "2025-08-07", ["numeric-conflict/major"]],
  // a later source's undated total that another source gives as an earlier day's count is stale
  ["The number of deaths linked to the heatwave has risen to 112, the agency said on Monday. On Thursday the agency had reported 61 deaths.", "2025-07-21", "The heatwave, which the agency says has killed 61 people, has added urgency to the debate.", "2025-07-23", ["time-scope/major"]],
  // …and a later source's death count lower than an earlier one's, where each gives the count once
  ["Nine people died as a result of the collapse, the inspectorate said in its report.", "2025-09-16", "The collapse, which killed seven people, led to new rules for scaffolding firms.", "2025-09-18", ["time-scope/major"]],
  // a long exact figure mistyped where one source dates it to years long past and the other gives no period
  ["The court heard how $6,247,100 was moved out of the fund between 2015 and 2021.", "2025-03-14", "Prosecutors said he embezzled $6,274,100 from the credit union's members.", "2025-03-15", ["numeric-conflict/critical"]],
  // …not a figure for another place, nor one given as a year earlier's
  ["There were 18,243 households in Kelby in 2019, the council said.", "2025-03-03", "There are 18,423 households in Elm County, according to the council.", "2025-03-03", []],
  ["A year earlier the town had 18,243 households, the council said.", "2025-03-03", "The town has 18,423 households, according to the council.", "2025-03-03", []],
  // the same digits at another scale for another place is no slip
  ["In Kelby, 4.35 million doses of the vaccine have now been given, health officials said.", "2025-03-03", "Worldwide, 4.35 billion doses of the vaccine have now been given, the WHO said.", "2025-03-03", []],
  // three digits of a long figure rotated, its leading digits kept: a slip however differently worded
  ["Demand on the grid hit an all-time high of 17,394 MW at about 5pm on Wednesday.", "2025-07-17", "The operator said peak demand of 17,943 MW was recorded on Wednesday afternoon.", "2025-07-17", ["numeric-conflict/critical"]],
  // the same value to two precisions is no rounding: nothing is rounded away
  ["Voss was jailed for 11½ years for the thefts.", "2025-06-20", "Voss was jailed for 11 years and six months for the thefts.", "2025-06-21", []],
  // the same three digits under another scale word, one told as a forecast and the other not: a slip all the same
  ["The college is trying to close a £41.7bn deficit in its finances, staff were told.", "2025-02-19", "Managers want to close a forecast deficit of £41.7m at the college next year.", "2025-02-18", ["scale/critical"]],
  // (a hole in the finances is a deficit: measures.yaml synonyms)
  ["The college is trying to plug a £57.3bn hole in its finances, staff were told.", "2025-02-19", "Managers want to close a forecast deficit of £57.3m at the college next year.", "2025-02-18", ["scale/critical"]],
  // …and two digits when the wording matches closely
  ["The ministry is proposing a relief fund worth 42 billion crowns for the fishing fleet.", "2025-11-04", "The ministry will propose a relief fund of 42 million crowns for the fishing fleet in 2026.", "2025-11-03", ["scale/critical"]],
  // a slip found both ways (aligned, and by its digits) is one finding
  ["The firm raised £38.2bn from 1,146 investors, the court heard.", "2025-03-02", "The firm raised £38.2 million from 1,146 investors, the court heard.", "2025-03-03", ["scale/critical"]],
  // the same figure in units a thousand apart is a scale slip written in the unit
  ["Demand on the grid peaked at 14,386 MW on Tuesday evening, the operator said.", "2025-07-16", "Demand on the grid peaked at 14,386 gigawatts on Tuesday evening.", "2025-07-17", ["scale/critical"]],
  // two ranges, one end slipped: one range stated two ways
  ["The retailer now expects full-year sales of £2.85bn–£3.14bn.", "2025-11-19", "The retailer now expects full-year sales of £2.85bn to £3.41bn.", "2025-11-20", ["numeric-conflict/critical"]],
  // (one changed digit of a short end is two estimates, as for single figures: police and organisers)
  ["Police put the crowd at between 1.2 million and 1.5 million.", "2025-11-19", "Organisers put the crowd at between 1.2 million and 1.6 million.", "2025-11-20", []],
  // a ban worded two ways ("disqualified" / "banned") is one measure
  ["In addition to the custodial sentence, Hallam was disqualified from acting as a company director for 8 years.", "2025-06-20", "Judge Mercer also banned Hallam from being a company director for 11 years.", "2025-06-21", ["numeric-conflict/major"]],
  // …and a prison term ("jailed" / "a custodial sentence")
  ["Voss, 52, was jailed for six years on Friday for the thefts.", "2025-06-20", "Voss was sentenced to eight years in prison for the thefts.", "2025-06-21", ["numeric-conflict/major"]],
  // two exact figures of six or more significant digits, one a slip of the other: one figure
  // mistyped, though the sentences share no word of what was counted
  ["The former official diverted £4,127,380 of public money into a shell company.", "2025-06-20", "A jury decided he had quietly helped himself to £4,172,380 of it.", "2025-06-21", ["numeric-conflict/critical"]],
  // the same change told as a rise and as a fall
  ["Tram journeys rose 3.4% in 2024, the operator said.", "2025-03-10", "Tram journeys fell 3.4% in 2024, the operator said.", "2025-03-11", ["numeric-conflict/major"]],
  ["Ferry journeys were up 2.5 percent last year, despite the pier closure.", "2025-03-10", "Journeys by mode in 2024\n\n- Ferry: 4.6 million (−2.5%)\n- Tram: 61.2 million (+3.4%)", "2025-03-10", ["numeric-conflict/major"]],
  // …but not a rise of one thing and a fall of another ("bus" and "tram" journeys), nor a source
  // telling the same size both ways
  ["In 2023, bus journeys in the city rose 3.4%.", "2024-05-01", "In 2023, tram journeys in the city fell 3.4%.", "2024-05-01", []],
  ["Bus journeys rose 3.4% in 2023, while tram journeys fell 3.4%.", "2024-05-01", "Tram journeys fell 3.4% in 2023. Bus journeys rose 3.4% over the same year.", "2024-05-02", []],
  // …but not a rise and a fall of one size in one sentence, told of two things
  ["Tram journeys rose 3.4% while bus journeys fell 3.4% in 2024.", "2025-03-10", "The operator published its figures for 2024 on Monday.", "2025-03-11", []],
  // …five will do when both are dated to the same day
  ["The storm knocked out electricity to 184,260 homes and businesses across the province on Wednesday.", "2025-02-12", "Key facts\n\nPeak outages: 148,260 customers (7 a.m. Wednesday)", "2025-02-12", ["numeric-conflict/critical"]],
  // …but not four-digit ones, which other measures share by chance
  ["The former official diverted £4,127 of public money into a shell company.", "2025-06-20", "A jury decided he had quietly helped himself to £4,172 of it.", "2025-06-21", []],
  // …and with another unit's name as well, a conflict, no scale slip: a scale slip keeps its digits
  ["Demand on the grid hit an all-time high of 17,394 MW at about 5pm on Wednesday.", "2025-07-17", "Demand on the grid hit an all-time high of 17,943 gigawatts at about 5pm on Wednesday.", "2025-07-17", ["numeric-conflict/critical"]],
  // two swapped digits of five or more: the same figure however differently it is worded
  ["The count showed 31,274 members voted in favour of the deal, the union said on Thursday.", "2025-03-06", "Key facts\n\nIn favour of accepting: 31,247\nAgainst: 9,340\nTurnout: 64.6%", "2025-03-07", ["numeric-conflict/critical"]],
  // a bound is no decimal point moved: "more than 24,000" against "2.4 million"
  ["The largest container ships can now carry more than 24,000 TEU, the port said.", "2025-03-10", "The terminal will handle 2.4 million TEU when the largest ships call, the port said.", "2025-03-11", []],
  // …unless both name the same counted thing: "gigabytes" for "terabytes" of stolen data
  ["The gang says it took 1.2 terabytes of patient data from the hospital group.", "2026-03-12", "The gang says it took 1.2 gigabytes of patient data from the hospital group.", "2026-03-13", ["scale/major"]],
  // a hedge that misses by a hair is a rounding matter, not a contradiction
  ["Nearly four in five trains were cancelled on Monday, the operator said.", "2026-03-10", "On Monday 81% of trains were cancelled, the operator said.", "2026-03-10", ["rounding/minor"]],
  // …but a bound ("at least", "up to") broken by a little is still a conflict
  ["At least 500 homes were destroyed by the fire, the agency said.", "2025-08-07", "The fire destroyed 480 homes, the agency said.", "2025-08-07", ["numeric-conflict/major"]],
  // one day's count against a later day's: a count may move, but not by swapping its digits
  ["The company issued the boil-water notice on Sunday, covering 16,400 households in the valley.", "2025-10-13", "The boil-water notice covers 14,600 households in the valley.", "2025-10-15", ["numeric-conflict/critical"]],
  ["The company issued the boil-water notice on Sunday, covering 16,400 households in the valley.", "2025-10-13", "The boil-water notice covers 12,900 households in the valley.", "2025-10-15", []],
  // (not two days' moves of a share price: each day's change is a figure of its own)
  ["Shares in Corvex Energy fell 4.35% on Monday after the company warned on profits.", "2025-06-09", "Shares in Corvex Energy fell 4.53% on Wednesday as analysts cut their price targets.", "2025-06-11", []],
  // …and a cut announced one day, told the next with its digits swapped
  ["Arden Foods said on Tuesday it would cut 2,470 jobs across its bakeries.", "2025-10-15", "Shares in Arden Foods rose on Wednesday, a day after it said it would cut 2,740 jobs across its bakeries.", "2025-10-16", ["numeric-conflict/critical"]],
  // …nor does a count kept "since" a day, which is one as of its publication day
  ["The bus company has cancelled 96 trips since Friday, affecting 31,740 commuters, it said on Sunday.", "2025-06-15", "In the first three days of the stoppage, 31,470 commuters were affected.", "2025-06-19", ["numeric-conflict/critical"]],
  // a counted thing of its own is no running tally, whatever tally words its sentence holds
  // (a tally word in a company's name, "Live", is no death toll)
  ["Gate scanners recorded 39,870 wristbands on Saturday 12 July.", "2025-07-14", "The crush happened on Saturday. Organiser Harbour Live says 38,970 wristbands were scanned that day, below the 42,000 limit.", "2025-07-15", ["numeric-conflict/critical"]],
  // …but one a tally verb counts right beside it may grow, and two digits may swap by chance
  ["The Harlan Ridge fire has destroyed 145 homes in Ashby Flats, the fire authority said on Monday.", "2025-08-11", "The Harlan Ridge fire had destroyed 154 homes in Ashby Flats by Wednesday, the fire authority said.", "2025-08-13", []],
  ["The oil slick from the tanker stretched 120 kilometres along the coast on Monday.", "2025-08-11", "The oil slick from the tanker stretched 210 kilometres along the coast on Wednesday.", "2025-08-13", []],
  // a running toll that grew may permute its digits: no slip
  ["The death toll from the earthquake stood at 123 on Monday, officials said.", "2025-05-12", "The death toll from the earthquake rose to 132 on Wednesday as rescuers recovered more bodies, officials said.", "2025-05-14", []],
  // "its highest since 2021" is a comparison, not a tally kept since then
  ["Unemployment has risen to 5.4%, its highest level since 2021, the statistics office said.", "2025-05-12", "Unemployment has risen to 5.6%, its highest level since 2021, the statistics office said.", "2025-05-13", ["numeric-conflict/critical"]],
  // a part of the part ("19 of them") makes no total with it
  ["The crash injured 142 people, 19 of them seriously, police said.", "2025-05-12", "The crash injured 161 people, police said.", "2025-05-12", ["numeric-conflict/major"]],
  // a tally kept since a day, higher a day later, has grown; lower, it is contradicted
  ["The company said today that 610,000 litres of bottled water had been handed out since Sunday evening.", "2025-10-15", "840,000 litres of bottled water have now been handed out since Sunday.", "2025-10-16", []],
  ["The company said today that 840,000 litres of bottled water had been handed out since Sunday evening.", "2025-10-15", "610,000 litres of bottled water have now been handed out since Sunday.", "2025-10-16", ["numeric-conflict/critical"]],
  // a figure of one month and the same figure for a whole season are of two times
  ["The pier drew 41,270 visitors in August, the council said.", "2025-09-10", "The pier drew 41,270 visitors over the summer of 2025, the council said.", "2025-09-12", ["time-scope/major"]],
  // …but a count as of a period's last day is that period's ("by 31 August" and "in August")
  ["The airline had received 37,250 compensation claims by 31 August, it said.", "2025-09-10", "The airline received 37,250 compensation claims in August, it said.", "2025-09-12", []],
  // zeros added to a hedged round figure are no slip of another source's exact count…
  ["The district, which enrols approximately 12,600 pupils, said attendance was normal.", "2025-02-10", "The district said 126 pupils at one school were sent home.", "2025-02-12", []],
  // …but between exact figures they are
  ["The district enrols 12,600 pupils, it said.", "2025-02-10", "The district enrols 126 pupils, it said.", "2025-02-12", ["scale/critical"]],
  // a count kept since a day, larger as of a later day, has grown, digits swapped or not
  ["The council helpline has answered 3,417 calls since Friday, a spokeswoman said.", "2025-06-14", "The council helpline has answered 3,471 calls since Friday, a spokeswoman said on Monday.", "2025-06-16", []],
  // what is to happen by a time is a deadline, not a reading of a count part-way through a day
  ["The county said 260 homes below the weir must be evacuated by 5pm on Sunday.", "2025-11-02", "The county said 390 homes below the weir must be evacuated on Sunday.", "2025-11-02", ["numeric-conflict/critical"]],
  // states of the figure's own noun only, and "-en" is no participle of "women"
  ["The union said 510 posts would go if the college is closed or merged.", "2025-03-09", "The union said 470 posts would go if the college is closed.", "2025-03-09", ["numeric-conflict/major"]],
  // a swap against a figure for one place of the whole is a part, not a fallen tally
  ["The fire service said 52 barns had been destroyed by the wildfire.", "2025-08-15", "The fire service said 25 barns had been destroyed in the village of Marrow.", "2025-08-18", []],
  // a tally that only grows, lower in a later source with its digits swapped: no count that fell
  ["Assessors have confirmed that 63 barns were destroyed in the fire, officials said.", "2025-08-15", "The district office reports 36 barns destroyed along the ridge road.", "2025-08-19", ["time-scope/major"]],
  ["Assessors have confirmed that 63 barns were destroyed in the fire, officials said.", "2025-08-15", "The district office reports 41 barns destroyed along the ridge road.", "2025-08-19", []],
  // a count of people in either of two states holds the count of one
  ["Twelve climbers were killed in the avalanche, the mountain police said.", "2025-02-10", "Nineteen climbers were killed or injured in the avalanche, the mountain police said.", "2025-02-10", []],
  // a count read part-way through a day against the day's larger total: the day went on…
  ["The coastguard said it had answered 140 distress calls by 4 p.m., as the storm peaked.", "2025-11-02", "The coastguard answered 171 distress calls on Sunday, as the storm peaked.", "2025-11-03", []],
  // …but a smaller total than the reading is still contradicted
  ["The coastguard said it had answered 171 distress calls by 4 p.m., as the storm peaked.", "2025-11-02", "The coastguard answered 140 distress calls on Sunday, as the storm peaked.", "2025-11-03", ["numeric-conflict/major"]],
  // a yardstick's figure ("benchmark return") is another measure than the return itself
  ["The fund reported a net investment return of 8.2%, ahead of its strategic benchmark return of 7.5%.", "2025-06-17", "The fund made a return of 8.2 per cent on its investments over the year.", "2025-06-18", []],
  // …while a figure a little past the soft end of a one-sided hedge is a loose rounding
  ["The fund's largest holding is a stake of just over 300 million euros in the insurer.", "2025-06-17", "The fund's largest holding is a €319 million stake in the insurer.", "2025-06-18", ["rounding/minor"]],
  // two digits at another scale in one source are no slip ("1.2 million" residents, "120" enrolled)
  ["About 1.2 million people live in the region. The trial enrolled 120 people in the region.", "2025-10-13", "The weather was fine.", "2025-10-13", []],
  // a running total as of two days that has not moved between them
  ["By Monday evening, 1,214 people had been rescued from the flooded valley.", "2025-10-15", "By Wednesday evening, 1,214 people had been rescued from the flooded valley.", "2025-10-16", []],
  // a digit slip between "people" admitted and "admissions": a generic noun does not tell them apart
  ["Hospitals reported 2,946 admissions for heat-related illness during the heatwave.", "2026-07-23", "Hospitals admitted 2,496 people for heat illness over the heatwave.", "2026-07-23", ["numeric-conflict/critical"]],
  // a figure of an event dated more than a year before is no rival of the current one
  ["At the ward election on 4 May 2023, turnout in the ward was 58.5 per cent, the returning officer said.", "2025-03-13", "Turnout in the ward was 41.2 per cent, the returning officer said.", "2025-03-13", []],
  // (review of this session's changes: each of these once misfired)
  // a death toll against deaths-and-injuries is still a conflict: the parts are of other things
  ["Two people died and 40 were injured when the bus overturned.", "2025-06-17", "Forty-two people died when the bus overturned.", "2025-06-17", ["numeric-conflict/minor"]],
  // "Benchmark" before a name is an adjective, not a yardstick's figure
  ["Benchmark Brent crude settled at $84.20 a barrel on Tuesday.", "2025-06-17", "Brent crude settled at $86.10 a barrel on Tuesday.", "2025-06-17", ["numeric-conflict/critical"]],
  // "adjusted" and "underlying" are one variant written two ways
  ["The grocer said underlying profit rose to £3.13 billion for the year.", "2025-06-17", "The grocer said adjusted profit rose to £2.91 billion for the year.", "2025-06-17", ["numeric-conflict/major"]],
  // "picked up" in market copy is a rise
  ["Brent crude picked up 1.2% on Tuesday to settle at $84.20 a barrel.", "2025-06-17", "Brent crude rose 2.1% on Tuesday.", "2025-06-17", ["numeric-conflict/critical"]],
  // real and nominal growth are two measures, also in one source
  ["Average gross earnings were 4.3% higher than a year earlier. Adjusted for inflation, real average earnings grew by 3.4% on the year.", "2025-11-12", "Officials published the figures on Wednesday.", "2025-11-12", []],
  // (a review of this session's changes: each of these once misfired)
  // "laid off in November" after a future verb's object is last November
  ["The 3,400 workers laid off in November when the smelter closed will each receive a payment, the ministry announced.", "2025-02-12", "The government will compensate 4,000 workers laid off in November when the smelter closed, the ministry said.", "2025-02-12", ["numeric-conflict/critical"]],
  // a day after a from-figure still dates the rest of the sentence
  ["Officials said Tuesday that the landslide had killed 44 people and that 9 remain missing.", "2025-04-09", "The death toll from the landslide rose to 41 from 36 Monday, and 12 people remain missing, officials said.", "2025-04-09", []],
  // a shared specific noun on the same day is a conflict, however little else is shared
  ["Firefighters said Monday's blaze burned 95 houses to the ground.", "2025-04-09", "The wildfire that swept down from the pine-covered hills destroyed 40 homes on Monday, the fire service said.", "2025-04-09", ["numeric-conflict/critical"]],
  // a total restated per share keeps its own reading
  ["Torvik Energy's net profit climbed to £421m last year, lifted by higher power prices, the company said.", "2025-04-09", "Torvik Energy said on Wednesday that its net profit rose to £412m in 2024, or 31.2p a share, from £377m a year earlier.", "2025-04-09", ["numeric-conflict/critical"]],
  // a time of day with seconds and "local time" is no time taken
  ["The earthquake that struck on Tuesday was followed by four aftershocks over the next 3 hours, the institute said.", "2025-04-09", "The earthquake struck at 4:12:37 local time on Tuesday, the institute said.", "2025-04-09", []],
  // a change's subject is the noun before it, not one of another clause
  ["Norrskog Foods reported that its revenue rose 4% to £2.4bn last year.", "2025-04-09", "Norrskog Foods said underlying profit was flat as revenue rose 4% to £2.1bn in 2024.", "2025-04-09", ["numeric-conflict/critical"]],
  // "above normal levels on Monday" is Monday's reading
  ["On Tuesday the river stood 2.6 metres above normal levels as the crest moved downstream, the authority said.", "2025-04-09", "The river stood 3.2 metres above normal levels on Monday, the water authority said.", "2025-04-09", []],
  // a verb "reported" and "operating revenue" after the figure name no variant of its own
  ["Torvik Energy reported net profit of £412m for 2024.", "2025-04-09", "The company made a net profit of £455m on operating revenue of £3.1bn in 2024.", "2025-04-09", ["numeric-conflict/major"]],
  // (a second review of this session's changes: each of these once misfired)
  // an opposite variant in the phrase after the figure names the next figure's
  ["Kelmont Homes made a statutory pre-tax profit of £157.9m in 2024, the housebuilder said.", "2025-03-05", "For 2024, Kelmont Homes reported statutory pre-tax profit of £171.3m against adjusted pre-tax profit of £198.6m.", "2025-03-05", ["numeric-conflict/critical"]],
  // a phrasal verb before the future's object
  ["Harlan Motors will hire 330 apprentices in September for its plant, the company said.", "2025-02-10", "Harlan Motors will take on 300 apprentices in September at its plant, the company said.", "2025-02-10", ["numeric-conflict/critical"]],
  // a dateline before a figure
  ["Forty-seven people died when a ferry capsized in a storm off the coast on Monday night, the coastguard said.", "2025-04-08", "KELBY, Norland, April 8 (Coastal Wire) - 41 people died when a ferry capsized in a storm off the coast on Monday night, the coastguard said.", "2025-04-08", ["numeric-conflict/critical"]],
  // a race time before capitals ("UK record") is still a time taken
  ["Reyna won the marathon on Sunday in a 2:07:15 UK record.", "2025-04-07", "Reyna won the marathon on Sunday in 2:07:51, breaking the course record by 40 seconds.", "2025-04-07", ["numeric-conflict/critical"]],
  // a speaker in the possessive restricts no figure
  ["Forty-seven people have died in the floods, state officials said on Tuesday.", "2025-04-09", "The Governor's office said on Tuesday that 41 people had died in the floods.", "2025-04-09", ["numeric-conflict/critical"]],
  // "above the levels of 2000" compares with that year
  ["The river in York reached 5.6 metres on Tuesday. The river peaked at 5.4 metres in York in 2000.", "2025-04-09", "The river peaked at 5.6 metres in York on Tuesday, above the levels of 2000, the agency said.", "2025-04-09", []],
  // a change's subject runs over "and" ("underlying profit before tax and exceptional items")
  ["Kelmont said statutory profit before tax rose 2.1% to £71.3m in 2024.", "2025-03-05", "Kelmont said underlying profit before tax and exceptional items rose 6.3% to £97.5m in 2024.", "2025-03-05", []],
  // a record in the possessive dates its own clause, not the sentence's current figure
  ["The coastguard said 61 people had drowned on the beaches this year, a record.", "2025-08-20", "2023's record of 52 drownings has been passed, with 58 people drowned on the beaches, the coastguard said.", "2025-08-20", ["numeric-conflict/major"]],
  // a two-digit share with its digits swapped is a slip, though a share names no counted noun
  ["The union said 74% of members who voted in the ballot had backed strike action.", "2025-03-10", "The union said 47% of members who voted in the ballot backed strike action.", "2025-03-11", ["numeric-conflict/critical"]],
  // a time taken with two digits swapped
  ["Osei won the men's race in 2:07:15, a course record.", "2025-04-07", "Osei won the men's race in 2:07:51 to set a course record.", "2025-04-07", ["numeric-conflict/critical"]],
  ["Osei won the men's race in 2:07:51, a course record.", "2025-04-07", "Osei won the men's race in two hours, seven minutes and 51 seconds.", "2025-04-07", []],
  // a sum beside a sum per share of the same noun is per share too: the final dividend is part of the total
  ["The board is recommending a final dividend of 9.1p per share, which, together with the interim dividend of 4.5p, gives a total dividend of 13.6p.", "2025-04-09", "The retailer will return cash to shareholders through a total dividend of 13.6p per share.", "2025-04-09", []],
  // passengers and crew are two counts
  ["Rescuers said the ferry had 86 passengers on board when it sank off the cape.", "2025-06-17", "Rescuers said the ferry had 68 crew on board when it sank off the cape.", "2025-06-17", []],
  // electors and voters are two counts
  ["The by-election had 72,418 eligible electors.", "2025-06-17", "The by-election drew 47,210 voters.", "2025-06-17", []],
  // a when-clause's time and a relative clause's "will … by 2035" date the figure itself
  ["Turnout in the county was 67.3% when the last election was held in 2021.", "2025-06-17", "Turnout in the county was 59.8% in 2025.", "2025-06-17", []],
  ["The government wants 45 GW of offshore wind capacity, which it says will be installed by 2035.", "2025-06-17", "The government wants 30 GW of offshore wind capacity by 2030.", "2025-06-17", []],
  // figures more than ten times apart with no digits in common are other measures
  ["By 7am on Thursday, 238 passengers had reported symptoms of norovirus, the agency said.", "2025-10-09", "Three passengers were taken to hospital on Thursday, the agency said.", "2025-10-09", []],
  // a national figure against one with no place named is a narrower claim's rival at most
  ["The median wait from referral to operation was 23.6 weeks at the end of March.", "2025-06-17", "The national median wait from referral to operation was 16.9 weeks at the end of March.", "2025-06-17", ["numeric-conflict/minor"]],
  // a superseded range is an earlier value, not a rival of the current one
  ["The company now expects revenue of $5.05 billion to $5.15 billion, down from a previous range of $5.30 billion to $5.45 billion.", "2026-10-29", "The full-year range is now $5.05 to $5.15 billion.", "2026-10-30", []],
  // rates over a number: the same number over another denominator is a slip of the denominator
  ["The national admission rate was 31 per 10,000 people.", "2026-07-23", "This corresponds to a national rate of 31 admissions per 100,000 population.", "2026-07-23", ["scale/major"]],
  // rates per period are compared per year: "$13 a month" is "$158 a year"
  ["For a median home the levy costs about $158 a year.", "2026-05-02", "For a median home the levy costs roughly $13 a month.", "2026-05-02", []],
  // a date inside the calendar year named says the same figure less precisely
  ["The population was 7,986,540 at the previous census in October 2015.", "2026-03-02", "The population rose from 7,986,540 in 2015.", "2026-03-02", []],
  // a figure for a year long past against an unmarked current one
  ["The death toll rose to six on Wednesday.", "2026-03-11", "It was the worst crash since 2004, when nine people died in a derailment.", "2026-03-11", []],
  // the same wage per month and per week: one of the periods is wrong
  ["Kostelec will be paid in the region of £185,000 a month on a deal that runs until June 2031.", "2026-01-20", "Kostelec will earn around 185,000 pounds a week, making him the best-paid player.", "2026-01-20", ["scale/major"]],
  // "will" tells of a figure that is already set, not a pledge: it meets the same figure stated flat
  ["For a median home the levy will cost $157.70 a year.", "2026-05-02", "For a median home the levy costs $158 a year.", "2026-05-02", ["rounding/minor"]],
  // …while a pledge stays apart from an outcome
  ["The city promised to build 7,500 homes by 2030.", "2026-05-02", "The city built 6,000 homes last year.", "2026-05-02", []],
  // a round figure per day and per week, with the wording around it barely shared
  ["The salvage team is now pumping about 60 tonnes a week from the ship's undamaged tanks.", "2025-10-18", "Weather permitting, salvors are removing about 60 tonnes per day from the intact tanks.", "2025-10-18", ["scale/major"]],
  // a one-digit rate per month and per year, surely the same promised return
  ["The firm promised investors a fixed return of 9% a month from solar projects.", "2025-06-20", "Investors were promised a fixed return of 9% per year from solar projects.", "2025-06-20", ["scale/major"]],
  // the same repayment per month and per year, named by different nouns
  ["- Repayments of $9.8 million a month from the hotel tax for the next thirty years.", "2026-02-12", "- Annual debt service on the bonds: $9.8 million a year, paid from hotel tax revenue.", "2026-02-12", ["scale/major"]],
  // each source's only vote: one vote, told two ways
  ["The Monetary Policy Committee voted 7-2 in favour of the cut.", "2026-11-18", "Key facts\n\n- Vote: 6–3\n- Next meeting: 16 December", "2026-11-18", ["numeric-conflict/major"]],
  // …but a source that gives several tallies is not matched by that alone
  ["The committee voted 7-2 on rates and 5-4 on bonds.", "2026-11-18", "Key facts\n\n- Vote: 6–3", "2026-11-18", []],
  // the same change in percent and in points, its wording barely shared: one unit is wrong
  ["Turnout rose 4.4 percent compared with 2020, officials said.", "2024-10-07", "Turnout was 61.2 percent of the town's 40,300 registered voters, up 4.4 percentage points from 56.8 percent.", "2024-10-07", ["scale/major"]],
  ["Coverage was 3.1 percent below the national average.", "2024-10-07", "Coverage of 88.5 percent was 3.1 percentage points below the national rate.", "2024-10-07", ["scale/major"]],
  // a possessive before the figure makes it something that exists, whatever is promised about it
  ["She promised to go through the city's $2.4 million annual budget line by line.", "2024-10-07", "She pledged a line-by-line review of the city's $2.4 billion annual budget.", "2024-10-07", ["scale/critical"]],
  // rain in millimetres and a river in metres share "record": units chosen for things of different sizes
  ["Dunford recorded 132mm of rain on Friday, above the previous daily record of 104mm set in March 2001.", "2024-10-21", "The river peaked at 5.1 metres, above the previous record of 4.72 metres set in March 2001.", "2024-10-21", []],
  // the same number in another unit of the same kind, days apart: one unit is wrong
  ["The virus can stay in the air for up to two hours after an infected person has left.", "2025-03-11", "The virus can hang in the air for up to two days after an infected person has left.", "2025-03-14", ["scale/major"]],
  // a cut of jobs, rounded in one source: "cutting" is a cut as "cut" is
  ["The maker said it would close the plant, cutting 1,240 jobs.", "2024-03-12", "The maker will cut more than 1,200 jobs at the plant.", "2024-03-13", ["rounding/minor"]],
  // the same digits with the decimal point moved, for the same cost: a slip by ten
  ["The chief executive put the direct cost of the recall at about €2.4m.", "2025-04-04", "He said the recall could cost the company in the region of €24 million.", "2025-04-01", ["scale/critical"]],
  // a date inside a span of more than a year says too little to call the figure moved
  ["The district faces an $18.4 million gap in its 2025-26 budget.", "2025-06-18", "In May 2025 the district put the gap at $18.4 million.", "2025-06-20", []],
  // a total that only grows, named as the toll, lower in a later edition: out of date
  ["The death toll from the floods has risen to nine, police said.", "2024-10-24", "The floods have killed seven people, police said.", "2024-10-28", ["time-scope/major"]],
  // …and so does a count of the injured
  ["The number injured in the pile-up has risen to 38, police said.", "2024-10-24", "Police said 29 people were injured in the pile-up.", "2024-10-28", ["time-scope/major"]],
  // …but two days' counts are not a falling total
  ["Police arrested 14 protesters in the capital.", "2024-10-24", "Police arrested 11 protesters in the capital.", "2024-10-25", []],
  ["Officials confirmed 32 new cases of measles in the region.", "2025-03-12", "The total of measles cases in the region rose to 29 new cases.", "2025-03-14", []],
  // units and packs of one product are one count: transposed digits are a slip
  ["The recall now covers 14 batches and a total of 318,600 units.", "2025-03-31", "The recall, widened on Monday, now covers 381,600 packs of cheese.", "2025-04-02", ["numeric-conflict/critical"]],
  // admissions and people admitted to hospital are one count
  ["The agency has reported 52 deaths and 3,140 admissions, officials said.", "2025-07-18", "In all, 3,410 people have been admitted to hospital with heat-related conditions.", "2025-07-18", ["numeric-conflict/critical"]],
  // a running tally as of one day in both: "by Friday" and "on Friday" are the same day
  ["By Friday, the authority had confirmed 31 cases of measles.", "2025-03-15", "Officials reported eight new cases of measles since the total stood at 38 on Friday.", "2025-03-18", ["numeric-conflict/critical"]],
  // the same figure tied to another year, for the counted thing one side names and the other speaks of
  ["Tarnwell Pumps made a net profit of €318 million last year, the company said.", "2026-03-02", "Net profit attributable to shareholders was €204 million, compared with €318 million in 2024.", "2026-03-01", ["time-scope/major"]],
  // a town's size and the people a notice covered are not one count
  ["About 9,000 residents of Brindle were told Thursday evening to boil their tap water before drinking it, after tests found bacteria in the town's water system.\n\nBrindle, a town of about 12,000 people roughly 30 miles east of the capital, last issued a boil-water notice in 2014.", "2025-10-10", "The weather was fine.", "2025-10-10", []],
  // a new requirement and the one it replaces ("up from the current requirement of")
  ["The commission recommends that 25 per cent of homes on sites of ten or more be affordable, up from the current requirement of 15 per cent.", "2025-11-06", "The plan also raises the share of affordable housing required on sites of ten or more homes from 15 per cent to 25 per cent, and a 25 per cent affordable requirement could slow building.", "2025-11-07", []],
  // the same number in litres and in gallons, though the other source gives litres beside its gallons
  ["The town said it had handed out 36,000 liters of water since Friday.", "2025-10-13", "The town reports that 36,000 gallons (about 136,000 liters) of bottled water had been distributed at its sites.", "2025-10-13", ["numeric-conflict/minor", "scale/major"]],
  // "worth" and "valued at" are one measure: the same digits at ten times the value are a slip
  ["At the close Tarvic Group was worth about £14bn.", "2025-07-25", "Shares in the appliance maker fell sharply. The company is valued at about £1.4bn.", "2025-07-25", ["scale/major"]],
  // a short figure's transposed digits ("2.4%" / "4.2%") do not outweigh the same short figure
  // the other source gives for the same thing: a share price's fall is not the traffic's
  ["The disruption has dented Kelvar's passenger numbers. The airline carried 148,000 passengers in July, 2.4% fewer than a year earlier, and set aside €27m for compensation.", "2025-08-27", "Kelvar carried 1.48 million passengers in the month, down 2.4% from 1.52 million in July 2024.\n\nKelvar shares closed 4.2% lower on Wednesday.", "2025-08-27", ["scale/critical"]],
  // a rate over the same period in units far apart ("a second"): one flow, a slip of its unit
  ["A fault zone flooded the project last year, with water pouring in at up to 210 cubic metres a second.", "2026-03-10", "Crews injected cement into the rock to stem a water flow that peaked at up to 210 litres per second.", "2026-03-09", ["scale/major"]],
  // "total revenue" and "the university's revenue" are not figures of different bodies
  ["International students provide 27 per cent of the university's $3.84 billion annual revenue.", "2026-03-03", "In 2025 the University's total revenue was $384 million, of which $104 million (27 per cent) came from fees paid by overseas students.", "2026-03-03", ["scale/critical"]],
  // offers of sources published on different days are rounds of a negotiation…
  ["Kelby Transit has offered drivers 3% for 2025.", "2025-10-06", "Kelby Transit's offer to drivers is 4.2% for 2025.", "2025-10-10", []],
  // …unless the digits are a slip of each other
  ["The union rejected the operator's pay offer of 5.4% for drivers.", "2025-10-06", "The union rejected the operator's pay offer of 4.5% for drivers.", "2025-10-10", ["numeric-conflict/critical"]],
  // a level a change started from in a year of its own is not the current figure of another source
  ["Oat plantings in the province shrank to 346,000 acres, the ministry said.", "2027-08-07", "Oat plantings in the province fell to 352,000 acres from 364,000 acres in 2026, the ministry said.", "2027-09-16", []],
  // a price as traded moves from day to day: sources of different days do not contradict each other…
  ["Robusta coffee was quoted at $4,120 a tonne in London.", "2027-03-02", "Robusta coffee was quoted at $4,310 a tonne in London.", "2027-03-09", []],
  // …but on the same day they do
  ["Robusta coffee was quoted at $4,120 a tonne in London.", "2027-03-09", "Robusta coffee was quoted at $4,310 a tonne in London.", "2027-03-09", ["numeric-conflict/major"]],
  // the same two digits under another scale word, each the other's closest match: a slip…
  ["About 240 jobs will go at the Harven headquarters, the company confirmed, on the same morning it announced a €2.7 million takeover of an American rival.", "2026-03-03", "The deal, approved by both boards, is worth approximately €2.7 billion.", "2026-03-03", ["scale/major"]],
  // jobs lost and new jobs: flows the other way are other measures
  ["Traders said the figures reflected the closure in September of the Vessel Road foundry, which cost 410 jobs, along with knock-on losses among its suppliers.", "2025-11-14", "Add September's 7,300 new jobs and the autumn looks rosy indeed.", "2025-11-16", []],
  // the same number in units of different kinds for the same thing: one unit is wrong…
  ["The freighter, which struck a reef on Sunday, lost some 3,600 barrels of diesel from a holed tank.", "2026-02-10", "About 3,600 tonnes of diesel leaked from the freighter after it struck a reef, the coastguard said.", "2026-02-11", ["scale/major"]],
  // …but not for other things, nor a rate against an amount
  ["The depot stores 3,600 tonnes of grain for the region's mills.", "2026-02-10", "The new pipeline carries 3,600 barrels of crude a day to the port.", "2026-02-11", []],
  ["The field carries 120,000 barrels of oil a day to the coast.", "2026-02-10", "The tanker spilled 120,000 tonnes of oil off the coast.", "2026-02-11", []],
  // crowns are a currency
  ["The bank will shrink its bond holdings by 16.2 billion crowns over the year.", "2026-11-18", "The bank will shrink its bond holdings by 12.6 billion crowns over the year.", "2026-11-18", ["numeric-conflict/critical"]],
  // …but two nouns the rules do not list apart may be one thing: "pupils" and "students"
  ["Fire forced the evacuation of Harnby Grammar School, where 1,380 pupils were in lessons on Monday.\n\nAll 138 students at Harnby Grammar School were led out safely, the headteacher said.", "2025-06-10", "The school reopened on Wednesday.", "2025-06-12", ["scale/major"]],
  // a count already recorded for dates a year on is a slip, though the other source gives no year
  ["Harnby police recorded 1,362 burglaries from Feb. 1 to April 30, the force said on Tuesday.", "2025-12-09", "Harnby police recorded 1,362 burglaries from 1 February to 30 April 2026, the force said.", "2025-12-09", ["time-scope/major"]],
  // one dimension of one thing is the same whenever it is stated: no period needed
  ["Dam fears\n\nNotes to editors\n- Height: 31 metres.\n- Crest length: 410 metres.\n", "2025-03-13", "Dam fears\n\nKey facts\nDam height: 13 metres\nHomes evacuated: 412\n", "2025-03-15", ["numeric-conflict/critical"]],
  // …but other physical figures without a period may be of other times
  ["Floodwater stood 1.2 metres deep in the main street.", "2025-03-13", "Floodwater was 1.9 metres deep in the main street.", "2025-03-15", ["numeric-conflict/minor"]],
  // dates without a year, read as the last such dates, against the same dates still to come
  ["The two governments agreed to close an area of 1,280 square kilometres around the Dogger Ridge to all trawling from Feb. 1 to April 30.", "2025-12-11", "The Parties agreed to close an area of 1,280 square kilometres at the Dogger Ridge to bottom trawling from 1 February to 30 April 2026.", "2025-12-12", []],
  // the same digits at ten times the value count other things: stores and jobs
  ["Harlow & Finch collapses, 1,750 jobs to go\n\nHarlow & Finch collapsed into administration on Tuesday, with 38 of its 175 stores set to close and 1,750 jobs to be cut.", "2026-02-04", "Harlow & Finch will close stores across the north, the administrators said.", "2026-02-05", []],
];

test("a conversion that does not match cites the other source's conversion that bears out the figure", () => {
  const report = checkSync([src("a.txt", "2025-08-07", "At the briefing in Brenton on Wednesday, he said the fire had burned 8,300 hectares (about 3,400 acres)."), src("b.txt", "2025-08-07", "Summary: the fire has burned roughly 20,500 acres.")], { jobs: 1 });
  const f = report.findings.find((x) => x.rule === "numeric-conflict");
  expect(f?.severity).toBe("major");
  expect(f?.claims.map((c) => `${c.source}:${c.text}`)).toContain("b.txt:roughly 20,500 acres");
});

test("…and the conversion another source gives beside the same figure, however far along the chain it stands", () => {
  const report = checkSync(
    [
      src("a.txt", "2025-06-02", "Key facts\n\nLength: 6.4 km (5.2 miles)\nOpened: 2009"),
      src("b.txt", "2025-06-01", "- Total crossing length: 6.4 km, including the 4.1 km bridge structure."),
      src("c.txt", "2025-06-03", "The 6.4 km (4 miles) crossing, including approach viaducts, links the port town with the south shore."),
    ],
    { jobs: 1 },
  );
  const f = report.findings.find((x) => x.claims.some((c) => c.text === "5.2 miles"));
  expect(f?.claims.map((c) => `${c.source}:${c.text}`)).toContain("c.txt:4 miles");
});

test("a figure moved to another year cites the figure its source gives for that year beside it", () => {
  const report = checkSync([src("a.txt", "2026-03-02", "Tarnwell Pumps made a net profit of €318 million last year, the company said."), src("b.txt", "2026-03-01", "Net profit attributable to shareholders was €204 million, compared with €318 million in 2024.")], { jobs: 1 });
  const f = report.findings.find((x) => x.kind === "time-scope");
  // (with the words that date each of the pair: the periods that disagree)
  expect(f?.claims.map((c) => `${c.source}:${c.text}`).sort()).toEqual(["a.txt:last year", "a.txt:€318 million", "b.txt:2024", "b.txt:€204 million", "b.txt:€318 million"]);
  expect(f?.message).toContain('which gives "€204 million" beside it');
});

test.each([
  // in the sentence that dates the figure
  ["The trust recorded an operating deficit of $38.5 million in 2025 and forecasts a deficit of $21 million this year.", ["b.txt:$21 million"]],
])("a figure moved to another year cites what the dating source gives for that year: %s", (b, cited) => {
  const report = checkSync([src("a.txt", "2026-03-10", "With this year's operating deficit of $38.5 million, the trust is cutting 340 posts."), src("b.txt", "2026-03-04", b)], { jobs: 1 });
  const f = report.findings.find((x) => x.kind === "time-scope");
  expect(f?.claims.map((c) => `${c.source}:${c.text}`).sort()).toEqual(["a.txt:$38.5 million", "a.txt:this year", ...cited, "b.txt:$38.5 million", "b.txt:2025"].sort());
});

test("a change moved to another baseline cites what a source gives from that baseline", () => {
  const report = checkSync(
    [
      src("release.txt", "2025-11-12", "Ferry passengers numbered 912,480 in the third quarter of 2025, an increase of 6.3% on the third quarter of 2024.\n\nIn the first nine months of 2025, ferry passengers numbered 2,310,400, an increase of 4.1% on the same period of 2024."),
      src("trade.txt", "2025-11-14", "Ferry passengers in the first nine months rose 6.3% compared with January to September 2024."),
    ],
    { jobs: 1 },
  );
  const f = report.findings.find((x) => x.kind === "time-scope");
  expect(f?.message).toMatch(/release\.txt gives "4\.1%" for a change from January–September 2024/);
  expect(f?.claims.map((c) => `${c.source}:${c.text}`).sort()).toEqual(["release.txt:4.1%", "release.txt:6.3%", "trade.txt:6.3%"]);
});

test("a figure a later source gives as the level before a change is no conflict with the new level", () => {
  const report = checkSync(
    [src("wire.txt", "2025-10-16", "The bank lowered its key refinancing rate to 4.35% from 4.60% in June."), src("release.txt", "2025-10-23", "The bank cut its key refinancing rate to 4.10% from 4.35%."), src("column.txt", "2025-10-26", "The bank's key refinancing rate, now 4.10%, still bites.")],
    { jobs: 1 },
  );
  expect(report.findings.filter((f) => f.kind === "numeric-conflict")).toEqual([]);
});

describe("a figure another source gave, before it, as the level a change started from", () => {
  const statement = "Occupancy of the Varden Bay hotels has climbed to 81 per cent, up from 57 per cent on Monday, the tourism board said.";
  test("stated as current later is out of date (time-scope)", () => {
    const report = checkSync([src("statement.txt", "2027-02-18", statement), src("column.txt", "2027-02-20", "Occupancy of the Varden Bay hotels, now 57 per cent, is still below what owners hoped for.")], { jobs: 1 });
    const f = report.findings.find((x) => x.kind === "time-scope");
    expect(f?.severity).toBe("major");
    expect(f?.claims.map((c) => `${c.source}:${c.text}`).sort()).toEqual(["column.txt:57 per cent", "statement.txt:57 per cent", "statement.txt:81 per cent"]);
  });
  test("…or as an earlier day's count of a running tally, beside the current one", () => {
    const report = checkSync(
      [
        src("agency.txt", "2025-10-11", "As of 10:00 today, a total of 412 cases of the virus have been reported on the ship. The previous update, at noon on Friday, recorded 389 cases."),
        src("paper.txt", "2025-10-13", "In all, 389 cases of the virus were reported on the ship, the agency said."),
      ],
      { jobs: 1 },
    );
    const f = report.findings.find((x) => x.kind === "time-scope");
    expect(f?.claims.map((c) => `${c.source}:${c.text}`)).toEqual(expect.arrayContaining(["agency.txt:412", "paper.txt:389"]));
  });
  test("a from-value dated to its own period ('a year earlier') counts too", () => {
    const report = checkSync(
      [src("accounts.txt", "2027-02-18", "The Varden water board's reserves stood at £81.4m at 31 December 2026, down from £96.0m a year earlier."), src("column.txt", "2027-02-20", "The Varden water board is sitting on reserves of £96m and should cut its charges.")],
      { jobs: 1 },
    );
    const f = report.findings.find((x) => x.kind === "time-scope");
    expect(f?.claims.map((c) => `${c.source}:${c.text}`).sort()).toEqual(["accounts.txt:£81.4m", "accounts.txt:£96.0m", "column.txt:£96m"]);
  });
  test("stated before the change was reported is no finding", () => {
    const report = checkSync([src("statement.txt", "2027-02-18", statement), src("column.txt", "2027-02-16", "Occupancy of the Varden Bay hotels, now 57 per cent, is still below what owners hoped for.")], { jobs: 1 });
    expect(report.findings.filter((x) => x.kind === "time-scope")).toEqual([]);
  });
  test("the most over a time ('down from a peak of') is no earlier level", () => {
    const report = checkSync(
      [src("update.txt", "2027-02-18", "Harlan Power said 12,300 homes were still without power on Tuesday evening, down from a peak of 64,800 homes on Monday."), src("business.txt", "2027-02-20", "Harlan Power, which cut electricity to 64,800 homes at the height of the storm, expects repair costs of about $9m.")],
      { jobs: 1 },
    );
    expect(report.findings.filter((x) => x.kind === "time-scope")).toEqual([]);
  });
});

describe("quantity rules on two sources", () => {
  test.each(rows)("%s (%s) / %s (%s) → %j", (a, da, b, db, expected) => {
    const report = checkSync([src("a.txt", da, a), src("b.txt", db, b)], { jobs: 1 });
    const rules = report.findings.filter((f) => f.claims.some((c) => c.normalized?.type === "quantity")).map((f) => `${f.rule}/${f.severity}`).sort();
    expect(rules).toEqual(expected);
  });
});

describe("two readings that two sources each give both of are both facts of the story", () => {
  const port = (c: string, d: string) =>
    checkSync(
      [
        src("a.txt", "2026-07-01", "The port had asked for 2,400 ship calls a year; the current limit is 1,800."),
        src("b.txt", "2026-07-01", "The port's current limit of 1,800 ship calls a year stays. The port had applied for a limit of 2,400."),
        src("c.txt", "2026-07-02", c),
        src("d.txt", "2026-07-02", d),
      ],
      { jobs: 1 },
    ).findings.filter((f) => f.kind === "numeric-conflict");
  test("one source giving each of them is no conflict", () => {
    expect(port("The council set the limit at 1,800 ship calls, the port said.", "The port wanted the limit at 2,400 ship calls, it said.")).toEqual([]);
  });
  test("…but a reading neither of them gives still is", () => {
    const found = port("The council set the limit at 1,800 ship calls, the port said.", "The council set the limit at 2,100 ship calls, the port said.");
    expect(found.some((f) => f.claims.some((c) => c.text === "2,100"))).toBe(true);
  });
  // readings of one period: both dated to it where two sources give them (two firms' traffic)
  const airlines = (c: string) =>
    checkSync(
      [
        src("a.txt", "2026-03-01", "In 2025 Arvel carried 38.7 million passengers and Torrin carried 22.5 million, the ministry said."),
        src("b.txt", "2026-03-01", "Arvel carried 38.7 million passengers in 2025 and Torrin 22.5 million."),
        src("c.txt", "2026-03-02", c),
      ],
      { jobs: 1 },
    ).findings.filter((f) => f.kind === "numeric-conflict" || f.kind === "time-scope");
  test("two readings of one period that two sources each give are two facts", () => {
    expect(airlines("Torrin carried 22.5 million passengers in 2025, the airline said.")).toEqual([]);
  });
  test("…but not where a source dates one of them to another period", () => {
    const found = checkSync(
      [
        src("a.txt", "2026-03-01", "The port handled 41,300 containers in 2025, up from 36,800 in 2024."),
        src("b.txt", "2026-03-01", "Container traffic rose to 41,300 in 2025 from 36,800 in 2024, the port said."),
        src("c.txt", "2026-03-02", "The port handled 36,800 containers in 2025, the port said."),
      ],
      { jobs: 1 },
    ).findings.filter((f) => f.severity === "major" || f.severity === "critical");
    expect(found.some((f) => f.claims.some((c) => c.text === "36,800" && c.source === "c.txt"))).toBe(true);
  });
});

describe("a change in percent against the same change in points", () => {
  const run = (b: string) =>
    checkSync([src("a.txt", "2026-05-02", "The operator said 91.2% of trains ran on time in 2025, up from 88.7% the year before. The improvement of 2.5 percentage points is its best."), src("b.txt", "2026-05-02", b)], { jobs: 1 }).findings.filter((f) => f.kind === "scale");
  test("the same precise level just before each makes it the same change, whatever else is worded", () => {
    expect(run("Harlan Trains said 91.2% of its tickets were bought online, a rise of 2.5 per cent.")).toHaveLength(1);
  });
  test("…not a level in the sentence before that the change does not point back to", () => {
    const f = checkSync(
      [
        src("a.txt", "2026-05-02", "Turnout in the Eastfold by-election was 41.6%, officials said. Labour's share climbed 4.2 percentage points on the general election."),
        src("b.txt", "2026-05-02", "Turnout in the Eastfold by-election was 41.6%. Council tax bills in the seat were up 4.2 per cent, a local issue in the campaign."),
      ],
      { jobs: 1 },
    ).findings.filter((x) => x.kind === "scale");
    expect(f).toHaveLength(0);
  });
  test("…not a change beside another level", () => {
    expect(run("Harlan Trains said 47.3% of its tickets were bought online, a rise of 2.5 per cent.")).toHaveLength(0);
  });
});

describe("a source's own hedged reading that bears out the other side is shown with a conflict", () => {
  test("the body's hedged figure beside the box's mistyped one (a blind story's broadcaster)", () => {
    const dir = "test/fixtures/blind/fk-corran-ridge-fire";
    const story = JSON.parse(readFileSync(`${dir}/case.json`, "utf8")) as { sources: Array<{ file: string; published: string }> };
    const report = checkSync(story.sources.map((s) => ({ path: s.file, text: `---\npublished: ${s.published}\n---\n${readFileSync(`${dir}/${s.file}`, "utf8")}` })), { jobs: 1 });
    const box = report.findings.filter((f) => f.claims.some((c) => c.source === "broadcast.txt" && c.text === "1,410"));
    expect(box.length).toBeGreaterThan(0);
    expect(box.some((f) => f.claims.some((c) => c.source === "broadcast.txt" && c.text === "More than 1,100"))).toBe(true);
  });
});

describe("the same figure tied to two periods shows what each source gives for the other's period", () => {
  test("the misdated figure beside the one its period had (a blind story's release and broadcaster)", () => {
    const dir = "test/fixtures/blind/gp-carnbridge-maternity-suspension";
    const story = JSON.parse(readFileSync(`${dir}/case.json`, "utf8")) as { sources: Array<{ file: string; published: string }> };
    const report = checkSync(story.sources.map((s) => ({ path: s.file, text: `---\npublished: ${s.published}\n---\n${readFileSync(`${dir}/${s.file}`, "utf8")}` })), { jobs: 1 });
    const f = report.findings.filter((x) => x.kind === "time-scope" && x.claims.some((c) => c.source === "broadcast.txt" && c.text === "1,912"));
    expect(f).toHaveLength(1);
    expect(f[0].claims.map((c) => `${c.source}:${c.text}`)).toContain("release.txt:1,840");
  });
});

describe("the same figure over another stretch of time", () => {
  const run = (a: string, b: string) =>
    checkSync([src("a.txt", "2027-04-02", a), src("b.txt", "2027-04-03", b)], { jobs: 1 }).findings.filter((f) => f.kind === "time-scope").map((f) => f.claims.map((c) => c.text).join(" / "));
  test.each([
    ["Forecasters said 94 millimetres of rain fell in 12 hours before the bank gave way.", "The gauge recorded 94 mm of rain in the three hours before the flood.", ["94 millimetres / in 12 hours / 94 mm / in the three hours"]],
    ["The levy is expected to raise €41 million a year for buses.", "The levy is expected to raise €41 million over its first four years for buses.", ["€41 million / €41 million / over its first four years"]],
    // the same stretch in other words, or none stated on one side: no finding
    ["The levy is expected to raise €41 million a year for buses.", "The levy is expected to raise €41 million over 12 months for buses.", []],
    ["Forecasters said 94 millimetres of rain fell in 12 hours before the bank gave way.", "The gauge recorded 94 mm of rain before the flood.", []],
    // a source that gives the value over both stretches gives both facts
    ["The economy grew 2.4 percent in the 12 months to March, the bank said.", "The economy grew 2.4 percent in the year to March. It grew 2.4 percent over the past three years too.", []],
  ])("%s / %s", (a, b, expected) => {
    expect(run(a, b)).toEqual(expected);
  });
  test("the other sources giving the figure over either stretch are shown, with their stretch's words", () => {
    const found = checkSync(
      [
        src("a.txt", "2027-04-02", "Its bulletin said 85 centimetres of fresh snow had fallen in 24 hours at the summit station."),
        src("b.txt", "2027-04-03", "Fresh snow at the summit station: 85 cm in 48 hours."),
        src("c.txt", "2027-04-03", "In the 48 hours before the avalanche, 85 centimetres of fresh snow fell at the summit station."),
      ],
      { jobs: 1 },
    ).findings.filter((f) => f.kind === "time-scope");
    expect(found.map((f) => f.claims.map((c) => `${c.source}:${c.text}`).sort())).toEqual([["a.txt:85 centimetres", "a.txt:in 24 hours", "b.txt:85 cm", "b.txt:in 48 hours", "c.txt:85 centimetres", "c.txt:In the 48 hours"]]);
  });
});

// two sources whose figures measure different things: no numeric conflict
test.each([
  // figures measured by a unit keep it as their measure, whatever they are the subject of
  ["The Harlow fire has burned 23,713 acres and the Eastvale fire has burned 14,117 acres.", "The Harlow fire has scorched 23,713 acres, while 14,117 acres have burned in the Eastvale fire."],
  // a change noun after an "of" complement stays in it ("of revenue growth" is no revenue)
  ["The unit delivered $340 million of revenue growth last year.", "The unit delivered $410 million of revenue last year."],
])("no conflict: %s / %s", (a, b) => {
  const report = checkSync([src("a.txt", "2027-01-09", a), src("b.txt", "2027-01-09", b)], { jobs: 1 });
  expect(report.findings.filter((f) => f.kind === "numeric-conflict")).toEqual([]);
});

test("two tallies of one sentence are two facts, not both readings of one (deaths against the injured)", () => {
  const report = checkSync(
    [
      src("a.txt", "2027-02-10", "Fourteen people died and six were injured when a coach overturned on Tuesday, police said."),
      src("b.txt", "2027-02-10", "The crash killed 14 people and injured six others, police said on Tuesday."),
      src("c.txt", "2027-02-10", "Six people died when a coach overturned on Tuesday, police said."),
    ],
    { jobs: 1 },
  );
  const f = report.findings.filter((x) => x.kind === "numeric-conflict");
  expect(f.map((x) => x.claims.filter((c) => c.source === "c.txt").map((c) => c.text))).toEqual([["Six"]]);
});

test("a source stating both readings of a figure another source states once is one finding", () => {
  const report = checkSync([src("a.txt", "2027-06-18", "The new rail tunnel runs 12 miles under the bay. Engineers said the 12-kilometre rail tunnel would open in May."), src("b.txt", "2027-06-15", "The 12-kilometre rail tunnel under the bay opens in May.")], { jobs: 1 });
  expect(report.findings.map((f) => `${f.kind}/${f.severity}`)).toEqual(["scale/major"]);
  expect(report.findings[0].claims.map((c) => `${c.source}:${c.text}`).sort()).toEqual(["a.txt:12 miles", "a.txt:12-kilometre", "b.txt:12-kilometre"]);
});

test.each([
  // one source counting one thing twice with two digits swapped, the second time with an
  // irregular participle after the noun ("homes lost")
  ["Inspectors confirmed that 64 homes have been destroyed in the valley.\n\nHer house was among the 46 homes lost, she said.", ["internal/critical:64 / 46"]],
  // a capacity, or what is needed, beside what there is: two facts
  ["A coach left the road near the village on Monday evening, police said.\n\nIt had 34 passengers on board.\n\nIt has seats for 43 passengers, the operator said.", []],
  ["The school has 28 teachers on its staff.\n\nNext year it will need 82 teachers, the head said.", []],
  // other things counted, or across sources by chance: no slip
  ["Inspectors confirmed that 64 homes have been destroyed in the valley.\n\nHer street was among the 46 roads closed, she said.", []],
])("two small figures of one source with digits swapped: %s", (text, expected) => {
  const report = checkSync([src("a.txt", "2027-05-03", text)], { jobs: 1 });
  expect(report.findings.map((f) => `${f.kind}/${f.severity}:${f.claims.map((c) => c.text).join(" / ")}`)).toEqual(expected);
});

test("a figure moved to another period cites the other source's own figure for it, given beside the twin after a short aside", () => {
  const report = checkSync(
    [
      src("a.txt", "2025-07-08", "Average attendance last season was 21,604, the highest since 2001-02 and up from 19,877 in 2023-24."),
      src("b.txt", "2025-07-11", "The club, which averaged 19,877 at the stadium last season, wants a bigger ground."),
    ],
    { jobs: 1 },
  );
  const f = report.findings.filter((x) => x.kind === "time-scope");
  expect(f).toHaveLength(1);
  expect(f[0].claims.map((c) => `${c.source}:${c.text}`).sort()).toEqual(["a.txt:19,877", "a.txt:2023-24", "a.txt:21,604", "b.txt:19,877", "b.txt:last season"]);
});

test.each([
  // the lede's undated figure is as of now; a body figure dated to an earlier year is then's
  ["The survey put the herd at an estimated 312 animals, officials said on Tuesday.\n\nThe previous survey, in 2019, counted 240 animals.", []],
  // …but a lede dated to its event against the body's undated figure is one source's two tolls
  ["A ferry that struck a pier last November, killing four people, was going too fast, a report found on Tuesday.\n\nRelatives of the five people who died said the report came too late.", ["internal/major"]],
  // a count referred back to ("the two firefighters treated …") in the same words as the count given before
  ["Crews fought the blaze through the night at the depot on the edge of the town.\n\nThree firefighters were treated for smoke inhalation at the scene, the fire service said.\n\nThe two firefighters treated for smoke inhalation were later released.", ["internal/major"]],
  // …not a part of a whole ("All 38 …" then "Twenty …"), nor an earlier figure referring forward
  ["A fire broke out at a chemical plant in Kelby on Wednesday night.\n\nAll 38 workers on the night shift were accounted for, the company said.\n\nTwenty workers on the night shift were treated for smoke at the scene.", []],
  ["A fire broke out at a chemical plant in Kelby on Wednesday night.\n\nThe 30 staff at the packing plant were sent home.\n\nUnion officials said 18 staff at the packing plant would be paid.", []],
  // …not some of them, narrowed by a clause of their own
  ["Crews fought the blaze through the night at the depot on the edge of the town.\n\nNineteen crew members were rescued from the vessel, the company said.\n\nThe company is in touch with the 14 crew members who have since been discharged from hospital.", []],
])("a lede's figure against the body's: %s", (text, expected) => {
  const report = checkSync([src("a.txt", "2025-09-23", text)], { jobs: 1 });
  expect(report.findings.map((f) => `${f.kind}/${f.severity}`)).toEqual(expected);
});

test("a toll higher in a later source has grown, whatever period words stand near it", () => {
  const report = checkSync(
    [
      src("a.txt", "2025-09-09", "Rescuers freed nine miners at the Corrach mine.\n\nKey facts\nMiners rescued: 9\nConfirmed dead: 2"),
      src("b.txt", "2025-09-12", "The fall of ground that killed three men at the mine this week is likely to reopen a long debate.\n\nThe three deaths come in a year in which regulators had been pointing to improvement. Valley mines recorded 7 fatalities in 2024, against 41 across the country."),
    ],
    { jobs: 1 },
  );
  expect(report.findings.filter((f) => f.rule === "numeric-conflict")).toEqual([]);
});

test("a death count given once in each source falls only as a stale tally; a source with other counts of it may be giving a part", () => {
  const kinds = (a: string) => checkSync([src("a.txt", "2025-09-16", a), src("b.txt", "2025-09-18", "The collapse, which killed seven people, led to new rules for scaffolding firms.")], { jobs: 1 }).findings.map((f) => f.kind);
  expect(kinds("Nine people died as a result of the collapse, the inspectorate said in its report.")).toContain("time-scope");
  expect(kinds("Nine people died as a result of the collapse. Seven people died at the scene, the inspectorate said.")).not.toContain("time-scope");
  // (arrests, or one night's deaths, are separate counts from one day to the next)
  const two = (a: string, b: string) => checkSync([src("a.txt", "2025-09-16", a), src("b.txt", "2025-09-18", b)], { jobs: 1 }).findings.map((f) => f.kind);
  expect(two("Police arrested 14 people during a protest at the depot.", "Police arrested 11 people as protesters returned to the depot.")).not.toContain("time-scope");
  expect(two("Air strikes killed 14 people in the city overnight, officials said.", "Air strikes killed 11 people in the city overnight, officials said.")).not.toContain("time-scope");
});

test("a source's own two readings of a figure cite the other sources that bear one of them out", () => {
  const report = checkSync(
    [
      src("a.txt", "2027-05-03", "Turnout was 68.2% in Sunday's vote, the commission said.\n\nWith a turnout of 62.8%, the result was the closest in a decade."),
      src("b.txt", "2027-05-03", "Turnout was 68.2% in Sunday's vote, according to the commission."),
    ],
    { jobs: 1 },
  );
  const f = report.findings.filter((x) => x.kind === "internal");
  expect(f).toHaveLength(1);
  expect(f[0].claims.map((c) => `${c.source}:${c.text}`).sort()).toEqual(["a.txt:62.8%", "a.txt:68.2%", "b.txt:68.2%"]);
});

describe("one person's age twice in a source", () => {
  const one = (text: string) => checkSync([src("a.txt", "2025-06-02", text)], { jobs: 1 }).findings.map((f) => `${f.kind}/${f.severity}:${f.claims.map((c) => c.text).join(" / ")}`);
  test.each([
    // "the 74-year-old" stands for the person whose surname was written last
    ["Among the dead is Mara Quell, 71, a retired teacher.\n\nFormer pupils shared memories of Mrs Quell online. Many recalled the 74-year-old, who ran the school choir.", ["internal/major:71 / 74-year-old"]],
    ["Brel, 58, who sold the bonds, was jailed on Friday. Tomas Roe, 49, was cleared.\n\nBrel showed no reaction. The 56-year-old's lawyers did not say whether he would appeal.", ["internal/major:58 / 56-year-old"]],
    // the age is another named person's, or the surname is two people's: no finding
    ["Mara Quell, 71, and Tomas Roe, 74, were rescued. Mrs Quell thanked the crew. The 74-year-old said nothing.", []],
    ["Mara Quell, 71, and her husband Ivo Quell, 76, were rescued. Mrs Quell thanked the crew. The 74-year-old said nothing.", []],
    // a person's noun after the age stands for the person too
    ["Among the dead is Mara Quell, 71, a retired teacher.\n\nNeighbours said the 74-year-old grandmother ran the school choir.", ["internal/major:71 / 74-year-old"]],
    // an age describing a thing is no person's ("the 80-year-old pier", "the 110-year-old listed chapel")
    ["Mara Quell, 71, a retired teacher, was rescued.\n\nShe said the 110-year-old listed chapel had shaken before it fell.", []],
    ["Mara Quell, 71, a retired teacher, was rescued.\n\nMrs Quell said the 80-year-old pier had shaken before it fell.", []],
    // one person brought in by an age alone: "the N-year-old" later stands for that person
    ["A 36-year-old woman was pulled from the river near the weir on Monday.\n\nThe 38-year-old was being treated in hospital, police said.", ["internal/major:36-year-old / 38-year-old"]],
    // (two digits swapped: a slip)
    ["A 36-year-old woman was pulled from the river near the weir on Monday.\n\nThe 63-year-old was being treated in hospital, police said.", ["internal/critical:36-year-old / 63-year-old"]],
    ["A 27-year-old woman was pulled from the river near the weir on Monday.\n\nThe 27-year-old was being treated in hospital, police said.", []],
    // another person brought in between ("A man was arrested"), or another age given: the reference could be theirs
    ["A 38-year-old woman was found dead at a house on Sunday.\n\nA man was arrested at the scene. The 41-year-old remains in custody, police said.", []],
    ["A 52-year-old man has been charged after a pedestrian was struck on Saturday.\n\nThe victim was 71. The 71-year-old died at the scene.", []],
    // (a likeness is no one brought in: "I feel like a 50-year-old")
    ["\"I feel like a 50-year-old,\" said the oldest runner in the race.\n\nThe 81-year-old finished in four hours.", []],
    // two people brought in so: the reference could be either
    ["A 27-year-old woman and a 72-year-old man were pulled from the river on Monday.\n\nThe 72-year-old was being treated in hospital.", []],
  ])("%s", (text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  test("a person named in full has one age across sources, whoever shares the surname", () => {
    const report = checkSync(
      [
        src("a.txt", "2025-06-02", "Annelie Brandt said her husband, Luka Brandt, 43, a rock-drill operator, had phoned her on Wednesday night."),
        src("b.txt", "2025-06-03", "Luka Brandt, 34, a rock-drill operator, said the men had kept each other going in the dark."),
      ],
      { jobs: 1 },
    );
    expect(report.findings.map((f) => `${f.kind}:${f.claims.map((c) => c.text).join(" / ")}`)).toEqual(["numeric-conflict:43 / 34"]);
  });
});

test("a unit slip cites every other source that states the figure the other way", () => {
  const report = checkSync(
    [
      src("a.txt", "2027-03-03", "Engineers said the 410-metre level had been inspected in January and declared safe."),
      src("b.txt", "2027-03-04", "The flood reached some 410 feet below ground at the Brisk Hill mine, trapping nine workers."),
      src("c.txt", "2027-03-04", "Rescue teams pumped water from the 410-metre level of the Brisk Hill mine, which engineers had inspected in January."),
    ],
    { jobs: 1 },
  );
  const f = report.findings.find((x) => x.kind === "scale");
  expect(f?.claims.map((c) => `${c.source}:${c.text}`).sort()).toEqual(["a.txt:410-metre", "b.txt:some 410 feet", "c.txt:410-metre"]);
});

describe("one source against itself", () => {
  test("two measures alike in wording, far apart in value, are not a contradiction", () => {
    const report = checkSync([src("s.txt", "2024-06-12", "The airline cancelled 448 flights on Wednesday, officials said.\n\nOn Wednesday the airline operated 192 flights, officials said.")], { jobs: 1 });
    expect(report.findings.filter((f) => f.kind === "internal")).toEqual([]);
  });
  test("a conversion that does not match cites the other source that bears out one side", () => {
    const report = checkSync(
      [src("local.txt", "2024-10-22", "The 318mm (15.1in) that fell on Harle Moor in two days set a record."), src("wire.txt", "2024-10-21", "In the 48 hours to Sunday, 318 millimetres (12.5 inches) of rain fell on Harle Moor.")],
      { jobs: 1 },
    );
    const f = report.findings.find((x) => x.claims.some((c) => c.text === "15.1in"));
    expect(f?.severity).toBe("critical");
    expect(f!.claims.map((c) => `${c.source}:${c.text}`)).toEqual(expect.arrayContaining(["local.txt:318mm", "local.txt:15.1in", "wire.txt:12.5 inches"]));
  });
  test("a vote told twice, once wrongly (a summary line and the result)", () => {
    const report = checkSync([src("blog.txt", "2025-11-06", "- The council approved the plan by 40 votes to 23\n\nRESULT: The motion is carried. 40 in favour, 21 against, two abstentions.")], { jobs: 1 });
    expect(report.findings.map((f) => `${f.kind}/${f.severity}`)).toEqual(["internal/major"]);
  });
  test.each([
    // one digit under another scale word: only with one counted noun, the wording otherwise alike
    ["The operator has promised a EUR 7bn relief fund for the families of the victims.", "The operator has set up a EUR 7 million relief fund for the families of those who died.", 1],
    ["The operator has promised a EUR 7bn relief fund for the families of the victims.", "The operator said 7 million passengers used its ferries last year.", 0],
  ])("one digit at another scale: %s / %s", (a, b, n) => {
    const report = checkSync([src("a.txt", "2025-02-14", a), src("b.txt", "2025-02-15", b)], { jobs: 1 });
    expect(report.findings.filter((f) => f.rule === "scale").length).toBe(n);
  });
  test.each([
    // odds written out in full: two digits traded are a slip; a rounding of them agrees
    ["The odds of winning the top prize are 1 in 8,145,060, the operator said.", "The odds of winning the top prize are 1 in 8,415,060, the operator said.", ["critical"]],
    ["The odds of winning the top prize are 1 in 8,145,060, the operator said.", "The odds of winning the top prize are roughly one in 8 million, the operator said.", []],
  ])("odds: %s / %s", (a, b, want) => {
    const report = checkSync([src("a.txt", "2025-06-14", a), src("b.txt", "2025-06-15", b)], { jobs: 1 });
    expect(report.findings.filter((f) => f.severity === "critical" || f.severity === "major").map((f) => f.severity)).toEqual(want);
  });
  test("a small number spelt out is no scale slip of a figure in digits", () => {
    const report = checkSync([src("s.txt", "2025-10-09", "A ship carrying more than 3,000 passengers docked on Thursday.\n\nThree passengers were taken to the port's hospital on arrival.")], { jobs: 1 });
    expect(report.findings.filter((f) => f.rule === "scale")).toEqual([]);
  });
  test("a figure and the one beside it are parts of a total that another figure gives", () => {
    const report = checkSync([src("s.txt", "2025-10-09", "By Thursday 238 passengers and crew had fallen ill on the ship.\n\nAs of Thursday, 211 passengers and 27 crew members had reported symptoms on the ship.")], { jobs: 1 });
    expect(report.findings.filter((f) => f.kind === "internal")).toEqual([]);
  });
  // (the neighbour names no noun of its own: it counts what the figure counts)
  test.each([
    ["Aldervale reported net profit of €612 million for 2024, while Brennick earned €198 million.", "The two banks together made a profit of €810 million in 2024.", 0],
    ["Aldervale reported net profit of €612 million for 2024, while Brennick earned €198 million.", "The two banks together made a profit of €850 million in 2024.", 1],
  ])("parts with an elided noun: %s / %s", (a, b, n) => {
    const report = checkSync([src("a.txt", "2025-03-10", a), src("b.txt", "2025-03-10", b)], { jobs: 1 });
    expect(report.findings.filter((f) => f.kind === "numeric-conflict" && f.claims.some((c) => c.text === "€612 million")).length).toBe(n);
  });
  test("…but parts that do not make the total are still a contradiction", () => {
    const report = checkSync([src("s.txt", "2025-10-09", "By Thursday 238 passengers and crew had fallen ill on the ship.\n\nAs of Thursday, 221 passengers and 27 crew members had reported symptoms on the ship.")], { jobs: 1 });
    expect(report.findings.filter((f) => f.kind === "internal").length).toBe(1);
  });
  test("variants of a measure (adjusted operating profit, profit before tax) are two measures", () => {
    const report = checkSync([src("r.txt", "2024-08-01", "- Adjusted operating profit of £42.1 million (H1 2023: £55.3 million)\n- Loss before tax of £3.9 million (H1 2023: profit of £47.6 million)")], { jobs: 1 });
    expect(report.findings.filter((f) => f.kind === "internal")).toEqual([]);
  });
  test("the earlier levels set beside two rows' figures are no contradiction", () => {
    const report = checkSync([src("r.txt", "2025-08-14", "Exam results\n\nThe board published its results on Thursday.\n\nNotes:\n- State schools: pass rate 78.6% (2024: 76.2%)\n- Independent schools: pass rate 94.8% (2024: 93.9%)")], { jobs: 1 });
    expect(report.findings.filter((f) => f.kind === "internal" && f.claims.some((c) => c.text === "76.2%"))).toEqual([]);
  });
  test("two votes of one meeting that differ on both sides are two votes", () => {
    const report = checkSync([src("blog.txt", "2025-11-06", "The amendment fell by 12 votes to 40.\n\nThe motion then passed by 40 votes to 23.")], { jobs: 1 });
    expect(report.findings.filter((f) => f.kind === "internal")).toEqual([]);
  });
  test("a headline's tally that its own body contradicts", () => {
    const report = checkSync([{ path: "paper.txt", text: "---\npublished: 2026-09-15\n---\nCouncil approves housing levy, 7-2\n\nThe City Council voted 6-3 on Monday to send the housing levy to voters.\n" }], { jobs: 1 });
    expect(report.findings.map((f) => `${f.kind}/${f.severity}`)).toEqual(["internal/major"]);
  });
});

describe("messages", () => {
  test("a difference is given in the figures' own unit", () => {
    const report = checkSync([src("a.txt", "2026-10-20", "The national median wait was 14.6 weeks in September."), src("b.txt", "2026-10-20", "The national median wait was 12.9 weeks in September.")], { jobs: 1 });
    expect(report.findings[0]?.message).toContain("differ by 1.7 week");
  });
});

test("a figure at the wrong scale is one finding, with the other sources' hedged forms of the right one", () => {
  const report = checkSync(
    [
      src("a.txt", "2025-11-12", "Customs data show 412,000 packs of the drug were imported in October."),
      src("b.txt", "2025-11-14", "About 410,000 packs of the drug were imported in October, customs data show."),
      src("c.txt", "2025-11-18", "Customs data show only 41,200 packs of the drug were imported in October."),
    ],
    { jobs: 1 },
  );
  const major = report.findings.filter((f) => f.severity === "major" || f.severity === "critical");
  expect(major.map((f) => f.kind)).toEqual(["scale"]);
  expect(major[0].claims.map((c) => `${c.source}:${c.text}`).sort()).toEqual(["a.txt:412,000", "b.txt:About 410,000", "c.txt:41,200"]);
});

test("a change across two periods moves no figure on: the earlier period's value given for the later one is reported", () => {
  const report = checkSync(
    [
      src("wire.txt", "2025-03-11", "The bank reported a pre-tax profit of 1.78 billion crowns for last year."),
      src("daily.txt", "2025-03-12", "The bank reported a pre-tax profit of 1.92 billion crowns for 2024, up 8 per cent from 1.78 billion crowns in 2023."),
    ],
    { jobs: 1 },
  );
  // (told as the figure moved to the wrong period, with the figure it contradicts)
  expect(report.findings.map((f) => `${f.kind}:${f.claims.map((c) => `${c.source}:${c.text}`).sort().join(",")}`)).toEqual(["time-scope:daily.txt:1.78 billion crowns,daily.txt:1.92 billion crowns,daily.txt:2023,wire.txt:1.78 billion crowns,wire.txt:last year"]);
});

test("stock levels are running figures: two editions' stocks on different days do not conflict", () => {
  const report = checkSync(
    [
      src("wire.txt", "2025-11-12", "The agency said in a notice on Tuesday that national stocks of 250mg capsules would cover about 22 days of demand, while stocks of the syrup would last less than ten days."),
      src("paper.txt", "2025-11-18", "As of Friday, national stocks of 250mg capsules covered 2.6 weeks of demand, down from 3.1 weeks a week earlier. Stocks of the syrup covered 0.7 weeks."),
    ],
    { jobs: 1 },
  );
  expect(report.findings.filter((f) => f.kind === "numeric-conflict")).toEqual([]);
});

test("a contradicted figure is cited wherever other sources state it the same way", () => {
  const report = checkSync(
    [
      src("a.txt", "2025-06-17", "The scheme now has 512,300 members, the annual report shows."),
      src("b.txt", "2025-06-17", 'The scheme has grown. "We serve 512,300 members," the chair said.'),
      src("c.txt", "2025-06-17", 'The scheme has more than 520,000 members, its annual report shows.\n\n"We serve more than 500,000 members," the chair said.'),
    ],
    { jobs: 1 },
  );
  const f = report.findings.find((x) => x.claims.some((c) => c.text === "more than 520,000"));
  expect(f?.claims.map((c) => `${c.source}:${c.text}`).sort()).toEqual(["a.txt:512,300", "b.txt:512,300", "c.txt:more than 520,000"]);
});

test("a unit slip between kinds of unit cites every source that states the other reading, hedged or not", () => {
  const report = checkSync(
    [
      src("a.txt", "2025-03-11", "The tanker was carrying about 23,700 tonnes of methanol when the fire broke out."),
      src("b.txt", "2025-03-12", "The tanker was carrying approximately 23,700 cubic metres of methanol when the fire broke out."),
      src("c.txt", "2025-03-13", "The tanker was carrying roughly 23,700 cubic metres of methanol when the fire broke out."),
    ],
    { jobs: 1 },
  );
  const f = report.findings.find((x) => x.kind === "scale");
  expect(f?.claims.map((c) => `${c.source}:${c.text}`).sort()).toEqual(["a.txt:about 23,700 tonnes", "b.txt:approximately 23,700 cubic metres", "c.txt:roughly 23,700 cubic metres"]);
});

test("a conversion that does not match cites, a step on, what bears out the right one", () => {
  const report = checkSync(
    [
      src("a.txt", "2025-03-11", "Rescuers said the burning tanker lay about 43 nautical miles (63 km) from the port."),
      src("b.txt", "2025-03-12", "The tanker was burning approximately 43 nautical miles (about 80 km) off the cape, the coastguard said."),
      src("c.txt", "2025-03-13", "The blast hit the tanker some 80km off the cape, the coastguard said."),
    ],
    { jobs: 1 },
  );
  const f = report.findings.find((x) => x.claims.some((c) => c.text === "63 km"));
  expect(f?.claims.map((c) => `${c.source}:${c.text}`)).toEqual(expect.arrayContaining(["a.txt:63 km", "c.txt:some 80km"]));
});

test("a sure slip of a long figure is a conflict even when another source's rounding is either one's closer match", () => {
  const [x] = claimsOf("The closures will cost 3,146 jobs across the chain, the administrators said.", "2025-05-21", "a.txt", 0);
  const [y] = claimsOf("The closures at the chain will cost 3,164 jobs, the administrators said.", "2025-05-21", "b.txt", 1);
  const pair = align([x, y], rules).find((p) => p.fingerprint === "slip");
  expect(pair).toBeDefined();
  expect(pair!.confidence).toBeGreaterThanOrEqual(rules.severity.thresholds.sure);
  // (as when a third source's "more than 3,000" is each one's best match)
  expect(numericConflict.check({ ...pair!, best: false }, rules)?.severity).toBe("critical");
});

test("figures far apart that only a shared period made sure of, their wording barely shared, are likely other things", () => {
  const [x] = claimsOf("Crews pulled 172 people from flooded houses by boat on Saturday night.", "2025-11-10", "a.txt", 0);
  const [y] = claimsOf("Crews pulled 64 people from flooded houses by boat on Saturday night.", "2025-11-10", "b.txt", 1);
  const pair = align([x, y], rules)[0];
  expect(pair.scope).toBe("same");
  const sure = rules.severity.thresholds.sure;
  // (the aligner's scores as a story of several sources gave them: words barely shared, the period made it sure)
  expect(numericConflict.check({ ...pair, best: true, confidence: sure + 0.02, similarity: rules.severity.thresholds.align + 0.1 }, rules)?.severity).toBe("critical");
  expect(numericConflict.check({ ...pair, best: true, confidence: sure + 0.02, similarity: rules.severity.thresholds.align - 0.02 }, rules)?.severity).toBe("minor");
  // …but a noun of its own shared ("homes") makes the same period enough
  const [u] = claimsOf("The fire destroyed 95 homes on Saturday night.", "2025-11-10", "a.txt", 0);
  const [v] = claimsOf("The fire destroyed 40 homes on Saturday night.", "2025-11-10", "b.txt", 1);
  const homes = align([u, v], rules)[0];
  expect(homes.a.head).toBeDefined();
  expect(numericConflict.check({ ...homes, best: true, confidence: sure + 0.02, similarity: rules.severity.thresholds.align - 0.02 }, rules)?.severity).toBe("critical");
});

describe("variants of a measure each figure's words name", () => {
  const lex = measureLexicon(rules);
  const claim = (text: string, figure: string, index: number) => claimsOf(text, "2025-04-09", `${index}.txt`, index).find((c) => c.span.text === figure)!;
  test.each([
    // each names one the other lacks, though both are before tax
    ["Underlying pre-tax profit: £204.1m", "£204.1m", "Statutory pre-tax profit was £171.3m.", "£171.3m", true],
    // the subject before a relative clause set off by commas
    ["Underlying pre-tax profit: £204.1m", "£204.1m", "Statutory pre-tax profit, which includes impairment charges, was £171.3m.", "£171.3m", true],
    // a level reached after a change is of the change's subject
    ["Underlying profit before tax rose by 7.2% to £204.1m.", "£204.1m", "Statutory pre-tax profit was £171.3m.", "£171.3m", true],
    // one side naming no variant: sources often leave it out
    ["Pre-tax profit rose to £204.1m.", "£204.1m", "Statutory pre-tax profit was £171.3m.", "£171.3m", false],
  ])("%s / %s", (a, fa, b, fb, expected) => expect(variantsDiffer(claim(a, fa, 0), claim(b, fb, 1), lex)).toBe(expected));
});

test("one figure at the wrong scale against several sources is one finding", () => {
  const report = checkSync(
    [
      src("a.txt", "2025-04-09", "The retailer said revenue rose to £3.412bn in the year to February."),
      src("b.txt", "2025-04-09", "Revenue rose to £3.421bn in the year to February, the retailer said."),
      src("c.txt", "2025-04-10", "The retailer said revenue rose to £3.4 million in the year to February."),
    ],
    { jobs: 1 },
  );
  const scale = report.findings.filter((f) => f.rule === "scale");
  expect(scale).toHaveLength(1);
  expect(scale[0].claims.map((c) => `${c.source}:${c.text}`).sort()).toEqual(["a.txt:£3.412bn", "b.txt:£3.421bn", "c.txt:£3.4 million"]);
});

test("two sources slipping two ways against one are two scale findings", () => {
  const report = checkSync(
    [
      src("a.txt", "2025-04-09", "The government will spend 4.1 billion crowns on flood defences over the next decade, the ministry said."),
      src("b.txt", "2025-04-09", "Flood defences will receive 41 billion crowns over the next decade, the ministry announced."),
      src("c.txt", "2025-04-09", "The ministry said it will spend 4.1 million crowns on flood defences over the next decade."),
    ],
    { jobs: 1 },
  );
  const scale = report.findings.filter((f) => f.rule === "scale");
  expect(scale).toHaveLength(2);
});

describe("slips that are not: a second review's cases", () => {
  const kinds = (a: string, b: string) => checkSync([src("a.txt", "2024-07-05", a), src("b.txt", "2024-07-05", b)], { jobs: 1 }).findings.map((f) => `${f.kind}/${f.severity}`);
  test.each([
    // the other source states the figure itself: its near-twin of another thing is no slip of it
    ["The Harlow hospital trust, which employs 12,751 staff, said the strike would hit routine operations.", "The Harlow hospital trust employs 12,751 staff and carried out 12,715 routine operations last year, it said.", []],
    // two bounds with the decimal point moved are still a scale slip
    ["The council said repairs to the flood defences would cost more than £31 million over five years.", "The council said repairs to the flood defences would cost more than £3.1m over five years.", ["scale/critical"]],
  ])("%s / %s", (a, b, expected) => {
    expect(kinds(a, b)).toEqual(expected);
  });
});

describe("two digits of a small count swapped between sources", () => {
  const recall = (...bodies: Array<[string, string]>) =>
    checkSync(
      bodies.map(([published, body], i) => src(`s${i}.txt`, published, body)),
      { jobs: 1 },
    ).findings.filter((f) => f.kind === "numeric-conflict" && f.claims.some((c) => c.text === "41"));
  const release = "The drug maker recalled 14 batches of the tablets after tests found an impurity.";
  const wire = "Shares fell after the drug maker recalled 14 batches of its tablets over an impurity.";
  test("against a reading two sources agree on, the swap is a slip (critical)", () => {
    const found = recall(["2025-09-08", release], ["2025-09-09", wire], ["2025-09-10", "Patients were told to check their packs after the drug maker recalled 41 batches of the tablets."]);
    expect(found.map((f) => f.severity)).toEqual(["critical"]);
  });
  test("two significant digits of a round count swap the same way ('320 staff' / '230 staff')", () => {
    const found = checkSync(
      [
        src("s0.txt", "2025-05-14", "Once open, the campus will employ 320 permanent staff, the company said."),
        src("s1.txt", "2025-05-15", "The company said the campus would employ 320 permanent staff once open."),
        src("s2.txt", "2025-05-16", "Once open, the campus will employ 230 permanent staff, according to the company."),
      ],
      { jobs: 1 },
    ).findings.filter((f) => f.kind === "numeric-conflict" && f.claims.some((c) => c.text === "230"));
    expect(found.map((f) => f.severity)).toEqual(["critical"]);
  });
  test("a fact box's label with no counted noun ('Taken to hospital: 41') is a slip against two sources' 14", () => {
    const box = "Bus crash: what we know\n\nThe coach overturned on the ring road on Friday.\n\nKey facts\nTaken to hospital: 41\nVehicles involved: 2";
    const found = checkSync(
      [
        src("s0.txt", "2025-09-08", "Police said 14 were taken to hospital after the coach overturned on the ring road."),
        src("s1.txt", "2025-09-08", "Fourteen people were taken to hospital after a coach overturned on the ring road."),
        src("s2.txt", "2025-09-09", box),
      ],
      { jobs: 1 },
    ).findings.filter((f) => f.kind === "numeric-conflict" && f.claims.some((c) => c.text === "41"));
    expect(found.map((f) => f.severity)).toEqual(["critical"]);
  });
  test("…but not against one source alone: a count published days apart may have been updated", () => {
    expect(recall(["2025-09-08", release], ["2025-09-10", "Patients were told to check their packs after the drug maker recalled 41 batches of the tablets."])).toEqual([]);
  });
  test("…nor where another source gives the swapped reading too", () => {
    const found = recall(["2025-09-08", release], ["2025-09-09", wire], ["2025-09-10", "The drug maker has now recalled 41 batches of the tablets."], ["2025-09-11", "In all, 41 batches of the tablets have been recalled by the drug maker."]);
    expect(found.filter((f) => f.severity === "critical")).toEqual([]);
  });
});

test("one source's two readings that another source gives both of are two facts, not a slip in the first", () => {
  const a = "Holm Mining agreed to buy Tarn Metals in a deal worth A$4.72 billion.\n\nA break fee of A$47.2 million is payable if the Tarn board changes its view.";
  const b = "The A$4.72 billion deal gives Holm control of Tarn.\n\nA break fee of A$47.2 million applies in certain cases, the companies said.";
  // (a copy of the first, slip and all, bears nothing out; nor does a source using the digits for something else)
  const copy = a;
  const other = "Holm Mining agreed to buy Tarn Metals in a deal worth A$4.72 billion.\n\nTarn's own lenders are owed A$47.2 million, its accounts show.";
  const kinds = (texts: string[]) => checkSync(texts.map((t, i) => src(`s${i}.txt`, "2025-05-12", t)), { jobs: 1 }).findings.filter((f) => f.kind === "internal").map((f) => `${f.rule}/${f.severity}`);
  // (alone, the first source's two figures a hundred times apart read as a slip of scale)
  expect(kinds([a])).toEqual(["scale/major"]);
  expect(kinds([a, b])).toEqual([]);
  expect(kinds([a, copy])).toEqual(["scale/major", "scale/major"]);
  expect(kinds([a, other])).toEqual(["scale/major", "scale/major"]);
});

describe("figures in a table", () => {
  const release = [
    "The trade deficit narrowed to 6.20 billion crowns in March, from a revised deficit of 7.85 billion crowns in February.",
    "",
    "Summary table (billion crowns)",
    "Month | Exports | Imports | Balance",
    "February 2026 | 44.30 | 52.15 | -7.85",
    "March 2026 | 47.55 | 53.75 | -6.20",
  ].join("\n");
  const run = (...others: string[]) => checkSync([src("release.txt", "2026-04-16", release), ...others.map((o, i) => src(`o${i}.txt`, "2026-04-17", o))], { jobs: 1 }).findings;
  test("its cells are read in the caption's scale and unit, and no two of them contradict each other", () => {
    expect(run("Exports rose to 47.55bn crowns in March, while imports reached 53.75bn crowns.").map((f) => f.message)).toEqual([]);
  });
  test("…and so is a cell whose digits do not slip", () => {
    const found = run("Exports rose to 52.10bn crowns in March, while imports reached 53.75bn crowns.").filter((f) => f.kind === "numeric-conflict");
    expect(found.map((f) => f.claims.map((c) => c.text).slice(0, 2))).toEqual([["47.55", "52.10bn crowns"]]);
  });
  test("two tables of one source can contradict each other", () => {
    const annex = release + "\n\nAnnex: trade by month (billion crowns)\nMonth | Exports\nMarch 2026 | 45.75";
    const found = checkSync([src("release.txt", "2026-04-16", annex)], { jobs: 1 }).findings.filter((f) => f.kind === "internal");
    expect(found.map((f) => f.claims.map((c) => c.text).sort())).toEqual([["45.75", "47.55"]]);
  });
  test("a cell is set against another source's figure for its row and column", () => {
    const found = run("Exports rose to 45.75bn crowns in March, while imports reached 53.75bn crowns.").filter((f) => f.kind === "numeric-conflict");
    expect(found.map((f) => f.claims.map((c) => c.text).slice(0, 2))).toEqual([["47.55", "45.75bn crowns"]]);
  });
});

describe("a sign convention is no conflict", () => {
  const run = (a: string, b: string) => checkSync([src("a.txt", "2026-04-16", a), src("b.txt", "2026-04-16", b)], { jobs: 1 }).findings.filter((f) => f.kind === "numeric-conflict" || f.kind === "internal");
  test("a deficit of a sum against a balance of minus that sum", () => {
    expect(run("The current account showed a deficit of £4.35 billion in the quarter.", "The current account balance was -£4.35 billion in the quarter.")).toEqual([]);
  });
  test.each([
    // a sign written or dropped with no shortfall named is a sign error
    ["Temperatures fell to -14.2C overnight on Thursday in the valley.", "Temperatures fell to 14.2C overnight on Thursday in the valley."],
    ["GDP growth was -0.3% in the fourth quarter, the office said.", "GDP growth was 0.3% in the fourth quarter, the office said."],
  ])("…but with no shortfall named it is: %s / %s", (a, b) => {
    expect(run(a, b).length).toBe(1);
  });
  test("…but a figure written with a plus sign against the same with a minus sign is", () => {
    expect(run("House prices in Harwood Vale changed by +0.7% over the year to March.", "House prices in Harwood Vale changed by -0.7% over the year to March.").length).toBe(1);
  });
});
