import { DEFAULT_SETTINGS, runStdioServer, type ServerSettings } from "@dpa-lint/language-server";
import { parseCommandArgs } from "../args.js";
import { EXIT, type Io } from "../io.js";

export const lspHelp = `Usage: dpa-lint lsp [--stdio] [options]

Run the dpa-lint language server on stdin and stdout (the Language Server Protocol), for
editors: findings as you type, hover with the DPA clause and the legal facts, quick fixes,
completion and go to definition (docs/editors.md). The client's initializationOptions
override these options.

Options:
  --stdio                 talk over stdin and stdout (the default and only transport)
  --as-of <YYYY-MM-DD>    judge by the legal facts in force on that day
  -c, --config <file>     use this configuration instead of the nearest .dpa-lint.yaml
  --policy <dir>          also load a policy directory, terms file or bundle; repeatable
  --no-inline-suppressions  ignore dpa-lint-disable comments
  -h, --help              show this help
`;

/** Starts the server; it runs until the client sends `exit` or closes stdin. */
export function lspCommand(args: string[], io: Io): Promise<number> | number {
  const { values } = parseCommandArgs({
    args,
    options: {
      stdio: { type: "boolean" },
      "as-of": { type: "string" },
      config: { type: "string", short: "c" },
      policy: { type: "string", multiple: true },
      "no-inline-suppressions": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(lspHelp);
    return EXIT.ok;
  }
  const defaults: ServerSettings = {
    ...DEFAULT_SETTINGS,
    policies: values.policy ?? [],
    inlineSuppressions: values["no-inline-suppressions"] !== true,
    ...(values["as-of"] ? { asOf: values["as-of"] } : {}),
    ...(values.config ? { configFile: values.config } : {}),
  };
  runStdioServer(defaults);
  // The protocol's `exit` notification ends the process; until then the command does not return.
  return new Promise<number>(() => undefined);
}
