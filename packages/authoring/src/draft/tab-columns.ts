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
const LIST_MARKER = new RegExp(`^\\s*(?:\\(?[\\dA-Za-z]{1,3}[.)]|${BULLET})\\s*\\t`);

/*
 * The work is done in typed arrays and in one string per row, not in arrays of cells per line: a
 * document of a hundred thousand lines would otherwise make the garbage collector's work, and so
 * the time, grow faster than the text.
 */

/** How many cells tabs set a line in: its runs of text between tabs (0 when it has no tab, or opens with a list marker). */
function cellCount(line: string): number {
  if (!line.includes("\t") || LIST_MARKER.test(line)) return 0;
  let cells = 0;
  let inCell = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 9) inCell = false;
    else if (c !== 32 && !inCell) {
      cells++;
      inCell = true;
    }
  }
  return cells >= 2 ? cells : 0;
}

/** For each line, the nearest non-blank line before it (step -1) or after it (step 1), or -1. */
export function nearestNonBlank(lines: readonly string[], step: -1 | 1): Int32Array {
  const out = new Int32Array(lines.length);
  let last = -1;
  for (let n = 0; n < lines.length; n++) {
    const k = step === -1 ? n : lines.length - 1 - n;
    out[k] = last;
    if (/\S/.test(lines[k] ?? "")) last = k;
  }
  return out;
}

export function tabColumnsAsRows(lines: readonly string[]): string[] {
  if (!lines.some((l) => l.includes("\t"))) return [...lines];
  const cells = new Int32Array(lines.length);
  for (let k = 0; k < lines.length; k++) cells[k] = cellCount(lines[k] ?? "");
  const before = nearestNonBlank(lines, -1);
  const after = nearestNonBlank(lines, 1);
  const count = (k: number): number => (k < 0 ? 0 : (cells[k] ?? 0));
  const row = new Uint8Array(lines.length);
  for (let k = 0; k < lines.length; k++) {
    const c = cells[k] ?? 0;
    row[k] = c > 0 && (c >= 3 || count(before[k] ?? -1) >= 2 || count(after[k] ?? -1) >= 2) ? 1 : 0;
  }
  // Sized once: an array grown line by line to this length is copied into ever larger ones.
  const out = new Array<string>(lines.length);
  let m = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] ?? "";
    if (!row[k]) {
      out[m++] = line;
      continue;
    }
    // A blank line between two rows goes: the table is one paragraph.
    if (row[before[k] ?? -1]) while (m > 0 && !/\S/.test(out[m - 1] ?? "x")) m--;
    // Its cells, trimmed, joined as the reader's tables are ("a\t \tb" is "a | b").
    out[m++] = line.trim().replace(/\s*\t\s*/g, " | ");
  }
  out.length = m;
  return out;
}
