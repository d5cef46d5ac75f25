import { cellAt, findTables } from "../../src/text/tables.js";

const text = ["Freight handled (thousand tonnes)", "Port | 2023 | 2024", "Ardley | 412 | 455", "Corby | 97 | 88", "", "The ports moved more cargo."].join("\n");
const at = (s: string) => text.indexOf(s);
const slice = (c: { start: number; end: number } | undefined) => (c ? text.slice(c.start, c.end) : undefined);

describe("tables written as text", () => {
  test("rows of cells split by '|', the heading row first, the caption in the line before", () => {
    const [t, ...more] = findTables(text);
    expect(more).toEqual([]);
    expect(slice(t.caption)).toBe("Freight handled (thousand tonnes)");
    expect(t.headings.map(slice)).toEqual(["Port", "2023", "2024"]);
    expect(t.rows.map((r) => r.cells.map(slice))).toEqual([
      ["Ardley", "412", "455"],
      ["Corby", "97", "88"],
    ]);
  });

  test.each([
    ["455", { row: 0, column: 2 }],
    ["97", { row: 1, column: 1 }],
    ["2023", undefined], // the heading row is no body cell
    ["cargo", undefined],
  ])("%s is in %j", (s, want) => {
    const got = cellAt(findTables(text), at(s));
    expect(got ? { row: got.row, column: got.column } : undefined).toEqual(want);
  });

  test.each([
    // one line of cells is a masthead, not a table
    ["Civil Works Review | Bridges | 18 March 2025\n\nThe bridge reopened."],
    // no separators at all
    ["Exports rose 4% and imports fell 2%.\nThe deficit narrowed."],
  ])("no table: %j", (t) => {
    expect(findTables(t)).toEqual([]);
  });

  test("tab-separated rows and a Markdown rule line", () => {
    const md = "| Region | Cases |\n|---|---|\n| North | 12 |\n| South | 30 |";
    const [t] = findTables(md);
    expect(t.headings.map((c) => md.slice(c.start, c.end))).toEqual(["Region", "Cases"]);
    expect(t.rows.map((r) => r.cells.map((c) => md.slice(c.start, c.end)))).toEqual([
      ["North", "12"],
      ["South", "30"],
    ]);
    const tabs = "Region\tCases\nNorth\t12\nSouth\t30";
    expect(findTables(tabs)[0].rows.length).toBe(2);
  });
});
