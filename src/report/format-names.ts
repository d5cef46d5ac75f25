// The report formats by name, apart from the reporters themselves, so the CLI can check
// --format without loading every reporter (start-up time).
export const REPORT_FORMATS = ["terminal", "json", "markdown", "html", "sarif", "github"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
