// Every report format `factdiff check --format` offers, by name. Each reporter is a pure
// function of the report and the sources (for sentences and line numbers) to one string.
import type { Report, Severity, Source } from "../types.js";
import { renderTerminal } from "./terminal.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderHtml } from "./html.js";
import { renderSarif } from "./sarif.js";
import { renderGithub } from "./github.js";

import type { ReportFormat } from "./format-names.js";
export { REPORT_FORMATS, type ReportFormat } from "./format-names.js";

export interface RenderOptions {
  /** ANSI colours in the terminal format (always off when writing to a file). */
  color: boolean;
  /** Lowest severity the human-facing formats (terminal, markdown, html) show at first. */
  minSeverity: Severity;
  /** tool.driver.informationUri in SARIF; omitted when not given. */
  informationUri?: string;
}

export function renderReport(format: ReportFormat, report: Report, sources: Source[], options: RenderOptions): string {
  switch (format) {
    case "terminal":
      return renderTerminal(report, sources, { color: options.color, minSeverity: options.minSeverity });
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report, sources, { minSeverity: options.minSeverity });
    case "html":
      return renderHtml(report, sources, { minSeverity: options.minSeverity });
    case "sarif":
      return renderSarif(report, sources, { informationUri: options.informationUri });
    case "github":
      return renderGithub(report, sources);
  }
}
