import { renderMarkdown } from "../../src/report/markdown.js";
import { codeSpan, escapeMarkdown } from "../../src/report/escape-markdown.js";
import { SEVERITIES } from "../../src/types.js";
import { hostile, seeds } from "./fixtures.js";

describe("markdown review note of the seeds", () => {
  const { report, sources } = seeds();
  const md = renderMarkdown(report, sources, { minSeverity: "info" });

  test("starts with a title line and the counts of every severity", () => {
    const lines = md.split("\n");
    expect(lines[0]).toBe(`# factdiff review: ${report.findings.length} findings in 3 sources`);
    expect(md).toContain(`**${SEVERITIES.map((s) => `${report.summary[s]} ${s}`).join(" · ")}**`);
  });

  test("groups findings by severity, critical first, each with its kind and message", () => {
    const headings = md.split("\n").filter((l) => l.startsWith("## "));
    const order = headings.map((h) => SEVERITIES.indexOf(h.slice(3).split(" ")[0].toLowerCase() as never));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(headings[0]).toMatch(/^## Critical \(\d+\)$/);
    for (const f of report.findings) {
      expect(md).toContain(`### ${f.id} · ${f.kind}`);
      expect(md).toContain(escapeMarkdown(f.message));
    }
  });

  test("quotes every claim with path:line:col and the claim in bold inside its sentence", () => {
    expect(md).toContain("- `seeds/000_3d100861fb0d3d66.txt:1:1`\n  > **Over 500,000 thousand** Central American migrants");
    expect(md).toMatch(/> .*revealed that \*\*more than half a million\*\* Central American/);
    for (const f of report.findings) for (const c of f.claims) expect(md).toContain(`**${escapeMarkdown(c.text)}**`);
  });

  test("--min-severity leaves lower findings out but says so", () => {
    const minorUp = renderMarkdown(report, sources, { minSeverity: "critical" });
    const below = report.findings.filter((f) => f.severity !== "critical").length;
    expect(minorUp).not.toMatch(/^## (Major|Minor|Info)/m);
    if (below) expect(minorUp).toMatch(new RegExp(`_${below} findings? below critical not listed`));
  });
});

describe("markdown escaping of source text", () => {
  const { report, sources } = hostile();
  const md = renderMarkdown(report, sources, { minSeverity: "info" });

  test("no raw HTML, link, emphasis, code, table or maths syntax from a source survives", () => {
    const outsideCodeSpans = md.replace(/`[^`\n]*`/g, "");
    expect(outsideCodeSpans).not.toMatch(/(?<!\\)<(script|img|a|b)\b/);
    expect(md).toContain("\\<script\\>window.\\_\\_pwned=1\\</script\\>");
    expect(md).toContain("\\[map\\](javascript:alert(1))");
    expect(md).toContain("\\*mayor\\* said \\| see");
    expect(md).toContain("\\`code\\` \\~\\~old\\~\\~ \\$5 and \\$6.");
    expect(md).toContain("Evil \\& Co");
  });

  test("messages are escaped and kept on one line", () => {
    expect(md).toContain('Claim "\\<img src=x onerror=alert(1)\\>" \\& \\*stars\\* \\| \\`ticks\\` 100% ok, next: line');
  });

  test("a path with backticks or odd characters stays one code span", () => {
    expect(codeSpan("a`b.txt")).toBe("``a`b.txt``");
    expect(codeSpan("`x`")).toBe("`` `x` ``");
    expect(md).toContain("`stories/a <b>&'1'.txt:7:16`");
  });

  test("every line a source contributes follows our own words (never starts a block)", () => {
    for (const line of md.split("\n")) expect(line).toMatch(/^($|#|\*\*|- `|  > \S|Sources:|\d+\. |Rule `|_)/);
  });
});

describe("the note as a Markdown renderer shows it (markdown-it, raw HTML and linkify on)", () => {
  test("hostile text renders as text; claims render bold", async () => {
    const { default: MarkdownIt } = await import("markdown-it");
    const { report, sources } = hostile();
    const html = new MarkdownIt({ html: true, linkify: true }).render(renderMarkdown(report, sources, { minSeverity: "info" }));
    expect(html).not.toMatch(/<(script|img|a|b)\b/);
    expect(html).not.toMatch(/<(em|del|s)>/);
    expect(html).toContain("<strong>1,284 people</strong>");
    expect(html).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    expect(html).toContain("[map](javascript:alert(1))");
    expect(html).toContain("$5 and $6");
  });
});
