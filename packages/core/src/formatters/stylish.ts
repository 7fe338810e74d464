import { printable } from "./printable.js";
import type { LintResult } from "../result.js";
import type { Formatter } from "./types.js";
import type { Finding } from "../findings/finding.js";
import { plural } from "./plural.js";
import { groupBy, maxOf } from "../arrays.js";

export interface StylishOptions {
  color: boolean;
}

const COLORS = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1 } as const;

type Paint = (code: number, text: string) => string;

function painter(color: boolean): Paint {
  return (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
}

function severityLabel(f: Finding, paint: Paint): string {
  const label = f.severity.padEnd(7);
  return paint(f.severity === "error" ? COLORS.red : f.severity === "warning" ? COLORS.yellow : COLORS.blue, label);
}

/** The closing line: how many problems of each severity, in how many files. */
function summaryLine(result: LintResult, paint: Paint): string {
  const { summary } = result;
  const total = summary.errors + summary.warnings + summary.infos;
  const counts = [
    plural(summary.errors, "error"),
    plural(summary.warnings, "warning"),
    ...(summary.infos > 0 ? [`${summary.infos} info`] : []),
    ...(summary.suppressed > 0 ? [`${summary.suppressed} suppressed`] : []),
  ].join(", ");
  return total === 0
    ? paint(
        COLORS.bold,
        `✓ ${plural(summary.files, "file")} checked, no problems${summary.suppressed > 0 ? ` (${summary.suppressed} suppressed)` : ""}`,
      )
    : paint(COLORS.bold, `✖ ${plural(total, "problem")} (${counts}) in ${plural(summary.files, "file")}`);
}

/**
 * The default terminal format, as ESLint's: the findings grouped under each file's name, one line
 * each (`line:col  severity  message  rule-id`), then a summary line.
 */
export function formatStylish(result: LintResult, options: StylishOptions = { color: false }): string {
  const paint = painter(options.color);
  const byFile = groupBy(result.results, (f) => f.file);
  const blocks = [...byFile].map(([file, findings]) => {
    const width = maxOf(findings.map((f) => `${f.line}:${f.column}`.length));
    const rows = findings.map(
      (f) =>
        `  ${`${f.line}:${f.column}`.padEnd(width)}  ${severityLabel(f, paint)}  ${printable(f.message)}  ${paint(COLORS.dim, f.ruleId)}`,
    );
    return `${paint(COLORS.bold, printable(file))}\n${rows.join("\n")}\n`;
  });
  return `${blocks.length > 0 ? `${blocks.join("\n")}\n` : ""}${summaryLine(result, paint)}\n`;
}

/**
 * One line per finding, `file:line:col  severity  message  rule-id`, which editors and terminals
 * turn into links (the default layout until 0.2; the pre-commit hooks use it).
 */
export function formatCompact(result: LintResult, options: StylishOptions = { color: false }): string {
  const paint = painter(options.color);
  const lines = result.results.map(
    (f) =>
      `${printable(f.file)}:${f.line}:${f.column}  ${severityLabel(f, paint)}  ${printable(f.message)}  ${paint(COLORS.dim, f.ruleId)}`,
  );
  return `${lines.length > 0 ? `${lines.join("\n")}\n\n` : ""}${summaryLine(result, paint)}\n`;
}

export const stylish: Formatter = {
  description: "findings grouped under each file, line:col severity message rule-id (default)",
  format: (result, context) => formatStylish(result, { color: context.color }),
};

export const compact: Formatter = {
  description: "one line per finding, file:line:col severity message rule-id (links in editors and terminals)",
  format: (result, context) => formatCompact(result, { color: context.color }),
};
