// Severity policy: the table in rules/severity.yaml, looked up by kind and situation.
import type { Severity } from "../types.js";
import type { Rules } from "../rules/types.js";

export function severityFor(rules: Rules, kind: string, situation: string, fallback: Severity): Severity {
  const table = rules.severity.severity[kind];
  return table?.[situation] ?? table?.default ?? fallback;
}
