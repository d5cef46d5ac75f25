// The command line: parses arguments, calls the library, picks a reporter, maps the
// result to an exit code. Nothing else in src/ knows about argv, stdout or exit codes.
import type { Argv } from "yargs";
import type { Severity } from "../types.js";
import { SEVERITY_RANK } from "../types.js";
import { check, checkSync, extractAll } from "../pipeline.js";
import { readInputs, InputError } from "../ingest/read.js";
import { IngestError, ingest } from "../ingest/index.js";
import { RuleError } from "../rules/types.js";
import { loadRules } from "../rules/load.js";
import { claimsListing, renderJson } from "../report/json.js";
import { REPORT_FORMATS, type ReportFormat } from "../report/format-names.js";
import { OutputError, writeFileAtomic } from "./write-output.js";
import { VERSION } from "../version.js";
import { settle, readBaseline, withDraftFirst } from "./settings.js";
import { ConfigError } from "../config/validate.js";
import { DraftError } from "../post/draft.js";
import { buildBaseline } from "../post/baseline.js";
import { RULE_METAS } from "../compare/index.js";
import { progressBar } from "./progress.js";
// loaded when needed (start-up time): yargs for anything but the common invocations
// (quickArgs), the reporters other than json, chalk with the terminal ones

const SEVERITY_CHOICES = ["critical", "major", "minor", "info"] as const;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  readStdin?: () => Buffer;
  /** Where factdiff.config.json is looked for (default: the working folder). */
  cwd?: string;
  /** stderr is a terminal: long runs show a progress bar there (not with --quiet). */
  errIsTTY?: boolean;
}

type Args = { _: (string | number)[]; [key: string]: unknown };

/**
 * The common invocations — check or claims with paths and plain options — parsed without
 * yargs, whose loading and set-up take longer than checking a few sources. Anything else
 * (help, version, another command, an option or value it does not know, a repeated option)
 * gives undefined and goes through yargs, which accepts or rejects it as always.
 */
export function quickArgs(argv: string[]): Args | undefined {
  const command = argv[0];
  if (command !== "check" && command !== "claims") return undefined;
  const choices: Record<string, readonly string[]> = command === "check" ? { format: REPORT_FORMATS, "fail-on": [...SEVERITY_CHOICES, "none"], "min-severity": SEVERITY_CHOICES } : { format: ["terminal", "json"] };
  const strings = new Set(command === "check" ? ["output", "config", "draft", "baseline"] : ["output", "config"]);
  const args: Args = { _: [command] };
  const paths: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("-")) {
      paths.push(a);
      continue;
    }
    if (!a.startsWith("--") || a === "--") return undefined;
    let name = a.slice(2);
    let value: string | undefined;
    const eq = name.indexOf("=");
    if (eq >= 0) [name, value] = [name.slice(0, eq), name.slice(eq + 1)];
    const flag: [string, boolean] | undefined = name === "no-color" ? ["color", false] : name === "color" ? ["color", true] : name === "quiet" ? ["quiet", true] : undefined;
    if (flag) {
      if (value !== undefined || flag[0] in args) return undefined;
      args[flag[0]] = flag[1];
      continue;
    }
    if (!(name in choices) && !strings.has(name) && name !== "jobs") return undefined;
    if (value === undefined) value = argv[++i];
    if (value === undefined || value === "" || value.startsWith("-") || name in args) return undefined;
    if (choices[name] && !choices[name].includes(value)) return undefined;
    if (name === "jobs" && !/^[1-9]\d{0,3}$/.test(value)) return undefined;
    args[name] = name === "jobs" ? Number(value) : value;
  }
  if (!paths.length) return undefined;
  args.paths = paths;
  if (command === "claims") args.format ??= "terminal";
  return args;
}

const defaultIo = (): Io => ({
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
  errIsTTY: !!process.stderr.isTTY,
});

let streamsGuarded = false;
/** Once per process (main may run many times in one): how stdout and stderr failures end a run. */
function guardStreams(): void {
  if (streamsGuarded) return;
  streamsGuarded = true;
  // a reader that closes early (`| head -1`) is not an error: no message, and the run still
  // ends with its own exit code (1 when there are findings), so `set -o pipefail` sees it
  process.stdout.on?.("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") return;
    // anything else (a full disk, an I/O error): the report never arrived, so the run failed
    process.stderr.write(`factdiff: cannot write the report to standard output (${e.code ?? e.message}); try --output FILE\n`);
    process.exit(2);
  });
  // a closed stderr must not turn a result into a crash
  process.stderr.on?.("error", () => undefined);
}

/** Runs the CLI; resolves to the exit code (0 clean, 1 findings at --fail-on, 2 could not run). */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  guardStreams();
  let code = 0;
  let usageError: string | null = null;
  // yargs drops a bare "-" from positional lists; carry it through under a sentinel
  const STDIN = "\u0000stdin";
  argv = argv.map((a) => (a === "-" ? STDIN : a));
  let args = quickArgs(argv);
  let helpText = "";
  if (!args) {
    const { default: yargs } = await import("yargs");
  const parser: Argv = yargs(argv)
    .scriptName("factdiff")
    .usage("Usage: factdiff <command> PATH... [options]")
    .command("check <paths..>", "check sources against each other and report discrepancies", (y) =>
      y
        .positional("paths", { type: "string", array: true, describe: "files, folders or quoted globs (.txt, .md, .html); - for stdin" })
        .option("format", { choices: REPORT_FORMATS, describe: "report format (default terminal): json is the report contract, markdown a review note, html one self-contained page, sarif for code scanning, github Actions annotations" })
        .option("output", { type: "string", requiresArg: true, describe: "write the report to this file (atomically) instead of stdout" })
        .option("fail-on", { choices: [...SEVERITY_CHOICES, "none"] as const, describe: "exit 1 when a finding is at or above this severity (default major)" })
        .option("min-severity", { choices: SEVERITY_CHOICES, describe: "lowest severity the terminal and markdown reports list (html: filters ticked at first; default minor)" })
        .option("draft", { type: "string", requiresArg: true, describe: "draft mode: report only findings involving this file, and its claims no source supports" })
        .option("baseline", { type: "string", requiresArg: true, describe: "hide the findings recorded in this file (factdiff baseline) and do not fail on them" })
        .option("jobs", { type: "number", requiresArg: true, describe: "worker threads for extraction on large inputs (default: one fewer than the cores); the report is the same" })
        .option("quiet", { type: "boolean", describe: "no progress bar on stderr (shown for long runs when stderr is a terminal)" }),
    )
    .command("baseline <paths..>", "record the current findings (by fingerprint) as a baseline, on stdout", (y) =>
      y
        .positional("paths", { type: "string", array: true })
        .option("draft", { type: "string", requiresArg: true, describe: "draft mode, as for check" })
        .option("output", { type: "string", requiresArg: true, describe: "write the baseline to this file (atomically) instead of stdout" }),
    )
    .command("rules", "list the finding rules in force (severity and where it came from) and the rule files loaded", (y) =>
      y
        .option("format", { choices: ["terminal", "json"] as const, default: "terminal" })
        .option("output", { type: "string", requiresArg: true, describe: "write the listing to this file (atomically) instead of stdout" }),
    )
    .command("claims <paths..>", "list every claim extracted from each source", (y) =>
      y
        .positional("paths", { type: "string", array: true })
        .option("format", { choices: ["terminal", "json"] as const, default: "terminal" })
        .option("output", { type: "string", requiresArg: true, describe: "write the listing to this file (atomically) instead of stdout" }),
    )
    .option("rules", { type: "string", array: true, describe: "extra rule folder layered over the built-in rules/" })
    .option("color", { type: "boolean", describe: "colour the terminal report (--no-color to turn off)" })
    .option("config", { type: "string", requiresArg: true, describe: "config file (default: factdiff.config.json in this folder or the nearest parent)" })
    .demandCommand(1, "give a command: check, claims, baseline or rules")
    .strict()
    .version(VERSION)
    .help()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      usageError = msg || err?.message || "invalid arguments";
    });
  try {
    args = (await parser.parse(argv, {}, (_err: unknown, _a: unknown, output: string) => {
      helpText = output;
    })) as Args;
  } catch (e) {
    usageError ??= (e as Error).message;
    args = { _: [] };
  }
  }
  if (usageError) {
    io.err(`factdiff: ${usageError}\nUsage: factdiff check PATH... [--format ${REPORT_FORMATS.join("|")}] [--output FILE] [--fail-on SEVERITY]\n       factdiff claims PATH... [--format terminal|json]\n       factdiff baseline PATH... > factdiff-baseline.json\n       factdiff rules [--format terminal|json]\nRun factdiff --help for all options.\n`);
    return 2;
  }
  if (helpText) {
    io.out(helpText + "\n");
    return 0;
  }
  if (!args) return 2;
  const command = String(args._[0] ?? "");
  const paths = ((args.paths as string[] | undefined) ?? []).map((p) => (p === STDIN ? "-" : p));
  try {
    // flags on the command line win over factdiff.config.json, which wins over the defaults
    const opts = settle(
      { command, config: args.config as string | undefined, format: args.format as string | undefined, failOn: args["fail-on"] as string | undefined, minSeverity: args["min-severity"] as string | undefined, rules: args.rules as string[] | undefined, output: args.output as string | undefined, baseline: args.baseline as string | undefined, draft: args.draft as string | undefined, color: args.color as boolean | undefined },
      io.cwd ?? process.cwd(),
    );
    const rules = loadRules(opts.ruleDirs);
    // "--output -" is stdout, as "-" is stdin among the paths
    const output = opts.output === STDIN || opts.output === "-" ? undefined : opts.output;
    if (output !== undefined && !output.trim()) throw new OutputError("--output needs a file name, e.g. --output report.html");
    // a file gets no colour codes: it is read later, in an editor or a browser, not a terminal
    const color = opts.color && io.isTTY && !process.env.NO_COLOR && output === undefined;
    const emit = (text: string) => {
      if (output === undefined) return io.out(text);
      writeFileAtomic(output, text);
      io.err(`factdiff: wrote ${output}\n`);
    };
    if (command === "rules") {
      const { renderRulesTerminal, rulesListing } = await import("../report/rules.js");
      const listing = rulesListing(RULE_METAS, rules, { config: opts.config ? { file: opts.config.file, severity: opts.severity } : undefined, configRuleDirs: opts.configRuleDirs });
      emit(args.format === "json" ? JSON.stringify(listing, null, 2) + "\n" : renderRulesTerminal(listing, color, io.cwd ?? process.cwd()));
      return 0;
    }
    const draft = opts.draft === STDIN ? "-" : opts.draft;
    const read = readInputs(draft !== undefined ? [draft, ...paths] : paths, io.readStdin);
    const inputs = draft !== undefined ? withDraftFirst(read.inputs, draft) : read.inputs;
    for (const w of read.warnings) io.err(`factdiff: warning: ${w}\n`);
    if (command === "claims") {
      const { extracted } = extractAll(inputs, { loadedRules: rules });
      const listing = claimsListing(extracted);
      const { renderClaimsTable } = args.format === "json" ? { renderClaimsTable: undefined } : await import("../report/terminal.js");
      emit(args.format === "json" || !renderClaimsTable ? JSON.stringify(listing, null, 2) + "\n" : renderClaimsTable(listing, extracted.map((e) => (e.source.origin ? ingest({ path: e.source.path, text: e.source.origin.text }) : e.source)), color));
      return 0;
    }
    if (command === "baseline") {
      emit(JSON.stringify(buildBaseline(checkSync(inputs, { loadedRules: rules, draft, severity: opts.severity })), null, 2) + "\n");
      return 0;
    }
    const baseline = opts.baseline !== undefined ? readBaseline(opts.baseline) : undefined;
    const jobs = args.jobs as number | undefined;
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new InputError(`--jobs needs a whole number of threads, 1 or more; got ${String(jobs)}`);
    const progress = progressBar({ sources: inputs.length, isTTY: !!io.errIsTTY, quiet: !!args.quiet });
    let report;
    try {
      report = await check(inputs, { loadedRules: rules, draft, severity: opts.severity, baseline, jobs, onProgress: progress?.update, onWarning: (w) => io.err(`factdiff: warning: ${w}\n`) });
    } finally {
      progress?.stop();
    }
    const format = opts.format;
    const sources = format === "json" ? [] : inputs.map((i) => ingest(i));
    const options = { color, minSeverity: opts.minSeverity };
    // the json reporter is at hand; the others (and chalk) are loaded for their format only
    emit(format === "json" ? renderJson(report) : (await import("../report/formats.js")).renderReport(format, report, sources, options));
    const failOn = opts.failOn;
    if (failOn !== "none" && report.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn])) code = 1;
    return code;
  } catch (e) {
    if (e instanceof InputError || e instanceof IngestError || e instanceof RuleError || e instanceof OutputError || e instanceof ConfigError || e instanceof DraftError) {
      io.err(`factdiff: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
