// What the command line settles before running: the config file (factdiff.config.json,
// found or given with --config), the effective settings (a flag given on the command line
// wins over the config, the config over the built-in default), the draft among the inputs,
// and the baseline file.
import { readFileSync } from "node:fs";
import { normalize, resolve } from "node:path";
import type { Severity, SourceInput } from "../types.js";
import type { ReportFormat } from "../report/formats.js";
import { loadConfig, type LoadedConfig } from "../config/load.js";
import { ConfigError } from "../config/validate.js";
import { parseBaseline } from "../post/baseline.js";

export interface Settings {
  config?: LoadedConfig;
  format: ReportFormat;
  failOn: Severity | "none";
  minSeverity: Severity;
  /** Config rule folders first, then --rules folders (later ones win). */
  ruleDirs: string[];
  /** Rule folders that came from the config. */
  configRuleDirs: string[];
  output?: string;
  baseline?: string;
  draft?: string;
  color: boolean;
  severity?: Record<string, Severity>;
}

/** Flags as yargs gives them: undefined where not given on the command line. */
export interface Flags {
  command: string;
  config?: string;
  format?: string;
  failOn?: string;
  minSeverity?: string;
  rules?: string[];
  output?: string;
  baseline?: string;
  draft?: string;
  color?: boolean;
}

export function settle(flags: Flags, cwd: string): Settings {
  const loaded = loadConfig(flags.config, cwd);
  const c = loaded?.config ?? {};
  const check = flags.command === "check";
  return {
    config: loaded,
    format: (flags.format ?? (check ? c.format : undefined) ?? "terminal") as ReportFormat,
    failOn: (flags.failOn ?? c.failOn ?? "major") as Severity | "none",
    minSeverity: (flags.minSeverity ?? c.minSeverity ?? "minor") as Severity,
    ruleDirs: [...(c.rules ?? []), ...(flags.rules ?? [])],
    configRuleDirs: c.rules ?? [],
    // the config's output and baseline are for `check`; `baseline` records to stdout unless told
    output: flags.output ?? (check ? c.output : undefined),
    baseline: check ? (flags.baseline ?? c.baseline) : undefined,
    draft: check || flags.command === "baseline" ? (flags.draft ?? c.draft) : undefined,
    color: flags.color ?? c.color ?? true,
    severity: c.severity,
  };
}

/** The fingerprints of a baseline file; exit 2 (ConfigError) when it is missing or invalid. */
export function readBaseline(file: string): Set<string> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(file, undefined, code === "ENOENT" ? "baseline file does not exist; record one with: factdiff baseline PATH... > factdiff-baseline.json" : `cannot read the baseline (${code ?? "error"})`);
  }
  return parseBaseline(file, text);
}

/**
 * The inputs with the draft first: read with the sources (so a draft inside a source folder is
 * read once) and kept under the path given with --draft.
 */
export function withDraftFirst(inputs: SourceInput[], draft: string): SourceInput[] {
  const key = (p: string) => (p === "-" ? "-" : resolve(normalize(p)));
  const d = inputs.find((i) => i.path === draft);
  if (!d) return inputs;
  return [d, ...inputs.filter((i) => i !== d && key(i.path) !== key(draft))];
}
