// Letter classes that compile fast, for the patterns that say "a letter", "a capital", "a
// lower-case letter" (\p{L}, \p{Lu}, \p{Ll}).
//
// V8 compiles a Unicode property class into every pattern that uses it, and \p{L} is some
// 660 ranges (with astral ones, matched as surrogate pairs); case-insensitive, it also
// computes the case closure of all of them. factdiff's patterns hold about 300 such classes:
// compiling them was about 80 ms of the 240 ms a check of three articles takes from a cold
// start, most of it. The classes below hold what news copy is written and named in: every
// letter of the Latin (with IPA, modifier letters such as the ʻokina, and the extended
// blocks), Greek, Cyrillic and Armenian scripts exactly, and their capitals and lower case
// exactly but in three rarely written blocks (below); and the letters of Hebrew, Arabic,
// Devanagari, Thai, Georgian, kana, CJK and Hangul as whole blocks. Letters of other scripts
// are not letters to them. The capital and lower-case classes are longer, but few patterns
// use them. test/text/letters.test.ts checks them against \p{L}, \p{Lu} and \p{Ll}.

// the letters of scripts without case, taken as whole blocks: Hebrew, Arabic, Devanagari,
// Thai, Georgian, kana, CJK, Hangul
const OTHER_SCRIPTS =
  "\\u05d0-\\u05ea\\u0620-\\u064a\\u0671-\\u06d3\\u0904-\\u0939\\u0e01-\\u0e30\\u10a0-\\u10c5\\u10d0-\\u10fa\\u3041-\\u3096\\u309d-\\u309f\\u30a1-\\u30fa\\u30fc-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3";

// the blocks read exactly: Latin (with IPA and modifier letters, Latin Extended-A and
// Additional, and Romanian's letters of Extended-B: "Łódź", "İzmir", "Ștefan", "Vũ"), Greek,
// basic Cyrillic, Armenian
const EXACT_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x017f],
  [0x0218, 0x021b],
  [0x0250, 0x02ff],
  [0x0370, 0x045f],
  [0x0531, 0x058f],
  [0x1e00, 0x1eff],
];
// blocks whose capitals and lower case alternate letter by letter and that news copy seldom
// writes (the rest of Latin Extended-B and of Cyrillic, Greek Extended): letters exactly, and
// each letter both a capital and a lower-case one, which keeps the classes short
const MIXED_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0180, 0x0217],
  [0x021c, 0x024f],
  [0x0460, 0x052f],
  [0x1f00, 0x1fff],
];

/** The ranges, as a class body, of the characters of `blocks` with Unicode property `p` (read once, at load). */
function rangesOf(p: "L" | "Lu" | "Ll", blocks: ReadonlyArray<readonly [number, number]>): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
  let out = "";
  for (const [lo, hi] of blocks) {
    let chars = "";
    for (let c = lo; c <= hi; c++) chars += String.fromCharCode(c);
    // (one scan per block: each run of the property is a range)
    for (const m of chars.matchAll(new RegExp(`\\p{${p}}+`, "gu"))) {
      const from = lo + m.index!;
      const to = from + m[0].length - 1;
      out += from === to ? hex(from) : `${hex(from)}-${hex(to)}`;
    }
  }
  return out;
}

const MIXED_LETTERS = rangesOf("L", MIXED_BLOCKS);
/** The body of a character class (no brackets) for \p{L}. */
export const LETTER = rangesOf("L", EXACT_BLOCKS) + MIXED_LETTERS + OTHER_SCRIPTS;
/** The body of a character class for \p{Lu}. */
export const UPPER = rangesOf("Lu", EXACT_BLOCKS) + MIXED_LETTERS;
/** The body of a character class for \p{Ll}. */
export const LOWER = rangesOf("Ll", EXACT_BLOCKS) + MIXED_LETTERS;

const BODY: Record<string, string> = { L: LETTER, Lu: UPPER, Ll: LOWER };
const PROPERTY = /\\p\{(Lu|Ll|L)\}/;
const compacted = new Map<string, string>();
const MEMO_LIMIT = 4096;

/**
 * `source` (a pattern's text) with each \p{L}, \p{Lu} and \p{Ll} replaced by the classes above:
 * inside a character class by their ranges, outside it by a class of them. Other escapes and
 * properties are left as they are. The pattern must be one that takes the `u` flag.
 */
export function compactLetters(source: string): string {
  if (!PROPERTY.test(source)) return source;
  const hit = compacted.get(source);
  if (hit !== undefined) return hit;
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const m = /^\\p\{(Lu|Ll|L)\}/.exec(source.slice(i, i + 6));
      if (m) {
        const body = BODY[m[1]!]!;
        out += inClass ? body : `[${body}]`;
        i += m[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c;
  }
  // (patterns built around a name or label from the text come and go: keep the memo bounded)
  if (compacted.size >= MEMO_LIMIT) compacted.clear();
  compacted.set(source, out);
  return out;
}

const shared = new Map<string, RegExp>();

/**
 * The pattern `re` with compact letter classes (see compactLetters). A pattern without the
 * `g` or `y` flag keeps no state between matches, so one compiled object serves every call
 * (a literal written inside a function is evaluated on each call); with them, each call
 * gets its own, as a literal would.
 */
export function lre(re: RegExp): RegExp {
  if (re.global || re.sticky) return new RegExp(compactLetters(re.source), re.flags);
  const key = `${re.flags}/${re.source}`;
  let hit = shared.get(key);
  if (!hit) {
    if (shared.size >= MEMO_LIMIT) shared.clear();
    shared.set(key, (hit = new RegExp(compactLetters(re.source), re.flags)));
  }
  return hit;
}
