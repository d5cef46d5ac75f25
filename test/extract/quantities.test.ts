// Phrase → normalized quantity: the extraction table. Each row is a sentence, the exact
// span expected, and the reading it must get. A "must not extract" table follows.
import { quantitiesOf } from "../helpers/source.js";

interface Row {
  /** sentence */
  s: string;
  /** expected span text */
  t: string;
  v: number | [number, number];
  lo: number;
  hi: number;
  lo_?: boolean; // low end open
  hi_?: boolean; // high end open
  b: "exact" | "approx" | "above" | "below" | "range";
  u?: string;
  ch?: "up" | "down";
  per?: string;
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);

const rows: Row[] = [
  // digits, separators, decimals
  { s: "Police counted 87,648 migrants.", t: "87,648", v: 87648, lo: 87647.5, hi: 87648.5, hi_: true, b: "exact" },
  { s: "It reached 144,278 in May.", t: "144,278", v: 144278, lo: 144277.5, hi: 144278.5, hi_: true, b: "exact" },
  { s: "The index closed at 3.25 on the day.", t: "3.25", v: 3.25, lo: 3.245, hi: 3.255, hi_: true, b: "exact" },
  { s: "About 1,200,000 people voted.", t: "About 1,200,000", v: 1200000, lo: 1080000, hi: 1320000, b: "approx" },
  { s: "They found 42 bodies.", t: "42", v: 42, lo: 41.5, hi: 42.5, hi_: true, b: "exact" },
  { s: "The crowd of 20,000 filled the square.", t: "20,000", v: 20000, lo: 19500, hi: 20500, hi_: true, b: "exact" },
  { s: "Sales hit 144,000 units.", t: "144,000", v: 144000, lo: 143500, hi: 144500, hi_: true, b: "exact" },
  { s: "A .5 rise was seen.", t: ".5", v: 0.5, lo: 0.45, hi: 0.55, hi_: true, b: "exact" },
  // thousands separated by a space, no-break space, narrow no-break space or thin space
  { s: "Police counted 1 200 migrants.", t: "1 200", v: 1200, lo: 1150, hi: 1250, hi_: true, b: "exact" },
  { s: "Some 12 500 people marched.", t: "Some 12 500", v: 12500, lo: 11250, hi: 13750, b: "approx" },
  // a two-sided hedge on a figure written to a fine step reaches three steps (at least 2%), not 10%
  { s: "Capacity is about 16.3 gigawatts.", t: "about 16.3 gigawatts", v: 16.3, lo: 16.3 - 0.326, hi: 16.3 + 0.326, b: "approx", u: "GW" },
  { s: "Efficacy was estimated at 79.2%.", t: "79.2%", v: 79.2, lo: 79.2 - 1.584, hi: 79.2 + 1.584, b: "approx", u: "percent" },
  { s: "About 2,640 residents went home.", t: "About 2,640", v: 2640, lo: 2640 - 52.8, hi: 2640 + 52.8, b: "approx" },
  { s: "The region has 1 234 567 residents.", t: "1 234 567", v: 1234567, lo: 1234566.5, hi: 1234567.5, hi_: true, b: "exact" },
  { s: "Officers counted 1\u202f200 migrants.", t: "1\u202f200", v: 1200, lo: 1150, hi: 1250, hi_: true, b: "exact" },
  { s: "Guards counted 1\u00a0200 migrants.", t: "1\u00a0200", v: 1200, lo: 1150, hi: 1250, hi_: true, b: "exact" },
  { s: "Crews counted 87\u2009648 migrants.", t: "87\u2009648", v: 87648, lo: 87647.5, hi: 87648.5, hi_: true, b: "exact" },
  { s: "The bill came to 1 200.50 euros.", t: "1 200.50 euros", v: 1200.5, lo: 1200.495, hi: 1200.505, hi_: true, b: "exact", u: "EUR" },
  { s: "The budget is €1 250 million.", t: "€1 250 million", v: 1.25e9, lo: 1.245e9, hi: 1.255e9, hi_: true, b: "exact", u: "EUR" },
  { s: "Between 1 200 and 1 500 people came.", t: "Between 1 200 and 1 500", v: [1200, 1500], lo: 1200, hi: 1500, b: "range" },
  // capitals before a figure name an index ("FTSE 100"), but before a sum under a scale word a currency
  { s: "The debt stands at KM 412 billion.", t: "412 billion", v: 412e9, lo: 411.5e9, hi: 412.5e9, hi_: true, b: "exact" },
  // a currency and scale written once around a tight range serve both ends, after "from" too
  { s: "The firm expects revenue of $251-254mn.", t: "$251-254mn", v: [251e6, 254e6], lo: 251e6, hi: 254e6, b: "range", u: "USD" },
  { s: "The range was cut from $688-694mn in May.", t: "$688-694mn", v: [688e6, 694e6], lo: 688e6, hi: 694e6, b: "range", u: "USD" },
  { s: "Only 1 in 10 000 voters agreed.", t: "1 in 10 000", v: 0.01, lo: 0.005, hi: 0.015, hi_: true, b: "exact", u: "percent" },
  // number words and mixed forms
  { s: "Twenty-eight people were hurt.", t: "Twenty-eight", v: 28, lo: 27.5, hi: 28.5, hi_: true, b: "exact" },
  { s: "They hired twenty eight new staff.", t: "twenty eight", v: 28, lo: 27.5, hi: 28.5, hi_: true, b: "exact" },
  { s: "The town lost a dozen homes.", t: "dozen", v: 12, lo: 11.5, hi: 12.5, hi_: true, b: "exact", ch: "down" },
  { s: "Some three hundred families fled.", t: "Some three hundred", v: 300, lo: 270, hi: 330, b: "approx" },
  { s: "Two hundred thousand people marched.", t: "Two hundred thousand", v: 200000, lo: 190000, hi: 210000, hi_: true, b: "exact" },
  { s: "The fund holds half a million dollars.", t: "half a million dollars", v: 500000, lo: 490000, hi: 510000, hi_: true, b: "exact", u: "USD" },
  { s: "More than half a million migrants entered.", t: "More than half a million", v: 500000, lo: 500000, hi: 550000, lo_: true, b: "above" },
  { s: "The city has one million residents.", t: "one million", v: 1000000, lo: 900000, hi: 1100000, hi_: true, b: "exact" },
  { s: "The plan costs 1.2bn.", t: "1.2bn", v: 1.2e9, lo: 1.15e9, hi: 1.25e9, hi_: true, b: "exact" },
  { s: "The plan costs $1.2 billion.", t: "$1.2 billion", v: 1.2e9, lo: 1.15e9, hi: 1.25e9, hi_: true, b: "exact", u: "USD" },
  { s: "Revenue was €5m last year.", t: "€5m", v: 5e6, lo: 4.95e6, hi: 5.05e6, hi_: true, b: "exact", u: "EUR" },
  { s: "Over 500,000 thousand migrants entered.", t: "Over 500,000 thousand", v: 5e8, lo: 5e8, hi: 5.5e8, lo_: true, b: "above" },
  { s: "The company earned 3 million euros.", t: "3 million euros", v: 3e6, lo: 2.95e6, hi: 3.05e6, hi_: true, b: "exact", u: "EUR" },
  { s: "He raised 20k for the charity.", t: "20k", v: 20000, lo: 19500, hi: 20500, hi_: true, b: "exact" },
  { s: "The firm was valued at $2.5 trillion.", t: "$2.5 trillion", v: 2.5e12, lo: 2.45e12, hi: 2.55e12, hi_: true, b: "exact", u: "USD" },
  { s: "About 1.5 million tourists came.", t: "About 1.5 million", v: 1.5e6, lo: 1.35e6, hi: 1.65e6, b: "approx" },
  // vague quantities
  { s: "Thousands of people fled the fire.", t: "Thousands", v: [2000, 100000], lo: 2000, hi: 100000, b: "range" },
  { s: "They deployed thousands of troops.", t: "thousands", v: [2000, 100000], lo: 2000, hi: 100000, b: "range" },
  { s: "Hundreds of homes were lost.", t: "Hundreds", v: [200, 10000], lo: 200, hi: 10000, b: "range" },
  { s: "Tens of thousands of people marched.", t: "Tens of thousands", v: [10000, 100000], lo: 10000, hi: 100000, b: "range" },
  { s: "Dozens of shops closed.", t: "Dozens", v: [24, 200], lo: 24, hi: 200, b: "range" },
  { s: "Millions of dollars were lost.", t: "Millions", v: [2e6, 1e8], lo: 2e6, hi: 1e8, b: "range", u: "USD" },
  { s: "Hundreds of thousands of voters stayed home.", t: "Hundreds of thousands", v: [1e5, 1e6], lo: 1e5, hi: 1e6, b: "range" },
  // percentages
  { s: "Turnout was 28% this time.", t: "28%", v: 28, lo: 27.5, hi: 28.5, hi_: true, b: "exact", u: "percent" },
  { s: "Turnout was 28 percent this time.", t: "28 percent", v: 28, lo: 27.5, hi: 28.5, hi_: true, b: "exact", u: "percent" },
  { s: "Turnout was 28 per cent this time.", t: "28 per cent", v: 28, lo: 27.5, hi: 28.5, hi_: true, b: "exact", u: "percent" },
  { s: "Turnout was 28 % this time.", t: "28 %", v: 28, lo: 27.5, hi: 28.5, hi_: true, b: "exact", u: "percent" },
  { s: "Turnout was 28\u00a0percent this time.", t: "28\u00a0percent", v: 28, lo: 27.5, hi: 28.5, hi_: true, b: "exact", u: "percent" },
  { s: "There was a nearly 30-percent decrease in arrests.", t: "nearly 30-percent", v: 30, lo: 27, hi: 30, hi_: true, b: "approx", u: "percent", ch: "down" },
  { s: "Officials reported a 28% drop in arrests.", t: "28%", v: 28, lo: 27.5, hi: 28.5, hi_: true, b: "exact", u: "percent", ch: "down" },
  { s: "Prices rose 0.3% in June.", t: "0.3%", v: 0.3, lo: 0.25, hi: 0.35, hi_: true, b: "exact", u: "percent", ch: "up" },
  { s: "The flow has fallen 39% since May.", t: "39%", v: 39, lo: 38.5, hi: 39.5, hi_: true, b: "exact", u: "percent", ch: "down" },
  { s: "The flow dropped by 39.3 percent since May.", t: "39.3 percent", v: 39.3, lo: 39.25, hi: 39.35, hi_: true, b: "exact", u: "percent", ch: "down" },
  // a change verb, its object (a year among its words), then "by"
  { s: "The charge will cut its 2025 operating margin by 0.6%.", t: "0.6%", v: 0.6, lo: 0.55, hi: 0.65, hi_: true, b: "exact", u: "percent", ch: "down" },
  { s: "Traffic is down nearly 40% this year.", t: "nearly 40%", v: 40, lo: 36, hi: 40, hi_: true, b: "approx", u: "percent", ch: "down" },
  { s: "Agents caught 104,344 people, 28 percent fewer than in May.", t: "28 percent", v: 28, lo: 27.5, hi: 28.5, hi_: true, b: "exact", u: "percent", ch: "down" },
  // a verb of change with no direction of its own, then "to" a level: a change and a level, no range
  { s: "Gross margin improved 1.6 per cent to 71.4 per cent.", t: "1.6 per cent", v: 1.6, lo: 1.55, hi: 1.65, hi_: true, b: "exact", u: "percent" },
  // a change named by a word with no direction takes the direction of the two levels before it
  { s: "Turnout was 63.1%, against 58.4% in 2021, a change of 4.7 percentage points.", t: "4.7 percentage points", v: 4.7, lo: 4.65, hi: 4.75, hi_: true, b: "exact", u: "percentage-point", ch: "up" },
  { s: "The jobless rate was 5.2%, up from 6.1%. The improvement of 0.9 percentage points surprised analysts.", t: "0.9 percentage points", v: 0.9, lo: 0.85, hi: 0.95, hi_: true, b: "exact", u: "percentage-point", ch: "down" },
  // (…but a verb's levels must be in its sentence, and "improved 10 to 15 per cent" is a range)
  { s: "The pass rate fell to 81.5% from 84.0%. The attainment gap worsened by 1.2 percentage points.", t: "1.2 percentage points", v: 1.2, lo: 1.15, hi: 1.25, hi_: true, b: "exact", u: "percentage-point" },
  { s: "Yields improved 10 to 15 per cent in the trial plots.", t: "10 to 15 per cent", v: [10, 15], lo: 10, hi: 15, b: "range", u: "percent" },
  // a comparative makes a change only with "than" after it
  { s: "The field was 8.9 per cent larger than last year's.", t: "8.9 per cent", v: 8.9, lo: 8.85, hi: 8.95, hi_: true, b: "exact", u: "percent", ch: "up" },
  { s: "Fares are 4 percent less expensive than in 2023.", t: "4 percent", v: 4, lo: 3.5, hi: 4.5, hi_: true, b: "exact", u: "percent", ch: "down" },
  { s: "The firm now holds a 20% larger share of the market.", t: "20%", v: 20, lo: 19.5, hi: 20.5, hi_: true, b: "exact", u: "percent" },
  { s: "The rate rose 0.2 percentage points to 4.1%.", t: "0.2 percentage points", v: 0.2, lo: 0.15, hi: 0.25, hi_: true, b: "exact", u: "percentage-point", ch: "up" },
  { s: "Unemployment fell 0.1 percentage point.", t: "0.1 percentage point", v: 0.1, lo: 0.05, hi: 0.15, hi_: true, b: "exact", u: "percentage-point", ch: "down" },
  { s: "The bank cut rates by 25 basis points.", t: "25 basis points", v: 25, lo: 24.5, hi: 25.5, hi_: true, b: "exact", u: "basis-point", ch: "down" },
  { s: "Support is between 10 and 12 percent.", t: "between 10 and 12 percent", v: [10, 12], lo: 10, hi: 12, b: "range", u: "percent" },
  { s: "Support is 10-12% in the north.", t: "10-12%", v: [10, 12], lo: 10, hi: 12, b: "range", u: "percent" },
  { s: "Support is 10 to 12 percent in the north.", t: "10 to 12 percent", v: [10, 12], lo: 10, hi: 12, b: "range", u: "percent" },
  { s: "There are between 400 and 500 complaints.", t: "between 400 and 500", v: [400, 500], lo: 400, hi: 500, b: "range" },
  { s: "More than half of the people sent back did not ask.", t: "More than half", v: 50, lo: 50, hi: 66.6666666667, lo_: true, hi_: true, b: "above", u: "percent" },
  { s: "Nearly two-thirds of voters agreed.", t: "Nearly two-thirds", v: 66.6666666667, lo: 60.00000000003, hi: 66.6666666667, hi_: true, b: "approx", u: "percent" },
  // hedges
  { s: "Nearly 30 people came.", t: "Nearly 30", v: 30, lo: 27, hi: 30, hi_: true, b: "approx" },
  { s: "Almost 30 people came.", t: "Almost 30", v: 30, lo: 27, hi: 30, hi_: true, b: "approx" },
  { s: "About 30 people came.", t: "About 30", v: 30, lo: 27, hi: 33, b: "approx" },
  { s: "Around 30 people came.", t: "Around 30", v: 30, lo: 27, hi: 33, b: "approx" },
  { s: "Roughly 30 people came.", t: "Roughly 30", v: 30, lo: 27, hi: 33, b: "approx" },
  { s: "Some 25,000 troops were sent.", t: "Some 25,000", v: 25000, lo: 22500, hi: 27500, b: "approx" },
  { s: "Approximately 30 people came.", t: "Approximately 30", v: 30, lo: 27, hi: 33, b: "approx" },
  { s: "More than 144,000 people came.", t: "More than 144,000", v: 144000, lo: 144000, hi: 158400, lo_: true, b: "above" },
  { s: "Over 20,000 members were sent.", t: "Over 20,000", v: 20000, lo: 20000, hi: 22000, lo_: true, b: "above" },
  { s: "Agents encountered just over 64,000 migrants.", t: "just over 64,000", v: 64000, lo: 64000, hi: 67200, lo_: true, b: "above" },
  { s: "At least 12 people died.", t: "At least 12", v: 12, lo: 12, hi: 18, b: "above" },
  { s: "Fewer than 100 people came.", t: "Fewer than 100", v: 100, lo: 90, hi: 100, hi_: true, b: "below" },
  { s: "Less than 5% of votes were counted.", t: "Less than 5%", v: 5, lo: 4.5, hi: 5, hi_: true, b: "below", u: "percent" },
  { s: "The wall will run up to 65 miles.", t: "up to 65 miles", v: 65, lo: 32.5, hi: 65, b: "below", u: "mile" },
  { s: "As many as 300 people may have died.", t: "As many as 300", v: 300, lo: 150, hi: 300, b: "below" },
  { s: "Upwards of 2,000 people marched.", t: "Upwards of 2,000", v: 2000, lo: 2000, hi: 2200, lo_: true, b: "above" },
  { s: "The quake killed an estimated 1,100 people.", t: "an estimated 1,100", v: 1100, lo: 990, hi: 1210, b: "approx" },
  { s: "They need 12 votes or more.", t: "12 votes or more", v: 12, lo: 12, hi: 18, b: "above" },
  { s: "Under 40 people attended.", t: "Under 40", v: 40, lo: 36, hi: 40, hi_: true, b: "below" },
  // money
  { s: "Gas is down 19 cents.", t: "19 cents", v: 0.19, lo: 0.185, hi: 0.195, hi_: true, b: "exact", u: "USD", ch: "down" },
  { s: "Shares rose $3.50 to close.", t: "$3.50", v: 3.5, lo: 3.495, hi: 3.505, hi_: true, b: "exact", u: "USD", ch: "up" },
  { s: "The deal is worth £40m.", t: "£40m", v: 4e7, lo: 3.95e7, hi: 4.05e7, hi_: true, b: "exact", u: "GBP" },
  { s: "It cost 500 pesos.", t: "500 pesos", v: 500, lo: 495, hi: 505, hi_: true, b: "exact", u: "MXN" },
  { s: "The fine was 2 billion rupees.", t: "2 billion rupees", v: 2e9, lo: 1.95e9, hi: 2.05e9, hi_: true, b: "exact", u: "INR" },
  { s: "Exports fell to US$3 billion.", t: "US$3 billion", v: 3e9, lo: 2.95e9, hi: 3.05e9, hi_: true, b: "exact", u: "USD" },
  { s: "Tickets cost 40 dollars each.", t: "40 dollars", v: 40, lo: 39.5, hi: 40.5, hi_: true, b: "exact", u: "USD" },
  { s: "The deal values it at ¥500 billion.", t: "¥500 billion", v: 5e11, lo: 4.95e11, hi: 5.05e11, hi_: true, b: "exact", u: "JPY" },
  // units of measure
  { s: "The fault lies 18 km below ground.", t: "18 km", v: 18, lo: 17.5, hi: 18.5, hi_: true, b: "exact", u: "km" },
  { s: "The storm moved 11 miles inland.", t: "11 miles", v: 11, lo: 10.5, hi: 11.5, hi_: true, b: "exact", u: "mile" },
  { s: "Winds reached 120 mph overnight.", t: "120 mph", v: 120, lo: 115, hi: 125, hi_: true, b: "exact", u: "mph" },
  { s: "Winds reached 190 km/h overnight.", t: "190 km/h", v: 190, lo: 185, hi: 195, hi_: true, b: "exact", u: "km/h" },
  { s: "It weighed 40 kilograms.", t: "40 kilograms", v: 40, lo: 39.5, hi: 40.5, hi_: true, b: "exact", u: "kg" },
  { s: "The catch was 3 tonnes of fish.", t: "3 tonnes", v: 3, lo: 2.5, hi: 3.5, hi_: true, b: "exact", u: "tonne" },
  // a table row whose label names its scale (and currency) in brackets
  { s: "Passengers (million)   3.91   3.77   +3.7%", t: "3.91", v: 3.91e6, lo: 3.905e6, hi: 3.915e6, hi_: true, b: "exact", u: "count" },
  { s: "Revenue (EUR million)   940.2   885.0", t: "940.2", v: 9.402e8, lo: 9.4015e8, hi: 9.4025e8, hi_: true, b: "exact", u: "EUR" },
  // a one-letter unit before "/" and a letter: a rate's numerator; quintals (100 kg) in crop yields
  { s: "Yields reached 4.3 t/ha in the east.", t: "4.3 t", v: 4.3, lo: 4.25, hi: 4.35, hi_: true, b: "exact", u: "tonne" },
  { s: "Growers averaged 51 quintals a hectare.", t: "51 quintals", v: 51, lo: 50.5, hi: 51.5, hi_: true, b: "exact", u: "quintal" },
  { s: "It was 35 degrees Celsius at noon.", t: "35 degrees Celsius", v: 35, lo: 34.5, hi: 35.5, hi_: true, b: "exact", u: "celsius" },
  { s: "Temperatures hit 95°F in town.", t: "95°F", v: 95, lo: 94.5, hi: 95.5, hi_: true, b: "exact", u: "fahrenheit" },
  { s: "The phone has 256 GB of storage.", t: "256 GB", v: 256, lo: 255.5, hi: 256.5, hi_: true, b: "exact", u: "GB" },
  { s: "The fire burned 4,000 acres.", t: "4,000 acres", v: 4000, lo: 3950, hi: 4050, hi_: true, b: "exact", u: "acre" },
  { s: "Output reached 1.2 million barrels a day.", t: "1.2 million barrels", v: 1.2e6, lo: 1.15e6, hi: 1.25e6, hi_: true, b: "exact", u: "barrel", per: "day" },
  { s: "The plant makes 500 megawatts.", t: "500 megawatts", v: 500, lo: 495, hi: 505, hi_: true, b: "exact", u: "MW" },
  { s: "It fell 6 feet.", t: "6 feet", v: 6, lo: 5.5, hi: 6.5, hi_: true, b: "exact", u: "foot", ch: "down" },
  // durations, ages, magnitudes, sports
  { s: "He was sentenced to 12 years in prison.", t: "12 years", v: 12, lo: 11.5, hi: 12.5, hi_: true, b: "exact", u: "year" },
  { s: "The talks ran for 90 days.", t: "90 days", v: 90, lo: 89.5, hi: 90.5, hi_: true, b: "exact", u: "day" },
  { s: "Prices were 8% above the long-term average.", t: "8%", v: 8, lo: 7.5, hi: 8.5, hi_: true, b: "exact", u: "percent", ch: "up" },
  { s: "The Fed cut rates by a quarter of a percentage point.", t: "a quarter of a percentage point", v: 0.25, lo: 0.2375, hi: 0.2625, hi_: true, b: "exact", u: "percentage-point", ch: "down" },
  { s: "About one in five adults smoke.", t: "About one in five", v: 20, lo: 18, hi: 22, b: "approx", u: "percent" },
  { s: "Temperatures fell to minus 15 degrees Celsius.", t: "minus 15 degrees Celsius", v: -15, lo: -15.5, hi: -14.5, lo_: true, b: "exact", u: "celsius" },
  { s: "Madrid won the final 3-1 on Saturday.", t: "3-1", v: [3, 1], lo: 3, hi: 1, b: "exact", u: "score" },
  { s: "The council voted 8–3 to approve the fare rise.", t: "8–3", v: [8, 3], lo: 8, hi: 3, b: "exact", u: "score" },
  // (a comma after the tally ends the clause; only a digit after it continues a number or a list)
  { s: "Madrid won the final 3-1, with two late goals.", t: "3-1", v: [3, 1], lo: 3, hi: 1, b: "exact", u: "score" },
  { s: "The motion carried 15 to 4, with one abstention.", t: "15 to 4", v: [15, 4], lo: 15, hi: 4, b: "exact", u: "score" },
  // (a motion's words make a vote only larger side first: this is a range of families)
  { s: "Homes for 40-60 families, approved by councillors, will be built.", t: "40-60", v: [40, 60], lo: 40, hi: 60, b: "range" },
  // a possessive opening a sentence is no model name before a figure ("Route 66" is)
  { s: "The airline is small. Its 74 aircraft fly from one base.", t: "74", v: 74, lo: 73.5, hi: 74.5, hi_: true, b: "exact" },
  { s: "Their 12 ships carry freight.", t: "12", v: 12, lo: 11.5, hi: 12.5, hi_: true, b: "exact" },
  // a signed figure in points is a change that way (a signed percent stays a level: tables write growth rates so)
  { s: "Turnout: 61.4% (2021: 57.9%, a change of +3.5 percentage points)", t: "+3.5 percentage points", v: 3.5, lo: 3.45, hi: 3.55, hi_: true, b: "exact", u: "percentage-point", ch: "up" },
  { s: "The jobless rate moved −0.3 percentage points in June.", t: "−0.3 percentage points", v: 0.3, lo: 0.25, hi: 0.35, hi_: true, b: "exact", u: "percentage-point", ch: "down" },
  // up or down after a verb of motion, or after "and" joining it to another change, marks a change ("set up 12 camps" does not)
  { s: "The rate fell 0.3 points on the quarter and down 0.8 percentage points on the year.", t: "0.8 percentage points", v: 0.8, lo: 0.75, hi: 0.85, hi_: true, b: "exact", u: "percentage-point", ch: "down" },
  { s: "The owner's tax bill will go up by $30 a year.", t: "$30", v: 30, lo: 29.5, hi: 30.5, hi_: true, b: "exact", u: "USD", ch: "up", per: "year" },
  { s: "Fares went down 4% in March.", t: "4%", v: 4, lo: 3.5, hi: 4.5, hi_: true, b: "exact", u: "percent", ch: "down" },
  // a scale word joined by a hyphen, as Canadian style writes it, is the figure's scale
  { s: "It has a $612-million operating budget.", t: "$612-million", v: 612e6, lo: 611.5e6, hi: 612.5e6, hi_: true, b: "exact", u: "USD" },
  { s: "The plan costs $1.2-billion over ten years.", t: "$1.2-billion", v: 1.2e9, lo: 1.15e9, hi: 1.25e9, hi_: true, b: "exact", u: "USD" },
  // a whole number and a fraction is one figure, not a score ("7-1/2 years" is seven and a half)
  { s: "He was jailed for 7-1/2 years for fraud.", t: "7-1/2 years", v: 7.5, lo: 7, hi: 8, hi_: true, b: "exact", u: "year" },
  { s: "The march took 2 1/2 hours.", t: "2 1/2 hours", v: 2.5, lo: 2, hi: 3, hi_: true, b: "exact", u: "hour" },
  { s: "The loan runs for 3½ years.", t: "3½ years", v: 3.5, lo: 3, hi: 4, hi_: true, b: "exact", u: "year" },
  // "from 1.90 to 2.20 crowns (15.8%)": the unit written once serves both, the bracket is the change
  { s: "The fare will go from 1.90 to 2.20 crowns (15.8%) in January.", t: "1.90", v: 1.9, lo: 1.895, hi: 1.905, hi_: true, b: "exact", u: "crown" },
  { s: "The pass will go from 56 to 63 crowns (12.5%) in January.", t: "12.5%", v: 12.5, lo: 12.45, hi: 12.55, hi_: true, b: "exact", u: "percent", ch: "up" },
  // a span of time in two units is one figure in the larger
  { s: "Roe was jailed for seven years and six months.", t: "seven years and six months", v: 7.5, lo: 7.5 - 1 / 24, hi: 7.5 + 1 / 24, hi_: true, b: "exact", u: "year" },
  { s: "The flight took two hours, 30 minutes.", t: "two hours, 30 minutes", v: 2.5, lo: 2.5 - 1 / 120, hi: 2.5 + 1 / 120, hi_: true, b: "exact", u: "hour" },
  // units written short, a space between: one time taken
  { s: "She finished in 3hr 12min 30sec.", t: "3hr 12min 30sec", v: 3 + 12.5 / 60, lo: 3 + 12.5 / 60 - 1 / 7200, hi: 3 + 12.5 / 60 + 1 / 7200, hi_: true, b: "exact", u: "hour" },
  // a time taken in hours, minutes and seconds, not a time of day
  { s: "He won the race in 2:11:48, a course record.", t: "2:11:48", v: 2 + 11 / 60 + 48 / 3600, lo: 2 + 11 / 60 + 47.5 / 3600, hi: 2 + 11 / 60 + 48.5 / 3600, hi_: true, b: "exact", u: "hour" },
  // "an improvement of" after a from-to pair takes the pair's direction
  { s: "The charge rate rose to 14.2% from 12.9%, an improvement of 1.3 percentage points.", t: "1.3 percentage points", v: 1.3, lo: 1.25, hi: 1.35, hi_: true, b: "exact", u: "percentage-point", ch: "up" },
  { s: "The jobless rate fell from 4.4% to 4.1%, an improvement of 0.3 percentage points.", t: "0.3 percentage points", v: 0.3, lo: 0.25, hi: 0.35, hi_: true, b: "exact", u: "percentage-point", ch: "down" },
  // a swing is no change of the share before it
  { s: "Labour's share rose from 32% to 38%, a swing of 4.5% from the Conservatives.", t: "4.5%", v: 4.5, lo: 4.45, hi: 4.55, hi_: true, b: "exact", u: "percent" },
  // "improved" has no direction of its own: for a jobless rate or a waiting list it is a fall
  { s: "The jobless rate improved by 0.3 percentage points to 4.1%.", t: "0.3 percentage points", v: 0.3, lo: 0.25, hi: 0.35, hi_: true, b: "exact", u: "percentage-point" },
  // the British form, with the noun between, and a vote's sides named
  { s: "The board approved the merger by 41 votes to 17, with two abstentions.", t: "41 votes to 17", v: [41, 17], lo: 41, hi: 17, b: "exact", u: "score" },
  // …and in words
  { s: "The committee voted by six votes to one to cut the rate.", t: "six votes to one", v: [6, 1], lo: 6, hi: 1, b: "exact", u: "score" },
  { s: "Result: Eight in favour, three against, one abstention.", t: "Eight in favour, three against", v: [8, 3], lo: 8, hi: 3, b: "exact", u: "score" },
  { s: "Result: 41 in favour, 17 against, two abstentions.", t: "41 in favour, 17 against", v: [41, 17], lo: 41, hi: 17, b: "exact", u: "score" },
  { s: "The motion passed with 41 for and 17 against.", t: "41 for and 17 against", v: [41, 17], lo: 41, hi: 17, b: "exact", u: "score" },
  { s: "Forecasts put growth between 4.75% and 5% next year.", t: "between 4.75% and 5%", v: [4.75, 5], lo: 4.75, hi: 5, b: "range", u: "percent", ch: "up" },
  { s: "The phone has a 5,000mAh battery.", t: "5,000mAh", v: 5000, lo: 4950, hi: 5050, hi_: true, b: "exact", u: "mAh" },
  { s: "A crowd estimated at 12,000 watched.", t: "12,000", v: 12000, lo: 10800, hi: 13200, b: "approx" },
  { s: "The stadium holds 9,000-plus fans.", t: "9,000-plus", v: 9000, lo: 9000, hi: 13500, b: "above" },
  { s: "Recovery will take over 18 months.", t: "18 months", v: 18, lo: 17.5, hi: 18.5, hi_: true, b: "exact", u: "month" },
  { s: "A 34-year-old man was arrested.", t: "34-year-old", v: 34, lo: 33.5, hi: 34.5, hi_: true, b: "exact", u: "age-year" },
  { s: "The talks lasted 36 hours.", t: "36 hours", v: 36, lo: 35.5, hi: 36.5, hi_: true, b: "exact", u: "hour" },
  { s: "A magnitude 7.1 quake struck.", t: "magnitude 7.1", v: 7.1, lo: 7.05, hi: 7.15, hi_: true, b: "exact", u: "magnitude" },
  { s: "She scored 31 points in the win.", t: "31", v: 31, lo: 30.5, hi: 31.5, hi_: true, b: "exact" },
  // rates
  { s: "They deport 500 people each week.", t: "500", v: 500, lo: 495, hi: 505, hi_: true, b: "exact", per: "week" },
  { s: "The clinic sees 40 patients per day.", t: "40", v: 40, lo: 39.5, hi: 40.5, hi_: true, b: "exact", per: "day" },
  // a period adverb after the counted noun makes a rate too
  { s: "The port handles 3.1 million containers annually across its terminals.", t: "3.1 million", v: 3.1e6, lo: 3.05e6, hi: 3.15e6, hi_: true, b: "exact", per: "year" },
  { s: "The hospice cares for 65 families weekly.", t: "65", v: 65, lo: 64.5, hi: 65.5, hi_: true, b: "exact", per: "week" },
  // (an adjective before another noun is no rate: "nurses on monthly contracts")
  { s: "The trust employs 1,243 nurses on monthly contracts.", t: "1,243", v: 1243, lo: 1242.5, hi: 1243.5, hi_: true, b: "exact" },
  // a day or month before a figure is a date, not a model name ("Boeing 737")
  { s: "By Monday 4,320 people had been injured.", t: "4,320", v: 4320, lo: 4315, hi: 4325, hi_: true, b: "exact" },
  // a numeric denominator belongs to the rate, and is no figure of its own
  { s: "The rate was 31 admissions per 100,000 population.", t: "31", v: 31, lo: 30.5, hi: 31.5, hi_: true, b: "exact", per: "number" },
  // pounds of money when money is in the air, of weight otherwise
  { s: "He will earn around 185,000 pounds a week.", t: "around 185,000 pounds", v: 185000, lo: 166500, hi: 203500, b: "approx", u: "GBP", per: "week" },
  { s: "The baby weighed 8 pounds.", t: "8 pounds", v: 8, lo: 7.5, hi: 8.5, hi_: true, b: "exact", u: "lb" },
  // "a" after a preposition is no rate
  { s: "She won by 4,700 votes after a week of counting.", t: "4,700", v: 4700, lo: 4650, hi: 4750, hi_: true, b: "exact" },
  { s: "Output reached 12 barrels in a day.", t: "12 barrels", v: 12, lo: 11.5, hi: 12.5, hi_: true, b: "exact", u: "barrel" },
  // a bare number between commas after a full name, or after "aged", is an age
  { s: "Tomas Brel, 58, a fitter, was treated.", t: "58", v: 58, lo: 57.5, hi: 58.5, hi_: true, b: "exact", u: "age-year" },
  { s: "Two residents aged 71 were moved.", t: "71", v: 71, lo: 70.5, hi: 71.5, hi_: true, b: "exact", u: "age-year" },
  // a surname alone before the age, then a relative clause or a description
  { s: "Brel, 58, who built the firm from a rented room, was jailed.", t: "58", v: 58, lo: 57.5, hi: 58.5, hi_: true, b: "exact", u: "age-year" },
  { s: "In the ward, 31 people, 12 of them children, were treated.", t: "31", v: 31, lo: 30.5, hi: 31.5, hi_: true, b: "exact" },
  { s: "The crew drills 30 wells a year.", t: "30", v: 30, lo: 29.5, hi: 30.5, hi_: true, b: "exact", per: "year" },
  // "a year earlier" dates a level; it is no rate
  { s: "Reserves stood at £81.4m, down from £96.0m a year earlier.", t: "£96.0m", v: 96e6, lo: 95.95e6, hi: 96.05e6, hi_: true, b: "exact", u: "GBP" },
  // a headline's "Down" before a percentage, and a change verb with a long object before "by"
  { s: "Border Traffic Down Nearly 40%", t: "Nearly 40%", v: 40, lo: 36, hi: 40, hi_: true, b: "approx", u: "percent", ch: "down" },
  { s: "The drug lowered the rate of stroke or systemic embolism by 1.5 percent.", t: "1.5 percent", v: 1.5, lo: 1.45, hi: 1.55, hi_: true, b: "exact", u: "percent", ch: "down" },
  { s: "Rebels shot down 23 drones.", t: "23", v: 23, lo: 22.5, hi: 23.5, hi_: true, b: "exact" },
  // a change named by a noun, its size set off after a comma or colon
  { s: "The port district recorded the sharpest decline, 8.2 percent.", t: "8.2 percent", v: 8.2, lo: 8.15, hi: 8.25, hi_: true, b: "exact", u: "percent", ch: "down" },
  { s: "Exports posted their biggest monthly gain: 6%.", t: "6%", v: 6, lo: 5.5, hi: 6.5, hi_: true, b: "exact", u: "percent", ch: "up" },
  { s: "Prices were higher, 6% of shops said.", t: "6%", v: 6, lo: 5.5, hi: 6.5, hi_: true, b: "exact", u: "percent" },
  { s: "Despite the decline, 62% of households still own a car.", t: "62%", v: 62, lo: 61.5, hi: 62.5, hi_: true, b: "exact", u: "percent" },
  { s: "Shares recorded the index's steepest fall on Tuesday, 14.6 percent.", t: "14.6 percent", v: 14.6, lo: 14.55, hi: 14.65, hi_: true, b: "exact", u: "percent", ch: "down" },
  // a stock verb's past participle after the stock noun: a count added to or taken from the stock
  { s: "All of the 14 branches closed this year were in small towns.", t: "14", v: 14, lo: 13.5, hi: 14.5, hi_: true, b: "exact", ch: "down" },
  { s: "Most of the 14 branches open on Sundays.", t: "14", v: 14, lo: 13.5, hi: 14.5, hi_: true, b: "exact" },
  { s: "All 120 stores opened on Boxing Day.", t: "120", v: 120, lo: 115, hi: 125, hi_: true, b: "exact" },
  // "up to" a day after a figure is until then, no rise
  { s: "The repairs had cost £4.2m up to March.", t: "£4.2m", v: 4.2e6, lo: 4.15e6, hi: 4.25e6, hi_: true, b: "exact", u: "GBP" },
  // …and "up front" is paid at the start, no rise
  { s: "The club is paying £31m up front for the striker.", t: "£31m", v: 31e6, lo: 30.5e6, hi: 31.5e6, hi_: true, b: "exact", u: "GBP" },
  { s: "The club is paying £31m upfront for the striker.", t: "£31m", v: 31e6, lo: 30.5e6, hi: 31.5e6, hi_: true, b: "exact", u: "GBP" },
  // …but "up to" a figure still says a rise
  { s: "First-half revenue was 12% up to £4.1bn.", t: "12%", v: 12, lo: 11.5, hi: 12.5, hi_: true, b: "exact", u: "percent", ch: "up" },
  // …or with what changed after "in", then its size
  { s: "Auditors put the increase in harbour maintenance charges at 17% over two years.", t: "17%", v: 17, lo: 16.5, hi: 17.5, hi_: true, b: "exact", u: "percent", ch: "up" },
  { s: "The fall in bus ridership was 6.5 percent, the authority said.", t: "6.5 percent", v: 6.5, lo: 6.45, hi: 6.55, hi_: true, b: "exact", u: "percent", ch: "down" },
  // (a level reached is no change: "the rise in fares to 4%")
  { s: "Riders protested the rise in fares to 4% of income.", t: "4%", v: 4, lo: 3.5, hi: 4.5, hi_: true, b: "exact", u: "percent" },
  // "made up" a share: a phrasal verb's particle, no change (before a percentage too)
  { s: "Renters made up 41.5% of households.", t: "41.5%", v: 41.5, lo: 41.45, hi: 41.55, hi_: true, b: "exact", u: "percent" },
  // changes with counts
  // "well over" leaves far more room above than "over"
  { s: "The storm cut power to well over 100,000 homes.", t: "well over 100,000", v: 100000, lo: 100000, lo_: true, hi: 150000, b: "above" },
  // a fraction after a change word and "by" is a change of that share
  { s: "Farmland birds have fallen by a third since 1999.", t: "a third", v: 33.3333333333, lo: 33.3333333333 - 2.5, hi: 33.3333333333 + 2.5, hi_: true, b: "exact", u: "percent", ch: "down" },
  // a hedged share reaches to the next share one would name
  { s: "Online sales now make up more than a fifth of revenue.", t: "more than a fifth", v: 20, lo: 20, lo_: true, hi: 25, hi_: true, b: "above", u: "percent" },
  { s: "Less than a third of the money was spent.", t: "Less than a third", v: 33.3333333333, lo: 25, lo_: true, hi: 33.3333333333, hi_: true, b: "below", u: "percent" },
  { s: "Enrolments fell by almost a third in a year.", t: "almost a third", v: 33.3333333333, lo: 30, hi: 33.3333333333, hi_: true, b: "approx", u: "percent", ch: "down" },
  // …not a fraction of a unit or scale that follows it
  { s: "The budget was cut by half a billion dollars.", t: "half a billion dollars", v: 5e8, lo: 4.9e8, hi: 5.1e8, hi_: true, b: "exact", u: "USD", ch: "down" },
  // a count right after a stock verb is taken from or added to the stock (rules/measures.yaml stockVerbs)
  { s: "The chain closed 12 stores in 2023.", t: "12", v: 12, lo: 11.5, hi: 12.5, hi_: true, b: "exact", ch: "down" },
  { s: "It will open a further 5 branches.", t: "5", v: 5, lo: 4.5, hi: 5.5, hi_: true, b: "exact", ch: "up" },
  { s: "The new stand would add 13,000 seats to the ground.", t: "13,000", v: 13000, lo: 12500, hi: 13500, hi_: true, b: "exact", ch: "up" },
  { s: "Brent shares closed at 486 on Friday.", t: "486", v: 486, lo: 485.5, hi: 486.5, hi_: true, b: "exact" },
  // (only for a count of places: "built 410,000 cars" counts cars made, "closed 45 points higher" is a market move)
  { s: "The carmaker built 410,000 cars in the quarter.", t: "410,000", v: 410000, lo: 405000, hi: 415000, hi_: true, b: "exact" },
  { s: "Police have closed 40 investigations.", t: "40", v: 40, lo: 39.5, hi: 40.5, hi_: true, b: "exact" },
  // "a year after tax" is still a rate
  // a rate and what it is before: not a time "a week before"
  { s: "He is expected to earn around £162,000 a week before bonuses.", t: "around £162,000", v: 162000, lo: 158760, hi: 165240, b: "approx", u: "GBP", per: "week" },
  // "ha" spaced after a figure is hectares
  { s: "The Ossley fire: 8,715 ha. Contained on Friday.", t: "8,715 ha", v: 8715, lo: 8714.5, hi: 8715.5, hi_: true, b: "exact", u: "hectare" },
  { s: "She earns £36,000 a year after tax.", t: "£36,000", v: 36000, lo: 35500, hi: 36500, hi_: true, b: "exact", u: "GBP", per: "year" },
  // a list of standings is no run of ages; a spelled-out descriptor only ("a 34-horse field" counts)
  { s: "It left Hartley City, 64, and Arden, 61, behind them.", t: "64", v: 64, lo: 63.5, hi: 64.5, hi_: true, b: "exact" },
  { s: "The 34-horse field set off at noon.", t: "34", v: 34, lo: 33.5, hi: 34.5, hi_: true, b: "exact" },
  { s: "Employers added 130,000 jobs last month.", t: "130,000", v: 130000, lo: 125000, hi: 135000, hi_: true, b: "exact", ch: "up" },
  { s: "The toll rose to 2,071 on Monday.", t: "2,071", v: 2071, lo: 2070.5, hi: 2071.5, hi_: true, b: "exact" },
  // a distance "off" or "below" something places it; it is no change
  { s: "The ferry capsized 3.5km off the coast.", t: "3.5km", v: 3.5, lo: 3.45, hi: 3.55, hi_: true, b: "exact", u: "km" },
  { s: "The work means deepening the harbour from 11.2m to 14.6m.", t: "11.2m", v: 11.2, lo: 11.15, hi: 11.25, hi_: true, b: "exact", u: "m" },
  // …unless a baseline follows: then it is a change again
  { s: "Rainfall was 40mm below average in May.", t: "40mm", v: 40, lo: 39.5, hi: 40.5, hi_: true, b: "exact", u: "mm", ch: "down" },
  { s: "The ship was 12 nautical miles from port.", t: "12 nautical miles", v: 12, lo: 11.5, hi: 12.5, hi_: true, b: "exact", u: "nmi" },
  // a small number naming a kind is no count; the figures around it are
  // …but a figure with its unit after a label word, or after "this stage", is a figure
  { s: "She won the stage 14 seconds ahead of her rival.", t: "14 seconds", v: 14, lo: 13.5, hi: 14.5, hi_: true, b: "exact", u: "second" },
  { s: "At this stage 12 people remain unaccounted for.", t: "12", v: 12, lo: 11.5, hi: 12.5, hi_: true, b: "exact" },
  { s: "That is 16.3% of the 13,406 type 1 attendances.", t: "13,406", v: 13406, lo: 13405.5, hi: 13406.5, hi_: true, b: "exact" },
  // water supply in megalitres, and a period after a slash ("Ml/d")
  { s: "Demand reached 532 Ml/d on Saturday.", t: "532 Ml", v: 532, lo: 531.5, hi: 532.5, hi_: true, b: "exact", u: "megalitre", per: "day" },
  { s: "The syrup is sold in 150 ml bottles.", t: "150 ml", v: 150, lo: 145, hi: 155, hi_: true, b: "exact", u: "millilitre" },
  { s: "The aim is to cut demand to 45 megalitres.", t: "45 megalitres", v: 45, lo: 44.5, hi: 45.5, hi_: true, b: "exact", u: "megalitre" },
  // a name before grouped thousands is no model number ("Route 66"): the figure is a count
  { s: "Lund polled 18,342 votes and Mare 15,907.", t: "15,907", v: 15907, lo: 15906.5, hi: 15907.5, hi_: true, b: "exact" },
  { s: "It went from 144,278 in May to 87,648 in July.", t: "87,648", v: 87648, lo: 87647.5, hi: 87648.5, hi_: true, b: "exact" },
  // a short prefix the text writes before other grouped figures too is a currency the rules do not know
  { s: "The average price was Dn 412,300 in June, against Dn 398,100 a year earlier.", t: "Dn 412,300", v: 412300, lo: 412250, hi: 412350, hi_: true, b: "exact", u: "DN" },
];

describe("quantity extraction table", () => {
  test("has at least 100 rows and no duplicate sentences", () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(new Set(rows.map((r) => r.s)).size).toBe(rows.length);
  });

  test.each(rows.map((r) => [r.s, r] as const))("%s", (_s, r) => {
    const qs = quantitiesOf(r.s);
    const q = qs.find((x) => x.span.text === r.t);
    if (!q) throw new Error(`expected span ${JSON.stringify(r.t)}; got ${JSON.stringify(qs.map((x) => x.span.text))}`);
    const got = {
      v: q.value,
      lo: q.interval.low,
      hi: q.interval.high,
      lo_: q.interval.lowOpen,
      hi_: q.interval.highOpen,
      b: q.bound,
      u: q.unit,
      ch: q.change,
      per: q.per,
    };
    const ok =
      (Array.isArray(r.v) ? Array.isArray(got.v) && close(got.v[0], r.v[0]) && close(got.v[1], r.v[1]) : !Array.isArray(got.v) && close(got.v, r.v)) &&
      close(got.lo, r.lo) &&
      close(got.hi, r.hi) &&
      got.lo_ === !!r.lo_ &&
      got.hi_ === !!r.hi_ &&
      got.b === r.b &&
      got.u === (r.u ?? "count") &&
      got.ch === r.ch &&
      got.per === r.per;
    if (!ok) throw new Error(`mismatch for ${JSON.stringify(r.t)}:\n expected ${JSON.stringify(r)}\n got      ${JSON.stringify(got)}`);
  });
});

// The stretch of time a total accrued over, in hours (undefined: none stated after the figure).
const windows: Array<[string, string, number | undefined]> = [
  ["Some 94 mm of rain fell in 12 hours before the bank gave way.", "Some 94 mm", 12],
  ["The gauge recorded 94 mm in the three hours before the flood.", "94 mm", 3],
  ["The levy should raise €41 million over its first four years.", "€41 million", 4 * 8760],
  ["Crews moved 2,300 people within 48 hours of the alert.", "2,300", 48],
  ["Sales rose 3.4% in the nine weeks to 2 May.", "3.4%", 9 * 168],
  ["The fund spent $9 million in a year.", "$9 million", 8760],
  // a point in time ahead, an age or a rate is no window
  ["The site will hold 4,000 homes in two years' time.", "4,000", undefined],
  ["The mill employed 310 people in 1998, two years before it shut.", "310", undefined],
  ["The plant treats 450 tonnes a day.", "450 tonnes", undefined],
  // one period unnumbered, before a closing date or after "past"
  ["The economy grew 2.4 percent in the year to March.", "2.4 percent", 8760],
  ["Prices rose 6 percent over the past month.", "6 percent", 730],
  // another clause's window, a superlative's, a history's, a deadline's
  ["The plant will employ 520 people and begin production in two years.", "520", undefined],
  ["Employers added 250,000 jobs in March, the biggest gain in a year.", "250,000", undefined],
  ["It sold 1.2 million vehicles for the first time in its 80-year history.", "1.2 million", undefined],
  ["The airport aims to reach 12 million passengers within five years.", "12 million", undefined],
  // another figure between: the window is that figure's
  ["They found 31 bodies and 12 survivors in two days.", "31", undefined],
  // set before the clause, for its first figure only
  ["In the 48 hours before the avalanche, 85 centimetres of snow fell.", "85 centimetres", 48],
  ["Over the past two days, crews evacuated 3,000 people.", "3,000", 48],
  ["In the 48 hours before the avalanche, 85 centimetres of snow fell and the depth reached 240 cm.", "240 cm", undefined],
  // not a stretch still to come, nor "in two years" with no "the" (a time from now)
  ["Over the next two weeks, 40 engineers will inspect the line.", "40", undefined],
  ["In two years, 4,000 homes will stand here.", "4,000", undefined],
  // (nor a compound adjective's number)
  ["In the three years since it reopened, the 1,200-seat hall has sold 410,000 tickets.", "1,200", undefined],
];

describe("the stretch of time a total accrued over", () => {
  test.each(windows)("%s (%s) → %s hours", (sentence, figure, hours) => {
    const q = quantitiesOf(sentence).find((x) => x.span.text === figure);
    expect(q?.span.text).toBe(figure);
    expect(q?.over?.hours).toBe(hours);
  });
});

// Figures that are not quantities: years, dates, times, ordinals, codes and names.
const mustNotExtract: Array<[string, string]> = [
  ["The Fed cut rates by a quarter point.", "a quarter"],
  // a number hyphened to a descriptor noun (rules/numbers.yaml descriptors) counts nothing
  ["Agents describe a three-speed market.", "three"],
  ["It is a two-tier system for buyers.", "two"],
  ["The rate was 31 admissions per 100,000 population.", "100,000"],
  ["In 2018 the total grew.", "2018"],
  ["The law of 1998 still applies.", "1998"],
  ["It happened on July 21, 2019.", "21"],
  ["It happened on July 21, 2019.", "2019"],
  ["The update came at 7:16 AM PT.", "7"],
  ["The update came at 7:16 AM PT.", "16"],
  ["Doors open at 10 a.m. sharp.", "10"],
  ["She finished 3rd in the race.", "3"],
  ["It was his 21st birthday.", "21"],
  ["COVID-19 cases rose.", "19"],
  ["The F-35 fleet was grounded.", "35"],
  ["A Boeing 737 Max crashed.", "737"],
  ["The G20 summit opened.", "20"],
  ["See https://example.org/story/2019/123 for more.", "123"],
  ["He is ranked No. 5 in the world.", "5"],
  ["Take Route 66 west.", "66"],
  // a kind or a place in a series
  ["Of the type 1 attendances, most were walk-ins.", "1"],
  ["The flight left from gate 12 an hour late.", "12"],
  // (once only, a short prefix is still a model's or a code's)
  ["The Dn 412,300 series shipped in June.", "412,300"],
  ["Call 555-1234 for tickets.", "555"],
  ["No one came to the meeting.", "one"],
  ["One of the officers was hurt.", "One"],
  ["Temperatures were in the 1990s range.", "1990"],
  ["It may rain in May.", "may"],
  ["The 5G network launched.", "5"],
  ["She was born in the 1980s.", "1980"],
  ["Figures for fiscal 2019 are due.", "2019"],
  ["A 90-day window was agreed.", "90"],
  ["The 10-year Treasury yield rose.", "10"],
  ["The S&P 500 fell 1.2% on Monday.", "500"],
  ["Police were called to 1420 Elm Street.", "1420"],
  ["The store is open 24/7.", "7"],
];

// Digit groups after a space that are two figures, not one: each expected span listed.
const notJoined: Array<[string, string[]]> = [
  ["In 2019 200 people died.", ["200"]],
  ["On May 12 500 people marched.", ["500"]],
  ["By Sept. 3 100 homes were lost.", ["100"]],
  ["The scores were 10 100 1000 in turn.", ["10", "100", "1000"]],
  // identifiers after their label, and the list that follows it
  ["Batch codes: 2611, 2612, 2613 and 2618. The recall covers 41,000 packs.", ["41,000"]],
  ["It affects batches 2614 to 2618 and lots of 40 cases.", ["40"]],
  ["Bids of 5 10 100 200 were made.", ["5", "10", "100", "200"]],
  ["Tickets cost 12 2000 each.", ["12", "2000"]],
  ["The rows held 1 20 and 300 seats.", ["1", "20", "300"]],
  ["Of 1,200 300 were hurt.", ["1,200", "300"]],
];

describe("space-separated digit groups that are two figures", () => {
  test.each(notJoined)("%s", (s, spans) => {
    const qs = quantitiesOf(s);
    expect(qs.map((q) => q.span.text).filter((t) => /\d/.test(t))).toEqual(spans);
  });
});

describe("must not extract", () => {
  test.each(mustNotExtract)("%s — not %s", (s, digits) => {
    const qs = quantitiesOf(s);
    expect(qs.filter((q) => q.span.text.includes(digits)).map((q) => q.span.text)).toEqual([]);
  });
});

describe("spans", () => {
  test("every span is an exact slice of the source, also with CRLF and a BOM", () => {
    const body = "\ufeffNearly 30% of 1,200 voters\r\nsaid about 45 percent was fair; $1.2bn was spent.\r\n";
    const qs = quantitiesOf(body);
    expect(qs.length).toBeGreaterThanOrEqual(4);
    const text = body.slice(1);
    for (const q of qs) expect(text.slice(q.span.start, q.span.end)).toBe(q.span.text);
  });
});

// A table's bare figures take the scale and unit its column heading or caption names in brackets.
describe("figures in a table", () => {
  const table = (caption: string, heading: string) => [caption, heading, "Q1 2025 | 12.4 | 3.1", "Q2 2025 | 13.9 | 2.7"].join("\n");
  test.each([
    ["Results (€ million)", "Quarter | Revenue | Profit", "13.9", 13_900_000, "EUR"],
    ["Results", "Quarter | Revenue (€m) | Profit (€m)", "13.9", 13_900_000, "EUR"],
    ["Results (billion crowns)", "Quarter | Revenue | Profit", "2.7", 2_700_000_000, "crown"],
    ["Results (in thousands)", "Quarter | Revenue | Profit", "12.4", 12_400, "count"],
    ["Results (tonnes)", "Quarter | Revenue | Profit", "12.4", 12.4, "tonne"],
    // a bracket not all read is no scale; nor a caption without one
    ["Results (adjusted million)", "Quarter | Revenue | Profit", "12.4", 12.4, "count"],
    ["Results for the year", "Quarter | Revenue | Profit", "12.4", 12.4, "count"],
    // a lone symbol that is a unit as well as a scale is the unit ("(m)" over heights)
    ["Buoy readings", "Quarter | Wave height (m) | Period", "12.4", 12.4, "m"],
    // the caption's is not a column's that counts things
    ["Results (€ million)", "Quarter | Revenue | Stores", "3.1", 3.1, "count"],
  ])("%s / %s: %s → %d %s", (caption, heading, figure, value, unit) => {
    const q = quantitiesOf(table(caption, heading)).find((x) => x.span.text === figure);
    expect(q?.value).toBeCloseTo(value);
    expect(q?.unit).toBe(unit);
  });

  test("a cell keeps its column's heading; a figure outside the table has none", () => {
    const qs = quantitiesOf(table("Results (€ million)", "Quarter | Revenue | Profit") + "\n\nRevenue rose 12% in the half.");
    expect(qs.map((q) => [q.span.text, q.column])).toEqual([
      ["12.4", "Revenue"],
      ["3.1", "Profit"],
      ["13.9", "Revenue"],
      ["2.7", "Profit"],
      ["12%", undefined],
    ]);
  });
});

// A scale word run on to its digits, as some copy writes it.
test.each([
  ["The club was sold in a £41.5million deal.", "£41.5million", 41_500_000, "GBP"],
  ["The plan will cost 12billion dollars over a decade.", "12billion dollars", 12_000_000_000, "USD"],
])("%s → %s", (sentence, span, value, unit) => {
  const q = quantitiesOf(sentence).find((x) => x.span.text === span);
  expect(q?.value).toBe(value);
  expect(q?.unit).toBe(unit);
});

// Odds: "one in five" rounds a share, odds written out in full are as precise as their denominator.
test.each([
  ["The odds are 1 in 8,145,060 for the top prize.", "1 in 8,145,060", 100 / 8_145_060, "8145060"],
  ["The odds are roughly one in 8 million for the top prize.", "roughly one in 8 million", 100 / 8_000_000, undefined],
])("%s → %s", (sentence, span, value, digitString) => {
  const q = quantitiesOf(sentence).find((x) => x.span.text === span);
  expect(q?.value).toBeCloseTo(value, 12);
  expect(q?.digitString).toBe(digitString);
  if (digitString) expect(q!.interval.high - q!.interval.low).toBeLessThan(value * 1e-6);
});
