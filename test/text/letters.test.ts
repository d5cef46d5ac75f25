// The compact letter classes stand in for \p{L}, \p{Lu} and \p{Ll}: exact where news copy is
// written, approximate only where documented.
import { compactLetters, lre, LETTER, LOWER, UPPER } from "../../src/text/letters.js";

const cls = (body: string) => new RegExp(`^[${body}]$`, "u");
const prop = (p: string) => new RegExp(`^\\p{${p}}$`, "u");
const codePoints = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => String.fromCodePoint(lo + i));
const BMP = codePoints(0, 0xffff).filter((c) => !/[\ud800-\udfff]/.test(c));

test("every character the letter class takes is a letter", () => {
  const letter = cls(LETTER);
  const L = prop("L");
  expect(BMP.filter((c) => letter.test(c) && !L.test(c)).map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
});

test.each([
  ["Latin, IPA and modifier letters", 0, 0x2ff],
  ["Greek and Cyrillic", 0x370, 0x52f],
  ["Latin and Greek extended", 0x1e00, 0x1fff],
])("the letter class is exactly \\p{L} in %s", (_, lo, hi) => {
  const letter = cls(LETTER);
  const L = prop("L");
  expect(codePoints(lo, hi).filter((c) => letter.test(c) !== L.test(c)).map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
});

test.each(["Ωμέγα", "Шевченко", "Łukasz", "Nguyễn", "Hawaiʻi", "Ærø", "Ğüzel", "Երևան", "שלום", "القاهرة", "東京", "서울"])("the letters of %s are letters", (word) => {
  expect(lre(/^\p{L}+$/u).test(word)).toBe(true);
});

test.each([
  ["Latin, Latin Extended-A", 0, 0x17f],
  ["Romanian's letters of Latin Extended-B", 0x218, 0x21b],
  ["IPA and modifier letters", 0x250, 0x2ff],
  ["Greek and basic Cyrillic", 0x370, 0x45f],
  ["Armenian", 0x531, 0x58f],
  ["Latin Extended Additional", 0x1e00, 0x1eff],
])("capitals and lower case are exact in %s", (_, lo, hi) => {
  const up = cls(UPPER);
  const low = cls(LOWER);
  const Lu = prop("Lu");
  const Ll = prop("Ll");
  const wrong = codePoints(lo, hi).filter((c) => up.test(c) !== Lu.test(c) || low.test(c) !== Ll.test(c));
  expect(wrong.map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
});

test.each(["Łódź", "İzmir", "Ștefan", "Vũ", "Đỗ", "Čapek", "Żaneta", "Ørsted"])("%s starts with a capital and goes on in lower case", (word) => {
  expect(lre(/^\p{Lu}\p{Ll}*$/u).test(word)).toBe(true);
  expect(lre(/^\p{Ll}/u).test(word)).toBe(false);
});

test("in the rarely written blocks where capitals and lower case alternate, a letter is both", () => {
  const up = cls(UPPER);
  const low = cls(LOWER);
  for (const c of ["Ѣ", "ѣ", "Ἀ", "ἀ", "Ƶ", "ƶ"]) {
    expect(up.test(c)).toBe(true);
    expect(low.test(c)).toBe(true);
  }
  // and neither class takes what is not a letter
  const L = prop("L");
  expect(BMP.filter((c) => (up.test(c) || low.test(c)) && !L.test(c)).map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
});

test.each([
  // [pattern, subject, matches]
  ["(?<![\\p{L}])cat", "Écat", false],
  ["(?<![\\p{L}])cat", " cat", true],
  ["^\\p{Lu}\\p{Ll}+$", "Šimon", true],
  ["^\\p{Lu}\\p{Ll}+$", "ŠIMON", false],
  ["^[\\p{L}\\p{N}'-]+$", "O'Neill-2", true],
  ["^\\p{L}+$", "naïve", true],
  ["^\\p{L}+$", "3x", false],
  ["^\\p{N}+$", "²", true],
])("compactLetters(%s) on %s matches as \\p would: %s", (pattern, subject, expected) => {
  const compact = compactLetters(pattern);
  expect(compact).not.toMatch(/\\p\{L/);
  expect(new RegExp(compact, "u").test(subject)).toBe(expected);
  expect(new RegExp(pattern, "u").test(subject)).toBe(expected);
});

test.each([
  ["\\p{L}", `[${LETTER}]`],
  ["[^\\p{L}']", `[^${LETTER}']`],
  ["\\p{Lu}\\p{Ll}", `[${UPPER}][${LOWER}]`],
  ["[\\p{Lu}]x", `[${UPPER}]x`],
  ["\\\\p{L}", "\\\\p{L}"],
  ["\\[\\p{L}\\]", `\\[[${LETTER}]\\]`],
  ["\\p{N}\\p{Sc}", "\\p{N}\\p{Sc}"],
  ["no letters here", "no letters here"],
])("compactLetters(%s)", (pattern, expected) => {
  expect(compactLetters(pattern)).toBe(expected);
});

test("lre keeps the flags, shares a stateless pattern and gives a stateful one its own", () => {
  const a = lre(/(?<![\p{L}])x/iu);
  expect(a.flags).toBe("iu");
  expect(lre(/(?<![\p{L}])x/iu)).toBe(a);
  const g1 = lre(/\p{L}+/gu);
  const g2 = lre(/\p{L}+/gu);
  expect(g1).not.toBe(g2);
  expect(g1.flags).toBe("gu");
  expect("ab cd".match(g1)).toEqual(["ab", "cd"]);
});
