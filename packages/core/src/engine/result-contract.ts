import { isSeverity, type PathSegment, type Severity } from "../findings/finding.js";
import { PolicyError } from "../errors.js";

/** The one rule the bundle is compiled for (opa build -e) and the engine evaluates: policies/main. */
export const ENTRYPOINT = "main/findings";

/**
 * The second entrypoint: a DPA pack's sub-processor list by matching key, which depends on the
 * pack's terms only. The engine evaluates it once per pack and passes it back as
 * data.precomputed.subprocessors[<pack>] (policies/shared/subprocessors.rego).
 */
export const INDEX_ENTRYPOINT = "main/subprocessor_index";

/**
 * What a Rego rule returns, after `main` has tagged it with the severity of the set it came from
 * (policies/README.md, "The rule contract"). Compatible with conftest: rules are `deny`/`warn`
 * sets of objects whose `msg` is the message, so the same packs run under conftest.
 */
export interface RawFinding {
  /** `<pack>/<rule-name>`. */
  rule: string;
  msg: string;
  severity: Severity;
  /** JSON path into the vendor setup document. */
  path: PathSegment[];
  /** The DPA pack the finding is about, for rules shared by every pack. */
  dpa?: string;
  /** Clause and quote from the pack's terms, for rules shared by every pack. */
  clause?: string;
  quote?: string;
}

const RULE_ID = /^[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9-]*$/;
const ALLOWED_KEYS = new Set(["rule", "msg", "severity", "path", "dpa", "clause", "quote"]);

/**
 * Checks every result on the way out of the Wasm; a malformed one is a PolicyError naming the
 * rule, not a finding at a wrong place (conftest checks its results the same way, output/result.go).
 */
export function checkRawFindings(results: unknown, known: ReadonlyMap<string, unknown>, source: string): RawFinding[] {
  if (!Array.isArray(results)) throw new PolicyError(`${ENTRYPOINT} must be a set of objects, got ${typeof results}`, { file: source });
  return results.map((raw) => {
    const r = raw as Record<string, unknown>;
    const rule = typeof r?.rule === "string" ? r.rule : undefined;
    const fail = (why: string): never => {
      throw new PolicyError(`rule ${rule ?? "(without a rule id)"} returned a malformed finding: ${why}: ${JSON.stringify(raw)}`, {
        file: source,
        field: rule,
      });
    };
    if (typeof r !== "object" || r === null || Array.isArray(r)) fail("a finding must be an object");
    if (!rule || !RULE_ID.test(rule)) fail(`"rule" must be "<pack>/<rule-name>" in kebab-case`);
    if (!known.has(rule as string)) fail(`"${rule}" is not in the rule catalogue (does the rule have a # METADATA block with custom.id?)`);
    if (typeof r.msg !== "string" || r.msg.trim() === "") fail(`"msg" must be a non-empty string`);
    if (!isSeverity(r.severity)) fail(`"severity" must be error, warning or info`);
    if (!Array.isArray(r.path) || !r.path.every((s) => typeof s === "string" || (typeof s === "number" && Number.isInteger(s) && s >= 0))) {
      fail(`"path" must be an array of keys and indices`);
    }
    for (const key of ["dpa", "clause", "quote"] as const) {
      if (r[key] !== undefined && typeof r[key] !== "string") fail(`"${key}" must be a string`);
    }
    const extra = Object.keys(r).filter((k) => !ALLOWED_KEYS.has(k));
    if (extra.length > 0) fail(`unknown keys ${extra.join(", ")}`);
    return r as unknown as RawFinding;
  });
}
