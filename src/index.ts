// factdiff library API.
export { check, checkSync, extractAll, type CheckOptions, type ExtractedSource } from "./pipeline.js";
export { loadRules } from "./rules/load.js";
export { RuleError } from "./rules/types.js";
export { ingest, IngestError } from "./ingest/index.js";
export * from "./types.js";
export { renderReport, REPORT_FORMATS, type ReportFormat, type RenderOptions } from "./report/formats.js";
export { findingFingerprint, fingerprintsOf, FINGERPRINT_KEY } from "./report/fingerprint.js";
export { ingestSource } from "./ingest/source.js";
export { extractHtml, isHtml } from "./ingest/html.js";
export { buildBaseline, parseBaseline, type Baseline } from "./post/baseline.js";
export { DraftError } from "./post/draft.js";
export { loadConfig, parseConfig, findConfig, CONFIG_FILE, type Config } from "./config/load.js";
export { ConfigError } from "./config/validate.js";
export { rulesListing, type RulesListing } from "./report/rules.js";
