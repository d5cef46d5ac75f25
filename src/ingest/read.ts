// Reading inputs from disk or stdin: the only file-system access of the library.
import { lstatSync, readFileSync, readdirSync, statSync } from "node:fs";
import { isAscii, isUtf8 } from "node:buffer";
import { join, extname, isAbsolute } from "node:path";
import { createRequire } from "node:module";
import type { SourceInput } from "../types.js";
import { byteOrderMark, unicodeText, utf16Guess, utf32WithoutBom, type UnicodeForm } from "./unicode.js";
import { declaredCharset, decodeLegacy, decodeWindows1252, detectEncoding, type DeclaredCharset } from "./charset.js";
import { isHtml } from "./html.js";

export { utf16WithoutBom, utf32WithoutBom } from "./unicode.js";
export { decodeWindows1252 } from "./charset.js";

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

const SOURCE_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

// tinyglobby (and picomatch under it) loaded only for a path that does not exist (start-up time)
let globLib: typeof import("tinyglobby") | undefined;
const tinyglobby = () => (globLib ??= createRequire(import.meta.url)("tinyglobby") as typeof import("tinyglobby"));

// Files a quoted glob (stories/**/*.md) matches, sorted: only source files, never dot-files.
function expandGlob(pattern: string): string[] {
  return tinyglobby().globSync(pattern, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(pattern) })
    .filter((f) => SOURCE_EXTENSIONS.has(extname(f).toLowerCase()))
    .sort();
}

/** Why a file-system call failed, in words, by errno code. */
function why(e: unknown, path?: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return path && isLink(path) ? "a link to a file or folder that does not exist" : "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "a link that leads back to itself";
    case "ENAMETOOLONG":
      return "the path is too long";
    case "ENOTDIR":
      return "part of the path is not a folder";
    case "EISDIR":
      return "is a folder";
    case "EIO":
      return "input/output error";
    case "ERR_FS_FILE_TOO_LARGE":
      return "too large to read (over 2 GB)";
    default:
      return code ?? (e as Error).message ?? "error";
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * The source files under a folder, sorted, recursively. Entries that cannot be sources are
 * passed over; a source-named entry that is a broken link or not a regular file (a named
 * pipe would block the read forever) is skipped with a warning; a folder reached twice
 * through links is read once. An unreadable folder stops the run (InputError).
 */
function listFolder(dir: string, warnings: string[] = [], folders = new Set<string>()): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    const st = statSync(dir);
    const id = `${st.dev}:${st.ino}`;
    if (folders.has(id)) {
      warnings.push(`${dir}: skipped, a link back to a folder already read`);
      return out;
    }
    folders.add(id);
    names = readdirSync(dir).sort();
  } catch (e) {
    throw new InputError(`${dir}: folder cannot be read (${why(e, dir)}); check its permissions`);
  }
  for (const name of names) {
    if (name.startsWith(".")) continue;
    const p = join(dir, name);
    const source = SOURCE_EXTENSIONS.has(extname(name).toLowerCase());
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      if (source) warnings.push(`${p}: skipped, ${why(e, p)}`);
      continue;
    }
    if (st.isDirectory()) out.push(...listFolder(p, warnings, folders));
    else if (!source) continue;
    else if (st.isFile()) out.push(p);
    else warnings.push(`${p}: skipped, not a regular file (a pipe, socket or device)`);
  }
  return out;
}

/** File signatures of formats that are not text: images, documents, archives, programs. */
const SIGNATURES: Array<[string, RegExp]> = [
  ["a PNG image", /^\x89PNG\r\n\x1a\n/],
  ["a JPEG image", /^\xff\xd8\xff/],
  ["a GIF image", /^GIF8[79]a/],
  ["a TIFF image", /^(?:II\*\x00|MM\x00\*)/],
  ["a WebP image", /^RIFF[\s\S]{4}WEBP/],
  ["a PDF document", /^%PDF-/],
  ["an RTF document (save it as plain text)", /^\{\\rtf/],
  ["a ZIP archive (or a Word, Excel or OpenDocument file)", /^PK\x03\x04|^PK\x05\x06|^PK\x07\x08/],
  ["a Word or Excel 97-2003 file", /^\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1/],
  ["a gzip archive", /^\x1f\x8b/],
  ["a bzip2 archive", /^BZh[1-9]1AY&SY/],
  ["an xz archive", /^\xfd7zXZ\x00/],
  ["a 7-Zip archive", /^7z\xbc\xaf\x27\x1c/],
  ["a RAR archive", /^Rar!\x1a\x07/],
  ["a program (ELF)", /^\x7fELF/],
];

/** Why bytes are not a text source ("a PNG image", "binary: NUL byte at 12"), or null for text. */
export function binaryKind(bytes: Buffer): string | null {
  const bom = byteOrderMark(bytes);
  if (bom && bom.form !== "utf-8") return null;
  const head = bytes.subarray(0, 16).toString("latin1");
  for (const [kind, re] of SIGNATURES) if (re.test(head)) return `looks like ${kind}, not text`;
  if (bytes.length > 262 && bytes.subarray(257, 262).toString("latin1") === "ustar") return "looks like a tar archive, not text";
  const nul = bytes.indexOf(0);
  if (nul >= 0) return !bom && unicodeWithoutBom(bytes) ? null : `looks binary, not text: a NUL byte at byte ${nul}`;
  // control characters other than tab, line breaks, form feed and escape: not prose
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  if (sample.length >= 32 && control > sample.length * 0.1) return "looks binary, not text: mostly control characters";
  return null;
}

/**
 * UTF-32 or UTF-16 without a byte-order mark (see unicode.ts), with the words a warning gives
 * for how it was told, or null. Only bytes holding a NUL can be either.
 */
function unicodeWithoutBom(bytes: Uint8Array): { form: UnicodeForm; how: string } | null {
  if (bytes.indexOf(0) < 0) return null;
  // binaryKind and decodeSource ask in turn about the same bytes: the guess decodes the file
  const known = bomlessSeen.get(bytes);
  if (known !== undefined) return known;
  const u32 = utf32WithoutBom(bytes);
  const u16 = u32 ? null : utf16Guess(bytes);
  const guess: BomlessGuess = u32
    ? { form: `utf-32${u32}`, how: "three NUL bytes beside each ASCII character" }
    : u16 && { form: `utf-16${u16.order}`, how: u16.latin ? "a NUL in every other byte" : "NUL bytes beside its ASCII characters, and its characters read as text" };
  bomlessSeen.set(bytes, guess);
  return guess;
}

type BomlessGuess = { form: UnicodeForm; how: string } | null;
const bomlessSeen = new WeakMap<Uint8Array, BomlessGuess>();

/**
 * How bytes that are not valid UTF-8 look: the number of bytes that are not part of a valid
 * UTF-8 sequence (`invalid`), of valid multibyte sequences (`multibyte`), and whether any
 * byte is one of the five Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
 */
function utf8Census(bytes: Uint8Array): { invalid: number; multibyte: number; undefined1252: boolean } {
  let invalid = 0;
  let multibyte = 0;
  let undefined1252 = false;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n) {
      multibyte++;
      i += n;
      continue;
    }
    // one bad place per lead byte and the continuation bytes that follow it, as a decoder
    // shows them (a sequence cut short is one place, not two)
    invalid++;
    do {
      const c = bytes[i];
      if (c === 0x81 || c === 0x8d || c === 0x8f || c === 0x90 || c === 0x9d) undefined1252 = true;
      i++;
    } while (i < bytes.length && bytes[i] >= 0x80 && bytes[i] <= 0xbf && b >= 0xc2 && b <= 0xf4);
  }
  return { invalid, multibyte, undefined1252 };
}

/**
 * Windows-1252 (or Latin-1) rather than UTF-8 with damage: some bytes are not UTF-8, none is
 * a byte Windows-1252 leaves undefined, and valid multibyte UTF-8 sequences are absent or
 * few: under a quarter as many as the bad places (in a Windows-1252 file an accented capital
 * followed by a curly quote, "É”", happens to be valid UTF-8, but rarely). Valid UTF-8 with
 * a few stray bytes (a sequence cut short, a pasted byte) is not, nor is a file starting
 * with a UTF-8 byte-order mark: they keep U+FFFD in place of the bad bytes. The bias is
 * deliberate: reading damaged UTF-8 as Windows-1252 would turn every "é" into "Ã©" (names
 * would then differ between sources), while the other mistake only shows U+FFFD.
 */
export function looksWindows1252(bytes: Uint8Array, census = utf8Census(bytes)): boolean {
  // a UTF-8 byte-order mark says the file is meant as UTF-8: damage, not another encoding
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return false;
  return census.invalid > 0 && census.multibyte * 4 < census.invalid && !census.undefined1252;
}

/**
 * Valid UTF-8 with a few bad places rather than another encoding: at least as many valid
 * multibyte sequences as bad places. Such a file is not handed to detection; between this and
 * looksWindows1252 (bad places up to four times the valid sequences) detection is asked, and
 * only a confident answer overrules today's reading as damaged UTF-8. The bound is lower than
 * looksWindows1252's because CJK encodings make valid UTF-8 pairs by accident far more often
 * than Windows-1252 does (GB18030 text: about one pair for every two bad places).
 */
function mostlyUtf8(census: { invalid: number; multibyte: number }): boolean {
  return census.invalid <= census.multibyte;
}

/** Length of the valid multibyte UTF-8 sequence starting at `i` (2–4), or 0 when there is none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
  if (!n) return 0;
  // the second byte's range excludes overlong forms, surrogates and code points past U+10FFFF
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  if (i + 1 >= bytes.length || bytes[i + 1] < lo || bytes[i + 1] > hi) return 0;
  for (let k = 2; k <= n; k++) if (i + k >= bytes.length || bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return n + 1;
}

/** Byte offset of the first sequence that is not valid UTF-8, or -1 when all of it is. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (!n) return i;
    i += n;
  }
  return -1;
}

/** 1-based line of a byte offset (lines end at LF; CRLF and LF files alike). */
function lineOfByte(bytes: Buffer, at: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i >= 0 && i < at; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

/**
 * Decodes a source file, so that every offset reported later is an offset into the text
 * returned here (not into the bytes):
 * - UTF-32 or UTF-16 with a byte-order mark: read as such (the mark removed);
 * - UTF-32 or UTF-16 without one, recognised by its NUL bytes and its text (see
 *   utf32WithoutBom, utf16Guess): read as such, with a warning;
 * - an HTML page declaring a charset in a <meta> tag of its first 1024 bytes: read in it (see
 *   decodeDeclared); a charset that names no encoding: a warning, then as below;
 * - valid UTF-8: read as UTF-8 (a byte-order mark removed);
 * - otherwise see decodeNotUtf8: another encoding told from the bytes, Windows-1252, or
 *   damaged UTF-8, each with a warning.
 */
export function decodeSource(path: string, bytes: Buffer, warnings: string[]): string {
  const bom = byteOrderMark(bytes);
  if (bom && bom.form !== "utf-8") return unicodeText(bytes.subarray(bom.length), bom.form);
  const bomless = bom ? null : unicodeWithoutBom(bytes);
  if (bomless) {
    const name = bomless.form.toUpperCase();
    warnings.push(`${path}: ${name} without a byte-order mark (${bomless.how}); read as ${name}`);
    return unicodeText(bytes, bomless.form);
  }
  // a byte-order mark wins over what the page says
  const declared = bom ? null : htmlCharset(path, bytes);
  try {
    if (declared?.encoding && declared.encoding !== "utf-8") return decodeDeclared(path, bytes, declared, warnings);
    if (declared && !declared.encoding)
      warnings.push(`${path}: its <meta> tag at byte ${declared.at} declares charset "${declared.label}", which names no encoding factdiff knows; the encoding is told from the bytes instead. Correct the charset (to "utf-8" if the file is UTF-8)`);
    if (isUtf8(bytes)) return decode(bytes);
    // a UTF-8 byte-order mark or a page declaring UTF-8: read as before, never detected as another encoding
    return decodeNotUtf8(path, bytes, warnings, !bom && !declared?.encoding);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: too large to read as text (${(bytes.length / 2 ** 20).toFixed(0)} MB; ${(e as Error).message})`);
  }
}

/** The charset an HTML page (by its name, or on stdin by how it starts) declares, or null. */
function htmlCharset(path: string, bytes: Buffer): DeclaredCharset | null {
  return isHtml(path, bytes.subarray(0, 1024).toString("latin1")) ? declaredCharset(bytes) : null;
}

/**
 * Decodes a page in the legacy encoding it declares, with a warning naming it. Bytes that are
 * all ASCII read the same in any encoding a page can declare (but ISO-2022-JP, whose escape
 * sequences are ASCII): UTF-8, without a word. Bytes that are valid UTF-8 with characters
 * beyond ASCII are UTF-8 whatever the page says (a page saved as UTF-8 from a template that
 * still declares windows-1252; taking it at its word would turn "é" into "Ã©"): UTF-8, with
 * a warning to correct the declaration.
 */
function decodeDeclared(path: string, bytes: Buffer, declared: DeclaredCharset, warnings: string[]): string {
  const encoding = declared.encoding!;
  const where = `its <meta> tag at byte ${declared.at}`;
  const high = !isAscii(bytes);
  if (!high && (encoding !== "iso-2022-jp" || bytes.indexOf(0x1b) < 0)) return decode(bytes);
  if (high && isUtf8(bytes)) {
    warnings.push(`${path}: ${where} declares charset "${declared.label}", but the file is valid UTF-8; read as UTF-8. Correct the charset to "utf-8"`);
    return decode(bytes);
  }
  const text = decodeLegacy(bytes, encoding);
  const bad = count(text, "\ufffd");
  const damage = bad ? `; ${bad} place${bad > 1 ? "s" : ""} not valid ${encoding} shown as U+FFFD (\ufffd): check the charset` : "";
  warnings.push(`${path}: not UTF-8; read as ${encoding} (declared by ${where}${damage})`);
  return text;
}

/**
 * Decodes bytes that are not valid UTF-8 (and not UTF-16 or UTF-32):
 * - mostly valid UTF-8 with a few bad places (see mostlyUtf8), or meant as UTF-8 (`detect`
 *   false): as damaged UTF-8 or Windows-1252, as below, without asking detection;
 * - another encoding that detection names with confidence (detectEncoding: windows-1251,
 *   Shift_JIS, GB18030...): read in it, with a warning naming it and the first byte that is
 *   not UTF-8;
 * - like Windows-1252 or Latin-1 (see looksWindows1252): read as Windows-1252, with a
 *   warning naming the file, and the byte and line of the first byte that is not UTF-8;
 * - otherwise (UTF-8 with stray or cut-off bytes): read as UTF-8 with U+FFFD in place of the
 *   bad bytes, and a warning naming the file, the byte offset and the line of the first.
 */
function decodeNotUtf8(path: string, bytes: Buffer, warnings: string[], detect: boolean): string {
  const at = firstInvalidUtf8(bytes);
  const line = lineOfByte(bytes, at);
  const census = utf8Census(bytes);
  const detected = detect && !mostlyUtf8(census) ? detectEncoding(detectionSample(bytes, at)) : null;
  if (detected) {
    warnings.push(`${path}: not UTF-8; read as ${detected} (detected; the first byte that is not UTF-8 is at byte ${at}, line ${line}). Save the file as UTF-8 if its text reads wrong`);
    return decodeLegacy(bytes, detected);
  }
  if (looksWindows1252(bytes, census)) {
    warnings.push(`${path}: not UTF-8; read as Windows-1252 (the first byte that is not UTF-8 is at byte ${at}, line ${line})`);
    return decodeWindows1252(bytes);
  }
  const text = decode(bytes);
  // places shown as U+FFFD: those in the text less those written as U+FFFD in the file
  const bad = count(text, "\ufffd") - count(bytes, "\ufffd");
  warnings.push(`${path}: not valid UTF-8 at byte ${at} (line ${line})${bad > 1 ? ` and ${bad - 1} more place${bad > 2 ? "s" : ""}` : ""}; shown as U+FFFD (\ufffd). Save the file as UTF-8`);
  return text;
}

/** Occurrences of a string in text or bytes. */
function count(hay: string | Buffer, needle: string): number {
  let n = 0;
  const step = typeof hay === "string" ? needle.length : Buffer.byteLength(needle);
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + step)) n++;
  return n;
}

/**
 * What detection looks at: 32 KB from the start of the line holding the first byte that is
 * not UTF-8 (an English page with a Russian quote far down is judged by the quote; a line
 * start is never inside a multibyte character), enough for byte statistics and quick to read.
 */
function detectionSample(bytes: Buffer, at: number): Buffer {
  const start = bytes.lastIndexOf(10, at) + 1;
  return bytes.subarray(start, start + 32768);
}

/** Decodes file bytes as UTF-8, removing a byte-order mark. */
export function decode(bytes: Buffer): string {
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface ReadResult {
  inputs: SourceInput[];
  warnings: string[];
}

/** Expands paths (files, folders, "-" for stdin) into sources, in the order given. */
export function readInputs(paths: string[], readStdin: () => Buffer = () => readFileSync(0)): ReadResult {
  const inputs: SourceInput[] = [];
  const warnings: string[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, bytes: Buffer) => {
    if (seen.has(path)) return;
    seen.add(path);
    const binary = binaryKind(bytes);
    if (binary) {
      warnings.push(`${path}: skipped, ${binary}; give text, Markdown or HTML files`);
      skipped.push(`${path} (${binary})`);
      return;
    }
    const text = decodeSource(path, bytes, warnings);
    if (!text.trim()) warnings.push(`${path}: empty file; nothing to check in it`);
    inputs.push({ path, text });
  };
  for (const p of paths) {
    if (p === "-") {
      let bytes: Buffer;
      try {
        bytes = readStdin();
      } catch (e) {
        throw new InputError(`-: standard input cannot be read (${why(e)})`);
      }
      add("-", bytes);
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw new InputError(`${p}: cannot be read (${why(e, p)})`);
      if (!tinyglobby().isDynamicPattern(p)) throw new InputError(`${p}: ${why(e, p)}; check the path`);
      const files = expandGlob(p);
      if (!files.length) throw new InputError(`${p}: the pattern matches no .txt, .md or .html sources; check it (and quote it, so the shell leaves it to factdiff)`);
      for (const f of files) add(f, readOrThrow(f));
      continue;
    }
    if (st.isDirectory()) {
      const files = listFolder(p, warnings);
      if (!files.length) throw new InputError(`${p}: folder holds no .txt, .md or .html sources`);
      for (const f of files) add(f, readOrThrow(f));
    } else add(p, readOrThrow(p));
  }
  if (!inputs.length) throw new InputError(skipped.length ? `no source left to check; skipped ${skipped.slice(0, 5).join(", ")}${skipped.length > 5 ? ` and ${skipped.length - 5} more` : ""}` : "no readable sources given");
  // only empty files: a check of nothing must not pass as a clean check
  if (inputs.every((i) => !i.text.trim())) throw new InputError(`nothing to check: ${inputs.map((i) => i.path).join(", ")} ${inputs.length > 1 ? "are" : "is"} empty`);
  return { inputs, warnings };
}

function readOrThrow(p: string): Buffer {
  try {
    return readFileSync(p);
  } catch (e) {
    throw new InputError(`${p}: cannot be read (${why(e, p)}); check its permissions`);
  }
}
