// HTML report: one self-contained page an editor opens in a browser. The sources stand side
// by side, one scrollable column each, with every claim that is in a finding marked in its
// severity's colour; above them the findings, filterable by severity. Choosing a finding
// scrolls every column to its evidence. Nothing loads from the network, and a strict
// Content-Security-Policy lets only the page's own style and script apply.
import type { Finding, Report, Severity, Source, SourceSummary } from "../types.js";
import { SEVERITIES, SEVERITY_RANK } from "../types.js";
import { locationLabel, sourcesByPath } from "./context.js";
import { escapeHtml } from "./escape-html.js";
import { segmentText, type HighlightSpan } from "./highlight.js";
import { contentSecurityPolicy } from "./csp.js";
import { SCRIPT, STYLE } from "./html-assets.js";
import { suppressedNote } from "./suppressed.js";

export interface HtmlOptions {
  /** Severities below this start unticked in the filter (and their marks faded). */
  minSeverity: Severity;
}

/** What a mark points back to: a finding and the index of the claim within it. */
interface ClaimRef {
  finding: Finding;
  claimIndex: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function badge(severity: Severity, label: string = severity): string {
  return `<span class="badge sev-${severity}">${escapeHtml(label)}</span>`;
}

/** The most severe finding among those shown, or null when all are filtered out. */
function topShown(refs: ClaimRef[], shown: (s: Severity) => boolean): Finding | null {
  let best: Finding | null = null;
  for (const { finding } of refs) if (shown(finding.severity) && (!best || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[best.severity])) best = finding;
  return best;
}

function markedText(source: Source, findings: Finding[], shown: (s: Severity) => boolean): string {
  const spans: HighlightSpan<ClaimRef>[] = [];
  findings.forEach((finding) =>
    finding.claims.forEach((claim, claimIndex) => {
      if (claim.source === source.path) spans.push({ start: claim.start, end: claim.end, ref: { finding, claimIndex } });
    }),
  );
  return segmentText(source.text.length, spans)
    .map((seg) => {
      const text = escapeHtml(source.text.slice(seg.start, seg.end));
      if (!seg.covering.length) return text;
      const ids = [...new Set(seg.covering.map((r) => r.finding.id))];
      const top = topShown(seg.covering, shown);
      const cls = `claim ${top ? `sev-${top.severity}` : "muted"}`;
      const title = seg.covering.map((r) => `${r.finding.id} ${r.finding.severity} ${r.finding.kind}`).join("; ");
      const claims = seg.covering.map((r) => `${r.finding.id}.${r.claimIndex}`).join(" ");
      return `<mark class="${cls}" data-f="${escapeHtml(ids.join(" "))}" data-c="${escapeHtml(claims)}" title="${escapeHtml(title)}">${text}</mark>`;
    })
    .join("");
}

// The parser drops one newline right after <pre>, so one is always given: a source that
// starts with a blank line keeps it.
function sourceColumn(source: Source, summary: SourceSummary | undefined, index: number, findings: Finding[], shown: (s: Severity) => boolean): string {
  const title = summary?.title ?? source.meta.title ?? source.path;
  const meta = [summary?.outlet, summary?.published, source.path, summary?.url].filter((x): x is string => !!x).map(escapeHtml).join(" · ");
  return [
    `<article class="source" data-source-index="${index}">`,
    `<header><h2 title="${escapeHtml(title)}">${escapeHtml(title)}</h2><p class="meta">${meta}</p></header>`,
    `<div class="source-scroll" tabindex="0" aria-label="${escapeHtml(`Text of ${source.path}`)}"><pre class="source-text">\n${markedText(source, findings, shown)}</pre></div>`,
    `</article>`,
  ].join("\n");
}

function findingItem(f: Finding, byPath: Map<string, Source>): string {
  const evidence = f.claims
    .map((c) => {
      const source = byPath.get(c.source);
      const where = source ? locationLabel(source, c) : c.source;
      return `<li><span class="loc">${escapeHtml(where)}</span> <q>${escapeHtml(c.text)}</q></li>`;
    })
    .join("");
  return [
    `<li class="finding sev-${f.severity}" id="finding-${escapeHtml(f.id)}" data-finding="${escapeHtml(f.id)}" data-severity="${f.severity}">`,
    `<button type="button" class="finding-button">${badge(f.severity)} <strong>${escapeHtml(f.id)}</strong> <span class="kind">${escapeHtml(f.kind)}</span>`,
    `<span class="message">${escapeHtml(f.message)}</span></button>`,
    `<ul class="evidence">${evidence}</ul>`,
    `</li>`,
  ].join("\n");
}

function filters(report: Report, shown: (s: Severity) => boolean): string {
  const boxes = SEVERITIES.map(
    (s) => `<label><input type="checkbox" data-severity="${s}"${shown(s) ? " checked" : ""}> ${badge(s)} (${report.summary[s]})</label>`,
  );
  return `<fieldset class="filters"><legend>Show</legend>${boxes.join("\n")}</fieldset>`;
}

export function renderHtml(report: Report, sources: Source[], options: HtmlOptions): string {
  const byPath = sourcesByPath(sources);
  const shown = (s: Severity) => SEVERITY_RANK[s] >= SEVERITY_RANK[options.minSeverity];
  const hiddenClasses = SEVERITIES.filter((s) => !shown(s)).map((s) => `hide-${s}`).join(" ");
  const findings = [...report.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const story = report.sources.find((s) => s.title)?.title;
  const summaryById = new Map(report.sources.map((s) => [s.path, s]));
  const counts = SEVERITIES.map((s) => badge(s, `${report.summary[s]} ${s}`)).join(" ");
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(STYLE, SCRIPT))}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">`,
    `<title>${escapeHtml(`factdiff review${story ? `: ${story}` : ""}`)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    `<body${hiddenClasses ? ` class="${hiddenClasses}"` : ""}>`,
    `<header class="top"><h1${story ? ` title="${escapeHtml(story)}"` : ""}>factdiff review${story ? ` <span class="story">${escapeHtml(story)}</span>` : ""}</h1>`,
    `<p class="summary">${counts} <span>${plural(report.findings.length, "finding")} in ${plural(report.sources.length, "source")}</span>${suppressedNote(report) ? ` <span class="suppressed">${escapeHtml(suppressedNote(report)!)}</span>` : ""}</p></header>`,
    `<section class="findings" aria-label="Findings">`,
    filters(report, shown),
    findings.length
      ? `<ol class="finding-list">\n${findings.map((f) => findingItem(f, byPath)).join("\n")}\n</ol>`
      : `<p class="empty">No discrepancies found between the sources.</p>`,
    `</section>`,
    `<main class="sources">`,
    ...sources.map((s, i) => sourceColumn(s, summaryById.get(s.path), i, findings, shown)),
    `</main>`,
    `<script>${SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
