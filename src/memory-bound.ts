// A large input is checked in a worker thread whose heap is bounded (issue 7 and 8: a 50 MB
// source in under 1 GB). V8 left to itself lets the heap grow to about twice the live data
// before collecting; with a bound it collects sooner and the run stays within it, at some
// cost in time. A run that needs more than the bound is not lost: the worker runs out of
// memory, a warning says so, and the check runs again on the calling thread without it.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Report, SourceInput } from "./types.js";
import type { CheckOptions } from "./pipeline.js";
import type { Stage } from "./timing.js";

/** Input size (UTF-16 code units) from which a check runs in a bounded worker; FACTDIFF_BOUNDED_MIN_CHARS overrides it. */
export const BOUNDED_MIN_CHARS = setting("FACTDIFF_BOUNDED_MIN_CHARS", 8_000_000);

/** The worker's heap bound in MB; FACTDIFF_HEAP_MB overrides it (0 turns the bounded worker off). */
export const HEAP_MB = setting("FACTDIFF_HEAP_MB", 760);

/** The worker's young generation in MB (objects until they survive a collection or two). */
const YOUNG_MB = 16;

/** A number from the environment; the default when it is unset, empty or not a number. */
function setting(name: string, fallback: number): number {
  const v = process.env[name]?.trim();
  const n = v ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** The worker's module: its bundle from the build when there is one, else the compiled module. */
const WORKER = [new URL("./memory-bound-worker-bundle.js", import.meta.url), new URL("./memory-bound-worker.js", import.meta.url)].find((u) => existsSync(fileURLToPath(u)));

/** Messages from the worker (memory-bound-worker.ts). */
export type FromBoundedWorker =
  | { type: "stage"; stage: Stage; ms: number }
  | { type: "progress"; done: number; total: number }
  | { type: "report"; report: Report }
  | { type: "error"; message: string; stack?: string };

/** What the worker is given: the inputs and the options that can be copied to another thread. */
export interface BoundedWork {
  inputs: SourceInput[];
  options: Omit<CheckOptions, "onStage" | "onProgress" | "onWarning" | "baseline"> & { baseline?: string[] };
  /** Which of the caller's hooks to relay (a timing hook turns stage timing on). */
  relay: { stage: boolean; progress: boolean };
}

/**
 * True when the input is large enough for a bounded worker and one can be started (`jobs: 1`
 * keeps the whole check on the calling thread, as documented).
 */
export function boundedWorth(inputs: readonly SourceInput[], jobs?: number): boolean {
  if (!WORKER || !(HEAP_MB > 0) || jobs === 1) return false;
  let chars = 0;
  for (const i of inputs) chars += i.text.length;
  return chars >= BOUNDED_MIN_CHARS;
}

/**
 * The report, checked in a worker whose heap is bounded to HEAP_MB; null when the check
 * needed more memory than that (the caller then checks without the bound).
 */
export function checkBounded(inputs: SourceInput[], options: CheckOptions): Promise<Report | null> {
  const { onStage, onProgress, onWarning, baseline, ...rest } = options;
  const work: BoundedWork = { inputs, options: { ...rest, ...(baseline ? { baseline: [...baseline] } : {}) }, relay: { stage: !!onStage, progress: !!onProgress } };
  // (a small young generation: its space counts in the process's memory but not in the bound,
  // and the old generation gets that room; issue 8's 50 MB source ran at the bound's edge and
  // sometimes ran out, and then again unbounded at twice the memory)
  const worker = new Worker(WORKER!, { workerData: work, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: YOUNG_MB } });
  return new Promise<Report | null>((resolve, reject) => {
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
    };
    worker.on("message", (m: FromBoundedWorker) => {
      if (m.type === "stage") onStage?.(m.stage, m.ms);
      else if (m.type === "progress") onProgress?.(m.done, m.total);
      else if (m.type === "report") settle(() => resolve(m.report));
      else settle(() => reject(Object.assign(new Error(m.message), { stack: m.stack })));
    });
    worker.once("error", (e: Error & { code?: string }) =>
      settle(() => {
        if (e.code !== "ERR_WORKER_OUT_OF_MEMORY") return reject(e);
        onWarning?.(`the input needed more than ${HEAP_MB} MB of memory; checked again without that bound (FACTDIFF_HEAP_MB sets it)`);
        resolve(null);
      }),
    );
    worker.once("exit", (code) => settle(() => reject(new Error(`the checking thread stopped (exit code ${code})`))));
  }).finally(() => worker.terminate());
}
