// Cuts a source text into consecutive segments so that claims can be marked even when they
// overlap or nest: each segment is covered by the same set of claims from its start to its
// end, so one <mark> per covered segment never needs to cross another element's boundary.

/** A claim to mark: UTF-16 offsets into the source text, end exclusive. */
export interface HighlightSpan<T> {
  start: number;
  end: number;
  /** What the mark stands for (the finding and claim it belongs to). */
  ref: T;
}

/** A piece of the text; `covering` lists every span that contains all of it (empty: plain text). */
export interface Segment<T> {
  start: number;
  end: number;
  covering: T[];
}

export function segmentText<T>(textLength: number, spans: HighlightSpan<T>[]): Segment<T>[] {
  const clamp = (n: number) => Math.max(0, Math.min(textLength, n));
  const usable = spans.map((s) => ({ ...s, start: clamp(s.start), end: clamp(s.end) })).filter((s) => s.end > s.start);
  const cuts = [...new Set([0, textLength, ...usable.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i];
    const end = cuts[i + 1];
    segments.push({ start, end, covering: usable.filter((s) => s.start <= start && s.end >= end).map((s) => s.ref) });
  }
  return segments;
}
