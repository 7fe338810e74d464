import { FORMATTERS, type FormatContext, type LintResult } from "@dpa-lint/core";

/** GitHub takes at most 1 MiB of job summary per step; keep a margin for what else is written. */
export const SUMMARY_LIMIT = 1024 * 1024 - 4096;

/**
 * The job summary: notes on where the rules came from, then core's Markdown summary. When every
 * finding does not fit in the limit, the table is cut and a last line says how many rows are
 * left out and where they are (the SARIF file, or a local run).
 */
export function jobSummary(result: LintResult, context: FormatContext, notes: readonly string[], limit = SUMMARY_LIMIT): string {
  const head = notes.length > 0 ? `${notes.map((n) => `> ${n}`).join("\n>\n")}\n\n` : "";
  const render = (shown: number): string => {
    const table = FORMATTERS.markdown.format({ ...result, results: result.results.slice(0, shown) }, context);
    const left = result.results.length - shown;
    const tail =
      left > 0
        ? `\n_${left} more ${left === 1 ? "finding is" : "findings are"} not listed here (GitHub limits a job summary to 1 MiB): see the SARIF file or run dpa-lint locally._\n`
        : "";
    return `${insertAfterHeading(table, head)}${tail}`;
  };
  let shown = result.results.length;
  let text = render(shown);
  while (Buffer.byteLength(text, "utf8") > limit && shown > 0) {
    // Rows are similar in size: scale down, then step until it fits.
    const ratio = limit / Buffer.byteLength(text, "utf8");
    shown = Math.min(shown - 1, Math.floor(shown * ratio * 0.98));
    text = render(Math.max(0, shown));
  }
  return text;
}

/** The notes go under the formatter's "## dpa-lint" heading. */
function insertAfterHeading(markdown: string, notes: string): string {
  if (!notes) return markdown;
  const end = markdown.indexOf("\n\n");
  return end < 0 ? `${markdown}\n\n${notes}` : `${markdown.slice(0, end + 2)}${notes}${markdown.slice(end + 2)}`;
}
