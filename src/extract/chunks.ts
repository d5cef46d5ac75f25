// A very long source (an archive, a transcript dump) is extracted in pieces cut at paragraph
// breaks: each piece is read as a source of its own, and the spans found in it are shifted
// back to offsets in the whole text. Extraction then holds one piece's working data at a
// time (tokens, sentence lists, scan tables) instead of the whole text's, which is what kept
// a 50 MB source from fitting in memory (issue 7). Shorter sources are read whole, so their
// results do not depend on this.
import type { Source } from "../types.js";
import { lre } from "../text/letters.js";

/**
 * Length (UTF-16 code units) of a piece; a body longer than 1.5 pieces is cut.
 * FACTDIFF_CHUNK_CHARS overrides it (the tests cut small texts).
 */
export function chunkChars(): number {
  const n = Number(process.env.FACTDIFF_CHUNK_CHARS);
  return Number.isFinite(n) && n >= 1000 ? Math.floor(n) : 1_000_000;
}

export interface Piece {
  /** The piece read as a source; its offsets are relative to `offset`. */
  source: Source;
  /** Where the piece starts in the whole text. */
  offset: number;
}

/**
 * Where to cut `text` between `from` and about `from + size`: after the last blank line in
 * the second half of the window, else after the last line break, else after the last
 * sentence end, else at the window's end (never inside a surrogate pair).
 */
export function cutAt(text: string, from: number, size: number): number {
  const hardEnd = from + size;
  if (hardEnd >= text.length) return text.length;
  const floor = from + (size >> 1);
  const window = text.slice(floor, hardEnd);
  for (const re of [/\n[ \t\u00a0\r]*\n/g, /\n/g, lre(/[.!?]["'”’)]?[ \u00a0]+(?=[\p{Lu}"“])/gu)]) {
    let last = -1;
    for (let m = re.exec(window); m; m = re.exec(window)) last = m.index + m[0].length;
    if (last > 0) return floor + last;
  }
  const c = text.charCodeAt(hardEnd - 1);
  return c >= 0xd800 && c <= 0xdbff ? hardEnd + 1 : hardEnd;
}

/**
 * The pieces of a source, or the source itself when it is short enough to read whole. The
 * first piece keeps the header (front matter) and the headline; later pieces are marked
 * `continues`, so their first line is not taken for a headline.
 */
export function pieces(source: Source, size = chunkChars()): Piece[] {
  const text = source.text;
  if (text.length - source.body.start <= size * 1.5) return [{ source, offset: 0 }];
  const out: Piece[] = [];
  let from = 0;
  while (from < text.length) {
    const end = cutAt(text, from === 0 ? source.body.start : from, size);
    const piece = text.slice(from, end);
    const bodyStart = from === 0 ? source.body.start : 0;
    out.push({
      offset: from,
      source: {
        path: source.path,
        text: piece,
        body: { source: source.path, start: bodyStart, end: piece.length, text: piece.slice(bodyStart) },
        meta: source.meta,
        lineStarts: [],
        ...(from > 0 ? { continues: true } : {}),
      },
    });
    from = end;
  }
  return out;
}

/**
 * Moves every span found in a piece to its place in the whole text: each object holding
 * numeric `start` and `end` (spans, tokens, quote parts) is shifted once, however many
 * records share it. Scopes' ISO `start`/`end` are strings and stay as they are.
 */
export function shiftOffsets(value: unknown, offset: number, seen = new Set<object>()): void {
  if (!offset || value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const v of value) shiftOffsets(v, offset, seen);
    return;
  }
  if (value instanceof Map || value instanceof Set || ArrayBuffer.isView(value)) return;
  const o = value as Record<string, unknown>;
  if (typeof o.start === "number" && typeof o.end === "number") {
    o.start += offset;
    o.end += offset;
  }
  for (const k in o) {
    const v = o[k];
    if (v !== null && typeof v === "object") shiftOffsets(v, offset, seen);
  }
}
