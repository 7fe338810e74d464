import { nearestNonBlank } from "./tab-columns.js";

/**
 * Columns set with spaces, as tabs: a table in a text file typed with spaces or exported from a
 * PDF with its layout ("Amazon Web Services EMEA SARL   Hosting        Ireland") has no table
 * markup, and its columns run together into one line of words that names no sub-processor. A
 * line is such a row when it has a run of three or more spaces between words and its nearest
 * non-blank line before or after it has one too, a column starting at the same place: a
 * justified paragraph's wide gaps do not line up from one line to the next. Those runs become
 * tabs, which tabColumnsAsRows reads as cells.
 */
export function spaceColumnsAsTabs(lines: readonly string[]): string[] {
  if (!lines.some((l) => GAP_TEST.test(l))) return [...lines];
  const starts = lines.map(columnStarts);
  const before = nearestNonBlank(lines, -1);
  const after = nearestNonBlank(lines, 1);
  const lined = (k: number, other: number): boolean => other >= 0 && aligned(starts[k] ?? [], starts[other] ?? []);
  return lines.map((line, k) =>
    (starts[k]?.length ?? 0) > 0 && (lined(k, before[k] ?? -1) || lined(k, after[k] ?? -1)) ? line.replace(GAP, "$1\t") : line,
  );
}

/** A run of three or more spaces between two words (not a line's indentation). */
const GAP = /(\S) {3,}(?=\S)/g;
const GAP_TEST = /\S {3,}\S/;

/** Where the columns after a line's gaps start; none in a pipe table's row (its padding is no column). */
function columnStarts(line: string): number[] {
  const out: number[] = [];
  if (line.includes("|")) return out;
  for (const m of line.matchAll(GAP)) out.push((m.index ?? 0) + m[0].length);
  return out;
}

/** Whether two lines have a column starting at the same place (one character either way). */
function aligned(a: readonly number[], b: readonly number[]): boolean {
  return a.some((x) => b.some((y) => Math.abs(x - y) <= 1));
}
