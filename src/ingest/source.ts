// ingest by format: an HTML page is reduced to its article text with an offset map back
// into the file (see html.ts); anything else is read as text (index.ts).
import type { Source, SourceInput } from "../types.js";
import { ingest, lineStartsOf } from "./index.js";
import { extractHtml, isHtml } from "./html.js";

/** Reads one source for checking: HTML pages as their extracted text, everything else as is. */
export function ingestSource(input: SourceInput): Source {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  if (!isHtml(input.path, text)) return ingest(input);
  const page = extractHtml(text);
  return {
    path: input.path,
    text: page.text,
    body: { source: input.path, start: 0, end: page.text.length, text: page.text },
    meta: page.meta,
    lineStarts: lineStartsOf(page.text),
    origin: { format: "html", text, starts: page.starts, ends: page.ends },
  };
}
