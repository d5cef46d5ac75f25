// factdiff library API.
export { check, checkSync, extractAll, type CheckOptions, type ExtractedSource } from "./pipeline.js";
export { loadRules } from "./rules/load.js";
export { RuleError } from "./rules/types.js";
export { ingest, IngestError } from "./ingest/index.js";
export * from "./types.js";
export { renderReport, REPORT_FORMATS, type ReportFormat, type RenderOptions } from "./report/formats.js";
export { findingFingerprint, fingerprintsOf, FINGERPRINT_KEY } from "./report/fingerprint.js";
