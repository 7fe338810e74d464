import type { Severity } from "../findings/finding.js";

/**
 * The rule catalogue, extracted at policy build time from the rules' `# METADATA` annotations
 * (scripts/build-policies.mjs, `opa inspect -a`) and never typed twice.
 * `rules`, `explain`, SARIF rule help and the docs all read it.
 */
export interface RuleMeta {
  /** `<pack>/<rule-name>`, the ruleId findings carry. */
  id: string;
  pack: string;
  name: string;
  title: string;
  description: string;
  severity: Severity;
  /** The DPA clause or GDPR article the rule enforces. */
  clause?: string;
  /** A short verbatim quote of that clause (original language). */
  quote?: string;
  /** English gloss of a quote not in English. */
  gloss?: string;
  /** Path of the rule's doc page inside the policy directory, when it has one. */
  doc?: string;
  /**
   * Where the rule's documentation is published, for a rule of a pack built outside dpa-lint's
   * own policies (`policy build --docs-base`, else the shared rule's page); absent for the
   * built-in rules, whose pages are under DOCS_BASE.
   */
  docsUrl?: string;
}

/**
 * The policy groups, as directories of policies/ and as the packages main.rego collects. Rego's
 * Wasm compiler forces main.rego to name each literally; a test checks it names exactly these.
 */
export const POLICY_GROUPS = ["gdpr", "shared", "dpa", "org", "infra"] as const;

/** The groups that are packs of their own; the others hold the rules of DPA packs. */
export const STANDALONE_PACKS = ["gdpr", "org", "infra"] as const;

/** The rule sets of the rule contract and the severity each gives (policies/README.md). */
export const SEVERITY_OF_SET: Readonly<Record<string, Severity>> = { deny: "error", warn: "warning", info: "info" };

/** Whether a rule belongs to a DPA pack (its own rules or the shared ones), not gdpr or org. */
export function isDpaRule(rule: Pick<RuleMeta, "pack">): boolean {
  return !(STANDALONE_PACKS as readonly string[]).includes(rule.pack);
}

export interface PackMeta {
  id: string;
  kind: "dpa" | (typeof STANDALONE_PACKS)[number];
  title: string;
  governingLaw?: string;
}

/** Which dated legal facts a bundle carries (policies/lib/legal/data.yaml). */
export interface LegalFactsMeta {
  /** The facts' version, e.g. "2026.11". */
  version: string;
  /** The day the facts were last checked against the official sources (YYYY-MM-DD). */
  reviewed: string;
}

export interface Catalogue {
  version: 1;
  /** OPA version that built the bundle. */
  opaVersion: string;
  /** The legal facts compiled into the bundle; absent in bundles built before they existed. */
  legalFacts?: LegalFactsMeta;
  packs: PackMeta[];
  rules: RuleMeta[];
  /**
   * The rules every DPA pack shares (policies/shared), before they are given a pack: a pack of
   * terms loaded at run time gets its own copy of each (policy/load.ts).
   */
  sharedRules?: Array<Omit<RuleMeta, "id" | "pack">>;
}

/** The catalogue format this dpa-lint writes and reads (catalogue.json's `version`). */
export const CATALOGUE_FORMAT = 1;

export function isCatalogue(value: unknown): value is Catalogue {
  const c = value as Partial<Catalogue> | null;
  return typeof c === "object" && c !== null && c.version === CATALOGUE_FORMAT && Array.isArray(c.packs) && Array.isArray(c.rules);
}
