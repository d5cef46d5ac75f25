// Tables written as text: rows of cells split by "|" (or tabs), a heading row first, and a
// caption in the line or two before it. A figure in a cell is read with its column's heading
// and the caption's bracket ("Crude handled (thousand barrels)"), as a reader reads it.

export interface TableCell {
  start: number;
  end: number;
}

export interface Table {
  /** The caption line before the heading row, if any (short, without cells). */
  caption?: TableCell;
  /** The heading row's cells, in order. */
  headings: TableCell[];
  /** The body rows: start and end of each line, and its cells. */
  rows: Array<{ start: number; end: number; cells: TableCell[] }>;
}

/** Longest caption read (characters). */
const CAPTION_MAX = 120;

/** The tables of a text: two or more rows of two or more cells each, one after another. */
export function findTables(text: string): Table[] {
  if (text.indexOf("|") < 0 && text.indexOf("\t") < 0) return [];
  const lines: Array<{ start: number; end: number }> = [];
  for (let at = 0; at <= text.length; ) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start: at, end: end > at && text[end - 1] === "\r" ? end - 1 : end });
    if (nl < 0) break;
    at = nl + 1;
  }
  const out: Table[] = [];
  for (let i = 0; i < lines.length; ) {
    const sep = separatorOf(text, lines[i]);
    if (!sep) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && separatorOf(text, lines[j]) === sep) j++;
    if (j - i >= 2) {
      const rows = lines.slice(i + 1, j).filter((l) => !/^[\s|:+-]*$/.test(text.slice(l.start, l.end)));
      const cap = captionBefore(text, lines, i);
      out.push({ ...(cap ? { caption: cap } : {}), headings: cellsOf(text, lines[i], sep), rows: rows.map((l) => ({ ...l, cells: cellsOf(text, l, sep) })) });
    }
    i = j;
  }
  return out;
}

/** "|" or a tab when the line splits into two cells or more by it; else null. */
function separatorOf(text: string, line: { start: number; end: number }): "|" | "\t" | null {
  const s = text.slice(line.start, line.end);
  if (/\S[ \t]*\|[ \t]*\S/.test(s)) return "|";
  if (/\S\t+\S/.test(s)) return "\t";
  return null;
}

function cellsOf(text: string, line: { start: number; end: number }, sep: string): TableCell[] {
  const out: TableCell[] = [];
  let at = line.start;
  for (;;) {
    const k = text.indexOf(sep, at);
    const end = k < 0 || k > line.end ? line.end : k;
    let [s, e] = [at, end];
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // (a leading or closing "|" makes no empty cell: "| March | 48.7 |")
    if (e > s || (end !== line.end && at !== line.start)) out.push({ start: s, end: e });
    if (end === line.end) break;
    at = end + 1;
  }
  return out;
}

/** The nearest non-blank line within two before the heading row, when short and without cells. */
function captionBefore(text: string, lines: Array<{ start: number; end: number }>, i: number): TableCell | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const s = text.slice(lines[k].start, lines[k].end);
    if (!s.trim()) continue;
    if (s.length > CAPTION_MAX || separatorOf(text, lines[k])) return undefined;
    const lead = s.length - s.trimStart().length;
    return { start: lines[k].start + lead, end: lines[k].start + s.trimEnd().length };
  }
  return undefined;
}

/**
 * The table, row and column a place falls in, if it is in a body row's cell (tables and rows are
 * in text order: found by bisection, so a long table stays linear to read).
 */
export function cellAt(tables: readonly Table[], at: number): { table: Table; row: number; column: number } | undefined {
  const t = lastAtOrBefore(tables, at, (x) => x.rows[0]?.start ?? Infinity);
  const table = t < 0 ? undefined : tables[t];
  if (!table || !table.rows.length || at > table.rows[table.rows.length - 1].end) return undefined;
  const r = lastAtOrBefore(table.rows, at, (x) => x.start);
  if (r < 0 || at > table.rows[r].end) return undefined;
  const column = table.rows[r].cells.findIndex((c) => at >= c.start && at < c.end);
  return column < 0 ? undefined : { table, row: r, column };
}

/** The index of the last item whose start is at or before `at`, or -1. */
function lastAtOrBefore<T>(xs: readonly T[], at: number, start: (x: T) => number): number {
  let [lo, hi] = [0, xs.length - 1];
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start(xs[mid]) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
