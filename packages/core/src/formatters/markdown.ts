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
    if (result.results.length > 0) {
      lines.push("| | location | rule | message | clause |", "|---|---|---|---|---|");
      const icon = { error: "❌", warning: "⚠️", info: "ℹ️" } as const;
      for (const f of result.results) {
        lines.push(`| ${icon[f.severity]} | \`${cell(f.file)}:${f.line}:${f.column}\` | \`${cell(f.ruleId)}\` | ${cell(f.message)} | ${cell(f.clause ?? "")} |`);
      }
      lines.push("");
    }
    return `${lines.join("\n")}`;
  },
};

function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
