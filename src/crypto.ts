// node:crypto, loaded on first use: only baselines, SARIF, the HTML report and --output need
// it, and loading it cost ~5 ms of every cold start (issue 8).
import { createRequire } from "node:module";

let loaded: typeof import("node:crypto") | undefined;
export const crypto = (): typeof import("node:crypto") => (loaded ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto"));
