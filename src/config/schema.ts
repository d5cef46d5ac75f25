// The JSON Schema of factdiff.config.json. Unknown keys are rejected, as in rule files, so a
// typo cannot silently leave a default in force.
import type { FindingKind } from "../types.js";
import { SEVERITIES } from "../types.js";
import { REPORT_FORMATS } from "../report/formats.js";
import { RULE_METAS } from "../compare/index.js";

/** Every finding kind of the report contract. */
export const FINDING_KINDS = [
  "numeric-conflict",
  "hedge-wording",
  "rounding",
  "scale",
  "time-scope",
  "entity-name",
  "entity-title",
  "quote",
  "internal",
  "attribution",
  "arithmetic",
  "unsupported",
] as const satisfies readonly FindingKind[];

/** Names a severity override or an ignore comment may use: finding kinds and rule ids. */
export function findingNames(): string[] {
  return [...new Set<string>([...FINDING_KINDS, ...RULE_METAS.map((m) => m.id)])].sort();
}

export function configSchema(): object {
  return {
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      format: { enum: [...REPORT_FORMATS] },
      failOn: { enum: [...SEVERITIES, "none"] },
      minSeverity: { enum: [...SEVERITIES] },
      rules: { type: "array", items: { type: "string", minLength: 1 } },
      output: { type: "string", minLength: 1 },
      baseline: { type: "string", minLength: 1 },
      draft: { type: "string", minLength: 1 },
      color: { type: "boolean" },
      severity: {
        type: "object",
        propertyNames: { enum: findingNames() },
        additionalProperties: { enum: [...SEVERITIES] },
      },
    },
  };
}
