// Issue 7: a large source, or thousands of small ones, must complete with peak memory under
// 1 GB. The CLI runs in a child process whose peak resident set is read at exit
// (process.resourceUsage().maxRSS, worker threads included).
//
// npm test runs a 500 kB source and 5,000 small sources; the full 50 MB source takes minutes,
// so it runs in `npm run fuzz -- --large-mb 50` (bench/fuzz.mjs) and in `npm run bench`.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, ROOT, cleanTemp, temp } from "./helpers.js";
import { articleText } from "../../bench/fuzz-inputs.mjs";

afterAll(cleanTemp);

const GB = 1024 * 1024; // maxRSS is in kilobytes

/** Runs the CLI on `args`; returns its exit code, peak RSS (KB), wall time and stderr. */
function measured(args: string[]) {
  const dir = temp();
  const preload = join(dir, "rss.mjs");
  writeFileSync(preload, `process.on("exit", () => process.stderr.write("maxrss=" + process.resourceUsage().maxRSS + "\\n"));\n`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ["--import", preload, BIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: "1" }, timeout: 240_000 });
  const ms = Date.now() - t0;
  const rss = Number(/maxrss=(\d+)/.exec(r.stderr ?? "")?.[1] ?? NaN);
  return { code: r.status, signal: r.signal, rss, ms, stdout: r.stdout ?? "", stderr: (r.stderr ?? "").replace(/maxrss=\d+\n/, "") };
}

test("a 500 kB article-like source completes, exact spans, peak memory under 1 GB", () => {
  const dir = temp();
  const text = articleText(500_000, 7);
  writeFileSync(join(dir, "big.txt"), text);
  writeFileSync(join(dir, "other.txt"), articleText(20_000, 8));
  const r = measured(["check", join(dir, "big.txt"), join(dir, "other.txt"), "--format", "json"]);
  expect(r.signal).toBeNull();
  expect(r.stderr).toBe("");
  expect([0, 1]).toContain(r.code);
  expect(r.rss).toBeLessThan(GB);
  const report = JSON.parse(r.stdout) as { findings: { claims: { source: string; start: number; end: number; text: string }[] }[] };
  for (const f of report.findings) for (const c of f.claims) if (c.source.endsWith("big.txt")) expect(text.slice(c.start, c.end)).toBe(c.text);
  // eslint-disable-next-line no-console
  console.log(`500 kB source: ${r.ms} ms, peak RSS ${(r.rss / 1024).toFixed(0)} MB, ${report.findings.length} findings`);
}, 240_000);

test("5,000 small sources complete, peak memory under 1 GB", () => {
  const dir = temp();
  const folder = join(dir, "notes");
  mkdirSync(folder);
  const topics = ["homes damaged", "schools closed", "roads blocked", "flights cancelled", "trees down", "boats sunk", "shops shut", "cars towed", "bridges closed", "wells dry"];
  const days = ["Monday", "Tuesday", "Friday"];
  for (let i = 0; i < 5000; i++) {
    // one story told by many: every tenth note repeats another's figure with a slip
    const n = i % 10 === 0 ? 120 + (i % 3) : 50 + ((i * 7) % 400);
    writeFileSync(join(folder, `n${String(i).padStart(4, "0")}.txt`), `Note ${i}\n\nIn Riverton, ${n} ${topics[i % topics.length]} on ${days[i % 3]}, an official said. Nearly ${10 + (i % 30)} percent of residents left.\n`);
  }
  const r = measured(["check", folder, "--format", "json"]);
  expect(r.signal).toBeNull();
  expect(r.stderr).toBe("");
  expect([0, 1]).toContain(r.code);
  expect(r.rss).toBeLessThan(GB);
  const report = JSON.parse(r.stdout) as { sources: unknown[] };
  expect(report.sources).toHaveLength(5000);
  // eslint-disable-next-line no-console
  console.log(`5,000 sources: ${r.ms} ms, peak RSS ${(r.rss / 1024).toFixed(0)} MB`);
}, 240_000);
