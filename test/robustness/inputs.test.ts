// Issue 7: an editor's files are messy and a CI gate must never crash or lie. Each input class
// of the issue's table is run through the real CLI (npm test builds dist/ first).
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, chmodSync, existsSync, readdirSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { cli, cleanTemp, fingerprintFiles, permissionsTestable, temp, warnings, BIN, ROOT } from "./helpers.js";

// permission cases run as an unprivileged user when the suite runs as root
const withPermissions = permissionsTestable ? test : test.skip;

afterAll(cleanTemp);

const A = "Turnout falls in city vote\n\nCity officials said 28 percent of registered voters cast ballots on Sunday, down from 35 percent in 2019.\n";
const B = "Low turnout in city election\n\nJust 31 percent of registered voters cast ballots on Sunday, city officials said, down from 35 percent in 2019.\n";

/** A folder holding the two sources above (a.txt, b.txt) and whatever else `extra` names. */
function story(extra: Record<string, string | Buffer> = {}): string {
  const dir = temp();
  writeFileSync(join(dir, "a.txt"), A);
  writeFileSync(join(dir, "b.txt"), B);
  for (const [name, body] of Object.entries(extra)) writeFileSync(join(dir, name), body);
  return dir;
}

const json = (stdout: string) => JSON.parse(stdout) as { sources: { path: string }[]; findings: { severity: string; claims: { source: string; start: number; end: number; text: string }[] }[] };

/** The smallest real PNG (1×1), a ZIP archive holding one text file, and a tar archive. */
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4d30000000049454e44ae426082", "hex");
function zipOf(name: string, text: string): Buffer {
  const data = deflateRawSync(Buffer.from(text));
  const head = Buffer.alloc(30);
  head.writeUInt32LE(0x04034b50, 0);
  head.writeUInt16LE(20, 4);
  head.writeUInt16LE(8, 8);
  head.writeUInt32LE(data.length, 18);
  head.writeUInt32LE(text.length, 22);
  head.writeUInt16LE(name.length, 26);
  return Buffer.concat([head, Buffer.from(name), data]);
}
function tarOf(name: string, text: string): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write("0000644\0", 100);
  header.write(text.length.toString(8).padStart(11, "0") + "\0", 124);
  header.write("ustar\0", 257);
  return Buffer.concat([header, Buffer.from(text), Buffer.alloc(512 - (text.length % 512))]);
}

describe("paths that cannot be read exit 2, naming the path and saying why", () => {
  test("a path that does not exist", () => {
    const dir = temp();
    const r = cli(["check", join(dir, "nope.txt"), join(dir, "also-missing")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`factdiff: ${join(dir, "nope.txt")}: no such file or folder; check the path\n`);
  });

  test("a path through a file, and a broken link", () => {
    const dir = story();
    symlinkSync(join(dir, "gone.txt"), join(dir, "link.txt"));
    let r = cli(["check", join(dir, "a.txt", "x.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`factdiff: ${join(dir, "a.txt", "x.txt")}: part of the path is not a folder; check the path\n`);
    r = cli(["check", join(dir, "link.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`factdiff: ${join(dir, "link.txt")}: a link to a file or folder that does not exist; check the path\n`);
  });

  test("a folder with no sources (only other files, or nothing)", () => {
    const dir = temp();
    mkdirSync(join(dir, "empty"));
    mkdirSync(join(dir, "other"));
    writeFileSync(join(dir, "other", "photo.png"), PNG);
    writeFileSync(join(dir, "other", "notes.docx"), zipOf("word/document.xml", "<w/>"));
    for (const f of ["empty", "other"]) {
      const r = cli(["check", join(dir, f)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`factdiff: ${join(dir, f)}: folder holds no .txt, .md or .html sources\n`);
    }
  });

  withPermissions("an unreadable file, named or inside a folder (as an unprivileged user when root)", () => {
    const dir = story();
    const secret = join(dir, "secret.txt");
    writeFileSync(secret, A);
    chmodSync(secret, 0o000);
    for (const args of [["check", secret, join(dir, "b.txt")], ["check", dir], ["claims", dir]]) {
      const r = cli(args, { asNobody: true });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`factdiff: ${secret}: cannot be read (permission denied); check its permissions\n`);
    }
  });

  withPermissions("an unreadable folder inside the folder given", () => {
    const dir = story();
    const locked = join(dir, "locked");
    mkdirSync(locked);
    writeFileSync(join(locked, "c.txt"), A);
    chmodSync(locked, 0o000);
    const r = cli(["check", dir], { asNobody: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`factdiff: ${locked}: folder cannot be read (permission denied); check its permissions\n`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("a folder with a broken link, a named pipe and a link back to itself: skipped with warnings, the rest checked", () => {
    const dir = story();
    symlinkSync(join(dir, "gone.txt"), join(dir, "dangling.txt"));
    mkfifoSync(join(dir, "pipe.txt"));
    symlinkSync(dir, join(dir, "loop"));
    const r = cli(["check", dir, "--format", "json"], { timeout: 30_000 });
    expect(r.signal).toBeNull(); // reading the pipe would block forever
    expect(r.code).toBe(1);
    expect(warnings(r.stderr)).toEqual([
      `factdiff: warning: ${join(dir, "dangling.txt")}: skipped, a link to a file or folder that does not exist`,
      `factdiff: warning: ${join(dir, "loop")}: skipped, a link back to a folder already read`,
      `factdiff: warning: ${join(dir, "pipe.txt")}: skipped, not a regular file (a pipe, socket or device)`,
    ]);
    expect(json(r.stdout).sources.map((s) => s.path)).toEqual([join(dir, "a.txt"), join(dir, "b.txt")]);
  });
});

function mkfifoSync(path: string): void {
  execFileSync("mkfifo", [path]);
}

describe("binary files, images and archives are skipped with a warning naming them", () => {
  const binaries: Record<string, Buffer> = {
    "nul.txt": Buffer.from("City officials said\u0000 28 percent\u0000"),
    "photo.png": PNG,
    "scan.txt": Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("JFIF 28 percent of voters")]),
    "story.zip": zipOf("story.txt", A),
    "stories.tar": tarOf("story.txt", A),
    "notes.rtf": Buffer.from("{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard 28 percent of voters\\par}"),
    "report.pdf": Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Length 44 >> stream\nBT /F1 12 Tf (28 percent) Tj ET\nendstream\n", "latin1"),
  };

  test("given by name next to real sources: warnings, and the rest is checked", () => {
    const dir = story(binaries);
    const names = Object.keys(binaries);
    const r = cli(["check", join(dir, "a.txt"), ...names.map((n) => join(dir, n)), join(dir, "b.txt"), "--format", "json"]);
    expect(r.code).toBe(1);
    const w = warnings(r.stderr);
    expect(w).toHaveLength(names.length);
    names.forEach((n, i) => expect(w[i]).toMatch(new RegExp(`^factdiff: warning: ${join(dir, n).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: skipped, looks`)));
    expect(w.join("\n")).toMatch(/photo\.png: skipped, looks like a PNG image, not text/);
    expect(w.join("\n")).toMatch(/scan\.txt: skipped, looks like a JPEG image, not text/);
    expect(w.join("\n")).toMatch(/story\.zip: skipped, looks like a ZIP archive/);
    expect(w.join("\n")).toMatch(/stories\.tar: skipped, looks like a tar archive/);
    expect(w.join("\n")).toMatch(/report\.pdf: skipped, looks like a PDF document/);
    expect(w.join("\n")).toMatch(/notes\.rtf: skipped, looks like an RTF document/);
    expect(w.join("\n")).toMatch(/nul\.txt: skipped, looks binary, not text: a NUL byte at byte 19/);
    expect(json(r.stdout).sources.map((s) => s.path)).toEqual([join(dir, "a.txt"), join(dir, "b.txt")]);
  });

  test("a binary file with a source's name inside a folder is skipped too", () => {
    const dir = story({ "scan.txt": binaries["scan.txt"] });
    const r = cli(["check", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(warnings(r.stderr)).toEqual([`factdiff: warning: ${join(dir, "scan.txt")}: skipped, looks like a JPEG image, not text; give text, Markdown or HTML files`]);
  });

  test("no source left: exit 2, naming every file skipped and why", () => {
    const dir = temp();
    for (const [n, b] of Object.entries(binaries)) writeFileSync(join(dir, n), b);
    const r = cli(["check", ...Object.keys(binaries).map((n) => join(dir, n))]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const last = r.stderr.trimEnd().split("\n").pop()!;
    expect(last).toMatch(/^factdiff: no source left to check; skipped .*nul\.txt \(looks binary/);
    expect(last).toMatch(/and 2 more$/);
    // binary on standard input too
    const s = cli(["check", "-"], { input: PNG });
    expect(s.code).toBe(2);
    expect(s.stderr).toContain("factdiff: no source left to check; skipped - (looks like a PNG image, not text)");
  });
});

describe("text that is not clean UTF-8", () => {
  test("UTF-8 with stray and cut-off bytes: decoded with U+FFFD, a warning names the file, the byte offset and the line; spans stay exact", () => {
    const dir = temp();
    // valid UTF-8 (curly quotes, a dash, an accent) with three stray bytes and a dash cut short:
    // damage, not another encoding, so the bad bytes are shown, not guessed
    const head = "Turnout falls – “city vote”\n\nCity officials said 28 percent of voters ";
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(" cast ballots, café owners said 31 percent "), Buffer.from([0xe2, 0x80]), Buffer.from(" a record low.\n")]);
    writeFileSync(join(dir, "damaged.txt"), bytes);
    writeFileSync(join(dir, "b.txt"), B);
    const r = cli(["claims", join(dir, "damaged.txt"), "--format", "json"]);
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toEqual([
      `factdiff: warning: ${join(dir, "damaged.txt")}: not valid UTF-8 at byte ${Buffer.byteLength(head)} (line 3) and 3 more places; shown as U+FFFD (\ufffd). Save the file as UTF-8`,
    ]);
    const text = bytes.toString("utf8");
    expect(text).toContain("\ufffd\ufffd\ufffd cast ballots, café owners said 31 percent \ufffd a record");
    const claims = JSON.parse(r.stdout).claims as { start: number; end: number; text: string; type: string }[];
    expect(claims.filter((c) => c.type === "quantity").map((c) => c.text)).toEqual(["28 percent", "31 percent"]);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    // and the check runs on it
    const k = cli(["check", join(dir, "damaged.txt"), join(dir, "b.txt"), "--format", "json"]);
    expect([0, 1]).toContain(k.code);
    for (const f of json(k.stdout).findings) for (const c of f.claims) if (c.source.endsWith("damaged.txt")) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  test("UTF-16 with a byte-order mark is read as text", () => {
    const dir = temp();
    writeFileSync(join(dir, "le.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(A, "utf16le")]));
    const be = Buffer.from(B, "utf16le");
    be.swap16();
    writeFileSync(join(dir, "be.txt"), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    const r = cli(["check", join(dir, "le.txt"), join(dir, "be.txt"), "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const texts = [A, B];
    const paths = [join(dir, "le.txt"), join(dir, "be.txt")];
    for (const f of json(r.stdout).findings) for (const c of f.claims) expect(texts[paths.indexOf(c.source)].slice(c.start, c.end)).toBe(c.text);
  });

  test("Windows-1252 (curly quotes, en dash, é, non-breaking space): read as Windows-1252 with a warning; spans point into the decoded text", () => {
    const dir = temp();
    // A as a Windows newsroom system saves it: CRLF, “ ” 0x93/0x94, – 0x96, é 0xE9, NBSP 0xA0
    const text = A.replace("28 percent", "28\u00a0percent").replace("2019.", "2019 \u2013 a low. \u201cIt was a quiet day,\u201d said Ren\u00e9e Dubois, the city clerk.").replace(/\n/g, "\r\n");
    const cp1252: Record<string, number> = { "\u201c": 0x93, "\u201d": 0x94, "\u2013": 0x96 };
    const bytes = Buffer.from([...text].map((c) => cp1252[c] ?? c.charCodeAt(0)));
    writeFileSync(join(dir, "wire.txt"), bytes);
    writeFileSync(join(dir, "b.txt"), B);
    const r = cli(["check", join(dir, "wire.txt"), join(dir, "b.txt"), "--format", "json"]);
    expect(r.code).toBe(1);
    const first = bytes.findIndex((b) => b >= 0x80);
    expect(warnings(r.stderr)).toEqual([`factdiff: warning: ${join(dir, "wire.txt")}: not UTF-8; read as Windows-1252 (the first byte that is not UTF-8 is at byte ${first}, line 3)`]);
    expect(r.stderr).not.toContain("\ufffd");
    const findings = json(r.stdout).findings;
    expect(findings.some((f) => f.claims.some((c) => c.source === join(dir, "wire.txt") && c.text === "28\u00a0percent"))).toBe(true);
    for (const f of findings) for (const c of f.claims) if (c.source === join(dir, "wire.txt")) expect(text.slice(c.start, c.end)).toBe(c.text);
    // the quotation marks were read as quotation marks: the quote is a claim, its text decoded
    const claims = JSON.parse(cli(["claims", join(dir, "wire.txt"), "--format", "json"]).stdout).claims as { start: number; end: number; text: string; type: string; normalized: { speaker?: string } }[];
    const quote = claims.find((c) => c.type === "quote");
    expect([quote?.text, quote?.normalized.speaker]).toEqual(["It was a quiet day", "Ren\u00e9e Dubois"]);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  test("Latin-1 (an accent, no curly quotes) and Windows-1252 on standard input are read the same way", () => {
    const dir = temp();
    const latin = Buffer.from("Turnout falls\n\nCaf\xe9 owners said just 31 percent of registered voters cast ballots on Sunday, down from 35 percent in 2019.\n", "latin1");
    writeFileSync(join(dir, "latin.txt"), latin);
    writeFileSync(join(dir, "a.txt"), A);
    const r = cli(["check", join(dir, "a.txt"), join(dir, "latin.txt"), "--format", "json"]);
    expect(r.code).toBe(1);
    expect(warnings(r.stderr)).toEqual([`factdiff: warning: ${join(dir, "latin.txt")}: not UTF-8; read as Windows-1252 (the first byte that is not UTF-8 is at byte 18, line 3)`]);
    const text = latin.toString("latin1");
    for (const f of json(r.stdout).findings) for (const c of f.claims) if (c.source.endsWith("latin.txt")) expect(text.slice(c.start, c.end)).toBe(c.text);
    const s = cli(["check", join(dir, "a.txt"), "-", "--format", "json"], { input: latin });
    expect(s.code).toBe(1);
    expect(warnings(s.stderr)).toEqual(["factdiff: warning: -: not UTF-8; read as Windows-1252 (the first byte that is not UTF-8 is at byte 18, line 3)"]);
  });

  test("UTF-16 without a byte-order mark, little- and big-endian: read as UTF-16 with a warning; spans point into the decoded text", () => {
    const dir = temp();
    const a = A.replace("City officials", "Caf\u00e9 and city officials");
    writeFileSync(join(dir, "le.txt"), Buffer.from(a, "utf16le"));
    const be = Buffer.from(B, "utf16le");
    be.swap16();
    writeFileSync(join(dir, "be.txt"), be);
    const r = cli(["check", join(dir, "le.txt"), join(dir, "be.txt"), "--format", "json"]);
    expect(r.code).toBe(1);
    expect(warnings(r.stderr)).toEqual([
      `factdiff: warning: ${join(dir, "le.txt")}: UTF-16LE without a byte-order mark (a NUL in every other byte); read as UTF-16LE`,
      `factdiff: warning: ${join(dir, "be.txt")}: UTF-16BE without a byte-order mark (a NUL in every other byte); read as UTF-16BE`,
    ]);
    const texts = [a, B];
    const paths = [join(dir, "le.txt"), join(dir, "be.txt")];
    const findings = json(r.stdout).findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) for (const c of f.claims) expect(texts[paths.indexOf(c.source)].slice(c.start, c.end)).toBe(c.text);
    // and on standard input
    const s = cli(["check", join(dir, "le.txt"), "-", "--format", "json"], { input: be });
    expect(s.code).toBe(1);
    expect(warnings(s.stderr)[1]).toBe("factdiff: warning: -: UTF-16BE without a byte-order mark (a NUL in every other byte); read as UTF-16BE");
  });

  test("binaries with NUL bytes that are not UTF-16 text are still skipped as binary", () => {
    // seeded bytes, so a failure replays
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    const random = Buffer.from(Array.from({ length: 4096 }, rand));
    // a table of 16-bit numbers below 256: a NUL in every other byte, but not text
    const table = Buffer.alloc(2048);
    for (let i = 0; i < 1024; i++) table.writeUInt16LE(i % 256, i * 2);
    // a bitmap (BM header, then rows of pixels with zero bytes)
    const bmp = Buffer.concat([Buffer.from("BM"), Buffer.alloc(52), Buffer.from(Array.from({ length: 1200 }, (_, i) => (i % 4 === 3 ? 0 : (i * 37) & 0xff)))]);
    // UTF-16-like pairs with a U+0000 character among them
    const nulChar = Buffer.concat([Buffer.from("Turnout falls\n\n", "utf16le"), Buffer.alloc(2), Buffer.from("28 percent voted.\n", "utf16le")]);
    const files: Record<string, Buffer> = { "random.txt": random, "table.txt": table, "image.txt": bmp, "nulchar.txt": nulChar };
    const dir = story(files);
    const r = cli(["check", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    const w = warnings(r.stderr);
    expect(w).toHaveLength(4);
    for (const [i, n] of Object.keys(files).sort().entries()) expect(w[i]).toMatch(new RegExp(`^factdiff: warning: ${join(dir, n).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: skipped, looks binary, not text: `));
    expect(json(r.stdout).sources.map((x) => x.path)).toEqual([join(dir, "a.txt"), join(dir, "b.txt")]);
  });

  test("an empty or whitespace-only file: a warning, and the rest is checked", () => {
    const dir = story({ "empty.txt": "", "blank.md": " \n\t\r\n\u00a0\n" });
    const r = cli(["check", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(warnings(r.stderr)).toEqual([
      `factdiff: warning: ${join(dir, "blank.md")}: empty file; nothing to check in it`,
      `factdiff: warning: ${join(dir, "empty.txt")}: empty file; nothing to check in it`,
    ]);
    expect(json(r.stdout).findings.length).toBeGreaterThan(0);
  });

  test("only empty files: nothing was checked, so exit 2 rather than a clean pass", () => {
    const dir = temp();
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "blank.txt"), "\n\n   \n");
    const r = cli(["check", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`factdiff: nothing to check: ${join(dir, "blank.txt")}, ${join(dir, "empty.txt")} are empty\n`);
    expect(cli(["check", "-"], { input: "" }).code).toBe(2);
  });
});

describe("Windows line endings, a byte-order mark, tabs, non-breaking spaces and curly quotes", () => {
  const messy =
    "\ufeff---\r\noutlet: Wire\r\npublished: 2024-05-06\r\n---\r\nTurnout\u00a0falls in city vote\r\n\r\n" +
    "City officials said 28 % of registered voters cast ballots on Sunday,\tdown from 35\u00a0percent in 2019.\r\n" +
    "\u201cIt was a quiet day,\u201d said Mayor Ana\u00a0Ruiz. \u2018Very quiet,\u2019 she added.\r\n" +
    "\tTurnout was 28\u00a0percent, officials said, and 1,204\u00a0people voted early.\r\n";
  const clean = "Turnout rises in city vote\n\nCity officials said 31 percent of registered voters cast ballots on Sunday, down from 35 percent in 2019.\n\u201cIt was a busy day,\u201d said Mayor Ana Ruiz.\n";

  test("claims: every span is exact in the file as read (BOM removed) and the figures are read", () => {
    const dir = temp();
    writeFileSync(join(dir, "messy.txt"), messy);
    const r = cli(["claims", join(dir, "messy.txt"), "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const text = messy.slice(1);
    const listing = JSON.parse(r.stdout) as { sources: { published?: string; outlet?: string }[]; claims: { start: number; end: number; text: string; type: string; normalized: { value?: unknown; unit?: string } }[] };
    expect(listing.sources[0]).toMatchObject({ outlet: "Wire", published: "2024-05-06" });
    for (const c of listing.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    const q = listing.claims.filter((c) => c.type === "quantity");
    expect(q.map((c) => [c.text, c.normalized.value, c.normalized.unit])).toEqual([
      ["28 %", 28, "percent"],
      ["35\u00a0percent", 35, "percent"],
      ["28\u00a0percent", 28, "percent"],
      ["1,204", 1204, "count"],
    ]);
    expect(listing.claims.filter((c) => c.type === "time").map((c) => c.text)).toEqual(["Sunday", "2019"]);
    expect(listing.claims.filter((c) => c.type === "quote").map((c) => c.text)).toEqual(["It was a quiet day", "Very quiet"]);
  });

  test("check: findings point at exact spans, with line and column counted over CRLF", () => {
    const dir = temp();
    writeFileSync(join(dir, "messy.txt"), messy);
    writeFileSync(join(dir, "clean.txt"), clean);
    const r = cli(["check", join(dir, "messy.txt"), join(dir, "clean.txt"), "--format", "json"]);
    expect(r.stderr).toBe("");
    const report = json(r.stdout);
    const texts: Record<string, string> = { [join(dir, "messy.txt")]: messy.slice(1), [join(dir, "clean.txt")]: clean };
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) for (const c of f.claims) expect(texts[c.source].slice(c.start, c.end)).toBe(c.text);
    // the 28 % against 31 percent conflict is found across the two spellings
    expect(report.findings.some((f) => f.claims.some((c) => c.text === "28 %") && f.claims.some((c) => c.text === "31 percent"))).toBe(true);
    // the terminal report counts lines over \r\n: "28 %" is on line 7 of the file
    const t = cli(["check", join(dir, "messy.txt"), join(dir, "clean.txt"), "--min-severity", "info"]);
    expect(t.stdout).toContain(`${join(dir, "messy.txt")}:7:21`);
  });
});

describe("thousands separated by spaces (\"1 200\", \"1\\u202f200\", \"1\\u00a0200\") are one figure", () => {
  const march = (n: string, extra = "") => `March in the capital\n\nPolice said ${n} people marched on Sunday, up from 900 a week earlier.${extra}\n`;

  test("check: a spaced figure conflicts with a different comma figure, as one number, and agrees with the same one", () => {
    const dir = temp();
    writeFileSync(join(dir, "narrow.txt"), march("1\u202f200", " In 2019 200 people came."));
    writeFileSync(join(dir, "space.txt"), march("1 200"));
    writeFileSync(join(dir, "nbsp.txt"), march("1\u00a0200"));
    writeFileSync(join(dir, "comma.txt"), march("1,200"));
    writeFileSync(join(dir, "other.txt"), march("1,500"));
    for (const n of ["narrow.txt", "space.txt", "nbsp.txt"]) {
      const same = cli(["check", join(dir, n), join(dir, "comma.txt"), "--format", "json", "--min-severity", "info"]);
      expect({ n, code: same.code, stderr: same.stderr, findings: json(same.stdout).findings }).toEqual({ n, code: 0, stderr: "", findings: [] });
      const r = cli(["check", join(dir, n), join(dir, "other.txt"), "--format", "json"]);
      expect(r.code).toBe(1);
      const text = readFileSync(join(dir, n), "utf8");
      const conflict = json(r.stdout).findings.find((f) => f.claims.some((c) => c.text === "1,500"));
      expect(conflict?.claims.map((c) => c.text)).toEqual([text.slice(text.indexOf("1"), text.indexOf("1") + 5), "1,500"]);
      for (const c of conflict!.claims) if (c.source === join(dir, n)) expect(text.slice(c.start, c.end)).toBe(c.text);
    }
    // a year and a count are two figures: the claims listing keeps them apart
    const claims = JSON.parse(cli(["claims", join(dir, "narrow.txt"), "--format", "json"]).stdout).claims as { text: string; type: string; normalized: { value?: number } }[];
    expect(claims.filter((c) => c.type === "quantity").map((c) => [c.text, c.normalized.value])).toEqual([
      ["1\u202f200", 1200],
      ["900", 900],
      ["200", 200],
    ]);
  });
});

describe("malformed front matter, rules and config exit 2 with the file and line", () => {
  test("front matter: broken YAML, no closing line, a bad date", () => {
    const dir = temp();
    const cases: Array<[string, string, string]> = [
      ["yaml.txt", "---\ntitle: [oops\npublished: 2019-01-01\n---\nBody 28 percent.\n", ":3: malformed front matter: "],
      ["open.txt", "---\ntitle: x\n\nBody 28 percent.\n", ":1: front matter starts with --- but has no closing --- line"],
      ["date.txt", "---\r\ntitle: x\r\npublished: yesterday\r\n---\r\nBody.\r\n", ':3: published must be a date like 2019-07-21; got "yesterday"'],
      ["indent.txt", "---\ntitle: x\n  bad: indent\n---\nBody.\n", ":2: malformed front matter: "],
    ];
    for (const [name, body, message] of cases) {
      writeFileSync(join(dir, name), body);
      const r = cli(["check", join(dir, name)]);
      expect(r.code).toBe(2);
      expect(r.stderr.startsWith(`factdiff: ${join(dir, name)}${message}`)).toBe(true);
      // the parser's own position counts from the header, not the file: not shown
      expect(r.stderr).not.toMatch(/at line \d+, column/);
    }
  });

  test("rules: broken YAML, a bad value and an unknown key name the file, line, field and what was expected", () => {
    const dir = temp();
    const cases: Array<[string, string, string]> = [
      ["bad-yaml", "kind: hedges\nhedges: [\n", "h.yaml:3: not valid YAML/JSON: "],
      ["bad-enum", "kind: hedges\nhedges:\n  - words: [x]\n    bound: sortof\n    low: 0\n    high: 0\n", 'h.yaml:4: hedges.0.bound must be one of "approx", "above", "below" (at: bound: sortof)'],
      ["bad-type", "kind: hedges\nhedges:\n  - words: [x]\n    bound: approx\n    low: zero\n    high: 0\n", "h.yaml:5: hedges.0.low must be number (at: low: zero)"],
      ["unknown-key", "kind: hedges\nhedges:\n  - words: [x]\n    bound: approx\n    low: 0\n    high: 0\n    wat: 1\n", 'h.yaml:7: unknown key "wat" at hedges.0; remove it or check its spelling (at: wat: 1)'],
    ];
    for (const [sub, body, message] of cases) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, "h.yaml"), body);
      const r = cli(["check", join(ROOT, "seeds", "000_3d100861fb0d3d66.txt"), "--rules", join(dir, sub)]);
      expect(r.code).toBe(2);
      expect(r.stderr.startsWith(`factdiff: ${join(dir, sub, message)}`)).toBe(true);
    }
  });

  test("config: a bad value and broken JSON name the file, line and field", () => {
    const dir = temp();
    writeFileSync(join(dir, "factdiff.config.json"), '{\n  "format": "json",\n  "failOn": "sometimes"\n}\n');
    let r = cli(["check", join(ROOT, "seeds", "000_3d100861fb0d3d66.txt")], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`factdiff: ${join(dir, "factdiff.config.json")}:3: failOn must be one of "critical", "major", "minor", "info", "none" (at: "failOn": "sometimes")\n`);
    writeFileSync(join(dir, "factdiff.config.json"), '{\n  "failOn": "major",\n');
    r = cli(["check", join(ROOT, "seeds", "000_3d100861fb0d3d66.txt")], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^factdiff: ${join(dir, "factdiff.config.json")}:\\d+: not valid JSON`));
  });
});

describe("arguments", () => {
  test.each([
    [["chek", "seeds/"], /Unknown argument/],
    [["check", "seeds/", "--bogus"], /Unknown argument: bogus/],
    [["check", "seeds/", "--format", "pdf"], /Invalid values:[\s\S]*format/],
    [["check", "seeds/", "--fail-on", "sometimes"], /Invalid values:[\s\S]*fail-on/],
    [["check"], /Not enough non-option arguments/],
    [[], /give a command/],
  ])("%j exits 2 with the usage line", (args, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^Usage: factdiff check PATH\.\.\. \[--format /m);
  });
});

describe("output", () => {
  test("piped to a reader that closes early (| head -1): quiet, no stack trace", () => {
    // a report far larger than a pipe's buffer, so the writer meets the closed pipe
    const dir = temp();
    const stories = join(ROOT, "test", "fixtures", "stories");
    let big = "Archive\n\n";
    for (const s of readdirSync(stories).slice(0, 2)) for (const f of readdirSync(join(stories, s))) if (f.endsWith(".txt")) big += readFileSync(join(stories, s, f), "utf8").replace(/^---[\s\S]*?\n---\n/, "") + "\n\n";
    writeFileSync(join(dir, "big.txt"), big);
    for (const [args, status] of [[["claims", join(dir, "big.txt"), "--format", "json"], 0], [["check", join(dir, "big.txt"), "--format", "json", "--fail-on", "info"], 1]] as const) {
      const cmd = `set -o pipefail; "${process.execPath}" "${BIN}" ${args.map((a) => `"${a}"`).join(" ")} | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
      const r = spawnSync("bash", ["-c", cmd], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
      expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
      // nothing on stderr but our status line (no EPIPE, no stack trace), and the run's own exit code
      expect(r.stderr).toBe(`status=${status}\n`);
    }
  });

  test("--output into a missing folder or a read-only place: exit 2, a clear message, no partial file", () => {
    const dir = story();
    const missing = join(dir, "out", "sub", "report.json");
    let r = cli(["check", dir, "--format", "json", "--output", missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`factdiff: ${missing}: folder ${join(dir, "out", "sub")} does not exist; create it first or choose another --output path\n`);
    expect(existsSync(join(dir, "out"))).toBe(false);
    // a folder the user may not write to (as an unprivileged user when root)
    if (permissionsTestable) {
      const locked = join(dir, "locked");
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      r = cli(["check", dir, "--format", "html", "--output", join(locked, "report.html")], { asNobody: true });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`factdiff: ${join(locked, "report.html")}: cannot write there (permission denied); choose a folder you can write to\n`);
      expect(readdirSync(locked)).toEqual([]);
    }
    // a read-only file system
    if (existsSync("/proc/self")) {
      r = cli(["check", dir, "--output", "/proc/self/factdiff.txt"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^factdiff: \/proc\/self\/factdiff\.txt: cannot /);
    }
  });

  test("standard output that cannot take the report (a full disk): exit 2, never a result", () => {
    if (!existsSync("/dev/full")) return;
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" check seeds/ --fail-on none > /dev/full`], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("factdiff: cannot write the report to standard output (ENOSPC); try --output FILE\n");
  });

  test("a crash is never reported as findings: an internal error exits 2 with one line, no stack", () => {
    // a loader hook breaks the report stage from outside, as a bug there would
    const dir = temp();
    const hook = `export async function load(url, context, next) {
      const r = await next(url, context);
      if (!url.endsWith("/dist/report/formats.js")) return r;
      return { ...r, source: (typeof r.source === "string" ? r.source : new TextDecoder().decode(r.source)) + "\\nrenderReport = function () { throw new TypeError('boom from a test'); };\\n" };
    }`;
    writeFileSync(join(dir, "hook.mjs"), hook);
    writeFileSync(join(dir, "register.mjs"), `import { register } from "node:module";\nregister(${JSON.stringify("file://" + join(dir, "hook.mjs"))});\n`);
    const r = spawnSync(process.execPath, ["--import", join(dir, "register.mjs"), BIN, "check", "seeds/", "--format", "markdown", "--fail-on", "none"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("factdiff: internal error: boom from a test\nPlease report it with the input that caused it (FACTDIFF_DEBUG=1 shows where it happened).\n");
  });
});

describe("factdiff never writes to its inputs", () => {
  test("every input file hashes the same after check (every format), claims, baseline and rules", () => {
    const dir = story({
      "messy.txt": "\ufeffCity vote\r\n\r\nOfficials said 28\u00a0percent voted, \u201cquietly\u201d.\r\n",
      "latin.txt": Buffer.from("City vote\n\nOfficials said 30 percent voted, caf\xe9 \x93quietly\x94.\n", "latin1"),
      "damaged.txt": Buffer.concat([Buffer.from("City vote – “now”\n\nOfficials said 30 percent voted, café "), Buffer.from([0xff]), Buffer.from(".\n")]),
      "wide.txt": Buffer.from("City vote\r\n\r\nOfficials said 29 percent voted.\r\n", "utf16le"),
      "empty.txt": "",
      "photo.png": PNG,
    });
    const rules = join(dir, "rules");
    mkdirSync(rules);
    writeFileSync(join(rules, "h.yaml"), "kind: hedges\nhedges:\n  - words: [\"give or take\"]\n    bound: approx\n    low: -0.1\n    high: 0.1\n");
    const out = temp();
    const before = fingerprintFiles([dir]);
    const runs: string[][] = [
      ["check", dir, "--rules", rules, "--format", "html", "--output", join(out, "r.html")],
      ["claims", dir, "--format", "json", "--output", join(out, "claims.json")],
      ["baseline", dir, "--output", join(out, "baseline.json")],
      ["check", dir, "--baseline", join(out, "baseline.json"), "--format", "sarif"],
      ["check", join(dir, "a.txt"), "-", "--draft", join(dir, "b.txt"), "--format", "markdown"],
    ];
    for (const args of runs) {
      const r = cli(args, { input: B });
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect([0, 1]).toContain(r.code);
    }
    expect(fingerprintFiles([dir])).toEqual(before);
  });
});

