// Extraction spread over worker threads (`check` with `jobs` > 1). Each source is extracted
// on its own from the rules and the story's people, so the result does not depend on how
// sources are shared out: the report is the same as on one thread. Workers pay off only for
// larger inputs (starting one loads the library again), so small runs stay on one thread.
// The calling thread extracts a share too: `jobs` threads are jobs - 1 workers and itself.
import { existsSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Direction, SourceInput, Source } from "../types.js";
import { restoreDirections } from "./relations.js";
import { storyPeople } from "./quotes.js";
import { chunkChars } from "./chunks.js";
import { extractWithRelations } from "./with-relations.js";
import type { Rules } from "../rules/types.js";
import type { CheckOptions, ExtractedSource } from "../pipeline.js";
import { loadRules } from "../rules/load.js";
import { ingestSource } from "../ingest/source.js";
import type { StageTimer } from "../timing.js";

/**
 * Input size (UTF-16 code units) from which worker threads are worth starting (each loads
 * the library anew). FACTDIFF_PARALLEL_MIN_CHARS overrides it (the tests use small inputs).
 */
export const PARALLEL_MIN_CHARS = Number(process.env.FACTDIFF_PARALLEL_MIN_CHARS ?? 1_500_000);
/** And at least this many sources per worker. */
export const PARALLEL_MIN_SOURCES_PER_JOB = 8;

/**
 * Threads when `jobs` is not given: one fewer than the cores. V8's garbage collector runs its
 * marking and sweeping on helper threads, which a single extracting thread leaves a core for;
 * measured on a 2-core machine (the 1,000-source benchmark story), two extracting threads
 * each ran 1.7 times slower than one alone and the check took 5.5 s instead of 4.8 s.
 */
export function defaultJobs(cores = coreCount()): number {
  return Math.max(1, cores - 1);
}

function coreCount(): number {
  try {
    return availableParallelism();
  } catch {
    return cpus().length;
  }
}

/**
 * The worker's module: the bundle of it that the build writes (one file loads faster, and
 * every thread loads it anew), else the compiled module; absent when the library runs from
 * its TypeScript sources.
 */
const WORKER = [new URL("./worker-bundle.js", import.meta.url), new URL("./worker.js", import.meta.url)].find((u) => existsSync(fileURLToPath(u))) ?? new URL("./worker.js", import.meta.url);

/** How many threads to use for these inputs: 1 unless the input is large enough. */
export function parallelWorth(inputs: readonly SourceInput[], jobs?: number): number {
  const want = Math.max(1, Math.floor(jobs ?? defaultJobs()));
  if (want <= 1 || !existsSync(fileURLToPath(WORKER))) return 1;
  let chars = 0;
  for (const i of inputs) chars += i.text.length;
  if (chars < PARALLEL_MIN_CHARS) return 1;
  return Math.max(1, Math.min(want, Math.floor(inputs.length / PARALLEL_MIN_SOURCES_PER_JOB)));
}

type FromWorker =
  | { type: "people"; keys: string[][] }
  | { type: "source"; index: number; result: Omit<ExtractedSource, "source"> & { directions: (Direction | undefined)[] } }
  | { type: "done"; ms: { extract: number; normalize: number } }
  | { type: "error"; message: string; stack?: string };

/** Shares sources out in contiguous runs of about equal size (in characters). */
function shares(sources: readonly Source[], jobs: number): number[][] {
  const total = sources.reduce((n, s) => n + s.text.length, 0);
  const out: number[][] = Array.from({ length: jobs }, () => []);
  let acc = 0;
  sources.forEach((s, i) => {
    const j = Math.min(jobs - 1, Math.floor(total ? (acc / total) * jobs : (i / sources.length) * jobs));
    out[j].push(i);
    acc += s.text.length;
  });
  return out.filter((x) => x.length);
}

export async function extractParallel(
  inputs: SourceInput[],
  options: CheckOptions,
  jobs: number,
  timer: StageTimer,
): Promise<{ rules: Rules; extracted: ExtractedSource[] }> {
  const rules = timer.time("ingest", () => options.loadedRules ?? loadRules(options.rules ?? []));
  const sources = timer.time("ingest", () => inputs.map((input) => ingestSource(input)));
  // this thread takes the first share itself: one worker fewer to start (each loads the
  // library and warms it up anew), and that share's results are not copied between threads
  const [own, ...groups] = shares(sources, jobs);
  const pieceChars = chunkChars();
  const extracted: ExtractedSource[] = new Array(sources.length);
  let done = 0;
  const workers = groups.map((indices) => {
    const w = new Worker(WORKER, { workerData: { rules, indices, sources: indices.map((i) => sources[i]) } });
    return { w, indices };
  });
  const next = (w: Worker) =>
    new Promise<FromWorker>((resolve, reject) => {
      const onExit = (code: number) => reject(new Error(`an extraction worker stopped (exit code ${code})`));
      const onMessage = (m: FromWorker) => {
        if (m.type === "source") {
          const { directions, ...result } = m.result;
          restoreDirections(result.claims, directions);
          const text = sources[m.index].text;
          for (const c of result.claims) c.sentence.text = text.slice(c.sentence.start, c.sentence.end);
          extracted[m.index] = { source: sources[m.index], ...result };
          options.onProgress?.(++done, sources.length);
          return;
        }
        w.off("message", onMessage);
        w.off("error", reject);
        w.off("exit", onExit);
        if (m.type === "error") reject(Object.assign(new Error(m.message), { stack: m.stack }));
        else resolve(m);
      };
      w.on("message", onMessage);
      w.once("error", reject);
      w.once("exit", onExit);
    });
  try {
    // phase 1: the people each source names outright (storyPeople), in source order
    const theirs = Promise.all(workers.map(({ w }) => next(w)));
    const ownKeys = timer.time("extract", () => own.map((i) => [...storyPeople([sources[i]], rules, pieceChars)]));
    const people = await theirs;
    const keys: string[][] = new Array(sources.length);
    own.forEach((i, n) => (keys[i] = ownKeys[n]));
    workers.forEach(({ indices }, k) => indices.forEach((i, n) => (keys[i] = (people[k] as { keys: string[][] }).keys[n])));
    const known = [...new Set(keys.flat())];
    // phase 2: everything else, source by source
    const finished = Promise.all(workers.map(({ w }) => next(w)));
    for (const { w } of workers) w.postMessage({ known });
    const set = new Set(known);
    for (const i of own) {
      // as a worker does it (worker.ts), relations included
      extracted[i] = extractWithRelations(sources[i], i, rules, set, timer, pieceChars);
      options.onProgress?.(++done, sources.length);
      // let the workers' results in between sources: they are read on this thread
      await new Promise((resolve) => setImmediate(resolve));
    }
    const ends = (await finished) as Array<{ type: "done"; ms: { extract: number; normalize: number } }>;
    if (timer.on) {
      // stage times summed over threads; the wall time of the parallel part is what the run waited
      const ext = ends.reduce((n, e) => n + e.ms.extract, 0);
      const norm = ends.reduce((n, e) => n + e.ms.normalize, 0);
      timer.add("extract", ext);
      timer.add("normalize", norm);
    }
  } finally {
    await Promise.all(workers.map(({ w }) => w.terminate()));
  }
  return { rules, extracted };
}
