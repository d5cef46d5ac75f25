import { lineStartWithin } from "../../src/text/lines.js";

describe("lineStartWithin", () => {
  const text = "Heading\n- Revenue 940.2\n" + "x".repeat(500) + " 12";
  test.each([
    // [position, window, expected line start]
    [text.indexOf("940.2"), 300, text.indexOf("- Revenue")],
    [3, 300, 0],
    // a line longer than the window: no start found
    [text.indexOf(" 12") + 1, 300, -1],
    [text.indexOf(" 12") + 1, 1000, text.indexOf("x")],
  ])("at %i within %i → %i", (at, window, expected) => {
    expect(lineStartWithin(text, at, window)).toBe(expected);
  });
});
