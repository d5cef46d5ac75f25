// Extraction as each thread of a parallel run does it (extract/parallel.ts for the calling
// thread's share, extract/worker.ts for the workers'): the source's mentions and the relations
// between its figures, found in the same pass under one memo of sentences and tokens, so the
// report does not depend on which thread read a source.
import type { Source } from "../types.js";
import type { Rules } from "../rules/types.js";
import type { StageTimer } from "../timing.js";
import { extractSource, type ExtractedSource } from "../pipeline.js";
import { findRelations } from "./relations.js";
import { withTextMemo } from "../text/memo.js";

export function extractWithRelations(source: Source, index: number, rules: Rules, known: ReadonlySet<string>, timer: StageTimer, pieceChars: number): ExtractedSource & { relations: NonNullable<ExtractedSource["relations"]> } {
  return withTextMemo(() => {
    const e = extractSource(source, index, rules, known, timer, pieceChars);
    // (a long source's relations were found piece by piece already)
    return { ...e, relations: e.relations ?? timer.time("extract", () => findRelations(source, e.claims, rules)) };
  });
}
