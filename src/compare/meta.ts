// Each finding kind describes itself (ESLint-style meta): the same description feeds
// `factdiff rules`, SARIF tool.driver.rules and report legends.
import type { FindingKind, Severity } from "../types.js";

export interface RuleMeta {
  id: string;
  kind: FindingKind;
  description: string;
  defaultSeverity: Severity;
  messages: Record<string, string>;
}

/** Fills `{{name}}` placeholders; an unknown message id or unfilled placeholder is a bug. */
export function formatMessage(meta: RuleMeta, messageId: string, data: Record<string, string | number>): string {
  const template = meta.messages[messageId];
  if (template === undefined) throw new Error(`rule ${meta.id}: unknown message id "${messageId}"`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => {
    if (!(k in data)) throw new Error(`rule ${meta.id}: message "${messageId}" needs {{${k}}}`);
    return String(data[k]);
  });
}
