import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PolicyBundle } from "./policy.js";
import type { RuleMeta } from "./catalogue.js";

export interface RuleDoc {
  markdown: string;
  compliant?: string;
  violating?: string;
  configuration?: string;
  /** The examples' language: YAML vendor setups, or HCL (Terraform) for the infra rules. */
  language: "yaml" | "hcl";
  /** For HCL examples: the vendor setup they are judged against (`## Vendor setup`), if any. */
  vendorSetup?: string;
}

/** A rule's doc page, shipped in the bundle's docs/ by the policy build; undefined if it has none. */
export function readRuleDoc(bundle: PolicyBundle, rule: RuleMeta): RuleDoc | undefined {
  if (!rule.doc) return undefined;
  let markdown: string;
  try {
    markdown = readFileSync(join(bundle.source, "docs", rule.doc), "utf8");
  } catch {
    return undefined;
  }
  const section = (title: string, language = "yaml|hcl"): string | undefined =>
    new RegExp(`## ${title}\\n\\n\`\`\`(?:${language})[^\\n]*\\n([\\s\\S]*?)\`\`\``).exec(markdown)?.[1];
  const language = /## (Compliant|Violating)\n\n```hcl/.test(markdown) ? "hcl" : "yaml";
  const doc: RuleDoc = { markdown, language };
  const vendorSetup = section("Vendor setup", "yaml");
  if (vendorSetup) doc.vendorSetup = vendorSetup;
  const compliant = section("Compliant");
  const violating = section("Violating");
  const configuration = section("Configuration");
  if (compliant) doc.compliant = compliant;
  if (violating) doc.violating = violating;
  if (configuration) doc.configuration = configuration;
  return doc;
}
