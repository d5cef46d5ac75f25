// Names and titles in letters beyond ASCII read as they do in ASCII (the compact letter classes
// of src/text/letters.ts: capitals and lower case exact in Latin Extended).
import { checkSync } from "../../src/index.js";

const src = (path: string, body: string) => ({ path, text: `---\npublished: 2025-10-24\n---\n${body}\n` });
const findings = (a: string, b: string) => checkSync([src("a.txt", a), src("b.txt", b)], { jobs: 1 }).findings;

test("a Vietnamese family name opening with a letter of Latin Extended is part of the speaker's name", () => {
  const quote = `"We have never seen water this high in October," said`;
  const f = findings(`Officials said 412 homes were destroyed.\n\n${quote} Vũ Văn Nam, the deputy chairman of the provincial committee.`, `Flooding destroyed 412 homes, officials said.\n\n${quote} Hồ Văn Minh, the director of the weather service.`);
  const attribution = f.filter((x) => x.rule === "attribution");
  expect(attribution).toHaveLength(1);
  expect(attribution[0]!.message).toContain("Vũ Văn Nam");
  expect(attribution[0]!.message).toContain("Hồ Văn Minh");
});

test("a title naming a place that opens with a capital of Latin Extended ('İzmir', 'Łódź') is compared", () => {
  for (const place of ["İzmir", "Łódź"]) {
    const said = `"The reservoirs are at their lowest level for a decade," said Ahmet Yılmaz, ${place} Water Authority`;
    const f = findings(`Water supplies to 31 districts will be cut overnight.\n\n${said} operations director.`, `Overnight water cuts will continue in 31 districts.\n\n${said} finance director.`);
    expect(f.filter((x) => x.rule === "entity-title").map((x) => x.severity)).toEqual(["major"]);
  }
});
