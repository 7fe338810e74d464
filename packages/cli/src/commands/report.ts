import { resolve } from "node:path";
import {
  buildCalendar,
  buildRopa,
  collectFiles,
  formatIcs,
  formatRopa,
  Linter,
  readSetups,
  resolveConfig,
  ROPA_FORMATS,
  vendorSetupsOf,
  writeFileSafely,
  type RopaFormat,
} from "@dpa-lint/core";
import { parseCommandArgs } from "../args.js";
import { fetchBundles, POLICY_OPTION } from "../bundles.js";
import { EXIT, type Io } from "../io.js";
import { UsageError } from "../usage-error.js";

export const reportHelp = `Usage: dpa-lint report ropa|calendar [paths...] [options]

Reports for the DPO, built from the vendor setups (default: the configuration's include, else
vendors/) and the DPAs' terms:

  ropa        the record of processing activities (GDPR Art. 30): the controller's record,
              Art. 30(1), and the processors it engages, Art. 30(2); every cell names the file
              and line it comes from; a cell the files cannot fill is MISSING, with an info
              finding (org/ropa-incomplete) on stderr naming the field to add
  calendar    the contract calendar as an iCalendar file: the last day to object to each
              sub-processor change, the first day it may take effect, the day it does, DPA
              renewals and the last day to announce a planned audit; stable event ids, so a
              re-import updates the events

Options:
  -f, --format <fmt>        ropa: md (default), csv, json or html; calendar: ics
  -o, --output-file <file>  write the report there instead of stdout
  --as-of <YYYY-MM-DD>      the day whose legal facts apply (EEA membership of recipients)
  -c, --config <file>       use this configuration instead of the nearest .dpa-lint.yaml
  --policy <dir>            also load a policy directory, terms file or bundle; repeatable
  -h, --help                show this help
`;

export async function reportCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f" },
      "output-file": { type: "string", short: "o" },
      "as-of": { type: "string" },
      config: { type: "string", short: "c" },
      help: { type: "boolean", short: "h" },
      ...POLICY_OPTION,
    },
  });
  if (values.help) {
    io.stdout(reportHelp);
    return EXIT.ok;
  }
  const [kind, ...paths] = positionals;
  if (kind !== "ropa" && kind !== "calendar") throw new UsageError(`report needs ropa or calendar${kind ? `, not "${kind}"` : ""}`);
  const format = values.format ?? (kind === "ropa" ? "md" : "ics");
  if (kind === "ropa" && !(ROPA_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`report ropa --format must be one of ${ROPA_FORMATS.join(", ")}, not "${format}"`);
  if (kind === "calendar" && format !== "ics") throw new UsageError(`report calendar --format must be ics, not "${format}"`);

  const config = resolveConfig(io.cwd, values.config === undefined ? undefined : resolve(io.cwd, values.config));
  const linter = await Linter.create({
    cwd: io.cwd,
    config,
    bundles: await fetchBundles(values.policy, io, config),
    ...(values["as-of"] !== undefined ? { asOf: values["as-of"] } : {}),
  });
  const files =
    paths.length > 0
      ? collectFiles(paths, io.cwd, { exclude: config.exclude, root: config.root }).files
      : vendorSetupsOf(config, io.cwd, undefined);
  const { setups, unreadable } = readSetups(linter, files);
  let text: string;
  if (kind === "ropa") {
    const ropa = buildRopa(linter, setups, unreadable);
    text = formatRopa(ropa, format as RopaFormat);
    for (const f of ropa.findings) io.stderr(`${f.file}:${f.line}:${f.column}  info  ${f.message}  ${f.ruleId}\n`);
  } else {
    text = formatIcs(buildCalendar(linter, setups), linter.asOf);
    for (const file of unreadable)
      io.stderr(`dpa-lint: ${file}: not in the calendar: it could not be read or parsed (dpa-lint lint says why)\n`);
  }
  const out = values["output-file"];
  if (out) writeFileSafely(resolve(io.cwd, out), text, { display: out, cwd: io.cwd });
  else io.stdout(text);
  return EXIT.ok;
}
