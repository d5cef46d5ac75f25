// ESM throughout: chalk 5 and yargs 18 are ESM-only, so tests run as ES modules
// through ts-jest's ESM preset (requires NODE_OPTIONS=--experimental-vm-modules,
// set by `npm test`).
export default {
  preset: "ts-jest/presets/default-esm",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: { "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "tsconfig.json" }] },
  testTimeout: 30000,
};
