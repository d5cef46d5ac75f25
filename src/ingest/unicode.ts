// UTF-16 and UTF-32 files: byte-order marks, decoding, and telling such files without a mark
// from binaries that also hold NUL bytes. Pure functions over bytes; read.ts decides what to do.

export type UnicodeForm = "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be";

/** The byte-order mark a file starts with and its length, or null. */
export function byteOrderMark(bytes: Uint8Array): { form: UnicodeForm | "utf-8"; length: number } | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { form: "utf-8", length: 3 };
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { form: "utf-32be", length: 4 };
  // FF FE 00 00 is the UTF-32LE mark, and also the UTF-16LE mark followed by U+0000, which no
  // text starts with; it is UTF-32 when what follows is UTF-32 (tested before the UTF-16 mark)
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00 && utf32Units(bytes.subarray(4), false)) return { form: "utf-32le", length: 4 };
  if (a === 0xff && b === 0xfe) return { form: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { form: "utf-16be", length: 2 };
  return null;
}

/** Decodes bytes (no byte-order mark) in a UTF-16 or UTF-32 form. */
export function unicodeText(bytes: Uint8Array, form: UnicodeForm): string {
  return form === "utf-16le" || form === "utf-16be" ? utf16Text(bytes, form === "utf-16be") : utf32Text(bytes, form === "utf-32be");
}

/** UTF-16 code units of `bytes` (an odd last byte dropped) as text; `be` swaps byte order first. */
export function utf16Text(bytes: Uint8Array, be: boolean): string {
  const n = bytes.length - (bytes.length % 2);
  // big-endian: swapped in a copy (the caller's bytes stay as they are)
  const body = be ? Buffer.from(bytes.subarray(0, n)).swap16() : Buffer.from(bytes.buffer, bytes.byteOffset, n);
  return body.toString("utf16le");
}

/** The code point of the 4-byte unit at `i`, or -1 when it is not one (past U+10FFFF, a surrogate). */
function utf32At(bytes: Uint8Array, i: number, be: boolean): number {
  const cp = be ? ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0 : ((bytes[i + 3] << 24) | (bytes[i + 2] << 16) | (bytes[i + 1] << 8) | bytes[i]) >>> 0;
  return cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? -1 : cp;
}

/**
 * Decodes UTF-32 (TextDecoder has no UTF-32): each 4-byte unit is one code point; a unit that
 * is not a code point, and a last unit cut short, become U+FFFD. The text is built as UTF-16
 * code units in one buffer, so a large file costs no string per character.
 */
export function utf32Text(bytes: Uint8Array, be: boolean): string {
  const units = Math.ceil(bytes.length / 4);
  const out = new Uint16Array(units * 2);
  let n = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    let cp = i + 4 <= bytes.length ? utf32At(bytes, i, be) : -1;
    if (cp < 0) cp = 0xfffd;
    if (cp >= 0x10000) {
      out[n++] = 0xd800 + ((cp - 0x10000) >> 10);
      out[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else out[n++] = cp;
  }
  return Buffer.from(out.buffer, 0, n * 2).toString("utf16le");
}

/** Whether every 4-byte unit of a sample (the first 64 KB) is a code point; the length must be whole units. */
function utf32Units(bytes: Uint8Array, be: boolean): boolean {
  if (bytes.length % 4) return false;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i += 4) if (utf32At(bytes, i, be) < 0) return false;
  return true;
}

/**
 * Unicode blocks that running text is written in: Latin, Greek, Cyrillic, Armenian, Hebrew,
 * Arabic, the Indic scripts, Thai and Lao, Georgian, punctuation, currency and number signs,
 * arrows and math operators, enclosed numbers, shapes and symbols, CJK punctuation, kana,
 * bopomofo, Hangul, CJK ideographs (the common block, not the rare extensions) and their
 * compatibility and full-width forms. A wrong guess (binary data, text read in the wrong byte
 * order or with the wrong unit size) scatters code units over the whole range, much of it
 * rare extensions, private use and unassigned.
 */
const TEXT_BLOCKS: Array<[number, number]> = [
  [0x0020, 0x007e], [0x00a0, 0x058f], [0x0590, 0x06ff], [0x0750, 0x077f], [0x0900, 0x0eff], [0x10a0, 0x11ff],
  [0x1e00, 0x1fff], [0x2000, 0x22ff], [0x2460, 0x27bf], [0x3000, 0x33ff], [0x4e00, 0x9fff], [0xac00, 0xd7af],
  [0xf900, 0xfaff], [0xfb50, 0xfdff], [0xfe30, 0xfe4f], [0xfe50, 0xfeff], [0xff00, 0xffef],
];

// one byte per BMP code unit, made on first use (a text read without a byte-order mark is rare)
let textBlockMap: Uint8Array | undefined;
function inTextBlock(c: number): boolean {
  if (!textBlockMap) {
    textBlockMap = new Uint8Array(0x10000);
    for (const [lo, hi] of TEXT_BLOCKS) textBlockMap.fill(1, lo, hi + 1);
  }
  return textBlockMap[c] === 1;
}

/** Control characters other than tab, line breaks, form feed and escape (C0 and C1). */
const isControl = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || (c >= 0x7f && c < 0xa0);

/** A NUL, a noncharacter U+FFFE/U+FFFF or a lone surrogate: never in text. */
const NEVER_TEXT = /[\0\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** What NEVER_TEXT looks for, and paired surrogates too: five times quicker over text without them. */
const MAYBE_NEVER_TEXT = /[\0\ud800-\udfff\ufffe\uffff]/;

/** Code units of text the statistics of readsAsText look at: a sample, like the zero counts. */
const SAMPLE_UNITS = 32768;

/**
 * Whether decoded text reads as text: nowhere a U+0000, a lone surrogate or a noncharacter
 * U+FFFE/U+FFFF; and in its first 32K code units, control characters at most 1%, at most 5%
 * outside the blocks text is written in (TEXT_BLOCKS; a surrogate pair, an emoji or a rare
 * ideograph, counts as text), at most 70% code units whose two bytes are both printable ASCII
 * and at most 25% with a zero low byte (U+xx00). The last two keep a wrong guess from reading
 * as CJK: 8-bit text with NUL bytes in it, its byte pairs taken as UTF-16 ("ci", "ty"), and
 * Latin-script UTF-16 in the wrong byte order ("T\0" as U+5400) fall in the CJK blocks. Real
 * Chinese or Japanese has the first kind at well under 70% (about 40% for Japanese, most of it
 * kana) and the second at a few percent (一 U+4E00, 开 U+5F00, 最 U+6700).
 */
export function readsAsText(text: string): boolean {
  if (MAYBE_NEVER_TEXT.test(text) && NEVER_TEXT.test(text)) return false;
  const s = textStatistics(text);
  return s.control <= s.units * 0.01 && s.outside <= s.units * 0.05 && s.asciiPairs <= s.units * 0.7 && s.zeroLow <= s.units * 0.25;
}

/** The counts readsAsText judges, over the first SAMPLE_UNITS code units of text. */
function textStatistics(text: string): { units: number; control: number; outside: number; asciiPairs: number; zeroLow: number } {
  const units = Math.min(text.length, SAMPLE_UNITS);
  let control = 0;
  let outside = 0;
  let asciiPairs = 0;
  let zeroLow = 0;
  for (let i = 0; i < units; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) continue; // a surrogate pair: a character of the supplementary planes
    if (isControl(c)) control++;
    else if (c >= 0x20 && !inTextBlock(c)) outside++;
    if (c >> 8 >= 0x20 && c >> 8 <= 0x7e && (c & 0xff) >= 0x20 && (c & 0xff) <= 0x7e) asciiPairs++;
    else if (c > 0xff && (c & 0xff) === 0) zeroLow++;
  }
  return { units, control, outside, asciiPairs, zeroLow };
}

/**
 * "le" or "be" when bytes without a byte-order mark read as UTF-32: a whole number of 4-byte
 * units, every one a code point (so three zero bytes beside each ASCII character, always on
 * the same side), at least two of them, and the text reads as text (readsAsText). Tested
 * before UTF-16: UTF-32 taken as UTF-16 holds U+0000 and would be refused as binary.
 */
export function utf32WithoutBom(bytes: Uint8Array): "le" | "be" | null {
  if (bytes.length < 8) return null;
  for (const be of [false, true]) if (utf32Units(bytes, be) && readsAsText(utf32Text(bytes.subarray(0, 65536), be))) return be ? "be" : "le";
  return null;
}

/** How many UTF-16 code units of a sample have a zero high byte in each byte order. */
function zeroSides(bytes: Uint8Array): { units: number; zeroHighLe: number; zeroHighBe: number } {
  const n = Math.min(bytes.length, 65536) & ~1;
  let zeroHighLe = 0;
  let zeroHighBe = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i + 1] === 0) zeroHighLe++;
    if (bytes[i] === 0) zeroHighBe++;
  }
  return { units: n / 2, zeroHighLe, zeroHighBe };
}

/**
 * Whether bytes are 8-bit text with NUL bytes strewn in (a damaged or padded file), rather
 * than UTF-16: without the NULs they are valid UTF-8 with next to no control characters.
 * UTF-16 text in a script other than Latin fails this: its high bytes are control bytes
 * (0x04 for Cyrillic, 0x03 for Greek) or bytes that are not UTF-8 (CJK). Latin-script UTF-16
 * (ASCII with NULs between) is told apart before this test, by its NULs in every other byte.
 */
function eightBitWithNuls(bytes: Uint8Array): boolean {
  const sample = Buffer.from(bytes.subarray(0, 65536)).filter((b) => b !== 0);
  // tabs count here: Devanagari in UTF-16 (U+0900–U+097F) has 0x09 for every high byte
  let control = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x0a && b !== 0x0d) control++;
  return control <= sample.length * 0.01 && Buffer.from(sample).toString("utf8").indexOf("\ufffd") < 0;
}

export interface Utf16Guess {
  order: "le" | "be";
  /** Latin-script text: a NUL in (nearly) every other byte. */
  latin: boolean;
}

/**
 * How bytes without a byte-order mark read as UTF-16, or null when they do not. Two kinds:
 * - Latin-script text: in a sample of the first 64 KB, most code units (60%) have a zero high
 *   byte, on the same side, and almost none (2%) a zero low byte; the byte order is the side
 *   of the zeros.
 * - Text in another script (Cyrillic, Greek, Arabic, CJK...): its spaces, digits, punctuation
 *   and line breaks are ASCII, so code units with a zero byte are at least 5% of them. Which
 *   side the zeros are on does not tell the byte order (in CJK as many can be low bytes: 一 is
 *   U+4E00, 开 U+5F00): the order is the one whose text reads as text with fewer code units
 *   outside the blocks of text (the wrong order scatters them). 8-bit text with NULs strewn
 *   in is not UTF-16 (eightBitWithNuls).
 * Either way the file must then read as text (readsAsText: nothing anywhere that is never
 * text, and the statistics of text in its first 32K code units). Binaries with NUL bytes
 * (images, archives, random bytes, tables of 16-bit numbers, UTF-32) fail one test or another.
 * Not recognised: CJK without a byte-order mark with next to no ASCII and no 一 in it, and a few
 * words of kana whose bytes are all ASCII ("ぁ" is 41 30): as bytes, ASCII with NULs in it.
 */
export function utf16Guess(bytes: Uint8Array): Utf16Guess | null {
  const { units, zeroHighLe, zeroHighBe } = zeroSides(bytes);
  if (units < 2) return null;
  const more = Math.max(zeroHighLe, zeroHighBe);
  const fewer = Math.min(zeroHighLe, zeroHighBe);
  if (more >= units * 0.6 && fewer <= units * 0.02) {
    const order = zeroHighLe > zeroHighBe ? "le" : "be";
    return readsAsText(utf16Text(bytes, order === "be")) ? { order, latin: true } : null;
  }
  if (more + fewer < units * 0.05 || eightBitWithNuls(bytes)) return null;
  // the byte order whose sample reads as text with fewer units outside the blocks of text;
  // then the whole file in that order must read as text
  const sample = bytes.subarray(0, 65536);
  const readings = (["le", "be"] as const)
    .map((order) => ({ order, text: utf16Text(sample, order === "be") }))
    .filter((r) => readsAsText(r.text))
    .sort((a, b) => textStatistics(a.text).outside - textStatistics(b.text).outside);
  if (!readings.length) return null;
  const order = readings[0].order;
  return bytes.length <= sample.length || readsAsText(utf16Text(bytes, order === "be")) ? { order, latin: false } : null;
}

/** "le" or "be" when bytes without a byte-order mark read as UTF-16 text (see utf16Guess). */
export function utf16WithoutBom(bytes: Uint8Array): "le" | "be" | null {
  return utf16Guess(bytes)?.order ?? null;
}
