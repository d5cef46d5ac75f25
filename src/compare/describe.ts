// Plain-words descriptions of claims, scopes and values for finding messages.
import type { QuantityClaim, TimeScope } from "../types.js";
import { parseIso, daysInMonth } from "../normalize/dates.js";
import type { AlignedPair } from "../align/index.js";
import { groupedNumber } from "../text/grouped.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function describeScope(s: TimeScope | null): string {
  if (!s) return "no stated period";
  const a = parseIso(s.start);
  const b = parseIso(s.end);
  if (!a || !b) return s.text ?? s.start;
  const yr = (y: number) => (y ? ` ${y}` : "");
  if (s.start === s.end) return `${MONTHS[a.m - 1]} ${a.d}${yr(a.y)}`;
  const wholeMonths = a.d === 1 && b.d === daysInMonth(b.y, b.m);
  if (wholeMonths && a.y === b.y) {
    if (a.m === 1 && b.m === 12) return a.y ? `${a.y}` : "the year";
    if (a.m === b.m) return `${MONTHS[a.m - 1]}${yr(a.y)}`;
    return `${MONTHS[a.m - 1]}–${MONTHS[b.m - 1]}${yr(a.y)}`;
  }
  return `${MONTHS[a.m - 1]} ${a.d}${yr(a.y)} to ${MONTHS[b.m - 1]} ${b.d}${yr(b.y)}`;
}

/** File names by path (a large story names its few paths in tens of thousands of messages). */
const names = new Map<string, string>();
export function fileName(path: string): string {
  let name = names.get(path);
  if (name === undefined) {
    if (names.size >= 10_000) names.clear();
    names.set(path, (name = path.split(/[\\/]/).pop() ?? path));
  }
  return name;
}

export function quoteOf(c: QuantityClaim): string {
  return `"${c.span.text.replace(/\s+/g, " ")}"`;
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${+(n / 1e9).toPrecision(4)} billion`;
  if (abs >= 1e6) return `${+(n / 1e6).toPrecision(4)} million`;
  return groupedNumber(+n.toPrecision(6));
}

/** Why the aligner thinks two claims are about the same thing. */
export function whySame(p: AlignedPair): string {
  const parts: string[] = [];
  if (p.shared.length) parts.push(`shared measure words: ${p.shared.slice(0, 5).join(", ")}`);
  if (p.fingerprint === "slip") parts.push("near-identical digits");
  if (p.fingerprint === "scale") parts.push("same digits at another scale");
  if (p.scope === "same") parts.push(`same period: ${describeScope(p.a.scope)}`);
  else if (p.scope === "unknown") parts.push("period not stated in both");
  else if (p.scope === "edition") parts.push("no period stated, published on different days");
  if (p.a.change) parts.push(`both a change (${p.a.change})`);
  return parts.join("; ") || "same unit and period";
}
