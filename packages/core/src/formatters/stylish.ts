import { printable } from "./printable.js";
import type { LintResult } from "../result.js";
import type { Formatter } from "./types.js";
import type { Finding } from "../findings/finding.js";
import { plural } from "./plural.js";

export interface StylishOptions {
  color: boolean;
}

const COLORS = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1 } as const;

/**
 * The default terminal format: one line per finding, `file:line:col  severity  message  rule-id`,
 * which editors and terminals turn into links, then a one-line summary.
 */
export function formatStylish(result: LintResult, options: StylishOptions = { color: false }): string {
  const paint = (code: number, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const sev = (f: Finding): string => {
    const label = f.severity.padEnd(7);
    return f.severity === "error"
      ? paint(COLORS.red, label)
      : f.severity === "warning"
        ? paint(COLORS.yellow, label)
        : paint(COLORS.blue, label);
  };
  const lines = result.results.map(
    (f) => `${printable(f.file)}:${f.line}:${f.column}  ${sev(f)}  ${printable(f.message)}  ${paint(COLORS.dim, f.ruleId)}`,
  );
  const { summary } = result;
  const total = summary.errors + summary.warnings + summary.infos;
  const counts = [
    plural(summary.errors, "error"),
    plural(summary.warnings, "warning"),
    ...(summary.infos > 0 ? [`${summary.infos} info`] : []),
    ...(summary.suppressed > 0 ? [`${summary.suppressed} suppressed`] : []),
  ].join(", ");
  const head =
    total === 0
      ? paint(
          COLORS.bold,
          `✓ ${plural(summary.files, "file")} checked, no problems${summary.suppressed > 0 ? ` (${summary.suppressed} suppressed)` : ""}`,
        )
      : paint(COLORS.bold, `✖ ${plural(total, "problem")} (${counts}) in ${plural(summary.files, "file")}`);
  return `${lines.length > 0 ? `${lines.join("\n")}\n\n` : ""}${head}\n`;
}

export const stylish: Formatter = {
  description: "one line per finding, file:line:col severity message rule-id (default)",
  format: (result, context) => formatStylish(result, { color: context.color }),
};
