// Inputs given as quoted globs ("stories/**/*.md"): expanded by factdiff (tinyglobby), sorted,
// only source files (.txt, .md, .html); a pattern that matches nothing is an error (exit 2).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs, InputError } from "../../src/ingest/read.js";
import { run } from "../helpers/cli.js";

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), "factdiff-glob-"));
  for (const [path, text] of Object.entries({
    "stories/a/wire.md": "The council approved a budget of $1.42 billion on Tuesday.\n",
    "stories/b/paper.md": "The council approved a budget of $1.44 billion on Tuesday.\n",
    "stories/b/notes.txt": "Call the clerk.\n",
    "stories/b/case.json": "{}\n",
    "stories/c/page.html": "<html><body><article><p>The council approved a budget of $1.42 billion on Tuesday.</p></article></body></html>\n",
    "stories/.hidden/x.md": "Hidden 12.\n",
  })) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("glob inputs", () => {
  const dir = tree();

  test("a ** pattern matches source files in every folder, sorted, dot-folders skipped", () => {
    const { inputs } = readInputs([join(dir, "stories/**/*.md")]);
    expect(inputs.map((i) => i.path)).toEqual([join(dir, "stories/a/wire.md"), join(dir, "stories/b/paper.md")]);
  });

  test("a broad pattern keeps only source files (.txt, .md, .html)", () => {
    const { inputs } = readInputs([join(dir, "stories/*/*")]);
    expect(inputs.map((i) => i.path.slice(dir.length + 1))).toEqual(["stories/a/wire.md", "stories/b/notes.txt", "stories/b/paper.md", "stories/c/page.html"]);
  });

  test("a pattern that matches nothing is an error", () => {
    expect(() => readInputs([join(dir, "stories/**/*.rst")])).toThrow(InputError);
    expect(() => readInputs([join(dir, "stories/**/*.rst")])).toThrow(/matches no .txt, .md or .html sources/);
  });

  test("through the CLI, relative to the working folder, paths as matched", () => {
    const r = run(["check", "stories/**/*.md", "--format", "json", "--fail-on", "none"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sources.map((s: { path: string }) => s.path)).toEqual(["stories/a/wire.md", "stories/b/paper.md"]);
    const none = run(["check", "nothing/*.md"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/nothing\/\*\.md: the pattern matches no/);
  });
});
