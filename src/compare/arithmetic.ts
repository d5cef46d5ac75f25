// compare (arithmetic): relations each source states between its figures → findings where a
// stated result is not what its figures give. Within a source every relation is checked; across
// sources a stated change is checked against another source's levels only when the two are
// clearly about the same thing (the aligner pairs it with that source's own stated change, or its
// sentence repeats one of the levels and shares the measure). A discrepancy another rule already
// reports on the same stated figure is added to that finding as its computation, not repeated.
import type { Evidence, Finding, QuantityClaim, Severity, Source } from "../types.js";
import { SEVERITY_RANK } from "../types.js";
import type { Rules } from "../rules/types.js";
import { scopeRelation, type AlignedPair } from "../align/index.js";
import { changeOf, clauseBreakRe, findRelations, type ChangeRelation, type RatioCue, type Relation } from "../extract/relations.js";
import { measureSimilarity } from "../normalize/measure.js";
import { evidenceOf } from "./index.js";
import { checkChangeAcross, checkRelation, isClaim, sameChangeAcross, type ArithmeticDraft } from "./rules/arithmetic.js";
import { lre } from "../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:higher|lower|more|fewer|up|down)(?![\p{L}])/u);

const FOLD_INTO = new Set(["numeric-conflict", "internal", "scale", "time-scope"]);

function evidence(x: QuantityClaim | RatioCue): Evidence {
  if (isClaim(x)) return evidenceOf(x);
  return { ...x.span, normalized: { type: "ratio", value: x.value, low: +x.ratio.lo.toPrecision(12), high: +x.ratio.hi.toPrecision(12) } };
}

/** The direction a draft's stated change goes: its own word, or the relation's for a restated size ("a 25p rise, or 9 percent"). */
function statedDirection(d: ArithmeticDraft, c: QuantityClaim) {
  return changeOf(c) ?? (d.relation.kind === "change" ? d.relation.results.find((x) => x.claim === c)?.direction : undefined);
}

const sameSpan = (a: { source: string; start: number; end: number }, b: { source: string; start: number; end: number }) => a.source === b.source && a.start === b.start && a.end === b.end;

const sentenceKey = (c: QuantityClaim) => `${c.sourceIndex}:${c.sentence.start}`;

/** The figures of the sentence right after a claim's, when it has figures (from the sentence index). */
const sentenceOrder = new WeakMap<Map<string, QuantityClaim[]>, Map<string, QuantityClaim[]>>();
function nextSentence(c: QuantityClaim, sentenceOf: Map<string, QuantityClaim[]>): QuantityClaim[] {
  let next = sentenceOrder.get(sentenceOf);
  if (!next) {
    next = new Map();
    const bySource = new Map<number, QuantityClaim[][]>();
    for (const l of sentenceOf.values()) if (l.length) (bySource.get(l[0].sourceIndex) ?? bySource.set(l[0].sourceIndex, []).get(l[0].sourceIndex)!).push(l);
    for (const ls of bySource.values()) {
      ls.sort((a, b) => a[0].sentence.start - b[0].sentence.start);
      // (the very next sentence: it begins a few characters after the other ends, no sentence between)
      for (let k = 0; k + 1 < ls.length; k++) {
        const end = ls[k][0].sentence.start + ls[k][0].sentence.text.length;
        const gap = ls[k + 1][0].sentence.start - end;
        if (gap >= 0 && gap <= 4) next.set(sentenceKey(ls[k][0]), ls[k + 1]);
      }
    }
    sentenceOrder.set(sentenceOf, next);
  }
  return next.get(sentenceKey(c)) ?? [];
}
/** A unit and an amount in base units as a key (to twelve digits: a sum of parts carries float noise). */
const amountKey = (unit: string, amount: number) => `${unit}|${+amount.toPrecision(12)}`;
const figureKey = (c: QuantityClaim) => `${c.unit}|${JSON.stringify(c.value)}`;

/** The figures just before and after a claim in its sentence, within a few words and no clause break of it, by unit and value (asked again and again). */
const besides = new WeakMap<QuantityClaim, Set<string>>();
function besideKeys(c: QuantityClaim, sentenceOf: Map<string, QuantityClaim[]>, rules: Rules): Set<string> {
  let keys = besides.get(c);
  if (keys) return keys;
  const own = sentenceOf.get(sentenceKey(c)) ?? [];
  const k = own.indexOf(c);
  const text = c.sentence.text;
  const off = c.sentence.start;
  keys = new Set();
  for (const x of [own[k - 1], own[k + 1]]) {
    if (!x || !x.span) continue;
    const gap = x.span.end <= c.span.start ? text.slice(x.span.end - off, c.span.start - off) : text.slice(c.span.end - off, x.span.start - off);
    if (gap.length <= 40 && !clauseBreakRe(rules).test(gap)) keys.add(figureKey(x));
  }
  besides.set(c, keys);
  return keys;
}

/** Is a stated change in one source about the levels another source gives? */
function sameThing(r: ChangeRelation, c: QuantityClaim, sentenceOf: Map<string, QuantityClaim[]>, pairs: Map<string, AlignedPair[]>, rules: Rules): boolean {
  const t = rules.severity.thresholds;
  const { from, to } = r;
  if (!from || !to || c.planned !== to.planned) return false;
  // the aligner pairs it with this source's own statement of the change
  for (const res of r.results) {
    const p = (pairs.get(c.id) ?? []).find((x) => x.a === res.claim || x.b === res.claim);
    const pct = (f: string) => (f === "percentage-point" ? "percent" : f);
    if (p && p.best && p.confidence >= t.sure && p.scope !== "different" && changeOf(res.claim) === changeOf(c) && pct(res.claim.family) === pct(c.family)) return true;
  }
  // or it stands right next to a repeat of one of the levels ("to 31,904, a 36% drop") and
  // the measure is the same
  const repeats = besideKeys(c, sentenceOf, rules);
  // a distinctive figure: three digits or more, money, or a rate with decimals ("5.7%")
  if (!repeats.size || ![from, to].some((l) => repeats.has(figureKey(l)) && (l.digits >= 3 || l.family.startsWith("money:") || (l.family === "percent" && l.precision < 1)))) return false;
  const sim = Math.max(measureSimilarity(c, to), ...r.results.map((x) => measureSimilarity(c, x.claim)));
  if (sim < t.align) return false;
  const same = (a: { start: string; end: string }, b: { start: string; end: string }) => a.start === b.start && a.end === b.end;
  if (c.scope && to.scope && !c.scopeIsEvent && !to.scopeIsEvent && !same(c.scope, to.scope)) return false;
  // the change must be measured from the same earlier level: its stated baseline is the earlier
  // level's period ("a 36% drop from May"), or its sentence gives both levels
  const own = sentenceOf.get(sentenceKey(c)) ?? [];
  const repeated = (l: QuantityClaim) => own.some((x) => x !== c && l.unit === x.unit && JSON.stringify(l.value) === JSON.stringify(x.value));
  // (…or, beside the later level alone, a percentage that is exactly the levels' difference in
  // points: "rose 2.5 per cent to 64.2 per cent" where another source has 61.7% to 64.2%)
  if (!(c.baseline && from.scope && same(c.baseline, from.scope)) && !(repeated(from) && repeated(to)) && !(repeated(to) && !c.baseline && pointsApart(c, from, to))) return false;
  return true;
}

/** A stated percentage equal, to its last digit, to the difference of two percentage levels in points. */
function pointsApart(c: QuantityClaim, from: QuantityClaim, to: QuantityClaim): boolean {
  if (c.family !== "percent" || from.family !== "percent" || to.family !== "percent" || c.bound !== "exact") return false;
  if (typeof c.value !== "number" || typeof from.value !== "number" || typeof to.value !== "number") return false;
  const step = c.precision > 0 ? c.precision : 1;
  return Math.abs(Math.abs(to.value - from.value) - c.value) < step / 2 + 1e-9;
}

/** The stated changes a relation of another source may be checked against. */
function fitsAcross(r: ChangeRelation, c: QuantityClaim): boolean {
  const level = r.to!;
  if (!changeOf(c) || c.vague || c.per) return false;
  if (c.family === "percent") return true;
  if (c.family === "percentage-point") return level.family === "percent";
  return c.family === level.family && level.family !== "percent";
}

/** A breakdown's total and parts, all plain figures, with the parts' sum in base units; else undefined. */
function unsignedSum(d: ArithmeticDraft): { total: QuantityClaim; parts: QuantityClaim[]; sum: number } | undefined {
  const r = d.relation;
  const total = d.stated;
  if (r.kind !== "sum" || r.signed || !isClaim(total) || typeof total.value !== "number") return undefined;
  if (!r.parts.every((o): o is { claim: QuantityClaim } => "claim" in o) || r.parts.some((o) => typeof o.claim.value !== "number")) return undefined;
  const parts = r.parts.map((o) => o.claim);
  return { total, parts, sum: parts.reduce((n, c) => n + (c.value as number) * c.toBase, 0) };
}

export interface SourceClaims {
  source: Source;
  claims: QuantityClaim[];
  /** findRelations(source, claims) when extraction already ran it (on a worker thread). */
  relations?: Relation[];
}

/**
 * Arithmetic findings for a run. `existing` are the other findings of the run: a discrepancy
 * one of them already reports on the same stated figure gets this rule's computation added to
 * its message and evidence (the finding is changed in place) instead of a second finding.
 */
export function checkArithmetic(sources: readonly SourceClaims[], pairs: readonly AlignedPair[], rules: Rules, existing: Finding[] = []): Finding[] {
  const relations: Relation[] = sources.flatMap((s) => s.relations ?? findRelations(s.source, s.claims, rules));
  const drafts: ArithmeticDraft[] = relations.flatMap((r) => checkRelation(r, rules));
  // the change's other stated sizes ("a rise of 420, or 6 percent"): what the percentage
  // restates, for the editor to read beside it
  for (const d of drafts)
    if (d.relation.kind === "change" && d.relation.from && d.relation.to && d.relation.sourceIndex === (isClaim(d.stated) ? d.stated.sourceIndex : -1))
      for (const x of d.relation.results) if (x.claim !== d.stated && !d.claims.includes(x.claim)) d.claims.push(x.claim);
  // the same change stated with different percentages in two sources
  drafts.push(...sameChangeAcross(relations, rules));

  // across sources: a stated change against the levels another source gives
  // the figures of each sentence, in order
  const sentenceOf = new Map<string, QuantityClaim[]>();
  for (const s of sources) for (const c of s.claims) (sentenceOf.get(sentenceKey(c)) ?? sentenceOf.set(sentenceKey(c), []).get(sentenceKey(c))!).push(c);
  for (const l of sentenceOf.values()) l.sort((a, b) => a.span.start - b.span.start);
  // the claims of every source by unit and amount, built when first asked for
  let byAmount: Map<string, QuantityClaim[]> | undefined;
  const withAmount = (unit: string, amount: number) => {
    if (!byAmount) {
      byAmount = new Map();
      for (const s of sources)
        for (const c of s.claims)
          if (typeof c.value === "number") {
            const k = amountKey(c.unit, c.value * c.toBase);
            (byAmount.get(k) ?? byAmount.set(k, []).get(k)!).push(c);
          }
    }
    return byAmount.get(amountKey(unit, amount)) ?? [];
  };
  const pairsOf = new Map<string, AlignedPair[]>();
  for (const p of pairs) for (const c of [p.a, p.b]) (pairsOf.get(c.id) ?? pairsOf.set(c.id, []).get(c.id)!).push(p);
  // a figure its own source already relates to levels is checked there
  const related = new Set<QuantityClaim>();
  for (const r of relations) if (r.kind === "change" && r.from && r.to) for (const x of r.results) related.add(x.claim);
  const flagged = new Set(drafts.map((d) => d.stated));
  // the stated changes each source offers (the part of fitsAcross that does not depend on the relation)
  const offered = sources.flatMap((s) => s.claims.filter((c) => !related.has(c) && changeOf(c) && !c.vague && !c.per));
  // sameThing holds only for a change paired with one of the relation's results or standing
  // beside a repeat of one of its levels: those are looked up, so the cost does not grow with
  // every relation times every other source's changes (in the order the sources come)
  const order = new Map(offered.map((c, i) => [c, i]));
  const byBeside = new Map<string, QuantityClaim[]>();
  for (const c of offered) for (const k of besideKeys(c, sentenceOf, rules)) (byBeside.get(k) ?? byBeside.set(k, []).get(k)!).push(c);
  for (const r of relations) {
    if (r.kind !== "change" || !r.from || !r.to || r.comparison) continue;
    // levels whose own stated change is already off are reported there
    if (r.results.some((x) => flagged.has(x.claim))) continue;
    const near = new Set<QuantityClaim>();
    for (const x of r.results) for (const p of pairsOf.get(x.claim.id) ?? []) near.add(p.a === x.claim ? p.b : p.a);
    for (const l of [r.from, r.to]) for (const c of byBeside.get(figureKey(l)) ?? []) near.add(c);
    const candidates = [...near].filter((c) => order.has(c) && c.sourceIndex !== r.sourceIndex).sort((a, b) => order.get(a)! - order.get(b)!);
    for (const c of candidates) {
      if (related.has(c) || !fitsAcross(r, c) || !sameThing(r, c, sentenceOf, pairsOf, rules)) continue;
      for (const d of checkChangeAcross(r, c, rules)) {
        // the source's own statement of the change, for the editor to compare
        for (const x of r.results) if (!d.claims.includes(x.claim)) d.claims.push(x.claim);
        drafts.push(d);
      }
    }
  }

  const clauseBreak = clauseBreakRe(rules);
  // a change the levels contradict: other sources' statements of it that the levels bear out
  // ("up 0.1 percentage point" against "rose 0.1 per cent"), for the editor to compare
  for (const d of drafts) {
    if (!d.agrees || !isClaim(d.stated)) continue;
    const c = d.stated;
    for (const p of pairsOf.get(c.id) ?? []) {
      const x = p.a === c ? p.b : p.a;
      if (x.sourceIndex !== c.sourceIndex && changeOf(x) === statedDirection(d, c) && p.confidence >= rules.severity.thresholds.align && d.agrees(x) && !d.claims.includes(x)) d.claims.push(x);
    }
    // …and the change another source states beside its own figure for the later level ("€4,712
    // million, up 9.0% on a year earlier" against "from €4.32bn to €4.71bn, up almost 15%")
    const r = d.relation;
    if (r.kind !== "change" || !r.to || d.cross) continue;
    for (const known of [r.to, r.from]) {
      if (!known) continue;
      for (const p of pairsOf.get(known.id) ?? []) {
        const y = p.a === known ? p.b : p.a;
        if (y.sourceIndex === c.sourceIndex || p.confidence < rules.severity.thresholds.align) continue;
        // (in the level's own clause: "revenue of $9.1bn, while operating costs rose 12.7%" is another measure's)
        const own = (x: QuantityClaim) => !clauseBreak.test(x.span.start > y.span.end ? x.sentence.text.slice(y.span.end - x.sentence.start, x.span.start - x.sentence.start) : x.sentence.text.slice(x.span.end - x.sentence.start, y.span.start - x.sentence.start));
        // (only the later level's own clause; for either level, the sentence right after it that
        // states a change and no level of its own: "… estimated 44 adults. The new estimate is
        // 14 higher, an increase of around 32 per cent.")
        const here = known === r.to ? (sentenceOf.get(sentenceKey(y)) ?? []).filter((x) => own(x)) : [];
        // ("31 birds higher" is a difference, no level)
        const level = (z: QuantityClaim) => !changeOf(z) && z.family === y.family && !z.vague && !LETTERS_RE_1.test(z.sentence.text.slice(z.span.end - z.sentence.start, z.span.end - z.sentence.start + 30));
        const next = nextSentence(y, sentenceOf).filter((_x, _k, all) => !all.some(level));
        for (const x of [...here, ...next])
          if (x !== y && changeOf(x) === statedDirection(d, c) && x.family === c.family && !x.vague && d.agrees(x) && !d.claims.includes(x)) d.claims.push(x);
      }
    }
  }

  // …and the change another source states between the same two levels ("from 40 to 52 percent,
  // a 12-point gain" against "52 percent, up 12 percent from 40 percent"), whatever
  // words surround it: the same levels make it the same change
  const sameLevels = (x: QuantityClaim, y: QuantityClaim) => x.unit === y.unit && JSON.stringify(x.value) === JSON.stringify(y.value);
  for (const d of drafts) {
    const r = d.relation;
    if (!d.agrees || !isClaim(d.stated) || r.kind !== "change" || !r.from || !r.to || r.comparison) continue;
    const c = d.stated;
    for (const o of relations) {
      if (o.kind !== "change" || o.sourceIndex === r.sourceIndex || !o.from || !o.to || o.comparison || !sameLevels(o.from, r.from) || !sameLevels(o.to, r.to)) continue;
      for (const x of o.results) if ((changeOf(x.claim) ?? x.direction) === statedDirection(d, c) && d.agrees(x.claim) && !d.claims.includes(x.claim)) d.claims.push(x.claim);
    }
  }

  // …and the change another source gives in a line holding both levels, read as a relation
  // or not ("Eastmoor: 410,200 (2015); 388,900 (2025); change -5.2%")
  for (const d of drafts) {
    const r = d.relation;
    if (!d.agrees || !isClaim(d.stated) || r.kind !== "change" || !r.from || !r.to || r.comparison || typeof r.to.value !== "number" || typeof r.from.value !== "number") continue;
    const c = d.stated;
    const from = r.from;
    for (const y of withAmount(r.to.unit, r.to.value * r.to.toBase)) {
      if (y.sourceIndex === r.sourceIndex || y.digits < 3) continue;
      const line = sentenceOf.get(sentenceKey(y)) ?? [];
      if (!line.some((z) => z !== y && sameLevels(z, from))) continue;
      for (const x of line) if (x !== y && x.family === c.family && !x.vague && !sameLevels(x, from) && d.agrees(x) && !d.claims.includes(x)) d.claims.push(x);
    }
  }

  // a breakdown that does not add up: another source's figure for one of the parts that makes
  // it add up ("90 at the head office" where the company says 60) is the part to check, paired
  // with it or standing in that source's own breakdown of the same whole ("Of the 40 hurt, 31
  // went to hospital and the other nine were treated at the scene" against "… and 11 were
  // treated at the scene", found by the whole beside it)
  for (const d of drafts) {
    const s = unsignedSum(d);
    if (!s) continue;
    const { total, parts, sum } = s;
    const whole = (total.value as number) * total.toBase;
    const besideWhole = (x: QuantityClaim) => (sentenceOf.get(sentenceKey(x)) ?? []).some((y) => y !== x && y.unit === total.unit && JSON.stringify(y.value) === JSON.stringify(total.value) && !changeOf(y));
    for (const c of parts) {
      const own = (c.value as number) * c.toBase;
      for (const p of pairsOf.get(c.id) ?? []) {
        const x = p.a === c ? p.b : p.a;
        if (x.sourceIndex === c.sourceIndex || typeof x.value !== "number" || x.unit !== c.unit || changeOf(x) !== changeOf(c) || x.vague || p.confidence < rules.severity.thresholds.align || d.claims.includes(x)) continue;
        const fixed = sum - own + x.value * x.toBase;
        if (fixed >= total.interval.low && fixed <= total.interval.high && fixed !== sum) d.claims.push(x);
      }
      const want = whole - (sum - own);
      if (!(want > 0) || want === own) continue;
      for (const x of withAmount(c.unit, want))
        if (x.sourceIndex !== total.sourceIndex && !changeOf(x) && !x.vague && !x.per === !c.per && !d.claims.includes(x) && besideWhole(x)) d.claims.push(x);
    }
  }

  // a total that is not what its parts give: another source's figure for the total that is
  // exactly the sum ("a total of £490 million" where the trade paper says "about £470
  // million"), for the editor to see which figure to keep; and where its own source states the
  // total again ("has grown to 40 cases" before "the 40 cases comprise …"), every place the
  // editor may need to change
  // (the sum's own value, not just near it, and in the total's terms: a figure of the same unit
  // that shares some of its measure)
  // (found by unit and value, not by a pass over every claim for each total: a long source
  // has hundreds of thousands)
  // (a figure for the total itself: not an earlier level, "from £470 million last year", nor a
  // plan, nor another period's)
  const fitsTotal = (x: QuantityClaim, total: QuantityClaim) => !x.role && !x.earlier && x.planned === total.planned && scopeRelation(x, total) !== "different";
  for (const d of drafts) {
    const s = unsignedSum(d);
    if (!s) continue;
    const { total, sum } = s;
    const stated = (total.value as number) * total.toBase;
    if (sum === stated) continue;
    for (const x of withAmount(total.unit, sum))
      if (x.sourceIndex !== total.sourceIndex && !changeOf(x) && !changeOf(total) && !x.vague && !x.per === !total.per && x.digits >= 2 && fitsTotal(x, total) && measureSimilarity(x, total) > 0 && !d.claims.includes(x)) d.claims.push(x);
    for (const x of withAmount(total.unit, stated))
      if (x !== total && x.sourceIndex === total.sourceIndex && !changeOf(x) && !x.vague && !x.per === !total.per && fitsTotal(x, total) && measureSimilarity(x, total) >= rules.severity.thresholds.align && !d.claims.includes(x)) d.claims.push(x);
  }

  // the figures the computation starts from, as other sources state them too ("3.85 percent"
  // in the release beside the wire's own): the editor sees every place the inputs stand
  for (const d of drafts) {
    const inputs = d.claims.filter((c): c is QuantityClaim => c !== d.stated && isClaim(c));
    for (const c of inputs)
      for (const p of pairsOf.get(c.id) ?? []) {
        const x = p.a === c ? p.b : p.a;
        if (x.sourceIndex !== c.sourceIndex && JSON.stringify(x.value) === JSON.stringify(c.value) && Math.min(x.digits, c.digits) >= 2 && p.confidence >= rules.severity.thresholds.align && x.unit === c.unit && changeOf(x) === changeOf(c) && !d.claims.includes(x)) d.claims.push(x);
      }
  }

  // the earlier level a change implies, where another source states it as the level the change
  // started from ("from £3.7 billion a year earlier"): the editor sees the base the percentage
  // should have been taken on
  // (or its sentence states the level too: "fell to €1.9bn in March, from €2.4bn a year earlier")
  const besideLevel = (x: QuantityClaim, level: QuantityClaim) => (sentenceOf.get(sentenceKey(x)) ?? []).some((y) => y !== x && y.unit === level.unit && !y.role && JSON.stringify(y.value) === JSON.stringify(level.value));
  for (const d of drafts) {
    if (!d.implied) continue;
    const { base, level } = d.implied;
    for (const s of sources)
      for (const x of s.claims)
        if (x.sourceIndex !== level.sourceIndex && (x.role === "previous" || x.earlier) && x.unit === level.unit && !changeOf(x) && x.interval.low <= base && base <= x.interval.high && (measureSimilarity(x, level) >= rules.severity.thresholds.align || besideLevel(x, level)) && !d.claims.includes(x)) d.claims.push(x);
  }

  // one finding per stated figure: the most severe reading
  drafts.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const seen = new Set<QuantityClaim | RatioCue>();
  const out: Finding[] = [];
  for (const d of drafts) {
    if (seen.has(d.stated)) continue;
    seen.add(d.stated);
    const ev = d.claims.map(evidence);
    const stated = evidence(d.stated);
    // another rule already reports this figure: add the computation to that finding (not for
    // a total, which is often the right figure repeated while a part is wrong)
    const host = d.relation.kind === "sum" ? undefined : existing.find((f) => FOLD_INTO.has(f.kind) && f.claims.some((c) => sameSpan(c, stated)));
    if (host) {
      for (const e of ev) if (!host.claims.some((c) => sameSpan(c, e))) host.claims.push(e);
      host.message += `; arithmetic: ${d.message}`;
      if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[host.severity]) host.severity = d.severity as Severity;
      continue;
    }
    out.push({ id: "", rule: d.rule, kind: d.kind, severity: d.severity, message: d.message, claims: ev });
  }
  return out;
}

export type { Relation };
