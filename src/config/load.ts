// factdiff.config.json: defaults for the command-line flags and per-kind severity overrides.
// Found in the working folder or the nearest parent that has one, or given with --config;
// validated against config/schema.ts on load. Paths in it (rules, output, baseline, draft)
// are relative to the folder of the config file.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { createRequire } from "node:module";
import type { Ajv } from "ajv";
import type { Severity } from "../types.js";
import type { ReportFormat } from "../report/formats.js";
import { configSchema } from "./schema.js";
import { ConfigError, parseJsonFile, validationError } from "./validate.js";

export const CONFIG_FILE = "factdiff.config.json";

export interface Config {
  format?: ReportFormat;
  failOn?: Severity | "none";
  minSeverity?: Severity;
  /** Rule folders, loaded before those given with --rules. */
  rules?: string[];
  output?: string;
  baseline?: string;
  draft?: string;
  color?: boolean;
  /** Severity per finding kind or rule id, applied after findings are computed. */
  severity?: Record<string, Severity>;
}

export interface LoadedConfig {
  /** The config file as found or given. */
  file: string;
  /** Its settings, paths resolved against its folder. */
  config: Config;
}

let validator: ReturnType<Ajv["compile"]> | undefined;

/** The nearest factdiff.config.json from `cwd` up to the root, if any. */
export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const file = join(dir, CONFIG_FILE);
    if (existsSync(file) && statSync(file).isFile()) return file;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Validates a config file's text; paths are resolved against `baseDir`. */
export function parseConfig(file: string, text: string, baseDir = dirname(resolve(file))): Config {
  const data = parseJsonFile(file, text);
  // ajv is loaded only when there is a config file to validate
  validator ??= new (createRequire(import.meta.url)("ajv") as typeof import("ajv")).Ajv({ allErrors: false, strict: true }).compile(configSchema());
  if (!validator(data)) throw validationError(file, text, validator.errors![0]);
  const config = { ...(data as Config & { $schema?: string }) };
  delete (config as { $schema?: string }).$schema;
  const at = (p: string) => (isAbsolute(p) ? p : join(baseDir, p));
  if (config.rules) config.rules = config.rules.map(at);
  for (const k of ["output", "baseline", "draft"] as const) if (config[k]) config[k] = at(config[k]!);
  return config;
}

/** Loads the config given with --config, or the one found from `cwd`; none is fine. */
export function loadConfig(explicit: string | undefined, cwd: string): LoadedConfig | undefined {
  const file = explicit ?? findConfig(cwd);
  if (!file) return undefined;
  const path = explicit ? resolve(cwd, explicit) : file;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(file, undefined, code === "ENOENT" ? "config file does not exist; check the --config path" : code === "EISDIR" ? `is a folder; give the file, e.g. ${join(file, CONFIG_FILE)}` : `cannot be read (${code ?? "error"})`);
  }
  return { file, config: parseConfig(file, text, dirname(path)) };
}

export { ConfigError };
