#!/usr/bin/env node
import { createRequire as __dpaLintCreateRequire } from "node:module";
const require = __dpaLintCreateRequire(import.meta.url);
import {
  POLICY_OPTION,
  loadBundles
} from "./chunk-HVTUQUF7.js";
import {
  EXIT,
  FORMATTERS,
  PARALLEL_THRESHOLD,
  UsageError,
  VERSION,
  fails,
  formatContext,
  formatterNames,
  lint,
  plural,
  processIo,
  resolveConfig,
  summarize
} from "./chunk-JYOOLSWZ.js";
import {
  DpaLintError,
  isSeverity,
  readBaseline,
  thousands,
  writeBaseline,
  writeFileSafely
} from "./chunk-C73BQWG2.js";

// packages/cli/src/commands/lint.ts
import { relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

// packages/cli/src/color.ts
function useColor(env, isTTY) {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "") return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return isTTY;
}

// packages/cli/src/commands/lint.ts
var lintHelp = `Usage: dpa-lint lint [options] [paths...]

Lint vendor setup files (YAML or JSON) against the DPA policy packs.
Paths may be files, directories or globs; the default is the config's include, else vendors/.
Use - to read one file from standard input (name it with --stdin-filename).

Options:
  -c, --config <file>        configuration file (default: the nearest .dpa-lint.yaml upwards)
  -f, --format <name>        ${formatterNames().join(" | ")} (default: stylish), or the path
                             of a formatter module (./team-report.js); repeatable
  -o, --output-file <file>   write the --format given before it to this file instead of stdout
  --fail-severity <level>    error | warning | info: lowest severity that fails (default: error)
  --max-warnings <n>         also fail when there are more than n warnings
  -q, --quiet                report errors only
  --stdin-filename <name>    file name for findings when linting standard input
  --no-inline-suppressions   ignore # dpa-lint-disable comments (audit mode)
  --as-of <YYYY-MM-DD>       judge by the legal facts in force on that day: adequacy decisions,
                             EEA membership, transfer frameworks (default: the config's asOf,
                             else today)
  --changed-since <ref>      lint only the selected files changed since a git ref
  --only-included            of the named files, lint only those the config's include selects
                             (for pre-commit and lint-staged, which name every staged file)
  --baseline <file>          findings recorded in this baseline do not fail (they are suppressed);
                             default: the configuration's baseline
  --write-baseline           record today's findings in the baseline file (--baseline, default
                             .dpa-lint-baseline.json) and exit 0
  --workers <n>              worker threads (default: one per core for runs of more than
                             ${thousands(PARALLEL_THRESHOLD)} files)
  --policy <dir|bundle>      add a policy pack beside the configuration's policies: terms only
                             (a directory or YAML file of terms; Node alone), a policy directory
                             with Rego (built on the fly, needs OPA) or a bundle from dpa-lint
                             policy build; repeatable
  --debug                    print a stack trace on an internal error
  -h, --help                 show this help

Exit codes: 0 no finding at or above the fail severity, 1 findings, 2 the run failed.
`;
var LINT_OPTIONS = {
  config: { type: "string", short: "c" },
  format: { type: "string", short: "f", multiple: true },
  "output-file": { type: "string", short: "o", multiple: true },
  "fail-severity": { type: "string", default: "error" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "stdin-filename": { type: "string" },
  "no-inline-suppressions": { type: "boolean" },
  ...POLICY_OPTION,
  "changed-since": { type: "string" },
  "as-of": { type: "string" },
  "only-included": { type: "boolean" },
  baseline: { type: "string" },
  "write-baseline": { type: "boolean" },
  workers: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function lintCommand(args, io) {
  const { values, positionals, tokens } = parseArgs({ args, allowPositionals: true, tokens: true, options: LINT_OPTIONS });
  if (values.help) {
    io.stdout(lintHelp);
    return EXIT.ok;
  }
  const failSeverity = values["fail-severity"];
  if (!isSeverity(failSeverity)) throw new UsageError(`--fail-severity must be error, warning or info, not "${failSeverity}"`);
  const maxWarnings = values["max-warnings"] === void 0 ? void 0 : Number(values["max-warnings"]);
  if (maxWarnings !== void 0 && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(`--max-warnings must be a whole number, not "${values["max-warnings"]}"`);
  }
  const outputs = pairOutputs(tokens);
  const fromStdin = positionals.includes("-");
  if (fromStdin && positionals.length > 1) throw new UsageError("- (standard input) cannot be combined with other paths");
  const stdin = fromStdin ? { filename: values["stdin-filename"] ?? "<stdin>", text: await io.readStdin() } : void 0;
  const workers = values.workers === void 0 ? void 0 : Number(values.workers);
  if (workers !== void 0 && (!Number.isInteger(workers) || workers < 1 || workers > 64))
    throw new UsageError(`--workers must be a whole number from 1 to 64, not "${values.workers}"`);
  const config = resolveConfig(io.cwd, values.config === void 0 ? void 0 : resolve(io.cwd, values.config));
  const bundles = loadBundles(values.policy, io, config);
  const configBaseline = config.baseline === void 0 ? void 0 : relative(io.cwd, config.baseline) || config.baseline;
  const baselineFile = values.baseline ?? configBaseline ?? (values["write-baseline"] ? DEFAULT_BASELINE : void 0);
  const baseline = baselineFile && !values["write-baseline"] ? { baseline: readBaseline(resolve(io.cwd, baselineFile), baselineFile), file: baselineFile } : void 0;
  const full = await lint(fromStdin ? [] : positionals, {
    bundles,
    ...values["changed-since"] ? { changedSince: values["changed-since"] } : {},
    ...values["as-of"] !== void 0 ? { asOf: values["as-of"] } : {},
    onlyIncluded: values["only-included"] === true,
    ...baseline ? { baseline } : {},
    onProgress: progress(io),
    ...workers ? { workers } : {},
    cwd: io.cwd,
    config,
    ...stdin ? { stdin } : {},
    inlineSuppressions: !values["no-inline-suppressions"]
  });
  if (values["write-baseline"] && baselineFile) {
    const n = writeBaseline(resolve(io.cwd, baselineFile), full.results, baselineFile);
    io.stdout(`wrote ${n} ${n === 1 ? "finding" : "findings"} to ${baselineFile}
`);
    return EXIT.ok;
  }
  for (const notice of full.notices ?? []) io.stderr(`dpa-lint: ${notice}
`);
  const result = values.quiet ? quiet(full) : full;
  const tooManyWarnings = maxWarnings !== void 0 && full.summary.warnings > maxWarnings;
  const exitCode = fails(full.results, failSeverity) || tooManyWarnings ? EXIT.findings : EXIT.ok;
  const context = { ...formatContext(bundles, VERSION, useColor(io.env, io.isTTY), config.docsBase), exitCode };
  for (const out of outputs) {
    const formatter = await resolveFormatter(out.format, io.cwd);
    if (out.file) writeFileSafely(resolve(io.cwd, out.file), formatter.format(result, { ...context, color: false }), out.file);
    else io.stdout(formatter.format(result, context));
  }
  if (tooManyWarnings) {
    const n = full.summary.warnings;
    io.stderr(`dpa-lint: ${plural(n, "warning")}, more than --max-warnings ${maxWarnings} allows
`);
  }
  return exitCode;
}
async function resolveFormatter(name, cwd) {
  const builtin = FORMATTERS[name];
  if (builtin) return builtin;
  if (!/^(\.{1,2}\/|\/)|\.m?js$/.test(name))
    throw new UsageError(`unknown format "${name}" (known: ${formatterNames().join(", ")}, or a formatter module's path)`);
  let loaded;
  try {
    loaded = (await import(pathToFileURL(resolve(cwd, name)).href)).default;
  } catch (error) {
    throw new UsageError(
      `--format ${name}: cannot load the formatter module: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`
    );
  }
  if (typeof loaded === "function") return { description: name, format: loaded };
  if (loaded && typeof loaded.format === "function") return loaded;
  throw new UsageError(`--format ${name}: the module's default export must be a function (result, context) => string or { format }`);
}
function pairOutputs(tokens) {
  const outputs = [];
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    if (t.name === "format") outputs.push({ format: t.value ?? "" });
    if (t.name === "output-file") {
      const last = outputs[outputs.length - 1];
      if (!last || last.file !== void 0) throw new UsageError("each --output-file must follow the --format it writes");
      last.file = t.value ?? "";
    }
  }
  if (outputs.length === 0) outputs.push({ format: "stylish" });
  if (outputs.filter((o) => o.file === void 0).length > 1)
    throw new UsageError("only one --format can write to stdout; give the others an --output-file");
  return outputs;
}
var DEFAULT_BASELINE = ".dpa-lint-baseline.json";
function progress(io) {
  if (!io.stderrIsTTY) return void 0;
  return (done, total) => {
    if (total < 500) return;
    if (done % 250 === 0 || done === total) io.stderr(`\rdpa-lint: ${done}/${total} files${done === total ? "\r\x1B[K" : ""}`);
  };
}
function quiet(result) {
  const results = result.results.filter((f) => f.severity === "error");
  return { ...result, results, summary: summarize(result.summary.files, results, result.suppressed) };
}

// packages/cli/src/main.ts
var later = (load, name) => async (args, io) => (await load())[name](args, io);
var COMMANDS = {
  lint: { summary: "lint vendor setup files", run: lintCommand },
  rules: { summary: "list DPA packs and their rules", run: later(() => import("./rules-CULP2GRC.js"), "rulesCommand") },
  explain: { summary: "explain a rule: rationale, clause, examples", run: later(() => import("./explain-24Y3ZNN3.js"), "explainCommand") },
  terms: {
    summary: "show a DPA pack's terms with their clauses and quotes",
    run: later(() => import("./terms-IE4AHEA6.js"), "termsCommand")
  },
  init: {
    summary: "write a starter .dpa-lint.yaml and an example vendor file",
    run: later(() => import("./init-CXKIFNCC.js"), "initCommand")
  },
  policy: {
    summary: "test, build or scaffold a policy directory (policy --help)",
    run: later(() => import("./policy-A3NBTNAP.js"), "policyCommand")
  }
};
var HELP = `Usage: dpa-lint <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(14)}${c.summary}`).join("\n")}

Run dpa-lint <command> --help for a command's options.
`;
async function main(argv, io) {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const [name, ...rest] = args;
  if (name === void 0 || name === "-h" || name === "--help" || name === "help") {
    io.stdout(HELP);
    return name === void 0 ? EXIT.error : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${VERSION}
`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`dpa-lint: unknown command "${name}"; run dpa-lint --help
`);
    return EXIT.error;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`dpa-lint: ${describe(error)}
`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}
`);
    return EXIT.error;
  }
}
function describe(error) {
  if (error instanceof DpaLintError) return error.oneLine();
  if (error instanceof UsageError) return `${error.message}; see --help`;
  const code = error?.code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) return `${error.message}; see --help`;
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message} (run with --debug for details)`;
}

// packages/cli/src/bin.ts
main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`dpa-lint: internal error: ${String(error)}
`);
    process.exitCode = 2;
  }
);
