// HTML articles: the main text is extracted (no navigation, scripts, asides or footers) and
// every reported span points into the original HTML file: fileText.slice(start, end) === text.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractHtml, isHtml } from "../../src/ingest/html.js";
import { ingestSource } from "../../src/ingest/source.js";
import { readInputs } from "../../src/ingest/read.js";
import { checkSync, extractAll } from "../../src/pipeline.js";
import { claimsListing } from "../../src/report/json.js";
import { ROOT, run } from "../helpers/cli.js";

const DIR = join(ROOT, "test", "fixtures", "html");
const HTML_PATH = "test/fixtures/html/outlet.html";
const html = readFileSync(join(DIR, "outlet.html"), "utf8");
const wire = { path: "test/fixtures/html/wire.txt", text: readFileSync(join(DIR, "wire.txt"), "utf8") };

describe("extracting an article's main text", () => {
  const page = extractHtml(html);

  test("headline first, then the article's paragraphs; page furniture left out", () => {
    expect(page.text.split("\n")[0]).toBe("Quake toll rises to 1,104 as rescuers search rubble");
    expect(page.text).toContain("rose to 1,104 on Saturday");
    expect(page.text).toContain("AT&T's local network was down for 12\u00a0hours.");
    expect(page.text).toContain("“We are still pulling survivors from the rubble in every town,” said Interior Minister Carla Mendes.");
    // paragraphs are separated by a blank line; white space inside one is collapsed
    expect(page.text).toContain("slept in shelters on Saturday night, according to the Red Cross.\n\n“We are");
    for (const furniture of ["Home", "Top 100", "4,500", "2000", "999 dead", "5 things", "250 Main", "editor: check"]) expect(page.text).not.toContain(furniture);
  });

  test("metadata from the page's head", () => {
    expect(page.meta).toEqual({ title: "Quake toll rises to 1,104 as rescuers search rubble", outlet: "The Daily Planet", published: "2024-03-02", url: "https://example.org/world/quake-toll" });
  });

  test("each character maps back to where it stands in the file", () => {
    for (let i = 0; i < page.text.length; i++) {
      const ch = page.text[i];
      const from = html.slice(page.starts[i], page.ends[i]);
      if (/\s/.test(ch)) continue;
      if (from.startsWith("&")) expect(from).toMatch(/^&[#\w]+;$/);
      // one UTF-16 unit each, a surrogate half included
      else expect(from).toBe(ch);
    }
  });

  test("HTML is recognised by its extension, or on stdin by its start", () => {
    expect(isHtml("a/b.HTML", "")).toBe(true);
    expect(isHtml("a/b.htm", "")).toBe(true);
    expect(isHtml("-", "  <!doctype html><p>x")).toBe(true);
    expect(isHtml("-", "Plain text")).toBe(false);
    expect(isHtml("notes.md", "<!doctype html>")).toBe(false);
  });

  test("a page without <article> or <main>: the block with the most paragraph text", () => {
    const p = "<p>The council approved a budget of $1.42 billion on Tuesday, a rise of 4.8 percent over last year.</p>";
    const page2 = extractHtml(`<html><body><div class="menu"><p>Subscribe for 99 cents a week and read as much as you like today.</p></div><div id="content"><h2>Budget</h2>${p}${p}</div><div>Weather 21°C</div></body></html>`);
    expect(page2.text).toContain("$1.42 billion");
    expect(page2.text).not.toContain("99 cents");
    expect(page2.text).not.toContain("Weather");
  });
});

describe("reported spans point into the HTML file", () => {
  test("every extracted claim: fileText.slice(start, end) === text", () => {
    const { extracted } = extractAll([{ path: HTML_PATH, text: html }]);
    const listing = claimsListing(extracted);
    expect(listing.claims.length).toBeGreaterThanOrEqual(8);
    for (const c of listing.claims) expect(html.slice(c.start, c.end)).toBe(c.text);
    const texts = listing.claims.map((c) => c.text);
    // a claim written across markup is reported with the markup as it stands in the file
    expect(texts).toContain('nearly 30<span class="pct">%');
    expect(texts).toContain("12&nbsp;hours");
    expect(texts).toContain("We are still pulling survivors from the rubble in every town");
    expect(listing.sources[0]).toMatchObject({ path: HTML_PATH, outlet: "The Daily Planet", published: "2024-03-02" });
  });

  test("findings against a text source carry exact spans in both files", () => {
    const report = checkSync([{ path: HTML_PATH, text: html }, wire]);
    const conflict = report.findings.find((f) => f.kind === "numeric-conflict");
    expect(conflict).toBeDefined();
    const files = new Map([[HTML_PATH, html], [wire.path, wire.text]]);
    for (const f of report.findings) for (const c of f.claims) expect(files.get(c.source)!.slice(c.start, c.end)).toBe(c.text);
    expect(conflict!.claims.filter((c) => c.source === HTML_PATH).map((c) => c.text)).toContain("1,104");
  });

  test("a BOM is dropped before offsets are counted, as for text files", () => {
    const s = ingestSource({ path: "x.html", text: "\ufeff" + html });
    expect(s.origin!.text).toBe(html);
  });

  test("folders include .html files; the terminal report gives path:line:col in the HTML", () => {
    expect(readInputs([DIR]).inputs.map((i) => i.path.split("/").pop())).toEqual(["outlet.html", "wire.txt"]);
    const r = run(["check", "test/fixtures/html/", "--min-severity", "info"]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 1, stderr: "" });
    const line = html.split("\n").findIndex((l) => l.includes("<b>1,104</b>")) + 1;
    const col = html.split("\n")[line - 1].indexOf("1,104") + 1;
    expect(r.stdout).toContain(`${HTML_PATH}:${line}:${col}`);
  });

  test("an entity inside a claim is reported as written", () => {
    const dir = mkdtempSync(join(tmpdir(), "factdiff-html-"));
    const file = join(dir, "a.htm");
    writeFileSync(file, "<html><body><article><h1>Deal</h1><p>AT&amp;T will pay $48.5&nbsp;billion for the network, the company said on Monday in a statement to investors.</p></article></body></html>");
    const text = readFileSync(file, "utf8");
    const { extracted } = extractAll(readInputs([file]).inputs);
    const claims = claimsListing(extracted).claims;
    const money = claims.find((c) => c.type === "quantity");
    expect(money?.text).toBe("$48.5&nbsp;billion");
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
