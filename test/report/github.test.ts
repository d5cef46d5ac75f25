import { annotationCommand, escapeData, escapeProperty, renderGithub } from "../../src/report/github.js";
import { hostile, seeds } from "./fixtures.js";

describe("github annotations of the seeds", () => {
  const { report, sources } = seeds();
  const lines = renderGithub(report, sources).trimEnd().split("\n");

  test("one workflow command per finding: error, warning or notice by severity", () => {
    expect(lines).toHaveLength(report.findings.length);
    lines.forEach((l, i) => expect(l.startsWith(`::${annotationCommand(report.findings[i].severity)} `)).toBe(true));
    expect(annotationCommand("critical")).toBe("error");
    expect(annotationCommand("major")).toBe("error");
    expect(annotationCommand("minor")).toBe("warning");
    expect(annotationCommand("info")).toBe("notice");
  });

  test("points at the first claim with file, line, col, endLine, endColumn and the kind as title", () => {
    const critical = report.findings.findIndex((f) => f.severity === "critical");
    expect(lines[critical]).toMatch(/^::error file=seeds\/000_3d100861fb0d3d66\.txt,line=1,col=1,endLine=1,endColumn=22,title=internal::F1 \(critical\): "Over 500,000 thousand"/);
    expect(lines[critical]).toContain('%0Aalso "more than half a million" at seeds/000_3d100861fb0d3d66.txt:3:62');
  });
});

describe("github escaping", () => {
  test("data escapes %, CR and LF; properties also escape : and ,", () => {
    expect(escapeData("100% a\r\nb: c, d")).toBe("100%25 a%0D%0Ab: c, d");
    expect(escapeProperty("a,b:c%\n")).toBe("a%2Cb%3Ac%25%0A");
  });

  test("hostile paths, messages and claims cannot end the command or add properties", () => {
    const { report, sources } = hostile();
    const out = renderGithub(report, sources);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(report.findings.length);
    for (const l of lines) {
      expect(l).not.toMatch(/\r/);
      // exactly one "::" after the properties: nothing from a source can open another
      expect(l.match(/::/g)).toHaveLength(2);
    }
    expect(lines[0]).toMatch(/^::error file=stories\/a <b>&'1'\.txt,line=7,col=16,endLine=7,endColumn=28,title=numeric-conflict::/);
    expect(lines[0]).toContain("100%25 ok,%0D%0Anext: line");
    expect(lines[0]).toContain('also "about 1,300" at stories/b,c:d%.txt:3:16'.replace("%", "%25"));
    expect(lines[3]).toMatch(/^::notice /);
    expect(lines[3]).toContain('also "50%250A" at');
  });

  test("a path with commas and colons is escaped as a property", () => {
    const { report, sources } = hostile();
    const f = { ...report.findings[0], claims: [report.findings[0].claims[1]] };
    const [line] = renderGithub({ ...report, findings: [f] }, sources).split("\n");
    expect(line).toMatch(/^::error file=stories\/b%2Cc%3Ad%25\.txt,line=3,col=16,endLine=3,endColumn=27,title=numeric-conflict::/);
  });
});
