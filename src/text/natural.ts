// natural's individual modules, loaded by path: the top-level "natural" module takes
// ~0.5 s, pulls in database clients and prints dotenv notices on stdout.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface PorterStemmer {
  stem(word: string): string;
}
let porter: PorterStemmer | undefined;
let jaroWinkler: ((a: string, b: string, dt?: unknown, ignoreCase?: boolean) => number) | undefined;
let levenshtein: ((a: string, b: string) => number) | undefined;

export function stem(word: string): string {
  porter ??= require("natural/lib/natural/stemmers/porter_stemmer.js") as PorterStemmer;
  return porter.stem(word);
}

export function jaroWinklerDistance(a: string, b: string): number {
  jaroWinkler ??= require("natural/lib/natural/distance/jaro-winkler_distance.js");
  return jaroWinkler!(a, b, undefined, true);
}

let metaphone: { process(word: string): [string, string] } | undefined;

/** natural's Double Metaphone codes of a word: "philippa" and "filippa" sound alike (FLP). */
export function soundsOf(word: string): [string, string] {
  if (!metaphone) {
    const DoubleMetaphone = require("natural/lib/natural/phonetics/double_metaphone.js") as new () => { process(word: string): [string, string] };
    metaphone = new DoubleMetaphone();
  }
  return metaphone.process(word);
}

export function levenshteinDistance(a: string, b: string): number {
  levenshtein ??= (require("natural/lib/natural/distance/levenshtein_distance.js") as { LevenshteinDistance: (a: string, b: string) => number }).LevenshteinDistance;
  return levenshtein!(a, b);
}
