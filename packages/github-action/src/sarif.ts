import { FORMATTERS, type FormatContext, type LintResult } from "@dpa-lint/core";

/** github/codeql-action/upload-sarif refuses a run with more results than this. */
export const SARIF_RESULT_LIMIT = 25_000;

/**
 * The SARIF log for code scanning, from core's formatter. Beyond the upload limit it keeps the
 * first findings (in file order), then suppressed ones (which SARIF carries with their
 * justification), and says how many it left out, so that the upload still works.
 */
export function sarifForUpload(result: LintResult, context: FormatContext, limit = SARIF_RESULT_LIMIT): { text: string; omitted: number } {
  const results = result.results.slice(0, limit);
  const suppressed = result.suppressed.slice(0, limit - results.length);
  const omitted = result.results.length + result.suppressed.length - results.length - suppressed.length;
  return { text: FORMATTERS.sarif.format({ ...result, results, suppressed }, context), omitted };
}
