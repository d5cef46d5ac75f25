import { groupedNumber } from "../../src/text/grouped.js";

describe("groupedNumber", () => {
  test.each([
    [0, "0"],
    [-0, "-0"],
    [7, "7"],
    [1234, "1,234"],
    [-1234567.5, "-1,234,567.5"],
    [0.1 + 0.2, "0.3"],
    [12.3456, "12.346"],
    [1.0005, "1.001"], // half away from zero on the shortest decimal form
    [2.0004999, "2"],
    [999.9995, "1,000"],
    [1e-7, "0"],
    [1.5e21, "1,500,000,000,000,000,000,000"],
    [Infinity, "∞"],
    [NaN, "NaN"],
  ])("%p → %s", (n, text) => {
    expect(groupedNumber(n)).toBe(text);
  });

  test("writes what toLocaleString('en-US') writes, on many random figures", () => {
    // a seeded generator (xorshift), so a failure can be repeated
    let x = 2463534242;
    const rnd = () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) / 2 ** 32;
    };
    const misses: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const v = +(rnd() * 10 ** (1 + Math.floor(rnd() * 7)) * (rnd() < 0.5 ? -1 : 1)).toFixed(Math.floor(rnd() * 6));
      if (groupedNumber(v) !== v.toLocaleString("en-US")) misses.push(String(v));
    }
    expect(misses).toEqual([]);
  });
});
