// fact boxes: runs of "Label: value" lines ("- Jobs lost: 240"). Each row is a text and the
// labels the detector must find (none for prose, transcripts and lone label lines).
import { factBoxLines } from "../../src/normalize/fact-box.js";

const labels = (text: string) => factBoxLines(text).map((l) => (l.label ? text.slice(l.label.start, l.label.end) : null));

const rows: Array<[string, string, Array<string | null>]> = [
  ["bulleted box", "Intro line.\n\nKey facts\n- Homes lost: 63\n- Evacuated: 4,100\n\nBody text.", ["Homes lost", "Evacuated"]],
  ["bullets of another kind", "• Candidates: 12,400 (2024: 11,900)\n• Pass rate: 81%", ["Candidates", "Pass rate"]],
  ["plain lines", "Jobs to go: 300 (was 340)\nProduction ends: March 2027", ["Jobs to go", "Production ends"]],
  ["bold labels", "**Deaths:** 4\n**Injured:** 31", ["Deaths", "Injured"]],
  // a box set out with a blank line between its lines; two blank lines end it
  ["lines a blank line apart", "Key facts\n\nHomes lost: 63\n\nEvacuated: 4,100\n\nRoads closed: 9", ["Homes lost", "Evacuated", "Roads closed"]],
  ["two blank lines end a box", "Homes lost: 63\nEvacuated: 4,100\n\n\nNote: 9 roads stay closed.", ["Homes lost", "Evacuated"]],
  ["quoted remarks a blank line apart are no box", 'Fire chief Tom Hale said: "We sent 12 engines within minutes."\n\nCouncil leader Ana Roe said: "We will find every family a home."', []],
  ["an abbreviation's point inside a label", "Samples with E. coli: 3 of 40\nHouseholds affected: 2,300", ["Samples with E. coli", "Households affected"]],
  ["a sub-item stays in the box", "- City share: $90 million, made up of:\n  - $60 million in bonds\n- Club share: $210 million", ["City share", null, "Club share"]],
  ["a single label line is not a box", "Note: 14 pages were redacted.\n\nThe report said more.", []],
  ["a transcript is not a box", "MAYOR: We will rebuild every home that was lost, and we will do it faster than anyone expects, because this city has done it before and will again.\nREPORTER: How many homes, exactly, and by when?", []],
  ["an interview is not a box", "Question: How many homes were lost?\nAnswer: 63 homes, we think.", []],
  ["lines without a figure are not a box", "Defendant: Ann Roe\nCourt: Crown Court", []],
  ["a currency sign is not part of a label", "Revenue of €312 million (Q3 2024: €287 million)\nNet profit of €9 million (Q3 2024: €7 million)", []],
  ["a sentence with a colon is not a label", "He said it plainly. Result: 12 votes\nAnother line: 4", []],
];

describe("factBoxLines", () => {
  it.each(rows)("%s", (_name, text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
  it("gives spans that slice back to the label", () => {
    const text = "Story.\n- Days above 40C: 9\n- Peak demand: 43 GW\n";
    for (const l of factBoxLines(text)) expect(text.slice(l.label!.start, l.label!.end)).toMatch(/^(Days above 40C|Peak demand)$/);
  });
});
