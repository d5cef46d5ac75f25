#!/usr/bin/env node
// Scores figure extraction against the hand-labelled sentence set
// (test/fixtures/extraction/sentences.jsonl). Each sentence goes into its own temp file (after a
// small front-matter header, so the sentence is body text, not the title); one
// `factdiff claims FILES... --format json` run lists every claim; quantity claims are matched
// one-to-one to gold figures by span overlap. Reports precision/recall/F1 on
//   span               an extracted quantity overlaps a gold figure
//   value              ... and its value equals the gold value (1e-6 relative; pairs compare both ends)
//   value+bound/change ... and its bound equals the gold bound, and its change equals the gold
//                          change (both absent counts as equal)
// plus per-section scores, the misses and spurious extractions by section, the spurious
// years/dates/times/ordinals/name numbers, and the most common error patterns.
//
//   npm run eval:extraction [-- --json] [-- --quiet] [-- --set FILE] [-- --bin PATH]
//
// Importable: `import { evaluate } from "./bench/extraction-eval.mjs"` → the object `--json` prints.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_SET = join(root, "test/fixtures/extraction/sentences.jsonl");
const HEADER = "---\ntitle: extraction eval\n---\n";
const TOL = 1e-6;

export function loadSet(path = DEFAULT_SET) {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const row = JSON.parse(l);
      let pos = 0;
      for (const f of row.figures) {
        // `start` is optional in the file: without it a figure is the first occurrence of its
        // text at or after the previous figure (figures are listed in reading order)
        const start = typeof f.start === "number" ? f.start : row.text.indexOf(f.text, pos);
        if (start < 0 || row.text.slice(start, start + f.text.length) !== f.text)
          throw new Error(`line ${i + 1} (${row.id}): figure ${JSON.stringify(f.text)} is not in the text at ${start}`);
        f.start = start;
        f.end = start + f.text.length;
        pos = f.end;
      }
      return row;
    });
}

/** Runs the CLI once over one temp file per sentence; returns the quantity claims per sentence id. */
export function extract(rows, { bin = join(root, "bin/factdiff.js") } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "factdiff-extraction-"));
  try {
    const fileOf = new Map();
    for (const [i, r] of rows.entries()) {
      const file = join(dir, `${String(i).padStart(4, "0")}.txt`);
      writeFileSync(file, HEADER + r.text + "\n");
      fileOf.set(file, r.id);
    }
    const files = [...fileOf.keys()];
    const byId = new Map(rows.map((r) => [r.id, []]));
    for (let i = 0; i < files.length; i += 200) {
      const run = spawnSync(process.execPath, [bin, "claims", ...files.slice(i, i + 200), "--format", "json"], {
        encoding: "utf8",
        maxBuffer: 1 << 28,
        env: { ...process.env, NO_COLOR: "1" },
      });
      if (run.status !== 0) throw new Error(`factdiff claims exited ${run.status ?? run.signal}: ${(run.stderr || run.error?.message || "").trim()}`);
      for (const c of JSON.parse(run.stdout).claims) {
        if (c.type !== "quantity") continue;
        const id = fileOf.get(resolve(c.source)) ?? fileOf.get(c.source);
        if (!id) throw new Error(`claim for an unknown source ${c.source}`);
        const n = c.normalized ?? {};
        byId.get(id).push({ text: c.text, start: c.start - HEADER.length, end: c.end - HEADER.length, value: n.value, bound: n.bound, unit: n.unit, change: n.change });
      }
    }
    return byId;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const close = (a, b) => typeof a === "number" && typeof b === "number" && (a === b || Math.abs(a - b) <= TOL * Math.max(Math.abs(a), Math.abs(b)));
export function sameValue(gold, got) {
  if (Array.isArray(gold)) return Array.isArray(got) && got.length === 2 && close(got[0], gold[0]) && close(got[1], gold[1]);
  return !Array.isArray(got) && close(got, gold);
}
const sameChange = (g, e) => (g.change ?? null) === (e.change ?? null);
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** One-to-one matching by span overlap; a pair with the right value wins over a larger overlap. */
export function match(gold, got) {
  const cands = [];
  for (const [gi, g] of gold.entries())
    for (const [ei, e] of got.entries()) {
      const ov = overlap(g, e);
      if (ov > 0) cands.push({ gi, ei, ov, ok: sameValue(g.value, e.value) ? 1 : 0 });
    }
  cands.sort((a, b) => b.ok - a.ok || b.ov - a.ov || a.gi - b.gi || a.ei - b.ei);
  const gUsed = new Map();
  const eUsed = new Set();
  for (const c of cands) {
    if (gUsed.has(c.gi) || eUsed.has(c.ei)) continue;
    gUsed.set(c.gi, c.ei);
    eUsed.add(c.ei);
  }
  return gUsed; // gold index → extracted index
}

// ---- error classification ------------------------------------------------------------

const NUMWORD = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b/i;
const FRACTION = /\b(half|third|thirds|quarter|quarters|fifth|fifths|tenth|thousandths?)\b|[¼½¾]/i;
const SHARE = /\b(\d+|one) in (\d+|\w+)\b/i;
const VAGUE = /^(dozens|scores|hundreds|thousands|tens of|millions|billions)/i;
const HEDGE = /^(about|around|roughly|approximately|some|nearly|almost|more than|over|at least|fewer than|less than|under|up to|as many as|as much as|just over|upwards of|an estimated|no more than|within|below|near|plus or minus)\b/i;
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const UNIT_AFTER = /^(m|bn|k|%|p|in|mm|cm|km|kg|GB|TB|Hz|GHz|Mbps|mAh|x|C|F|mph)\b/;

/** What kind of figure a gold figure is, for grouping misses. */
export function goldKind(f) {
  const t = f.text;
  if (f.unit === "score" || (f.unit === "vote" && Array.isArray(f.value))) return "score or tally";
  if (/^\d+:\d\d/.test(t)) return "clock-style duration";
  if (/\d\s*(hours?|minutes?|pounds?|feet)\s+(and\s+)?\d/.test(t) || /hour and \d/.test(t)) return "compound measure";
  if (VAGUE.test(t)) return "vague quantity";
  if (Array.isArray(f.value)) return /between/.test(t) ? "range with 'between'" : /\bto\b/.test(t) ? "range with 'to'" : "range with dash";
  if (f.unit === "times") return "multiplier";
  if (SHARE.test(t)) return "'N in M' share";
  if (/-and-a-half|and a half/.test(t)) return "'N and a half'";
  if (FRACTION.test(t)) return /\bof an?\b|-(mile|point)|quarter-point/.test(t) ? "fraction of a unit" : "fraction word";
  if (typeof f.value === "number" && f.value < 0) return "negative";
  if (f.unit === "age-year") return "age";
  if (/cents?\b|\d+p$/.test(t)) return "cents or pence";
  if (NUMWORD.test(t) && !/\d/.test(t)) return "number words";
  if (/\d(bn|m|k|tn)\b/i.test(t) || /\b(million|billion|trillion)\b/i.test(t)) return "scaled amount";
  if (/^\d[\d,.]*[A-Za-z]/.test(t)) return "unit glued to digits";
  if (HEDGE.test(t)) return "hedged figure";
  return "plain figure";
}

/** Why a spurious extraction is not a figure, guessed from its text and its context. */
export function spuriousKind(e, text, gold, matchedGold) {
  const t = e.text;
  const before = text.slice(Math.max(0, e.start - 24), e.start);
  const after = text.slice(e.end, e.end + 16);
  if (gold.some((g, gi) => overlap(g, e) > 0 && matchedGold.has(gi))) return "fragment of a matched gold figure";
  if (gold.some((g) => overlap(g, e) > 0)) return "overlaps a gold figure";
  if (/\d(st|nd|rd|th)\b/i.test(t) || (/\b(first|second|third|fourth|fifth)\b/i.test(t) && !/\bof\b/.test(after))) return "ordinal";
  if (/\d:\d\d|\b[ap]\.?m\.?\b|\bGMT\b/i.test(t + after.slice(0, 6)) || (/^\d{4}$/.test(t) && /^\s*GMT/.test(after))) return "time of day";
  if (/^\s*(ago|earlier|later)\b/.test(after)) return "relative time";
  if (/\b(in|over|during|through)( the)?( past| last| next| previous| first)? $/i.test(before) && /\b(hours?|days?|weeks?|months?|years?|decades?)$/.test(t)) return "time window (in the past N units)";
  if (new RegExp(`\\b(${MONTHS})\\s*$`).test(before) || new RegExp(`^\\s*(${MONTHS})\\b`).test(after)) return "date";
  if (/^(1[5-9]|20)\d\d(s|-\d\d)?$/.test(t)) return "year";
  if (/^(911|999|112|311)$/.test(t) || /\d{3}-\d{4}/.test(before.slice(-4) + t + after.slice(0, 5))) return "phone number";
  if (/\d+\.\d+\.\d+/.test(before.slice(-6) + t + after.slice(0, 6))) return "version";
  if (/^\s+(block\b|[A-Z][a-z]+\s+(Street|Avenue|Road|Drive|Lane|Boulevard)\b)/.test(after)) return "address";
  if (/\b(level|Category|grade)\s+\d*\s*(of\s+)?$/i.test(before)) return "rating or category";
  if (/^\d[\d,]*(m|-metre|-kilometre|-mile|[Kk])$/.test(t) && /^\s*(final|world|race|record|run|charity)\b/.test(after) || /\b(men's|women's)\s+$/.test(before)) return "race distance or event name";
  if (/^\d+[Kk]$/.test(t)) return "number in a name or model";
  if (/-(year|month|day|week)$/.test(t) && /^\s*(Treasury|fixed|average|delivery|note|bills?)\b/i.test(after)) return "descriptor (10-year note, 20-day average)";
  if (/^(one|two|three|four|five|six|seven|eight|nine|ten)-(point|bedroom|way)\b/i.test(t + after.slice(0, 7))) return "descriptor (three-point, one-bedroom)";
  if (/\d\/$/.test(before) || /^\/\d/.test(after)) return "number in a name or model";
  if (/[\p{L}][-.]?$/u.test(before) || (/^[\p{L}]/u.test(after) && !UNIT_AFTER.test(after))) return "number in a name or model";
  if (/^\s+(Max|Freeway|Pro|Ultra|Plus)\b/.test(after)) return "number in a name or model";
  if (/\b(No\.|Route|Highway|Interstate|Title|Proposition|Chapter|Formula|Apollo|Windows|version|Max|exits?|Freeway)\s*$/i.test(before) || /\bexits? \d+ and $/.test(before)) return "number in a name or model";
  if (/\S\s+[A-Z][\w&.+-]*\s$/.test(before) && !/^\s*(percent|per cent|million|billion|people|%)/.test(after)) return "number in a name or model";
  return "other";
}

/** The words that carry (or should carry) a change, for grouping change errors. */
export function changeCue(g, text) {
  const before = text.slice(Math.max(0, g.start - 40), g.start);
  const after = text.slice(g.end, g.end + 40);
  const comp = /^\s*(?:[\w-]+\s+)?(higher|lower|above|below|less|more|over|faster|slower|fewer|increase|drop|rise|decline|premium|off)\b/i.exec(after);
  if (comp) return `"… ${comp[1]}" after`;
  if (/,\s*or\s*$/.test(before)) return `", or X" apposition`;
  const by = /((?:[\w'’]+\s+){1,3})by\s*$/.exec(text.slice(0, g.start));
  if (by) return `"${by[1]}by X"`;
  const w = /([\w'’-]+)\s*$/.exec(before);
  return w ? `"${w[1]} X"` : "sentence start";
}

const prf = (tp, nGot, nGold) => {
  const p = nGot ? tp / nGot : 1;
  const r = nGold ? tp / nGold : 1;
  return { tp, precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0) };
};
const round = (x) => Math.round(x * 10000) / 10000;

export function score(rows, extracted) {
  const tally = () => ({ sentences: 0, gold: 0, extracted: 0, span: 0, value: 0, full: 0 });
  const all = tally();
  const sections = {};
  const misses = [];
  const spurious = [];
  const bumps = new Map();
  const bump = (key, example) => {
    const b = bumps.get(key) ?? bumps.set(key, { pattern: key, count: 0, examples: [] }).get(key);
    b.count++;
    if (b.examples.length < 3) b.examples.push(example);
  };
  for (const r of rows) {
    const got = (extracted.get(r.id) ?? []).filter((e) => e.start >= 0);
    const s = (sections[r.section] ??= tally());
    const pairs = match(r.figures, got);
    const matchedGold = new Set(pairs.keys());
    for (const t of [all, s]) {
      t.sentences++;
      t.gold += r.figures.length;
      t.extracted += got.length;
    }
    const usedE = new Set();
    for (const [gi, g] of r.figures.entries()) {
      const ei = pairs.get(gi);
      const e = ei === undefined ? undefined : got[ei];
      if (e) usedE.add(ei);
      const valueOk = !!e && sameValue(g.value, e.value);
      const boundOk = valueOk && e.bound === g.bound;
      const changeOk = valueOk && sameChange(g, e);
      for (const t of [all, s]) {
        if (e) t.span++;
        if (valueOk) t.value++;
        if (boundOk && changeOk) t.full++;
      }
      if (boundOk && changeOk) continue;
      const kind = goldKind(g);
      let why;
      if (!e) why = `missed: ${kind}`;
      else if (!valueOk) why = `wrong value: ${kind}${Array.isArray(g.value) && !Array.isArray(e.value) ? " read as one number" : ""}`;
      else if (!boundOk) why = `bound ${g.bound} read as ${e.bound}`;
      else why = `change ${g.change ?? "none"} read as ${e.change ?? "none"}`;
      const cue = valueOk && boundOk && !changeOk ? changeCue(g, r.text) : undefined;
      const item = {
        id: r.id,
        section: r.section,
        level: valueOk ? "bound/change" : "value",
        pattern: why,
        ...(cue ? { cue } : {}),
        gold: { text: g.text, value: g.value, bound: g.bound, ...(g.change ? { change: g.change } : {}), unit: g.unit },
        got: e ? { text: e.text, value: e.value, bound: e.bound, ...(e.change ? { change: e.change } : {}), unit: e.unit } : null,
        sentence: r.text,
      };
      misses.push(item);
      bump(why, `${r.id}: "${g.text}" → ${e ? `"${e.text}" ${fmtValue(e.value)} ${e.bound}${e.change ? " " + e.change : ""}` : "nothing"}${cue ? `  [cue ${cue}]` : ""}`);
    }
    for (const [ei, e] of got.entries()) {
      if (usedE.has(ei)) continue;
      const kind = spuriousKind(e, r.text, r.figures, matchedGold);
      spurious.push({ id: r.id, section: r.section, kind, got: { text: e.text, value: e.value, bound: e.bound, unit: e.unit }, sentence: r.text });
      bump(`spurious: ${kind}`, `${r.id}: "${e.text}" in "…${r.text.slice(Math.max(0, e.start - 30), e.end + 20)}…"`);
    }
  }
  const line = (t) => ({
    sentences: t.sentences,
    gold: t.gold,
    extracted: t.extracted,
    span: prf(t.span, t.extracted, t.gold),
    value: prf(t.value, t.extracted, t.gold),
    valueBoundChange: prf(t.full, t.extracted, t.gold),
  });
  const spuriousKinds = {};
  for (const x of spurious) spuriousKinds[x.kind] = (spuriousKinds[x.kind] ?? 0) + 1;
  return {
    summary: line(all),
    sections: Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, line(v)])),
    spuriousKinds,
    patterns: [...bumps.values()].sort((a, b) => b.count - a.count || a.pattern.localeCompare(b.pattern)),
    misses,
    spurious,
  };
}

const fmtValue = (v) => (Array.isArray(v) ? `[${v.join(", ")}]` : String(v));

export function evaluate({ set = DEFAULT_SET, bin } = {}) {
  const rows = loadSet(set);
  return score(rows, extract(rows, bin ? { bin } : {}));
}

function printText(res, { quiet }) {
  const pad = (x, n) => String(x).padEnd(n);
  const fmt = (m) => `P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}`;
  const s = res.summary;
  if (!quiet) {
    const bySection = (xs) => Object.groupBy ? Object.groupBy(xs, (x) => x.section) : xs.reduce((a, x) => ((a[x.section] ??= []).push(x), a), {});
    console.log("MISSES (gold figure without a correct reading)");
    for (const [sec, xs] of Object.entries(bySection(res.misses))) {
      console.log(`  [${sec}]`);
      for (const m of xs)
        console.log(`    ${m.id}  ${m.pattern}${m.cue ? `  [cue ${m.cue}]` : ""}\n      gold "${m.gold.text}" ${fmtValue(m.gold.value)} ${m.gold.bound}${m.gold.change ? " " + m.gold.change : ""}  got ${m.got ? `"${m.got.text}" ${fmtValue(m.got.value)} ${m.got.bound}${m.got.change ? " " + m.got.change : ""}` : "-"}`);
    }
    console.log("SPURIOUS (extracted quantity with no gold figure)");
    for (const [sec, xs] of Object.entries(bySection(res.spurious))) {
      console.log(`  [${sec}]`);
      for (const x of xs) console.log(`    ${x.id}  ${pad(x.kind, 34)} "${x.got.text}" ${fmtValue(x.got.value)} ${x.got.bound}`);
    }
    console.log("\nMOST COMMON PATTERNS");
    for (const p of res.patterns.slice(0, 25)) console.log(`  ${pad(p.count, 4)} ${p.pattern}\n         e.g. ${p.examples.slice(0, 2).join("\n              ")}`);
    console.log("");
  }
  console.log(`${pad("section", 10)}${pad("sent", 6)}${pad("gold", 6)}${pad("found", 7)}${pad("value F1", 10)}${pad("value+bound/change F1", 22)}`);
  for (const [k, v] of Object.entries(res.sections)) console.log(`${pad(k, 10)}${pad(v.sentences, 6)}${pad(v.gold, 6)}${pad(v.extracted, 7)}${pad(v.value.f1.toFixed(3), 10)}${v.valueBoundChange.f1.toFixed(3)}`);
  console.log(`spurious by kind: ${Object.entries(res.spuriousKinds).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ") || "none"}`);
  console.log(`sentences ${s.sentences}  gold figures ${s.gold}  extracted quantities ${s.extracted}`);
  console.log(`span                ${fmt(s.span)}`);
  console.log(`value               ${fmt(s.value)}`);
  console.log(`value+bound/change  ${fmt(s.valueBoundChange)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  const opt = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  try {
    const res = evaluate({ set: opt("--set") ? resolve(opt("--set")) : DEFAULT_SET, bin: opt("--bin") ? resolve(opt("--bin")) : undefined });
    if (argv.includes("--json")) console.log(JSON.stringify(res, null, 2));
    else printText(res, { quiet: argv.includes("--quiet") });
  } catch (err) {
    console.error(`extraction-eval: ${err.message}`);
    process.exit(2);
  }
}
