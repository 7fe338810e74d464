// npm run docs:rules (and npm run policies:build): one page per rule under docs/rules/, generated
// from the rule metadata of the built bundle and the engine's own rules, so docsUrl and SARIF's
// helpUri point at pages that exist. Shared rules get a page per DPA pack, with that pack's clause.
// node scripts/gen-rule-docs.mjs [--out <dir>] writes under <dir>/docs/rules (the test compares).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { docPath, ENGINE_RULE_META, isDpaRule, readBundle, readRuleDoc } from "../packages/core/dist/index.js";
import { root } from "./tools.mjs";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const out = join(values.out ?? root, "docs", "rules");
const bundle = readBundle();
const pages = new Map();

for (const rule of [...bundle.catalogue.rules].sort((a, b) => (a.id < b.id ? -1 : 1))) {
  const doc = readRuleDoc(bundle, rule);
  const lines = [`# ${rule.id}`, "", `**${rule.title}** · severity \`${rule.severity}\``, ""];
  if (rule.description) lines.push(rule.description, "");
  if (rule.clause) lines.push(`Clause: ${rule.clause}`, "");
  if (rule.quote) lines.push(`> ${rule.quote}`, ...(rule.gloss ? [">", `> (${rule.gloss})`] : []), "");
  const examplePack = /^dpa: (.*)$/m.exec(doc?.violating ?? "")?.[1];
  if (examplePack && examplePack !== rule.pack && isDpaRule(rule)) {
    lines.push(`Examples: see [${examplePack}/${rule.name}](../${examplePack}/${rule.name}.md), written for that pack's terms.`, "");
  } else {
    if (doc?.configuration) lines.push("## Configuration", "", "```yaml", doc.configuration.trimEnd(), "```", "");
    if (doc?.vendorSetup) lines.push("## Vendor setup", "", "```yaml", doc.vendorSetup.trimEnd(), "```", "");
    const fence = "```" + (doc?.language ?? "yaml");
    if (doc?.compliant) lines.push("## Compliant", "", fence, doc.compliant.trimEnd(), "```", "");
    if (doc?.violating) lines.push("## Violating", "", fence, doc.violating.trimEnd(), "```", "");
  }
  pages.set(docPath(rule.id), lines.join("\n"));
}
// The rules every DPA pack shares, for no pack in particular: what a custom pack's findings link to.
for (const template of bundle.catalogue.sharedRules ?? []) {
  const doc = readRuleDoc(bundle, { ...template, id: `shared/${template.name}`, pack: "shared" });
  const lines = [
    `# <dpa>/${template.name}`,
    "",
    `**${template.title}** · severity \`${template.severity}\` · shared by every DPA pack`,
    "",
  ];
  if (template.description) lines.push(template.description, "");
  lines.push(
    "The clause and quote come from each pack's terms (`citations` or `clauses`); `dpa-lint explain <pack>/" +
      template.name +
      "` shows them.",
    "",
  );
  if (doc?.compliant) lines.push("## Compliant", "", "```yaml", doc.compliant.trimEnd(), "```", "");
  if (doc?.violating) lines.push("## Violating", "", "```yaml", doc.violating.trimEnd(), "```", "");
  pages.set(`shared/${template.name}.md`, lines.join("\n"));
}
for (const rule of ENGINE_RULE_META) {
  const family = rule.id.endsWith("/*") ? ` (every \`${rule.id}\` rule without a page of its own)` : "";
  pages.set(
    docPath(rule.id),
    [
      `# ${rule.id}${family}`,
      "",
      `**${rule.title}** · severity \`${rule.severity}\` · reported by the engine, not a policy`,
      "",
      rule.description,
      "",
    ].join("\n"),
  );
}

rmSync(out, { recursive: true, force: true });
const index = ["# Rules", "", "One page per rule, generated from the rule metadata by `scripts/gen-rule-docs.mjs`; do not edit.", ""];
for (const [path, text] of [...pages].sort(([a], [b]) => (a < b ? -1 : 1))) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), `${text.trimEnd()}\n`);
  index.push(`- [${path.replace(/\.md$/, "")}](${path})`);
}
writeFileSync(join(out, "README.md"), `${index.join("\n")}\n`);
console.log(`dpa-lint: wrote ${pages.size} rule pages to ${values.out ? out : "docs/rules"}`);
