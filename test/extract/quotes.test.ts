// Quote extraction and speakers: a table of real-world forms (said X / X said / according
// to / told / pronouns / role references / credit lines / partial quotes / quotes over
// several paragraphs / curly and straight marks / nested single quotes / apostrophes).
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadRules } from "../../src/rules/load.js";
import { extractQuotes, storyPeople } from "../../src/extract/quotes.js";
import { personKey } from "../../src/normalize/person-key.js";
import { ingest } from "../../src/ingest/index.js";
import type { QuoteMention } from "../../src/types.js";
import { rules, sourceOf, deepFreeze } from "../helpers/source.js";
import { ROOT } from "../helpers/cli.js";

interface Want {
  text: string;
  /** resolution key of the speaker; null: no known speaker */
  key?: string | null;
  /** the speaker as written */
  speaker?: string;
  via?: QuoteMention["speakerVia"];
  scare?: boolean;
  partial?: boolean;
  unclosed?: boolean;
  parts?: number;
}

const quotesOf = (body: string) => {
  const s = sourceOf(body);
  deepFreeze(s);
  return extractQuotes(s, rules);
};

const CASES: [string, string, Want[]][] = [
  // said X / X said
  ["said X", `"We will win the vote on Tuesday," said Mayor Jane Doe.`, [{ text: "We will win the vote on Tuesday", key: "doe", speaker: "Jane Doe", via: "name" }]],
  ["X said", `"We will win the vote on Tuesday," Jane Doe said.`, [{ text: "We will win the vote on Tuesday", key: "doe" }]],
  ["curly marks, surname only", `Jane Doe spoke first. “We will win the vote on Tuesday,” Doe said on Monday.`, [{ text: "We will win the vote on Tuesday", key: "doe", speaker: "Doe" }]],
  ["British single marks", `‘We will win the vote on Tuesday,’ said Jane Doe.`, [{ text: "We will win the vote on Tuesday", key: "doe" }]],
  ["straight single marks", `'We will win the vote on Tuesday,' said Jane Doe.`, [{ text: "We will win the vote on Tuesday", key: "doe" }]],
  ["said X with a title of State", `"There is a long way to go yet," said Secretary of State Mike Pompeo.`, [{ text: "There is a long way to go yet", key: "pompeo", speaker: "Mike Pompeo" }]],
  ["said X with a lower-case role before the name", `"This group never stops believing," said Valmora coach Henrique Salgado, who took over last year.`, [{ text: "This group never stops believing", key: "salgado", speaker: "Henrique Salgado" }]],
  ["said X, appositive", `"The revisions take some of the shine off the headline," said Renata Solberg, senior economist at Ashby & Cole.`, [{ text: "The revisions take some of the shine off the headline", key: "solberg" }]],
  ["honorific and initial", `"We will appeal the ruling at once," said Mr. John Q. Public.`, [{ text: "We will appeal the ruling at once", key: "public", speaker: "John Q. Public" }]],
  ["accented name", `"We are going to win this one," said José Núñez.`, [{ text: "We are going to win this one", key: "nunez", speaker: "José Núñez" }]],
  ["a surname that is also a title word", `Police Chief Robert King said: “We have arrested two men in the case.”`, [{ text: "We have arrested two men in the case.", key: "king", speaker: "Robert King" }]],
  ["said a role, then the name", `"I lost everything I ever had," said her neighbour, Tom Jones.`, [{ text: "I lost everything I ever had", key: "jones" }]],
  ["name, comma, verb", `The Minister for Health, Simon Harris, said: "The figures are worrying and we must act now."`, [{ text: "The figures are worrying and we must act now.", key: "harris" }]],
  ["X told reporters", `"The plan is dead and buried now," Jane Doe told reporters.`, [{ text: "The plan is dead and buried now", key: "doe" }]],
  ["X said in a statement", `"The plan is dead and buried now," Labor Secretary Joanna Whitcombe said in a statement.`, [{ text: "The plan is dead and buried now", key: "whitcombe", speaker: "Joanna Whitcombe" }]],
  ["X added", `"The plan is dead and buried now," Jane Doe added.`, [{ text: "The plan is dead and buried now", key: "doe" }]],
  ["X tweeted", `"The plan is dead and buried now," Jane Doe tweeted.`, [{ text: "The plan is dead and buried now", key: "doe" }]],
  ["a title with an abbreviation in it", `"He treated the accounts as his piggy bank," Assistant U.S. Attorney Priya Raman told reporters.`, [{ text: "He treated the accounts as his piggy bank", key: "raman" }]],
  ["a lower-case title and Dr.", `"We expect to see more cases in the coming weeks," state health officer Dr. Karen Lindquist said.`, [{ text: "We expect to see more cases in the coming weeks", key: "lindquist", speaker: "Karen Lindquist" }]],
  ["a question mark ends the quote", `"Who is offered shelter in the end?" Ebrard asked.`, [{ text: "Who is offered shelter in the end?", key: "ebrard" }]],
  // before the quote
  ["X said: full sentence", `Jane Doe said: "The plan is ready and it will work."`, [{ text: "The plan is ready and it will work.", key: "doe" }]],
  ["X wrote on Twitter:", `Jane Doe wrote on Twitter: "The plan is dead and buried now."`, [{ text: "The plan is dead and buried now.", key: "doe" }]],
  ["partial quote after said", `Jane Doe said the plan "will not survive the winter."`, [{ text: "will not survive the winter.", key: "doe", partial: true }]],
  ["appositive between subject and verb", `Dr. Karen Lindqvist, the state health officer, said the outbreak "is spreading in the schools."`, [{ text: "is spreading in the schools.", key: "lindqvist", partial: true }]],
  ["relative clause between subject and verb", `Dana Whitfield, who proposed the budget in March, said in a statement that it "puts classrooms and safety first."`, [{ text: "puts classrooms and safety first.", key: "whitfield" }]],
  ["name set off by commas", `Its chief executive, Priya Ragunathan, said the deal would give the group "a platform to grow across the continent".`, [{ text: "a platform to grow across the continent", key: "ragunathan" }]],
  ["the nearest speech verb wins", `Ebrard said in a statement that Pompeo noted "significant advances in the effort."`, [{ text: "significant advances in the effort.", key: "pompeo" }]],
  ["As X put it:", `As Valmora captain Tiago Mendes put it afterwards: "We suffered for eighty minutes."`, [{ text: "We suffered for eighty minutes.", key: "mendes" }]],
  ["X summed it up:", `Board chair Walter Kincaid summed it up: "Nobody wanted to raise fares this year."`, [{ text: "Nobody wanted to raise fares this year.", key: "kincaid" }]],
  ["a colon closing the paragraph before", `Labor Secretary Joanna Whitcombe issued the following statement:\n\n"May's report shows an economy that keeps creating jobs."`, [{ text: "May's report shows an economy that keeps creating jobs.", key: "whitcombe" }]],
  ["according to X, after", `The plan "will not survive the winter at all," according to Jane Doe.`, [{ text: "will not survive the winter at all", key: "doe", via: "according" }]],
  ["According to X, before", `According to Jane Doe, the plan "will not survive the winter at all."`, [{ text: "will not survive the winter at all.", key: "doe", via: "according" }]],
  ["a name described by its body before the verb", `Rhona Tallis of the campaign group Riverside Tenants' Voice said tenants were "left to pay for the council's mistakes."`, [{ text: "left to pay for the council's mistakes.", key: "tallis", partial: true }]],
  ["a relative clause holding a plural possessive", `Rhona Tallis, who chairs the Riverside Tenants’ Voice group, said the rent rise was unfair. “Tenants are paying twice for one repair,” she said.`, [{ text: "Tenants are paying twice for one repair", key: "tallis", via: "pronoun" }]],
  ["a trust is not a person a pronoun can stand for", `Chief negotiator Alan Petrie met the Harlow Valley Health Trust on Monday. “We cannot pay more than we have,” he said.`, [{ text: "We cannot pay more than we have", key: "petrie", via: "pronoun" }]],
  // pronouns
  ["she said", `Jane Doe arrived late. "The plan is dead and buried now," she said.`, [{ text: "The plan is dead and buried now", key: "doe", via: "pronoun" }]],
  // a participle opening the sentence is no name: "Speaking at the count, she said"
  ["'Speaking …' before she said", `Jane Doe arrived late. Speaking at the count on Friday night she said: "The plan is dead and buried now."`, [{ text: "The plan is dead and buried now.", key: null }]],
  ["he said, next paragraph", `Coach Tom Brady spoke after the game.\n\n"We were not good enough today," he said.`, [{ text: "We were not good enough today", key: "brady", via: "pronoun" }]],
  ["they said (singular)", `Alex Morgan, the union spokesperson, spoke briefly. "We need more time to decide," they said.`, [{ text: "We need more time to decide", key: "morgan", via: "pronoun" }]],
  ["a role set off by commas before the name makes the name a subject", `Ana Kell, 67, left her cottage on Monday. The town's mayor, Colm Reyes, whose own street was spared, has spent the week at the showground. Speaking to evacuees there, he said: "We will rebuild every street we have lost."`, [{ text: "We will rebuild every street we have lost.", key: "reyes", via: "pronoun" }]],
  ["a name, its title after 'of', then the verb", `Ana Roe, Chief Financial Officer of Corvex, said: "We expect the deal to pay off within a year."`, [{ text: "We expect the deal to pay off within a year.", key: "roe" }]],
  ["a rank and a surname after an opening phrase set off by a comma", `On Monday, Lieutenant Reid, who leads the inquiry, said: "We will not tolerate this kind of violence."`, [{ text: "We will not tolerate this kind of violence.", key: "reid" }]],
  ["a name, a capitalised title naming a body of several words, then the verb", `Dan Roe, Chief Executive Officer of Meridian Harbour Terminals, said: "The port gives us room to grow."`, [{ text: "The port gives us room to grow.", key: "roe" }]],
  ["a name, an article and a capitalised title naming a body, then the verb", `Dan Roe, the Chief Executive of Meridian Harbour Freight, said: "The port gives us room to grow."`, [{ text: "The port gives us room to grow.", key: "roe" }]],
  ["a name set off before a title and its name: the title's name speaks", `Standing beside contractor Dan Roe, Mayor Ana Vale said: "Every resident will be rehoused by spring."`, [{ text: "Every resident will be rehoused by spring.", key: "vale" }]],
  ["a name, a rank and one title word set off by commas, then the verb", `Mira Santos, Chief Nurse, said: "Every ward is fully staffed tonight."`, [{ text: "Every ward is fully staffed tonight.", key: "santos" }]],
  ["a name, a participle phrase, then the verb", `Chief statistician Ana Roe, presenting the results in Velmar, said: "The growth hides two countries."`, [{ text: "The growth hides two countries.", key: "roe" }]],
  ["a form of address stands for the person named before", `Judge Carla Venn jailed him for nine years. Her Honour added: "You are unlikely to reoffend, but deterrence matters."`, [{ text: "You are unlikely to reoffend, but deterrence matters.", key: "venn", via: "pronoun" }]],
  ["a form of address stands for the person with a fitting title, not the nearest", `Judge Sarah Leeman jailed him for six years. Defence barrister Ana Roeville said her client was sorry.\n\nHer Honour said: "You betrayed the people who trusted you most."`, [{ text: "You betrayed the people who trusted you most.", key: "leeman", via: "pronoun" }]],
  ["a name, letters after it and a relative clause, then the verb", `Senior Counsel Ivo Grant SC, who led the case at trial, said outside court: "The sentences send a message."`, [{ text: "The sentences send a message.", key: "grant" }]],
  ["a body in the possessive before a role and a name: the name speaks", `"It is a deal we can live with," said Harlow Dockers' Union general secretary Ana Roeville, who addressed the meeting.`, [{ text: "It is a deal we can live with", key: "roeville" }]],
  ["a possessive before the speaker names whose counsel speaks", `Roe's counsel, Ida Marsh KC, told the court that her client "never meant to deceive anyone".`, [{ text: "never meant to deceive anyone", key: "marsh" }]],
  ["a name after a role's 'of' is the body, not the speaker", `Corvex Water said the plan would work. Ana Roe, chief executive of Corvex Water, said: "We need everybody, every day."`, [{ text: "We need everybody, every day.", key: "roe" }]],
  ["'said X had been' opens reported speech: X is no speaker", `Ana Roe, head of research at Lantern Security, said Nightglass had been active since 2024. "Hospitals are targeted because every hour counts," she said.`, [{ text: "Hospitals are targeted because every hour counts", key: "roe", via: "pronoun" }]],
  // a person introduced in a paragraph of their own is whom the next paragraph's pronoun means,
  // not a subject of an earlier paragraph
  ["a live blog's entry naming the speaker before the quote", `Cllr Omar Sayed, leader of the Civic group, says his councillors will abstain.\n\n19:50\nA sharp reply from opposition leader Cllr Ruth Dane-Holt (Heritage).\n\n"A promise is not a budget," she tells the chamber.`, [{ text: "A promise is not a budget", key: "dane-holt", via: "pronoun" }]],
  // a participle opening the sentence: its object is neither a name with it nor the subject
  ["a participle's object is not the speaker", `Former finance director Laura Moreton was jailed for seven years on Friday.\n\nJudge Alma Frey is now passing sentence. Addressing Moreton directly, she said: "You were trusted and you took everything."`, [{ text: "You were trusted and you took everything.", key: "frey", via: "pronoun" }]],
  ["a pronoun skips the object of a verb", `Judge Ann Roe sentenced Mark Voss on Friday. "You abused the trust of the town," she said.`, [{ text: "You abused the trust of the town", key: "roe" }]],
  ["a pronoun before the quote", `Judge Margaret Halvorsen did not hold back. She told Voss, "You stole from nurses and patients."`, [{ text: "You stole from nurses and patients.", key: "halvorsen", via: "pronoun" }]],
  ["a pronoun after a relative clause subject", `Board member Rosa Delgado, who sits on the council, voted no. "We are balancing this budget on the poor," she said.`, [{ text: "We are balancing this budget on the poor", key: "delgado" }]],
  ["a pronoun never takes a name inside a quote", `Nonetheless, Pompeo remained optimistic. Secretary of State Mike Pompeo spoke. "The goal between President Obrador and President Trump is shared," he explained.`, [{ text: "The goal between President Obrador and President Trump is shared", key: "pompeo" }]],
  // role references
  ["the secretary of state said", `Secretary of State Mike Pompeo met officials on Sunday. "There is a long way to go yet," said the U.S. secretary of state.`, [{ text: "There is a long way to go yet", key: "pompeo", via: "role" }]],
  ["the foreign secretary said (two candidates)", `Foreign Secretary Marcelo Ebrard met Secretary of State Mike Pompeo in Mexico City. "We made real progress on migration," the foreign secretary said.`, [{ text: "We made real progress on migration", key: "ebrard", via: "role" }]],
  ["an indefinite role stays unknown", `"The people up there have been waiting since Friday," said a ward chair from the district.`, [{ text: "The people up there have been waiting since Friday", key: null, speaker: "a ward chair from the district" }]],
  ["a possessive role stays unknown", `His campaign manager said the mayor was "focused on finishing the job."`, [{ text: "focused on finishing the job.", key: null }]],
  ["an unnamed role stays unknown", `"Health care fraud takes resources away from patients," said the Special Agent in Charge of the FBI's field office.`, [{ text: "Health care fraud takes resources away from patients", key: null }]],
  // credit lines
  ["credit line", `"We talk about fighting crime together. We talk about reducing immigration together."\n\n— Nayib Bukele, President – El Salvador`, [{ text: "We talk about fighting crime together. We talk about reducing immigration together.", key: "bukele", speaker: "Nayib Bukele", via: "credit" }]],
  ["garbled credit line, name kept as written", `“So I think this was a very, very important meeting.”\n\n— Nayib Bukelenayib Bukele, President – El Salvador`, [{ text: "So I think this was a very, very important meeting.", key: "bukele", speaker: "Nayib Bukelenayib Bukele", via: "credit" }]],
  // several quotes, paragraphs, continuation
  ["continuation in the same paragraph", `"We are ready to start," Jane Doe said. "The plan will go ahead next week."`, [{ text: "We are ready to start", key: "doe" }, { text: "The plan will go ahead next week.", key: "doe", via: "context" }]],
  ["three words with a speaker are still scare quotes", `"We are ready," Jane Doe said.`, [{ text: "We are ready", key: "doe", scare: true }]],
  ["someone else takes the floor: no continuation", `"We will win this election easily," said Jane Doe. John Roe disagreed sharply. "Nobody believes that any more."`, [{ text: "We will win this election easily", key: "doe" }, { text: "Nobody believes that any more.", key: null }]],
  ["a title's organisation is not a person", `"We look forward to discussing these data," said Dr. Ingrid Haller, Chief Medical Officer of Calder Therapeutics. "The data are clear and we will file soon."`, [{ text: "We look forward to discussing these data", key: "haller" }, { text: "The data are clear and we will file soon.", key: "haller", via: "context" }]],
  // a portfolio after "for": two words of it, then the name; a portfolio alone names nobody
  ["a title with a portfolio after 'for'", `Minister for Tertiary Education Oskar Vane said the package was "the largest increase in teaching funding in two decades" for the sector.`, [{ text: "the largest increase in teaching funding in two decades", key: "vane" }]],
  ["a portfolio alone is no speaker", `The Minister for Emergency Management, Joseph Tarr, today announced new money.\n\n"No family will be left to face this alone," he said.`, [{ text: "No family will be left to face this alone", key: "tarr" }]],
  ["a person whose surname is a place noun", `"We will not accept a penny less for the region," said Andy Street, the mayor.`, [{ text: "We will not accept a penny less for the region", key: "street" }]],
  ["a three-word name after a title's 'of'", `"We are ready to sign," said Secretary of State Hildred Rodham Roe.`, [{ text: "We are ready to sign", key: "roe", speaker: "Hildred Rodham Roe" }]],
  ["a place next to said is not a person", `Talks went on in Mexico all week. "We are ready to sign the deal soon," Mexico said.`, [{ text: "We are ready to sign the deal soon", key: null }]],
  ["a pronoun after a long relative clause", `Marcus Bell, who rides the bus to his job at a distribution center near the airport, said the cost would add up. "It's not nothing when you're counting every dollar," he said.`, [{ text: "It's not nothing when you're counting every dollar", key: "bell" }]],
  ["interrupted quote", `"We had the ball, but football is decided in the boxes," a downbeat Markus Vollrath told reporters, "and tonight they were better in both."`, [{ text: "We had the ball, but football is decided in the boxes", key: "vollrath" }, { text: "and tonight they were better in both.", key: "vollrath" }]],
  ["quote over two paragraphs (straight marks)", `"The first part of the statement runs on here.\n\n"The second part ends the statement," Jane Doe said.`, [{ text: `The first part of the statement runs on here.\n\n"The second part ends the statement`, key: "doe", parts: 2 }]],
  ["quote over two paragraphs (curly marks)", `Jane Doe read a statement.\n\n“We will not give up on this city.\n\n“We will rebuild every home that was lost,” she said.`, [{ text: `We will not give up on this city.\n\n“We will rebuild every home that was lost`, key: "doe", parts: 2 }]],
  ["an unclosed quote ends at its paragraph", `Jane Doe said: "The plan will not work this winter\n\nThe council met on Monday.`, [{ text: "The plan will not work this winter", key: "doe", unclosed: true }]],
  // nesting, apostrophes, scare quotes
  ["nested single quote", `"He told me 'never again' and walked out of the room," Jane Doe said.`, [{ text: "He told me 'never again' and walked out of the room", key: "doe" }]],
  ["nested double inside British singles", `‘He told me “never again” and walked out of the room,’ Jane Doe said.`, [{ text: "He told me “never again” and walked out of the room", key: "doe" }]],
  ["plural possessive inside single marks", `‘The players’ union will not accept this deal,’ Jane Doe said.`, [{ text: "The players’ union will not accept this deal", key: "doe" }]],
  ["apostrophes are not quote marks", `Mexico’s plan doesn't change the country’s numbers, and the players’ union agreed.`, []],
  ["decades and inch marks are not quotes", `The 6'2" guard joined in the '90s and said little.`, []],
  ["scare quotes (three words)", `The so-called "safe third country" deal was dropped.`, [{ text: "safe third country", scare: true }]],
  ["scare quote (one word)", `Ebrard said Pompeo noted "significant" advances.`, [{ text: "significant", scare: true }]],
  ["ellipsis inside a quote", `"They've made real progress…importantly, they've made a commitment," said Mike Pompeo.`, [{ text: "They've made real progress…importantly, they've made a commitment", key: "pompeo" }]],
  ["guillemets", `«Nous sommes prêts à signer l'accord aujourd'hui», a déclaré le ministre.`, [{ text: "Nous sommes prêts à signer l'accord aujourd'hui" }]],
];

describe("quote extraction", () => {
  test("the table has at least 40 cases, none twice", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c[0])).size).toBe(CASES.length);
    expect(new Set(CASES.map((c) => c[1])).size).toBe(CASES.length);
  });

  test.each(CASES)("%s", (_name, body, want) => {
    const got = quotesOf(body);
    const src = sourceOf(body);
    expect(got.map((q) => q.span.text)).toEqual(want.map((w) => w.text));
    got.forEach((q, i) => {
      const w = want[i];
      // exact spans: the text is the slice of the file, and every token is too
      expect(src.text.slice(q.span.start, q.span.end)).toBe(q.span.text);
      for (const t of q.tokens ?? []) expect(src.text.slice(t.start, t.end)).toBe(t.text);
      expect(q.words).toEqual((q.tokens ?? []).map((t) => t.text));
      if (w.key !== undefined) expect(q.speakerKey ?? null).toBe(w.key);
      if (w.speaker !== undefined) expect(q.speaker).toBe(w.speaker);
      if (w.via !== undefined) expect(q.speakerVia).toBe(w.via);
      expect(!!q.scare).toBe(!!w.scare);
      if (w.partial !== undefined) expect(!!q.partial).toBe(w.partial);
      expect(!!q.unclosed).toBe(!!w.unclosed);
      expect(q.parts?.length ?? 1).toBe(w.parts ?? 1);
      if (q.speakerSpan) expect(src.text.slice(q.speakerSpan.start, q.speakerSpan.end)).toBe(q.speakerSpan.text);
    });
  });

  test("the words are tokens with offsets; ellipsis marks and bracketed words are flagged", () => {
    const [q] = quotesOf(`"They've made real progress … [the deal] is working," said Jane Doe.`);
    expect(q.words).toEqual(["They've", "made", "real", "progress", "…", "the", "deal", "is", "working"]);
    expect(q.tokens!.filter((t) => t.ellipsis).map((t) => t.text)).toEqual(["…"]);
    expect(q.tokens!.filter((t) => t.editorial).map((t) => t.text)).toEqual(["the", "deal"]);
  });

  test("a bare surname is a speaker when the story names that person elsewhere", () => {
    const a = ingest({ path: "a.txt", text: "Coach Henrique Salgado's decision paid off.\n\nSalgado was close to tears. \"We suffered for eighty minutes,\" he said.\n" });
    const b = ingest({ path: "b.txt", text: "\"We suffered,\" said Valmora coach Henrique Salgado.\n" });
    const known = storyPeople([a, b], rules);
    expect(extractQuotes(a, rules, 0, known)[0].speakerKey).toBe("salgado");
  });

  test.each([
    // a street next to a speech verb elsewhere in the story is still a street
    ["Traders on Mill Street told the Post they were worried.", `Jane Doe added that it was wrong that Mill Street was still over the limit. "Nobody should still be breathing this air," she said.`, "doe"],
  ])("a place is no speaker: %s / %s", (other, body, key) => {
    const a = ingest({ path: "a.txt", text: `${body}\n` });
    const b = ingest({ path: "b.txt", text: `${other}\n` });
    const known = storyPeople([a, b], rules);
    expect(extractQuotes(a, rules, 0, known)[0].speakerKey).toBe(key);
  });

  test("a place after 'in' is no person, whatever appositive follows it", () => {
    const a = ingest({ path: "a.txt", text: `At the launch in Tarvik, the Minister of Environment and Climate, Ana Roe, announced new money.\n\n"This is what happens when protection is properly funded," the Minister said.\n` });
    expect(extractQuotes(a, rules, 0, storyPeople([a], rules))[0].speakerKey).not.toBe("tarvik");
  });

  test("a name in an aside between the speaker and the verb ('for Mr Roe') is not the speaker, even one the story knows", () => {
    const a = ingest({ path: "a.txt", text: "Mr Dorrance was jailed on Friday.\n\nEsther Quayle, for Mr Dorrance, said outside court: \"We will appeal against the verdict.\"\n\nJon Pell, of the Harle Institute, said: \"Courts rarely go this far.\"\n" });
    const b = ingest({ path: "b.txt", text: "Former treasurer Alan Dorrance was jailed. Jon Pell said the sentence was long.\n" });
    const known = storyPeople([a, b], rules);
    expect(extractQuotes(a, rules, 0, known).map((q) => q.speakerKey)).toEqual(["quayle", "pell"]);
  });
});

describe("rules/speech.yaml", () => {
  const folder = (name: string, text: string) => {
    const dir = mkdtempSync(join(tmpdir(), "factdiff-speech-"));
    writeFileSync(join(dir, name), text);
    return dir;
  };

  test("a user folder adds speech verbs", () => {
    const body = `"The referee never saw the foul at all," Jane Doe grumbled.`;
    expect(extractQuotes(sourceOf(body), rules)[0].speakerKey).toBeUndefined();
    const more = loadRules([folder("speech.yaml", "kind: speech\nverbs: [grumbled]\n")]);
    expect(extractQuotes(sourceOf(body), more)[0].speakerKey).toBe("doe");
  });

  test("a spelling fold that is not a regular expression stops the load with the file", () => {
    expect(() => loadRules([folder("bad.yaml", 'kind: speech\nspelling:\n  - { pattern: "(unclosed", replace: "x" }\n')])).toThrow(/bad\.yaml.*not a valid regular expression/);
  });

  test("unknown keys are rejected", () => {
    expect(() => loadRules([folder("typo.yaml", "kind: speech\nverbz: [said]\n")])).toThrow(/unknown key "verbz"/);
  });
});

describe("personKey", () => {
  test.each([
    ["President Andres Manuel Lopez Obrador", "obrador"],
    ["Andrés Manuel López Obrador", "obrador"],
    ["Mike Pompeo", "pompeo"],
    ["Dr. Karen Lindqvist", "lindqvist"],
    ["Martin Luther King Jr.", "king"],
  ])("%s → %s", (name, key) => expect(personKey(name)).toBe(key));
});

describe("the seed articles", () => {
  const dir = join(ROOT, "seeds");
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ingest({ path: `seeds/${f}`, text: readFileSync(join(dir, f), "utf8") }));
  const known = storyPeople(sources, rules);
  const quotes = sources.flatMap((s, i) => extractQuotes(s, rules, i, known));
  const find = (start: string) => quotes.find((q) => q.span.text.startsWith(start));

  test("both Pompeo quotes are Pompeo's: a role reference and a pronoun", () => {
    const role = find("They’ve made real progress");
    expect(role).toMatchObject({ speakerKey: "pompeo", speakerVia: "role" });
    expect(role!.cue!.text).toBe("the U.S. secretary of state");
    expect(role!.words).toContain("…");
    const pronoun = find("For the next set of actions");
    expect(pronoun).toMatchObject({ speakerKey: "pompeo", speakerVia: "pronoun" });
  });

  test("the Bukele quote takes its garbled credit line as written", () => {
    const q = find("We talk about fighting crimes together");
    expect(q).toMatchObject({ speaker: "Nayib Bukelenayib Bukele", speakerKey: "bukele", speakerVia: "credit" });
  });

  test("scare quotes are extracted and flagged", () => {
    const scare = quotes.filter((q) => q.scare).map((q) => q.span.text);
    expect(scare).toEqual(expect.arrayContaining(["Safe Third Country", "significant", "safe third country"]));
  });

  test("every span is an exact slice of its file", () => {
    for (const q of quotes) {
      const s = sources.find((x) => x.path === q.span.source)!;
      expect(s.text.slice(q.span.start, q.span.end)).toBe(q.span.text);
    }
  });
});
