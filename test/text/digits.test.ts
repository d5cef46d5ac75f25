import { digitSlip, swappedPair } from "../../src/text/digits.js";

describe("swappedPair", () => {
  it.each([
    ["437", "347", true],
    ["87648", "87684", true],
    ["437", "437", false], // the same figure is no slip
    ["437", "447", false], // one digit changed, none traded
    ["1234", "2143", false], // two pairs traded
    ["437", "4370", false], // lengths differ
  ])("%s / %s → %s", (x, y, want) => {
    expect(swappedPair(x, y)).toBe(want);
  });
});

describe("digitSlip", () => {
  it.each([
    [540, 340, true], // one digit
    [1530, 1350, true], // two traded
    [8.5, 5.8, true], // a decimal's digits
    [540, 540, false],
    [540, 5400, false],
    [540, 215, false],
  ])("%s / %s → %s", (x, y, want) => {
    expect(digitSlip(x, y)).toBe(want);
  });
});
