// Issue 7: legacy encodings. The charset an HTML page declares in a <meta> tag (the WHATWG
// prescan), and the encoding of other bytes that are not UTF-8, told by chardet. Bytes are
// written out by table or in hex (no encoder but Node's: it has none for these).
import { declaredCharset } from "../../src/ingest/charset.js";
import { decodeSource } from "../../src/ingest/read.js";
import { byTable, CJK, CP1250, CP1251, hex, ISO8859_5, ISO8859_7, KOI8R } from "../helpers/encodings.js";

const ascii = (s: string) => Buffer.from(s, "latin1");
const RUSSIAN = "Явка на выборах\n\nПо данным комиссии, явка составила 28% против 35% в 2019 году. «Это был тихий день», — сказал Пётр Иванов.\n";
// the same without «», — and ё, which the KOI8-R and ISO-8859-5 tables here leave out
const RUSSIAN_PLAIN = RUSSIAN.replace(/[«»]/g, '"').replace("—", "-").replace("ё", "е");
const CZECH = "Volební účast klesla\n\nMěstští úředníci uvedli, že v neděli hlasovalo 28 procent voličů, oproti 35 procentům v roce 2019. „Byl to klidný den“, řekl úředník. Žluťoučký kůň úpěl ďábelské ódy.\n";
const GREEK = "Πτώση της συμμετοχής\n\nΟι δημοτικοί υπάλληλοι δήλωσαν ότι το 28 τοις εκατό των ψηφοφόρων ψήφισε την Κυριακή, έναντι 35 τοις εκατό το 2019.\n";

/** decodeSource's text and warnings for some bytes. */
function decoded(path: string, bytes: Buffer): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  return { text: decodeSource(path, bytes, warnings), warnings };
}

describe("the charset a page declares (WHATWG prescan of the first 1024 bytes)", () => {
  test.each([
    ["<meta charset>, quoted", '<html><head><meta charset="windows-1251"><title>x</title>', { label: "windows-1251", encoding: "windows-1251", at: 12 }],
    ["<meta charset>, unquoted, upper case", "<HTML><HEAD><META CHARSET=KOI8-R>", { label: "koi8-r", encoding: "koi8-r", at: 12 }],
    ["http-equiv Content-Type with charset= in content", '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', { label: "shift_jis", encoding: "shift_jis", at: 0 }],
    ["http-equiv after content, charset quoted inside content", "<meta content='text/html; charset=\"euc-jp\"' http-equiv=content-type>", { label: "euc-jp", encoding: "euc-jp", at: 0 }],
    ["a label that is an alias: sjis", "<meta charset='sjis'>", { label: "sjis", encoding: "shift_jis", at: 0 }],
    ["latin1 is windows-1252", "<meta charset=latin1>", { label: "latin1", encoding: "windows-1252", at: 0 }],
    ["a declared UTF-16 is UTF-8 (a prescan could not read UTF-16)", "<meta charset=utf-16>", { label: "utf-16", encoding: "utf-8", at: 0 }],
    ["x-user-defined is windows-1252", "<meta charset=x-user-defined>", { label: "x-user-defined", encoding: "windows-1252", at: 0 }],
    ["an unknown label: returned without an encoding", '<meta charset="klingon-8">', { label: "klingon-8", encoding: null, at: 0 }],
    ["an unknown label, then a known one: the known one", "<meta charset=klingon-8><meta charset=gbk>", { label: "gbk", encoding: "gbk", at: 24 }],
    ["a <meta> inside a comment is not read", '<!-- <meta charset="koi8-r"> --><meta charset="big5">', { label: "big5", encoding: "big5", at: 32 }],
    ["a <meta> inside another tag's quoted attribute is not read", '<div title="<meta charset=koi8-r>"><meta charset=euc-kr>', { label: "euc-kr", encoding: "euc-kr", at: 35 }],
  ])("%s", (_name, html, expected) => {
    expect(declaredCharset(ascii(html))).toEqual(expected);
  });

  test.each([
    ["no <meta>", "<html><head><title>x</title></head>"],
    ["content= without http-equiv (a description mentioning a charset)", '<meta name="description" content="charset=koi8-r">'],
    ["http-equiv of another kind", '<meta http-equiv="refresh" content="5; charset=koi8-r">'],
    ["an empty charset", '<meta charset="">'],
    ["<metadata> is not <meta>", "<metadata charset=koi8-r>"],
    ["a <meta> past the first 1024 bytes", `<html><head><title>${"x".repeat(1024)}</title><meta charset="koi8-r">`],
  ])("none: %s", (_name, html) => {
    expect(declaredCharset(ascii(html))).toBeNull();
  });
});

describe("decoding a page in the charset it declares", () => {
  const head = (charset: string) => `<!doctype html>\n<html><head><meta charset="${charset}"><title>Явка</title></head>\n`;
  const page = (charset: string, body: string) => head(charset) + `<body><article><p>${body}</p></article></body></html>\n`;

  test.each([
    ["windows-1251", page("windows-1251", RUSSIAN), CP1251, "windows-1251", 28],
    ["koi8-r", page("koi8-r", RUSSIAN_PLAIN), KOI8R, "koi8-r", 28],
    ["iso-8859-5", page("ISO-8859-5", RUSSIAN_PLAIN), ISO8859_5, "iso-8859-5", 28],
    ["windows-1250", page("windows-1250", CZECH).replace("Явка", "Účast"), CP1250, "windows-1250", 28],
  ])("%s: the text, with a warning naming the charset and where it is declared", (_name, text, table, encoding, at) => {
    expect(decoded("page.html", byTable(text, table))).toEqual({ text, warnings: [`page.html: not UTF-8; read as ${encoding} (declared by its <meta> tag at byte ${at})`] });
  });

  test("Shift_JIS declared by http-equiv, and standard input that starts like HTML", () => {
    const head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>';
    const text = `${head}${CJK.japanese}</p></body></html>`;
    const bytes = Buffer.concat([ascii(head), hex(CJK.shiftJis), ascii("</p></body></html>")]);
    expect(decoded("page.htm", bytes)).toEqual({ text, warnings: ["page.htm: not UTF-8; read as shift_jis (declared by its <meta> tag at byte 12)"] });
    const stdin = Buffer.concat([ascii("<!DOCTYPE html>\n"), bytes]);
    expect(decoded("-", stdin)).toEqual({ text: "<!DOCTYPE html>\n" + text, warnings: ["-: not UTF-8; read as shift_jis (declared by its <meta> tag at byte 28)"] });
  });

  test("windows-1252 (declared as iso-8859-1): bytes 0x80–0x9F are curly quotes and dashes, not the C1 controls of Node's decoder", () => {
    const bytes = ascii('<meta charset="iso-8859-1"><p>\x93Caf\xe9\x94 \x96 28\xa0percent</p>');
    expect(decoded("page.html", bytes)).toEqual({
      text: '<meta charset="iso-8859-1"><p>\u201cCaf\u00e9\u201d \u2013 28\u00a0percent</p>',
      warnings: ["page.html: not UTF-8; read as windows-1252 (declared by its <meta> tag at byte 0)"],
    });
  });

  test("all ASCII: the same text in any declared charset, so no warning", () => {
    const text = '<meta charset="shift_jis"><p>City officials said 28 percent voted.</p>';
    expect(decoded("page.html", ascii(text))).toEqual({ text, warnings: [] });
  });

  test("bytes the declared charset cannot read: shown as U+FFFD, counted in the warning", () => {
    // FD and A0 are neither characters nor lead bytes in Shift_JIS
    const bytes = Buffer.concat([ascii('<meta charset="shift_jis"><p>'), hex("938a955b"), Buffer.from([0xfd, 0x20, 0xa0]), ascii("</p>")]);
    const got = decoded("page.html", bytes);
    expect(got.text).toBe('<meta charset="shift_jis"><p>投票\ufffd \ufffd</p>');
    expect(got.warnings).toEqual(["page.html: not UTF-8; read as shift_jis (declared by its <meta> tag at byte 0; 2 places not valid shift_jis shown as U+FFFD (\ufffd): check the charset)"]);
  });

  test("a page declaring a legacy charset whose bytes are valid UTF-8 is read as UTF-8, with a warning to correct the declaration", () => {
    const text = page("windows-1252", "Caf\u00e9 owners said \u201c28 percent\u201d.");
    expect(decoded("page.html", Buffer.from(text))).toEqual({
      text,
      warnings: ['page.html: its <meta> tag at byte 28 declares charset "windows-1252", but the file is valid UTF-8; read as UTF-8. Correct the charset to "utf-8"'],
    });
  });

  test("a byte-order mark wins over the declaration", () => {
    const text = page("windows-1251", RUSSIAN);
    expect(decoded("page.html", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, warnings: [] });
    expect(decoded("page.html", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))).toEqual({ text, warnings: [] });
  });

  test("a page declaring UTF-8 whose bytes are not: read as before (Windows-1252, or UTF-8 with U+FFFD), never detected as another encoding", () => {
    const cp1252 = ascii('<meta charset="utf-8"><p>\x93Caf\xe9\x94 \x96 ok</p>');
    expect(decoded("page.html", cp1252)).toEqual({
      text: '<meta charset="utf-8"><p>\u201cCaf\u00e9\u201d \u2013 ok</p>',
      warnings: ["page.html: not UTF-8; read as Windows-1252 (the first byte that is not UTF-8 is at byte 25, line 1)"],
    });
    // windows-1251 bytes would be detected as such in a .txt file (below), not in a page that says UTF-8
    const russian = byTable(`<meta charset="utf-8">\n<p>${RUSSIAN}</p>`, CP1251);
    expect(decoded("page.html", russian).warnings).toEqual(["page.html: not UTF-8; read as Windows-1252 (the first byte that is not UTF-8 is at byte 26, line 2)"]);
  });

  test("an unknown charset: a warning naming it and the place, then the encoding is told from the bytes", () => {
    const text = `<meta charset="cyrillic-ish">\n<p>${RUSSIAN}</p>`;
    expect(decoded("page.html", byTable(text, CP1251))).toEqual({
      text,
      warnings: [
        'page.html: its <meta> tag at byte 0 declares charset "cyrillic-ish", which names no encoding factdiff knows; the encoding is told from the bytes instead. Correct the charset (to "utf-8" if the file is UTF-8)',
        "page.html: not UTF-8; read as windows-1251 (detected; the first byte that is not UTF-8 is at byte 33, line 2). Save the file as UTF-8 if its text reads wrong",
      ],
    });
  });

  test("a .txt file is not a page: a <meta> in it declares nothing", () => {
    const text = `<meta charset="koi8-r">\n${RUSSIAN}`;
    expect(decoded("notes.txt", byTable(text, CP1251)).warnings).toEqual(["notes.txt: not UTF-8; read as windows-1251 (detected; the first byte that is not UTF-8 is at byte 24, line 2). Save the file as UTF-8 if its text reads wrong"]);
  });
});

describe("detecting the encoding of bytes that are not UTF-8 and declare nothing", () => {
  const detected = (path: string, enc: string, at: number, line: number) => `${path}: not UTF-8; read as ${enc} (detected; the first byte that is not UTF-8 is at byte ${at}, line ${line}). Save the file as UTF-8 if its text reads wrong`;

  test.each([
    ["Russian in windows-1251", RUSSIAN, byTable(RUSSIAN, CP1251), "windows-1251"],
    ["Russian in KOI8-R", RUSSIAN_PLAIN, byTable(RUSSIAN_PLAIN, KOI8R), "koi8-r"],
    ["Russian in ISO-8859-5", RUSSIAN_PLAIN, byTable(RUSSIAN_PLAIN, ISO8859_5), "iso-8859-5"],
    ["a short Cyrillic line (Привет = CF F0 E8 E2 E5 F2)", "Привет, мир", byTable("Привет, мир", CP1251), "windows-1251"],
    ["Czech in windows-1250", CZECH, byTable(CZECH, CP1250), "windows-1250"],
    ["Greek in ISO-8859-7", GREEK, byTable(GREEK, ISO8859_7), "iso-8859-7"],
  ])("%s", (_name, text, bytes, encoding) => {
    const at = bytes.findIndex((b) => b >= 0x80);
    const line = bytes.subarray(0, at).toString("latin1").split("\n").length;
    expect(decoded("x.txt", bytes)).toEqual({ text, warnings: [detected("x.txt", encoding, at, line)] });
  });

  test.each([
    ["Japanese in Shift_JIS", CJK.japanese, CJK.shiftJis, "shift_jis"],
    ["Japanese in EUC-JP", CJK.japanese, CJK.eucJp, "euc-jp"],
    // GB18030 makes valid UTF-8 pairs by accident (one for every two bad places): still not damaged UTF-8
    ["Simplified Chinese in GB18030", CJK.chinese, CJK.gb18030, "gb18030"],
    ["Traditional Chinese in Big5", CJK.traditional, CJK.big5, "big5"],
    ["Korean in EUC-KR", CJK.korean, CJK.eucKr, "euc-kr"],
  ])("%s", (_name, text, bytes, encoding) => {
    const file = Buffer.concat([ascii("Turnout\n\n"), hex(bytes), ascii("\n")]);
    expect(decoded("x.txt", file)).toEqual({ text: `Turnout\n\n${text}\n`, warnings: [detected("x.txt", encoding, 9, 3)] });
  });

  test("detection looks from the line of the first byte that is not UTF-8: a Russian quote far down an English story", () => {
    const text = "Turnout falls\n\n" + "City officials said 28 percent of registered voters cast ballots on Sunday.\n".repeat(600) + RUSSIAN;
    const bytes = byTable(text, CP1251);
    expect(bytes.length).toBeGreaterThan(40000);
    const got = decoded("x.txt", bytes);
    expect(got.text).toBe(text);
    expect(got.warnings).toEqual([detected("x.txt", "windows-1251", text.indexOf("Я"), 603)]);
  });

  test.each([
    ["French", "Les responsables ont d\xe9clar\xe9 que 28 % des \xe9lecteurs avaient vot\xe9 dimanche. \xab C'\xe9tait une journ\xe9e tr\xe8s calme \xbb, a dit Ren\xe9e."],
    ["German", "Die Beamten sagten, dass am Sonntag 28 Prozent der W\xe4hler abgestimmt h\xe4tten. \x84Es war ein ruhiger Tag\x93, sagte J\xfcrgen Gro\xdf."],
    ["English with curly quotes and a dash", "The mayor said \x9328 percent\x94 voted \x96 a record low, said Ren\xe9e."],
    // a short line whose accents fit windows-1250 as well: a tie is left to Windows-1252
    ["a short line", "Line one\r\n\x93Caf\xe9\x94 \x96 ok"],
  ])("Western text in Windows-1252 stays Windows-1252 (%s)", (_name, latin) => {
    const bytes = ascii(latin);
    const got = decoded("x.txt", bytes);
    expect(got.warnings).toEqual([expect.stringMatching(/^x\.txt: not UTF-8; read as Windows-1252 \(the first byte/)]);
    expect(got.text).not.toMatch(/[\x80-\x9f]/);
  });

  test.each([
    ["one stray byte among many é", Buffer.concat([Buffer.from("Renée, café, Zoë, Chloé, José and André said 28 percent; "), Buffer.from([0xff]), Buffer.from(" voted.")])],
    ["a cut sequence and stray bytes after curly quotes and dashes", Buffer.concat([Buffer.from("Turnout – “city vote”, café owners said "), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(" 31 percent "), Buffer.from([0xe2, 0x80]), Buffer.from(" low.")])],
    ["Russian UTF-8 with one stray byte", Buffer.concat([Buffer.from(RUSSIAN), Buffer.from([0xcf, 0x20])])],
  ])("mostly valid UTF-8 with a few bad bytes stays UTF-8 with U+FFFD (%s)", (_name, bytes) => {
    const got = decoded("x.txt", bytes);
    expect(got.text).toBe(bytes.toString("utf8"));
    expect(got.warnings).toEqual([expect.stringMatching(/^x\.txt: not valid UTF-8 at byte \d+ \(line \d+\).*; shown as U\+FFFD/)]);
  });
});
