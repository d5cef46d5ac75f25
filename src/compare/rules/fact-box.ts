// fact-box (kind internal): a source's fact box ("Posts cut: 74") against its own body
// ("The plan cuts 47 posts"). The box's label names the measure outright, so a body figure
// that the label names, or whose digits are a slip of the box's, and that the box does not bear
// out, is the source contradicting itself — whichever side is wrong, an editor fixes one.
import type { QuantityClaim } from "../../types.js";
import type { Rules } from "../../rules/types.js";
import type { Draft } from "./types.js";
import { tokenize } from "../../text/tokens.js";
import { measureLexicon, measureWord } from "../../normalize/measure.js";
import { baseInterval, centre, intersects } from "../../normalize/intervals.js";
import { fingerprint, scopeRelation } from "../../align/index.js";
import { eitherHoldsOther, valueKey } from "./common.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { fileName, quoteOf } from "../describe.js";
import { compactLetters, lre } from "../../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^\p{Lu}/u);
const LETTERS_RE_2 = lre(/^\p{Lu}\p{Ll}+$/u);
const LETTERS_RE_3 = lre(/^[ \u00a0]*[\p{L}-]+[ \u00a0]+(?:and|plus|&)[ \u00a0]+[\p{L}-]+[ \u00a0]*$/iu);
// (text right before a name: a letter makes it part of a longer word; a capitalised word, of a
// longer name, "Scottish Green Party", unless it opens the sentence or is a little word or a day)
const LETTERS_RE_4 = lre(/\p{L}$/u);
const LETTERS_RE_5 = lre(/^\p{L}/u);
const CAPITAL_BEFORE = lre(/(?<![\p{L}])(\p{Lu}\p{L}*)[ \u00a0]+$/u);

const NON_WORD_RUNS = lre(/[^\p{L}\p{N}]+/gu);

export const meta: RuleMeta = {
  id: "fact-box",
  kind: "internal",
  description: "A figure in a source's fact box that its own body gives differently.",
  defaultSeverity: "major",
  messages: {
    conflict: "{{file}} contradicts itself: its fact box gives {{label}} as {{a}} but its body says {{b}}{{slip}}",
  },
};

interface LabelWords {
  words: Set<string>;
  /** Those of the label's past participles ("inspected" in "Sites inspected"). */
  verbs: Set<string>;
  /** Those written as an acronym ("ICU patients"), with the acronym's letters. */
  acronyms: Map<string, string>;
  /** Little words no acronym spells (rules/measures.yaml stopwords). */
  stop: ReadonlySet<string>;
}

/**
 * The measure words of a box label ("Posts cut" → job, decreas), less the nouns that only name
 * the kind of figure its unit already gives ("Walkout length: 36 hours" is about the walkout).
 */
function labelWords(label: string, rules: Rules, family: string): LabelWords {
  const lex = measureLexicon(rules);
  const kind = new Set((rules.measures.familyNouns[family] ?? []).map((w) => w.toLowerCase()));
  const out: LabelWords = { words: new Set(), verbs: new Set(), acronyms: new Map(), stop: stopwords(rules) };
  const kinds: string[] = [];
  for (const t of tokenize(label)) {
    const w = measureWord(t, lex);
    if (!w) continue;
    if (kind.has(t.text.toLowerCase())) {
      kinds.push(w);
      continue;
    }
    out.words.add(w);
    if (/ed$/i.test(t.text)) out.verbs.add(w);
    if (/^[A-Z]{2,6}$/.test(t.text)) out.acronyms.set(w, t.text);
  }
  // (a label of nothing else, "Duration: 3 hours", keeps its noun)
  if (!out.words.size) for (const w of kinds) out.words.add(w);
  return out;
}

/** Capitalised words that are no part of a name before it: little words, days and months (lower case). */
const plains = new WeakMap<Rules, ReadonlySet<string>>();
function plainWords(rules: Rules): ReadonlySet<string> {
  let s = plains.get(rules);
  if (!s) plains.set(rules, (s = new Set([...stopwords(rules), ...[...rules.time.weekdays.flat(), ...rules.time.months.flat()].map((w) => w.toLowerCase())])));
  return s;
}

const stops = new WeakMap<Rules, ReadonlySet<string>>();
function stopwords(rules: Rules): ReadonlySet<string> {
  let s = stops.get(rules);
  if (!s) stops.set(rules, (s = new Set(rules.measures.stopwords.map((w) => w.toLowerCase()))));
  return s;
}

/**
 * Whether a sentence spells an acronym out as the first letters of words in a row ("intensive
 * care unit" for ICU), each word of three letters or more and no little word ("in care until" is
 * no ICU).
 */
const spelledOut = new Map<string, RegExp>();
function spells(sentence: string, acronym: string, stop: ReadonlySet<string>): boolean {
  let re = spelledOut.get(acronym);
  if (!re && spelledOut.size >= 10_000) spelledOut.clear();
  if (!re) spelledOut.set(acronym, (re = new RegExp(compactLetters(`(?<![\\p{L}])${[...acronym].map((ch) => `(${ch}\\p{L}{2,})`).join("[ \\u00a0-]+")}(?![\\p{L}])`), "giu")));
  for (const m of sentence.matchAll(re)) if (m.slice(1).every((w) => !stop.has(w.toLowerCase()))) return true;
  return false;
}

/** Share of the label's words that the body figure's measure holds. */
function labelCover(label: LabelWords, c: QuantityClaim): number {
  const { words, verbs, acronyms, stop } = label;
  if (!words.size) return 0;
  let n = 0;
  // (the doer of the label's verb counts: "Sites inspected: 31" against "inspectors checked 30
  // sites"; not a noun's: "Visits: 58,000" is not "41,000 visitors")
  const agent = (w: string) => verbs.has(w) && (c.measure.includes(`${w}er`) || c.measure.includes(`${w}or`));
  for (const w of words) if (c.measure.includes(w) || c.head === w || (w.length >= 4 && agent(w)) || (acronyms.has(w) && spells(c.sentence.text, acronyms.get(w)!, stop))) n++;
  return n / words.size;
}

/**
 * Where a name stands whole in a text up to a point (not inside a longer name: "Green Party" in
 * "Scottish Green Party"; "On Friday Green Party …" and "But Green Party …" are the name), or -1.
 * `plain`: capitalised words that are no part of a name (little words, days, months; lower case).
 */
function nameAt(text: string, name: string, upTo: number, plain: ReadonlySet<string>): number {
  for (let at = text.lastIndexOf(name, upTo); at >= 0; at = at > 0 ? text.lastIndexOf(name, at - 1) : -1) {
    const before = text.slice(Math.max(0, at - 30), at);
    if (LETTERS_RE_4.test(before) || LETTERS_RE_5.test(text.slice(at + name.length, at + name.length + 1))) continue;
    const cap = CAPITAL_BEFORE.exec(before);
    if (cap) {
      // (the word's start in the text: a name opening the sentence has only it before)
      const wordStart = at - (before.length - before.lastIndexOf(cap[1]));
      const opens = !/[^\s"“‘'•*–—-]/.test(text.slice(0, wordStart));
      if (!opens && !plain.has(cap[1].toLowerCase())) continue;
    }
    return at;
  }
  return -1;
}

/**
 * A label that is a name ("Vellmoor Alliance: 23 seats") heads one row of a breakdown; a body
 * figure of the same counted thing is that row's when the name comes before it in its clause
 * and it is the sentence's first figure of its kind ("Vellmoor Alliance kept its place as the
 * largest group with 19 seats"; not "with 30 of 41 seats declared, Vellmoor Alliance had 14
 * seats", a count part of the way through, nor "Vellmoor Alliance, which went into the election
 * with 26 seats, lost three", a figure in a clause of its own).
 * `names`: the box's name labels; `firstOfKind`: the first figure of each family in each
 * sentence (by sentence start and family).
 */
function namedRow(f: QuantityClaim, b: QuantityClaim, names: readonly string[], firstOfKind: ReadonlyMap<string, QuantityClaim>, plain: ReadonlySet<string>): boolean {
  if (!f.head || f.head !== b.head) return false;
  const text = b.sentence.text;
  const upTo = b.span.start - b.sentence.start;
  const at = nameAt(text, f.factLabel!, upTo, plain);
  if (at < 0) return false;
  // (the figure in the name's own clause: not inside an aside left open, ", which went into the
  // vote with 26 seats," or "(26 seats"; a closed one, ", the largest group," or "(VA)", is passed)
  const between = text.slice(at + f.factLabel!.length, upTo);
  const count = (re: RegExp) => (between.match(re) ?? []).length;
  if (/[;:]/.test(between) || count(/,/g) % 2 === 1 || count(/[—–]|[ \u00a0]-[ \u00a0]/g) % 2 === 1 || count(/\(/g) !== count(/\)/g)) return false;
  // (the name nearest before the figure: "Vellmoor Alliance leads, while the Harbour Party took 15 seats")
  if (names.some((n) => n !== f.factLabel && nameAt(text, n, upTo, plain) > at)) return false;
  return firstOfKind.get(`${b.sentence.start}|${b.family}`) === b;
}

/** A label of capitalised words only ("North Ward", "Ana Roe"): a place or a person. */
function isName(label: string): boolean {
  const ws = label.split(/[\s\u00a0]+/).filter((w) => !/^(?:of|the|and|for|de|la|le|von|van)$/.test(w));
  return ws.length >= 2 && ws.every((w) => LETTERS_RE_1.test(w));
}

/** A one-word capitalised label that the nearby body writes capitalised after a lower-case word or a comma. */
function oneWordName(label: string, around: readonly QuantityClaim[]): boolean {
  if (!LETTERS_RE_2.test(label)) return false;
  const re = new RegExp(compactLetters(`(?:\\p{Ll}|,)[ \u00a0]+${label}(?![\\p{L}])`), "u");
  const seen = new Set<string>();
  for (const c of around) {
    if (seen.has(c.sentence.text)) continue;
    seen.add(c.sentence.text);
    if (re.test(c.sentence.text)) return true;
  }
  return false;
}

/** How far from a box its body may stand, in characters, and how many body figures one box line reads. */
const NEAR = 6000;
const MAX_NEAR = 400;

const numeric = (c: QuantityClaim) => typeof c.value === "number" && !c.vague && c.family !== "score";

export const factBox = {
  meta,
  /** `taken`: claims another finding already reports (not reported twice). */
  check(claims: QuantityClaim[], rules: Rules, taken: (c: QuantityClaim) => boolean = () => false): Draft[] {
    const t = rules.severity.thresholds;
    const lex = measureLexicon(rules);
    const bySource = new Map<number, QuantityClaim[]>();
    for (const c of claims) (bySource.get(c.sourceIndex) ?? bySource.set(c.sourceIndex, []).get(c.sourceIndex)!).push(c);
    const out: Draft[] = [];
    for (const own of bySource.values()) {
      // the label's value is the line's first figure ("Posts cut: 74, including 12 librarians";
      // "Buses cancelled: 112 (Mon), 140 (Tue)" is a series); a label that is a name ("North Ward:
      // 1,318", "Ana Roe: 9,870 votes") heads one row of a breakdown, not a measure
      const firsts = new Set<QuantityClaim>();
      let line = "";
      for (const c of own) {
        if (!c.factLabel) continue;
        const key = `${c.factLine ?? c.sentence.start}:${c.factLabel}`;
        if (key !== line) firsts.add(c);
        line = key;
      }
      // a line listing three or more figures of one kind is a series ("112 (Mon), 140 (Tue), 96
      // (Wed)"), not one reading; a line saying "revised to" or "forecast" gives another reading
      const perLine = new Map<string, number>();
      const lineKey = (c: QuantityClaim) => `${c.factLine ?? c.sentence.start}:${c.factLabel}:${c.family}`;
      for (const c of own) if (c.factLabel) perLine.set(lineKey(c), (perLine.get(lineKey(c)) ?? 0) + 1);
      const aside = (c: QuantityClaim) => {
        const line = c.sentence.text;
        const from = line.indexOf(c.factLabel!) + c.factLabel!.length;
        const gap = ` ${line.slice(from, c.span.start - c.sentence.start).toLowerCase().replace(NON_WORD_RUNS, " ")} `;
        return rules.measures.factBoxAsides.some((w) => gap.includes(` ${w} `));
      };
      // (a label opening with a figure, "T+95 seconds: booster separation, at 64 km", "Q3 2024:
      // $4.1bn", keys a row of a timeline or a series the same way; "Seen within 2 hours" and
      // "H5N1 cases" name a measure)
      // (a name's row only when it says what it counts: "Vellmoor Alliance: 23 seats")
      const box = own.filter((c) => firsts.has(c) && (!isName(c.factLabel!) || (!!c.head && !lex.generic.has(c.head))) && !/^(?:\p{N}|[TQ][+\-−]?\p{N})/u.test(c.factLabel!) && numeric(c) && c.role !== "previous" && (perLine.get(lineKey(c)) ?? 0) < 3 && !aside(c));
      // every figure the box gives, by value: a body figure the box itself gives is that line's measure
      const boxValues = new Set(own.filter((c) => c.factLabel !== undefined).map(valueKey));
      if (!box.length) continue;
      // a bounded body figure ("at least 500", "up to 14") or a share in words ("a third") is
      // rarely the box's measure restated
      // (an item of another list, "- Phase two: …, a cap of 140 litres", is no body text either)
      const body = own.filter((c) => c.factLabel === undefined && !c.headline && !c.listItem && numeric(c) && (c.bound === "exact" || c.bound === "approx") && !(c.family === "percent" && !/\d/.test(c.span.text)));
      // a box speaks for its own article: the body text within a few thousand characters of it
      // (an archive of many articles, each with its box, stays linear: issue 7)
      body.sort((a, b) => a.span.start - b.span.start);
      const near = (f: QuantityClaim) => {
        let lo = 0;
        let hi = body.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (body[mid].span.start < f.span.start - NEAR) lo = mid + 1;
          else hi = mid;
        }
        const out: QuantityClaim[] = [];
        for (let k = lo; k < body.length && body[k].span.start <= f.span.start + NEAR && out.length < MAX_NEAR; k++) if (body[k].family === f.family) out.push(body[k]);
        return out;
      };
      // (for rows keyed by a name, built once per source: the box's names and each sentence's first figure of each kind)
      const names = [...new Set(box.filter((c) => isName(c.factLabel!)).map((c) => c.factLabel!))];
      const plain = plainWords(rules);
      const firstOfKind = new Map<string, QuantityClaim>();
      if (names.length) for (const c of own) if (!firstOfKind.has(`${c.sentence.start}|${c.family}`)) firstOfKind.set(`${c.sentence.start}|${c.family}`, c);
      // the same change the other way ("Serious injuries: 3,870 (down 1.4%)" against "rose by
      // 1.4%" in the body), any figure of a box line: the box or the body has the direction wrong
      for (const f of own) {
        if (!f.factLabel || !f.change || f.bound !== "exact" || taken(f) || !numeric(f)) continue;
        const label = labelWords(f.factLabel, rules, f.family);
        // (the label's own words, not "rate" or "number": "Unemployment rate" is not named by "the
        // employment rate")
        const distinctive = { ...label, words: new Set([...label.words].filter((w) => !lex.vagueLabel.has(w))) };
        const flipped = near(f).find((b) => !!b.change && b.change !== f.change && b.bound === "exact" && b.value === f.value && b.unit === f.unit && !taken(b) && labelCover(distinctive, b) >= 1 / 2);
        if (flipped)
          out.push({
            rule: meta.id,
            kind: "internal",
            severity: severityFor(rules, meta.id, "default", meta.defaultSeverity),
            message: formatMessage(meta, "conflict", { file: fileName(f.span.source), label: `"${f.factLabel}"`, a: `${quoteOf(f)} (${f.change})`, b: `${quoteOf(flipped)} (${flipped.change})`, slip: "" }),
            claims: [f, flipped],
          });
      }
      for (const f of box) {
        if (taken(f)) continue;
        // "All other offences: …": a residual names no measure a body figure can be ("Other
        // income" is a line item of its own)
        if (/\b(?:all|any|every)[ \u00a0]+other\b/i.test(f.factLabel!)) continue;
        const around = near(f);
        // a one-word label the body writes capitalised inside a sentence is a name too
        // ("- Eastfold: 41.3%" under a breakdown's heading; "… and Eastfold, which backed the plan")
        if (oneWordName(f.factLabel!, around)) continue;
        const label = labelWords(f.factLabel!, rules, f.family);
        // the same digits in the body ("older than 36.8 years" for "Median age: 36.8")
        if (f.digits >= 2 && around.some((c) => c.digits >= 2 && c.digitString === f.digitString && c.value === f.value)) continue;
        const { words } = label;
        const byName = isName(f.factLabel!);
        // (a name's row against each body figure, decided once: asked again below)
        const rows = new Map<QuantityClaim, boolean>();
        const row = (b: QuantityClaim) => rows.get(b) ?? rows.set(b, namedRow(f, b, names, firstOfKind, plain)).get(b)!;
        // a change the label names in words ("Posts cut") meets a body figure stated as one
        const direction = (c: QuantityClaim) => (c.change === "down" ? "decreas" : c.change === "up" ? "increas" : undefined);
        const sameChange = (b: QuantityClaim) => f.change === b.change || (!f.change && !!b.change && words.has(direction(b)!)) || (!b.change && !!f.change && b.measure.includes(direction(f)!));
        // a plan and an outcome differ, unless the label names the body figure's measure in full
        // ("Posts cut: 74" / "The plan cuts 47 posts")
        const like = around.filter((b) => (b.planned === f.planned || labelCover(label, b) === 1) && sameChange(b));
        const slip = (b: QuantityClaim) => fingerprint(f, b, t.distinctiveDigits) === "slip";
        // (the same counted thing names it only when the label says no more than that: "Motor:
        // 7,120 claims" is not named by "settled 11,800 claims", nor "Household buildings and
        // contents: 31,460 claims" by "a first estimate of 28,000 claims")
        const rest = new Set([...words].filter((w) => w !== f.head));
        const named = (b: QuantityClaim) =>
          byName ? row(b) : labelCover(label, b) >= 2 / 3 || (!!f.head && f.head === b.head && !lex.generic.has(f.head) && (!rest.size || labelCover({ ...label, words: rest }, b) >= 1 / 2));
        // the body bears the box out somewhere: nothing to say
        if (like.some((b) => intersects(baseInterval(b), baseInterval(f)) && (named(b) || fingerprint(f, b, t.distinctiveDigits) === "identical"))) continue;
        const against = like.filter((b) => {
          // (a name's row meets only the figures the body gives that name)
          if (byName && !row(b)) return false;
          // "Some 231,500" against "213,500": a hedge over swapped digits does not cover the slip
          if ((intersects(baseInterval(b), baseInterval(f)) && !slip(b)) || b.role === "previous" || taken(b) || boxValues.has(valueKey(b))) return false;
          // ("Homes destroyed: 31" and "44 homes destroyed or damaged")
          if (f.family === "count" && eitherHoldsOther(f, b)) return false;
          if (scopeRelation(f, b) === "different") return false;
          if (slip(b)) return true;
          // a body figure for a part ("Six others who were taken to hospital …") is not the box's
          // whole ("63 others were injured" is)
          if (/^[ \u00a0]+(?:others|more)[ \u00a0]+(?:who|that|whom)\b/i.test(b.sentence.text.slice(b.span.end - b.sentence.start, b.span.end - b.sentence.start + 16))) return false;
          // "Doctors and nurses: 2,140": a label of two measures is their sum; a body figure of
          // one of them (another figure of the sentence counting the other) is a part
          if (LETTERS_RE_3.test(f.factLabel!)) {
            if (labelCover(label, b) < 1) return false;
            if (!!b.head && words.has(b.head) && own.some((x) => x !== b && x.sentence.start === b.sentence.start && !!x.head && x.head !== b.head && words.has(x.head))) return false;
          }
          // "Bus: 61.2m journeys" against "104.6 million journeys across its bus, tram, metro and ferry
          // networks": a one-word label that the body names as one item of a list is a part of
          // what that figure counts
          if (inList(f.factLabel!, b.sentence.text)) return false;
          // a hedged box figure ("almost 70%") that misses the body's is a wording matter, not a contradiction
          if (f.bound !== "exact" || !named(b)) return false;
          // a body figure stated as a share, a rate or an earlier level is another measure
          const r = Math.abs(centre(f)) / Math.max(Math.abs(centre(b)), 1e-12);
          return r < 2 && r > 0.5;
        });
        // one reading against the box; several are a breakdown or a series, unless one is a slip
        let values = new Set(against.map(valueKey));
        let chosen = against;
        if (values.size > 1) {
          chosen = against.filter(slip);
          values = new Set(chosen.map(valueKey));
        }
        if (values.size !== 1) continue;
        const b = chosen[0];
        out.push({
          rule: meta.id,
          kind: "internal",
          severity: severityFor(rules, meta.id, "default", meta.defaultSeverity),
          message: formatMessage(meta, "conflict", {
            file: fileName(f.span.source),
            label: `"${f.factLabel}"`,
            a: quoteOf(f),
            b: quoteOf(b),
            slip: slip(b) ? " (the digits look transposed or mistyped)" : "",
          }),
          claims: [f, ...chosen.slice(0, 20)],
        });
      }
    }
    return out;
  },
};

/** Whether a one-word label stands in the sentence as an item of a list of words ("its bus, tram and ferry networks"). */
function inList(label: string, sentence: string): boolean {
  const word = label.trim().toLowerCase();
  if (!/^[a-z]+$/.test(word)) return false;
  for (const m of sentence.toLowerCase().matchAll(/(?:[a-z-]+,[ \u00a0]+)+[a-z-]+,?[ \u00a0]+(?:and|or)[ \u00a0]+[a-z-]+/g)) if (m[0].split(/[^a-z-]+/).includes(word)) return true;
  return false;
}
