import { DpaLintError, VERSION } from "@dpa-lint/core";
import { lintCommand } from "./commands/lint.js";
import { EXIT, type Io } from "./io.js";
import { UsageError } from "./usage-error.js";

type Command = (args: string[], io: Io) => Promise<number> | number;

/**
 * The commands other than lint load when run: a hook's lint never compiles the policy
 * toolchain, the DPA reader or the pack-terms validator (a third of the CLI's code).
 */
const later =
  (load: () => Promise<Record<string, unknown>>, name: string): Command =>
  async (args, io) =>
    ((await load())[name] as Command)(args, io);

/** The command registry: `--help` and dispatch both come from it. */
export const COMMANDS: Record<string, { summary: string; run: Command }> = {
  lint: { summary: "lint vendor setup files", run: lintCommand },
  rules: { summary: "list DPA packs and their rules", run: later(() => import("./commands/rules.js"), "rulesCommand") },
  explain: { summary: "explain a rule: rationale, clause, examples", run: later(() => import("./commands/explain.js"), "explainCommand") },
  terms: {
    summary: "show a DPA pack's terms with their clauses and quotes",
    run: later(() => import("./commands/terms.js"), "termsCommand"),
  },
  init: {
    summary: "write a starter .dpa-lint.yaml and an example vendor file",
    run: later(() => import("./commands/init.js"), "initCommand"),
  },
  policy: {
    summary: "test, build or scaffold a policy directory (policy --help)",
    run: later(() => import("./commands/policy.js"), "policyCommand"),
  },
  report: {
    summary: "the record of processing (Art. 30) or the contract calendar (report --help)",
    run: later(() => import("./commands/report.js"), "reportCommand"),
  },
  lsp: { summary: "run the language server for editors (stdio)", run: later(() => import("./commands/lsp.js"), "lspCommand") },
};

const HELP = `Usage: dpa-lint <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(14)}${c.summary}`)
  .join("\n")}

Run dpa-lint <command> --help for a command's options.
`;

/**
 * Runs the CLI and returns the exit code; never calls process.exit, so tests run it in-process.
 * User errors are one line on stderr with exit code 2; a stack trace only with --debug.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const [name, ...rest] = args;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.stdout(HELP);
    return name === undefined ? EXIT.error : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`dpa-lint: unknown command "${name}"; run dpa-lint --help\n`);
    return EXIT.error;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`dpa-lint: ${describeError(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.error;
  }
}

/**
 * Whether an error is the core's typed error: one of this copy of the core, or of another one (the
 * standalone build's authoring.js, which `dpa-lint policy` loads, carries its own copy).
 */
function isDpaLintError(error: unknown): error is DpaLintError {
  return error instanceof DpaLintError || (error instanceof Error && typeof (error as Partial<DpaLintError>).oneLine === "function");
}

/** The one line the CLI prints for an error a command threw. */
export function describeError(error: unknown): string {
  if (isDpaLintError(error)) return error.oneLine();
  if (error instanceof UsageError) return `${error.message}; see --help`;
  // parseArgs throws TypeErrors with codes such as ERR_PARSE_ARGS_UNKNOWN_OPTION.
  const code = (error as { code?: string } | null)?.code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) return `${(error as Error).message}; see --help`;
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message} (run with --debug for details)`;
}
