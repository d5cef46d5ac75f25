// ingest: file text → Source (metadata from YAML front matter, body span, line index).
// Offsets always point into the file text as read (BOM removed), header included.
import { createRequire } from "node:module";
import type { Source, SourceInput, SourceMeta } from "../types.js";
import { FileError } from "../errors.js";

export class IngestError extends FileError {
  override name = "IngestError";
  /** The source's path (the file it names). */
  get path(): string {
    return this.file;
  }
}

const require = createRequire(import.meta.url);
let yamlModule: typeof import("yaml") | undefined;
const yamlLib = () => (yamlModule ??= require("yaml") as typeof import("yaml"));

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function asDate(v: unknown): string | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  return undefined;
}

const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_]*):[ \t]+([A-Za-z][A-Za-z0-9 .,&'()/-]*?|\d{4}-\d{2}-\d{2})[ \t]*$/;
const NOT_A_STRING = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/**
 * The common header — lines of `key: value` with distinct keys and plain values (a word-led
 * phrase or a date) — read without the YAML parser: what it gives for such a header, as a
 * speed-up for stories of hundreds of sources. Anything else (quotes, colons in values,
 * comments, lists, numbers, an empty value, a repeated key) gives undefined and goes to YAML.
 */
export function simpleFrontMatter(yamlText: string): Record<string, string> | undefined {
  if (yamlText.includes("\r") || yamlText.includes("\t")) return undefined;
  const out: Record<string, string> = {};
  for (const line of yamlText.split("\n")) {
    if (!line) continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m || Object.hasOwn(out, m[1]) || m[1] === "__proto__" || NOT_A_STRING.test(m[1]) || NOT_A_STRING.test(m[2]) || / #|: /.test(m[2])) return undefined;
    out[m[1]] = m[2];
  }
  return out;
}

function readFrontMatter(path: string, text: string): { meta: SourceMeta; bodyStart: number } {
  if (!text.startsWith("---")) return { meta: {}, bodyStart: 0 };
  const m = FRONT_MATTER.exec(text);
  if (!m || m.index !== 0) {
    const firstLine = text.slice(0, text.indexOf("\n") >>> 0);
    if (/^---[ \t]*\r?$/.test(firstLine)) throw new IngestError(path, 1, "front matter starts with --- but has no closing --- line; add one after the header");
    return { meta: {}, bodyStart: 0 };
  }
  const yamlText = m[1];
  let data: unknown = simpleFrontMatter(yamlText);
  if (data === undefined) {
    // loaded on first use: most sources have no header, and loading yaml costs start-up time
    const { LineCounter, parseDocument } = yamlLib();
    const lc = new LineCounter();
    const doc = parseDocument(yamlText, { lineCounter: lc });
    if (doc.errors.length) {
      const line = lc.linePos(doc.errors[0].pos[0]).line + 1;
      // the parser's own "at line 2, column 1" counts from the header, not the file: drop it
      throw new IngestError(path, line, `malformed front matter: ${doc.errors[0].message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`);
    }
    data = doc.toJS() as unknown;
  }
  if (data !== null && (typeof data !== "object" || Array.isArray(data)))
    throw new IngestError(path, 2, "front matter must be key: value pairs (outlet, published, title, url)");
  const d = (data ?? {}) as Record<string, unknown>;
  const meta: SourceMeta = {};
  if (d.title != null && String(d.title).trim()) meta.title = String(d.title);
  if (d.outlet != null && String(d.outlet).trim()) meta.outlet = String(d.outlet);
  if (d.url != null && String(d.url).trim()) meta.url = String(d.url);
  if (d.published != null && String(d.published).trim() !== "") {
    const p = asDate(d.published);
    if (!p) {
      const line = text.slice(0, m[0].length).split("\n").findIndex((l) => /^published\s*:/.test(l)) + 1;
      throw new IngestError(path, line || undefined, `published must be a date like 2019-07-21; got ${JSON.stringify(d.published)}`);
    }
    meta.published = p;
  }
  return { meta, bodyStart: m[0].length };
}

/** Reads one source. `text` must already have its BOM removed. */
export function ingest(input: SourceInput): Source {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const { meta, bodyStart } = readFrontMatter(input.path, text);
  if (!meta.title) {
    const m = /\S[^\r\n]*/.exec(text.slice(bodyStart));
    if (m) meta.title = m[0].trim();
  }
  return {
    path: input.path,
    text,
    body: { source: input.path, start: bodyStart, end: text.length, text: text.slice(bodyStart) },
    meta,
    lineStarts: lineStartsOf(text),
  };
}

/** 1-based line and column of an offset. */
export function lineCol(source: Source, offset: number): { line: number; col: number } {
  const ls = source.lineStarts;
  let lo = 0;
  let hi = ls.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ls[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - ls[lo] + 1 };
}
