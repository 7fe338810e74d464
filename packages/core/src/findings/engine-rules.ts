import type { RuleMeta } from "../engine/catalogue.js";

/**
 * The rules the engine itself reports, not the policies: problems with the file (it cannot be
 * read, parsed or evaluated), with the format (schema/*), and with suppression comments. They
 * are not in any bundle's catalogue, so their titles and help live here: the one list that the
 * settings, the suppressions, the configuration check, SARIF and `dpa-lint rules` read.
 * A `<family>/*` entry covers every id of the family that has no entry of its own.
 */
export const ENGINE_RULE_META: readonly RuleMeta[] = [
  engine(
    "parse-error",
    "The file cannot be read or parsed",
    "The file is not valid YAML or JSON, cannot be read, breaks a duplicate key, alias or nesting limit, or holds more values than dpa-lint evaluates. Nothing in it was checked until it is fixed.",
  ),
  engine(
    "schema/*",
    "The vendor setup breaks the format",
    "A field is missing, has the wrong type or value, or is not part of the vendor-setup format (docs/vendor-setup-v1.md). The document's policies judge only the values the format accepts.",
  ),
  engine(
    "schema/unknown-dpa",
    "The vendor setup names a DPA pack that is not loaded",
    "`dpa` names no built-in pack and no pack loaded with --policy: none of the DPA's terms can be checked.",
  ),
  engine(
    "schema/duplicate-name",
    "metadata.name is used twice in the repository",
    "Each vendor setup has a name unique in the repository, so findings, baselines and reports can name it.",
  ),
  engine(
    "schema/number-range",
    "A number the policies cannot compute with",
    "Numbers beyond ±2,147,483,647 or not finite cannot be evaluated; the document is reported and not evaluated.",
  ),
  engine("schema/empty", "The file holds no vendor setup", "A vendor file with no YAML document is reported, never passed silently."),
  engine("file/*", "The file could not be linted", "The file was refused or its evaluation failed; it was not checked."),
  engine(
    "file/outside-repository",
    "A symbolic link leads outside the repository",
    "dpa-lint does not follow links out of the repository it lints: a pull request could otherwise make it read any file on the runner.",
  ),
  engine(
    "file/module-not-read",
    "A Terraform module dpa-lint does not fetch",
    "The module's `source` is not a local path (a registry, git or HTTP address): dpa-lint makes no network call, so the resources it declares are not judged. Lint a plan (--terraform-plan), which holds them. A warning does not fail a gate at the default fail severity: a gate that must judge every resource sets the rule to `error` in its configuration (`rules: {file/module-not-read: error}`; on a pull request the action reads it from the base commit), so that a pull request cannot move resources out of sight into a remote module.",
    "warning",
  ),
  engine(
    "file/module-not-judged",
    "A Terraform module call dpa-lint stops at",
    "Local modules are judged through 8 levels of module calls and up to 5,000 module instances in a run (calls multiply level by level), and a module that calls itself, directly or through others, is a cycle Terraform refuses. Such a call is not followed, so the run fails at the call instead of passing what it would deploy (a module reached by no other call is still judged on its own, without its callers' arguments): flatten the calls, break the cycle, or lint a plan (--terraform-plan), which lists every resource.",
  ),
  engine(
    "file/evaluation-failed",
    "The policies could not evaluate the document",
    "A policy failed on this document; the rest of the run goes on. Report it with the file.",
  ),
  engine("suppression/*", "A dpa-lint-disable comment needs attention", "A suppression comment is malformed, expired or unused."),
  engine(
    "suppression/invalid",
    "A suppression comment that suppresses nothing",
    'It names no rule, has no reason after " -- ", has an impossible (until ...) date, or names an engine rule, which cannot be suppressed.',
  ),
  engine(
    "suppression/expired",
    "A suppression past its (until ...) date",
    "The suppression no longer applies: fix the finding or renew the suppression with a new date and reason.",
    "warning",
  ),
  engine(
    "suppression/unused",
    "A suppression with nothing to suppress",
    "No finding of the named rules is on the target line: remove the comment or move it.",
    "warning",
  ),
  engine(
    "org/ropa-incomplete",
    "The record of processing has a cell the vendor setups cannot fill",
    "Reported by `dpa-lint report ropa` (never by lint): a column of the GDPR Art. 30 record (purposes, data subjects, categories of data, recipients, time limits for erasure, security measures) that the vendor setup does not give is MISSING in the record, never guessed; the finding names the field to add.",
    "info",
  ),
];

function engine(id: string, title: string, description: string, severity: RuleMeta["severity"] = "error"): RuleMeta {
  const slash = id.indexOf("/");
  return { id, pack: "engine", name: slash < 0 ? id : id.slice(slash + 1), title, description, severity };
}

/** The engine's rule families and single rules, as configuration keys may name them. */
export const ENGINE_RULES: readonly string[] = ENGINE_RULE_META.map((r) => r.id).filter((id) => !id.includes("/") || id.endsWith("/*"));

/** Whether `ruleId` (or a `<family>/*` pattern) belongs to one of ENGINE_RULES. */
export function isEngineRuleId(ruleId: string): boolean {
  return ENGINE_RULES.some((r) => r === ruleId || (r.endsWith("/*") && ruleId.startsWith(r.slice(0, -1)) && ruleId.length > r.length - 1));
}

/**
 * Findings the engine makes about the file itself (it cannot be read or is not a vendor setup):
 * the engine rules but the suppression warnings, which settings may switch off.
 */
export function isEngineRule(ruleId: string): boolean {
  return isEngineRuleId(ruleId) && !ruleId.startsWith("suppression/");
}

/** The title and help of an engine rule: its own entry, else its family's. */
export function engineRuleMeta(ruleId: string): RuleMeta | undefined {
  const family = ruleId.includes("/") ? `${ruleId.slice(0, ruleId.indexOf("/"))}/*` : undefined;
  return ENGINE_RULE_META.find((r) => r.id === ruleId) ?? ENGINE_RULE_META.find((r) => r.id === family);
}
