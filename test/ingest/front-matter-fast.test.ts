import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { simpleFrontMatter } from "../../src/ingest/index.js";

const FRONT = /^---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

function headers(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...headers(p));
    else if (/\.(md|txt)$/.test(e)) {
      const m = FRONT.exec(readFileSync(p, "utf8"));
      if (m && m.index === 0) out.push(m[1]);
    }
  }
  return out;
}

describe("simpleFrontMatter", () => {
  it("reads a header exactly as the YAML parser does, or leaves it to the parser", () => {
    const samples = [
      ...headers("seeds"),
      ...headers("test/fixtures"),
      "outlet: Silver Ledger\npublished: 2025-08-16\n",
      "title: City council backs budget, 7-2\noutlet: The Post (Metro)\n",
      "outlet: true\n",
      "outlet: Null\n",
      "title: 0x10\n",
      "title: 12\n",
      "published: 2025-8-1\n",
      "title: a: b\n",
      "title: x #c\n",
      "outlet: A\noutlet: B\n",
      "y: yes\n",
      "title: \"Quoted\"\n",
      "title:\n",
      "url: https://example.org/a\n",
      "",
      "\n",
      "outlet: O'Brien & Sons\n",
      "title: e5\n",
      "title: .inf\n",
    ];
    let fast = 0;
    for (const s of samples) {
      const got = simpleFrontMatter(s);
      if (got === undefined) continue;
      fast++;
      expect(got).toEqual(parse(s) ?? {});
    }
    expect(fast).toBeGreaterThan(5);
  });
});
