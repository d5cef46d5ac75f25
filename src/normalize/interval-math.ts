// Interval arithmetic for redoing a text's sums: every figure stands for the interval its
// wording allows (rounding, hedge), and a computation over figures gives the interval of
// every result those figures allow. Closed intervals: an open end ("nearly 40%" stops short
// of 40) is taken as closed, which only ever makes a check more lenient.
import type { Interval, QuantityMention } from "../types.js";

export interface Range {
  lo: number;
  hi: number;
}

export function range(lo: number, hi = lo): Range {
  return lo <= hi ? { lo, hi } : { lo: hi, hi: lo };
}

/** The interval a figure allows, in its family's base unit. */
export function rangeOf(q: Pick<QuantityMention, "interval" | "toBase">): Range {
  return range(q.interval.low * q.toBase, q.interval.high * q.toBase);
}

export function fromInterval(i: Interval): Range {
  return range(i.low, i.high);
}

export function add(a: Range, b: Range): Range {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

export function sub(a: Range, b: Range): Range {
  return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

export function neg(a: Range): Range {
  return { lo: -a.hi, hi: -a.lo };
}

export function mul(a: Range, b: Range): Range {
  const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
  return { lo: Math.min(...p), hi: Math.max(...p) };
}

export function scale(a: Range, k: number): Range {
  return range(a.lo * k, a.hi * k);
}

/** a / b; null when b may be zero (the quotient is unbounded). */
export function div(a: Range, b: Range): Range | null {
  if (b.lo <= 0 && b.hi >= 0) return null;
  return mul(a, { lo: 1 / b.hi, hi: 1 / b.lo });
}

export function sum(xs: Range[]): Range {
  return xs.reduce(add, range(0));
}

export function abs(a: Range): Range {
  if (a.lo >= 0) return a;
  if (a.hi <= 0) return neg(a);
  return { lo: 0, hi: Math.max(-a.lo, a.hi) };
}

export function mid(a: Range): number {
  return (a.lo + a.hi) / 2;
}

export function width(a: Range): number {
  return a.hi - a.lo;
}

/** Both intervals share a value (a relative slack of 1e-9 absorbs floating-point noise). */
export function overlaps(a: Range, b: Range): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(a.lo), Math.abs(a.hi), Math.abs(b.lo), Math.abs(b.hi));
  return a.lo <= b.hi + eps && b.lo <= a.hi + eps;
}

export function intersect(a: Range, b: Range): Range | null {
  if (!overlaps(a, b)) return null;
  return range(Math.max(a.lo, b.lo), Math.min(a.hi, b.hi));
}

/** Widens an interval by `by` on each side. */
export function widen(a: Range, by: number): Range {
  return { lo: a.lo - by, hi: a.hi + by };
}

/** Distance between two disjoint intervals (0 when they meet). */
export function gap(a: Range, b: Range): number {
  return Math.max(0, Math.max(a.lo, b.lo) - Math.min(a.hi, b.hi));
}
