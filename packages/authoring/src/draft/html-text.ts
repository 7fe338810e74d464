import { decodeHTML } from "entities";
import { tabColumnsAsRows } from "./tab-columns.js";

/**
 * HTML (and the HTML a DOCX converts to) as the text the DPA reader reads: each block a paragraph
 * of its own, each table row one line of " | "-separated cells.
 */

/** Character references as a browser decodes them: the full named table, and U+FFFD for a code point that cannot be. */
const decode = (text: string): string => decodeHTML(text);

const BLOCKS = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "table",
  "section",
  "article",
  "blockquote",
  "pre",
]);
const SKIPPED = new Set(["script", "style", "head"]);

/** The most rows or columns one cell is taken to span: a document's table is never wider, a hostile span costs nothing. */
const MAX_SPAN = 100;

/**
 * The rows of a table as they are read, cell by cell. Cells merged down the rows below (rowspan)
 * are repeated in each of those rows, and a cell across columns (colspan) leaves the columns after
 * it empty, so a row keeps its columns where they are ("Hosting" over two rows: the second row's
 * "OVH SAS" would otherwise be read as the category and "France" as the company).
 */
class TableRows {
  private row: string[] | undefined;
  private cell: string | undefined;
  private span = { rows: 1, columns: 1 };
  /** Cells still spanning down, by column. */
  private spans: Array<{ text: string; rows: number } | undefined> = [];

  /** Whether text now goes into a cell. */
  get inCell(): boolean {
    return this.cell !== undefined;
  }

  add(piece: string): void {
    this.cell += piece;
  }

  /** A table starts or ends: no span reaches into another table. */
  newTable(): void {
    this.spans = [];
  }

  startRow(): void {
    this.row = [];
  }

  startCell(tag: string): void {
    if (!this.row) return;
    this.endCell();
    this.cell = "";
    const count = (attribute: string): number =>
      Math.min(MAX_SPAN, Math.max(1, Number.parseInt(new RegExp(`${attribute}\\s*=\\s*["']?(\\d+)`).exec(tag)?.[1] ?? "1", 10)));
    this.span = { rows: count("rowspan"), columns: count("colspan") };
  }

  endCell(): void {
    const row = this.row;
    if (this.cell !== undefined && row) {
      this.fillSpans();
      const text = decode(this.cell).replace(/\s+/g, " ").replace(/\|/g, "/").trim();
      if (this.span.rows > 1) this.spans[row.length] = { text, rows: this.span.rows - 1 };
      row.push(text);
      for (let k = 1; k < this.span.columns; k++) row.push("");
    }
    this.cell = undefined;
  }

  /** The row ended, as its line of cells (undefined when no row was open). */
  endRow(): string | undefined {
    this.endCell();
    this.fillSpans();
    const line = this.row?.join(" | ");
    this.row = undefined;
    return line;
  }

  private fillSpans(): void {
    const row = this.row;
    if (!row) return;
    for (let span = this.spans[row.length]; span && span.rows > 0; span = this.spans[row.length]) {
      row.push(span.text);
      span.rows--;
    }
  }
}

/**
 * HTML to text: each block is a paragraph of its own (a blank line after it), a table row is one
 * line of " | "-separated cells. One pass over the markup, each tag and comment found with
 * indexOf from where the last ended: an unclosed `<!--` or `<tr` costs nothing more than the
 * text after it (regular expressions with lazy matches made such files quadratic). In HTML a tab
 * is a space; `tabColumns` reads a word processor's tab stops as columns (DOCX).
 */
export function htmlText(html: string, options: { tabColumns?: boolean } = {}): string {
  const lower = html.toLowerCase();
  // The text as parts, joined once; whether it ends a line is tracked, never read back from it.
  const parts: string[] = [];
  let lineStart = true;
  const table = new TableRows();
  /** Open tables: the line breaks that HTML is written with between their rows are not text. */
  let tables = 0;
  const emit = (piece: string): void => {
    if (table.inCell) table.add(piece);
    else if (tables > 0 && piece.trim() === "") return;
    else if (piece) {
      parts.push(piece);
      lineStart = piece.endsWith("\n");
    }
  };
  const endRow = (): void => {
    const line = table.endRow();
    // Rows on consecutive lines: a table stays one paragraph.
    if (line === undefined) return;
    parts.push(`${lineStart ? "" : "\n"}${line}\n`);
    lineStart = true;
  };
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf("<", at);
    if (open < 0) {
      emit(html.slice(at));
      break;
    }
    emit(html.slice(at, open));
    if (lower.startsWith("<!--", open)) {
      const close = html.indexOf("-->", open + 4);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    const close = html.indexOf(">", open + 1);
    if (close < 0) break;
    const tag = /^<\s*(\/?)\s*([a-z][a-z0-9-]*)/.exec(lower.slice(open, Math.min(close + 1, open + 40)));
    at = close + 1;
    if (!tag) continue;
    const [, slash, name = ""] = tag;
    if (!slash && SKIPPED.has(name)) {
      const end = lower.indexOf(`</${name}`, at);
      at = end < 0 ? html.length : html.indexOf(">", end) + 1 || html.length;
      continue;
    }
    if (name === "tr") {
      endRow();
      if (!slash) table.startRow();
    } else if (name === "td" || name === "th") {
      if (slash) table.endCell();
      else table.startCell(lower.slice(open, close));
    } else if (name === "br") emit(table.inCell ? " " : "\n");
    else if (BLOCKS.has(name)) {
      if (name === "table") {
        endRow();
        table.newTable();
        tables = slash ? Math.max(0, tables - 1) : tables;
      }
      emit(table.inCell ? " " : "\n\n");
      if (name === "table" && !slash) tables++;
    }
  }
  endRow();
  const lines = decode(parts.join("")).split("\n");
  return `${(options.tabColumns ? tabColumnsAsRows(lines) : lines)
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((l, i, all) => l !== "" || all[i - 1] !== "")
    .filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim()}\n`;
}
