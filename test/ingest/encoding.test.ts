// Issue 7: how file bytes become text. UTF-8; UTF-16 with or without a byte-order mark;
// Windows-1252 / Latin-1 when the bytes are not UTF-8 and look like it; U+FFFD for damaged
// UTF-8. The CLI cases are in test/robustness/inputs.test.ts.
import fc from "fast-check";
import { binaryKind, decodeSource, decodeWindows1252, looksWindows1252, utf16WithoutBom } from "../../src/ingest/read.js";

const latin1 = (s: string) => Buffer.from(s, "latin1");
const be16 = (s: string) => Buffer.from(s, "utf16le").swap16();

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
