import { legalFactsLine, policiesLine } from "./legal-facts.js";
import { markdownCode, markdownText } from "./markdown-escape.js";
import type { LintResult } from "../result.js";
import type { Formatter } from "./types.js";

/** A summary for a pull-request comment or a job summary. */
export const markdown: Formatter = {
  description: "Markdown summary for a pull request comment or job summary",
  format(result) {
    const { summary } = result;
    const lines = [
      "## dpa-lint",
      "",
      `${summary.files} ${summary.files === 1 ? "file" : "files"} checked: **${summary.errors}** ${summary.errors === 1 ? "error" : "errors"}, **${summary.warnings}** ${summary.warnings === 1 ? "warning" : "warnings"}, ${summary.infos} info, ${summary.suppressed} suppressed.`,
      "",
    ];
    const judged = legalFactsLine(result.legalFacts);
    if (judged) lines.push(`_${judged}_`, "");
    const policies = policiesLine(result.policies);
    if (policies) lines.push(`_${markdownText(policies)}_`, "");
    if (result.results.length > 0) {
      lines.push("| | location | rule | message | clause |", "|---|---|---|---|---|");
      const icon = { error: "❌", warning: "⚠️", info: "ℹ️" } as const;
      for (const f of result.results) {
        lines.push(
          `| ${icon[f.severity]} | ${markdownCode(`${f.file}:${f.line}:${f.column}`)} | ${markdownCode(f.ruleId)} | ${markdownText(f.message)} | ${markdownText(f.clause ?? "")} |`,
        );
      }
      lines.push("");
    }
    return `${lines.join("\n")}${suppressedSection(result)}`;
  },
};

const SUPPRESSED_ROWS = 100;

/**
 * Suppressed findings, folded under the table: reviewers see what inline comments and the
 * baseline hide (the first hundred, then a count).
 */
function suppressedSection(result: LintResult): string {
  const all = result.suppressed;
  if (all.length === 0) return "";
  const rows = all
    .slice(0, SUPPRESSED_ROWS)
    .map(
      (f) =>
        `| ${markdownCode(`${f.file}:${f.line}:${f.column}`)} | ${markdownCode(f.ruleId)} | ${f.suppression.kind} | ${markdownText(f.suppression.reason)}${f.suppression.until ? ` (until ${markdownText(f.suppression.until)})` : ""} |`,
    );
  const more = all.length > SUPPRESSED_ROWS ? `\n_and ${all.length - SUPPRESSED_ROWS} more._\n` : "";
  return `\n<details><summary>${all.length} suppressed ${all.length === 1 ? "finding" : "findings"}</summary>\n\n| location | rule | by | reason |\n|---|---|---|---|\n${rows.join("\n")}\n${more}\n</details>\n`;
}
