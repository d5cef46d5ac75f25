// Baselines: `factdiff baseline` records the current findings by their stable fingerprint
// (report/fingerprint.ts: rule, kind and each claim's source, wording and reading; never
// offsets), and `check --baseline FILE` hides findings whose fingerprint is recorded.
import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv";
import type { Report } from "../types.js";
import { FINGERPRINT_KEY, fingerprintsOf } from "../report/fingerprint.js";
import { VERSION } from "../version.js";
import { validationError, ConfigError } from "../config/validate.js";

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  kind: string;
  severity: string;
  message: string;
  claims: { source: string; text: string }[];
}

export interface Baseline {
  version: 1;
  tool: { name: string; version: string };
  /** Which fingerprint the entries carry (report/fingerprint.ts FINGERPRINT_KEY). */
  fingerprint: string;
  findings: BaselineEntry[];
}

export const BASELINE_SCHEMA = {
  type: "object",
  required: ["version", "fingerprint", "findings"],
  properties: {
    version: { const: 1 },
    tool: { type: "object" },
    fingerprint: { type: "string" },
    findings: {
      type: "array",
      items: {
        type: "object",
        required: ["fingerprint"],
        properties: { fingerprint: { type: "string", pattern: "^[0-9a-f]{32}(?::[0-9]+)?$" } },
      },
    },
  },
} as const;

// compiled on first use: loading ajv and compiling a schema costs start-up time
let compiled: ValidateFunction | undefined;
const validate = ((data: unknown) => (compiled ??= new (createRequire(import.meta.url)("ajv") as typeof import("ajv")).Ajv({ allErrors: false, strict: false }).compile(BASELINE_SCHEMA))(data)) as ValidateFunction;
Object.defineProperty(validate, "errors", { get: () => compiled?.errors });

/** The baseline of a report: every finding it lists, by fingerprint, with what it was about. */
export function buildBaseline(report: Report): Baseline {
  const fps = fingerprintsOf(report.findings);
  return {
    version: 1,
    tool: { name: "factdiff", version: VERSION },
    fingerprint: FINGERPRINT_KEY,
    findings: report.findings.map((f, i) => ({
      fingerprint: fps[i],
      rule: f.rule,
      kind: f.kind,
      severity: f.severity,
      message: f.message,
      claims: f.claims.map((c) => ({ source: c.source, text: c.text })),
    })),
  };
}

/** Reads a baseline file's text; throws ConfigError naming the file, field and what was expected. */
export function parseBaseline(file: string, text: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(file, undefined, `not valid JSON (${(e as Error).message}); record a baseline with: factdiff baseline PATH... > ${file}`);
  }
  if (!validate(data)) throw validationError(file, text, validate.errors![0]);
  const b = data as Baseline;
  if (b.fingerprint !== FINGERPRINT_KEY)
    throw new ConfigError(file, undefined, `fingerprint must be "${FINGERPRINT_KEY}" (got ${JSON.stringify(b.fingerprint)}): it was recorded by another factdiff version; record it again`);
  return new Set(b.findings.map((f) => f.fingerprint));
}
