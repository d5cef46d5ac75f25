// The bounded worker of memory-bound.ts: runs the check on its thread and sends back the
// report, relaying the caller's timing and progress hooks as messages.
import { parentPort, workerData } from "node:worker_threads";
import { checkInThread } from "./pipeline.js";
import type { BoundedWork, FromBoundedWorker } from "./memory-bound.js";

const { inputs, options, relay } = workerData as BoundedWork;
const send = (m: FromBoundedWorker) => parentPort!.postMessage(m);

checkInThread(inputs, {
  ...options,
  ...(relay.stage ? { onStage: (stage, ms) => send({ type: "stage", stage, ms }) } : {}),
  ...(relay.progress ? { onProgress: (done, total) => send({ type: "progress", done, total }) } : {}),
}).then(
  (report) => send({ type: "report", report }),
  (e: Error) => send({ type: "error", message: e.message, stack: e.stack }),
);
