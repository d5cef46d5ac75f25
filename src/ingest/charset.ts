// Legacy 8-bit and multibyte encodings: the charset an HTML page declares (the WHATWG prescan
// of its first 1024 bytes), the encoding bytes are in when nothing declares it (chardet), and
// decoding by encoding name. Functions over bytes; read.ts decides what to do.
import { createRequire } from "node:module";

/** Windows-1252 characters of bytes 0x80–0x9F (WHATWG index); 0 marks the five bytes it leaves undefined. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decodes bytes as Windows-1252 (a superset of Latin-1's printable characters: curly quotes,
 * dashes and € at 0x80–0x9F). Node's own TextDecoder("windows-1252") reads those bytes as
 * Latin-1 C1 controls since Node 20.18.3 (nodejs/node#60888), hence the table. One character
 * per byte, so offsets in the text are byte offsets in the file.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return /[\x80-\x9f]/.test(text) ? text.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] || c.charCodeAt(0))) : text;
}

/**
 * The encoding a label names, by its WHATWG name ("latin1" → "windows-1252", "sjis" →
 * "shift_jis"), or null when Node's TextDecoder does not know it.
 */
export function encodingOf(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes bytes in a legacy encoding named by its WHATWG name. Windows-1252 (which the labels
 * iso-8859-1, latin1 and us-ascii also name) goes through decodeWindows1252, past Node's bug.
 */
export function decodeLegacy(bytes: Uint8Array, encoding: string): string {
  return encoding === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/** A charset an HTML page declares in a <meta> tag of its first 1024 bytes. */
export interface DeclaredCharset {
  /** The label as written (lower case), e.g. "windows-1251", "sjis", "foo". */
  label: string;
  /** Its WHATWG encoding name, or null when the label is not one TextDecoder knows. */
  encoding: string | null;
  /** Byte offset of the <meta> tag. */
  at: number;
}

const SPACE = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/**
 * The charset a page declares: the WHATWG "prescan a byte stream to determine its encoding"
 * over the first 1024 bytes, which browsers run before parsing. It walks the markup (skipping
 * comments and other tags with their attributes, so a "<meta" inside a comment or a quoted
 * attribute value is not taken) to the first <meta charset="..."> or <meta http-equiv=
 * "Content-Type" content="...; charset=...">. A label that names no encoding is passed over,
 * as browsers do, but returned (encoding null) when no later <meta> declares one, so that the
 * reader can say so. A declared UTF-16 is taken as UTF-8 (bytes a prescan can read are not
 * UTF-16), and x-user-defined as windows-1252, as the standard says.
 */
export function declaredCharset(bytes: Uint8Array): DeclaredCharset | null {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString("latin1");
  let unknown: DeclaredCharset | null = null;
  for (let i = 0; i < s.length; ) {
    if (s.startsWith("<!--", i)) {
      const end = s.indexOf("-->", i + 2);
      i = end < 0 ? s.length : end + 3;
    } else if (/^<meta[\t\n\f\r /]/i.test(s.slice(i, i + 6))) {
      const at = i;
      const tag = metaCharset(s, i + 5);
      i = tag.next;
      if (tag.label === null) continue;
      const encoding = declaredEncoding(tag.label);
      if (encoding) return { label: tag.label, encoding, at };
      unknown ??= { label: tag.label, encoding: null, at };
    } else if (/^<\/?[a-z]/i.test(s.slice(i, i + 3))) {
      // another tag: past its name, then its attributes (a ">" in a quoted value is not its end)
      i += s[i + 1] === "/" ? 2 : 1;
      while (i < s.length && !SPACE.has(s.charCodeAt(i)) && s[i] !== ">") i++;
      for (let a = attribute(s, i); a; a = attribute(s, i)) i = a.next;
      i++;
    } else if (s.startsWith("<!", i) || s.startsWith("</", i) || s.startsWith("<?", i)) {
      const end = s.indexOf(">", i);
      i = end < 0 ? s.length : end + 1;
    } else i++;
  }
  return unknown;
}

/** WHATWG's amendments to a label found by the prescan. */
function declaredEncoding(label: string): string | null {
  if (label.trim().toLowerCase() === "x-user-defined") return "windows-1252";
  const encoding = encodingOf(label);
  return encoding === "utf-16le" || encoding === "utf-16be" ? "utf-8" : encoding;
}

/**
 * The charset label of a <meta> tag whose attributes start at `i` (WHATWG: charset=, or
 * http-equiv=content-type with a content= that holds "charset="; the first of each attribute
 * counts), and the position after the tag.
 */
function metaCharset(s: string, i: number): { label: string | null; next: number } {
  const seen = new Set<string>();
  let pragma = false;
  let fromContent: string | null = null;
  let charset: string | null = null;
  for (let a = attribute(s, i); a; a = attribute(s, i)) {
    i = a.next;
    if (seen.has(a.name)) continue;
    seen.add(a.name);
    if (a.name === "http-equiv") pragma ||= a.value === "content-type";
    else if (a.name === "content") fromContent ??= charsetInContent(a.value);
    else if (a.name === "charset") charset = a.value;
  }
  const label = charset ?? (pragma ? fromContent : null);
  return { label: label === null || label.trim() === "" ? null : label, next: i + 1 };
}

/**
 * WHATWG "get an attribute": the next attribute of a tag from position `i` (name and value in
 * lower case, the value unquoted), and the position after it; null at the tag's ">" or the end.
 */
function attribute(s: string, i: number): { name: string; value: string; next: number } | null {
  while (i < s.length && (SPACE.has(s.charCodeAt(i)) || s[i] === "/")) i++;
  if (i >= s.length || s[i] === ">") return null;
  let name = "";
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === "=" && name) break;
    if (SPACE.has(s.charCodeAt(i))) {
      while (i < s.length && SPACE.has(s.charCodeAt(i))) i++;
      if (s[i] !== "=") return { name, value: "", next: i };
      break;
    }
    if (c === "/" || c === ">") return { name, value: "", next: i };
    name += c.toLowerCase();
  }
  if (i >= s.length) return null;
  i++; // the "="
  while (i < s.length && SPACE.has(s.charCodeAt(i))) i++;
  const quote = s[i];
  if (quote === '"' || quote === "'") {
    const end = s.indexOf(quote, i + 1);
    if (end < 0) return null;
    return { name, value: s.slice(i + 1, end).toLowerCase(), next: end + 1 };
  }
  if (s[i] === ">") return { name, value: "", next: i };
  let end = i;
  while (end < s.length && !SPACE.has(s.charCodeAt(end)) && s[end] !== ">") end++;
  return { name, value: s.slice(i, end).toLowerCase(), next: end };
}

/** WHATWG "extract a character encoding from a meta element": the charset= of a content value. */
function charsetInContent(content: string): string | null {
  for (let i = content.indexOf("charset"); i >= 0; i = content.indexOf("charset", i)) {
    i += 7;
    let j = i;
    while (j < content.length && SPACE.has(content.charCodeAt(j))) j++;
    if (content[j] !== "=") continue;
    j++;
    while (j < content.length && SPACE.has(content.charCodeAt(j))) j++;
    const quote = content[j];
    if (quote === '"' || quote === "'") {
      const end = content.indexOf(quote, j + 1);
      return end < 0 ? null : content.slice(j + 1, end);
    }
    const m = /^[^\t\n\f\r ;]+/.exec(content.slice(j));
    return m ? m[0] : null;
  }
  return null;
}

// chardet (byte statistics of the ICU detectors: byte ranges of the multibyte encodings,
// letter trigrams of the languages each 8-bit encoding serves) loaded only for bytes that are
// not UTF-8 (start-up time)
let chardetLib: typeof import("chardet") | undefined;
const chardet = () => (chardetLib ??= createRequire(import.meta.url)("chardet") as typeof import("chardet"));

/** chardet's names for Windows-1252 and Latin-1: the reader keeps its own way with those. */
const LATIN1 = new Set(["ISO-8859-1", "windows-1252"]);

/**
 * The encoding of bytes that are not UTF-8, by its WHATWG name, when chardet names one with
 * confidence and it is not Windows-1252 or Latin-1 (those the reader decodes itself):
 * - its best guess scores at least 20 of 100, 10 more than the next guess and 15 more than its
 *   Windows-1252 or Latin-1 reading. chardet's scores for text in the right encoding run from
 *   25 (a Serbian paragraph in windows-1251) to 100 (Japanese), well clear of the next;
 *   Western text in Windows-1252 scores highest as Windows-1252 or Latin-1; Czech in
 *   windows-1250 scores about twice its Windows-1252 reading (37 to 19). A near tie (a short
 *   line whose few accents fit windows-1250 as well as Windows-1252; Thai, which chardet
 *   scores alike as EUC-JP and EUC-KR) leaves the bytes to the reader's fallbacks;
 * - and the sample decodes in it with U+FFFD for at most 1 character in 200 (a wrong
 *   multibyte guess leaves many bytes it cannot read).
 * Short CJK (ten characters or fewer) scores too low to be named.
 */
export function detectEncoding(sample: Uint8Array): string | null {
  const matches = chardet().analyse(sample);
  const [best, next] = matches;
  if (!best || LATIN1.has(best.name)) return null;
  const latin1 = Math.max(0, ...matches.filter((m) => LATIN1.has(m.name)).map((m) => m.confidence));
  if (best.confidence < 20 || best.confidence < (next?.confidence ?? 0) + 10 || best.confidence < latin1 + 15) return null;
  const encoding = encodingOf(best.name);
  // UTF-8 (bytes with a few errors), UTF-16/32 and the 7-bit ISO-2022 forms are not for this
  if (!encoding || /^(?:utf-|iso-2022|windows-1252$)/.test(encoding)) return null;
  const text = new TextDecoder(encoding).decode(sample);
  let replaced = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) replaced++;
  return replaced * 200 <= text.length ? encoding : null;
}
