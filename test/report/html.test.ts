import { createHash } from "node:crypto";
import { renderHtml } from "../../src/report/html.js";
import { segmentText } from "../../src/report/highlight.js";
import { escapeHtml } from "../../src/report/escape-html.js";
import { hostile, seeds } from "./fixtures.js";

const sha256 = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
const unescapeHtml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** The text inside each <pre class="source-text">, marks removed and entities decoded. */
function shownTexts(html: string): string[] {
  return [...html.matchAll(/<pre class="source-text">\n([\s\S]*?)<\/pre>/g)].map((m) => unescapeHtml(m[1].replace(/<\/?mark[^>]*>/g, "")));
}

describe("html report of the seeds", () => {
  const { report, sources } = seeds();
  const html = renderHtml(report, sources, { minSeverity: "minor" });

  test("is one self-contained page: no external URL is loaded", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  test("declares a strict CSP whose hashes match its own style and script", () => {
    const csp = unescapeHtml(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${sha256(style)}`);
    expect(csp).toContain(`script-src ${sha256(script)}`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // the CSP comes before anything it governs
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<style>"));
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  test("shows every source in full, one column each, in input order", () => {
    expect(shownTexts(html)).toEqual(sources.map((s) => s.text));
  });

  test("lists every finding and marks every claim in its severity colour", () => {
    for (const f of report.findings) {
      expect(html).toContain(`id="finding-${f.id}" data-finding="${f.id}" data-severity="${f.severity}"`);
      for (const [i, c] of f.claims.entries()) expect(html).toMatch(new RegExp(`<mark class="claim [a-z-]+" data-f="[^"]*\\b${f.id}\\b[^"]*" data-c="[^"]*\\b${f.id}\\.${i}\\b`));
    }
    const critical = report.findings.find((f) => f.severity === "critical")!;
    expect(html).toContain(`<mark class="claim sev-critical" data-f="${critical.id}" data-c="${critical.id}.0" title="${critical.id} critical ${critical.kind}">Over 500,000 thousand</mark>`);
  });

  test("severities below --min-severity start unticked and their marks faded", () => {
    expect(html).toMatch(/<body class="hide-info">/);
    expect(html).toContain('<input type="checkbox" data-severity="info">');
    expect(html).toContain('<input type="checkbox" data-severity="minor" checked>');
    const all = renderHtml(report, sources, { minSeverity: "info" });
    expect(all).toMatch(/<body>/);
    expect(all).not.toContain('class="claim muted"');
    if (report.summary.info) expect(html).toContain('<mark class="claim muted"');
  });
});

describe("html report of hostile sources", () => {
  const { report, sources } = hostile();
  const html = renderHtml(report, sources, { minSeverity: "info" });

  test("markup from sources, metadata, paths and messages is escaped", () => {
    const body = html.slice(html.indexOf("<body"));
    expect(body.match(/<script/g)).toHaveLength(1); // ours, at the end
    expect(body).not.toMatch(/<(img|a|b)\b/);
    // any "<" from a source is escaped, so every tag is ours: none carries an event handler
    expect(body).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    expect(body).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    expect(body).toContain("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;");
    expect(body).toContain("Evil &amp; Co &lt;img");
    expect(body).toContain("stories/a &lt;b&gt;&amp;&#39;1&#39;.txt");
    expect(html).toMatch(/<title>factdiff review: &lt;script&gt;/);
  });

  test("overlapping and nested claims split into flat, balanced marks that keep the text", () => {
    expect(shownTexts(html)).toEqual(sources.map((s) => s.text));
    for (const pre of html.matchAll(/<pre class="source-text">([\s\S]*?)<\/pre>/g)) {
      const tags = [...pre[1].matchAll(/<(\/?)mark\b/g)].map((m) => (m[1] ? "close" : "open"));
      // never nested: open, close, open, close…
      expect(tags).toEqual(tags.map((_, i) => (i % 2 ? "close" : "open")));
      expect(tags.length % 2).toBe(0);
    }
    // the nested claim's piece is covered by both findings and takes the more severe colour
    expect(html).toContain('<mark class="claim sev-major" data-f="F2 F3" data-c="F2.0 F3.0" title="F2 major internal; F3 minor hedge-wording">window.__pwned=1</mark>');
    // the overlap of F2's two claims is one piece covered by both
    expect(html).toMatch(/<mark class="claim sev-major" data-f="F2" data-c="F2.0 F2.1"[^>]*>onerror=&quot;window.__pwned=1&quot;&gt;<\/mark>/);
  });
});

describe("segmentText", () => {
  test("cuts at every claim edge; each piece lists the claims covering all of it", () => {
    const segs = segmentText(20, [
      { start: 2, end: 10, ref: "a" },
      { start: 5, end: 15, ref: "b" },
      { start: 6, end: 7, ref: "c" },
      { start: 30, end: 40, ref: "outside" },
      { start: 8, end: 8, ref: "empty" },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.covering.join("")])).toEqual([
      [0, 2, ""],
      [2, 5, "a"],
      [5, 6, "ab"],
      [6, 7, "abc"],
      [7, 10, "ab"],
      [10, 15, "b"],
      [15, 20, ""],
    ]);
  });
  test("escapeHtml covers element content and quoted attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
