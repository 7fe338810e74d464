import { BULLET } from "./document.js";

/**
 * Columns set with tabs, as rows of cells: a word processor's "table" typed with tab stops
 * ("Hetzner Online GmbH⇥Hosting⇥Germany"), or one pasted into a text file, has no table markup,
 * and its columns ran together into one line of words that names no sub-processor. Such lines
 * become " | "-separated cells, as the reader reads every other table, and the blank lines
 * between consecutive rows go (a table is one paragraph).
 *
 * A line is a row when it has three or more cells, or two when the line before or after it (past
 * blank lines) has two or more; a tab after a list marker ("1.⇥The Processor shall ...") or at a
 * line's start (indentation) separates no cells.
 */
const LIST_MARKER = new RegExp(`^(?:\\(?[\\dA-Za-z]{1,3}[.)]|${BULLET})$`);

/** A line's cells, when tabs set it in two or more columns. */
function tabCells(line: string): string[] | undefined {
  if (!line.includes("\t")) return undefined;
  const cells = line
    .split(/\t+/)
    .map((c) => c.trim())
    .filter(Boolean);
  return cells.length >= 2 && !LIST_MARKER.test(cells[0] ?? "") ? cells : undefined;
}

/** For each line, the nearest non-blank line before it (step -1) or after it (step 1). */
function nearestNonBlank(lines: readonly string[], step: -1 | 1): Array<number | undefined> {
  const out: Array<number | undefined> = [];
  let last: number | undefined;
  for (let n = 0; n < lines.length; n++) {
    const k = step === -1 ? n : lines.length - 1 - n;
    out[k] = last;
    if ((lines[k] ?? "").trim() !== "") last = k;
  }
  return out;
}

export function tabColumnsAsRows(lines: readonly string[]): string[] {
  if (!lines.some((l) => l.includes("\t"))) return [...lines];
  const cells = lines.map(tabCells);
  const before = nearestNonBlank(lines, -1);
  const after = nearestNonBlank(lines, 1);
  const count = (k: number | undefined): number => (k === undefined ? 0 : (cells[k]?.length ?? 0));
  const row = cells.map((c, k) => c !== undefined && (c.length >= 3 || count(before[k]) >= 2 || count(after[k]) >= 2));
  const out: string[] = [];
  for (const [k, line] of lines.entries()) {
    if (!row[k]) {
      out.push(line);
      continue;
    }
    // A blank line between two rows goes: the table is one paragraph.
    if (row[before[k] ?? -1]) while (out.length > 0 && out[out.length - 1]?.trim() === "") out.pop();
    out.push((cells[k] as string[]).join(" | "));
  }
  return out;
}
