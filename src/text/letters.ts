// Letter classes that compile fast, for the patterns that say "a letter", "a capital", "a
// lower-case letter" (\p{L}, \p{Lu}, \p{Ll}).
//
// V8 compiles a Unicode property class into every pattern that uses it, and \p{L} is some
// 660 ranges (with astral ones, matched as surrogate pairs); case-insensitive, it also
// computes the case closure of all of them. factdiff's patterns hold about 300 such classes:
// compiling them was about 80 ms of the 240 ms a check of three articles takes from a cold
// start, most of it. The classes below hold what news copy is written and named in: every
// letter of the Latin, Greek and Cyrillic scripts exactly (with IPA, modifier letters such as
// the ʻokina, and the Latin and Greek extended blocks), and the letters of Armenian, Hebrew,
// Arabic, Devanagari, Thai, Georgian, kana, CJK and Hangul as whole blocks. Capitals and
// lower case are exact for ASCII, Latin-1, modern Greek and basic Cyrillic; in the blocks
// where the two alternate letter by letter (Latin Extended-A/B and Additional, Greek
// Extended, the rest of Cyrillic) both classes take the whole block, so "Łukasz" and
// "Šimon" start with a capital (as does a word starting "ł", which English copy does not
// have). Letters of other scripts are not letters to these classes. test/text/letters.test.ts
// checks them against \p{L}, \p{Lu} and \p{Ll}.

const OTHER_SCRIPTS =
  "\\u0531-\\u0556\\u0561-\\u0587\\u05d0-\\u05ea\\u0620-\\u064a\\u0671-\\u06d3\\u0904-\\u0939\\u0e01-\\u0e30\\u10a0-\\u10c5\\u10d0-\\u10fa\\u3041-\\u3096\\u309d-\\u309f\\u30a1-\\u30fa\\u30fc-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3";

// the letters of Greek Extended (its capitals and lower case alternate)
const GREEK_EXTENDED =
  "\\u1f00-\\u1f15\\u1f18-\\u1f1d\\u1f20-\\u1f45\\u1f48-\\u1f4d\\u1f50-\\u1f57\\u1f59\\u1f5b\\u1f5d\\u1f5f-\\u1f7d\\u1f80-\\u1fb4\\u1fb6-\\u1fbc\\u1fbe\\u1fc2-\\u1fc4\\u1fc6-\\u1fcc\\u1fd0-\\u1fd3\\u1fd6-\\u1fdb\\u1fe0-\\u1fec\\u1ff2-\\u1ff4\\u1ff6-\\u1ffc";

/** The body of a character class (no brackets) for \p{L}. */
export const LETTER =
  "\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee" +
  "\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u048a-\\u052f" +
  "\\u1e00-\\u1eff" +
  GREEK_EXTENDED +
  OTHER_SCRIPTS;

/** The body of a character class for \p{Lu}. */
export const UPPER =
  "\\u0041-\\u005a\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100-\\u024f\\u0386\\u0388-\\u038a\\u038c\\u038e\\u038f\\u0391-\\u03a1\\u03a3-\\u03ab\\u0400-\\u042f\\u0460-\\u0481\\u048a-\\u052f\\u0531-\\u0556\\u1e00-\\u1eff" + GREEK_EXTENDED;

/** The body of a character class for \p{Ll}. */
export const LOWER =
  "\\u0061-\\u007a\\u00b5\\u00df-\\u00f6\\u00f8-\\u00ff\\u0100-\\u024f\\u0250-\\u0293\\u0296-\\u02af\\u0390\\u03ac-\\u03ce\\u0430-\\u045f\\u0460-\\u0481\\u048a-\\u052f\\u0561-\\u0587\\u1e00-\\u1eff" + GREEK_EXTENDED;

const BODY: Record<string, string> = { L: LETTER, Lu: UPPER, Ll: LOWER };
const PROPERTY = /\\p\{(Lu|Ll|L)\}/;
const compacted = new Map<string, string>();

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
  if (!hit) shared.set(key, (hit = new RegExp(compactLetters(re.source), re.flags)));
  return hit;
}
