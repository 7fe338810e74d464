import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PolicyBundle } from "./policy.js";
import type { RuleMeta } from "./catalogue.js";

export interface RuleDoc {
  markdown: string;
  compliant?: string;
  violating?: string;
  configuration?: string;
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
  const section = (title: string): string | undefined =>
    new RegExp(`## ${title}\\n\\n\`\`\`yaml[^\\n]*\\n([\\s\\S]*?)\`\`\``).exec(markdown)?.[1];
  const doc: RuleDoc = { markdown };
  const compliant = section("Compliant");
  const violating = section("Violating");
  const configuration = section("Configuration");
  if (compliant) doc.compliant = compliant;
  if (violating) doc.violating = violating;
  if (configuration) doc.configuration = configuration;
  return doc;
}
