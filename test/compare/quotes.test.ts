// Quote and attribution findings: a table of renderings of one quotation in two (or three)
// sources, and what an editor should be told about them.
import { readFileSync } from "node:fs";
import { Chalk } from "chalk";
import { extractQuotes, storyPeople } from "../../src/extract/quotes.js";
import { alignQuotes } from "../../src/align/quotes.js";
import { compareQuotePairs, QUOTE_RULES } from "../../src/compare/quotes.js";
import { RULE_METAS } from "../../src/compare/index.js";
import { ingest } from "../../src/ingest/index.js";
import { checkSync } from "../../src/pipeline.js";
import { renderTerminal } from "../../src/report/terminal.js";
import type { Finding } from "../../src/types.js";
import { rules, deepFreeze } from "../helpers/source.js";

function findingsOf(...texts: string[]): Finding[] {
  const sources = texts.map((text, i) => ingest({ path: `${"abc"[i]}.txt`, text }));
  const known = storyPeople(sources, rules);
  const quotes = sources.flatMap((s, i) => extractQuotes(s, rules, i, known));
  deepFreeze(quotes);
  return compareQuotePairs(alignQuotes(quotes, rules), rules);
}

const summary = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.kind}`).sort();

type Case = [name: string, texts: string[], want: string[]];

const QUOTE_CASES: Case[] = [
  [
    "a short quote with words changed in the middle, sharing no three words in a row",
    [`"We are not declaring defeat," said Mayor Ada Rusk.`, `"We are nowhere near declaring defeat," Ada Rusk said.`],
    ["major quote"],
  ],
  [
    "one source quoting two short remarks alike has not changed a quote",
    [`Station manager Ana Roe said: "We are devastated for the families."\n\nSpeaking again later at the scene, Ms Roe said: "We are praying for the families."`],
    [],
  ],
  [
    "a lone copula added to a short quote is a slip of transcription",
    [`Ada Rusk called the figure "a hope, not a promise" on Monday.`, `Ada Rusk called the figure "a hope is not a promise" on Monday.`],
    ["minor quote"],
  ],
  [
    "a short quote starting inside a longer one with its first noun changed",
    [`The minister said: "The people of the valley have shown great courage. No town will be left to face this alone. We will stand with them."`, `Minister Ada Rusk repeated her promise. "No family will be left to face this alone," she said.`],
    ["major quote"],
  ],
  [
    "a short quote ending in another word than the same sentence in a longer quote",
    [`Dora Pike said: "Our members are exhausted, not greedy. They have held this service together with goodwill."`, `“Our members are exhausted, not reckless,” Dora Pike told them.`],
    ["major quote"],
  ],
  [
    "a sentence's worth of words, then each quote ending that sentence its own way",
    [`Dr Ida Venn said: "Most of the patients we treated had mild burns and smoke inhalation, which we had not expected this early in the season."`, `"Most of the patients we treated had mild burns and smoke inhalation, which we expected given the dry weather," said Dr Ida Venn.`],
    ["major quote"],
  ],
  [
    "two remarks of one source that open alike are not one quote changed",
    [`Health Secretary Ana Roe said: "We are going to make sure that every patient in this country is seen within a week." She added: "We are going to make sure that every patient in this country can see a GP."`],
    [],
  ],
  [
    "…but not two quotes sharing a sentence and going on with sentences of their own",
    [`Dr Ida Venn said: "Most of the patients we treated had mild burns and smoke inhalation. Two are still in hospital."`, `"Most of the patients we treated had mild burns and smoke inhalation. We sent the rest home by midnight," said Dr Ida Venn.`],
    [],
  ],
  [
    "a short quote that is the start of a longer one, word for word",
    [`Dora Pike said: "Our members are exhausted, not greedy. They have held this service together with goodwill."`, `“Our members are exhausted, not greedy,” Dora Pike told them.`],
    [],
  ],
  [
    "the same opening sentence with a word changed, each quote going on differently",
    [`Mayor Tom Price said: "The water came up faster than anyone had ever predicted. Nobody from the council came to check on the families."`, `Mayor Tom Price said: "The water came up slower than anyone had ever predicted. By morning we had lost the car and every photograph."`],
    ["major quote"],
  ],
  [
    "a phrase quoted inside a sentence, ending in other words where the full quote's clause ends",
    [`Minister for Tertiary Education Oskar Vane said the package was "the largest increase in teaching funding in more than two decades" and welcomed it.`, `"This is the largest increase in teaching funding in more than a decade, and it comes with an expectation of fairness," Minister Vane said.`],
    ["major quote"],
  ],
  [
    "…but a phrase that stops where the full quote's clause goes on is an excerpt",
    [`Minister for Tertiary Education Oskar Vane said the package was "the largest increase in teaching funding in more than a decade" and welcomed it.`, `"This is the largest increase in teaching funding in more than a decade, and it comes with an expectation of fairness," Minister Vane said.`],
    [],
  ],
  [
    "a lone little word dropped is a minor slip of transcription",
    [`"Today most of those objects are safe, thanks to weeks of work and of information from the public," said Director Joost Vell.`, `"Today most of those objects are safe, thanks to weeks of work and information from the public," said Director Joost Vell.`],
    ["minor quote"],
  ],
  [
    "…but a dropped 'not' is a change of meaning",
    [`"We will not close the museum this winter," said Director Joost Vell.`, `"We will close the museum this winter," said Director Joost Vell.`],
    ["major quote"],
  ],
  [
    "a word changed inside the quote",
    [`"We will not see a storm like this again in a decade," said Mayor Jane Doe.`, `"We will not see a storm like this again in a generation," Doe said.`],
    ["major quote"],
  ],
  [
    "words changed in the middle",
    [`"Together we can bring faster, cheaper testing to millions more patients," said Priya Raghunathan.`, `"Together we can bring faster, more accurate testing to millions more patients," said Priya Raghunathan.`],
    ["major quote"],
  ],
  [
    "the last words changed",
    [`"You stole from nurses, from patients and from a community that trusted you," Judge Ann Roe said.`, `"You stole from nurses, from patients and from a community that believed in you," Roe said.`],
    ["major quote"],
  ],
  [
    "words dropped inside, with no ellipsis",
    [`"We will rebuild every home and every school that was lost," said Jane Doe.`, `"We will rebuild every home that was lost," said Jane Doe.`],
    ["major quote"],
  ],
  [
    "a percent sign and 'per cent' are one word",
    [`"Core prices at 3.2% are still too high," said Governor Ana Roe.`, `"Core prices at 3.2 per cent are still too high," said Governor Ana Roe.`],
    [],
  ],
  [
    "a shorter excerpt of the same words",
    [`"I thank the council for passing a budget that puts classrooms and public safety first," said County Executive Dana Whitfield.`, `Dana Whitfield said the budget "puts classrooms and public safety first."`],
    [],
  ],
  [
    "the first sentence only",
    [`"May's report shows an economy that keeps creating good jobs. Wages are outpacing prices," said Labor Secretary Joanna Whitcombe.`, `"May's report shows an economy that keeps creating good jobs," Joanna Whitcombe said.`],
    [],
  ],
  [
    "an ellipsis for omitted words",
    [`"They have made real progress, the numbers are good, and there are fewer apprehensions today," said Mike Pompeo.`, `"They have made real progress … there are fewer apprehensions today," said Mike Pompeo.`],
    [],
  ],
  [
    "an ellipsis without spaces",
    [`"They have made real progress, the numbers are good, and there are fewer apprehensions today," said Mike Pompeo.`, `"They have made real progress...there are fewer apprehensions today," said Mike Pompeo.`],
    [],
  ],
  [
    "bracketed words standing for the speaker's",
    [`"He has done more for this city than anyone," said Jane Doe.`, `"[The mayor] has done more for this city than anyone," said Jane Doe.`],
    [],
  ],
  [
    "case and punctuation only",
    [`"We had the ball, but football is decided in the boxes," said Markus Vollrath.`, `"We had the ball - but Football is decided in the boxes!" said Markus Vollrath.`],
    [],
  ],
  [
    "a contraction written out",
    [`"We don't know if we have a house left to go back to," said Karen Ostlund.`, `"We do not know if we have a house left to go back to," said Karen Ostlund.`],
    [],
  ],
  [
    "British and American spelling",
    [`"We will organise the neighbourhood and its centre again," said Jane Doe.`, `"We will organize the neighborhood and its center again," said Jane Doe.`],
    [],
  ],
  [
    "a number in words and in digits",
    [`"We had two weeks to find a new home for everyone," said Jane Doe.`, `"We had 2 weeks to find a new home for everyone," said Jane Doe.`],
    [],
  ],
  [
    "one quote split around its attribution",
    [`"We had the ball, but football is decided in the boxes, and tonight they were better in both," said Markus Vollrath.`, `"We had the ball, but football is decided in the boxes," Markus Vollrath told reporters, "and tonight they were better in both."`],
    [],
  ],
  [
    "a whole sentence left out without an ellipsis",
    [`"We have not reached the villages yet. The roads are all blocked by landslides. We are afraid of what we will find," said Sunita Rawal.`, `"We have not reached the villages yet. We are afraid of what we will find," said Sunita Rawal.`],
    ["minor quote"],
  ],
  [
    "two statements that merely begin alike",
    [`"We will rebuild every home," Jane Doe said. Later she added: "We will rebuild every road."`],
    [],
  ],
  [
    "the same quote worded two ways in one source",
    [`"We will not see a storm like this again in a decade," said Mayor Jane Doe. Later the story says: "We will not see a storm like this again in a generation," Doe said.`],
    ["major quote"],
  ],
  ["scare quotes are never compared", [`The "safe third country" deal was dropped.`, `The "safe fourth country" deal was dropped.`], []],
  [
    "different quotes sharing a few words",
    [`"We expect to see more cases in the coming weeks," said Jane Doe.`, `"Prices will go up in the coming weeks, and nobody can stop it," said John Roe.`],
    [],
  ],
];

const ATTRIBUTION_CASES: Case[] = [
  [
    "two statements sharing a phrase are two quotations, with two speakers",
    [`"A tenth is not enough when the trust still has nearly a billion pounds riding on firms that are opening new mines," said Jo Pell, a campaigner.`, `Opening the debate, councillor Ana Vick said: "Every year we are told that talking is working, and every year the trust is still invested in firms that are opening new mines. Members deserve better."`],
    [],
  ],
  [
    "the same words, two speakers",
    [`"The labor market is cooling, not cracking," said Renata Solberg, senior economist at Ashby & Cole.`, `"The labor market is cooling, not cracking," said Marcus Threlkeld, chief economist at Harwick Capital.`],
    ["major attribution"],
  ],
  [
    "a pronoun against a name",
    [`Judge Margaret Halvorsen read the sentence. "This sentence has to tell anyone that this is not a gamble worth taking," she said.`, `"This sentence has to tell anyone that this is not a gamble worth taking," prosecutor Priya Raman said.`],
    ["major attribution"],
  ],
  [
    "surname against full name: the same speaker",
    [`"Carverton voters can have full confidence in these results," said Commission Chair Marisol Trent.`, `"Carverton voters can have full confidence in these results," Trent said.`],
    [],
  ],
  [
    "a misspelt surname is the same speaker",
    [`"We expect to see more cases in the coming weeks," said Dr. Karen Lindqvist.`, `"We expect to see more cases in the coming weeks," Dr. Karen Lindquist said.`],
    [],
  ],
  [
    "an unknown speaker on one side",
    [`"The people up there have been waiting since Friday night," said a ward chair.`, `"The people up there have been waiting since Friday night," said Jane Doe.`],
    [],
  ],
  [
    "the words given to two people in one source",
    [`"We suffered for eighty minutes, but this group never stops believing," said coach Henrique Salgado. Later, captain Tiago Mendes said: "We suffered for eighty minutes, but this group never stops believing."`],
    ["major attribution"],
  ],
  [
    "a changed quote and another speaker",
    [`"We will not see a storm like this again in a decade," said Mayor Jane Doe.`, `"We will not see a storm like this again in a generation," said Governor John Roe.`],
    [],
  ],
];

describe("quote findings", () => {
  test.each(QUOTE_CASES)("%s", (_name, texts, want) => {
    expect(summary(findingsOf(...texts))).toEqual(want);
  });

  test("the message gives the changed words in plain words, and the spans are the quotes", () => {
    const a = `"We have not yet reached the villages on the higher slopes," Rawal said.`;
    const b = `"We have not yet reached the villages on the upper slopes," Rawal said.`;
    const [f] = findingsOf(a, b);
    expect(f.message).toContain(`"the higher slopes" in a.txt but "the upper slopes" in b.txt`);
    expect(f.claims.map((c) => c.text)).toEqual(["We have not yet reached the villages on the higher slopes", "We have not yet reached the villages on the upper slopes"]);
    expect(f.claims[0].normalized).toMatchObject({ type: "quote", speaker: "Rawal", speakerKey: "rawal" });
    expect(a.slice(f.claims[0].start, f.claims[0].end)).toBe(f.claims[0].text);
  });

  test("a headline adapts the words it quotes: against the same source's body, a minor note", () => {
    const text = `'Tenants have been warning them about this for years': tower block condemned\n\n"Tenants have been warning the council about this for years," said Mara Quist of the residents' association.`;
    expect(findingsOf(text).map((f) => [f.kind, f.severity])).toEqual([["quote", "minor"]]);
    // (the same words changed in the body of another part of the source are still major)
    const body = `Tower block condemned\n\n"Tenants have been warning them about this for years," said Mara Quist.\n\nLater she added: "Tenants have been warning the council about this for years."`;
    expect(findingsOf(body).map((f) => [f.kind, f.severity])).toEqual([["quote", "major"]]);
  });

  test("a headline or a crosshead against another source's body: a minor note too", () => {
    const body = `Tower block condemned\n\n"Tenants have been warning the council about this for years," said Mara Quist of the residents' association.`;
    const headline = `'Tenants have been warning them about this for years': tower block condemned\n\nThe block was emptied on Friday, Mara Quist of the residents' association said.`;
    expect(findingsOf(body, headline).map((f) => [f.kind, f.severity])).toEqual([["quote", "minor"]]);
    const crosshead = `Tower block emptied\n\nThe block was emptied on Friday.\n\nQUIST: 'TENANTS HAVE BEEN WARNING THEM ABOUT THIS FOR YEARS'\n\nMara Quist of the residents' association spoke outside.`;
    expect(findingsOf(body, crosshead).map((f) => [f.kind, f.severity])).toEqual([["quote", "minor"]]);
    // (a pull quote with its speaker, or a paragraph in brackets, is a quotation given whole)
    const pull = `Tower block emptied\n\nThe block was emptied on Friday.\n\n"Tenants have been warning them about this for years" - Mara Quist\n\nShe spoke outside.`;
    expect(findingsOf(body, pull).map((f) => [f.kind, f.severity])).toEqual([["quote", "major"]]);
  });

  test("one change repeated over three sources is one finding naming them all", () => {
    const fs = findingsOf(
      `"The wind is writing the rules right now," said Fire Chief Ellen Brody.`,
      `"The wind is making the rules right now," said Fire Chief Ellen Brody.`,
      `"The wind is writing the rules right now. We are fighting this fire on its terms," Brody said.`,
    );
    expect(fs).toHaveLength(1);
    expect(fs[0].claims.map((c) => c.source).sort()).toEqual(["a.txt", "b.txt", "c.txt"]);
    expect(fs[0].message).toMatch(/"is writing the" in a\.txt, c\.txt but "is making the" in b\.txt/);
  });
});

describe("attribution findings", () => {
  test.each(ATTRIBUTION_CASES)("%s", (_name, texts, want) => {
    expect(summary(findingsOf(...texts))).toEqual(want);
  });

  test("evidence: both quotes and where each speaker is named", () => {
    const [f] = findingsOf(
      `"Measles is one of the most contagious diseases we know of," said Dr. Karen Lindqvist.`,
      `"Measles is one of the most contagious diseases we know of," said CDC spokesperson Jared Ostrowski.`,
    );
    expect(f.kind).toBe("attribution");
    expect(f.claims.map((c) => c.text)).toEqual(["Measles is one of the most contagious diseases we know of", "Measles is one of the most contagious diseases we know of", "Karen Lindqvist", "Jared Ostrowski"]);
    expect(f.message).toMatch(/attributed to Karen Lindqvist in a\.txt but to Jared Ostrowski in b\.txt/);
  });

  test("evidence: the words that attribute a quote by role, beside where the person is named", () => {
    const [f] = findingsOf(
      `Health Minister Fiona Garrow visited the hospital on Monday. "Patients are entitled to know quickly whether their records were taken," the minister said.`,
      `"Patients are entitled to know quickly whether their records were taken," said Data Commissioner Jonah Akers.`,
    );
    expect(f.kind).toBe("attribution");
    expect(f.claims.map((c) => c.text)).toEqual(expect.arrayContaining(["Fiona Garrow", "the minister", "Jonah Akers"]));
  });

  test("speakers found only through pronouns on both sides weigh less", () => {
    const fs = findingsOf(
      `Jane Doe spoke first. "We are balancing this budget on the backs of the poor," she said.`,
      `John Roe spoke next. "We are balancing this budget on the backs of the poor," he said.`,
    );
    expect(summary(fs)).toEqual(["minor attribution"]);
  });

  test("a name in the possessive inside an appositive is not the speaker (a blind story's press release and paper)", () => {
    const dir = "test/fixtures/blind/rg-corvane-migraine-trial";
    const story = JSON.parse(readFileSync(`${dir}/case.json`, "utf8")) as { sources: Array<{ file: string; published: string }> };
    const report = checkSync(story.sources.map((s) => ({ path: s.file, text: `---\npublished: ${s.published}\n---\n${readFileSync(`${dir}/${s.file}`, "utf8")}` })), { jobs: 1 });
    const speakers = report.findings.filter((f) => f.kind === "attribution").map((f) => f.message);
    expect(speakers.filter((m) => /attributed to Brannoc\b/.test(m))).toEqual([]);
  });

  test("several sources merge into one finding naming each speaker", () => {
    const fs = findingsOf(
      `"Buyers who sat out last year are coming back, but cautiously," said chief economist Lorraine Okwu.`,
      `"Buyers who sat out last year are coming back, but cautiously," Lorraine Okwu said.`,
      `As association president Greg Hollister put it: "Buyers who sat out last year are coming back, but cautiously."`,
    );
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toMatch(/attributed to Lorraine Okwu in a\.txt, b\.txt but to Greg Hollister in c\.txt/);
  });
});

test("a quote whose speakers are one person spelled two ways is the misspelling only", () => {
  const report = checkSync(
    [
      { path: "wire.txt", text: `---\npublished: 2025-09-25\n---\n"The closures pay back in well under a year," said finance director Rupert Vale.\n` },
      { path: "statement.txt", text: `---\npublished: 2025-09-25\n---\nFinance director Rupert Vail said: "The closures pay back in well under a year."\n` },
    ],
    { jobs: 1 },
  );
  expect(report.findings.map((f) => f.kind)).toEqual(["entity-name"]);
});

describe("rules and reports", () => {
  test("quote and attribution are rule modules with meta", () => {
    expect(QUOTE_RULES.map((r) => r.meta.id)).toEqual(["quote", "attribution"]);
    expect(RULE_METAS.map((m) => m.id)).toEqual(expect.arrayContaining(["quote", "attribution"]));
  });

  const inputs = [
    { path: "a.txt", text: `"We have not yet reached the villages on the higher slopes," Rawal said.\n` },
    { path: "b.txt", text: `"We have not yet reached the villages on the upper slopes," Rawal said.\n` },
  ];

  test("the JSON report keeps the contract", () => {
    const report = checkSync(inputs);
    const f = report.findings.find((x) => x.kind === "quote")!;
    expect(f).toMatchObject({ rule: "quote", severity: "major" });
    for (const c of f.claims) {
      expect(inputs.find((i) => i.path === c.source)!.text.slice(c.start, c.end)).toBe(c.text);
      expect(c.normalized).toMatchObject({ type: "quote" });
    }
  });

  test("the terminal shows the quote diff inline: removed words red, added green", () => {
    const report = checkSync(inputs);
    const sources = inputs.map((i) => ingest(i));
    const plain = renderTerminal(report, sources, { color: false, minSeverity: "minor" });
    expect(plain).toMatch(/quote: We have not yet reached the villages on the \[-higher-\] \{\+upper\+\} slopes/);
    const coloured = renderTerminal(report, sources, { color: true, minSeverity: "minor" });
    const chalk = new Chalk({ level: 1 });
    expect(coloured).toContain(chalk.red.strikethrough("[-higher-]"));
    expect(coloured).toContain(chalk.green("{+upper+}"));
    expect(plain).not.toMatch(/\u001b\[/);
  });
});
