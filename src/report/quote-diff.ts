// The inline diff of two renderings of one quotation, for the terminal: the words they share
// in plain text, removed words in red and added words in green (with [-…-] and {+…+} marks, so
// the diff still reads without colour). Case and punctuation are folded before comparing;
// words outside the shared part (a shorter excerpt) are shown as "…".
import type { ChalkInstance } from "chalk";
import { diffWords } from "../align/quotes.js";
import { fold } from "../normalize/person-key.js";
import { lre } from "../text/letters.js";

const NON_WORD_CHARS = lre(/[^\p{L}\p{N}'%]/gu);

const norm = (w: string) => fold(w).replace(/[’']/g, "'").replace(NON_WORD_CHARS, "") || w;

export function quoteDiff(a: string, b: string, chalk: ChalkInstance): string {
  const wa = a.split(/\s+/).filter(Boolean);
  const wb = b.split(/\s+/).filter(Boolean);
  const ops = diffWords(wa.map(norm), wb.map(norm));
  const firstEq = ops.findIndex((o) => o.op === 0);
  let lastEq = -1;
  ops.forEach((o, i) => o.op === 0 && (lastEq = i));
  const out: string[] = [];
  let i = 0;
  let j = 0;
  ops.forEach((o, k) => {
    const inside = firstEq >= 0 && k >= firstEq && k <= lastEq;
    if (o.op === 0) {
      out.push(wa.slice(i, i + o.n).join(" "));
      i += o.n;
      j += o.n;
    } else if (o.op === -1) {
      if (inside) out.push(chalk.red.strikethrough(`[-${wa.slice(i, i + o.n).join(" ")}-]`));
      else if (!out.length || out[out.length - 1] !== "…") out.push("…");
      i += o.n;
    } else {
      if (inside) out.push(chalk.green(`{+${wb.slice(j, j + o.n).join(" ")}+}`));
      else if (!out.length || out[out.length - 1] !== "…") out.push("…");
      j += o.n;
    }
  });
  return out.join(" ");
}
