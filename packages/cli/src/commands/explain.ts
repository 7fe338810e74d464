import { parseCommandArgs } from "../args.js";
import { isDpaRule, readRuleDoc } from "@dpa-lint/core";
import { loadBundles, POLICY_OPTION } from "../bundles.js";
import { EXIT, type Io } from "../io.js";
import { UsageError } from "../usage-error.js";

export const explainHelp = `Usage: dpa-lint explain RULE_ID [--policy DIR]

Show why a rule exists, the DPA clause or GDPR article it enforces with a short quote, and a
compliant and a violating example. RULE_ID is as findings print it, e.g. quicktalk/hosting-country.
`;

export function explainCommand(args: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { help: { type: "boolean", short: "h" }, ...POLICY_OPTION },
  });
  if (values.help) {
    io.stdout(explainHelp);
    return EXIT.ok;
  }
  const [id, ...extra] = positionals;
  if (!id || extra.length > 0) throw new UsageError("explain takes exactly one rule id");
  const bundles = loadBundles(values.policy, io);
  const bundle = bundles.find((b) => b.catalogue.rules.some((r) => r.id === id));
  const rule = bundle?.catalogue.rules.find((r) => r.id === id);
  if (!bundle || !rule) {
    const near = bundles
      .flatMap((b) => b.catalogue.rules)
      .filter((r) => r.name === id.split("/").pop())
      .map((r) => r.id);
    throw new UsageError(`no rule "${id}"${near.length > 0 ? ` (did you mean ${near.slice(0, 3).join(", ")}?)` : "; run dpa-lint rules"}`);
  }
  const doc = readRuleDoc(bundle, rule);
  const out = [`${rule.id}: ${rule.title}`, `severity: ${rule.severity}`, ""];
  if (rule.description) out.push(rule.description, "");
  if (rule.clause) out.push(`Clause: ${rule.clause}`);
  if (rule.quote) out.push(`Quote: «${rule.quote}»`);
  if (rule.gloss) out.push(`English: ${rule.gloss}`);
  if (rule.clause || rule.quote) out.push("");
  const examplePack = /^dpa: (.*)$/m.exec(doc?.violating ?? "")?.[1];
  if (examplePack && examplePack !== rule.pack && isDpaRule(rule)) {
    // Rules shared by every pack have one doc page, its examples written for one pack: they would
    // mislead about this pack's terms, so they are not shown as if they were this pack's.
    out.push(
      `No example is written for the ${rule.pack} pack. The rule's examples use the ${examplePack} pack's terms: dpa-lint explain ${examplePack}/${rule.name}`,
    );
    io.stdout(`${out.join("\n").trimEnd()}\n`);
    return EXIT.ok;
  }
  if (doc?.configuration) out.push("Configuration (.dpa-lint.yaml):", indent(doc.configuration));
  if (doc?.compliant) out.push("Compliant:", indent(doc.compliant));
  if (doc?.violating) out.push("Violating:", indent(doc.violating));
  io.stdout(`${out.join("\n").trimEnd()}\n`);
  return EXIT.ok;
}

function indent(text: string): string {
  return `${text
    .trimEnd()
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n")}\n`;
}
