import type { Finding } from "../findings/finding.js";
import type { Formatter } from "./types.js";

/** The spec's `--format json` (docs/cli-and-output-v1.md): stable key order, sorted results. */
export const json: Formatter = {
  description: "machine-readable results, suppressed findings and summary (spec: --format json)",
  format(result) {
    const out = {
      version: 1,
      results: result.results.map(publicFields),
      suppressed: result.suppressed.map((f) => ({ ...publicFields(f), suppression: f.suppression })),
      summary: result.summary,
      ...(result.legalFacts ? { legalFacts: result.legalFacts } : {}),
      ...(result.policies ? { policies: result.policies } : {}),
    };
    return `${JSON.stringify(out, null, 2)}\n`;
  },
};

/** The fields the spec lists, in its order; internal ones (document index, quote) stay out. */
export function publicFields(f: Finding): Record<string, unknown> {
  return {
    file: f.file,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path,
    ...(f.dpa ? { dpa: f.dpa } : {}),
    ...(f.clause ? { clause: f.clause } : {}),
    ...(f.docsUrl ? { docsUrl: f.docsUrl } : {}),
  };
}
