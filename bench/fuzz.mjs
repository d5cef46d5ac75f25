#!/usr/bin/env node
// Robustness fuzzer (issue 7): npm run fuzz [-- --seconds N] [-- --count N] [-- --seed S]
//   [-- --timeout-ms N] [-- --large-mb N] [-- --many N] [-- --quiet]
//
// Feeds random and mutated articles (the labelled stories and the seeds with digits swapped,
// words dropped, quotes unbalanced, huge numbers, deep punctuation, stray Unicode, CRLF, a
// BOM, broken headers, inputs that make regexes backtrack…; see bench/fuzz-inputs.mjs) to the
// built library, and fails on any crash, any case slower than the time bound (a hang), any
// span that is not `text === fileText.slice(start, end)`, or a report that does not round-trip
// as JSON with finite numbers. Cases run on a worker thread, so a hang is caught and the
// worker stopped. Failing inputs are written to test-output/fuzz/ for replay.
//
// --large-mb N checks one N MB article-like source through the CLI, and --many N that many
// small sources, each with its peak memory (must stay under 1 GB). The full issue-7 sizes:
//   npm run fuzz -- --count 0 --large-mb 50 --many 5000
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { articleText, corpus, mutate, randomText, rng, adversarial, ADVERSARIAL } from "./fuzz-inputs.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The inputs of case `i` of a run with `seed`: one to four sources, and how they were made. */
export function makeCase(seed, i) {
  const r = rng((seed * 1000003 + i * 7919) >>> 0);
  const stories = corpus();
  const kind = r.next();
  const inputs = [];
  let how;
  if (kind < 0.6) {
    const story = r.pick(stories);
    const n = r.int(1, Math.min(4, story.sources.length));
    const picked = [...story.sources].sort(() => r.next() - 0.5).slice(0, n);
    const applied = [];
    for (const s of picked) {
      if (r.chance(0.8)) {
        const m = mutate(s.text, r);
        inputs.push({ path: s.path, text: m.text });
        applied.push(`${s.path}: ${m.applied.join("+")}`);
      } else inputs.push({ path: s.path, text: s.text });
    }
    how = `story ${story.name}; ${applied.join("; ") || "unchanged"}`;
  } else if (kind < 0.75) {
    inputs.push({ path: "random.txt", text: randomText(r, r.int(0, 3000)) });
    if (r.chance(0.5)) inputs.push({ path: "seed.txt", text: r.pick(r.pick(stories).sources).text });
    how = "random text";
  } else if (kind < 0.85) {
    const adv = r.pick(Object.keys(ADVERSARIAL));
    const base = articleText(r.int(500, 4000), r.int(1, 1000));
    const pos = r.int(0, base.length);
    inputs.push({ path: "article.txt", text: base.slice(0, pos) + adversarial(adv, r.int(100, 6000)) + base.slice(pos) });
    inputs.push({ path: "other.txt", text: articleText(r.int(300, 2000), r.int(1, 1000)) });
    how = `article with ${adv}`;
  } else {
    let t = r.pick(r.pick(stories).sources).text;
    const applied = [];
    for (let k = 0; k < r.int(2, 6); k++) {
      const m = mutate(t, r);
      t = m.text;
      applied.push(...m.applied);
    }
    inputs.push({ path: "mangled.txt", text: t });
    inputs.push({ path: "copy.txt", text: t });
    how = `one source mangled (${applied.join("+")}) and its copy`;
    return { seed, i, how, inputs, copy: true };
  }
  return { seed, i, how, inputs };
}

const SEVERITIES = new Set(["critical", "major", "minor", "info"]);

/** Every problem with one case's results: spans, report shape, numbers. */
function validate(inputs, extracted, report) {
  const problems = [];
  const bySource = new Map(extracted.map((e) => [e.source.path, e.source]));
  const fileText = (path) => {
    const s = bySource.get(path);
    return s?.origin?.text ?? s?.text;
  };
  const badSpan = (what, span, text) => {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return `${what}: span [${start}, ${end}) outside a text of ${text.length}`;
    if (text.slice(start, end) !== span.text) return `${what}: text ${JSON.stringify(span.text)} is not the slice ${JSON.stringify(text.slice(start, end))} at [${start}, ${end})`;
    return null;
  };
  // every span the extractors produced (anything with numeric start/end and a text), in the extracted text
  for (const e of extracted) {
    const text = e.source.text;
    const seen = new Set();
    const walk = (v, path) => {
      if (!v || typeof v !== "object" || seen.has(v)) return;
      seen.add(v);
      if (v instanceof Map) return;
      if (typeof v.start === "number" && typeof v.end === "number" && typeof v.text === "string") {
        const p = badSpan(`${e.source.path} ${path}`, v, text);
        if (p) problems.push(p);
      }
      for (const [k, x] of Object.entries(v)) if (k !== "source" && k !== "lower") walk(x, `${path}.${k}`);
    };
    for (const k of ["times", "claims", "entities", "quotes", "events"]) walk(e[k], k);
  }
  // the report: spans into the files as read, known kinds and severities, finite numbers
  let json;
  try {
    json = JSON.parse(JSON.stringify(report));
  } catch (err) {
    problems.push(`report does not serialise: ${err.message}`);
    return problems;
  }
  const counts = { critical: 0, major: 0, minor: 0, info: 0 };
  for (const f of json.findings) {
    if (!SEVERITIES.has(f.severity)) problems.push(`${f.id}: severity ${f.severity}`);
    else counts[f.severity]++;
    if (!f.claims?.length) problems.push(`${f.id}: no claims`);
    for (const c of f.claims ?? []) {
      const text = fileText(c.source);
      if (text === undefined) problems.push(`${f.id}: claim in unknown source ${c.source}`);
      else {
        const p = badSpan(`${f.id} (${f.kind})`, c, text);
        if (p) problems.push(p);
      }
    }
  }
  const finite = (v, path) => {
    if (typeof v === "number" && !Number.isFinite(v)) problems.push(`${path}: ${v}`);
    if (v === null && /\.(low|high|value)(\.\d+)?$/.test(path)) problems.push(`${path}: null (a number that did not survive JSON)`);
    if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) finite(x, `${path}.${k}`);
  };
  for (const f of json.findings) for (const c of f.claims ?? []) finite(c.normalized, `${f.id}.normalized`);
  for (const s of Object.keys(counts)) if (json.summary?.[s] !== counts[s]) problems.push(`summary.${s} is ${json.summary?.[s]}, counted ${counts[s]}`);
  if (new Set(json.findings.map((f) => f.id)).size !== json.findings.length) problems.push("finding ids repeat");
  return problems;
}

async function work() {
  const { checkSync, extractAll } = await import("../dist/pipeline.js");
  const { IngestError } = await import("../dist/ingest/index.js");
  const { loadRules } = await import("../dist/rules/load.js");
  const rules = loadRules();
  const { seed, from, count } = workerData;
  for (let i = from; i < from + count; i++) {
    const c = makeCase(seed, i);
    parentPort.postMessage({ type: "start", i, how: c.how });
    const t0 = performance.now();
    let problems = [];
    let rejected = false;
    try {
      const { extracted } = extractAll(c.inputs, { loadedRules: rules });
      const report = checkSync(c.inputs, { loadedRules: rules });
      problems = validate(c.inputs, extracted, report);
      // an identical copy adds nothing above info that the source alone does not say against itself
      // (a finding across the two must hold, place for place, one the source alone has)
      if (c.copy) {
        const places = (f) => new Set(f.claims.map((x) => `${x.start}:${x.end}`));
        const alone = checkSync([c.inputs[0]], { loadedRules: rules }).findings.filter((f) => f.severity !== "info");
        const explained = (f) => alone.some((g) => g.kind === f.kind && [...places(g)].every((p) => places(f).has(p)));
        for (const f of report.findings)
          if (f.severity !== "info" && new Set(f.claims.map((x) => x.source)).size > 1 && !explained(f))
            problems.push(`${f.id} ${f.kind} ${f.severity} between a source and its identical copy: ${f.claims.map((x) => `${x.source}:${JSON.stringify(x.text)}`).join(", ")}`);
      }
    } catch (e) {
      // a malformed front-matter header is refused with its file and line (exit 2 in the CLI)
      if (e instanceof IngestError) rejected = true;
      else problems.push(`threw: ${e?.stack ?? e}`);
    }
    parentPort.postMessage({ type: "done", i, ms: performance.now() - t0, problems, rejected, chars: c.inputs.reduce((n, x) => n + x.text.length, 0) });
  }
}

function save(kind, c) {
  const dir = join(root, "test-output", "fuzz", `${kind}-seed${c.seed}-case${c.i}`);
  mkdirSync(dir, { recursive: true });
  c.inputs.forEach((x, k) => writeFileSync(join(dir, `${k}-${x.path.replace(/[/\\]/g, "_")}`), x.text));
  writeFileSync(join(dir, "case.txt"), `seed ${c.seed} case ${c.i}: ${c.how}\nreplay: node bench/fuzz.mjs --seed ${c.seed} --from ${c.i} --count 1\n`);
  return dir;
}

/** Runs the CLI on args in a child; its exit code, peak RSS in MB and wall time. */
function measuredCli(args) {
  const dir = mkdtempSync(join(tmpdir(), "factdiff-fuzz-rss-"));
  const preload = join(dir, "rss.mjs");
  writeFileSync(preload, `process.on("exit", () => process.stderr.write("maxrss=" + process.resourceUsage().maxRSS + "\\n"));\n`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ["--import", preload, join(root, "bin", "factdiff.js"), ...args], { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] });
  rmSync(dir, { recursive: true, force: true });
  const rss = Number(/maxrss=(\d+)/.exec(r.stderr ?? "")?.[1] ?? NaN) / 1024;
  return { code: r.status, signal: r.signal, rssMB: rss, s: (Date.now() - t0) / 1000, stderr: (r.stderr ?? "").replace(/maxrss=\d+\n/, "") };
}

function scaleRuns(largeMB, many) {
  const failures = [];
  const dir = mkdtempSync(join(tmpdir(), "factdiff-fuzz-scale-"));
  try {
    if (largeMB > 0) {
      writeFileSync(join(dir, "large.txt"), articleText(Math.round(largeMB * 2 ** 20), 11));
      const r = measuredCli(["check", join(dir, "large.txt"), "--format", "json"]);
      console.log(`large source ${largeMB} MB: exit ${r.code}, ${r.s.toFixed(1)} s, peak RSS ${r.rssMB.toFixed(0)} MB`);
      if (r.code !== 0 && r.code !== 1) failures.push(`large source: exit ${r.code ?? r.signal}: ${r.stderr.slice(0, 500)}`);
      if (!(r.rssMB < 1024)) failures.push(`large source: peak RSS ${r.rssMB.toFixed(0)} MB (limit 1024)`);
    }
    if (many > 0) {
      const folder = join(dir, "many");
      mkdirSync(folder);
      const texts = corpus().flatMap((s) => s.sources.map((x) => x.text));
      const r = rng(5);
      for (let k = 0; k < many; k++) {
        const t = r.pick(texts);
        const start = r.int(0, Math.max(0, t.length - 600));
        writeFileSync(join(folder, `s${String(k).padStart(5, "0")}.txt`), `Source ${k}\n\n${t.slice(start, start + 600).replace(/\d+/g, (d) => String(Number(d) + r.int(0, 3)))}\n`);
      }
      const m = measuredCli(["check", folder, "--format", "json"]);
      console.log(`${many} small sources: exit ${m.code}, ${m.s.toFixed(1)} s, peak RSS ${m.rssMB.toFixed(0)} MB`);
      if (m.code !== 0 && m.code !== 1) failures.push(`many sources: exit ${m.code ?? m.signal}: ${m.stderr.slice(0, 500)}`);
      if (!(m.rssMB < 1024)) failures.push(`many sources: peak RSS ${m.rssMB.toFixed(0)} MB (limit 1024)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return failures;
}

async function main() {
  const argv = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : dflt;
  };
  const seed = opt("seed", Math.floor(Math.random() * 1e9));
  const seconds = opt("seconds", 60);
  const count = opt("count", 100000);
  const from = opt("from", 0);
  const timeoutMs = opt("timeout-ms", 20000);
  const quiet = argv.includes("--quiet");
  const failures = [];
  let done = 0;
  let rejected = 0;
  let chars = 0;
  let slowest = { ms: 0, i: -1 };
  const t0 = Date.now();
  if (count > 0) {
    console.log(`fuzz: seed ${seed}, up to ${count} cases or ${seconds} s, ${timeoutMs} ms per case`);
    await new Promise((resolveRun) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { seed, from, count } });
      let current = null;
      const stop = () => {
        clearInterval(timer);
        void worker.terminate().then(resolveRun);
      };
      const timer = setInterval(() => {
        if (current && Date.now() - current.at > timeoutMs) {
          const c = makeCase(seed, current.i);
          failures.push(`case ${current.i} (${current.how}): still running after ${timeoutMs} ms; inputs in ${save("hang", c)}`);
          stop();
        } else if (Date.now() - t0 > seconds * 1000) stop();
      }, 100);
      worker.on("message", (m) => {
        if (m.type === "start") current = { i: m.i, how: m.how, at: Date.now() };
        else {
          current = null;
          done++;
          chars += m.chars;
          if (m.rejected) rejected++;
          if (m.ms > slowest.ms) slowest = { ms: m.ms, i: m.i };
          if (m.problems.length) {
            const c = makeCase(seed, m.i);
            failures.push(`case ${m.i} (${c.how}):\n    ${m.problems.slice(0, 8).join("\n    ")}\n    inputs in ${save("fail", c)}`);
          } else if (!quiet && done % 50 === 0) console.log(`  ${done} cases, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
          if (done >= count) stop();
        }
      });
      worker.on("error", (e) => {
        failures.push(`worker crashed${current ? ` on case ${current.i} (${current.how})` : ""}: ${e.stack ?? e}`);
        stop();
      });
    });
    console.log(`fuzz: ${done} cases (${(chars / 1e6).toFixed(1)} M chars) in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${rejected} refused for a malformed header; slowest case ${slowest.i} took ${slowest.ms.toFixed(0)} ms; ${failures.length} failures`);
  }
  failures.push(...scaleRuns(opt("large-mb", 0), opt("many", 0)));
  for (const f of failures) console.log(`FAIL ${f}`);
  process.exitCode = failures.length ? 1 : 0;
}

if (isMainThread) await main();
else await work();
