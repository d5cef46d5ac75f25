// Deterministic inputs for the speed benchmark (npm run bench): one wildfire story told by
// N sources of about 500 words each, and a single large "archive" source made of many
// different stories. Everything comes from a seeded generator, so a run is repeatable.
//
// Sources word the same facts differently (hedges, rounding, synonyms, name forms, quotes
// with small changes) and a few carry planted conflicts (a transposed figure, a scale slip,
// a wrong title, a changed quote word, another day), so alignment has real work to do.

/** mulberry32: a small seeded PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const chance = (p) => next() < p;
  const shuffle = (xs) => {
    const a2 = [...xs];
    for (let i = a2.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [a2[i], a2[j]] = [a2[j], a2[i]];
    }
    return a2;
  };
  return { next, int, pick, chance, shuffle };
}

const fmt = (n) => n.toLocaleString("en-US");
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const FIRST = ["Maria", "Daniel", "Ellen", "Robert", "Laura", "James", "Sofia", "Thomas", "Grace", "Michael", "Hannah", "Peter", "Alice", "Samuel", "Nora", "David", "Ruth", "Carlos", "Irene", "Victor"];
const LAST = ["Delgado", "Whitaker", "Brody", "Okafor", "Lindqvist", "Moreno", "Castellano", "Harrington", "Nakamura", "Kowalski", "Fitzgerald", "Abernathy", "Sandoval", "Pemberton", "Oyelaran", "Vasquez", "Holloway", "Marchetti", "Thornton", "Kessler"];
const PLACES = ["Bracken Falls", "Cedar Hollow", "Elk Flats", "Pine Ridge", "Millbrook", "Granite Bay", "Willow Creek", "Stone Harbor", "Red Mesa", "Silver Lake"];
const COUNTIES = ["Alder", "Juniper", "Marlow", "Tamarack", "Bishop", "Calder", "Hayden", "Orton"];
const FIRES = ["Ridge", "Copper Creek", "Sawtooth", "Blackpine", "Canyon", "Falcon", "Dry Gulch", "Lone Pine", "Bear Hollow", "Quarry"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const OUTLETS = ["Wire", "Ledger", "Courier", "Tribune", "Gazette", "Herald", "Sentinel", "Chronicle", "Post", "Observer", "Radio", "News"];

/** The facts of one story; `variant` plants conflicts. */
function storyFacts(r) {
  const chief = { first: r.pick(FIRST), last: r.pick(LAST) };
  let gov = { first: r.pick(FIRST), last: r.pick(LAST) };
  while (gov.last === chief.last) gov = { first: r.pick(FIRST), last: r.pick(LAST) };
  let sheriff = { first: r.pick(FIRST), last: r.pick(LAST) };
  while (sheriff.last === chief.last || sheriff.last === gov.last) sheriff = { first: r.pick(FIRST), last: r.pick(LAST) };
  const startDay = r.int(0, 4);
  return {
    fire: `${r.pick(FIRES)} Fire`,
    county: r.pick(COUNTIES),
    town: r.pick(PLACES),
    acres: r.int(11, 98) * 1000 + r.int(101, 989),
    homes: r.int(120, 480),
    evacuated: r.int(12, 95) * 100,
    crews: r.int(8, 24) * 100 + r.int(11, 89),
    contained: r.int(11, 64),
    cost: r.int(30, 190) / 10,
    deaths: r.int(2, 5),
    injured: r.int(3, 12),
    gusts: r.int(35, 70),
    schools: r.int(12, 48),
    startDay,
    chief,
    gov,
    sheriff,
    quote: r.pick([
      ["We are making progress, but the wind is still our biggest enemy", "biggest", "worst"],
      ["Our crews have held the line overnight and we expect to build on that today", "held", "kept"],
      ["This fire is moving faster than anything we have seen in this county", "faster", "quicker"],
      ["Nobody should try to go back until we tell them it is safe", "safe", "clear"],
    ]),
    published: `2025-08-${String(11 + startDay + 2).padStart(2, "0")}`,
    // background figures: the same for every source of the story, worded differently
    bg: {
      pastFires: r.int(3, 9),
      pastYear: r.int(1988, 2019),
      pastAcres: r.int(5, 60) * 1000,
      pastBuildings: r.int(20, 400),
      residents: r.int(20, 90) * 100,
      seasonDays: r.int(20, 80),
      decade: r.pick(["1970s", "1980s"]),
      sheltered: r.int(120, 480),
      meals: r.int(6, 30) * 100,
      customers: r.int(2, 40) * 1000,
      roads: r.int(2, 30),
      horses: r.int(200, 900),
      companies: r.int(3, 12),
      lineMiles: r.int(10, 60),
      gallons: r.int(50, 400) * 1000,
      helicopters: r.int(8, 20),
      humidity: r.int(5, 15),
      shelters: r.int(2, 9),
      damaged: r.int(20, 90),
      threatened: r.int(21, 49) * 100,
      days: r.int(30, 90),
      yesterday: Math.max(1, r.int(2, 9)),
    },
  };
}

const hedgeAbove = ["more than", "over", "at least"];
const hedgeApprox = ["about", "around", "roughly", "nearly", "some", "approximately", "close to"];
/** A figure as a source might give it: exact, rounded with a hedge, or hedged. */
function figure(r, n, { round = 1000, unitWord = "" } = {}) {
  const roll = r.next();
  const u = unitWord ? ` ${unitWord}` : "";
  if (roll < 0.5) return `${fmt(n)}${u}`;
  if (roll < 0.75) return `${r.pick(hedgeAbove)} ${fmt(Math.floor(n / round) * round)}${u}`;
  return `${r.pick(hedgeApprox)} ${fmt(Math.round(n / round) * round)}${u}`;
}

function name(r, p, full) {
  return full || r.chance(0.5) ? `${p.first} ${p.last}` : p.last;
}

// Wording varies per source: common words and phrases have synonyms, chosen per paragraph
// (outside quotation marks, so quotes and their planted changes stay as written), and each
// source adds its own residents, streets, ages and remarks. Without this the sources of a
// story repeat most paragraphs word for word, which no desk sees and which flatters any cache.
const SYNONYMS = [
  [/\bthe fire\b(?! (?:chief|line|season))/g, ["the fire", "the blaze", "the wildfire", "the fire"]],
  [/\bfirefighters\b/g, ["firefighters", "crews", "fire crews", "firefighters"]],
  [/\bcrews\b/g, ["crews", "teams", "firefighters", "crews"]],
  [/\bresidents\b/g, ["residents", "people", "locals", "homeowners", "residents"]],
  [/\bdestroyed\b/g, ["destroyed", "razed", "levelled", "burned down", "destroyed"]],
  [/\bbattling\b/g, ["battling", "fighting", "working to contain"]],
  [/\bofficials said\b/g, ["officials said", "authorities said", "officials told reporters", "officials reported"]],
  [/\b(?<!officials |authorities )said\b(?! [A-Z])/g, ["said", "said", "said", "told reporters", "added"]],
  [/\bremain\b/g, ["remain", "are still", "remain"]],
  [/\bclosed\b/g, ["closed", "shut", "closed"]],
  [/\bdry hills\b/g, ["dry hills", "parched hillsides", "brush-covered slopes", "tinder-dry ridges"]],
  [/\bflames\b/g, ["flames", "fire front", "flames"]],
  [/\bstarted\b/g, ["started", "began", "broke out", "ignited"]],
  [/\bworked\b/g, ["worked", "toiled", "laboured", "pushed"]],
  [/\bexpect\b/g, ["expect", "forecast", "predict", "warn of"]],
  [/\bopened\b/g, ["opened", "set up", "opened"]],
  [/\bwarned\b/g, ["warned", "cautioned", "warned"]],
  [/\burged\b/g, ["urged", "asked", "told", "encouraged"]],
  [/\bdescribed\b/g, ["described", "recounted", "spoke of"]],
  [/\blarge\b/g, ["large", "major", "destructive", "significant"]],
  [/\bstructures\b/g, ["structures", "buildings", "properties"]],
  [/\bprecaution\b/g, ["precaution", "safety measure", "preventive step"]],
  [/\bovernight\b/g, ["overnight", "through the night", "during the night"]],
  [/\bmany of them\b/g, ["many of them", "a lot of them", "most of them"]],
  [/\bfamilies\b/g, ["families", "households", "families"]],
  [/\bnews of\b/g, ["news of", "word about", "an update on"]],
  [/\bmade slow progress\b/g, ["made slow progress", "gained little ground", "struggled to make headway"]],
  [/\bburned across\b/g, ["burned across", "scorched", "raced across", "charred"]],
  [/\bdeclared\b/g, ["declared", "proclaimed", "announced"]],
  [/\basked for\b/g, ["asked for", "requested", "sought"]],
];
const OPENERS = ["Meanwhile, ", "By late afternoon, ", "Elsewhere, ", "At the same time, ", "Earlier, ", "As of this writing, ", "In a separate update, ", "For now, "];
const LOWER_FIRST = /^(?:The|A|About|Some|Many|Crews|Power|Officials|Residents|Livestock|Forecasters|Damage|Firefighters|Scientists|Containment|All|Two|Three|Four|Five)\b/;
function vary(r, text) {
  if (LOWER_FIRST.test(text) && r.chance(0.3)) text = r.pick(OPENERS) + text[0].toLowerCase() + text.slice(1);
  return text
    .split('"')
    .map((part, i) => {
      if (i % 2) return part;
      let out = part;
      for (const [re, words] of SYNONYMS) out = out.replace(re, () => r.pick(words));
      return out;
    })
    .join('"');
}

const STREETS = ["Oak", "Maple", "Juniper", "Quail", "Sycamore", "Ridgeview", "Canyon", "Hilltop", "Orchard", "Mesa", "Sagebrush", "Cottonwood", "Aspen", "Bluebird", "Vista"];
const STREET_KINDS = ["Street", "Lane", "Drive", "Road", "Court", "Way", "Trail"];
const JOBS = ["a retired teacher", "a nurse", "a rancher", "a mechanic", "a bakery owner", "a postal worker", "a high school coach", "a contractor", "a vineyard manager", "a pastor", "a librarian", "a volunteer firefighter", "a truck driver", "a veterinarian"];
const FELT = ["I have never seen the sky that colour", "We grabbed the dog and the photo albums and drove", "You could hear it coming before you saw it", "The neighbours helped each other load the trailers", "I keep checking my phone for pictures of the street", "Everybody on our road got out in time", "It jumped the ridge faster than anyone thought", "We are staying with my sister until they let us back", "The ash was falling like snow on the driveway", "My father built that house and I hope it is still there", "The deputies were calm and that kept us calm", "We left the horses' gates open so they could run"];

/**
 * A resident's account, different in every source: ages, streets, years and remarks of its
 * own. Residents go unnamed ("a 51-year-old nurse"): a generated name that two sources
 * happened to share would be one person, whose age or children could then conflict.
 */
function residentParagraph(r, town) {
  const street = `${r.pick(STREETS)} ${r.pick(STREET_KINDS)}`;
  const job = r.pick(JOBS);
  const forms = [
    () => `A ${r.int(24, 88)}-year-old ${job.replace(/^an? /, "")} who has lived on ${street} for ${r.int(2, 45)} years left at ${r.int(1, 11)} a.m. "${r.pick(FELT)}," ${r.pick(["she", "he"])} said.`,
    () => `On ${street} in ${town}, a ${r.pick(["mother", "father"])} of ${r.int(2, 5)} packed the car in ${r.int(10, 40)} minutes. "${r.pick(FELT)}," said the ${r.pick(["parent", "resident", "neighbour"])}, ${job}.`,
    () => `"${r.pick(FELT)}," said one resident, who moved to ${town} in ${r.int(1975, 2021)} and runs ${r.pick(["a small farm", "a hardware store", "a diner", "a riding school", "an auto shop"])} on ${street}.`,
    () => `${cap(job)} on ${street}, who asked not to be named, said ${r.int(3, 12)} houses on the block had been checked by ${r.int(6, 11)} p.m. "${r.pick(FELT)}."`,
  ];
  return r.pick(forms)();
}

/** One ~500-word article about the story; `plant` holds this source's planted errors. */
function article(r, f, plant, index) {
  const acres = plant.acres ? Number(String(f.acres).replace(/^(\d)(\d)/, "$2$1")) : f.acres;
  const homes = plant.homes ? f.homes + 100 : f.homes;
  const contained = plant.contained ? Number(String(f.contained).split("").reverse().join("")) || f.contained + 10 : f.contained;
  const costScale = plant.scale ? "billion" : "million";
  const chiefTitle = plant.title ? "Battalion Chief" : r.pick(["Fire Chief", "Fire Chief", "County Fire Chief"]);
  const chiefLast = plant.misspell ? f.chief.last.slice(0, -1) + (f.chief.last.endsWith("o") ? "a" : "o") : f.chief.last;
  const chief = { first: f.chief.first, last: chiefLast };
  const [quote, word, swap] = f.quote;
  const quoted = plant.quote ? quote.replace(word, swap) : quote;
  const day = WEEKDAYS[(f.startDay + (plant.day ? 1 : 0)) % 7];
  const briefingDay = WEEKDAYS[(f.startDay + 2) % 7];
  const town = f.town;
  const county = f.county;
  const headline = r.pick([
    `${f.fire} burns ${figure(r, acres, { unitWord: "acres" })} as crews battle wind near ${town}`,
    `${f.fire} destroys ${homes} homes in ${county} County`,
    `Thousands flee as ${f.fire} grows near ${town}`,
    `${f.fire}: ${figure(r, f.evacuated, { round: 100 })} evacuated, ${contained}% contained`,
  ]);
  const paras = [];
  paras.push(
    r.pick([
      `The ${f.fire} has burned ${figure(r, acres, { unitWord: "acres" })} and destroyed ${r.chance(0.5) ? "" : r.pick(hedgeAbove) + " "}${homes} homes in ${county} County, fire officials said ${briefingDay}, as crews worked through the night to keep the flames away from ${town}.`,
      `A wind-driven wildfire in ${county} County has destroyed ${homes} homes and forced ${figure(r, f.evacuated, { round: 100 })} people from their houses since it broke out on ${day}, officials said.`,
      `Firefighters made slow progress against the ${f.fire} on ${briefingDay} after it burned across ${figure(r, acres, { unitWord: "acres" })} of dry hills south of ${town}.`,
    ]),
  );
  const facts = [
    () => `The fire was ${contained} percent contained by ${briefingDay} morning, up from ${Math.max(1, contained - f.bg.yesterday)} percent a day earlier, according to the incident command.`,
    () => `${r.pick(["Containment stood at", "Crews had contained", "The blaze was"])} ${contained}${r.chance(0.5) ? "%" : " percent"}${r.chance(0.5) ? "" : " contained"} on ${briefingDay}.`,
    () => `About ${fmt(f.evacuated)} residents remain under evacuation orders, and ${figure(r, Math.round(f.evacuated / 3), { round: 100 })} more have been told to be ready to leave.`,
    () => `${figure(r, f.crews, { round: 100 })} firefighters are now assigned to the fire, including crews from ${r.pick(PLACES)} and ${r.pick(PLACES)}.`,
    () => `A total of ${fmt(f.crews)} personnel, backed by ${f.bg.helicopters} helicopters, are battling the blaze.`,
    () => `The state has spent ${r.chance(0.5) ? "" : r.pick(hedgeAbove) + " "}$${f.cost} ${costScale} fighting the fire so far, the ${county} County emergency office said.`,
    () => `${f.deaths === 2 ? "Two" : f.deaths === 3 ? "Three" : f.deaths === 4 ? "Four" : "Five"} people have died and ${f.injured} firefighters have suffered ${r.pick(["minor", "non-life-threatening"])} injuries.`,
    () => `Forecasters expect gusts of up to ${f.gusts} mph on ${r.pick(WEEKDAYS)} afternoon, with humidity near ${f.bg.humidity} percent.`,
    () => `The fire started ${day} afternoon off ${r.pick(["Copper Creek Road", "Highway 38", "Pine Hollow Road", "Old Mill Road"])}. Its cause has not been determined.`,
    () => `All ${f.schools} schools in the district were closed on ${briefingDay}, and ${f.bg.shelters} shelters opened at churches and community halls.`,
    () => `Damage inspectors have counted ${homes} homes destroyed and ${f.bg.damaged} damaged, while ${figure(r, f.bg.threatened, { round: 100 })} structures are still threatened.`,
  ];
  for (const fn of r.shuffle(facts).slice(0, r.int(6, 9))) paras.push(cap(fn()));
  // people and quotes
  const cued = r.pick([
    `"${quoted}," ${chiefTitle} ${chief.first} ${chief.last} said at the ${briefingDay} briefing.`,
    `${county} County ${chiefTitle} ${chief.first} ${chief.last} said crews were stretched thin. "${quoted}," ${chief.last} said.`,
    `"${quoted}," said ${chief.first} ${chief.last}, the ${chiefTitle.toLowerCase()} of ${county} County.`,
  ]);
  paras.push(cued);
  paras.push(
    r.pick([
      `Gov. ${name(r, f.gov, true)} declared a state of emergency for ${county} County on ${briefingDay} and asked for federal help.`,
      `${r.pick(["Gov.", "Governor"])} ${f.gov.first} ${f.gov.last} said the state would cover the cost of shelters for ${f.bg.days} days.`,
    ]),
  );
  paras.push(`Sheriff ${f.sheriff.first} ${f.sheriff.last} said deputies had gone door to door in ${r.pick(PLACES)} overnight. "${r.pick(["We knocked on every door we could reach", "People listened and they left early", "Please do not come back until the roads are open"])}," ${f.sheriff.last} said.`);
  // background: other figures, other measures, varied wording
  const background = [
    () => `The region has seen ${f.bg.pastFires} large fires in the past decade, including a ${f.bg.pastYear} blaze that burned ${fmt(f.bg.pastAcres)} acres and destroyed ${f.bg.pastBuildings} buildings.`,
    () => `${town} has ${r.pick(["about ", "roughly ", ""])}${fmt(f.bg.residents)} residents, many of them retirees, and sits at the end of a single two-lane road.`,
    () => `Scientists say a hotter and drier climate has lengthened the fire season across the West by ${f.bg.seasonDays} days since the ${f.bg.decade}.`,
    () => `The Red Cross said ${f.bg.sheltered} people spent the night at the evacuation center at the ${county} County Fairgrounds, and volunteers served ${fmt(f.bg.meals)} meals.`,
    () => `Power was cut to ${fmt(f.bg.customers)} customers as a precaution, the utility said, and ${f.bg.roads} roads remained closed.`,
    () => `Residents described a long night. ${r.pick(["Some", "Many", "A few"])} said they left with little more than their pets and ${r.pick(["medicine", "documents", "photographs", "a change of clothes"])}, and ${r.pick(["several", "dozens of", "hundreds of"])} families were still waiting for news of their houses.`,
    () => `Officials warned that ${r.pick(["smoke", "ash", "poor air quality"])} would linger for days and urged people with ${r.pick(["asthma", "heart conditions", "breathing problems"])} to stay indoors, keep windows closed and check on their neighbours.`,
    () => `Livestock owners moved ${r.chance(0.5) ? "about " : ""}${f.bg.horses} horses and cattle to the fairgrounds, where ${r.pick(["volunteers", "ranchers", "4-H members"])} set up pens and water troughs on ${r.pick(WEEKDAYS)}.`,
    () => `The ${county} County board will meet on ${r.pick(WEEKDAYS)} to discuss aid, and the insurance commissioner said ${f.bg.companies} companies had opened claims centers near the burn area.`,
    () => `Crews cut ${f.bg.lineMiles} miles of fire line with bulldozers and hand tools, and air tankers dropped ${fmt(f.bg.gallons)} gallons of retardant along the eastern flank.`,
  ];
  // one or two residents of this source's own, somewhere after the lede
  for (let k = r.int(1, 2); k > 0; k--) paras.splice(r.int(1, paras.length), 0, residentParagraph(r, town));
  let body = paras;
  const extra = r.shuffle(background);
  let words = [headline, ...body].join(" ").split(/\s+/).length;
  let k = 0;
  while (words < 500 && k < extra.length) {
    const p = extra[k++]();
    body.splice(r.int(2, body.length), 0, p);
    words += p.split(/\s+/).length;
  }
  const outlet = `${town.split(" ")[0]} ${OUTLETS[index % OUTLETS.length]}`;
  const header = r.chance(0.7) ? `---\noutlet: ${outlet}\npublished: ${f.published}\n---\n` : "";
  return `${header}${headline}\n\n${body.map((p) => vary(r, p)).join("\n\n")}\n`;
}

/** One story told by `n` sources; a few sources carry planted conflicts. */
export function story(n, seed = 1) {
  const r = rng(seed);
  const f = storyFacts(r);
  const kinds = ["acres", "homes", "contained", "scale", "title", "misspell", "quote", "day"];
  const plants = new Map();
  const planted = Math.max(2, Math.round(n / 25));
  for (let i = 0; i < planted; i++) {
    const at = r.int(0, n - 1);
    const p = plants.get(at) ?? {};
    p[r.pick(kinds)] = true;
    plants.set(at, p);
  }
  const out = [];
  for (let i = 0; i < n; i++) out.push({ path: `source-${String(i).padStart(4, "0")}.md`, text: article(r, f, plants.get(i) ?? {}, i) });
  return out;
}

/**
 * A single large source, about `bytes` long: one story told at length — the articles of
 * `story` one after another in one file (one front-matter header at the top), the same facts
 * worded many ways, with the same few planted conflicts now inside one source.
 */
export function archive(bytes, seed = 7) {
  const r = rng(seed);
  const f = storyFacts(r);
  const kinds = ["acres", "homes", "contained", "scale", "title", "misspell", "quote", "day"];
  const parts = [`---\noutlet: Archive\npublished: ${f.published}\n---\n`];
  let size = parts[0].length;
  let i = 0;
  while (size < bytes) {
    const plant = r.chance(0.02) ? { [r.pick(kinds)]: true } : {};
    const a = article(r, f, plant, i++).replace(/^---\n[\s\S]*?\n---\n/, "");
    parts.push(a);
    size += a.length + 1;
  }
  return parts.join("\n");
}

/** Word count as the benchmark reports it: runs of letters and digits. */
export function countWords(text) {
  let n = 0;
  const re = /[\p{L}\p{N}]+/gu;
  while (re.exec(text)) n++;
  return n;
}
