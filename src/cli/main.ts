// The command line: parses arguments, calls the library, picks a reporter, maps the
// result to an exit code. Nothing else in src/ knows about argv, stdout or exit codes.
import yargs from "yargs";
import type { Severity } from "../types.js";
import { SEVERITY_RANK } from "../types.js";
import { checkSync, extractAll } from "../pipeline.js";
import { readInputs, InputError } from "../ingest/read.js";
import { IngestError, ingest } from "../ingest/index.js";
import { RuleError } from "../rules/types.js";
import { loadRules } from "../rules/load.js";
import { claimsListing } from "../report/json.js";
import { renderClaimsTable } from "../report/terminal.js";
import { REPORT_FORMATS, renderReport, type ReportFormat } from "../report/formats.js";
import { OutputError, writeFileAtomic } from "./write-output.js";
import { VERSION } from "../version.js";

const SEVERITY_CHOICES = ["critical", "major", "minor", "info"] as const;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  readStdin?: () => Buffer;
}

const defaultIo = (): Io => ({
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
});

/** Runs the CLI; resolves to the exit code (0 clean, 1 findings at --fail-on, 2 could not run). */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  // a reader that closes early (`| head -1`) is not an error
  process.stdout.on?.("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  let code = 0;
  let usageError: string | null = null;
  // yargs drops a bare "-" from positional lists; carry it through under a sentinel
  const STDIN = "\u0000stdin";
  argv = argv.map((a) => (a === "-" ? STDIN : a));
  const parser = yargs(argv)
    .scriptName("factdiff")
    .usage("Usage: factdiff <command> PATH... [options]")
    .command("check <paths..>", "check sources against each other and report discrepancies", (y) =>
      y
        .positional("paths", { type: "string", array: true, describe: "files or folders (.txt, .md); - for stdin" })
        .option("format", { choices: REPORT_FORMATS, default: "terminal" as ReportFormat, describe: "report format: json is the report contract, markdown a review note, html one self-contained page, sarif for code scanning, github Actions annotations" })
        .option("output", { type: "string", requiresArg: true, describe: "write the report to this file (atomically) instead of stdout" })
        .option("fail-on", { choices: [...SEVERITY_CHOICES, "none"] as const, default: "major", describe: "exit 1 when a finding is at or above this severity" })
        .option("min-severity", { choices: SEVERITY_CHOICES, default: "minor", describe: "lowest severity the terminal and markdown reports list (html: filters ticked at first)" }),
    )
    .command("claims <paths..>", "list every claim extracted from each source", (y) =>
      y
        .positional("paths", { type: "string", array: true })
        .option("format", { choices: ["terminal", "json"] as const, default: "terminal" })
        .option("output", { type: "string", requiresArg: true, describe: "write the listing to this file (atomically) instead of stdout" }),
    )
    .option("rules", { type: "string", array: true, describe: "extra rule folder layered over the built-in rules/" })
    .option("color", { type: "boolean", default: true, describe: "colour the terminal report (--no-color to turn off)" })
    .demandCommand(1, "give a command: check or claims")
    .strict()
    .version(VERSION)
    .help()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      usageError = msg || err?.message || "invalid arguments";
    });
  let args: Awaited<ReturnType<typeof parser.parse>>;
  let helpText = "";
  try {
    args = await parser.parse(argv, {}, (_err: unknown, _a: unknown, output: string) => {
      helpText = output;
    });
  } catch (e) {
    usageError ??= (e as Error).message;
    args = {} as typeof args;
  }
  if (usageError) {
    io.err(`factdiff: ${usageError}\nUsage: factdiff check PATH... [--format ${REPORT_FORMATS.join("|")}] [--output FILE] [--fail-on SEVERITY]\n       factdiff claims PATH... [--format terminal|json]\nRun factdiff --help for all options.\n`);
    return 2;
  }
  if (helpText) {
    io.out(helpText + "\n");
    return 0;
  }
  const command = String(args._[0] ?? "");
  const paths = ((args.paths as string[] | undefined) ?? []).map((p) => (p === STDIN ? "-" : p));
  try {
    const ruleDirs = (args.rules as string[] | undefined) ?? [];
    const rules = loadRules(ruleDirs);
    const { inputs, warnings } = readInputs(paths, io.readStdin);
    for (const w of warnings) io.err(`factdiff: warning: ${w}\n`);
    // "--output -" is stdout, as "-" is stdin among the paths
    const output = args.output === STDIN || args.output === "-" ? undefined : (args.output as string | undefined);
    if (output !== undefined && !output.trim()) throw new OutputError("--output needs a file name, e.g. --output report.html");
    // a file gets no colour codes: it is read later, in an editor or a browser, not a terminal
    const color = (args.color as boolean) && io.isTTY && !process.env.NO_COLOR && output === undefined;
    const emit = (text: string) => {
      if (output === undefined) return io.out(text);
      writeFileAtomic(output, text);
      io.err(`factdiff: wrote ${output}\n`);
    };
    if (command === "claims") {
      const { extracted } = extractAll(inputs, { loadedRules: rules });
      const listing = claimsListing(extracted);
      emit(args.format === "json" ? JSON.stringify(listing, null, 2) + "\n" : renderClaimsTable(listing, extracted.map((e) => e.source), color));
      return 0;
    }
    const report = checkSync(inputs, { loadedRules: rules });
    const format = args.format as ReportFormat;
    const sources = format === "json" ? [] : inputs.map((i) => ingest(i));
    emit(renderReport(format, report, sources, { color, minSeverity: args["min-severity"] as Severity }));
    const failOn = args["fail-on"] as Severity | "none";
    if (failOn !== "none" && report.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn])) code = 1;
    return code;
  } catch (e) {
    if (e instanceof InputError || e instanceof IngestError || e instanceof RuleError || e instanceof OutputError) {
      io.err(`factdiff: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
