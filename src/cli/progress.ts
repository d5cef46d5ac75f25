// A progress bar on stderr for long runs (cli-progress): only when stderr is a terminal and
// the run has more than a few dozen sources; never with --quiet. Nothing else is written,
// and stdout (the report) is never touched.
import { createRequire } from "node:module";

/** Runs with more sources than this get a bar. */
export const PROGRESS_MIN_SOURCES = 36;

export interface Progress {
  /** Sources extracted so far. */
  update(done: number, total: number): void;
  stop(): void;
}

export function progressBar(opts: { sources: number; isTTY: boolean; quiet: boolean; stream?: NodeJS.WritableStream }): Progress | undefined {
  if (opts.quiet || !opts.isTTY || opts.sources <= PROGRESS_MIN_SOURCES) return undefined;
  // loaded only when shown
  const cli = createRequire(import.meta.url)("cli-progress") as typeof import("cli-progress");
  const bar = new cli.SingleBar(
    {
      format: "factdiff {bar} {value}/{total} sources | {stage}",
      stream: opts.stream ?? process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cli.Presets.shades_classic,
  );
  bar.start(opts.sources, 0, { stage: "reading" });
  return {
    update(done, total) {
      bar.setTotal(total);
      bar.update(done, { stage: done >= total ? "comparing" : "reading" });
    },
    stop() {
      bar.stop();
    },
  };
}
