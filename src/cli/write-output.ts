// --output: the report goes to a file, atomically. It is written to a temporary file in the
// same folder (so the rename stays on one file system) and renamed over the target, so a
// reader never sees half a report and a failed run leaves the old file, or nothing, behind.
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { crypto } from "../crypto.js";

export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputError";
  }
}

/** Why a write failed, by errno code, with the path and what to do about it. */
function explain(path: string, code: string | undefined): string {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return `${path}: cannot write there (permission denied); choose a folder you can write to`;
    case "EROFS":
      return `${path}: cannot write there (read-only file system); choose another --output path`;
    case "ENOSPC":
    case "EDQUOT":
      return `${path}: no space left to write the report; free some space or choose another --output path`;
    case "EISDIR":
      return `${path}: is a folder; give a file name, e.g. ${path.replace(/[\\/]+$/, "")}/report.html`;
    case "ENOENT":
    case "ENOTDIR":
      return `${path}: folder ${dirname(path)} does not exist; create it first or choose another --output path`;
    default:
      return `${path}: cannot write the report (${code ?? "unknown error"}); choose another --output path`;
  }
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code;

/** Writes `content` to `path` all at once or not at all; throws OutputError naming the path. */
export function writeFileAtomic(path: string, content: string): void {
  const target = resolve(path);
  const folder = dirname(target);
  try {
    if (!statSync(folder).isDirectory()) throw new OutputError(explain(path, "ENOTDIR"));
  } catch (e) {
    throw e instanceof OutputError ? e : new OutputError(explain(path, codeOf(e)));
  }
  let targetIsFolder = false;
  try {
    targetIsFolder = statSync(target).isDirectory();
  } catch {
    // no file there yet: the usual case
  }
  if (targetIsFolder) throw new OutputError(explain(path, "EISDIR"));

  const temp = resolve(folder, `.${basename(target)}.${process.pid}.${crypto().randomBytes(4).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", 0o666);
    const bytes = Buffer.from(content, "utf8");
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    // the folder exists (checked above), so ENOENT here means it takes no new files (/proc…)
    if (codeOf(e) === "ENOENT") throw new OutputError(`${path}: cannot create a file in ${dirname(path)}; choose another --output path`);
    throw new OutputError(explain(path, codeOf(e)));
  }
}
