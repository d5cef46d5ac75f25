// Reading inputs from disk or stdin: the only file-system access of the library.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, extname, isAbsolute } from "node:path";
import { globSync, isDynamicPattern } from "tinyglobby";
import type { SourceInput } from "../types.js";

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

const SOURCE_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

// Files a quoted glob (stories/**/*.md) matches, sorted: only source files, never dot-files.
function expandGlob(pattern: string): string[] {
  return globSync(pattern, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(pattern) })
    .filter((f) => SOURCE_EXTENSIONS.has(extname(f).toLowerCase()))
    .sort();
}

function listFolder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...listFolder(p));
    else if (SOURCE_EXTENSIONS.has(extname(name).toLowerCase())) out.push(p);
  }
  return out;
}

/** Decodes file bytes as UTF-8, removing a byte-order mark. */
export function decode(bytes: Buffer): string {
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface ReadResult {
  inputs: SourceInput[];
  warnings: string[];
}

/** Expands paths (files, folders, "-" for stdin) into sources, in the order given. */
export function readInputs(paths: string[], readStdin: () => Buffer = () => readFileSync(0)): ReadResult {
  const inputs: SourceInput[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, bytes: Buffer) => {
    if (seen.has(path)) return;
    seen.add(path);
    if (bytes.includes(0)) {
      warnings.push(`${path}: skipped, looks binary (contains NUL bytes); give text or Markdown files`);
      return;
    }
    const text = decode(bytes);
    if (!text.trim()) warnings.push(`${path}: empty file; nothing to check in it`);
    inputs.push({ path, text });
  };
  for (const p of paths) {
    if (p === "-") {
      add("-", readStdin());
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch {
      if (!isDynamicPattern(p)) throw new InputError(`${p}: no such file or folder; check the path`);
      const files = expandGlob(p);
      if (!files.length) throw new InputError(`${p}: the pattern matches no .txt, .md or .html sources; check it (and quote it, so the shell leaves it to factdiff)`);
      for (const f of files) add(f, readOrThrow(f));
      continue;
    }
    if (st.isDirectory()) {
      const files = listFolder(p);
      if (!files.length) throw new InputError(`${p}: folder holds no .txt, .md or .html sources`);
      for (const f of files) add(f, readOrThrow(f));
    } else add(p, readOrThrow(p));
  }
  if (!inputs.length) throw new InputError("no readable sources given");
  return { inputs, warnings };
}

function readOrThrow(p: string): Buffer {
  try {
    return readFileSync(p);
  } catch (e) {
    throw new InputError(`${p}: cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"}); check its permissions`);
  }
}
