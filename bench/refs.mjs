#!/usr/bin/env node
// Reference speeds on the same text as a benchmark case (used by bench/run.mjs):
//  - natural's WordTokenizer alone (loaded by path: the top-level "natural" is slow to load
//    and prints dotenv notices);
//  - Microsoft Recognizers-Text's English number and percentage models. They are slow, so
//    they read the sources in order until a time budget is spent, and their throughput is
//    measured on that part of the same text.
//   node bench/refs.mjs DIR [--budget-ms 20000]
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const dir = process.argv[2];
const bAt = process.argv.indexOf("--budget-ms");
const budget = bAt >= 0 ? Number(process.argv[bAt + 1]) : 20000;
const texts = readdirSync(dir)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => readFileSync(join(dir, f), "utf8"));
const total = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

// natural: median of three passes over all the text
const { WordTokenizer } = require("natural/lib/natural/tokenizers/regexp_tokenizer.js");
const tokenizer = new WordTokenizer();
const passes = [];
let tokens = 0;
for (let k = 0; k < 3; k++) {
  const a = performance.now();
  tokens = 0;
  for (const t of texts) tokens += tokenizer.tokenize(t).length;
  passes.push(performance.now() - a);
}
passes.sort((x, y) => x - y);
const naturalMs = passes[1];

// Recognizers-Text: number and percentage models, English
const R = require("@microsoft/recognizers-text-number");
const rec = new R.NumberRecognizer(R.Culture.English);
const numberModel = rec.getNumberModel();
const percentModel = rec.getPercentageModel();
let msBytes = 0;
let found = 0;
const a = performance.now();
outer: for (const t of texts) {
  // a large single source is read in slices of paragraphs so the budget can stop it
  const pieces = t.length > 200_000 ? t.split(/\n\n/) : [t];
  for (const p of pieces) {
    found += numberModel.parse(p).length + percentModel.parse(p).length;
    msBytes += Buffer.byteLength(p) + (pieces.length > 1 ? 2 : 0);
    if (performance.now() - a > budget) break outer;
  }
}
const recognizersMs = performance.now() - a;
console.log(
  JSON.stringify({
    natural: { bytes: total, ms: naturalMs, mbPerS: total / 1e6 / (naturalMs / 1000), tokens },
    recognizers: { bytes: msBytes, ms: recognizersMs, mbPerS: msBytes / 1e6 / (recognizersMs / 1000), found, share: msBytes / total },
  }),
);
