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

/** A template split once into literal text (even places) and placeholder names (odd places). */
const parsed = new Map<string, string[]>();
function parts(template: string): string[] {
  let p = parsed.get(template);
  if (!p) parsed.set(template, (p = template.split(/\{\{\s*(\w+)\s*\}\}/)));
  return p;
}

/**
 * Fills `{{name}}` placeholders; an unknown message id or unfilled placeholder is a bug.
 * (Each template is split once: a large story formats tens of thousands of draft messages.)
 */
export function formatMessage(meta: RuleMeta, messageId: string, data: Record<string, string | number>): string {
  const template = meta.messages[messageId];
  if (template === undefined) throw new Error(`rule ${meta.id}: unknown message id "${messageId}"`);
  const p = parts(template);
  let out = p[0];
  for (let i = 1; i < p.length; i += 2) {
    const k = p[i];
    if (!(k in data)) throw new Error(`rule ${meta.id}: message "${messageId}" needs {{${k}}}`);
    out += String(data[k]) + p[i + 1];
  }
  return out;
}
