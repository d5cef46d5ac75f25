// GitHub Actions workflow commands: one annotation per finding, shown on the pull request's
// files and in the run summary. Format and escaping follow @actions/core (issueCommand):
// data escapes %, \r and \n; property values also escape ":" and ",".
import type { Finding, Report, Severity, Source } from "../types.js";
import { locate, locationLabel, sourcesByPath } from "./context.js";
import { suppressedNote } from "./suppressed.js";

export type AnnotationCommand = "error" | "warning" | "notice";

/** Critical and major are errors (they fail the review), minor a warning, info a notice. */
export function annotationCommand(severity: Severity): AnnotationCommand {
  return severity === "critical" || severity === "major" ? "error" : severity === "minor" ? "warning" : "notice";
}

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function annotation(f: Finding, byPath: Map<string, Source>): string {
  const [first, ...others] = f.claims;
  const props: Array<[string, string | number]> = [];
  const source = first && byPath.get(first.source);
  if (first) props.push(["file", first.source]);
  if (first && source) {
    const { start, end } = locate(source, first);
    props.push(["line", start.line], ["col", start.col], ["endLine", end.line], ["endColumn", end.col]);
  }
  props.push(["title", f.kind]);
  // the other claims are where the fix may be needed too: name them in the message
  const elsewhere = others.map((c) => {
    const s = byPath.get(c.source);
    return `also "${c.text}" at ${s ? locationLabel(s, c) : c.source}`;
  });
  const message = [`${f.id} (${f.severity}): ${f.message}`, ...elsewhere].join("\n");
  return `::${annotationCommand(f.severity)} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(message)}`;
}

export function renderGithub(report: Report, sources: Source[], _options: Record<string, never> = {}): string {
  const byPath = sourcesByPath(sources);
  const suppressed = suppressedNote(report);
  return report.findings.map((f) => annotation(f, byPath) + "\n").join("") + (suppressed ? `::notice::${escapeData(suppressed)}\n` : "");
}
