import { FORMATTERS, type FormatContext, type LintResult } from "@dpa-lint/core";

/** github/codeql-action/upload-sarif refuses a run with more results than this. */
export const SARIF_RESULT_LIMIT = 25_000;

/**
 * The SARIF log for code scanning, from core's formatter. Beyond the upload limit it keeps the
 * first results (in file order) and says how many it left out, so that the upload still works.
 */
export function sarifForUpload(result: LintResult, context: FormatContext, limit = SARIF_RESULT_LIMIT): { text: string; omitted: number } {
  const omitted = Math.max(0, result.results.length - limit);
  const kept = omitted > 0 ? { ...result, results: result.results.slice(0, limit) } : result;
  return { text: FORMATTERS.sarif.format(kept, context), omitted };
}
