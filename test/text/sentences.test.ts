// Sentence boundaries: a wire story's dateline is a segment of its own.
import { splitSentences } from "../../src/text/sentences.js";

const pieces = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe("datelines", () => {
  test.each([
    ["BRAMLEY, Westmark, March 3 (Northern Wire) - The port handled 1.2 million containers.", ["BRAMLEY, Westmark, March 3 (Northern Wire) -", "The port handled 1.2 million containers."]],
    ["OSTRAVEN (Reuters) — The bank held rates at 4%.", ["OSTRAVEN (Reuters) —", "The bank held rates at 4%."]],
    ["NEW HALDEN, 12 May – Turnout was 61%.", ["NEW HALDEN, 12 May –", "Turnout was 61%."]],
    // a dateline opens a paragraph only
    ["Prices rose.\nLONDON - Shares fell 2%.", ["Prices rose.", "LONDON -", "Shares fell 2%."]],
    // an acronym and a dash before a lower-case word is no dateline
    ["NATO - the alliance said - had 32 members.", ["NATO - the alliance said - had 32 members."]],
    ["UK sales rose 5% in May.", ["UK sales rose 5% in May."]],
    // a box's labels before figures are no datelines
    ["DEAD - 41 people, police said.\n\nMISSING - 9 people.", ["DEAD - 41 people, police said.", "MISSING - 9 people."]],
  ])("%s", (text, expected) => expect(pieces(text)).toEqual(expected));

  test("the dateline's place is no word of the first sentence's figure", () => {
    const text = "BRAMLEY, Westmark, March 3 (Northern Wire) - The port handled 1.2 million containers.";
    const [, first] = splitSentences(text);
    expect(text.slice(first.start, first.end)).not.toMatch(/Westmark/);
  });
});
