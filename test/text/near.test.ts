import { nearCandidates } from "../../src/text/near.js";

function lev(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

describe("nearCandidates", () => {
  it("keeps every pair within k edits (and lists them in ascending order)", () => {
    const words = ["morales", "moralez", "morals", "mroales", "novak", "nowak", "novaks", "smith", "smyth", "smithson", "al", "abcdefgh", "xbcdefgz", "okafor", "okafro", "lindqvist", "lindquist"];
    for (const k of [1, 2]) {
      const near = nearCandidates(words, k, 3);
      words.forEach((a, i) => {
        expect(near[i]).toEqual([...near[i]].sort((x, y) => x - y));
        words.forEach((b, j) => {
          if (i !== j && a.length >= 3 && b.length >= 3 && lev(a, b) <= k) expect(near[i]).toContain(j);
        });
        expect(near[i]).not.toContain(i);
      });
    }
    expect(nearCandidates(words, 2, 3)[words.indexOf("al")]).toEqual([]);
  });
});
