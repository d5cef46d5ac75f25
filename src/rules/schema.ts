// JSON Schemas for the rule files under rules/. Unknown keys are rejected so a typo
// cannot silently disable a rule (a lesson from other prose linters).
const examples = {
  type: "object",
  additionalProperties: false,
  properties: {
    match: { type: "array", items: { type: "string" } },
    noMatch: { type: "array", items: { type: "string" } },
  },
} as const;

const stringList = { type: "array", items: { type: "string", minLength: 1 } } as const;
const numberMap = { type: "object", additionalProperties: { type: "number" } } as const;

export const SCHEMAS: Record<string, object> = {
  hedges: {
    type: "object",
    additionalProperties: false,
    required: ["kind", "hedges"],
    properties: {
      kind: { const: "hedges" },
      examples,
      hedges: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["words", "bound", "low", "high"],
          properties: {
            words: stringList,
            bound: { enum: ["approx", "above", "below"] },
            low: { type: "number", minimum: -1, maximum: 0 },
            high: { type: "number", minimum: 0, maximum: 10 },
            lowOpen: { type: "boolean" },
            highOpen: { type: "boolean" },
          },
        },
      },
    },
  },
  numbers: {
    type: "object",
    additionalProperties: false,
    required: ["kind"],
    properties: {
      kind: { const: "numbers" },
      examples,
      units: numberMap,
      tens: numberMap,
      scales: numberMap,
      suffixes: numberMap,
      unitSuffixes: { type: "object", additionalProperties: { type: "object", additionalProperties: false, properties: { before: stringList, after: stringList } } },
      named: numberMap,
      fractions: numberMap,
      vague: {
        type: "object",
        additionalProperties: { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2 },
      },
    },
  },
  units: {
    type: "object",
    additionalProperties: false,
    required: ["kind", "units"],
    properties: {
      kind: { const: "units" },
      examples,
      units: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["name", "family", "toBase"],
          properties: {
            name: { type: "string", minLength: 1 },
            family: { type: "string", minLength: 1 },
            toBase: { type: "number", exclusiveMinimum: 0 },
            offset: { type: "number" },
            before: stringList,
            after: stringList,
          },
        },
      },
    },
  },
  measures: {
    type: "object",
    additionalProperties: false,
    required: ["kind"],
    properties: {
      kind: { const: "measures" },
      examples,
      synonyms: { type: "array", items: { ...stringList, minItems: 2 } },
      distinct: { type: "array", items: { ...stringList, minItems: 2 } },
      genericHeads: stringList,
      runningTallies: stringList,
      cumulativeTallies: stringList,
      factBoxAsides: stringList,
      totalCues: stringList,
      eventCues: stringList,
      baselineNouns: stringList,
      stopwords: stringList,
      changeWords: {
        type: "object",
        additionalProperties: false,
        properties: { up: stringList, down: stringList },
      },
      modality: { type: "object", additionalProperties: false, properties: { planned: stringList, negotiation: stringList, market: stringList, extreme: stringList } },
      baselineCues: stringList,
      sinceCues: stringList,
      placeKinds: stringList,
      priorWords: stringList,
      fromVerbs: stringList,
    },
  },
  time: {
    type: "object",
    additionalProperties: false,
    required: ["kind"],
    properties: {
      kind: { const: "time" },
      examples,
      months: { type: "array", items: stringList, minItems: 12, maxItems: 12 },
      weekdays: { type: "array", items: stringList, minItems: 7, maxItems: 7 },
      eventVerbs: stringList,
      futureCues: stringList,
      events: { type: "array", items: { ...stringList, minItems: 1 } },
      seasons: { type: "object", additionalProperties: { type: "array", items: { type: "integer", minimum: 1, maximum: 12 }, minItems: 2, maxItems: 2 } },
    },
  },
  severity: {
    type: "object",
    additionalProperties: false,
    required: ["kind"],
    properties: {
      kind: { const: "severity" },
      examples,
      thresholds: {
        type: "object",
        additionalProperties: false,
        properties: {
          align: { type: "number", minimum: 0, maximum: 1 },
          sure: { type: "number", minimum: 0, maximum: 1 },
          scaleRatios: { type: "array", items: { type: "number", exclusiveMinimum: 1 } },
          scaleTolerance: { type: "number", minimum: 0, maximum: 1 },
          distinctiveDigits: { type: "integer", minimum: 1 },
          wordSlip: { type: "number", minimum: 0, maximum: 1 },
        },
      },
      severity: {
        type: "object",
        additionalProperties: {
          type: "object",
          additionalProperties: { enum: ["critical", "major", "minor", "info"] },
        },
      },
    },
  },
};

SCHEMAS.people = {
  type: "object",
  additionalProperties: false,
  required: ["kind"],
  properties: {
    kind: { const: "people" },
    examples,
    roles: { type: "array", items: { ...stringList, minItems: 1 } },
    ranks: stringList,
    sameRank: stringList,
    pastRanks: stringList,
    bodyMembers: stringList,
    bodyOffices: stringList,
    statusRoles: stringList,
    standingRoles: stringList,
    levelWords: stringList,
    presidingOffices: stringList,
    orgWords: stringList,
    notNames: stringList,
    openers: stringList,
    givenNames: stringList,
  },
};

SCHEMAS.speech = {
  type: "object",
  additionalProperties: false,
  required: ["kind"],
  properties: {
    kind: { const: "speech" },
    examples,
    verbs: stringList,
    according: stringList,
    pronouns: stringList,
    definite: stringList,
    indefinite: stringList,
    clauseStarts: stringList,
    asides: stringList,
    relatives: stringList,
    conjunctions: stringList,
    functionWords: stringList,
    auxiliaries: stringList,
    placeCues: stringList,
    creditMarks: stringList,
    ellipses: stringList,
    abbreviations: stringList,
    nameParticles: stringList,
    scareMaxWords: { type: "integer", minimum: 0, maximum: 10 },
    contractions: { type: "object", additionalProperties: { type: "string" } },
    spelling: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["pattern", "replace"],
        properties: { pattern: { type: "string", minLength: 1 }, replace: { type: "string" } },
      },
    },
    wordFolds: { type: "object", additionalProperties: { type: "string" } },
  },
};

SCHEMAS.relations = {
  type: "object",
  additionalProperties: false,
  required: ["kind"],
  properties: {
    kind: { const: "relations" },
    examples,
    fromCues: stringList,
    toCues: stringList,
    levelCues: stringList,
    baselineCues: stringList,
    multipliers: { type: "object", additionalProperties: { type: "number", exclusiveMinimum: 0 } },
    multiplierTolerance: { type: "number", minimum: 0, maximum: 1 },
    partCues: stringList,
    listPartCues: stringList,
    determiners: stringList,
    clauseBreaks: stringList,
    linkingVerbs: stringList,
    restateCues: stringList,
    totalBefore: stringList,
    totalAfter: stringList,
    changeTotalBefore: stringList,
    amountCues: stringList,
    changeVerbs: { type: "object", additionalProperties: false, properties: { up: stringList, down: stringList } },
    comparatives: stringList,
    averageCues: stringList,
    periods: {
      type: "object",
      additionalProperties: { type: "array", items: { type: "number", exclusiveMinimum: 0 }, minItems: 2, maxItems: 2 },
    },
    durationPrepositions: stringList,
    perHead: stringList,
    populationWords: stringList,
    resultOpeners: stringList,
    backReferences: stringList,
    cumulativeCues: stringList,
    breakdownOpeners: stringList,
    partsOpeners: stringList,
  },
};

export const RULE_KINDS = Object.keys(SCHEMAS);
