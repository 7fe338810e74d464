import type { Severity } from "../findings/finding.js";
import { locator } from "./repository-paths.js";
import { fingerprint } from "./sarif.js";
import type { Formatter } from "./types.js";

/** dpa-lint's severities in GitLab Code Quality's scale. */
const SEVERITY: Record<Severity, string> = { error: "major", warning: "minor", info: "info" };

/**
 * GitLab Code Quality (a CI job's `artifacts: reports: codequality`): one issue per finding, with
 * the path from the repository's top and the same stable fingerprint as SARIF's.
 */
export const gitlab: Formatter = {
  description: "GitLab Code Quality report (artifacts: reports: codequality)",
  format(result) {
    const place = locator(result);
    const issues = result.results.map((f) => ({
      description: `${f.message}${f.clause ? ` (${f.clause})` : ""}`,
      check_name: f.ruleId,
      fingerprint: fingerprint(f),
      severity: SEVERITY[f.severity],
      location: { path: place.path(f.file), lines: { begin: f.line, end: f.endLine } },
    }));
    return `${JSON.stringify(issues, null, 2)}\n`;
  },
};
