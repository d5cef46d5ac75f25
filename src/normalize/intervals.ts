// Interval logic for comparing figures: what two phrasings allow, in the family's base unit.
import type { Interval, QuantityMention } from "../types.js";

/** The interval a figure commits to, in its family's base unit (km → m, cents → USD). */
export function baseInterval(q: Pick<QuantityMention, "interval" | "toBase" | "unit"> & { offset?: number; change?: unknown; perFactor?: number }, offset = zeroOf(q)): Interval {
  const f = q.toBase * (q.perFactor ?? 1);
  const iv = q.interval;
  // (the four fields written out: a spread copy cost more than the arithmetic, on a hot path)
  return { low: (iv.low + offset) * f, high: (iv.high + offset) * f, lowOpen: iv.lowOpen, highOpen: iv.highOpen };
}

/** True when some number satisfies both intervals. */
export function intersects(a: Interval, b: Interval): boolean {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high === b.low) return !a.highOpen && !b.lowOpen;
  if (b.high === a.low) return !b.highOpen && !a.lowOpen;
  return true;
}

/** Central value of a figure (the stated value, or a range's midpoint), in base units. */
export function centre(q: Pick<QuantityMention, "value" | "toBase"> & { offset?: number; change?: unknown; perFactor?: number }): number {
  const v = Array.isArray(q.value) ? (q.value[0] + q.value[1]) / 2 : q.value;
  return (v + zeroOf(q)) * q.toBase * (q.perFactor ?? 1);
}

/** A unit's offset to its family's zero (°F → °C), which a change ("up 10°F") does not take. */
function zeroOf(q: { offset?: number; change?: unknown }): number {
  return q.offset && !q.change ? q.offset : 0;
}

/** The power of ten (3, 6, 9) that separates two values, when one is a scale slip of the other. */
export function scaleSlip(a: number, b: number, ratios: number[], tolerance: number): number | null {
  if (a <= 0 || b <= 0) return null;
  const r = Math.max(a, b) / Math.min(a, b);
  for (const k of ratios) if (Math.abs(r / k - 1) <= tolerance) return k;
  return null;
}

/** Distance between two disjoint intervals relative to their size (0 when they touch). */
export function relativeGap(a: Interval, b: Interval): number {
  const gap = Math.max(a.low, b.low) - Math.min(a.high, b.high);
  const scale = Math.max(Math.abs(a.high), Math.abs(b.high), 1e-9);
  return Math.max(0, gap) / scale;
}
