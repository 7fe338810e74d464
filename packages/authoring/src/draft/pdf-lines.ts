/**
 * A PDF page's text items as lines of text: one line per baseline, a table row as " | "-separated
 * cells (as HTML and Markdown tables are read), a blank line where a vertical gap ends a paragraph.
 *
 * Tables are the hard part. A PDF draws a table cell by cell, so its text comes column by column
 * ("Active Campaign, LLC", "d/b/a Postmark", then "Communication with ...", "of the Services"),
 * and a cell that wraps puts one row on several baselines. Three steps rebuild the rows:
 *  1. a piece that goes back up to a baseline a few lines above, right of where that line ends,
 *     is that line's next cell (the window is short, so a page set in two columns of prose keeps
 *     its columns apart);
 *  2. in a run of rows, a gap between pieces counts as a cell border only where other rows have
 *     a cell starting too (a justified line's wide spaces do not);
 *  3. in a run of rows whose rows are set apart by more space than the lines within them, a line
 *     close under a row is that row's wrapped continuation, joined to it cell by cell.
 */

import { BULLET } from "./document.js";
import { filledBlanks, type PdfItem } from "./pdf-blanks.js";
import { inReadingOrder } from "./pdf-reading-order.js";
import { appendAll } from "@dpa-lint/core";

export type { PdfItem } from "./pdf-blanks.js";

/**
 * A horizontal gap wider than this many font sizes between two pieces of one line separates table
 * cells; a word space is a quarter of one.
 */
const CELL_GAP = 1.5;
/** Less than this many font sizes between two pieces of a line: one word (see touching). */
const WORD_GAP = 0.1;
/** A word space is about a quarter of the font size; this is more than any. */
const WORD_SPACE = 0.6;
/** More than this many font sizes between two baselines: a paragraph break. */
const PARAGRAPH_GAP = 1.8;
/** How many lines back a piece that goes up the page may join (step 1). */
const CELL_LOOKBACK = 8;
/**
 * How many lines back it may join when every line since starts right of that line (a table
 * cell's wrapped lines, drawn before the next cell of its row), and how far down a column that
 * went back up goes on joining the lines there (step 1).
 */
const CELL_REACH = 64;
/** Two cells start in one column when their left edges are this many points apart or less. */
const COLUMN_SLACK = 3;
/** Rows run on while the next baseline is at most this many font sizes lower. */
const ROW_RUN_GAP = 3.2;
/** Lines this much farther apart than a table's closest two are separate rows (step 3). */
const ROW_SPACING = 1.5;

interface Piece {
  x: number;
  /** Where the piece ends, when pdf.js says (blank pieces leave it undefined: see cellsOf). */
  end: number | undefined;
  str: string;
  /** Its font size. */
  size: number;
  /** Drawn after lines below it, right of where its own line ends: a new cell (step 1). */
  cell?: boolean;
}

interface Line {
  y: number;
  size: number;
  pieces: Piece[];
  /** A vertical gap came before this line (a paragraph break, unless both lines are table rows). */
  gapBefore: boolean;
  /** Where the leftmost line so far on the page starts, this one included: the page's left edge. */
  margin: number;
  /** A piece went back up the page to this line as a cell of its own (step 1): a table's row. */
  row?: boolean;
}

interface Cell {
  x: number;
  text: string;
  /**
   * The cell starts after a gap wider than a word space but narrower than a cell border: a cell
   * only where the table has a column starting there (step 2), else words of the cell before.
   */
  soft?: boolean;
}

interface Row {
  y: number;
  size: number;
  cells: Cell[];
  gapBefore: boolean;
  /** A row of a table whose rows are set farther apart than their lines (step 3): no prose column. */
  spaced?: boolean;
  /** Its cells are set apart by gaps all alike and a few word spaces wide: a justified line's words. */
  justified?: boolean;
  /**
   * Many of its words are set apart alike, a little wider than a word space (proseGaps): a line of
   * justified prose drawn word by word, whose words may fall under the words of the next line by
   * chance and look like columns. No table row.
   */
  prose?: boolean;
}

/** The page's lines of text; `count` is told the length of every piece read (the text budget). */
export function pageLines(items: readonly PdfItem[], count: (n: number) => void): string[] {
  return pageTextAndNotes(items, count).lines;
}

/**
 * A page's lines (pageLines) and its footnotes apart: lines at the page's foot, set smaller than
 * its text, each opening with a note's mark ("1 Within the meaning of Article 4(12) GDPR."), and
 * a line in lower case going on with one. Left where they are, they stand between a sentence the
 * page break cut and its end on the next page; the reader puts them after the last page.
 */
export function pageTextAndNotes(
  items: readonly PdfItem[],
  count: (n: number) => void,
  before?: TableCarry,
): { lines: string[]; notes: string[]; table?: TableCarry } {
  const tables: { before?: TableCarry; after?: TableCarry } = before ? { before } : {};
  const drawn = inReadingOrder(gatherLines(filledBlanks(items), count), PARAGRAPH_GAP);
  const all = columnsApart(tableRows(drawn.map(cellsOf).map(markerJoined), tables));
  const body = bodySize(all);
  const { rows: noteRows, notes } = footnotesOf(all, body);
  const rows = all.filter((r) => !noteRows.has(r));
  const out: string[] = [];
  let previousRow = false;
  let previousHeading = false;
  // A line of a table: of several cells, beside another such (a line of two prose columns that
  // step 1 set side by side, alone among lines of one, is no table).
  const several = rows.map((r) => r.cells.length > 1);
  const inTable = several.map((s, i) => s && (several[i - 1] === true || several[i + 1] === true));
  let tableLeft = 0;
  for (const [i, row] of rows.entries()) {
    const text = row.cells
      .map((c) => c.text.trim())
      .join(" | ")
      .trim();
    const isRow = several[i] === true;
    const heading = !isRow && headingLine(text, row.size, body);
    if (heading && previousHeading && !row.gapBefore) {
      // A heading wrapped over two lines is one.
      out[out.length - 1] += ` ${text}`;
      continue;
    }
    // A table is its own paragraph: it starts after a line that ends a sentence or introduces it,
    // and ends before a line set at its left edge or left of it (one starting in a later column
    // is a wrapped cell's line step 3 did not join).
    if (inTable[i] && !inTable[i - 1]) tableLeft = row.cells[0]?.x ?? 0;
    const tableEdge = inTable[i]
      ? !inTable[i - 1] && /[.:;!?]$/.test(out[out.length - 1] ?? "")
      : inTable[i - 1] === true && (row.cells[0]?.x ?? 0) <= tableLeft + COLUMN_SLACK;
    if ((row.gapBefore && !(previousRow && isRow)) || heading || previousHeading || tableEdge) out.push("");
    out.push(heading ? `## ${text}` : text);
    previousRow = isRow;
    previousHeading = heading;
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  const lines = out.filter((l, i, kept) => l !== "" || (i > 0 && kept[i - 1] !== ""));
  return tables.after ? { lines, notes, table: tables.after } : { lines, notes };
}

/**
 * A table a page ends with, as the next page may go on with it: where its columns start, and how
 * far apart its rows are set at least (more than the lines within a row).
 */
export interface TableCarry {
  columns: number[];
  apart: number;
}

/** At most this many lines (a running footer, a page number) after a table that goes on overleaf. */
const AFTER_TABLE = 3;

/** A footnote is set at most this much of the page's text size. */
const NOTE_SIZE = 0.9;
/** A footnote's opening mark: a number of one or two digits, superscript digits or asterisks, then a capital. */
const NOTE_MARK = /^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\*{1,2})\s*\p{Lu}/u;

/**
 * A page's footnotes (see pageTextAndNotes), among the single-cell small rows that end it: their
 * rows, and each note's text with its lines together (a line in lower case goes on with the note).
 */
function footnotesOf(rows: readonly Row[], body: number): { rows: Set<Row>; notes: string[] } {
  const found = { rows: new Set<Row>(), notes: [] as string[] };
  const small = (r: Row | undefined): boolean => r !== undefined && r.size <= body * NOTE_SIZE && r.cells.length === 1;
  let foot = rows.length;
  while (foot > 0 && small(rows[foot - 1])) foot--;
  // Only below the page's text: a page all in small type has no footnotes told apart.
  if (body <= 0 || foot === 0) return found;
  let inNote = false;
  for (const row of rows.slice(foot)) {
    const text = row.cells[0]?.text.trim() ?? "";
    const opens = NOTE_MARK.test(text);
    inNote = opens || (inNote && /^\p{Ll}/u.test(text));
    if (!inNote) continue;
    found.rows.add(row);
    if (opens) found.notes.push(text);
    else found.notes[found.notes.length - 1] += `\n${text}`;
  }
  return found;
}

/** A line set this much larger than the page's text is a heading. */
const HEADING_SIZE = 1.15;

/** The font size most of the page's text is set in (by characters), the body's. */
function bodySize(rows: readonly Row[]): number {
  const chars = new Map<number, number>();
  for (const r of rows) {
    const key = Math.round(r.size * 2) / 2;
    chars.set(key, (chars.get(key) ?? 0) + r.cells.reduce((n, c) => n + c.text.length, 0));
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best;
}

/**
 * Whether a line is a heading by its type: larger than the page's text, short, with letters and
 * no closing stop. It is marked as Markdown marks one ("## Data Breach Notification"), so a
 * heading without a number sets the section the paragraphs under it are read in, as a DOCX's
 * heading styles and HTML's headings do.
 */
function headingLine(text: string, size: number, body: number): boolean {
  return body > 0 && size >= body * HEADING_SIZE && text.length <= 100 && /\p{L}/u.test(text) && !/[.;:,]$/.test(text);
}

/** A column of prose: at least this many lines side by side with another column... */
const PROSE_LINES = 4;
/** ...its lines this long on average (a table's last column holds a country, a short purpose)... */
const PROSE_LENGTH = 40;

/**
 * Step 4: a page set in two columns of prose where the left one is drawn line by line with the
 * right (so step 1 made them one table): rows of several cells whose last cells, in one column,
 * are long and run on from line to line without ending a sentence ("... without undue delay — and
 * within", "72 hours — of becoming aware ..."). That column is set after the rows as paragraph
 * lines of its own; what is left of each row stays as it was. A table whose rows are set farther
 * apart than their lines (step 3 joined them) is none, however its last column reads.
 */
function columnsApart(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    const x = rows[i]?.cells.at(-1)?.x ?? NaN;
    const inColumn = (r: Row): boolean => r.cells.length > 1 && !r.spaced && near(r.cells.at(-1)?.x ?? NaN, x);
    while (j < rows.length && inColumn(rows[j] as Row)) j++;
    const run = rows.slice(i, j);
    if (run.length >= PROSE_LINES && proseColumn(run.map((r) => (r.cells.at(-1) as Cell).text.trim()))) {
      appendAll(
        out,
        run.map((r) => ({ ...r, cells: r.cells.slice(0, -1) })),
      );
      run.forEach((r, k) => out.push({ ...r, cells: [r.cells.at(-1) as Cell], gapBefore: k === 0 }));
      i = j;
    } else {
      // Each row is looked at once: a run that is no prose column passes through whole.
      appendAll(out, rows.slice(i, Math.max(j, i + 1)));
      i = Math.max(j, i + 1);
    }
  }
  return out;
}

/**
 * Whether a column's lines read as prose: long on average, and half of them or more go on into the
 * next line, which takes up the sentence in lower case or with a number ("... and within", "72
 * hours — of ..."). A table's cells each open with a capital, however long they are.
 */
function proseColumn(lines: readonly string[]): boolean {
  const average = lines.reduce((n, l) => n + l.length, 0) / lines.length;
  const runOn = lines.slice(1).filter((l, k) => !/[.;:!?]$/.test(lines[k] ?? "") && /^[\p{Ll}\d–—-]/u.test(l)).length;
  return average >= PROSE_LENGTH && runOn >= (lines.length - 1) / 2;
}

/** Step 1: pieces gathered into lines, in the order the page draws them. */
function gatherLines(items: readonly PdfItem[], count: (n: number) => void): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  let currentAt = -1;
  // The column the last piece went back up the page into (or went on with, on the line it went up
  // to): where that piece starts and the line it joined.
  let column: { x: number; at: number } | undefined;
  for (const item of items) {
    count(item.str.length + 1);
    const y = item.transform[5] ?? 0;
    const x = item.transform[4] ?? 0;
    const size = Math.abs(item.transform[3] ?? 10) || 10;
    const piece: Piece = {
      x,
      end: item.width !== undefined && item.str.trim() !== "" ? x + item.width : undefined,
      str: item.str.replace(/\|/g, "/"),
      size,
    };
    const led = item.str.trim() === "" ? undefined : markedLine(lines, piece, y);
    if (led) {
      led.pieces.unshift(piece);
      continue;
    }
    if (current && Math.abs(y - current.y) <= size / 2) {
      // A cell that starts on a line above the last (the row's last cell, after one that went up).
      if (currentAt < lines.length - 1 && piece.str.trim() !== "" && endsBefore(current, x, size)) column = { x, at: currentAt };
      current.pieces.push(piece);
      continue;
    }
    // A blank piece on a baseline of its own carries nothing (pdf.js ends lines with empty ones).
    if (item.str.trim() === "") continue;
    const at =
      (column && near(x, column.x) ? columnGoesOn(lines, column.at, y, x, size) : undefined) ??
      cellOf(lines, y, x, size, current !== undefined && y > current.y + size / 2);
    const earlier = at === undefined ? undefined : lines[at];
    if (at !== undefined && earlier) {
      earlier.pieces.push({ ...piece, cell: true });
      earlier.row = true;
      [current, currentAt] = [earlier, at];
      column = { x, at };
      continue;
    }
    column = undefined;
    currentAt = lines.length;
    const lowest = lines[lines.length - 1];
    current = {
      y,
      size,
      pieces: [piece],
      gapBefore: lowest !== undefined && Math.abs(y - lowest.y) > size * PARAGRAPH_GAP,
      margin: Math.min(x, lowest?.margin ?? x),
    };
    lines.push(current);
  }
  return lines;
}

/**
 * The recent line a list item's marker drawn after its text belongs to: on the marker's baseline,
 * starting just right of where the marker ends ("1." at the margin, drawn after the item's lines
 * at the indent, as WeasyPrint draws an ordered list; a list's bullets after all its items). Put
 * before the line's text, it opens the item; left where it was drawn, it stood alone on a line of
 * its own after the item.
 */
function markedLine(lines: readonly Line[], piece: Piece, y: number): Line | undefined {
  if (piece.end === undefined || !MARKER.test(piece.str.trim())) return undefined;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - CELL_REACH); i--) {
    const line = lines[i] as Line;
    if (Math.abs(line.y - y) > piece.size / 2) continue;
    const start = line.pieces[0]?.x ?? -Infinity;
    return start >= piece.end && start - piece.end <= piece.size * MARKER_GAP ? line : undefined;
  }
  return undefined;
}

/** A marker drawn after its item stands at most this many font sizes left of the item's text. */
const MARKER_GAP = 3;

/** Whether a line ends left of `x` by more than a word space: a piece at `x` is a cell after it. */
function endsBefore(line: Line, x: number, size: number): boolean {
  const end = lastEnd(line);
  return end !== undefined && x - end > size * WORD_SPACE;
}

/**
 * The index of a recent line on baseline `y` that ends left of `x` by more than a word space:
 * where a piece drawn after other lines belongs (text never leaves a line to go on with it later).
 * Within CELL_LOOKBACK lines, any; farther back, up to CELL_REACH, only for a piece that goes back
 * up the page (`up`) when every line since starts right of the page's left edge (a row's tall
 * cells, their wrapped lines drawn before the next cell goes back up to the row's top), or when a
 * cell went back up to that line already (a row, its first column wrapped at the margin). A page
 * of two prose columns, the left drawn whole first, has its lines start at the margin and no cell
 * on its lines; the right one's next line down is no cell of the left's; both keep their columns
 * apart.
 */
function cellOf(lines: readonly Line[], y: number, x: number, size: number, up: boolean): number | undefined {
  let leftmost = Infinity;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - (up ? CELL_REACH : CELL_LOOKBACK)); i--) {
    const line = lines[i] as Line;
    if (Math.abs(line.y - y) <= size / 2) {
      const reach = lines.length - i <= CELL_LOOKBACK || leftmost > line.margin + COLUMN_SLACK || line.row === true;
      return reach && endsBefore(line, x, size) ? i : undefined;
    }
    leftmost = Math.min(leftmost, line.pieces[0]?.x ?? 0);
  }
  return undefined;
}

/**
 * A piece under the last one that went back up the page, in its column: the next line down there
 * that it ends right of (a cell's second line and on), looked for among the lines drawn after the
 * one the column last joined (CELL_REACH of them at most).
 */
function columnGoesOn(lines: readonly Line[], from: number, y: number, x: number, size: number): number | undefined {
  const above = lines[from]?.y ?? -Infinity;
  if (y >= above) return undefined;
  for (let i = from + 1; i < Math.min(lines.length, from + 1 + CELL_REACH); i++) {
    const line = lines[i] as Line;
    if (Math.abs(line.y - y) <= size / 2) return endsBefore(line, x, size) ? i : undefined;
  }
  return undefined;
}

function lastEnd(line: Line): number | undefined {
  for (let i = line.pieces.length - 1; i >= 0; i--) {
    const end = line.pieces[i]?.end;
    if (end !== undefined) return end;
  }
  return undefined;
}

/**
 * A line's pieces as cells: a new cell where a piece starts far right of the last one's end, else
 * a space between pieces unless one is there or they touch (a word a PDF split where it kerns).
 */
function cellsOf(line: Line): Row {
  const cells: Cell[] = [];
  // A cell as parts joined once, and its last character kept apart: appending to a string and
  // asking it how it ends flattened the whole line every time (a page on one baseline was quadratic).
  let parts: string[] = [];
  let x = line.pieces[0]?.x ?? 0;
  let last = "";
  let end: number | undefined;
  let soft = false;
  // The gaps that set cells apart on this line, and whether a cell came back up to it (step 1).
  const gaps: number[] = [];
  let cameUp = false;
  const endCell = (): void => {
    cells.push(soft ? { x, text: parts.join(""), soft } : { x, text: parts.join("") });
    parts = [];
    last = "";
  };
  for (const piece of line.pieces) {
    const blank = piece.str.trim() === "";
    const gap = end === undefined ? 0 : piece.x - end;
    if (last !== "" && !blank && (piece.cell || gap > line.size * WORD_SPACE)) {
      endCell();
      if (piece.cell) cameUp = true;
      else gaps.push(gap);
      x = piece.x;
      soft = !piece.cell && gap <= line.size * CELL_GAP;
    } else if (last !== "" && last !== " " && !piece.str.startsWith(" ") && !touching(end, piece.x, line.size)) {
      parts.push(" ");
      last = " ";
    }
    if (piece.str !== "") {
      if (parts.length === 0 && blank) continue;
      parts.push(piece.str);
      last = piece.str[piece.str.length - 1] as string;
    }
    if (piece.end !== undefined) end = piece.end;
  }
  endCell();
  const kept = cells.filter((c, i) => i === 0 || c.text.trim() !== "");
  // A justified line with few words spreads them wider apart than a word space, every gap alike
  // and within a few spaces; a table's cells are set apart by gaps as different as their texts'
  // lengths (or alike by chance, then wide: "Bridge by BPCE", 41 points, "Connexion DSP2 ...").
  const widest = gaps.reduce((n, g) => Math.max(n, g), -Infinity);
  const justified = !cameUp && gaps.length >= 2 && widest <= line.size * JUSTIFIED_GAP && widest - least(gaps) <= JUSTIFIED_SLACK;
  const size = mainSize(line);
  const row: Row = { y: line.y, size, cells: kept, gapBefore: line.gapBefore };
  if (justified) row.justified = true;
  if (!cameUp && proseGaps(gaps, line.size)) row.prose = true;
  return row;
}

/** A line of prose drawn word by word has this many gaps wider than a word space at least... */
const PROSE_GAPS = 4;
/** ...three in four of them alike within this many points... */
const PROSE_SLACK = 1;
const PROSE_ALIKE = 0.75;

/**
 * Whether a line's gaps are a justified line's, drawn word by word: many, most of them alike and
 * a few word spaces wide, none wider than two of them (a sentence's end, a double space: "(the",
 * "“Agreement”).", "You" at 7.7, 8.1 and 15.7 points). A table's columns are set apart by gaps as
 * different as their cells' texts.
 */
function proseGaps(gaps: readonly number[], size: number): boolean {
  if (gaps.length < PROSE_GAPS) return false;
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  if (median > size * JUSTIFIED_GAP) return false;
  const alike = gaps.filter((g) => Math.abs(g - median) <= PROSE_SLACK).length;
  return alike >= gaps.length * PROSE_ALIKE && (sorted.at(-1) as number) <= median * 2 + PROSE_SLACK;
}

/**
 * The font size most of a line's characters are set in. Not its first piece's: a clause number
 * set larger than its text ("9.3" at 12 points, "Customer shall give ..." at 10) made a line of
 * body text a heading, and the sentence it opens was cut in two there.
 */
function mainSize(line: Line): number {
  const chars = new Map<number, number>();
  for (const p of line.pieces) chars.set(p.size, (chars.get(p.size) ?? 0) + p.str.trim().length);
  let best = line.size;
  let most = 0;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best;
}

/** How many points the gaps between the words of a justified line differ at most... */
const JUSTIFIED_SLACK = 0.5;
/** ...and how many font sizes wide they are at most (a word space is a quarter of one). */
const JUSTIFIED_GAP = 2.5;

/** A list item's or a clause's number set apart from its text: a bullet, "1.", "a)", "(iv)", "8.1", "§ 9". */
const MARKER = new RegExp(`^(?:${BULLET}|\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\\d{1,3}(?:\\.\\d{1,3})+\\.?|§\\s*\\d{1,3}[a-z]?)$`, "i");

/**
 * A row whose first cell is only a list item's marker or a clause's number, drawn apart from the
 * text ("•", then "Hetzner Online GmbH ..." at the indent; "8.1", then the clause): one line of a
 * list or a clause, not a table of two columns (a run of such items read as a table had its items
 * joined as one row's wrapped lines).
 */
function markerJoined(row: Row): Row {
  const [marker, text, ...rest] = row.cells;
  if (!marker || !text || !MARKER.test(marker.text.trim())) return row;
  return { ...row, cells: [{ x: marker.x, text: `${marker.text.trim()} ${text.text.trimStart()}` }, ...rest] };
}

/**
 * Whether a piece starts where the last one ended: two pieces of one word ("opportunit", "y"), as
 * a PDF splits words where it kerns them, not two words (a space is a quarter of the font size).
 */
function touching(end: number | undefined, x: number, size: number): boolean {
  return end !== undefined && Math.abs(x - end) < size * WORD_GAP;
}

/** Steps 2 and 3, over each run of rows; other lines pass through. */
function tableRows(lines: readonly Row[], tables: { before?: TableCarry; after?: TableCarry }): Row[] {
  const out: Row[] = [];
  let first = true;
  for (let i = 0; i < lines.length;) {
    const run = tableRun(lines, i);
    if (run.length < 2) {
      out.push(solid(lines[i] as Row));
      i++;
      continue;
    }
    // The page's first table goes on with the one the page before ended with when a cell of its
    // first line starts in a column of that one (two at least, or the only one).
    const before = first && tables.before && sameColumns(run[0] as Row, tables.before) ? tables.before : undefined;
    const rows = withColumns(run, before?.columns);
    const apart = rowsApart(rows) ?? before?.apart;
    appendAll(out, apart === undefined ? evenRows(rows) : joinWrapped(rows, apart).map((r) => ({ ...r, spaced: true })));
    first = false;
    i += run.length;
    if (i >= lines.length - AFTER_TABLE && apart !== undefined) {
      // Where its rows of several cells start cells, each place once (a long table repeats them).
      const columns = new Set(rows.filter((r) => hardCells(r) > 1).flatMap((r) => r.cells.map((c) => c.x)));
      tables.after = { columns: [...columns], apart };
    }
  }
  return out;
}

/** Whether a line has cells starting in a table's columns: two, or every one when it has fewer. */
function sameColumns(line: Row, table: TableCarry): boolean {
  const inColumns = line.cells.filter((c) => table.columns.some((x) => near(x, c.x))).length;
  return inColumns >= Math.min(2, line.cells.length);
}

/** How many cells a row has that start at a cell border (soft ones aside). */
const hardCells = (row: Row): number => row.cells.filter((c, i) => i === 0 || !c.soft).length;

/**
 * A row outside any table: its soft cells are words of the cell before them, and so are all its
 * cells when it is a justified line (a few long words spread over the line wider than a cell's gap).
 */
function solid(row: Row): Row {
  const words = row.justified === true || row.prose === true;
  return row.cells.some((c) => c.soft) || words ? mergeCells(row, (cell) => cell.soft === true || words) : row;
}

/** The row with each cell `intoPrevious` says is no cell of its own joined to the cell before it. */
function mergeCells(row: Row, intoPrevious: (cell: Cell) => boolean): Row {
  const groups: { x: number; texts: string[] }[] = [];
  for (const cell of row.cells) {
    const previous = groups[groups.length - 1];
    if (previous && intoPrevious(cell)) previous.texts.push(cell.text);
    else groups.push({ x: cell.x, texts: [cell.text] });
  }
  return { ...row, cells: groups.map((g) => ({ x: g.x, text: joinedText(g.texts) })) };
}

/**
 * Cells' texts run on into one, a space between; a word a cell broke at its line's end joined
 * again, as pdf-pages.ts's withoutHyphenation joins a page's lines ("payment-" / "card"). Joined
 * once from parts: appending to the growing text and trimming it flattened the whole of it on every
 * join (a line of many soft cells was quadratic).
 */
function joinedText(texts: readonly string[]): string {
  const parts: string[] = texts.length > 0 ? [texts[0] as string] : [];
  for (const text of texts.slice(1)) {
    trimPartsEnd(parts);
    const tail = text.trimStart();
    const last = parts[parts.length - 1];
    // Three code units: a letter outside the Basic Multilingual Plane takes two.
    if (last !== undefined && /\p{L}[-\u00ad]$/u.test(lastUnits(parts, 3)) && /^\p{Ll}/u.test(tail)) {
      parts[parts.length - 1] = last.slice(0, -1);
      parts.push(tail);
    } else parts.push(" ", tail);
  }
  return parts.join("");
}

/** The parts with the whitespace at their end taken off (each part trimmed while it is the last). */
function trimPartsEnd(parts: string[]): void {
  while (parts.length > 0) {
    const trimmed = (parts[parts.length - 1] as string).trimEnd();
    if (trimmed !== "") {
      parts[parts.length - 1] = trimmed;
      return;
    }
    parts.pop();
  }
}

/** The last `n` code units of the parts' text, read from its end. */
function lastUnits(parts: readonly string[], n: number): string {
  let end = "";
  for (let i = parts.length - 1; i >= 0 && end.length < n; i--) end = (parts[i] as string) + end;
  return end.slice(-n);
}

/**
 * The run of lines from `start` that forms one table: it starts at a line of several cells and
 * goes on while the next line is close below and has several cells, or starts in a column.
 */
function tableRun(lines: readonly Row[], start: number): Row[] {
  const first = lines[start] as Row;
  if (hardCells(first) < 2 && !headerOver(first, lines[start + 1])) return [first];
  const run = [first];
  const columns = new Starts();
  for (const c of first.cells) columns.add(c.x);
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] as Row;
    const previous = run[run.length - 1] as Row;
    if (previous.y - line.y > line.size * ROW_RUN_GAP || previous.y <= line.y) break;
    const several = hardCells(line) > 1;
    if (!several && !line.cells.every((c) => columns.near(c.x) > 0)) break;
    run.push(line);
    if (several) for (const c of line.cells) columns.add(c.x);
  }
  return run;
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= COLUMN_SLACK;

/**
 * Whether a line whose cells are only a little apart heads the table below it: the next line,
 * close under it, has cells set wide apart, and a cell starts there under each of the line's
 * ("Subprocessor  Purpose" over "StaxBill      Billing and Payment Processing": a narrow first
 * column leaves its header's words a word space or two apart).
 */
function headerOver(line: Row, next: Row | undefined): boolean {
  if (!next || line.cells.length < 2 || hardCells(next) < 2) return false;
  if (line.y - next.y > next.size * ROW_RUN_GAP || line.y <= next.y) return false;
  return line.cells.every((c) => !c.soft || next.cells.some((n) => near(n.x, c.x)));
}

/**
 * Where a run's cells start, counted by the point: asking how many start near an x costs a few
 * lookups, however long the table (a list of them made a long table quadratic).
 */
class Starts {
  private readonly counts = new Map<number, number>();
  add(x: number): void {
    const key = Math.round(x);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  /** How many cells start within COLUMN_SLACK (rounded to the point) of x. */
  near(x: number): number {
    let n = 0;
    for (let k = Math.round(x) - COLUMN_SLACK; k <= Math.round(x) + COLUMN_SLACK; k++) n += this.counts.get(k) ?? 0;
    return n;
  }
}

/**
 * Step 2: cell borders only where a column starts, that is where another row of the run has a
 * cell starting too (or a line starts, right of the run's left edge, or the table the page before
 * ended with has a column). A soft cell that starts in no column is words of the cell before; so
 * is a cell after a wide gap, once three rows or more show where the columns are, or on a line
 * whose gaps are a justified line's.
 */
function withColumns(run: readonly Row[], carried: readonly number[] = []): Row[] {
  const starts = new Starts();
  // The columns of the table the page before ended with, which this run goes on with.
  for (const x of new Set(carried.map(Math.round))) starts.add(x);
  // A line starting right of the run's left edge is a wrapped row's, its first column empty: where
  // it starts is a column too ("12  Mollie", then "    B.V." under it, a table's only row on a page).
  const left = leftEdge(run);
  for (const r of run) for (const c of r.cells.slice((r.cells[0]?.x ?? 0) > left + COLUMN_SLACK ? 0 : 1)) starts.add(c.x);
  const shared = (x: number): boolean => starts.near(x) > 1;
  const evidence = run.filter((r) => hardCells(r) > 1).length >= 3;
  return run.map((row) =>
    mergeCells(row, (cell) => row.prose === true || (!shared(cell.x) && (cell.soft === true || evidence || row.justified === true))),
  );
}

/**
 * How far apart a run's rows are at least, when its lines show it: more than its closest lines by
 * ROW_SPACING, and some line that far below the one before (else undefined: lines set evenly).
 */
function rowsApart(run: readonly Row[]): number | undefined {
  const gaps = run.slice(1).map((r, i) => (run[i] as Row).y - r.y);
  const apart = least(gaps.filter((g, i) => g > (run[i + 1] as Row).size / 2)) * ROW_SPACING;
  return gaps.some((g) => g > apart) ? apart : undefined;
}

/**
 * Step 3: where the run's rows are set apart by more space than its closest lines, a line that
 * close under the one before continues the row, each of its cells joining the row's cell in the
 * same column. One more sign of a new row: a line in the first column a whole row's height below
 * where the row began (rows of a fixed height, a wrapped row as tall as two). `apart` is how far
 * apart rows are (rowsApart), or, on a page that goes on with the table the page before ended
 * with and sets its lines evenly (one tall row alone on the page), how far apart that table's were.
 */
function joinWrapped(run: readonly Row[], apart: number): Row[] {
  const gaps = run.slice(1).map((r, i) => (run[i] as Row).y - r.y);
  // Rows of a fixed height show as a row of one line between two wide gaps (the first line, a
  // header, aside); where every wide gap follows a row of several lines, the rows grow with their
  // cells (padded apart), and a line close under another is always its row's.
  const fixedHeight = gaps.some((g, i) => i > 0 && g > apart * 0.9 && (gaps[i - 1] as number) > apart * 0.9);
  const pitch = fixedHeight ? least(gaps.filter((g) => g > apart * 0.9)) : Infinity;
  const columns = new Starts();
  for (const r of run) if (r.cells.length > 1) for (const c of r.cells) columns.add(c.x);
  // A new row fills its columns but one at most; a cell wrapping over a third line, under a row
  // as high as the pitch, leaves most of them empty (it goes on with its row).
  const full = run.reduce((n, r) => Math.max(n, r.cells.length), 0) - 1;
  const out: Row[] = [];
  const joins = new Map<Cell, string[]>();
  let top = Infinity;
  run.forEach((line, i) => {
    const row = out[out.length - 1];
    const gap = i === 0 ? Infinity : (gaps[i - 1] as number);
    const rowHigh =
      row !== undefined &&
      top - line.y >= pitch * 0.9 &&
      near(line.cells[0]?.x ?? NaN, row.cells[0]?.x ?? NaN) &&
      line.cells.length >= full;
    if (!row || gap > apart * 0.9 || rowHigh) {
      out.push({ ...line, cells: line.cells.map((c) => ({ ...c })) });
      top = line.y;
      return;
    }
    for (const cell of line.cells) joinCell(row.cells, cell, columns, joins);
  });
  settleJoins(joins);
  return out;
}

/**
 * Step 3 where a run's lines are set evenly (no row set apart from the next: a table without
 * padding, or a header wrapped over the last lines of a page): a line that leaves the first column
 * empty and fills fewer of the table's columns than all but one goes on with the row above, each
 * cell in its column ("Prestataire | Service | Données | Localisation", then "possibles |
 * principale"). A line of a row under a category cell spanning several (the first column empty,
 * every other filled) stays a row.
 */
function evenRows(run: readonly Row[]): Row[] {
  const most = run.reduce((n, r) => Math.max(n, r.cells.length), 0);
  const left = leftEdge(run);
  const columns = new Starts();
  for (const r of run) for (const c of r.cells) columns.add(c.x);
  const out: Row[] = [];
  const joins = new Map<Cell, string[]>();
  for (const line of run) {
    const row = out[out.length - 1];
    if (row && (line.cells[0]?.x ?? left) > left + COLUMN_SLACK && line.cells.length < most - 1) {
      for (const cell of line.cells) joinCell(row.cells, cell, columns, joins);
    } else out.push({ ...line, cells: line.cells.map((c) => ({ ...c })) });
  }
  settleJoins(joins);
  return out;
}

/** Where a run's leftmost line starts: its first column. */
function leftEdge(run: readonly Row[]): number {
  return least(run.map((r) => r.cells[0]?.x ?? Infinity));
}

/** The smallest number (a loop: spreading a long table's gaps into Math.min overflows the stack). */
function least(values: readonly number[]): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}

/**
 * A wrapped line's cell joined to its row: to the row's cell in the same column; as a cell of its
 * own when it starts in a column the row has no cell in yet; else to the nearest cell on its left
 * (an indented line of the same cell). The texts joined wait in `joins` until settleJoins (joined
 * once, linearly: a cell wrapped over many lines).
 */
function joinCell(cells: Cell[], cell: Cell, columns: Starts, joins: Map<Cell, string[]>): void {
  let column = cells.find((c) => near(c.x, cell.x));
  if (!column && columns.near(cell.x) > 0) {
    cells.push({ ...cell });
    cells.sort((a, b) => a.x - b.x);
    return;
  }
  for (const c of cells) if (c.x < cell.x && (!column || c.x > column.x)) column = c;
  column ??= cells[0];
  if (!column) return;
  const texts = joins.get(column);
  if (texts) texts.push(cell.text);
  else joins.set(column, [column.text, cell.text]);
}

/** Each cell joinCell joined texts to, its text now the texts joined. */
function settleJoins(joins: Map<Cell, string[]>): void {
  for (const [cell, texts] of joins) cell.text = joinedText(texts);
}
