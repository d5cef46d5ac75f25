// The line every human-facing report adds when findings were hidden by a baseline or by
// factdiff-ignore comments (the JSON report carries the count as `suppressed`).
import type { Report } from "../types.js";

/** "3 findings suppressed (2 by the baseline, 1 by factdiff-ignore comments)", or null when none were. */
export function suppressedNote(report: Report): string | null {
  const n = report.suppressed ?? 0;
  if (!n) return null;
  const by = report.suppressedBy;
  const parts = by ? [by.baseline ? `${by.baseline} by the baseline` : "", by.ignore ? `${by.ignore} by factdiff-ignore comment${by.ignore === 1 ? "" : "s"}` : ""].filter(Boolean) : [];
  return `${n} finding${n === 1 ? "" : "s"} suppressed${parts.length ? ` (${parts.join(", ")})` : ""}`;
}
