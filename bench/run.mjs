#!/usr/bin/env node
// Speed and scale benchmark (issue 8): npm run bench [-- --quick] [-- --reps N] [-- --large-mb N]
//
// Inputs come from bench/generate.mjs (seeded, so every run reads the same text): the seeds,
// one story told by 10, 100 and 1,000 sources of about 500 words, and a single 50 MB source.
// Each case runs in a fresh process (bench/case.mjs) and reports wall time, throughput,
// peak RSS and the time per stage; the 1,000-source text is also timed with two reference
// tools (bench/refs.mjs). Start-up is `factdiff check seeds/ --format json` as a new process
// against `node -e 0`. Prints a table and writes bench/results.json.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { story, archive } from "./generate.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const quick = argv.includes("--quick");
const reps = opt("reps", quick ? 1 : 3);
const largeMB = opt("large-mb", quick ? 0 : 50);
const startupRuns = opt("startup-runs", quick ? 5 : 15);
const budgetMs = opt("budget-ms", quick ? 5000 : 20000);

const TARGETS = {
  startupRatio: 4,
  mbPerS: 5,
  naturalShare: 0.2,
  scaling: 1.15,
  rss1000MB: 500,
  rssLargeMB: 1024,
};

// ---------------------------------------------------------------- inputs
const genHash = createHash("sha1").update(readFileSync(join(root, "bench/generate.mjs"))).digest("hex").slice(0, 10);
const dataDir = join(tmpdir(), `factdiff-bench-${genHash}`);
function prepare(name, make) {
  const dir = join(dataDir, name);
  if (existsSync(join(dir, ".done"))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of make()) writeFileSync(join(dir, f.path), f.text);
  writeFileSync(join(dir, ".done"), "");
  return dir;
}
const cases = [
  { name: "seeds", dir: join(root, "seeds") },
  { name: "story-10", dir: prepare("story-10", () => story(10, 1)) },
  { name: "story-100", dir: prepare("story-100", () => story(100, 1)) },
  { name: "story-1000", dir: prepare("story-1000", () => story(1000, 1)) },
];
if (largeMB > 0) cases.push({ name: `single-${largeMB}MB`, dir: prepare(`single-${largeMB}MB`, () => [{ path: "archive.txt", text: archive(largeMB * 1e6) }]), reps: 1, timeoutMs: opt("large-timeout-min", 20) * 60000 });

// ---------------------------------------------------------------- runs
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
function runCase(c) {
  const runs = [];
  for (let k = 0; k < (c.reps ?? reps); k++) {
    let out;
    try {
      out = execFileSync(process.execPath, [join(root, "bench/case.mjs"), c.dir], { encoding: "utf8", maxBuffer: 1 << 26, timeout: c.timeoutMs, stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      // a case that runs out of time or memory is reported as such, and the run goes on
      const why = e.signal === "SIGTERM" ? `did not finish in ${(c.timeoutMs / 60000).toFixed(0)} min` : String(e.stderr ?? e.message).trim().split("\n").slice(-3).join(" ");
      return { error: why, sources: NaN, bytes: NaN, words: NaN, wallMs: NaN, mbPerS: NaN, wordsPerS: NaN, maxRssMB: NaN, stages: {}, findings: NaN };
    }
    runs.push(JSON.parse(out.trim().split("\n").pop()));
  }
  runs.sort((a, b) => a.wallMs - b.wallMs);
  const r = runs[(runs.length - 1) >> 1];
  return { ...r, runsWallMs: runs.map((x) => +x.wallMs.toFixed(1)), mbPerS: r.bytes / 1e6 / (r.wallMs / 1000), wordsPerS: r.words / (r.wallMs / 1000), maxRssMB: Math.max(...runs.map((x) => x.maxRssMB)) };
}

function startup() {
  // factdiff as a user starts it (`factdiff`, `npx factdiff`): the launcher itself, run through
  // its first line, against `node -e 0`
  const exe = process.platform === "win32" ? [process.execPath] : [];
  const time = (args) => {
    const a = performance.now();
    const [cmd, ...rest] = args[0] === "-e" ? [process.execPath, ...args] : exe.length ? [...exe, ...args] : args;
    const r = spawnSync(cmd, rest, { cwd: root, encoding: "utf8" });
    const ms = performance.now() - a;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    return ms;
  };
  const base = [];
  const fd = [];
  time(["-e", "0"]);
  time([join(root, "bin/factdiff.js"), "check", "seeds/", "--format", "json"]);
  for (let k = 0; k < startupRuns; k++) {
    base.push(time(["-e", "0"]));
    fd.push(time([join(root, "bin/factdiff.js"), "check", "seeds/", "--format", "json"]));
  }
  return { nodeMs: median(base), factdiffMs: median(fd), ratio: median(fd) / median(base), nodeRunsMs: base.map((x) => +x.toFixed(1)), factdiffRunsMs: fd.map((x) => +x.toFixed(1)) };
}

const load0 = loadavg();
console.error(`factdiff bench: ${cpus().length} cores, node ${process.version}, load ${load0.map((x) => x.toFixed(2)).join(" ")}; inputs in ${dataDir}`);
const results = {};
const runOne = (c) => {
  process.stderr.write(`  ${c.name} ...`);
  results[c.name] = runCase(c);
  process.stderr.write(results[c.name].error ? ` ${results[c.name].error}\n` : ` ${results[c.name].wallMs.toFixed(0)} ms\n`);
};
for (const c of cases.slice(0, 4)) runOne(c);
process.stderr.write("  references on story-1000 ...");
const refs = JSON.parse(execFileSync(process.execPath, [join(root, "bench/refs.mjs"), cases[3].dir, "--budget-ms", String(budgetMs)], { encoding: "utf8", maxBuffer: 1 << 26 }).trim().split("\n").pop());
process.stderr.write(" done\n  start-up ...");
const start = startup();
process.stderr.write(" done\n");
// the large source last: it takes longest, and may run out of time
for (const c of cases.slice(4)) runOne(c);
const load1 = loadavg();

// ---------------------------------------------------------------- table
const s100 = results["story-100"];
const s1000 = results["story-1000"];
const exponent = Math.log(s1000.wallMs / s100.wallMs) / Math.log(s1000.sources / s100.sources);
const large = largeMB > 0 ? results[`single-${largeMB}MB`] : undefined;
const pad = (x, n) => String(x).padStart(n);
const lines = [];
lines.push(`${"case".padEnd(14)}${pad("sources", 8)}${pad("MB", 8)}${pad("wall ms", 10)}${pad("MB/s", 8)}${pad("words/s", 11)}${pad("RSS MB", 8)}  ${["ingest", "extract", "normalize", "align", "compare", "report"].map((s) => pad(s, 9)).join("")}  findings`);
for (const [name, r] of Object.entries(results))
  if (r.error) lines.push(`${name.padEnd(14)}  ${r.error}`);
  else lines.push(
    `${name.padEnd(14)}${pad(r.sources, 8)}${pad((r.bytes / 1e6).toFixed(2), 8)}${pad(r.wallMs.toFixed(0), 10)}${pad(r.mbPerS.toFixed(2), 8)}${pad(Math.round(r.wordsPerS).toLocaleString("en-US"), 11)}${pad(r.maxRssMB.toFixed(0), 8)}  ${Object.values(r.stages).map((ms) => pad(ms.toFixed(0), 9)).join("")}  ${r.findings}`,
  );
lines.push("(stage times in ms; extract and normalize are summed over worker threads when extraction runs on several)");
lines.push("");
lines.push(`references on the story-1000 text (${(s1000.bytes / 1e6).toFixed(2)} MB):`);
lines.push(`  natural WordTokenizer alone          ${refs.natural.mbPerS.toFixed(2).padStart(8)} MB/s   factdiff / natural     = ${(s1000.mbPerS / refs.natural.mbPerS).toFixed(3)}`);
lines.push(`  Recognizers-Text number+percentage   ${refs.recognizers.mbPerS.toFixed(3).padStart(8)} MB/s   factdiff / recognizers = ${(s1000.mbPerS / refs.recognizers.mbPerS).toFixed(2)}   (timed on the first ${(refs.recognizers.share * 100).toFixed(0)}% of the text, ${(budgetMs / 1000).toFixed(0)} s budget)`);
lines.push(`start-up: node -e 0 ${start.nodeMs.toFixed(0)} ms, factdiff check seeds/ --format json ${start.factdiffMs.toFixed(0)} ms (medians of ${startupRuns}): ${start.ratio.toFixed(2)}x`);
lines.push(`scaling: wall time exponent from 100 to 1,000 sources ${exponent.toFixed(3)}`);
lines.push(`machine: ${cpus().length} cores, load average ${load0[0].toFixed(2)} at start, ${load1[0].toFixed(2)} at end`);
const targets = [
  { target: "start-up <= 4x node -e 0", value: +start.ratio.toFixed(2), limit: TARGETS.startupRatio, ok: start.ratio <= TARGETS.startupRatio },
  { target: "story-1000 throughput >= 5 MB/s", value: +s1000.mbPerS.toFixed(2), limit: TARGETS.mbPerS, ok: s1000.mbPerS >= TARGETS.mbPerS },
  { target: "story-1000 >= 1/5 of natural's tokenizer", value: +(s1000.mbPerS / refs.natural.mbPerS).toFixed(3), limit: TARGETS.naturalShare, ok: s1000.mbPerS / refs.natural.mbPerS >= TARGETS.naturalShare },
  { target: "scaling exponent 100->1,000 <= 1.15", value: +exponent.toFixed(3), limit: TARGETS.scaling, ok: exponent <= TARGETS.scaling },
  { target: "peak RSS story-1000 < 500 MB", value: +s1000.maxRssMB.toFixed(0), limit: TARGETS.rss1000MB, ok: s1000.maxRssMB < TARGETS.rss1000MB },
];
if (large) targets.push({ target: `peak RSS single ${largeMB} MB source < 1 GB`, value: large.error ? large.error : +large.maxRssMB.toFixed(0), limit: TARGETS.rssLargeMB, ok: !large.error && large.maxRssMB < TARGETS.rssLargeMB });
lines.push("");
for (const t of targets) lines.push(`${t.ok ? "PASS" : "FAIL"}  ${t.target.padEnd(44)} ${t.value}`);
console.log(lines.join("\n"));

const out = {
  date: new Date().toISOString(),
  node: process.version,
  cores: cpus().length,
  loadAverage: { start: load0, end: load1 },
  generator: genHash,
  cases: results,
  references: refs,
  ratios: { natural: s1000.mbPerS / refs.natural.mbPerS, recognizers: s1000.mbPerS / refs.recognizers.mbPerS },
  startup: start,
  scalingExponent: exponent,
  targets,
  table: lines.join("\n"),
};
writeFileSync(join(root, "bench/results.json"), JSON.stringify(out, null, 2) + "\n");
process.exitCode = targets.every((t) => t.ok) ? 0 : 1;
