// Issue 7: how file bytes become text. UTF-8; UTF-16 and UTF-32 with or without a byte-order
// mark, in any script; Windows-1252 / Latin-1 when the bytes are not UTF-8 and look like it;
// U+FFFD for damaged UTF-8. Declared and detected legacy encodings: charset.test.ts. The CLI
// cases are in test/robustness/inputs.test.ts and test/cli/encoding.test.ts.
import fc from "fast-check";
import { binaryKind, decodeSource, decodeWindows1252, looksWindows1252, utf16WithoutBom, utf32WithoutBom } from "../../src/ingest/read.js";
import { utf32 } from "../helpers/encodings.js";

const latin1 = (s: string) => Buffer.from(s, "latin1");
const be16 = (s: string) => Buffer.from(s, "utf16le").swap16();
/** decodeSource's text and warnings for some bytes. */
function decoded(path: string, bytes: Buffer): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  return { text: decodeSource(path, bytes, warnings), warnings };
}

describe("Windows-1252 decoding", () => {
  test("bytes 0x80–0x9F are the Windows-1252 characters (not Latin-1 controls); the rest is Latin-1", () => {
    const got = decodeWindows1252(Buffer.from([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f, 0xa0, 0xe9, 0xff, 0x41]));
    expect(got).toBe("\u20ac\u2026\u2018\u2019\u201c\u201d\u2013\u2014\u2122\u0178\u00a0\u00e9\u00ff\u0041");
    // the five bytes Windows-1252 leaves undefined map to the C1 controls (WHATWG)
    expect(decodeWindows1252(Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe("\u0081\u008d\u008f\u0090\u009d");
    // one character per byte: offsets in the text are byte offsets
    const bytes = latin1("caf\xe9 \x93x\x94 \x96 1\xa0200");
    expect(decodeWindows1252(bytes)).toHaveLength(bytes.length);
  });

  test.each([
    ["curly quotes, dashes, accents, NBSP", true, latin1("\x93Caf\xe9\x94 \x96 it cost \x8012\xa0million")],
    ["Latin-1: accents only", true, latin1("Ren\xe9e and Fran\xe7ois said so.")],
    ["a single accented byte in ASCII text", true, latin1("caf\xe9")],
    ["valid UTF-8", false, Buffer.from("Renée – “yes”")],
    ["UTF-8 with one stray byte", false, Buffer.concat([Buffer.from("Renée – “yes” and café "), latin1("\xff")])],
    ["UTF-8 with a sequence cut short", false, Buffer.concat([Buffer.from("Renée – “yes” "), Buffer.from([0xe2, 0x80])])],
    ["a byte Windows-1252 leaves undefined", false, latin1("caf\xe9 \x81 here")],
    ["a UTF-8 byte-order mark", false, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), latin1("caf\xe9")])],
    // "É”" is also valid UTF-8 (U+0254): one such accident among many Windows-1252 bytes
    ["Windows-1252 with one accidental UTF-8 pair", true, latin1("CAF\xc9\x94 \x93a\x94 \x93b\x94 \x93c\x94 caf\xe9")],
  ])("looks like Windows-1252: %s → %p", (_name, expected, bytes) => {
    expect(looksWindows1252(bytes)).toBe(expected);
  });
});

describe("UTF-16 without a byte-order mark", () => {
  const text = "Turnout falls\r\n\r\nCafé owners said 28 percent of voters cast ballots – “a low”.\n";

  test("little- and big-endian text is recognised, also when short", () => {
    expect(utf16WithoutBom(Buffer.from(text, "utf16le"))).toBe("le");
    expect(utf16WithoutBom(be16(text))).toBe("be");
    expect(utf16WithoutBom(Buffer.from("Hi", "utf16le"))).toBe("le");
    expect(utf16WithoutBom(Buffer.from("H", "utf16le"))).toBeNull(); // one character: too little to tell
  });

  test("binaries with NUL bytes are not", () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    const table = Buffer.alloc(512);
    for (let i = 0; i < 256; i++) table.writeUInt16LE(i, i * 2);
    const cases = [
      Buffer.from(Array.from({ length: 4096 }, rand)),
      table, // 16-bit numbers: NUL every other byte, but controls and U+0000
      Buffer.concat([Buffer.from("Turnout", "utf16le"), Buffer.alloc(2), Buffer.from("falls", "utf16le")]), // a U+0000
      Buffer.concat([Buffer.from("Turnout falls", "utf16le"), Buffer.from([0x00, 0xd8]), Buffer.from("x", "utf16le")]), // a lone surrogate
      Buffer.alloc(64), // all NUL
    ];
    for (const b of cases) {
      expect(utf16WithoutBom(b)).toBeNull();
      expect(binaryKind(b)).toMatch(/^looks binary, not text/);
    }
  });

  test("property: Latin-script text without controls is read back exactly, either byte order", () => {
    const char = fc.oneof({ arbitrary: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789.,;:'\"()-%$\n\r\t"), weight: 8 }, { arbitrary: fc.constantFrom("é", "ü", "ñ", "–", "—", "“", "”", "€", "\u00a0", "\u202f"), weight: 2 });
    // mostly Latin-1 characters (a zero high byte): text in another script has no NUL pattern
    const latinHeavy = (s: string) => [...s].filter((c) => c.charCodeAt(0) < 0x100).length >= s.length * 0.7;
    fc.assert(
      fc.property(fc.string({ unit: char, minLength: 2, maxLength: 200 }).filter(latinHeavy), fc.boolean(), (s, be) => {
        const bytes = be ? be16(s) : Buffer.from(s, "utf16le");
        const w: string[] = [];
        expect(binaryKind(bytes)).toBeNull();
        expect(decodeSource("x.txt", bytes, w)).toBe(s);
        expect(w).toEqual([`x.txt: UTF-16${be ? "BE" : "LE"} without a byte-order mark (a NUL in every other byte); read as UTF-16${be ? "BE" : "LE"}`]);
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });
});

// news copy in scripts other than Latin: their spaces, digits and punctuation are ASCII
const SCRIPTS: Record<string, string> = {
  Cyrillic: "Правительство сообщило, что 28 процентов избирателей пришли на выборы, против 35 в 2019 году.\n",
  Greek: "Οι υπάλληλοι δήλωσαν ότι το 28 τοις εκατό ψήφισε την Κυριακή, έναντι 35 το 2019.\n",
  Japanese: "選挙管理委員会によると、投票率は28パーセントで、2019年の35パーセントから下がった。\n関係者は「静かな一日だった」と話している。\n",
  Chinese: "市选举委员会周日表示，投票率为百分之二十八，低于二零一九年的百分之三十五。\n一位官员说：“这是平静的一天。”\n",
  // no ASCII at all: the NULs are those of 一 U+4E00, 开 U+5F00 and 最 U+6700, on the "wrong" side
  "Chinese without ASCII": "一位官员说，最新数据显示，开始投票后人数一直很少，这是平静的一天。",
  Korean: "시 선거관리위원회는 투표율이 28퍼센트로 2019년의 35퍼센트보다 낮았다고 밝혔다.\n",
  Arabic: "قال مسؤولون إن 28 في المئة من الناخبين أدلوا بأصواتهم، مقارنة بـ 35 في المئة في عام 2019.\n",
  Hebrew: "פקידי העירייה אמרו כי 28 אחוזים הצביעו ביום ראשון, לעומת 35 אחוזים ב-2019.\n",
  Hindi: "अधिकारियों ने कहा कि रविवार को 28 प्रतिशत मतदाताओं ने मतदान किया, जबकि 2019 में यह 35 प्रतिशत था।\n",
  Thai: "เจ้าหน้าที่กล่าวว่าผู้มีสิทธิเลือกตั้งร้อยละ 28 ไปลงคะแนน ลดลงจากร้อยละ 35 ในปี 2019\n",
};

describe("UTF-16 without a byte-order mark in scripts other than Latin", () => {
  test.each(Object.entries(SCRIPTS))("%s, little- and big-endian: read back exactly, with a warning", (_script, text) => {
    for (const [order, bytes] of [["LE", Buffer.from(text, "utf16le")], ["BE", be16(text)]] as const) {
      expect(binaryKind(bytes)).toBeNull();
      expect(decoded("x.txt", bytes)).toEqual({
        text,
        warnings: [`x.txt: UTF-16${order} without a byte-order mark (NUL bytes beside its ASCII characters, and its characters read as text); read as UTF-16${order}`],
      });
    }
  });

  test("property: words in Cyrillic, Greek, Hangul or CJK between ASCII spaces, digits and punctuation are read back exactly, either byte order", () => {
    const range = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((c) => String.fromCharCode(c));
    const script = fc.constantFrom(range(0x0410, 0x044f), range(0x03b1, 0x03c9), range(0xac00, 0xd7a3), range(0x4e00, 0x9fff), range(0x3041, 0x3096));
    const word = (letter: fc.Arbitrary<string>) => fc.string({ unit: letter, minLength: 1, maxLength: 8 });
    const gap = fc.constantFrom(" ", ", ", ". ", "\n", " 28 ", " 2019, ", "(35%) ");
    // eight words at least: a few kana whose bytes are all ASCII ("ぁ" is 41 30) read the same
    // as ASCII with NULs in it, and are left binary
    const text = script.chain((letter) => fc.array(fc.tuple(word(letter), gap), { minLength: 8, maxLength: 30 })).map((parts) => parts.flat().join(""));
    fc.assert(
      fc.property(text, fc.boolean(), (s, be) => {
        const bytes = be ? be16(s) : Buffer.from(s, "utf16le");
        expect(binaryKind(bytes)).toBeNull();
        const got = decoded("x.txt", bytes);
        expect(got.text).toBe(s);
        expect(got.warnings[0]).toMatch(new RegExp(`^x\\.txt: UTF-16${be ? "BE" : "LE"} without a byte-order mark`));
      }),
      { seed: 20261127, numRuns: 300 },
    );
  });

  test("binaries and 8-bit text with NUL bytes stay binary, whatever the side of their NULs", () => {
    let seed = 5;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    const of16 = (n: number, f: (i: number) => number, be = false) => {
      const b = Buffer.alloc(n * 2);
      for (let i = 0; i < n; i++) (be ? b.writeUInt16BE(f(i) & 0xffff, i * 2) : b.writeUInt16LE(f(i) & 0xffff, i * 2));
      return b;
    };
    const cases: Record<string, Buffer> = {
      "random bytes": Buffer.from(Array.from({ length: 4096 }, rand)),
      "16-bit numbers below 1024": of16(1024, () => (rand() << 2) | 3),
      "16-bit numbers, big-endian, rising": of16(1024, (i) => i * 7, true),
      "16-bit audio samples near zero": of16(2048, (i) => Math.round(200 * Math.sin(i / 10))),
      "32-bit numbers": Buffer.from(Int32Array.from({ length: 512 }, (_, i) => i * 1000).buffer),
      "32-bit numbers below 256": Buffer.from(Int32Array.from({ length: 512 }, () => rand()).buffer),
      "32-bit floats": Buffer.from(Float32Array.from({ length: 512 }, (_, i) => i / 3).buffer),
      // byte pairs of ASCII text taken as UTF-16 are CJK ideographs ("Bush hid the facts")
      "ASCII text with a NUL after a word": Buffer.from("City officials said\u0000 28 percent\u0000 of voters\u0000"),
      "ASCII text with a NUL every four bytes": Buffer.from("abc\0def\0ghi\0jkl\0mno\0pqr\0stu\0vwx\0".repeat(5)),
      "ASCII text with a NUL every six bytes": Buffer.from("The mayor said that 28 percent of the voters came.".replace(/(.{5})/g, "$1\0")),
      "UTF-8 Cyrillic with NULs after its spaces": Buffer.from(SCRIPTS.Cyrillic.replace(/ /g, " \0")),
      "UTF-8 Chinese with NULs after its commas": Buffer.from(SCRIPTS.Chinese.replace(/，/g, "，\0")),
      "Windows-1252 text with NULs": latin1("Caf\xe9 owners said 28 percent\0 of voters\0 came \x93to\x94 vote\0 in 2019\0."),
      "text padded with NULs": Buffer.concat([Buffer.from("Turnout falls in city vote\n\n28 percent.\n"), Buffer.alloc(100)]),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      expect([name, utf16WithoutBom(bytes), utf32WithoutBom(bytes)]).toEqual([name, null, null]);
      expect([name, binaryKind(bytes)]).toEqual([name, expect.stringMatching(/^looks binary, not text/)]);
    }
  });
});

describe("UTF-32", () => {
  const text = "Turnout falls\n\nCafé owners said 28 percent – “a low” 📉; Привет, 一位.\n";

  test("with a byte-order mark, either byte order: read as UTF-32 without a warning (FF FE 00 00 is UTF-32, not UTF-16)", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(text, false)]);
    const be = Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32(text, true)]);
    for (const bytes of [le, be]) {
      expect(binaryKind(bytes)).toBeNull();
      expect(decoded("x.txt", bytes)).toEqual({ text, warnings: [] });
    }
  });

  test("without one: read as UTF-32 with a warning; text in any script, and short text", () => {
    for (const s of [text, SCRIPTS.Chinese, SCRIPTS.Cyrillic, "Hi"]) {
      for (const [order, be] of [["LE", false], ["BE", true]] as const) {
        const bytes = utf32(s, be);
        expect(binaryKind(bytes)).toBeNull();
        expect(decoded("x.txt", bytes)).toEqual({ text: s, warnings: [`x.txt: UTF-32${order} without a byte-order mark (three NUL bytes beside each ASCII character); read as UTF-32${order}`] });
      }
    }
  });

  test("a unit that is not a code point, or a last unit cut short, reads as U+FFFD", () => {
    const bad = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32("ab", false), Buffer.from([0, 0, 0x11, 0]), utf32("c", false)]);
    // not UTF-32 after the mark: the UTF-16LE mark, then U+0000
    expect(decoded("x.txt", bad).text).toBe("\u0000a\u0000b\u0000\u0000\u0011c\u0000");
    const be = Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32("ab", true), Buffer.from([0, 0x11, 0, 0]), utf32("c", true), Buffer.from([0, 0])]);
    expect(decoded("x.txt", be).text).toBe("ab\ufffdc\ufffd");
  });

  test("not taken for UTF-32: one character, a length that is not whole units, code points past U+10FFFF, controls", () => {
    expect(utf32WithoutBom(utf32("H", false))).toBeNull();
    expect(utf32WithoutBom(Buffer.concat([utf32("Hello", false), Buffer.from([0x0a])]))).toBeNull();
    expect(utf32WithoutBom(Buffer.from([0x41, 0, 0x11, 0, 0x42, 0, 0, 0]))).toBeNull();
    expect(utf32WithoutBom(utf32("\u0001\u0002\u0003\u0004abcd", false))).toBeNull();
  });
});

describe("decodeSource", () => {
  test("each encoding: the text, and a warning naming the file, the place and what was done", () => {
    const w: string[] = [];
    expect(decodeSource("ok.txt", Buffer.from("\ufeffCafé – “yes”"), w)).toBe("Café – “yes”");
    expect(decodeSource("bom16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Café", "utf16le")]), w)).toBe("Café");
    expect(w).toEqual([]);
    expect(decodeSource("cp.txt", latin1("Line one\r\n\x93Caf\xe9\x94 \x96 ok"), w)).toBe("Line one\r\n“Café” – ok");
    expect(decodeSource("le.txt", Buffer.from("Café owners", "utf16le"), w)).toBe("Café owners");
    expect(decodeSource("be.txt", be16("Café owners"), w)).toBe("Café owners");
    expect(decodeSource("bad.txt", Buffer.concat([Buffer.from("Café – “yes”\n"), latin1("\xff ok")]), w)).toBe("Café – “yes”\n\ufffd ok");
    expect(w).toEqual([
      "cp.txt: not UTF-8; read as Windows-1252 (the first byte that is not UTF-8 is at byte 10, line 2)",
      "le.txt: UTF-16LE without a byte-order mark (a NUL in every other byte); read as UTF-16LE",
      "be.txt: UTF-16BE without a byte-order mark (a NUL in every other byte); read as UTF-16BE",
      "bad.txt: not valid UTF-8 at byte 20 (line 2); shown as U+FFFD (\ufffd). Save the file as UTF-8",
    ]);
  });

  test("property: any bytes either are refused as binary or decode without throwing", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (arr) => {
        const bytes = Buffer.from(arr);
        if (binaryKind(bytes)) return;
        const w: string[] = [];
        expect(typeof decodeSource("x.txt", bytes, w)).toBe("string");
        expect(w.length).toBeLessThanOrEqual(1);
      }),
      { seed: 20261126, numRuns: 500 },
    );
  });
});
