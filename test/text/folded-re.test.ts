import fc from "fast-check";
import { FoldedRegExp } from "../../src/text/folded-re.js";

const PATTERNS = [
  "(?:^|[^\\p{L}])(more than|nearly|about|just over|over)[ \\u00a0]+(?:of[ \\u00a0]+)?$",
  "^(?:[ \\u00a0]|-)?(kilometres|miles|km/h|sq\\. ft|percentage[ \\u00a0]+points?)(?![\\p{L}\\p{N}])",
  "(?:^|[^\\p{L}])(rose|fell|jumped|sank|up|down)(?:[ \\u00a0]+[\\p{L}'’-]+){1,8}?[ \\u00a0]+by[ \\u00a0]+$",
  "^[ \\u00a0]+(?:above|below)[ \\u00a0]+(?:the[ \\u00a0]+)?(?:[\\p{L}-]+[ \\u00a0]+){0,2}?(?:average|normal|kilns)\\b",
];
const CHARS = ["a", "b", "o", "u", "t", "s", "S", "k", "K", "i", "I", "m", "M", "e", "E", "r", "R", " ", "\u00a0", "-", ".", "/", "5", "’", "\u0130", "\u017f", "\u212a", "É", "é", "ß", "ı", "\u03a3", "of", "about ", "ABOUT ", "rose ", "by ", "miles", "MILES", "km/h", "Percentage points", "above ", "the ", "Normal"];

describe("FoldedRegExp", () => {
  it("matches exactly what the case-insensitive unicode pattern matches, groups as written", () => {
    for (const p of PATTERNS) {
      const folded = new FoldedRegExp(p, "u");
      const iu = new RegExp(p, "iu");
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 14 }), (parts) => {
          const s = parts.join("");
          const a = iu.exec(s);
          const b = folded.exec(s);
          expect(b === null).toBe(a === null);
          if (a && b) {
            expect(b.index).toBe(a.index);
            expect([...b]).toEqual([...a]);
          }
          expect(folded.test(s)).toBe(iu.test(s));
        }),
        { numRuns: 3000 },
      );
    }
  });

  it("refuses patterns it cannot fold", () => {
    expect(() => new FoldedRegExp("About", "u")).toThrow();
    expect(() => new FoldedRegExp("a\\S", "u")).toThrow();
    expect(() => new FoldedRegExp("[^\\p{L}]x", "u")).not.toThrow();
  });
});
