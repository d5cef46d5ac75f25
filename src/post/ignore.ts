// factdiff-ignore comments: `<!-- factdiff-ignore -->` (every kind) or
// `<!-- factdiff-ignore hedge-wording rounding -->` (those kinds or rule ids) in a Markdown or
// text source hides findings with a claim in the paragraph that follows the comment (the text
// from the comment to the next blank line after the first words that follow it).
import type { Finding, Source } from "../types.js";
import { IngestError, lineCol } from "../ingest/index.js";
import { findingNames } from "../config/schema.js";

export interface IgnoreRegion {
  source: string;
  start: number;
  end: number;
  /** Kinds or rule ids hidden; null for all. */
  kinds: Set<string> | null;
}

const COMMENT = /<!--\s*factdiff-ignore\b([\s\S]*?)-->/g;

/** The ignore regions of a source (none for an HTML page: its comments are not paragraphs' neighbours). */
export function ignoreRegions(source: Source, knownKinds: ReadonlySet<string>): IgnoreRegion[] {
  if (source.origin) return [];
  const text = source.text;
  const out: IgnoreRegion[] = [];
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    const names = m[1].split(/[\s,]+/).filter(Boolean);
    for (const n of names)
      if (!knownKinds.has(n))
        throw new IngestError(source.path, lineCol(source, m.index).line, `factdiff-ignore names an unknown finding kind "${n}"; use one of ${[...knownKinds].sort().join(", ")}, or none to ignore every kind`);
    const after = m.index + m[0].length;
    const first = text.slice(after).search(/\S/);
    if (first < 0) continue;
    const from = after + first;
    const gap = /\n[ \t]*\r?\n/g;
    gap.lastIndex = from;
    const g = gap.exec(text);
    out.push({ source: source.path, start: m.index, end: g ? g.index : text.length, kinds: names.length ? new Set(names) : null });
  }
  return out;
}

/** Does a region hide this finding (one of its claims stands in it, and the kind is named or all are)? */
export function ignoredBy(f: Finding, regions: IgnoreRegion[]): boolean {
  return regions.some((r) => (!r.kinds || r.kinds.has(f.kind) || r.kinds.has(f.rule)) && f.claims.some((c) => inRegion(r, c.source, c.start)));
}

/** The ignore regions of every source of a run. */
export function storyIgnoreRegions(sources: readonly Source[]): IgnoreRegion[] {
  const known = new Set(findingNames());
  return sources.flatMap((s) => ignoreRegions(s, known));
}

/** Is a place starting at `start` in `source` inside the region? */
export function inRegion(r: IgnoreRegion, source: string, start: number): boolean {
  return source === r.source && start >= r.start && start < r.end;
}
