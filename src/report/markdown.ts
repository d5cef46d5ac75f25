// Markdown review note: something an editor pastes into a ticket. A title line, the counts,
// then findings grouped by severity (most severe first), each quoting the sentence from
// every source involved with the claim in bold.
import type { Finding, Report, Severity, Source } from "../types.js";
import { SEVERITIES, SEVERITY_RANK } from "../types.js";
import { contextOf, locationLabel, sourcesByPath } from "./context.js";
import { codeSpan, escapeMarkdown } from "./escape-markdown.js";
import { suppressedNote } from "./suppressed.js";

export interface MarkdownOptions {
  /** Findings below this severity are counted but not listed. */
  minSeverity: Severity;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const capitalize = (s: string) => s[0].toUpperCase() + s.slice(1);

function sourceLine(report: Report, index: number): string {
  const s = report.sources[index];
  const about = [s.outlet, s.published].filter((x): x is string => !!x).map(escapeMarkdown).join(", ");
  const title = s.title ? `**${escapeMarkdown(s.title)}**` : "(untitled)";
  return `${index + 1}. ${title}${about ? ` — ${about}` : ""} (${codeSpan(s.path)})`;
}

function evidenceLines(finding: Finding, byPath: Map<string, Source>): string[] {
  const lines: string[] = [];
  for (const claim of finding.claims) {
    const source = byPath.get(claim.source);
    if (!source) {
      lines.push(`- ${codeSpan(claim.source)}`, `  > **${escapeMarkdown(claim.text)}**`);
      continue;
    }
    const ctx = contextOf(source, claim);
    const quote = `${escapeMarkdown(ctx.before)}**${escapeMarkdown(ctx.claim)}**${escapeMarkdown(ctx.after)}`;
    lines.push(`- ${codeSpan(locationLabel(source, claim))}`, `  > ${quote}`);
  }
  return lines;
}

export function renderMarkdown(report: Report, sources: Source[], options: MarkdownOptions): string {
  const byPath = sourcesByPath(sources);
  const total = report.findings.length;
  const out: string[] = [];
  out.push(`# factdiff review: ${plural(total, "finding")} in ${plural(report.sources.length, "source")}`, "");
  out.push(`**${SEVERITIES.map((s) => `${report.summary[s]} ${s}`).join(" · ")}**`, "");
  out.push("Sources:", "", ...report.sources.map((_, i) => sourceLine(report, i)), "");
  const shown = report.findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[options.minSeverity]);
  if (!total) out.push("No discrepancies found between the sources.", "");
  for (const severity of SEVERITIES) {
    const group = shown.filter((f) => f.severity === severity);
    if (!group.length) continue;
    out.push(`## ${capitalize(severity)} (${group.length})`, "");
    for (const f of group) {
      out.push(`### ${f.id} · ${f.kind}`, "");
      out.push(`Rule ${codeSpan(f.rule)}: ${escapeMarkdown(f.message)}`, "");
      out.push(...evidenceLines(f, byPath), "");
    }
  }
  const hidden = total - shown.length;
  if (hidden) out.push(`_${plural(hidden, "finding")} below ${options.minSeverity} not listed; \`--min-severity info\` lists every finding._`, "");
  const suppressed = suppressedNote(report);
  if (suppressed) out.push(`_${escapeMarkdown(suppressed)}._`, "");
  return out.join("\n").replace(/\n+$/, "\n");
}
