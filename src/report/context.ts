// Where a claim stands, for reporters that quote evidence: its path:line:col and the
// sentence around it, split into the words before, the claim itself and the words after.
import type { Evidence, Severity, Source } from "../types.js";
import { SEVERITY_RANK } from "../types.js";
import { lineCol } from "../ingest/index.js";
import { splitSentences } from "../text/sentences.js";

/** A 1-based line and column pair (columns count UTF-16 code units, as offsets do). */
export interface Position {
  line: number;
  col: number;
}

/** Where a claim is: the start position and the position just after its last character. */
export interface ClaimLocation {
  start: Position;
  end: Position;
}

/** The sentence holding a claim, whitespace collapsed to single spaces, long sides clipped. */
export interface ClaimContext {
  before: string;
  claim: string;
  after: string;
}

/** The sentence (within its paragraph, never the front-matter header) that contains start..end. */
export function sentenceAround(source: Source, start: number, end: number): { start: number; end: number } {
  const lineStart = source.text.lastIndexOf("\n\n", start);
  const from = Math.max(source.body.start, lineStart < 0 ? 0 : lineStart);
  const paraEnd = source.text.indexOf("\n\n", end);
  const to = paraEnd < 0 ? source.text.length : paraEnd;
  const s = splitSentences(source.text, from, to).find((r) => r.start <= start && r.end >= end);
  return s ?? { start, end };
}

export function clip(text: string, max = 240): string {
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}

/** Keeps the end of a text (the words right before a claim), clipped at the front. */
export function clipStart(text: string, max: number): string {
  return text.length > max ? "…" + text.slice(text.length - max + 1) : text;
}

const collapse = (s: string) => s.replace(/\s+/g, " ");

export function locate(source: Source, claim: Pick<Evidence, "start" | "end">): ClaimLocation {
  return { start: lineCol(source, claim.start), end: lineCol(source, claim.end) };
}

/** `path:line:col` of a claim, the form editors and compilers use. */
export function locationLabel(source: Source, claim: Pick<Evidence, "start">): string {
  const { line, col } = lineCol(source, claim.start);
  return `${source.path}:${line}:${col}`;
}

export function contextOf(source: Source, claim: Pick<Evidence, "start" | "end">, sideLength = 110): ClaimContext {
  const s = sentenceAround(source, claim.start, claim.end);
  return {
    before: clipStart(collapse(source.text.slice(Math.min(s.start, claim.start), claim.start)).trimStart(), sideLength),
    claim: collapse(source.text.slice(claim.start, claim.end)),
    after: clip(collapse(source.text.slice(claim.end, Math.max(s.end, claim.end))).trimEnd(), sideLength),
  };
}

/** Most severe first; a stable order for grouping. */
export function bySeverity<T extends { severity: Severity }>(a: T, b: T): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
}

export function sourcesByPath(sources: Source[]): Map<string, Source> {
  return new Map(sources.map((s) => [s.path, s]));
}
