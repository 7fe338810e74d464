import { parseArgs } from "node:util";
import { fails, formatStylish, isSeverity, lint } from "@dpa-lint/core";
import { EXIT, type Io } from "../io.js";
import { UsageError } from "../usage-error.js";

export const lintHelp = `Usage: dpa-lint lint [options] [paths...]

Lint vendor setup files (YAML or JSON) against the DPA policy packs.
Paths may be files, directories or globs; the default is the config's include, else vendors/.

Options:
  -c, --config <file>      configuration file (default: the nearest .dpa-lint.yaml upwards)
  --fail-severity <level>  error | warning | info: lowest severity that fails (default: error)
  -h, --help               show this help

Exit codes: 0 no finding at or above the fail severity, 1 findings, 2 the run failed.
`;

export async function lintCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      "fail-severity": { type: "string", default: "error" },
      config: { type: "string", short: "c" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(lintHelp);
    return EXIT.ok;
  }
  const failSeverity = values["fail-severity"];
  if (!isSeverity(failSeverity)) throw new UsageError(`--fail-severity must be error, warning or info, not "${failSeverity}"`);
  const result = await lint(positionals, { cwd: io.cwd, ...(values.config ? { configFile: values.config } : {}) });
  io.stdout(formatStylish(result, { color: false }));
  return fails(result.results, failSeverity) ? EXIT.findings : EXIT.ok;
}
