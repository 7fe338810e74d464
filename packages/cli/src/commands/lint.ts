import { relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseCommandArgs } from "../args.js";
import {
  configForFile,
  type LintOptions,
  fails,
  formatContext,
  formatterNames,
  FORMATTERS,
  importModule,
  isSeverity,
  lint,
  PARALLEL_THRESHOLD,
  thousands,
  plural,
  readBaseline,
  resolveConfig,
  summarize,
  VERSION,
  writeBaseline,
  writeFileSafely,
  type Formatter,
  type LintResult,
} from "@dpa-lint/core";
import { fetchBundles, POLICY_OPTION } from "../bundles.js";
import { useColor } from "../color.js";
import { EXIT, type Io } from "../io.js";
import { UsageError } from "../usage-error.js";

export const lintHelp = `Usage: dpa-lint lint [options] [paths...]

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
  --cache                    skip files unchanged since an earlier run judged by the same
                             policies, configuration and day (the cache is signed per user and
                             kept in the user's cache directory)
  --cache-location <file>    the cache file to use instead (implies --cache)
  --terraform-plan <file>    also judge what a Terraform plan deploys (terraform show -json
                             PLAN > plan.json); repeatable (docs/infrastructure.md)
  --sarif-category <name>    the code-scanning category of the SARIF run (automationDetails.id;
                             default: a digest of the configuration file and the paths linted)
  --print-config <file>      print the configuration as it applies to that file (JSON: the
                             configuration file, whether the file is linted, each rule's
                             severity there) and lint nothing
  --debug                    print a stack trace on an internal error
  -h, --help                 show this help

Exit codes: 0 no finding at or above the fail severity, 1 findings, 2 the run failed.
`;

interface Output {
  format: string;
  file?: string;
}

/** The flags of `dpa-lint lint` (lintHelp documents each). */
const LINT_OPTIONS = {
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
  "print-config": { type: "string" },
  "sarif-category": { type: "string" },
  "terraform-plan": { type: "string", multiple: true },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export async function lintCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals, tokens } = parseCommandArgs({ args, allowPositionals: true, tokens: true, options: LINT_OPTIONS });
  if (values.help) {
    io.stdout(lintHelp);
    return EXIT.ok;
  }
  const failSeverity = values["fail-severity"];
  if (!isSeverity(failSeverity)) throw new UsageError(`--fail-severity must be error, warning or info, not "${failSeverity}"`);
  const category = sarifCategory(values["sarif-category"]);
  const maxWarnings = values["max-warnings"] === undefined ? undefined : Number(values["max-warnings"]);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(`--max-warnings must be a whole number, not "${values["max-warnings"]}"`);
  }
  const outputs = pairOutputs(tokens);

  const fromStdin = positionals.includes("-");
  if (fromStdin && positionals.length > 1) throw new UsageError("- (standard input) cannot be combined with other paths");
  const stdin = fromStdin ? { filename: values["stdin-filename"] ?? "<stdin>", text: await io.readStdin() } : undefined;

  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 64))
    throw new UsageError(`--workers must be a whole number from 1 to 64, not "${values.workers}"`);
  // The configuration's policies and baseline apply to every entry point; the flags add to them
  // (--policy) or replace them (--baseline).
  const config = resolveConfig(io.cwd, values.config === undefined ? undefined : resolve(io.cwd, values.config));
  const bundles = await fetchBundles(values.policy, io, config);
  const printConfig = values["print-config"];
  if (printConfig !== undefined) {
    const rules = bundles.flatMap((b) => b.catalogue.rules);
    io.stdout(`${JSON.stringify(configForFile(printConfig, io.cwd, config, rules), null, 2)}\n`);
    return EXIT.ok;
  }
  const configBaseline = config.baseline === undefined ? undefined : relative(io.cwd, config.baseline) || config.baseline;
  const baselineFile = values.baseline ?? configBaseline ?? (values["write-baseline"] ? DEFAULT_BASELINE : undefined);
  const baseline =
    baselineFile && !values["write-baseline"]
      ? { baseline: readBaseline(resolve(io.cwd, baselineFile), baselineFile), file: baselineFile }
      : undefined;
  const full = await lint(fromStdin ? [] : positionals, {
    bundles,
    ...(values["changed-since"] ? { changedSince: values["changed-since"] } : {}),
    ...(values["as-of"] !== undefined ? { asOf: values["as-of"] } : {}),
    onlyIncluded: values["only-included"] === true,
    ...(baseline ? { baseline } : {}),
    onProgress: progress(io),
    ...(workers ? { workers } : {}),
    cwd: io.cwd,
    config,
    ...(stdin ? { stdin } : {}),
    inlineSuppressions: !values["no-inline-suppressions"],
    ...(values["terraform-plan"] ? { terraformPlans: values["terraform-plan"] } : {}),
    ...cacheOption(values.cache, values["cache-location"], io),
  });
  if (values["write-baseline"] && baselineFile) {
    const n = writeBaseline(resolve(io.cwd, baselineFile), full.results, { display: baselineFile, cwd: io.cwd });
    io.stdout(`wrote ${n} ${n === 1 ? "finding" : "findings"} to ${baselineFile}\n`);
    return EXIT.ok;
  }
  for (const notice of full.notices ?? []) io.stderr(`dpa-lint: ${notice}\n`);
  const result: LintResult = values.quiet ? quiet(full) : full;

  // The full result decides: -q only hides warnings from the report, never changes the exit code.
  const tooManyWarnings = maxWarnings !== undefined && full.summary.warnings > maxWarnings;
  const exitCode = fails(full.results, failSeverity) || tooManyWarnings ? EXIT.findings : EXIT.ok;
  const context = { ...formatContext(bundles, VERSION, useColor(io.env, io.isTTY), config.docsBase), exitCode, ...category };
  for (const out of outputs) {
    const formatter = await resolveFormatter(out.format, io.cwd);
    if (out.file)
      writeFileSafely(resolve(io.cwd, out.file), formatter.format(result, { ...context, color: false }), {
        display: out.file,
        cwd: io.cwd,
      });
    else io.stdout(formatter.format(result, context));
  }
  if (tooManyWarnings) {
    const n = full.summary.warnings;
    io.stderr(`dpa-lint: ${plural(n, "warning")}, more than --max-warnings ${maxWarnings} allows\n`);
  }
  return exitCode;
}

/**
 * A built-in format by name, or a formatter module by path (`-f ./reports/team.js`): its default
 * export is a Formatter ({ format(result, context) }) or the format function itself.
 */
async function resolveFormatter(name: string, cwd: string): Promise<Formatter> {
  const builtin = FORMATTERS[name];
  if (builtin) return builtin;
  if (!/^(\.{1,2}\/|\/)|\.m?js$/.test(name))
    throw new UsageError(`unknown format "${name}" (known: ${formatterNames().join(", ")}, or a formatter module's path)`);
  let loaded: unknown;
  try {
    loaded = ((await importModule(pathToFileURL(resolve(cwd, name)).href)) as { default?: unknown }).default;
  } catch (error) {
    throw new UsageError(
      `--format ${name}: cannot load the formatter module: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
  }
  if (typeof loaded === "function") return { description: name, format: loaded as Formatter["format"] };
  if (loaded && typeof (loaded as Formatter).format === "function") return loaded as Formatter;
  throw new UsageError(`--format ${name}: the module's default export must be a function (result, context) => string or { format }`);
}

/** Each --output-file belongs to the --format before it; formats without one write to stdout. */
function pairOutputs(tokens: ReadonlyArray<{ kind: string; name?: string; value?: string | undefined }>): Output[] {
  const outputs: Output[] = [];
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    if (t.name === "format") outputs.push({ format: t.value ?? "" });
    if (t.name === "output-file") {
      const last = outputs[outputs.length - 1];
      if (!last || last.file !== undefined) throw new UsageError("each --output-file must follow the --format it writes");
      last.file = t.value ?? "";
    }
  }
  if (outputs.length === 0) outputs.push({ format: "stylish" });
  if (outputs.filter((o) => o.file === undefined).length > 1)
    throw new UsageError("only one --format can write to stdout; give the others an --output-file");
  return outputs;
}

const DEFAULT_BASELINE = ".dpa-lint-baseline.json";

/** On a terminal, a progress line on stderr for runs long enough to need one. */
function progress(io: Io): ((done: number, total: number) => void) | undefined {
  if (!io.stderrIsTTY) return undefined;
  return (done, total) => {
    if (total < 500) return;
    if (done % 250 === 0 || done === total) io.stderr(`\rdpa-lint: ${done}/${total} files${done === total ? "\r\u001b[K" : ""}`);
  };
}

function quiet(result: LintResult): LintResult {
  const results = result.results.filter((f) => f.severity === "error");
  return { ...result, results, summary: summarize(result.summary.files, results, result.suppressed) };
}

/** lint()'s cache option from --cache and --cache-location (which implies --cache). */
function cacheOption(cache: boolean | undefined, location: string | undefined, io: Io): Pick<LintOptions, "cache"> {
  if (!cache && location === undefined) return {};
  return { cache: { ...(location !== undefined ? { location } : {}), env: io.env } };
}

/** `--sarif-category`: one word, as code scanning's category is; a trailing slash is the run's own. */
function sarifCategory(category: string | undefined): { sarifCategory?: string } {
  if (category === undefined) return {};
  if (!/^[^\s/][^\s]*$/.test(category))
    throw new UsageError(`--sarif-category must be one word without spaces, not starting with /: "${category}"`);
  return { sarifCategory: category.replace(/\/+$/, "") };
}
