// Inputs for the robustness fuzzer (bench/fuzz.mjs) and the robustness tests (issue 7):
// article-like text built from the labelled stories, messy mutations of real sources, and
// inputs built to make regular expressions backtrack. Everything is seeded: the same seed
// gives the same text.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// the same seeded generator as the speed benchmark
import { rng } from "./generate.mjs";
export { rng };

let stories;
/** The labelled stories and the seeds: [{ name, sources: [{ path, text }] }]. */
export function corpus() {
  if (stories) return stories;
  stories = [];
  const dir = join(root, "test", "fixtures", "stories");
  if (existsSync(dir))
    for (const name of readdirSync(dir).sort()) {
      const files = readdirSync(join(dir, name)).filter((f) => /\.(txt|md)$/.test(f)).sort();
      if (files.length) stories.push({ name, sources: files.map((f) => ({ path: `${name}/${f}`, text: readFileSync(join(dir, name, f), "utf8") })) });
    }
  const seeds = join(root, "seeds");
  if (existsSync(seeds)) {
    const files = readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort();
    stories.push({ name: "seeds", sources: files.map((f) => ({ path: `seeds/${f}`, text: readFileSync(join(seeds, f), "utf8") })) });
  }
  return stories;
}

const withoutHeader = (t) => t.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "");

/** About `size` characters of article text: the stories one after another, figures shifted per copy. */
export function articleText(size, seed = 1) {
  const r = rng(seed);
  const texts = corpus().flatMap((s) => s.sources.map((x) => withoutHeader(x.text)));
  const parts = ["Archive of stories\n\n"];
  let n = parts[0].length;
  for (let k = 0; n < size; k++) {
    const shift = r.int(0, 9);
    const t = r.pick(texts).replace(/\d+/g, (d) => (d.length > 6 ? d : String(Number(d) + shift)));
    parts.push(t, "\n\n");
    n += t.length + 2;
  }
  return parts.join("").slice(0, size);
}

const WEIRD = [
  "\u00a0", "\u202f", "\u2009", "\t", "\u200b", "\u200d", "\u200e", "\u200f", "\u2028", "\u2029", "\ufeff", "\u0301", "\u0308",
  "\ud83d\ude00", "\ud83c\udff3\ufe0f\u200d\ud83c\udf08", "\ud800", "\udfff", "\u0000", "\u0007", "\u001b[31m", "\r", "\u00ad",
  "\u05d0\u05d1", "\u0627\u0644", "\u4e2d\u6587", "\u00e9", "e\u0301", "\u2014", "\u2013", "\u2026", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u2032",
  "\uff11\uff12", "\u0661\u0662", "\u00bd", "\u2153", "\u00b2", "\u2460",
];
const PUNCT = ["((((((((((", "))))))))))", "[[[[[", "!!!!!!!!", "????", "..........", "…………", ",,,,,,,,", ";;;;;", "::::", "------", "——————", "\"\"\"\"\"", "''''''", "“““““", "”””””", "%%%%", "$$$$", "////", "****", "____"];
const HUGE = () => [
  "9".repeat(400), "1" + "0".repeat(320), "1,000,".repeat(60) + "000", "0." + "0".repeat(300) + "1", "999,999,999,999,999,999 billion", "1e308", "1.7976931348623157e308",
  "10 million billion trillion", "half a billion billion", "$" + "9".repeat(30) + " trillion", "-0", "+5", "0.0000000001 percent", "1/0", "NaN percent", "Infinity people",
];
const NUMBER_WORDS = ["twenty-eight", "half a million", "one and a half billion", "a dozen", "three dozen", "tens of thousands", "hundreds of", "two-thirds of", "a quarter of", "ninety-nine point nine"];
const HEDGES = ["nearly", "more than", "about", "at least", "up to", "just over", "fewer than", "roughly", "some", "as many as"];

/** Replaces the i-th match of `re` in `text` by `f(match)`. */
function replaceNth(text, re, i, f) {
  let k = 0;
  return text.replace(re, (m) => (k++ === i ? f(m) : m));
}
const count = (text, re) => (text.match(re) ?? []).length;
const at = (text, r) => r.int(0, text.length);
const insert = (text, pos, s) => text.slice(0, pos) + s + text.slice(pos);

/** One mutation of an article, chosen by the generator: what an editor's messy file does to text. */
export const MUTATIONS = {
  swapDigits(t, r) {
    const n = count(t, /\d\d/g);
    return n ? replaceNth(t, /\d\d/g, r.int(0, n - 1), (m) => m[1] + m[0]) : t;
  },
  changeDigit(t, r) {
    const n = count(t, /\d/g);
    return n ? replaceNth(t, /\d/g, r.int(0, n - 1), () => String(r.int(0, 9))) : t;
  },
  dropWords(t, r) {
    const words = t.split(/(\s+)/);
    for (let k = 0; k < r.int(1, 20); k++) words[r.int(0, words.length - 1)] = "";
    return words.join("");
  },
  unbalanceQuotes(t, r) {
    const n = count(t, /["“”‘’']/g);
    if (n && r.chance(0.5)) return replaceNth(t, /["“”‘’']/g, r.int(0, n - 1), () => "");
    return insert(t, at(t, r), r.pick(["“", "”", '"', "‘", "«"]));
  },
  hugeNumber(t, r) {
    return insert(t, at(t, r), ` ${r.pick(HEDGES)} ${r.pick(HUGE())} ${r.pick(["people", "percent", "dollars", "miles", ""])} `);
  },
  numberWords(t, r) {
    return insert(t, at(t, r), ` ${r.pick(HEDGES)} ${r.pick(NUMBER_WORDS)} ${r.pick(["residents", "percent", "votes"])}`);
  },
  deepPunctuation(t, r) {
    return insert(t, at(t, r), r.pick(PUNCT).repeat(r.int(1, 200)));
  },
  weirdCharacters(t, r) {
    let s = t;
    for (let k = 0; k < r.int(1, 30); k++) s = insert(s, at(s, r), r.pick(WEIRD));
    return s;
  },
  crlf: (t) => t.replace(/\r?\n/g, "\r\n"),
  bareCr: (t) => t.replace(/\r?\n/g, "\r"),
  bom: (t) => "\ufeff" + t,
  nbsp(t, r) {
    return t.replace(/ /g, () => (r.chance(0.3) ? r.pick(["\u00a0", "\u202f", "\t", "  "]) : " "));
  },
  straightQuotes: (t) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"),
  curlyQuotes: (t) => t.replace(/"(\w)/g, "“$1").replace(/"/g, "”").replace(/'/g, "’"),
  truncate(t, r) {
    return t.slice(0, at(t, r)); // may cut a surrogate pair in two
  },
  duplicateParagraph(t, r) {
    const ps = t.split(/\n\s*\n/);
    const p = r.pick(ps);
    ps.splice(r.int(0, ps.length), 0, p);
    return ps.join("\n\n");
  },
  shuffleParagraphs(t, r) {
    const ps = t.split(/\n\s*\n/);
    for (let i = ps.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [ps[i], ps[j]] = [ps[j], ps[i]];
    }
    return ps.join("\n\n");
  },
  oneLongLine: (t) => t.replace(/\s*\n\s*/g, " ").replace(/[.!?]\s/g, "; "),
  upperCase: (t) => t.toUpperCase(),
  capitalizeWords: (t) => t.replace(/\b[a-z]/g, (c) => c.toUpperCase()),
  frontMatter(t, r) {
    return r.pick([
      `---\npublished: 2019-07-${r.int(1, 31)}\noutlet: Wire\n---\n`,
      "---\ntitle: [unclosed\n---\n",
      "---\npublished: someday\n---\n",
      "---\n---\n",
      "---\n",
      "...\n---\ntitle: x\n...\n",
    ]) + withoutHeader(t);
  },
  backtracking(t, r) {
    return insert(t, at(t, r), adversarial(r.pick(Object.keys(ADVERSARIAL)), r.int(100, 3000)));
  },
  html: (t) => `<p>${t.replace(/\n\n/g, "</p><p>").replace(/&/g, "&amp;")}</p>`,
};

/** Applies 1–4 random mutations to `text`; returns the text and the names applied. */
export function mutate(text, r) {
  const names = Object.keys(MUTATIONS);
  const applied = [];
  let t = text;
  for (let k = 0; k < r.int(1, 4); k++) {
    const name = r.pick(names);
    t = MUTATIONS[name](t, r);
    applied.push(name);
  }
  return { text: t, applied };
}

/** Random text: code points from every plane, lone surrogates, controls and article words. */
export function randomText(r, length) {
  const out = [];
  for (let k = 0; k < length; k++) {
    const kind = r.int(0, 9);
    if (kind < 3) out.push(String.fromCodePoint(r.int(0x20, 0x7e)));
    else if (kind < 5) out.push(r.pick(WEIRD));
    else if (kind < 6) out.push(String.fromCodePoint(r.int(0, 0x10ffff)));
    else if (kind < 7) out.push(String.fromCharCode(r.int(0xd800, 0xdfff)));
    else if (kind < 8) out.push(` ${r.pick(HEDGES)} ${r.int(0, 1e6)} `);
    else out.push(r.pick([" said ", "\n\n", ". ", ", ", " percent ", " in May ", " on Sunday ", " Mayor Ana Ruiz ", "“", "”", " 28% ", " $4.5 million "]));
  }
  return out.join("");
}

/** Inputs built to make regular expressions backtrack, by kind; `n` is the length in characters. */
export const ADVERSARIAL = {
  digits: (n) => "1".repeat(n),
  commas: (n) => ",".repeat(n),
  digitGroups: (n) => "1" + ",000".repeat(Math.ceil(n / 4)),
  spaces: (n) => "a" + " ".repeat(n) + "b",
  quotes: (n) => '"'.repeat(n),
  curlyQuotes: (n) => "“".repeat(n),
  quotedWords: (n) => '“a '.repeat(Math.ceil(n / 3)),
  capitalizedWords: (n) => "Alpha Beta ".repeat(Math.ceil(n / 11)),
  periods: (n) => ".".repeat(n),
  hyphens: (n) => "-".repeat(n),
  moreThan: (n) => "more than ".repeat(Math.ceil(n / 10)) + "5 people",
  longLine: (n) => "the cost rose 5 percent and ".repeat(Math.ceil(n / 28)),
  numbersNoEnd: (n) => "12 ".repeat(Math.ceil(n / 3)),
  atSigns: (n) => "a@".repeat(Math.ceil(n / 2)),
  nonSpaceRun: (n) => "x".repeat(n) + "@",
  dollarSigns: (n) => "$".repeat(n) + "5",
  thousandsOf: (n) => "thousands of ".repeat(Math.ceil(n / 13)),
  fromTo: (n) => "from 5 to 6 ".repeat(Math.ceil(n / 12)),
  saidNames: (n) => "Alpha Beta said ".repeat(Math.ceil(n / 16)),
  frontMatterDashes: (n) => "---\n".repeat(Math.ceil(n / 4)),
  // number forms read around a candidate: decimal commas and lists, dotted thousands,
  // telephone-like digit groups with and without a cue word
  commaDigits: (n) => "1,2".repeat(Math.ceil(n / 3)),
  dottedGroups: (n) => "1" + ".000".repeat(Math.ceil(n / 4)),
  phoneGroups: (n) => "+44 20 7946 ".repeat(Math.ceil(n / 12)),
  digitPairs: (n) => "12 34 ".repeat(Math.ceil(n / 6)),
  cuedGroups: (n) => "call us on 12 34 56 ".repeat(Math.ceil(n / 20)),
};

export function adversarial(kind, n) {
  return ADVERSARIAL[kind](n).slice(0, n);
}
