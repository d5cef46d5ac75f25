// Optional timing hooks for the pipeline (CheckOptions.onStage). Timing never changes a
// result; without a hook nothing is measured.
import { performance } from "node:perf_hooks";

export type Stage = "ingest" | "extract" | "normalize" | "align" | "compare" | "report";
export const STAGES: readonly Stage[] = ["ingest", "extract", "normalize", "align", "compare", "report"];

// FACTDIFF_DEBUG=memory prints, after each timed step, its stage, its time and the memory in
// use (for finding which step holds the most).
const debugMemory = process.env.FACTDIFF_DEBUG?.includes("memory");

/** Milliseconds spent per stage; `time` runs a step and adds its duration to a stage. */
export class StageTimer {
  readonly ms: Record<Stage, number> = { ingest: 0, extract: 0, normalize: 0, align: 0, compare: 0, report: 0 };
  readonly on: boolean;
  constructor(private readonly hook?: (stage: Stage, ms: number) => void) {
    this.on = !!hook || !!debugMemory;
  }

  time<T>(stage: Stage, f: () => T): T {
    if (!this.on) return f();
    const a = performance.now();
    try {
      return f();
    } finally {
      const ms = performance.now() - a;
      this.ms[stage] += ms;
      if (debugMemory) {
        // under `node --expose-gc` the heap figure is what is live, not what awaits collection
        (globalThis as { gc?: () => void }).gc?.();
        const m = process.memoryUsage();
        process.stderr.write(`factdiff memory: ${stage} ${ms.toFixed(0)} ms, heap ${(m.heapUsed / 1e6).toFixed(0)} MB, rss ${(m.rss / 1e6).toFixed(0)} MB, peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
      }
    }
  }

  add(stage: Stage, ms: number): void {
    this.ms[stage] += ms;
  }

  /** Calls the hook once per stage measured (report is timed by whoever renders). */
  flush(stages: readonly Stage[] = ["ingest", "extract", "normalize", "align", "compare"]): void {
    if (this.hook) for (const s of stages) this.hook(s, this.ms[s]);
  }
}
