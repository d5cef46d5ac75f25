// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a day.
export function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y || 2001, m, 0)).getUTCDate();
}

export function parseIso(s: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

export function addDays(s: string, n: number): string {
  const p = parseIso(s)!;
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 0 = Sunday. */
export function weekdayOf(s: string): number {
  const p = parseIso(s)!;
  return new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
}

export function monthRange(y: number, m: number): { start: string; end: string } {
  return { start: iso(y, m, 1), end: iso(y, m, daysInMonth(y, m)) };
}
