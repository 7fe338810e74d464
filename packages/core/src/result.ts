import type { PolicySource } from "./engine/policy.js";
import { SEVERITY_RANK, type Finding, type Severity, type SuppressedFinding } from "./findings/finding.js";

/** What a lint run produces, and what every formatter and the action consume. */
export interface LintResult {
  /** Every file linted, relative to the working directory, sorted. */
  files: string[];
  results: Finding[];
  suppressed: SuppressedFinding[];
  summary: Summary;
  /** Things the user should know that are not findings (printed on stderr by the CLI). */
  notices?: string[];
  /** The legal facts the run was judged by: the day (`--as-of`) and the facts' version. */
  legalFacts?: JudgedBy;
  /** Every source of policy packs that judged the run: what, where, digest, signature. */
  policies?: PolicySource[];
  /**
   * The run's category for code scanning (SARIF automationDetails.id): by default a digest of the
   * configuration file and the paths linted (run-category.ts).
   */
  category?: string;
  /**
   * Where the files are: `cwd`, the directory findings' file names are relative to, and `root`,
   * the repository's top (else the configuration's directory), which SARIF locates them from.
   */
  location?: { cwd: string; root: string };
}

/** Which day's law a run applied, and which compiled facts described it. */
export interface JudgedBy {
  asOf: string;
  /** Absent when the policy bundle carries no dated facts. */
  version?: string;
  reviewed?: string;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
}

export function summarize(files: number, results: readonly Finding[], suppressed: readonly SuppressedFinding[]): Summary {
  const count = (s: Severity): number => results.filter((f) => f.severity === s).length;
  return { files, errors: count("error"), warnings: count("warning"), infos: count("info"), suppressed: suppressed.length };
}

/** True when a finding is at or above the fail severity (exit code 1). */
export function fails(results: readonly Finding[], failSeverity: Severity): boolean {
  return results.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failSeverity]);
}
