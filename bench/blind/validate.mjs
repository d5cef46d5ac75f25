#!/usr/bin/env node
// Checks a held-out case written from bench/blind/BRIEF.md (copy both into a fresh batch folder).
// node validate.mjs CASE_DIR... : checks case.json against the sources (format of shared/bench/README.md)
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
const KINDS = new Set(["numeric-conflict", "hedge-wording", "rounding", "scale", "time-scope", "entity-name", "entity-title", "quote", "internal", "attribution", "arithmetic"]);
const SEV = new Set(["critical", "major", "minor", "info"]);
let bad = 0;
for (const dir of process.argv.slice(2)) {
  const errs = [];
  let c;
  try { c = JSON.parse(readFileSync(join(dir, "case.json"), "utf8")); } catch (e) { console.log(`${dir}: case.json: ${e.message}`); bad++; continue; }
  for (const k of ["title", "story", "sources", "findings", "agreements"]) if (!(k in c)) errs.push(`missing "${k}"`);
  const files = new Map();
  for (const s of c.sources ?? []) {
    if (!existsSync(join(dir, s.file))) { errs.push(`source ${s.file} missing`); continue; }
    if (!/^\d{4}-\d\d-\d\d$/.test(s.published ?? "")) errs.push(`${s.file}: published must be YYYY-MM-DD`);
    if (!s.outlet) errs.push(`${s.file}: outlet missing`);
    const t = readFileSync(join(dir, s.file), "utf8");
    const words = t.split(/\s+/).filter(Boolean).length;
    if (words < 250 || words > 900) errs.push(`${s.file}: ${words} words (want 300-700)`);
    files.set(s.file, t);
  }
  const ids = new Set();
  const check = (m, where) => {
    const t = files.get(m.file);
    if (t === undefined) return errs.push(`${where}: file ${m.file} not among sources`);
    if (!m.text) return errs.push(`${where}: empty text`);
    let n = 0, at = -1;
    while ((at = t.indexOf(m.text, at + 1)) >= 0) n++;
    if (n === 0) errs.push(`${where}: "${m.text}" not in ${m.file}`);
    else if (n > 1 && !m.occurrence) errs.push(`${where}: "${m.text}" occurs ${n} times in ${m.file}: add "occurrence" or lengthen`);
    else if (m.occurrence && m.occurrence > n) errs.push(`${where}: occurrence ${m.occurrence} > ${n}`);
    for (const a of m.also ?? []) check(a, `${where} also`);
  };
  for (const f of c.findings ?? []) {
    if (ids.has(f.id)) errs.push(`duplicate id ${f.id}`); ids.add(f.id);
    if (!KINDS.has(f.kind)) errs.push(`${f.id}: kind "${f.kind}" unknown`);
    if (!SEV.has(f.severity)) errs.push(`${f.id}: severity "${f.severity}" unknown`);
    if (!f.why) errs.push(`${f.id}: why missing`);
    if (!Array.isArray(f.mentions) || f.mentions.length < 2) errs.push(`${f.id}: needs 2+ mentions`);
    (f.mentions ?? []).forEach((m, i) => check(m, `${f.id} mention ${i + 1}`));
  }
  for (const a of c.agreements ?? []) {
    if (ids.has(a.id)) errs.push(`duplicate id ${a.id}`); ids.add(a.id);
    if (!Array.isArray(a.mentions) || a.mentions.length < 2) errs.push(`${a.id}: needs 2+ mentions`);
    (a.mentions ?? []).forEach((m, i) => check(m, `${a.id} mention ${i + 1}`));
  }
  const major = (c.findings ?? []).filter((f) => f.severity === "critical" || f.severity === "major").length;
  if (major < 7) errs.push(`only ${major} critical/major findings (want 8+)`);
  if ((c.agreements ?? []).length < 5) errs.push(`only ${(c.agreements ?? []).length} agreements (want 6+)`);
  if (errs.length) { bad++; console.log(`${dir}:\n  ` + errs.join("\n  ")); } else console.log(`${dir}: OK (${c.findings.length} findings, ${major} major+, ${c.agreements.length} agreements)`);
}
process.exit(bad ? 1 : 0);
