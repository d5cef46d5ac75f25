// Errors that point at a place in a file the user gave: a rule file, the config, a source's
// front matter. The message starts with "file:line:" so an editor can jump to it.
export class FileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${message}`);
    this.name = "FileError";
  }
}
