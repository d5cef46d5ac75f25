import { ingest } from "../../src/ingest/index.js";
import { loadRules } from "../../src/rules/load.js";
import { extractTimes } from "../../src/extract/time.js";
import { extractQuantities } from "../../src/extract/quantities.js";
import { normalizeSource } from "../../src/normalize/index.js";
import type { QuantityClaim, QuantityMention, Source, TimeMention } from "../../src/types.js";

export const rules = loadRules();

/** A source from inline text, with an optional publication date in a front-matter header. */
export function sourceOf(body: string, published?: string, path = "t.txt"): Source {
  const header = published ? `---\npublished: ${published}\n---\n` : "";
  return ingest({ path, text: header + body });
}

export function timesOf(body: string, published?: string): TimeMention[] {
  return extractTimes(sourceOf(body, published), rules);
}

export function quantitiesOf(body: string, published?: string): QuantityMention[] {
  const s = sourceOf(body, published);
  return extractQuantities(s, rules, extractTimes(s, rules));
}

export function claimsOf(body: string, published?: string, path = "t.txt", index = 0): QuantityClaim[] {
  const s = sourceOf(body, published, path);
  const times = extractTimes(s, rules);
  return normalizeSource(s, index, extractQuantities(s, rules, times), times, rules).claims;
}

/** Deep-freezes a value so a stage that mutates its input fails loudly. */
export function deepFreeze<T>(v: T): T {
  if (v && typeof v === "object" && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}
