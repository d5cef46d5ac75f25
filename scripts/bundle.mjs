#!/usr/bin/env node
// Build step (after tsc): the command line as one module, dist/cli/bundle.cjs, which
// bin/factdiff.js loads (with a V8 code cache, dist/cli/bundle.cache). Start-up time (issue 8) was mostly spent resolving and compiling
// the ~100 modules of dist/ one by one; one file loads in a fraction of that.
//
// esbuild: a maintained bundler that works as installed by npm without install scripts (its
// platform binary comes as an optional dependency package) and needs no plugins for ESM with
// a few CommonJS dependencies. Packages loaded at run time with createRequire (yaml, ajv,
// cli-progress, natural's modules) stay outside the bundle and load only when needed.
//
// The reporters other than JSON, the rules listing and yargs (needed only for the less common
// invocations) are loaded when used, as separate modules from dist/ and node_modules: they
// stay out of the bundle, which then holds only what `check --format json` runs.
//
// Each module's `import.meta.url` is rewritten to the URL of its compiled file in dist/, so
// files found next to a module (the rules cache, the rules folder, the extraction worker)
// and packages resolved from it are found exactly as without the bundle.
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import { existsSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const outfile = join(dist, "cli/bundle.cjs");

/** Rewrites each module's import.meta.url to its file in dist/, as seen from the bundle `outfile`. */
const keepModuleUrls = (outfile, base = "import.meta.url") => ({
  name: "keep-module-urls",
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist + sep)) return undefined;
      let contents = await readFile(args.path, "utf8");
      // the lazy modules of the CLI: loaded by the launcher's import() (V8 will not run
      // import() inside a script compiled with a code cache), resolved from the bundle
      if (args.path === join(dist, "cli/main.js") && base !== "import.meta.url")
        for (const spec of LAZY) contents = contents.replaceAll(`import(${JSON.stringify(spec)})`, `__factdiffImport(${JSON.stringify(spec)})`);
      if (contents.includes("import.meta.url")) {
        const rel = relative(dirname(outfile), args.path).split(sep).join("/");
        contents = contents.replaceAll("import.meta.url", `new URL(${JSON.stringify(rel.startsWith(".") ? rel : "./" + rel)}, ${base}).href`);
      }
      return { contents, loader: "js" };
    });
  },
});

// dynamic imports of cli/main.js left as they are (the bundle sits in the same folder)
const LAZY = new Set(["yargs", "../report/formats.js", "../report/rules.js", "../report/terminal.js"]);
const lazyModules = {
  name: "lazy-modules",
  setup(b) {
    b.onResolve({ filter: /./ }, (args) => {
      if (args.kind !== "dynamic-import" || !LAZY.has(args.path)) return undefined;
      if (args.importer !== join(dist, "cli/main.js")) throw new Error(`${args.importer}: lazy import of ${args.path} outside cli/main.js`);
      return { path: args.path, external: true };
    });
  },
};

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // CommonJS dependencies inside the bundle call require() for Node's built-ins
  banner: { js: 'import { createRequire as __factdiffCreateRequire } from "node:module"; const require = __factdiffCreateRequire(import.meta.url);' },
  logLevel: "warning",
  legalComments: "none",
};
// The CLI as CommonJS, which bin/factdiff.js compiles with node:vm so that it can hand V8 a
// code cache (below): the compiled code of the bundle, not parsed and compiled again per run.
await build({
  ...common,
  format: "cjs",
  entryPoints: [join(dist, "cli/main.js")],
  outfile,
  banner: { js: 'const __factdiffBundleUrl = require("node:url").pathToFileURL(__filename).href; const __factdiffImport = (spec) => globalThis[Symbol.for("factdiff.import")](spec);' },
  plugins: [lazyModules, keepModuleUrls(outfile, "__factdiffBundleUrl")],
});
// the extraction worker (extract/parallel.ts starts it when present): each thread loads it anew
const workerOut = join(dist, "extract/worker-bundle.js");
await build({ ...common, entryPoints: [join(dist, "extract/worker.js")], outfile: workerOut, plugins: [keepModuleUrls(workerOut)] });
// the bounded checking thread for large inputs (memory-bound.ts starts it when present)
const boundedOut = join(dist, "memory-bound-worker-bundle.js");
await build({ ...common, entryPoints: [join(dist, "memory-bound-worker.js")], outfile: boundedOut, plugins: [keepModuleUrls(boundedOut)] });

// The code cache: V8's compiled code for the CLI bundle after a check of the seeds (so that
// the functions a run needs are in it), written by bin/factdiff.js when asked. A cache that
// does not fit the node binary or its flags is rejected by V8, and the bundle is compiled as usual.
rmSync(join(dist, "cli/bundle.cache"), { force: true });
const r = spawnSync(process.execPath, [join(root, "bin/factdiff.js"), "check", join(root, "seeds"), "--format", "json"], {
  env: { ...process.env, FACTDIFF_WRITE_CODE_CACHE: join(dist, "cli/bundle.cache") },
  encoding: "utf8",
});
if ((r.status !== 0 && r.status !== 1) || r.stderr || !existsSync(join(dist, "cli/bundle.cache"))) throw new Error(`writing the code cache: factdiff exited ${r.status}: ${r.stderr}`);
