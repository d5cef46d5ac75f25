// Errors for JSON files validated against a schema (the config file, baselines): the file,
// the line, the field and what was expected, as rule files report them (rules/load.ts).
import type { ErrorObject } from "ajv";
import { createRequire } from "node:module";
import { describe, nodeAt } from "../rules/load.js";
import { FileError } from "../errors.js";

export class ConfigError extends FileError {
  override name = "ConfigError";
}

/** A ConfigError for the first schema error, with the line of the offending field where it can be found. */
export function validationError(file: string, text: string, err: ErrorObject): ConfigError {
  // yaml is loaded only when a file is read
  const { LineCounter, parseDocument } = createRequire(import.meta.url)("yaml") as typeof import("yaml");
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const path = err.instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  let message: string;
  const name = (err as ErrorObject & { propertyName?: string }).propertyName;
  if (name !== undefined) {
    // propertyNames: a key that is not allowed (a severity override for an unknown kind)
    path.push(name);
    const field = path.join(".");
    const allowed = (err.params as { allowedValues?: unknown[] }).allowedValues;
    message = `unknown key "${name}" at ${path.slice(0, -1).join(".") || "(top level)"}${allowed ? `; expected one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}` : ""} (field ${field})`;
  } else message = describe(err);
  // an unknown key: point at the key itself
  if (err.keyword === "additionalProperties") path.push(String((err.params as { additionalProperty: string }).additionalProperty));
  const node = doc.errors.length ? undefined : nodeAt(doc, path);
  const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  const snippet = line ? text.split(/\r?\n/)[line - 1]?.trim() : undefined;
  return new ConfigError(file, line, message + (snippet ? ` (at: ${snippet})` : ""));
}

/** JSON.parse with an error naming the file and line. */
export function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split("\n").length : undefined;
    throw new ConfigError(file, line, `not valid JSON: ${msg.replace(/^JSON\.parse: /, "")}`);
  }
}
