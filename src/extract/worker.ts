// A worker thread of extract/parallel.ts: extracts its share of the sources. Phase 1 sends
// the people each source names outright (for the story's `known` set); phase 2 receives
// that set and sends each source's extraction as it is done.
import { parentPort, workerData } from "node:worker_threads";
import type { Source } from "../types.js";
import type { Rules } from "../rules/types.js";
import { storyPeople } from "./quotes.js";
import { readDirections } from "./relations.js";
import { StageTimer } from "../timing.js";
import { chunkChars } from "./chunks.js";
import { extractWithRelations } from "./with-relations.js";

const { rules, indices, sources } = workerData as { rules: Rules; indices: number[]; sources: Source[] };
const port = parentPort!;
const timer = new StageTimer(() => undefined);
// read once (from the environment: slow to ask per source)
const pieceChars = chunkChars();

try {
  const keys = timer.time("extract", () => sources.map((s) => [...storyPeople([s], rules, pieceChars)]));
  port.postMessage({ type: "people", keys });
} catch (e) {
  port.postMessage({ type: "error", message: (e as Error).message, stack: (e as Error).stack });
}

port.once("message", ({ known }: { known: string[] }) => {
  try {
    const set = new Set(known);
    sources.forEach((source, n) => {
      // the relations between the source's figures, for the arithmetic check, are found here,
      // in parallel, rather than on the main thread (with the change directions they read)
      const { source: _s, relations, ...result } = extractWithRelations(source, indices[n], rules, set, timer, pieceChars);
      // each claim's sentence text is the source's text between its offsets: left out of the
      // message (a copy per claim) and sliced again on the other side (parallel.ts)
      for (const c of result.claims) c.sentence.text = "";
      // a check does not read the time expressions after extraction (pipeline.ts finishCheck)
      result.times = [];
      port.postMessage({ type: "source", index: indices[n], result: { ...result, relations, directions: readDirections(result.claims) } });
    });
    port.postMessage({ type: "done", ms: { extract: timer.ms.extract, normalize: timer.ms.normalize } });
  } catch (e) {
    port.postMessage({ type: "error", message: (e as Error).message, stack: (e as Error).stack });
  }
});
