/**
 * The Finding: the one shape every stage of the pipeline produces and every formatter consumes.
 * Fields follow docs/cli-and-output-v1.md ("Findings"): positions are 1-based, `endColumn`
 * is exclusive (as in SARIF), `file` is relative to the working directory with forward slashes.
 */
export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher is more severe; used for --fail-severity and sorting summaries. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function isSeverity(value: unknown): value is Severity {
  return typeof value === "string" && (SEVERITIES as readonly string[]).includes(value);
}

export type PathSegment = string | number;

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Finding extends Position {
  file: string;
  ruleId: string;
  severity: Severity;
  message: string;
  path: PathSegment[];
  /** Index of the YAML document inside a multi-document file (0-based, like the spec's JSON paths). */
  document?: number;
  dpa?: string;
  clause?: string;
  quote?: string;
  docsUrl?: string;
  /**
   * A hash of the value the finding is about (the value at `path`, else its closest existing
   * parent): a baseline entry matches only the same offending value, so replacing a baselined
   * sub-processor with another one at the same path is a new finding. Internal, not in reports.
   */
  valueHash?: string;
}

/** A problem found by a check, before it is placed in the file: rule, message and JSON path. */
export interface Problem {
  ruleId: string;
  severity: Severity;
  message: string;
  path: PathSegment[];
  /** Report the key of the pair rather than its value (an unknown field). */
  atKey?: boolean;
  dpa?: string;
  clause?: string;
  quote?: string;
}

export interface Suppression {
  kind: "inline" | "baseline" | "config";
  reason: string;
  until?: string;
}

export interface SuppressedFinding extends Finding {
  suppression: Suppression;
}

/** Stable order required by the spec: file, line, column, ruleId (then the rest, for determinism). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(JSON.stringify(a.path), JSON.stringify(b.path)) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts and removes exact duplicates (same file, position, rule, path and message). */
export function sortAndDedupe<T extends Finding>(findings: readonly T[]): T[] {
  const sorted = [...findings].sort(compareFindings);
  return sorted.filter((f, i) => i === 0 || compareFindings(sorted[i - 1] as T, f) !== 0);
}

/** `hosting[0].region`, the way people read a path in a message. */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((seg, i) =>
      typeof seg === "number" ? `[${seg}]` : /^[A-Za-z_][\w-]*$/.test(seg) ? (i === 0 ? seg : `.${seg}`) : `[${JSON.stringify(seg)}]`,
    )
    .join("");
}

/** A finding about one character of a file (a parse error's place, a file's first line). */
export function findingAt(
  file: string,
  ruleId: string,
  message: string,
  line: number,
  column: number,
  severity: Severity = "error",
): Finding {
  return { file, ruleId, severity, message, path: [], line, column, endLine: line, endColumn: column + 1 };
}
