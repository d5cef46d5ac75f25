import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cutAt, pieces, shiftOffsets } from "../../src/extract/chunks.js";
import { extractSource, type ExtractedSource } from "../../src/pipeline.js";
import { findRelations, type Relation } from "../../src/extract/relations.js";
import { ingest } from "../../src/ingest/index.js";
import { rules, sourceOf } from "../helpers/source.js";
import { ROOT } from "../helpers/cli.js";

describe("cutAt", () => {
  const cases: Array<[string, string, number, number, string]> = [
    // [why, text, from, size, the text before the cut]
    ["after the last blank line in the window", "aaaa\n\nbbbb\n\ncccc dddd", 0, 16, "aaaa\n\nbbbb\n\n"],
    ["a blank line holding spaces counts", "aaaa bbbb\n  \ncccc dddd", 0, 16, "aaaa bbbb\n  \n"],
    ["else after the last line break", "aaaa bbbb\ncccc dddd eeee", 0, 16, "aaaa bbbb\n"],
    ["else after a sentence end", "Aaaa bbb. Cccc ddd eeee ffff", 0, 16, "Aaaa bbb. "],
    ["else at the window's end", "aaaaaaaaaaaaaaaaaaaaaaaa", 0, 10, "aaaaaaaaaa"],
    ["never inside a surrogate pair", "aaaaaaaaa\u{1F600}aaaaaaaaaa", 0, 10, "aaaaaaaaa\u{1F600}"],
    ["a blank line in the window's first half is not used", "a\n\nbbbbbbbbbbbb cccc", 0, 16, "a\n\nbbbbbbbbbbbb "],
    ["the rest when it fits", "aaaa\n\nbbbb", 0, 16, "aaaa\n\nbbbb"],
  ];
  test.each(cases)("%s", (_why, text, from, size, before) => {
    expect(text.slice(0, cutAt(text, from, size))).toBe(before);
  });
});

describe("pieces", () => {
  test("a source up to one and a half pieces long is read whole", () => {
    const s = sourceOf("Para one.\n\n".repeat(130));
    const p = pieces(s, 1000);
    expect(p).toHaveLength(1);
    expect(p[0].source).toBe(s);
  });

  test("a long source is cut into pieces that cover it in order; only the first keeps the header and headline", () => {
    const s = ingest({ path: "long.txt", text: "---\npublished: 2024-05-01\n---\nHeadline Here\n\n" + "A paragraph of text that goes on.\n\n".repeat(200) });
    const p = pieces(s, 1000);
    expect(p.length).toBeGreaterThan(5);
    expect(p.map((x) => x.source.text).join("")).toBe(s.text);
    let at = 0;
    for (const x of p) {
      expect(x.offset).toBe(at);
      at += x.source.text.length;
      expect(x.source.meta).toBe(s.meta);
      expect(x.source.body.text).toBe(x.source.text.slice(x.source.body.start));
    }
    expect(p[0].source.body.start).toBe(s.body.start);
    expect(p[0].source.continues).toBeUndefined();
    expect(p.slice(1).every((x) => x.source.continues && x.source.body.start === 0)).toBe(true);
    // every piece but the last ends at a paragraph break
    expect(p.slice(0, -1).every((x) => /\n\n$/.test(x.source.text))).toBe(true);
  });
});

describe("shiftOffsets", () => {
  test("shifts each span once, however many records share it, and leaves ISO scopes alone", () => {
    const span = { source: "a", start: 1, end: 3, text: "bc" };
    const scope = { start: "2024-01-01", end: "2024-01-31", granularity: "month" };
    const found = { claims: [{ span, scope, sentence: { source: "a", start: 0, end: 5, text: "" } }], quotes: [{ span, tokens: [{ start: 2, end: 3, text: "c" }] }] };
    shiftOffsets(found, 10);
    expect(span).toMatchObject({ start: 11, end: 13 });
    expect(found.claims[0].sentence).toMatchObject({ start: 10, end: 15 });
    expect(found.quotes[0].tokens[0]).toMatchObject({ start: 12, end: 13 });
    expect(scope).toEqual({ start: "2024-01-01", end: "2024-01-31", granularity: "month" });
  });
});

describe("a long source extracted in pieces", () => {
  // many stories one after another, as in an archive: read whole, then in small pieces
  const dir = join(ROOT, "test/fixtures/stories");
  const stories = readdirSync(dir).flatMap((d) =>
    readdirSync(join(dir, d))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(dir, d, f), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "")),
  );
  const text = "---\npublished: 2024-06-01\n---\n" + stories.join("\n\n");
  const signature = (e: ExtractedSource) => ({
    claims: e.claims.map((c) => `${c.id} ${c.span.start} ${c.span.text} ${c.value} ${c.measure.join(",")} ${c.scope?.start ?? "-"} ${c.headline} ${c.lede} ${c.sentence.start}`),
    times: e.times.map((t) => `${t.span.start} ${t.span.text} ${t.scope?.start ?? "-"}`),
    entities: e.entities.map((x) => `${x.span.start} ${x.name} ${x.title ?? "-"} ${x.titleSpan?.start ?? "-"}`),
    quotes: e.quotes.map((q) => `${q.id} ${q.span.start} ${q.speakerKey ?? "-"} ${q.cue?.start ?? "-"}`),
    events: e.events.map((v) => `${v.trigger.start} ${v.date.start} ${v.sentence.start}-${v.sentence.end}`),
  });
  const read = (chunk?: string) => {
    const before = process.env.FACTDIFF_CHUNK_CHARS;
    if (chunk) process.env.FACTDIFF_CHUNK_CHARS = chunk;
    else delete process.env.FACTDIFF_CHUNK_CHARS;
    try {
      return extractSource(ingest({ path: "archive.txt", text }), 0, rules, new Set());
    } finally {
      if (before === undefined) delete process.env.FACTDIFF_CHUNK_CHARS;
      else process.env.FACTDIFF_CHUNK_CHARS = before;
    }
  };
  const whole = read();
  const cut = read("8000");

  test("the text is long enough to be cut many times", () => {
    expect(text.length).toBeGreaterThan(8000 * 10);
    expect(pieces(ingest({ path: "archive.txt", text }), 8000).length).toBeGreaterThan(10);
  });

  test("every span found in a piece points at its words in the whole text", () => {
    const spans = [...cut.claims.flatMap((c) => [c.span, c.sentence]), ...cut.times.map((t) => t.span), ...cut.entities.map((x) => x.span), ...cut.quotes.flatMap((q) => [q.span, ...(q.parts ?? []), ...(q.cue ? [q.cue] : [])]), ...cut.events.flatMap((v) => [v.trigger, v.date, v.sentence])];
    expect(spans.length).toBeGreaterThan(1000);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const q of cut.quotes) for (const t of q.tokens ?? []) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test("cut at paragraph breaks, the pieces find the figures, times, events and quotes the whole text gives, with the same ids", () => {
    const a = signature(whole);
    const b = signature(cut);
    expect(b.claims.length).toBeGreaterThan(500);
    expect(b.claims).toEqual(a.claims);
    expect(b.times).toEqual(a.times);
    expect(b.events).toEqual(a.events);
    expect(cut.quotes.map((q) => `${q.id} ${q.span.start} ${q.span.end}`)).toEqual(whole.quotes.map((q) => `${q.id} ${q.span.start} ${q.span.end}`));
  });

  test("the relations between figures found piece by piece are those of the whole text", () => {
    const key = (r: Relation) => `${r.kind} ${JSON.stringify(r, (k, v) => (v && typeof v === "object" && "span" in v && "id" in v ? v.id : v))}`;
    const all = findRelations(whole.source, whole.claims, rules).map(key);
    expect(cut.relations?.length).toBeGreaterThan(20);
    expect(cut.relations!.map(key).sort()).toEqual(all.sort());
  });

  test("names and speakers are read with their piece's evidence: nearly all as in the whole text", () => {
    // the whole text lends evidence across stories (a name in one story makes a bare word in
    // another a name, or a speaker); a piece lends it only within itself (here a piece of
    // 8,000 characters holds a story or two; a real one holds a million)
    const near = (x: string[], y: string[]) => {
      const ys = new Set(y);
      return x.filter((v) => ys.has(v)).length / Math.max(1, x.length);
    };
    const a = signature(whole);
    const b = signature(cut);
    expect(near(a.entities, b.entities)).toBeGreaterThan(0.8);
    expect(near(b.entities, a.entities)).toBeGreaterThan(0.8);
    expect(near(a.quotes, b.quotes)).toBeGreaterThan(0.95);
  });
});
