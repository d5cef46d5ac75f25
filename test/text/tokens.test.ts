import { preloadStems, stemTable, stemWord } from "../../src/text/tokens.js";

describe("stems", () => {
  test.each([
    ["Workers", "worker"],
    ["hospitalised", "hospitalis"],
    ["council’s", "council"],
  ])("%s → %s", (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  test("a stem table is keyed as stemWord looks words up, with the stems it gives", () => {
    expect(stemTable(["Nearly", "council’s"])).toEqual({ nearly: stemWord("nearly"), council: stemWord("council") });
  });

  test("preloaded stems are used instead of stemming again", () => {
    preloadStems({ qzxwords: "qzx-preloaded" });
    expect(stemWord("Qzxwords")).toBe("qzx-preloaded");
  });
});
