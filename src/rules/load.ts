// Loads the rule files: the built-in rules/ folder, then each user folder layered over it.
// Every file is validated against its schema; errors name the file, line, field and fix.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject } from "ajv";
import { LineCounter, parseDocument, isMap, isSeq, type Node } from "yaml";
import { SCHEMAS, RULE_KINDS } from "./schema.js";
import { RuleError, type Rules, type HedgeRule, type UnitRule, type SpeechRules } from "./types.js";

export const BUILTIN_RULES_DIR = fileURLToPath(new URL("../../rules/", import.meta.url));

const ajv = new Ajv({ allErrors: false, strict: true });
const validators = Object.fromEntries(RULE_KINDS.map((k) => [k, ajv.compile(SCHEMAS[k])]));

interface RuleFile {
  file: string;
  kind: string;
  data: Record<string, unknown>;
}

function nodeAt(doc: ReturnType<typeof parseDocument>, path: string[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) node = node.get(key, true);
    else if (isSeq(node)) node = node.get(Number(key), true);
    else return node as Node | undefined;
  }
  return node as Node | undefined;
}

function describe(err: ErrorObject): string {
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
    const node = nodeAt(doc, path);
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
    numbers: { units: {}, tens: {}, scales: {}, suffixes: {}, named: {}, fractions: {}, vague: {} },
    units: [],
    measures: {
      synonyms: [],
      distinct: [],
      genericHeads: [],
      runningTallies: [],
      stopwords: [],
      changeWords: { up: [], down: [] },
      modality: { planned: [] },
      baselineCues: [],
      sinceCues: [],
    },
    time: { months: [], weekdays: [], eventVerbs: [], events: [] },
    severity: {
      thresholds: { align: 0.34, sure: 0.55, scaleRatios: [1000, 1e6, 1e9], scaleTolerance: 0.2, distinctiveDigits: 4 },
      severity: {},
    },
    people: { roles: [], ranks: [], sameRank: [], pastRanks: [], orgWords: [], notNames: [], givenNames: [] },
    speech: {
      verbs: [],
      according: [],
      pronouns: [],
      definite: [],
      indefinite: [],
      clauseStarts: [],
      relatives: [],
      conjunctions: [],
      functionWords: [],
      creditMarks: [],
      ellipses: [],
      abbreviations: [],
      nameParticles: [],
      scareMaxWords: 3,
      contractions: {},
      spelling: [],
      wordFolds: {},
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
        Object.assign(rules.numbers[k], d[k] ?? {});
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
      m.distinct.push(...(d.distinct ?? []));
      m.genericHeads.push(...(d.genericHeads ?? []));
      m.runningTallies.push(...(d.runningTallies ?? []));
      m.stopwords.push(...(d.stopwords ?? []));
      m.changeWords.up.push(...(d.changeWords?.up ?? []));
      m.changeWords.down.push(...(d.changeWords?.down ?? []));
      m.modality.planned.push(...(d.modality?.planned ?? []));
      m.baselineCues.push(...(d.baselineCues ?? []));
      m.sinceCues.push(...(d.sinceCues ?? []));
      break;
    }
    case "time":
      if (d.months) rules.time.months = d.months;
      if (d.weekdays) rules.time.weekdays = d.weekdays;
      rules.time.eventVerbs.push(...(d.eventVerbs ?? []));
      rules.time.events.push(...(d.events ?? []));
      break;
    case "people":
      for (const k of Object.keys(rules.people) as (keyof Rules["people"])[]) (rules.people[k] as unknown[]).push(...(d[k] ?? []));
      break;
    case "speech": {
      const sp = rules.speech;
      for (const k of ["verbs", "according", "pronouns", "definite", "indefinite", "clauseStarts", "relatives", "conjunctions", "functionWords", "creditMarks", "ellipses", "abbreviations", "nameParticles"] as const)
        sp[k].push(...(d[k] ?? []));
      if (d.scareMaxWords !== undefined) sp.scareMaxWords = d.scareMaxWords;
      Object.assign(sp.contractions, d.contractions ?? {});
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
    case "severity":
      Object.assign(rules.severity.thresholds, d.thresholds ?? {});
      for (const [kind, table] of Object.entries((d.severity ?? {}) as Record<string, Record<string, any>>))
        rules.severity.severity[kind] = { ...(rules.severity.severity[kind] ?? {}), ...table };
      break;
  }
}

const cache = new Map<string, Rules>();

/** Loads built-in rules plus user folders (later folders override earlier ones). */
export function loadRules(extraDirs: string[] = []): Rules {
  const key = extraDirs.join("\0");
  const hit = cache.get(key);
  if (hit) return hit;
  const rules = emptyRules();
  for (const dir of [BUILTIN_RULES_DIR, ...extraDirs])
    for (const file of ruleFilesIn(dir)) merge(rules, parseRuleFile(file, readFileSync(file, "utf8")));
  // longer hedge phrases must be tried first ("just over" before "over")
  cache.set(key, rules);
  return rules;
}
