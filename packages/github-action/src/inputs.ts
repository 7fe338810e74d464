import { isSeverity, type Severity } from "@dpa-lint/core";

/** GitHub shows at most 10 annotations of each kind (error, warning, notice) per step. */
export const GITHUB_ANNOTATION_LIMIT = 10;

export interface ActionInputs {
  paths: string[];
  /** Terraform plans in JSON (terraform show -json), relative to the repository root. */
  terraformPlans: string[];
  /** Policy packs beside the built-in ones: bundle directories, or policy directories (need opa). */
  policies: string[];
  config?: string;
  failSeverity: Severity;
  changedFilesOnly: boolean;
  /** Where to write SARIF; undefined when the input is empty. */
  sarifFile?: string;
  baseline?: string;
  maxAnnotations: number;
  usePullRequestConfig: boolean;
  /** Honour `# dpa-lint-disable` comments (off: every finding counts, an audit). */
  inlineSuppressions: boolean;
  /** The day whose legal facts apply (YYYY-MM-DD); undefined: the config's asOf, else today. */
  asOf?: string;
}

/** One line naming the input: the action fails with it before linting. */
export class ActionInputError extends Error {
  constructor(input: string, message: string) {
    super(`input ${input}: ${message}`);
    this.name = "ActionInputError";
  }
}

/**
 * Reads and checks every input of action.yml. `get` is @actions/core's getInput (trimmed, "" when
 * unset: action.yml's defaults are applied by the runner).
 */
export function readInputs(get: (name: string) => string): ActionInputs {
  const failSeverity = get("fail-severity") || "error";
  if (!isSeverity(failSeverity)) throw new ActionInputError("fail-severity", `must be error, warning or info, not "${failSeverity}"`);
  const maxText = get("max-annotations") || String(GITHUB_ANNOTATION_LIMIT);
  const maxAnnotations = Number(maxText);
  if (!/^\d+$/.test(maxText) || maxAnnotations > GITHUB_ANNOTATION_LIMIT) {
    throw new ActionInputError(
      "max-annotations",
      `must be a whole number from 0 to ${GITHUB_ANNOTATION_LIMIT} (GitHub shows no more per kind and step), not "${maxText}"`,
    );
  }
  const config = get("config");
  const sarifFile = get("sarif-file");
  const baseline = get("baseline");
  const asOf = get("as-of");
  if (asOf && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new ActionInputError("as-of", `must be a date written YYYY-MM-DD, not "${asOf}"`);
  return {
    paths: lines(get("paths")),
    terraformPlans: lines(get("terraform-plan")),
    policies: lines(get("policies")),
    ...(config ? { config } : {}),
    failSeverity,
    changedFilesOnly: boolean(get, "changed-files-only"),
    ...(sarifFile ? { sarifFile } : {}),
    ...(baseline ? { baseline } : {}),
    maxAnnotations,
    usePullRequestConfig: boolean(get, "use-pull-request-config"),
    inlineSuppressions: boolean(get, "inline-suppressions", true),
    ...(asOf ? { asOf } : {}),
  };
}

function lines(value: string): string[] {
  return value
    .split("\n")
    .map((p) => p.trim())
    .filter(Boolean);
}

/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput takes them. */
function boolean(get: (name: string) => string, name: string, byDefault = false): boolean {
  const value = get(name) || String(byDefault);
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new ActionInputError(name, `must be true or false, not "${value}"`);
}
