// The JSON report of the report contract, and the claims listing.
import type { Report } from "../types.js";
import type { ExtractedSource } from "../pipeline.js";
import { VERSION } from "../version.js";
import { tidy } from "../compare/index.js";
import { toFileSpan } from "../ingest/html.js";

export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + "\n";
}

export function claimsListing(extracted: ExtractedSource[]) {
  return {
    version: 1,
    tool: { name: "factdiff", version: VERSION },
    sources: extracted.map(({ source }) => ({ path: source.path, ...source.meta })),
    claims: extracted.flatMap(({ source, claims, times, quotes }) => [
      ...claims.map((c) => ({
        source: c.span.source,
        start: c.span.start,
        end: c.span.end,
        text: c.span.text,
        type: "quantity" as const,
        normalized: {
          type: "quantity",
          value: Array.isArray(c.value) ? c.value.map(tidy) : tidy(c.value),
          low: tidy(c.interval.low),
          high: tidy(c.interval.high),
          lowOpen: c.interval.lowOpen,
          highOpen: c.interval.highOpen,
          bound: c.bound,
          unit: c.unit,
          ...(c.change ? { change: c.change } : {}),
          ...(c.hedge ? { hedge: c.hedge } : {}),
          ...(c.per ? { per: c.per } : {}),
          ...(c.planned ? { planned: true } : {}),
          measure: c.measure.slice(0, 8),
          ...(c.head ? { head: c.head } : {}),
          scope: c.scope ? { start: c.scope.start, end: c.scope.end } : null,
        },
      })),
      ...times.map((t) => ({
        source: t.span.source,
        start: t.span.start,
        end: t.span.end,
        text: t.span.text,
        type: "time" as const,
        normalized: { type: "time", role: t.role, scope: t.scope ? { start: t.scope.start, end: t.scope.end } : null },
      })),
      ...(quotes ?? []).map((q) => ({
        source: q.span.source,
        start: q.span.start,
        end: q.span.end,
        text: q.span.text,
        type: "quote" as const,
        normalized: {
          type: "quote",
          words: q.words.length,
          ...(q.speaker !== undefined ? { speaker: q.speaker } : {}),
          ...(q.speakerKey ? { speakerKey: q.speakerKey } : {}),
          ...(q.speakerVia ? { via: q.speakerVia } : {}),
          ...(q.scare ? { scare: true } : {}),
          ...(q.partial ? { partial: true } : {}),
          ...(q.unclosed ? { unclosed: true } : {}),
        },
      })),
    ]
      // an HTML page: spans back into the file (ingest/html.ts)
      .map((c) => (source.origin ? toFileSpan(source, c) : c))
      .sort((a, b) => a.start - b.start)),
  };
}
