// Word-level diff of two phrasings with fast-diff: words are mapped to single characters,
// diffed, and mapped back, so changes never split a word.
import fastDiff from "fast-diff";

export type WordOp = { op: -1 | 0 | 1; text: string };

export function wordDiff(a: string, b: string): WordOp[] {
  const vocab = new Map<string, string>();
  const words: string[] = [];
  const encode = (s: string) =>
    (s.match(/\s+|[^\s]+/g) ?? [])
      .map((w) => {
        let c = vocab.get(w);
        if (c === undefined) {
          c = String.fromCharCode(0xe000 + words.length);
          vocab.set(w, c);
          words.push(w);
        }
        return c;
      })
      .join("");
  const ea = encode(a);
  const eb = encode(b);
  return fastDiff(ea, eb).map(([op, chars]) => ({
    op: op as -1 | 0 | 1,
    text: [...chars].map((c) => words[c.charCodeAt(0) - 0xe000]).join(""),
  }));
}
