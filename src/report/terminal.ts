// Terminal report: findings grouped by severity, each with the sentence from every source
// involved (path:line:col, claim highlighted) and a word diff of the phrasings.
import { Chalk, type ChalkInstance } from "chalk";
import type { Report, Severity, Source } from "../types.js";
import { SEVERITIES, SEVERITY_RANK } from "../types.js";
import { lineCol } from "../ingest/index.js";
import { wordDiff } from "./diff.js";
import { quoteDiff } from "./quote-diff.js";
import { clip, sentenceAround } from "./context.js";
import { suppressedNote } from "./suppressed.js";

export interface TerminalOptions {
  color: boolean;
  minSeverity: Severity;
}

function paint(chalk: ChalkInstance, s: Severity, text: string): string {
  switch (s) {
    case "critical":
      return chalk.bold.red(text);
    case "major":
      return chalk.red(text);
    case "minor":
      return chalk.yellow(text);
    default:
      return chalk.cyan(text);
  }
}

export function renderTerminal(report: Report, sources: Source[], opts: TerminalOptions): string {
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  const byPath = new Map(sources.map((s) => [s.path, s]));
  const lines: string[] = [];
  const shown = report.findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[opts.minSeverity]);
  for (const sev of SEVERITIES) {
    const group = shown.filter((f) => f.severity === sev);
    if (!group.length) continue;
    lines.push(paint(chalk, sev, `${sev.toUpperCase()} (${group.length})`));
    for (const f of group) {
      lines.push(`  ${paint(chalk, sev, f.id)} ${chalk.bold(f.kind)}  ${f.message}`);
      for (const c of f.claims) {
        const src = byPath.get(c.source);
        if (!src) continue;
        const { line, col } = lineCol(src, c.start);
        const s = sentenceAround(src, c.start, c.end);
        const before = src.text.slice(s.start, c.start).replace(/\s+/g, " ");
        const after = src.text.slice(c.end, s.end).replace(/\s+/g, " ");
        const sentence = clip(before.slice(-110)) + paint(chalk, sev, chalk.underline(c.text)) + clip(after, 110);
        lines.push(`    ${chalk.dim(`${c.source}:${line}:${col}`)}  ${sentence}`);
      }
      const quotes = f.kind === "quote" ? f.claims.filter((c) => c.normalized?.type === "quote") : [];
      if (quotes.length >= 2) lines.push(`    ${chalk.dim("quote:")} ${quoteDiff(quotes[0].text, quotes[1].text, chalk)}`);
      // an arithmetic finding's claims are a result and its inputs, not two phrasings of one figure
      else if (f.kind !== "attribution" && f.rule !== "arithmetic" && f.claims.length >= 2 && f.claims[0].text !== f.claims[1].text) {
        const ops = wordDiff(f.claims[0].text, f.claims[1].text);
        const diff = ops.map((o) => (o.op === -1 ? chalk.red.strikethrough(`[-${o.text}-]`) : o.op === 1 ? chalk.green(`{+${o.text}+}`) : o.text)).join("");
        lines.push(`    ${chalk.dim("diff:")} ${diff}`);
      }
      lines.push("");
    }
  }
  const s = report.summary;
  const hidden = report.findings.length - shown.length;
  lines.push(
    `${report.sources.length} source${report.sources.length === 1 ? "" : "s"} checked: ` +
      SEVERITIES.map((k) => paint(chalk, k, `${s[k]} ${k}`)).join(", ") +
      (hidden ? chalk.dim(` (${hidden} below ${opts.minSeverity} not shown)`) : ""),
  );
  const suppressed = suppressedNote(report);
  if (suppressed) lines.push(chalk.dim(suppressed));
  return lines.join("\n") + "\n";
}

export function renderClaimsTable(listing: { claims: Array<{ source: string; start: number; text: string; type: string; normalized: Record<string, unknown> }> }, sources: Source[], color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const byPath = new Map(sources.map((s) => [s.path, s]));
  const out: string[] = [];
  let current = "";
  for (const c of listing.claims) {
    if (c.source !== current) {
      current = c.source;
      out.push(chalk.bold(current));
    }
    const src = byPath.get(c.source)!;
    const { line, col } = lineCol(src, c.start);
    const n = c.normalized;
    let desc: string;
    if (c.type === "quantity") {
      const interval = `${n.lowOpen ? "(" : "["}${n.low}, ${n.high}${n.highOpen ? ")" : "]"}`;
      const scope = n.scope ? `${(n.scope as { start: string }).start}..${(n.scope as { end: string }).end}` : "-";
      desc = `${String(n.unit).padEnd(10)} ${String(n.bound).padEnd(6)} ${interval.padEnd(28)} ${(n.change ? String(n.change) : "").padEnd(4)} scope ${scope.padEnd(22)} measure ${(n.measure as string[]).slice(0, 4).join(" ")}`;
    } else if (c.type === "quote") {
      desc = `${chalk.dim("speaker")} ${n.speaker ?? "-"}${n.via ? chalk.dim(` (${String(n.via)})`) : ""}${n.scare ? chalk.dim(" scare quote") : ""}`;
    } else {
      desc = `${chalk.dim(String(n.role))} ${n.scope ? `${(n.scope as { start: string }).start}..${(n.scope as { end: string }).end}` : ""}`;
    }
    out.push(`  ${chalk.dim(`${line}:${col}`.padEnd(8))} ${c.type.padEnd(8)} ${JSON.stringify(c.type === "quote" && c.text.length > 60 ? c.text.slice(0, 59) + "…" : c.text).padEnd(28)} ${desc}`);
  }
  return out.join("\n") + "\n";
}
