// `factdiff rules`: the finding rules in force (from each rule's meta), each with its
// effective severity and where that came from — the rule's own default, the severity table of
// a rule file (built-in or a --rules / config folder), or a config override — and the rule
// files that were loaded.
import { Chalk } from "chalk";
import type { Severity } from "../types.js";
import type { Rules } from "../rules/types.js";
import type { RuleMeta } from "../compare/meta.js";
import { BUILTIN_RULES_DIR, parseRuleFile } from "../rules/load.js";
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { VERSION } from "../version.js";

/** Where a setting came from. */
export type RuleOrigin = "built-in" | "rules" | "config";

export interface RuleListingEntry {
  id: string;
  kind: string;
  description: string;
  defaultSeverity: Severity;
  /** The severity a finding of this rule gets in its usual situation, after rule files and config. */
  severity: Severity;
  /** Severity by situation (the rule file's severity table), after any config override. */
  situations: Record<string, Severity>;
  from: RuleOrigin;
  /** The file that set it: a rule file, the config file, or null for the rule's own default. */
  file: string | null;
}

export interface RuleFileEntry {
  kind: string;
  file: string;
  from: RuleOrigin;
}

export interface RulesListing {
  version: 1;
  tool: { name: string; version: string };
  config: string | null;
  rules: RuleListingEntry[];
  files: RuleFileEntry[];
}

export interface ListingOptions {
  /** The config file in force, if any, and its severity overrides. */
  config?: { file: string; severity?: Record<string, Severity> };
  /** Rule folders that came from the config (labelled "config" rather than "rules"). */
  configRuleDirs?: string[];
}

const builtIn = (file: string) => resolve(file).startsWith(resolve(BUILTIN_RULES_DIR));

export function rulesListing(metas: readonly RuleMeta[], rules: Rules, options: ListingOptions = {}): RulesListing {
  const configDirs = (options.configRuleDirs ?? []).map((d) => resolve(d));
  const fileFrom = (file: string): RuleOrigin => (builtIn(file) ? "built-in" : configDirs.some((d) => resolve(file).startsWith(d)) ? "config" : "rules");
  // which file last set each rule's situation (files are layered in load order)
  const setBy = new Map<string, string>();
  for (const file of rules.origins.severity ?? []) {
    let data: Record<string, unknown>;
    try {
      data = parseRuleFile(file, readFileSync(file, "utf8")).data;
    } catch {
      continue; // validated when the rules were loaded
    }
    for (const [rule, table] of Object.entries((data.severity ?? {}) as Record<string, Record<string, string>>))
      for (const situation of Object.keys(table)) setBy.set(`${rule}\0${situation}`, file);
  }
  const overrides = options.config?.severity ?? {};
  const entries = metas.map((meta): RuleListingEntry => {
    const table = rules.severity.severity[meta.id] ?? {};
    const override = overrides[meta.id] ?? overrides[meta.kind];
    const situations: Record<string, Severity> = {};
    for (const [k, v] of Object.entries(table)) situations[k] = override ?? v;
    const severity = override ?? table.default ?? meta.defaultSeverity;
    if (override) return { ...describe(meta), severity, situations, from: "config", file: options.config!.file };
    const files = Object.keys(table).map((s) => setBy.get(`${meta.id}\0${s}`)).filter((f): f is string => !!f);
    const user = files.filter((f) => !builtIn(f));
    const file = user[user.length - 1] ?? files[0] ?? null;
    return { ...describe(meta), severity, situations, from: file ? fileFrom(file) : "built-in", file };
  });
  const files = Object.entries(rules.origins).flatMap(([kind, list]) => list.map((file) => ({ kind, file, from: fileFrom(file) })));
  return { version: 1, tool: { name: "factdiff", version: VERSION }, config: options.config?.file ?? null, rules: entries, files };
}

function describe(meta: RuleMeta) {
  return { id: meta.id, kind: meta.kind, description: meta.description, defaultSeverity: meta.defaultSeverity };
}

/** A path for people: relative to the working folder when inside it, built-in files by their name. */
function shown(file: string, cwd: string): string {
  if (builtIn(file)) return `rules/${relative(resolve(BUILTIN_RULES_DIR), resolve(file))}`;
  const r = relative(cwd, file);
  return r && !r.startsWith("..") ? r : file;
}

export function renderRulesTerminal(listing: RulesListing, color: boolean, cwd = process.cwd()): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [chalk.bold("Finding rules")];
  const w = Math.max(...listing.rules.map((r) => r.id.length));
  const wk = Math.max(...listing.rules.map((r) => r.kind.length));
  for (const r of listing.rules) {
    const origin = r.from === "built-in" ? (r.file ? `built-in (${shown(r.file, cwd)})` : "built-in (rule default)") : `${r.from === "config" && r.file === listing.config ? "config" : `${r.from} folder`} (${shown(r.file ?? "", cwd)})`;
    out.push(`  ${chalk.bold(r.id.padEnd(w))}  ${r.kind.padEnd(wk)}  ${r.severity.padEnd(8)}  ${chalk.dim(`from ${origin}`)}`);
    out.push(`  ${" ".repeat(w)}  ${r.description}`);
    const sit = Object.entries(r.situations).filter(([k]) => k !== "default");
    if (sit.length) out.push(`  ${" ".repeat(w)}  ${chalk.dim(`by situation: ${sit.map(([k, v]) => `${k} ${v}`).join(", ")}`)}`);
  }
  out.push("", chalk.bold("Rule files loaded"));
  const wf = Math.max(...listing.files.map((f) => shown(f.file, cwd).length));
  for (const f of listing.files) out.push(`  ${f.kind.padEnd(10)} ${shown(f.file, cwd).padEnd(wf)}  ${chalk.dim(f.from)}`);
  if (listing.config) out.push("", `${chalk.bold("Config")} ${shown(listing.config, cwd)}`);
  return out.join("\n") + "\n";
}
