// Issue 7: properties that must hold for any input, checked with fast-check on arbitrary
// Unicode text (lone surrogates, controls, combining marks, every plane) and on generated
// article-like text, plus the labelled stories with their sources shuffled.
//
// - extraction never throws (a malformed front-matter header is refused with IngestError,
//   which the CLI reports with its file and line), and every span lies within its source with
//   `text === fileText.slice(start, end)`;
// - normalization is idempotent: normalization turns the figures found in a source into
//   claims (sentence, measure words, period, role, qualifiers…) and a claim is itself a
//   figure, so normalizing the claims again, against the same source and times, must give
//   the same claims: nothing it reads is something it wrote, and nothing is lost or shifted;
// - a source checked against an identical copy yields no finding across the two above info,
//   and what each copy says about itself (internal findings) is the same for both;
// - the order of the sources does not change the findings, compared by fingerprint
//   (src/report/fingerprint.ts) and by kind, severity and claim texts.
import fc from "fast-check";
import { checkSync, extractAll, type ExtractedSource } from "../../src/pipeline.js";
import { loadRules } from "../../src/rules/load.js";
import { IngestError } from "../../src/ingest/index.js";
import { ingestSource } from "../../src/ingest/source.js";
import { extractTimes } from "../../src/extract/time.js";
import { extractQuantities } from "../../src/extract/quantities.js";
import { normalizeSource } from "../../src/normalize/index.js";
import { findingFingerprint } from "../../src/report/fingerprint.js";
import type { Finding, Report, SourceInput } from "../../src/types.js";
import { corpus } from "../../bench/fuzz-inputs.mjs";

const rules = loadRules();
const SEED = 20261126; // fixed, so a failure replays; fast-check prints the counterexample

// ------------------------------------------------------------------ arbitraries

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const messyChar = fc.constantFrom(..."0123456789 ,.;:%$€£-–—\"“”'‘’()[]!?…\n\r\t\u00a0\u202f\u200b\ufeff\u0301@#/", "\r\n", "---\n", "\u0000");
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 150 }),
  fc.string({ unit: fc.oneof(messyChar, loneSurrogate, fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 6 })), maxLength: 300 }),
);

const hedge = fc.constantFrom("", "", "nearly ", "about ", "more than ", "at least ", "up to ", "just over ", "fewer than ", "roughly ", "some ", "as many as ");
const digits = fc.oneof(
  fc.integer({ min: 0, max: 99 }).map(String),
  fc.integer({ min: 100, max: 999_999_999 }).map((n) => n.toLocaleString("en-US")),
  fc.integer({ min: 0, max: 100_000 }).map((n) => (n / 100).toFixed(n % 3)),
  fc.constantFrom("twenty-eight", "half a million", "a dozen", "three", "one and a half billion", "tens of thousands of", "1.2bn", "4.5m", "9".repeat(40), "1e5"),
);
const unit = fc.constantFrom("", " percent", "%", " %", "\u00a0percent", " percentage points", " million", " billion", " thousand", " miles", " people", " homes");
const money = fc.constantFrom("", "", "", "$", "€", "£", "US$");
const noun = fc.constantFrom("voters", "residents", "cases", "homes", "jobs", "dollars", "deaths", "migrants", "students", "flights");
const change = fc.constantFrom("", "rose ", "fell ", "dropped by ", "increased to ", "was ", "totalled ");
const when = fc.constantFrom("", "on Sunday", "in May", "last month", "in 2019", "on July 21, 2019", "since January", "as of Thursday", "a year earlier", "in the first quarter", "from April to June");
const speaker = fc.constantFrom("Mayor Ana Ruiz", "Gov. John Smith", "Dr. Lee", "the secretary of state", "she", "officials", "Marcelo Ebrard", "a spokesperson", "Fr Mr");
const figure = fc.tuple(hedge, money, digits, unit).map(([h, m, d, u]) => `${h}${m}${d}${u}`);
const words = fc.array(fc.constantFrom("we", "will", "rebuild", "the", "city", "every", "home", "never", "again", "it", "was", "a", "quiet", "day"), { minLength: 1, maxLength: 12 }).map((w) => w.join(" "));
const sentence = fc.oneof(
  fc.tuple(speaker, change, figure, noun, when).map(([s, c, f, n, w]) => `${s} said ${c}${f} ${n} ${w}`.replace(/\s+$/, "") + "."),
  fc.tuple(noun, change, figure, when).map(([n, c, f, w]) => `The number of ${n} ${c || "was "}${f} ${w}`.trim() + "."),
  fc.tuple(words, speaker, fc.constantFrom("“", '"')).map(([q, s, o]) => `${o}${q[0].toUpperCase()}${q.slice(1)},${o === "“" ? "”" : '"'} ${s} said.`),
  fc.tuple(speaker, words).map(([s, q]) => `${s} said: “${q}.”`),
  fc.tuple(figure, noun, figure, noun).map(([a, n, b, m]) => `${a} of ${n}, including ${b} ${m}.`),
);
const eol = fc.constantFrom("\n", "\r\n", "\n", "\n\n");
const header = fc.constantFrom("", "", "---\npublished: 2019-07-21\noutlet: Wire\n---\n", "\ufeff", "\ufeff---\r\npublished: 2024-05-06\r\n---\r\n");
const article = fc
  .tuple(header, fc.constantFrom("Turnout falls in city vote", "Storm damage update", "Budget passes", "FIGURES RELEASED"), fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), eol)
  .map(([h, title, paragraphs, nl]) => `${h}${title}${nl}${nl}${paragraphs.map((p) => p.join(" ")).join(nl + nl)}${nl}`);

// ------------------------------------------------------------------ helpers

/** Extraction, or null when the header is refused (the CLI's exit 2 with file and line). */
function extracted(inputs: SourceInput[]): ExtractedSource[] | null {
  try {
    return extractAll(inputs, { loadedRules: rules }).extracted;
  } catch (e) {
    if (e instanceof IngestError) return null;
    throw e;
  }
}

/** Every span found anywhere in the extraction (any object with numeric start/end and a text). */
function spansOf(e: ExtractedSource): { where: string; start: number; end: number; text: string }[] {
  const out: { where: string; start: number; end: number; text: string }[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, where: string) => {
    if (!v || typeof v !== "object" || seen.has(v) || v instanceof Map) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") out.push({ where, start: o.start, end: o.end, text: o.text });
    for (const [k, x] of Object.entries(o)) if (k !== "source") walk(x, `${where}.${k}`);
  };
  for (const k of ["times", "claims", "entities", "quotes", "events"] as const) walk(e[k], k);
  return out;
}

function expectExactSpans(e: ExtractedSource): void {
  const text = e.source.text;
  for (const s of spansOf(e)) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    if (text.slice(s.start, s.end) !== s.text) throw new Error(`${s.where}: ${JSON.stringify(s.text)} is not the slice ${JSON.stringify(text.slice(s.start, s.end))}`);
  }
}

function expectExactReport(report: Report, inputs: SourceInput[]): void {
  const texts = new Map(inputs.map((i) => [i.path, i.text.charCodeAt(0) === 0xfeff ? i.text.slice(1) : i.text]));
  for (const f of report.findings)
    for (const c of f.claims) {
      const text = texts.get(c.source)!;
      expect(c.end).toBeLessThanOrEqual(text.length);
      if (text.slice(c.start, c.end) !== c.text) throw new Error(`${f.id} ${f.kind}: ${JSON.stringify(c.text)} is not the slice ${JSON.stringify(text.slice(c.start, c.end))}`);
    }
}

/** A claim set as plain data (Maps as sorted entries), for deep comparison. */
function plain(v: unknown): unknown {
  if (v instanceof Map) return [...v.entries()].sort(([a], [b]) => String(a).localeCompare(String(b))).map(([k, x]) => [k, plain(x)]);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, plain(x)]));
  return v;
}

/** A finding without its id and offsets: kind, severity and the claims' sources and texts. */
const described = (f: Finding) => `${f.kind}|${f.severity}|${f.claims.map((c) => `${c.source}:${c.text}`).sort().join("|")}`;
const sorted = (xs: string[]) => [...xs].sort();

// ------------------------------------------------------------------ properties

test("extraction never throws and every span is exact, on arbitrary Unicode and article-like text", () => {
  fc.assert(
    fc.property(fc.oneof(anyText, article), fc.oneof(anyText, article), (a, b) => {
      const inputs = [{ path: "a.txt", text: a }, { path: "b.txt", text: b }];
      const ex = extracted(inputs);
      if (!ex) return;
      for (const e of ex) expectExactSpans(e);
      const report = checkSync(inputs, { loadedRules: rules });
      expectExactReport(report, inputs);
      expect(() => JSON.parse(JSON.stringify(report))).not.toThrow();
    }),
    { seed: SEED, numRuns: 150 },
  );
});

test("normalization is idempotent: normalizing the claims again changes nothing", () => {
  fc.assert(
    fc.property(fc.oneof(article, article, anyText), (text) => {
      let source;
      try {
        source = ingestSource({ path: "a.txt", text });
      } catch (e) {
        if (e instanceof IngestError) return;
        throw e;
      }
      const times = extractTimes(source, rules);
      const once = normalizeSource(source, 0, extractQuantities(source, rules, times), times, rules).claims;
      const twice = normalizeSource(source, 0, once, times, rules).claims;
      expect(plain(twice)).toEqual(plain(once));
    }),
    { seed: SEED, numRuns: 150 },
  );
});

describe("a source checked against an identical copy yields nothing above info between the two", () => {
  // What the copy adds above info must be what the source says against itself: a finding
  // across the two is allowed only where it holds, place for place, a finding of the same
  // kind that the source alone has (a name misspelt beside its right spelling, with the
  // copy's right spelling added as evidence).
  const places = (f: Finding) => new Set(f.claims.map((c) => `${c.start}:${c.end}:${c.text}`));
  const property = (text: string) => {
    const inputs = [{ path: "a.txt", text }, { path: "b.txt", text }];
    if (!extracted(inputs)) return;
    const report = checkSync(inputs, { loadedRules: rules });
    const alone = checkSync([inputs[0]], { loadedRules: rules }).findings.filter((f) => f.severity !== "info");
    const explained = (f: Finding) => alone.some((g) => g.kind === f.kind && [...places(g)].every((p) => places(f).has(p)));
    const across = report.findings.filter((f) => f.severity !== "info" && new Set(f.claims.map((c) => c.source)).size > 1);
    expect(across.filter((f) => !explained(f)).map(described)).toEqual([]);
    // and each copy says the same about itself
    const own = (path: string) => sorted(report.findings.filter((f) => f.claims.every((c) => c.source === path)).map((f) => described(f).replaceAll(`${path}:`, "")));
    expect(own("b.txt")).toEqual(own("a.txt"));
  };

  test("generated articles", () => {
    fc.assert(fc.property(article, property), { seed: SEED, numRuns: 80 });
  });

  test("the labelled stories' sources", () => {
    const sources = corpus().flatMap((s) => s.sources);
    for (const s of sources.filter((_, k) => k % 5 === 0)) property(s.text);
  }, 120_000);
});

describe("the order of the sources does not change the findings", () => {
  const same = (inputs: SourceInput[], order: number[]) => {
    const a = checkSync(inputs, { loadedRules: rules });
    const b = checkSync(order.map((k) => inputs[k]), { loadedRules: rules });
    expect(sorted(b.findings.map((f) => findingFingerprint(f)))).toEqual(sorted(a.findings.map((f) => findingFingerprint(f))));
    expect(sorted(b.findings.map(described))).toEqual(sorted(a.findings.map(described)));
  };

  test("generated articles", () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 4 }).chain((texts) => fc.tuple(fc.constant(texts), fc.shuffledSubarray(texts.map((_, k) => k), { minLength: texts.length, maxLength: texts.length }))), ([texts, order]) => {
        const inputs = texts.map((text, k) => ({ path: `s${k}.txt`, text }));
        if (!extracted(inputs)) return;
        same(inputs, order);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  test("the labelled stories, reversed and rotated", () => {
    const stories = corpus().filter((s) => s.sources.length >= 3);
    for (const story of stories.filter((_, k) => k % 3 === 0)) {
      const inputs = story.sources;
      const n = inputs.length;
      same(inputs, [...inputs.keys()].reverse());
      same(inputs, [...inputs.keys()].map((k) => (k + 1) % n));
    }
  }, 120_000);
});
