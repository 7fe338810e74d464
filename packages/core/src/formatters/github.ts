import type { Finding, Severity } from "../findings/finding.js";
import type { Formatter } from "./types.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** GitHub workflow commands: one annotation per finding, escaped as the runner expects. */
export const github: Formatter = {
  description: "GitHub Actions workflow-command annotations (::error file=...)",
  format(result) {
    return result.results.map(annotation).join("");
  },
};

export function annotation(f: Finding): string {
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(f.ruleId)}`,
  ].join(",");
  return `::${COMMAND[f.severity]} ${props}::${escapeData(f.message + (f.clause ? ` (${f.clause})` : ""))}\n`;
}

// As @actions/core's command.ts: data escapes %, CR, LF; properties also : and ,.
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
