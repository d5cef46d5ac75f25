// Loads the rule files: the built-in rules/ folder, then each user folder layered over it.
// Every file is validated against its schema; errors name the file, line, field and fix.
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, extname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { Node } from "yaml";
import { SCHEMAS, RULE_KINDS } from "./schema.js";
import { preloadStems, stemTable } from "../text/tokens.js";
import { RuleError, type Rules, type HedgeRule, type UnitRule, type SpeechRules } from "./types.js";
import { compactLetters, lre } from "../text/letters.js";

const RULE_WORDS = lre(/[\p{L}][\p{L}'’]*/gu);

export const BUILTIN_RULES_DIR = fileURLToPath(new URL("../../rules/", import.meta.url));

// yaml and ajv are loaded, and the schemas compiled, only when a rule file has to be parsed:
// the built-in files are read from a cache of their validated contents (see loadRules)
const require = createRequire(import.meta.url);
let yamlModule: typeof import("yaml") | undefined;
const yaml = () => (yamlModule ??= require("yaml") as typeof import("yaml"));
let compiled: Record<string, ValidateFunction> | undefined;
function validatorsOf(): Record<string, ValidateFunction> {
  if (!compiled) {
    const { Ajv } = require("ajv") as typeof import("ajv");
    const ajv = new Ajv({ allErrors: false, strict: true });
    compiled = Object.fromEntries(RULE_KINDS.map((k) => [k, ajv.compile(SCHEMAS[k])]));
  }
  return compiled;
}

interface RuleFile {
  file: string;
  kind: string;
  data: Record<string, unknown>;
}

export function nodeAt(doc: ReturnType<typeof import("yaml").parseDocument>, path: string[]): Node | undefined {
  const { isMap, isSeq } = yaml();
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) node = node.get(key, true);
    else if (isSeq(node)) node = node.get(Number(key), true);
    else return node as Node | undefined;
  }
  return node as Node | undefined;
}

export function describe(err: ErrorObject): string {
  const field = err.instancePath ? err.instancePath.slice(1).replace(/\//g, ".") : "(top level)";
  const p = err.params as Record<string, unknown>;
  if (err.keyword === "additionalProperties")
    return `unknown key "${String(p.additionalProperty)}" at ${field}; remove it or check its spelling`;
  if (err.keyword === "enum") return `${field} must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
  if (err.keyword === "const") return `${field} must be ${JSON.stringify(p.allowedValue)}`;
  if (err.keyword === "required") return `${field} is missing the required key "${String(p.missingProperty)}"`;
  return `${field} ${err.message ?? "is invalid"}`;
}

export function parseRuleFile(file: string, text: string): RuleFile {
  const { LineCounter, parseDocument } = yaml();
  const validators = validatorsOf();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = lineCounter.linePos(e.pos[0]).line;
    throw new RuleError(file, line, `not valid YAML/JSON: ${e.message.split("\n")[0]}`);
  }
  const data = doc.toJS() as Record<string, unknown> | null;
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw new RuleError(file, 1, `a rule file must be a mapping with a "kind" key (one of ${RULE_KINDS.join(", ")})`);
  const kind = data.kind;
  if (typeof kind !== "string" || !validators[kind])
    throw new RuleError(file, 1, `"kind" must be one of ${RULE_KINDS.join(", ")}; got ${JSON.stringify(kind)}`);
  const validate = validators[kind];
  if (!validate(data)) {
    const err = validate.errors![0];
    const path = err.instancePath.split("/").slice(1);
    // an unknown key is shown on its own line, not on the line of the mapping holding it
    const { isMap, isScalar } = yaml();
    const extra = err.keyword === "additionalProperties" ? String((err.params as { additionalProperty?: unknown }).additionalProperty) : undefined;
    const parent = nodeAt(doc, path);
    const keyNode = extra !== undefined && isMap(parent) ? (parent.items.find((p) => isScalar(p.key) && String(p.key.value) === extra)?.key as Node | undefined) : undefined;
    const node = keyNode ?? parent;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const snippet = line ? text.split(/\r?\n/)[line - 1]?.trim() : undefined;
    throw new RuleError(file, line, describe(err) + (snippet ? ` (at: ${snippet})` : ""));
  }
  return { file, kind, data };
}

function ruleFilesIn(dir: string): string[] {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new RuleError(dir, undefined, "rules folder does not exist; pass an existing folder to --rules");
  }
  if (!st.isDirectory()) throw new RuleError(dir, undefined, "--rules expects a folder of .yaml/.json rule files");
  return readdirSync(dir)
    .filter((f) => [".yaml", ".yml", ".json"].includes(extname(f)))
    .sort()
    .map((f) => join(dir, f));
}

function emptyRules(): Rules {
  return {
    hedges: [],
    numbers: { units: {}, tens: {}, scales: {}, suffixes: {}, unitSuffixes: {}, spacedSuffixes: [], named: {}, fractions: {}, vague: {}, descriptors: [], labels: [] },
    units: [],
    measures: {
      synonyms: [],
      exactForms: [],
      distinct: [],
      genericHeads: [],
      runningTallies: [],
      cumulativeTallies: [],
      factBoxAsides: [],
      totalCues: [],
      eventCues: [],
      baselineNouns: [],
      stopwords: [],
      changeWords: { up: [], down: [] },
      comparativeChange: { up: [], down: [] },
      vagueLabelWords: [],
      stockVerbs: { up: [], down: [] },
      stockNouns: [],
      modality: { planned: [], negotiation: [], market: [], extreme: [] },
      baselineCues: [],
      sinceCues: [],
      placeKinds: [],
      priorWords: [],
      fromVerbs: [],
      variants: [],
      variantOpposites: [],
      comparators: [],
      dimensions: [],
      negativeNouns: [],
      familyNouns: {},
    },
    time: { months: [], weekdays: [], eventVerbs: [], futureCues: [], futureModals: [], reportNouns: [], events: [], recurringEvents: [], seasons: {}, clockHedges: {}, clockCutoffs: [], clockSchedules: [], clockDayParts: {}, windowBreaks: [], deadlineVerbs: [], originParticiples: [], comparisonCues: [], earlierThingCues: [], startCues: [] },
    severity: {
      thresholds: { align: 0.34, sure: 0.55, scaleRatios: [1000, 1e6, 1e9], scaleTolerance: 0.2, distinctiveDigits: 4, wordSlip: 0.2 },
      severity: {},
    },
    people: { roles: [], ranks: [], sameRank: [], postRanks: [], pastRanks: [], bodyMembers: [], bodyOffices: [], statusRoles: [], standingRoles: [], standingOfficeBodies: [], personNouns: [], vagueTitles: [], levelWords: [], presidingOffices: [], genericBodies: [], selfNames: [], orgWords: [], placeNouns: [], notNames: [], honorifics: [], openers: [], givenNames: [] },
    speech: {
      verbs: [],
      according: [],
      pronouns: [],
      addressForms: {},
      definite: [],
      indefinite: [],
      clauseStarts: [],
      asides: [],
      relatives: [],
      conjunctions: [],
      functionWords: [],
      auxiliaries: [],
      placeCues: [],
      creditMarks: [],
      ellipses: [],
      abbreviations: [],
      nameParticles: [],
      scareMaxWords: 3,
      contractions: {},
      spelling: [],
      wordFolds: {},
    },
    relations: {
      fromCues: [],
      toCues: [],
      levelCues: [],
      baselineCues: [],
      multipliers: {},
      comparisons: {},
      multiplierTolerance: 0.1,
      partCues: [],
      listPartCues: [],
      determiners: [],
      periodPossessives: [],
      marginCues: [],
      remainderCues: [],
      shareVerbs: [],
      clauseBreaks: [],
      pairOpeners: [],
      linkingVerbs: [],
      restateCues: [],
      totalBefore: [],
      totalAfter: [],
      changeTotalBefore: [],
      amountCues: [],
      changeVerbs: { up: [], down: [] },
      comparatives: [],
      averageCues: [],
      periods: {},
      durationPrepositions: [],
      perHead: [],
      populationWords: [],
      resultOpeners: [],
      backReferences: [],
      changeAfterLevel: [],
      cumulativeCues: [],
      complementCues: [],
      comprisesCues: [],
      breakdownOpeners: [],
      wholeOpeners: [],
      partsOpeners: [],
    },
    origins: {},
    examples: [],
  };
}

/** Layers one validated file onto the rules: lists extend, maps and settings override. */
function merge(rules: Rules, f: RuleFile): void {
  const d = f.data as Record<string, any>;
  (rules.origins[f.kind] ??= []).push(f.file);
  if (d.examples) rules.examples.push({ file: f.file, kind: f.kind, match: d.examples.match ?? [], noMatch: d.examples.noMatch ?? [] });
  switch (f.kind) {
    case "hedges":
      rules.hedges.push(...(d.hedges as HedgeRule[]));
      break;
    case "numbers":
      for (const k of Object.keys(rules.numbers) as (keyof Rules["numbers"])[])
        if (k === "descriptors" || k === "spacedSuffixes" || k === "labels") rules.numbers[k].push(...(d[k] ?? []));
        else Object.assign(rules.numbers[k], d[k] ?? {});
      break;
    case "units": {
      // a user unit with an existing name replaces the built-in one
      for (const u of d.units as UnitRule[]) {
        const i = rules.units.findIndex((x) => x.name === u.name);
        if (i >= 0) rules.units[i] = u;
        else rules.units.push(u);
      }
      break;
    }
    case "measures": {
      const m = rules.measures;
      m.synonyms.push(...(d.synonyms ?? []));
      m.exactForms.push(...(d.exactForms ?? []));
      m.distinct.push(...(d.distinct ?? []));
      m.genericHeads.push(...(d.genericHeads ?? []));
      m.runningTallies.push(...(d.runningTallies ?? []));
      m.cumulativeTallies.push(...(d.cumulativeTallies ?? []));
      m.factBoxAsides.push(...(d.factBoxAsides ?? []));
      m.totalCues.push(...(d.totalCues ?? []));
      m.eventCues.push(...(d.eventCues ?? []));
      m.baselineNouns.push(...(d.baselineNouns ?? []));
      m.stopwords.push(...(d.stopwords ?? []));
      m.changeWords.up.push(...(d.changeWords?.up ?? []));
      m.changeWords.down.push(...(d.changeWords?.down ?? []));
      m.vagueLabelWords.push(...(d.vagueLabelWords ?? []));
      m.comparativeChange.up.push(...(d.comparativeChange?.up ?? []));
      m.comparativeChange.down.push(...(d.comparativeChange?.down ?? []));
      m.stockVerbs.up.push(...(d.stockVerbs?.up ?? []));
      m.stockVerbs.down.push(...(d.stockVerbs?.down ?? []));
      m.stockNouns.push(...(d.stockNouns ?? []));
      m.modality.planned.push(...(d.modality?.planned ?? []));
      m.modality.negotiation.push(...(d.modality?.negotiation ?? []));
      m.modality.market.push(...(d.modality?.market ?? []));
      m.modality.extreme.push(...(d.modality?.extreme ?? []));
      m.baselineCues.push(...(d.baselineCues ?? []));
      m.sinceCues.push(...(d.sinceCues ?? []));
      m.placeKinds.push(...(d.placeKinds ?? []));
      m.priorWords.push(...(d.priorWords ?? []));
      m.fromVerbs.push(...(d.fromVerbs ?? []));
      m.variants.push(...(d.variants ?? []));
      m.variantOpposites.push(...(d.variantOpposites ?? []));
      m.comparators.push(...(d.comparators ?? []));
      m.dimensions.push(...(d.dimensions ?? []));
      m.negativeNouns.push(...(d.negativeNouns ?? []));
      for (const [family, words] of Object.entries((d.familyNouns ?? {}) as Record<string, string[]>)) {
        // (own keys only: a family named "constructor" is no Object method)
        if (!Object.hasOwn(m.familyNouns, family)) m.familyNouns[family] = [];
        m.familyNouns[family].push(...words);
      }
      break;
    }
    case "time":
      if (d.months) rules.time.months = d.months;
      if (d.weekdays) rules.time.weekdays = d.weekdays;
      rules.time.eventVerbs.push(...(d.eventVerbs ?? []));
      rules.time.futureCues.push(...(d.futureCues ?? []));
      rules.time.futureModals.push(...(d.futureModals ?? []));
      rules.time.reportNouns.push(...(d.reportNouns ?? []));
      rules.time.events.push(...(d.events ?? []));
      for (const w of (d.recurringEvents ?? []) as string[]) {
        // (a word that names no event group would silently do nothing)
        if (!rules.time.events.some((g) => g[0].toLowerCase() === w.toLowerCase()))
          throw new RuleError(f.file, undefined, `recurringEvents: ${JSON.stringify(w)} is not the first word of any group under "events"; use one of ${rules.time.events.map((g) => g[0]).join(", ")}`);
        rules.time.recurringEvents.push(w.toLowerCase());
      }
      Object.assign(rules.time.seasons, d.seasons ?? {});
      for (const [k, v] of Object.entries((d.clockHedges ?? {}) as Record<string, [number, number]>)) {
        if (v[0] > v[1]) throw new RuleError(f.file, undefined, `clockHedges: "${k}" is [${v.join(", ")}]; give the minutes before the time first, then after (e.g. [-15, 15])`);
        rules.time.clockHedges[k.toLowerCase()] = v;
      }
      rules.time.clockCutoffs.push(...((d.clockCutoffs ?? []) as string[]).map((w) => w.toLowerCase()));
      rules.time.clockSchedules.push(...((d.clockSchedules ?? []) as string[]).map((w) => w.toLowerCase()));
      for (const [k, v] of Object.entries((d.clockDayParts ?? {}) as Record<string, "am" | "pm">)) rules.time.clockDayParts[k.toLowerCase()] = v;
      rules.time.windowBreaks.push(...((d.windowBreaks ?? []) as string[]).map((w) => w.toLowerCase()));
      rules.time.originParticiples.push(...((d.originParticiples ?? []) as string[]));
      rules.time.earlierThingCues.push(...((d.earlierThingCues ?? []) as string[]));
      rules.time.startCues.push(...((d.startCues ?? []) as string[]));
      rules.time.comparisonCues.push(...((d.comparisonCues ?? []) as string[]));
      rules.time.deadlineVerbs.push(...((d.deadlineVerbs ?? []) as string[]).map((w) => w.toLowerCase()));
      break;
    case "people":
      for (const k of Object.keys(rules.people) as (keyof Rules["people"])[]) (rules.people[k] as unknown[]).push(...(d[k] ?? []));
      break;
    case "speech": {
      const sp = rules.speech;
      for (const k of ["verbs", "according", "pronouns", "definite", "indefinite", "clauseStarts", "asides", "relatives", "conjunctions", "functionWords", "auxiliaries", "placeCues", "creditMarks", "ellipses", "abbreviations", "nameParticles"] as const)
        sp[k].push(...(d[k] ?? []));
      if (d.scareMaxWords !== undefined) sp.scareMaxWords = d.scareMaxWords;
      Object.assign(sp.contractions, d.contractions ?? {});
      Object.assign(sp.addressForms, d.addressForms ?? {});
      Object.assign(sp.wordFolds, d.wordFolds ?? {});
      for (const r of (d.spelling ?? []) as SpeechRules["spelling"]) {
        try {
          new RegExp(r.pattern);
        } catch (e) {
          throw new RuleError(f.file, undefined, `spelling pattern ${JSON.stringify(r.pattern)} is not a valid regular expression: ${(e as Error).message}`);
        }
        sp.spelling.push(r);
      }
      break;
    }
    case "relations": {
      const r = rules.relations;
      for (const k of ["fromCues", "toCues", "levelCues", "baselineCues", "partCues", "listPartCues", "determiners", "periodPossessives", "marginCues", "remainderCues", "shareVerbs", "clauseBreaks", "pairOpeners", "linkingVerbs", "restateCues", "totalBefore", "totalAfter", "changeTotalBefore", "amountCues", "comparatives", "averageCues", "durationPrepositions", "perHead", "populationWords", "resultOpeners", "backReferences", "changeAfterLevel", "cumulativeCues", "complementCues", "comprisesCues", "breakdownOpeners", "wholeOpeners", "partsOpeners"] as const)
        r[k].push(...(d[k] ?? []));
      r.changeVerbs.up.push(...(d.changeVerbs?.up ?? []));
      r.changeVerbs.down.push(...(d.changeVerbs?.down ?? []));
      Object.assign(r.multipliers, d.multipliers ?? {});
      Object.assign(r.comparisons, d.comparisons ?? {});
      Object.assign(r.periods, d.periods ?? {});
      if (d.multiplierTolerance !== undefined) r.multiplierTolerance = d.multiplierTolerance;
      break;
    }
    case "severity":
      Object.assign(rules.severity.thresholds, d.thresholds ?? {});
      for (const [kind, table] of Object.entries((d.severity ?? {}) as Record<string, Record<string, any>>))
        rules.severity.severity[kind] = { ...(rules.severity.severity[kind] ?? {}), ...table };
      break;
  }
}

const cache = new Map<string, Rules>();

/**
 * The built-in rule files, parsed and validated: written next to this module by `npm run
 * build` (writeBuiltinCache), so a run reads JSON instead of loading yaml and ajv. Each entry
 * holds the text it was made from and is used only while the file still reads the same (and
 * the schemas are those it was validated against); a file edited since is parsed and
 * validated as usual. The texts are compared, not hashed: a cold process spent ~8 ms loading
 * node:crypto and hashing for this, and comparing two strings costs next to nothing.
 */
const BUILTIN_CACHE = fileURLToPath(new URL("./rules-cache.json", import.meta.url));
/** The cache file: each rule file's text and parsed contents (a JSON string, parsed when used) by file name, the schemas, the stem table. */
export interface BuiltinCache {
  schemas: string;
  files: Record<string, { text: string; entry: string }>;
  /** The stems of every word in the built-in rules (JSON of a word → stem table). */
  stems?: string;
}
let builtinCache: BuiltinCache | null | undefined;
let stemsLoaded = false;
let schemasText: string | undefined;
const schemasJson = () => (schemasText ??= JSON.stringify(SCHEMAS));
const cacheName = (file: string) => relative(BUILTIN_RULES_DIR, file);

function readCache(): BuiltinCache | null {
  if (builtinCache === undefined) {
    try {
      const c = JSON.parse(readFileSync(BUILTIN_CACHE, "utf8")) as BuiltinCache;
      builtinCache = c && typeof c.schemas === "string" && c.files && typeof c.files === "object" && c.schemas === schemasJson() ? c : null;
    } catch {
      builtinCache = null;
    }
  }
  return builtinCache;
}

/** A built-in rule file's parsed contents: from the build's cache while its text is unchanged. */
export function readBuiltin(file: string, text: string, cached: BuiltinCache | null = readCache()): RuleFile {
  if (cached?.stems && !stemsLoaded) {
    stemsLoaded = true;
    preloadStems(JSON.parse(cached.stems) as Record<string, string>);
  }
  const hit = cached?.files[cacheName(file)];
  if (hit && hit.text === text) {
    const { kind, data } = JSON.parse(hit.entry) as { kind: string; data: Record<string, unknown> };
    return { file, kind, data };
  }
  return parseRuleFile(file, text);
}

/** Adds the words of every string in `v` (keys included) to `into`. */
function wordsIn(v: unknown, into: Set<string>): void {
  if (typeof v === "string") for (const w of v.match(RULE_WORDS) ?? []) into.add(w);
  else if (Array.isArray(v)) for (const x of v) wordsIn(x, into);
  else if (v && typeof v === "object")
    for (const [k, x] of Object.entries(v)) {
      wordsIn(k, into);
      wordsIn(x, into);
    }
}

/** Writes the cache of the built-in rule files (run by `npm run build`). */
export function writeBuiltinCache(): void {
  const files: BuiltinCache["files"] = {};
  const words = new Set<string>();
  for (const file of ruleFilesIn(BUILTIN_RULES_DIR)) {
    const text = readFileSync(file, "utf8");
    const { kind, data } = parseRuleFile(file, text);
    // only plain JSON survives the round trip unchanged (no Infinity, NaN, dates)
    const plain = (v: unknown): boolean =>
      v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v) && !Object.is(v, -0)) ||
      (Array.isArray(v) ? v.every(plain) : typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype && Object.values(v as object).every(plain));
    if (plain(data)) files[cacheName(file)] = { text, entry: JSON.stringify({ kind, data }) };
    wordsIn(data, words);
  }
  const cache: BuiltinCache = { schemas: schemasJson(), files, stems: JSON.stringify(stemTable(words)) };
  const tmp = `${BUILTIN_CACHE}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(cache));
  renameSync(tmp, BUILTIN_CACHE);
}

/** Loads built-in rules plus user folders (later folders override earlier ones). */
export function loadRules(extraDirs: string[] = []): Rules {
  const key = extraDirs.join("\0");
  const hit = cache.get(key);
  if (hit) return hit;
  const rules = emptyRules();
  for (const file of ruleFilesIn(BUILTIN_RULES_DIR)) merge(rules, readBuiltin(file, readFileSync(file, "utf8")));
  for (const dir of extraDirs)
    for (const file of ruleFilesIn(dir)) merge(rules, parseRuleFile(file, readFileSync(file, "utf8")));
  // longer hedge phrases must be tried first ("just over" before "over")
  cache.set(key, rules);
  return rules;
}
