#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled library, bundled into one file at build time
// for start-up speed (scripts/bundle.mjs; npm's `prepare` builds dist/). The bundle is
// compiled here with V8's code cache from the build when there is one that fits this node
// (V8 checks; otherwise it compiles the bundle as usual). CommonJS (bin/package.json), so
// that a run starts without node's ES module loader; the lazily loaded modules still come
// in with import().
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname, join } = require("node:path");
const { pathToFileURL } = require("node:url");
const vm = require("node:vm");

const file = join(__dirname, "../dist/cli/bundle.cjs");
const cacheFile = join(__dirname, "../dist/cli/bundle.cache");
let cachedData;
try {
  cachedData = process.env.FACTDIFF_WRITE_CODE_CACHE ? undefined : readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8")}\n})`;
const script = new vm.Script(wrapped, { filename: file, cachedData });
// the modules the CLI loads only when needed (yargs, the reporters other than JSON), with
// this module's import(), from where the bundle is
globalThis[Symbol.for("factdiff.import")] = (spec) => import(spec.startsWith(".") ? new URL(spec, pathToFileURL(file)).href : spec);
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, dirname(file));
const { main } = bundle.exports;

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // the build's code cache, taken after a run so that it holds the functions a check compiles
    if (process.env.FACTDIFF_WRITE_CODE_CACHE) writeFileSync(process.env.FACTDIFF_WRITE_CODE_CACHE, script.createCachedData());
  },
  (e) => {
    // a bug is not a finding: exit 2 ("could not run"), never 1, so a CI gate cannot take a crash for a result
    process.stderr.write(`factdiff: internal error: ${e?.message ?? e}\n${process.env.FACTDIFF_DEBUG ? `${e?.stack}\n` : "Please report it with the input that caused it (FACTDIFF_DEBUG=1 shows where it happened).\n"}`);
    process.exitCode = 2;
  },
);
