import { parseCommandArgs } from "../args.js";
import { type RuleMeta } from "@dpa-lint/core";
import { loadBundles, POLICY_OPTION } from "../bundles.js";
import { EXIT, type Io } from "../io.js";
import { UsageError } from "../usage-error.js";

export const rulesHelp = `Usage: dpa-lint rules [--dpa ID] [--format text|json] [--policy DIR]

List the policy packs and their rules: id, severity, title and the clause each enforces.

Options:
  --dpa <id>        only this pack (a DPA id, gdpr or org)
  --format <fmt>    text (default) or json
  --policy <dir>    also list a policy directory's or bundle's packs; repeatable
  -h, --help        show this help
`;

export function rulesCommand(args: string[], io: Io): number {
  const { values } = parseCommandArgs({
    args,
    options: {
      dpa: { type: "string" },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h" },
      ...POLICY_OPTION,
    },
  });
  if (values.help) {
    io.stdout(rulesHelp);
    return EXIT.ok;
  }
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const bundles = loadBundles(values.policy, io);
  const catalogue = { packs: bundles.flatMap((b) => b.catalogue.packs), rules: bundles.flatMap((b) => b.catalogue.rules) };
  const packs = catalogue.packs.filter((p) => values.dpa === undefined || p.id === values.dpa);
  if (packs.length === 0) {
    throw new UsageError(`no pack "${values.dpa}" (known: ${catalogue.packs.map((p) => p.id).join(", ")})`);
  }
  const rulesOf = (pack: string): RuleMeta[] => catalogue.rules.filter((r) => r.pack === pack);
  const legalFacts = bundles.find((b) => b.catalogue.legalFacts)?.catalogue.legalFacts;
  if (values.format === "json") {
    io.stdout(
      `${JSON.stringify({ ...(legalFacts ? { legalFacts } : {}), packs: packs.map((p) => ({ ...p, rules: rulesOf(p.id) })) }, null, 2)}\n`,
    );
    return EXIT.ok;
  }
  const out: string[] = [];
  if (legalFacts)
    out.push(
      `legal facts ${legalFacts.version}, reviewed ${legalFacts.reviewed} (adequacy decisions, EEA membership; lint --as-of picks the day)`,
      "",
    );
  for (const pack of packs) {
    out.push(`${pack.id}  ${pack.title}${pack.governingLaw ? ` (${pack.governingLaw} law)` : ""}`);
    for (const r of rulesOf(pack.id)) {
      out.push(`  ${r.id.padEnd(48)} ${r.severity.padEnd(8)} ${r.title}${r.clause ? `  [${r.clause}]` : ""}`);
    }
    out.push("");
  }
  io.stdout(`${out.join("\n")}`);
  return EXIT.ok;
}
