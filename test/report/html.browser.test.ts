// The HTML report in a real browser: Debian's headless Chromium driven by playwright-core.
// One browser for the file; each page is written under test-output/ and opened from disk,
// as an editor would open the file.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { jest } from "@jest/globals";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { renderHtml } from "../../src/report/html.js";
import { ROOT } from "../helpers/cli.js";
import { HOSTILE_A, hostile, seeds, type Fixture } from "./fixtures.js";

const CHROMIUM = "/usr/bin/chromium";
const OUT = join(ROOT, "test-output");
jest.setTimeout(60_000); // launching Chromium on a busy 2-core machine can take a while

let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get update && apt-get install -y chromium); .ci/run does this in CI`);
  mkdirSync(OUT, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), "factdiff-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 720 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** Every URL the page asked for: only its own file is allowed. */
  requests: string[];
  /** Console errors and uncaught exceptions (a CSP refusal shows up here). */
  problems: string[];
}

async function open(name: string, fixture: Fixture, minSeverity: "minor" | "info"): Promise<Opened> {
  const file = join(OUT, `${name}.html`);
  writeFileSync(file, renderHtml(fixture.report, fixture.sources, { minSeverity }));
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(pathToFileURL(file).href);
  return { page, requests, problems };
}

/** True when the first mark of the finding in each source column lies inside that column's visible box. */
async function evidenceInView(page: Page, findingId: string): Promise<boolean[]> {
  const columns = page.locator(".source-scroll");
  const out: boolean[] = [];
  for (let i = 0; i < (await columns.count()); i++) {
    const column = columns.nth(i);
    const mark = column.locator(`mark.claim[data-f~="${findingId}"]`).first();
    if (!(await mark.count())) continue;
    const m = (await mark.boundingBox())!;
    const c = (await column.boundingBox())!;
    out.push(m.y >= c.y - 0.5 && m.y + m.height <= c.y + c.height + 0.5 && m.x >= c.x - 0.5 && m.x + m.width <= c.x + c.width + 0.5);
  }
  return out;
}

describe("html report of the seeds in Chromium", () => {
  const fixture = seeds();
  const { report } = fixture;
  let opened: Opened;
  beforeAll(async () => {
    opened = await open("html-report-seeds", fixture, "minor");
  });
  afterAll(() => opened?.page.close());

  test("loads nothing but itself and runs its script without a CSP refusal", async () => {
    expect(opened.requests).toEqual([opened.page.url()]);
    expect(opened.problems).toEqual([]);
  });

  test("lists every finding; those below --min-severity start hidden", async () => {
    const { page } = opened;
    expect(await page.locator(".finding").count()).toBe(report.findings.length);
    for (const f of report.findings) {
      const item = page.locator(`#finding-${f.id}`);
      await expect(item.textContent()).resolves.toContain(f.message);
      expect(await item.isVisible()).toBe(f.severity !== "info");
    }
  });

  test("the severity filter hides and shows findings and fades their marks", async () => {
    const { page } = opened;
    const critical = report.findings.find((f) => f.severity === "critical")!;
    const box = page.locator('.filters input[data-severity="critical"]');
    await box.uncheck();
    expect(await page.locator(`#finding-${critical.id}`).isVisible()).toBe(false);
    expect(await page.locator(`mark[data-f="${critical.id}"]`).first().getAttribute("class")).toContain("muted");
    await box.check();
    expect(await page.locator(`#finding-${critical.id}`).isVisible()).toBe(true);
    expect(await page.locator(`mark[data-f="${critical.id}"]`).first().getAttribute("class")).toContain("sev-critical");
    await page.locator('.filters input[data-severity="info"]').check();
    for (const f of report.findings) expect(await page.locator(`#finding-${f.id}`).isVisible()).toBe(true);
  });

  test("clicking a finding scrolls every column to its evidence and flashes it", async () => {
    const { page } = opened;
    // the findings furthest down their sources first, so each click has to scroll
    const order = [...report.findings].sort((a, b) => Math.max(...b.claims.map((c) => c.start)) - Math.max(...a.claims.map((c) => c.start)));
    let scrolledSomewhere = false;
    for (const f of order) {
      const before = await evidenceInView(page, f.id);
      await page.locator(`#finding-${f.id} .finding-button`).click();
      await page.waitForFunction((id) => [...document.querySelectorAll("mark.claim")].filter((m) => (m.getAttribute("data-f") ?? "").split(" ").includes(id)).every((m) => m.classList.contains("current")), f.id);
      await page.waitForFunction(
        (id) =>
          [...document.querySelectorAll(".source-scroll")].every((box) => {
            const m = [...box.querySelectorAll("mark.claim")].find((x) => (x.getAttribute("data-f") ?? "").split(" ").includes(id));
            if (!m) return true;
            const a = m.getBoundingClientRect();
            const b = box.getBoundingClientRect();
            return a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
          }),
        f.id,
        { timeout: 5000 },
      );
      const after = await evidenceInView(page, f.id);
      expect(after.length).toBeGreaterThan(0);
      expect(after.every(Boolean)).toBe(true);
      if (before.some((v) => !v)) scrolledSomewhere = true;
      expect(await page.locator(`#finding-${f.id}`).getAttribute("class")).toContain("selected");
    }
    // at this size some evidence starts out of view, so the clicks really scrolled
    expect(scrolledSomewhere).toBe(true);
  });

  test("clicking a mark selects its finding; a screenshot is kept", async () => {
    const { page } = opened;
    const critical = report.findings.find((f) => f.severity === "critical")!;
    await page.locator(`#finding-${critical.id} .finding-button`).click();
    const minor = report.findings.find((f) => f.severity === "minor")!;
    await page.locator(`mark[data-f~="${minor.id}"]`).first().click();
    expect(await page.locator(`#finding-${minor.id}`).getAttribute("class")).toContain("selected");
    await page.locator(`#finding-${critical.id} .finding-button`).click();
    await page.waitForTimeout(400); // let the smooth scroll settle for the picture
    await page.screenshot({ path: join(OUT, "html-report-seeds.png"), animations: "disabled" });
  });

  test("prints legibly: no filters, no column cut off, every source in full", async () => {
    const { page } = opened;
    await page.emulateMedia({ media: "print" });
    try {
      expect(await page.locator(".filters").isVisible()).toBe(false);
      const overflow = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".source-scroll, .sources, .findings")].filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1).map((e) => e.className),
      );
      expect(overflow).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);
      await page.pdf({ path: join(OUT, "html-report-seeds.pdf"), format: "A4", printBackground: true });
    } finally {
      await page.emulateMedia({ media: "screen" });
    }
  });
});

describe("html report of a hostile source in Chromium", () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await open("html-report-hostile", hostile(), "info");
  });
  afterAll(() => opened?.page.close());

  const pwned = () => opened.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

  test("nothing from the source executes or loads; its markup shows as text", async () => {
    const { page, requests, problems } = opened;
    expect(await pwned()).toBeUndefined();
    expect(requests).toEqual([page.url()]);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll("img, a, iframe, object, embed, form, base, link").length)).toBe(0);
    expect(await page.evaluate(() => document.scripts.length)).toBe(1);
    // the HTML parser turns CR LF into LF; every other character is shown as it is
    expect(await page.locator(".source-text").first().textContent()).toBe(HOSTILE_A.replace(/\r\n?/g, "\n"));
    await expect(page.locator("h1").textContent()).resolves.toContain("<script>window.__pwned=1</script> Flood *toll*");
  });

  test("clicking the shown javascript: link, its marks and every finding runs nothing", async () => {
    const { page } = opened;
    const url = page.url();
    await page.locator("mark.claim", { hasText: "javascript:window.__pwned=1" }).first().click();
    await page.getByText('<a href="javascript:window.__pwned=1">x</a>', { exact: false }).first().click();
    for (const item of await page.locator(".finding-button").all()) await item.click();
    expect(await pwned()).toBeUndefined();
    expect(page.url()).toBe(url);
  });

  test("the CSP refuses any script but the page's own, had one slipped in", async () => {
    const { page } = opened;
    const refused = page.waitForEvent("console", (m) => /Content Security Policy/.test(m.text()));
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__pwned = 'injected'";
      document.body.append(s);
    });
    await refused;
    expect(await pwned()).toBeUndefined();
  });
});
