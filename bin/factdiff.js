#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled library, bundled into one module at build
// time for start-up speed (scripts/bundle.mjs; npm's `prepare` builds dist/).
import { main } from "../dist/cli/bundle.js";
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => {
    // a bug is not a finding: exit 2 ("could not run"), never 1, so a CI gate cannot take a crash for a result
    process.stderr.write(`factdiff: internal error: ${e?.message ?? e}\n${process.env.FACTDIFF_DEBUG ? `${e?.stack}\n` : "Please report it with the input that caused it (FACTDIFF_DEBUG=1 shows where it happened).\n"}`);
    process.exitCode = 2;
  },
);
