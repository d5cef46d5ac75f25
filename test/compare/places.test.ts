import { capPlaces } from "../../src/compare/places.js";
import { checkSync } from "../../src/index.js";

describe("places a finding cites", () => {
  const at = (source: string, text: string) => ({ source, text });
  test.each([
    ["under the cap: all kept, no note", [at("a.txt", "7"), at("a.txt", "7"), at("b.txt", "9")], 2, 3, ""],
    ["one wording repeated past the cap in one source", [at("a.txt", "7"), at("a.txt", "7"), at("a.txt", "7"), at("b.txt", "9")], 2, 3, " (the same wording stands in other places, not listed: 1 more in a.txt)"],
    ["each wording and each source has its own count", [at("a.txt", "7"), at("a.txt", "seven"), at("b.txt", "7"), at("a.txt", "7")], 2, 4, ""],
  ])("%s", (_why, items, max, kept, note) => {
    const r = capPlaces(items, (x) => x, max);
    expect(r.kept).toHaveLength(kept);
    expect(r.note).toBe(note);
  });

  test("a figure a long source repeats many times is cited a few times, with the rest counted", () => {
    const para = "About 4,500 residents remain under evacuation orders, officials said.\n\n";
    const report = checkSync(
      [
        { path: "archive.txt", text: `---\npublished: 2025-08-15\n---\nArchive\n\n${para.repeat(60)}` },
        { path: "wire.txt", text: "---\npublished: 2025-08-15\n---\nFire update\n\nAbout 9,400 residents remain under evacuation orders, officials said.\n" },
      ],
      { jobs: 1 },
    );
    const f = report.findings.find((x) => x.claims.some((c) => c.text === "About 9,400"));
    expect(f).toBeDefined();
    expect(f!.claims.filter((c) => c.source === "archive.txt")).toHaveLength(20);
    expect(f!.message).toContain("not listed: 40 more in archive.txt");
  });
});

describe("places inside a factdiff-ignore region", () => {
  test("are kept past the cap, so the comment still hides the finding", () => {
    const para = "About 4,500 residents remain under evacuation orders, officials said.\n\n";
    const archive = `---\npublished: 2025-08-15\n---\nArchive\n\n${para.repeat(40)}<!-- factdiff-ignore -->\n${para}`;
    const report = checkSync(
      [
        { path: "archive.txt", text: archive },
        { path: "wire.txt", text: "---\npublished: 2025-08-15\n---\nFire update\n\nAbout 9,400 residents remain under evacuation orders, officials said.\n" },
      ],
      { jobs: 1 },
    );
    expect(report.findings.filter((f) => f.claims.some((c) => c.text === "About 9,400"))).toEqual([]);
    expect(report.suppressedBy?.ignore).toBeGreaterThan(0);
  });
});
