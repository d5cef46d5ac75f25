#!/usr/bin/env node
// One timed run of the full pipeline on a folder, in a fresh process (used by bench/run.mjs):
// read the files, check them (with the library's stage timing hook) and render the JSON report.
//   node bench/case.mjs DIR [--jobs N]
// Prints one JSON line: wall time, per-stage times, bytes, words, peak RSS, findings.
import { performance } from "node:perf_hooks";
import { resolve, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { countWords } from "./generate.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const dir = args[0];
const jobsAt = args.indexOf("--jobs");
const jobs = jobsAt >= 0 ? Number(args[jobsAt + 1]) : undefined;
const lib = await import(join(root, "dist/index.js"));
const { readInputs } = await import(join(root, "dist/ingest/read.js"));

const stages = { ingest: 0, extract: 0, normalize: 0, align: 0, compare: 0, report: 0 };
const t0 = performance.now();
const { inputs } = readInputs([dir]);
const tRead = performance.now();
stages.ingest += tRead - t0;
const report = await lib.check(inputs, { jobs, onStage: (s, ms) => (stages[s] += ms) });
const t1 = performance.now();
const json = lib.renderReport("json", report, [], { color: false, minSeverity: "minor" });
const t2 = performance.now();
stages.report = t2 - t1;
let bytes = 0;
let words = 0;
for (const i of inputs) {
  bytes += Buffer.byteLength(i.text);
  words += countWords(i.text);
}
const cpu = process.cpuUsage();
console.log(
  JSON.stringify({
    wallMs: t2 - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    stages,
    sources: inputs.length,
    bytes,
    words,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    findings: report.findings.length,
    reportBytes: json.length,
  }),
);
