#!/usr/bin/env node
// Copies a benchmark case's sources into a folder with the same YAML header score.mjs adds,
// so `factdiff check` / `factdiff claims` can be run on them by hand:
//   node bench/prepare-case.mjs ../shared/bench/cases/a-mexico-flows /tmp/case-a
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error("usage: prepare-case.mjs CASE_DIR OUT_DIR");
  process.exit(2);
}
const gold = JSON.parse(readFileSync(join(dir, "case.json"), "utf8"));
mkdirSync(out, { recursive: true });
for (const s of gold.sources) {
  const header = `---\noutlet: ${JSON.stringify(s.outlet ?? "")}\npublished: ${s.published ?? ""}\n---\n`;
  writeFileSync(join(out, s.file), header + readFileSync(join(dir, s.file), "utf8"));
}
console.log(gold.sources.map((s) => join(out, s.file)).join(" "));
