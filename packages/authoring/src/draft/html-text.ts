import { decodeHTML } from "entities";
import { tabColumnsAsRows } from "./tab-columns.js";

/**
 * HTML (and the HTML a DOCX converts to) as the text the DPA reader reads: each block a paragraph
 * of its own, each table row one line of " | "-separated cells.
 */

/** Character references as a browser decodes them: the full named table, and U+FFFD for a code point that cannot be. */
const decode = (text: string): string => decodeHTML(text);

const BLOCKS = new Set([
  ...["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "section", "article", "blockquote", "pre"],
  ...["dl", "main", "header", "footer", "aside", "nav", "figure", "figcaption", "caption", "address", "hr", "details", "summary"],
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
  private lineBreak = false;
  /** Cells still spanning down, by column. */
  private spans: Array<{ text: string; rows: number } | undefined> = [];

  /** Whether text now goes into a cell. */
  get inCell(): boolean {
    return this.cell !== undefined;
  }

  add(piece: string): void {
    if (this.lineBreak && piece.trim() !== "") {
      // A line or paragraph break inside a cell between texts ("Amazon Web Services EMEA SARL",
      // "38 Avenue John F. Kennedy"): a comma, so a name and the address under it stay apart.
      if ((this.cell ?? "").trim() !== "") this.cell += ", ";
      this.lineBreak = false;
    }
    this.cell += piece;
  }

  /** A line break or a block's edge inside the cell. */
  breakLine(): void {
    this.lineBreak = true;
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
    this.lineBreak = false;
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

/** A list open in the text: whether numbered, its last number, whether one of its items is open. */
interface OpenList {
  ordered: boolean;
  n: number;
  inItem: boolean;
}

/**
 * The text HTML reads as, built piece by piece as the tags come: blocks as paragraphs, table rows
 * as lines of cells (TableRows), list items as lines of one paragraph that keep their bullet or
 * number ("- ", "2. "), as a Markdown list is read. Whether a line has just ended is tracked, never
 * read back from the parts.
 */
class TextOut {
  private readonly parts: string[] = [];
  private lineStart = true;
  readonly table = new TableRows();
  /** Open tables: the line breaks that HTML is written with between their rows are not text. */
  private tables = 0;
  private readonly lists: OpenList[] = [];
  /** Open <pre> elements: their source lines are the text's. */
  preformatted = 0;
  /** The marker the next item's text opens with. */
  private marker: string | undefined;
  /**
   * A list item's bold lead ("<li><strong>Stripe</strong> We use this service ..."): "open" while
   * its text comes, "closed" after it, until the item's own text follows (see bold).
   */
  private lead: { state: "open" | "closed"; text: string; space: string } | undefined;

  private inItem(): boolean {
    return this.lists[this.lists.length - 1]?.inItem === true;
  }

  emit(input: string): void {
    const piece = this.afterLead(input);
    if (piece === undefined) return;
    if (this.table.inCell) this.table.add(piece);
    // The line breaks HTML is written with between rows and list items are not text.
    else if ((this.tables > 0 || (this.lists.length > 0 && !this.inItem()) || this.marker !== undefined) && piece.trim() === "") return;
    else if (piece) {
      const text = this.marker === undefined ? piece : `${this.lineStart ? "" : "\n"}${this.marker}${piece.trimStart()}`;
      this.marker = undefined;
      this.parts.push(text);
      this.lineStart = text.endsWith("\n");
    }
  }

  /**
   * A list item that opens with a name in bold and goes on with a new sentence, without a stop
   * ("<li><strong>Stripe</strong> We use this service ...</li>"): the name and the rest are set
   * apart ("- Stripe — We use ..."), as the Markdown the page was written in has them on two lines
   * ("* **Stripe**" over its description). A bold label that ends in a colon ("Erasure:") needs
   * nothing, nor does a bold phrase the sentence goes on from ("**Notify Controller** of ...").
   */
  bold(opening: boolean): void {
    if (opening && this.marker !== undefined && this.inItem() && !this.table.inCell) this.lead = { state: "open", text: "", space: "" };
    else if (!opening && this.lead?.state === "open") this.lead.state = "closed";
  }

  /** The piece to emit given an item's bold lead: undefined while the space after the lead is held. */
  private afterLead(piece: string): string | undefined {
    const lead = this.lead;
    if (lead === undefined) return piece;
    if (lead.state === "open") {
      lead.text += piece;
      return piece;
    }
    if (piece.trim() === "") {
      lead.space += piece;
      return undefined;
    }
    this.lead = undefined;
    // Set apart only where a new sentence follows: "**Notify Controller** without undue delay" is one.
    const apart = lead.text.trim() !== "" && !/[:.;,!?)\]–—-]\s*$/.test(lead.text) && /^\s*\p{Lu}/u.test(piece);
    return apart ? ` — ${piece.trimStart()}` : `${lead.space}${piece}`;
  }

  /** A block starts or ends: a paragraph break, a line break inside a list item, a space inside a cell. */
  block(): void {
    if (this.table.inCell) this.table.breakLine();
    else if (this.inItem()) this.newline();
    else this.emit("\n\n");
  }

  tableEdge(opening: boolean): void {
    this.endRow();
    this.table.newTable();
    this.tables = opening ? this.tables + 1 : Math.max(0, this.tables - 1);
  }

  list(opening: boolean, ordered: boolean, tag: string): void {
    if (!opening) this.lists.pop();
    else {
      const start = Number.parseInt(/\bstart\s*=\s*["']?(\d+)/.exec(tag)?.[1] ?? "1", 10);
      this.lists.push({ ordered, n: start - 1, inItem: false });
    }
    this.block();
  }

  item(opening: boolean): void {
    this.lead = undefined;
    const list = this.lists[this.lists.length - 1];
    if (!list) return this.block();
    this.newline();
    list.inItem = opening;
    if (opening) this.marker = list.ordered ? `${++list.n}. ` : "- ";
  }

  /**
   * A heading opens: a paragraph of its own, marked as Markdown marks it ("## Violations de
   * données"), so the reader knows it as a heading by its markup, not by its words (a DOCX's
   * headings carry their numbers in Word's numbering, not in their text). Inside a list item it
   * is the item's text. `level` 0: the heading closes.
   */
  heading(level: number): void {
    // An empty heading leaves no mark on the text after it.
    if (level === 0 && this.marker?.startsWith("#")) this.marker = undefined;
    this.block();
    if (level > 0 && !this.inItem()) this.marker = `${"#".repeat(level)} `;
  }

  endRow(): void {
    const line = this.table.endRow();
    // Rows on consecutive lines: a table stays one paragraph.
    if (line === undefined) return;
    this.parts.push(`${this.lineStart ? "" : "\n"}${line}\n`);
    this.lineStart = true;
  }

  text(): string {
    this.endRow();
    return decode(this.parts.join(""));
  }

  /** Ends the line, unless it has just ended. */
  newline(): void {
    if (!this.lineStart && !this.table.inCell) this.emit("\n");
  }
}

/**
 * HTML to text: each block is a paragraph of its own (a blank line after it), a table row is one
 * line of " | "-separated cells, a list item a line with its bullet or number. One pass over the
 * markup, each tag and comment found with indexOf from where the last ended: an unclosed `<!--` or
 * `<tr` costs nothing more than the text after it (regular expressions with lazy matches made such
 * files quadratic). In HTML a tab is a space; `tabColumns` reads a word processor's tab stops as
 * columns (DOCX).
 */
export function htmlText(html: string, options: { tabColumns?: boolean } = {}): string {
  const lower = html.toLowerCase();
  const out = new TextOut();
  let at = 0;
  let selectsClosed = true;
  while (at < html.length) {
    const open = html.indexOf("<", at);
    if (open < 0) {
      out.emit(sourceText(html.slice(at), out));
      break;
    }
    out.emit(sourceText(html.slice(at, open), out));
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
    // A form's drop-down shows its chosen option alone (the first when none is marked selected);
    // one never closed is read as text, its options and all after it kept.
    if (!slash && name === "select") {
      const end = selectsClosed ? lower.indexOf("</select", at) : -1;
      if (end >= 0) {
        out.emit(` ${chosenOption(html.slice(at, end))} `);
        at = html.indexOf(">", end) + 1 || html.length;
        continue;
      }
      // None closed past here: no later one is (each search would read the rest of the page again).
      selectsClosed = false;
    }
    if (!slash && SKIPPED.has(name)) {
      const end = lower.indexOf(`</${name}`, at);
      at = end < 0 ? html.length : html.indexOf(">", end) + 1 || html.length;
      continue;
    }
    tagOf(out, name, !slash, lower.slice(open, close));
  }
  const lines = out.text().split("\n");
  return `${(options.tabColumns ? tabColumnsAsRows(lines) : lines)
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((l, i, all) => l !== "" || all[i - 1] !== "")
    .filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim()}\n`;
}

/** Whether a tag's attributes name a boolean attribute ("checked", "selected"), valued or not. */
function hasAttribute(attributes: string, name: "checked" | "selected"): boolean {
  return new RegExp(`\\s${name}(?=[\\s=/]|$)`, "i").test(attributes);
}

/** The text of a drop-down's chosen option: the one marked `selected`, else the first. */
function chosenOption(options: string): string {
  const all = [...options.matchAll(/<option\b([^>]*)>([^<]*)/gi)];
  const chosen = all.find((m) => hasAttribute(m[1] ?? "", "selected")) ?? all[0];
  return (chosen?.[2] ?? "").replace(/\s+/g, " ").trim();
}

/**
 * Text as HTML renders it: a line break in the source is a space (pretty-printed HTML wraps a
 * paragraph over many source lines; only <br> and blocks break a line), except inside <pre>.
 */
function sourceText(text: string, out: TextOut): string {
  return out.preformatted > 0 ? text : text.replace(/[ \t]*\r?\n[ \t\r\n]*/g, " ");
}

/** What one tag does to the text. */
function tagOf(out: TextOut, name: string, opening: boolean, tag: string): void {
  const { table } = out;
  if (name === "tr") {
    out.endRow();
    if (opening) table.startRow();
  } else if (name === "td" || name === "th") {
    if (opening) table.startCell(tag);
    else table.endCell();
  } else if (name === "pre") {
    out.preformatted = Math.max(0, out.preformatted + (opening ? 1 : -1));
    out.block();
  } else if (name === "br") {
    if (table.inCell) table.breakLine();
    else out.emit("\n");
  } else if (name === "table") {
    // The paragraph break comes before the table opens and after it closes (inside one, a line
    // break between rows is no text).
    if (opening) out.block();
    out.tableEdge(opening);
    if (!opening) out.block();
  } else if ((name === "ul" || name === "ol") && !table.inCell) out.list(opening, name === "ol", tag);
  else if (name === "li" && !table.inCell) out.item(opening);
  // A description list's term opens a paragraph (BLOCKS), its descriptions are the lines under it
  // ("Amazon Web Services" / "Hosting, Germany"), as one block per company is written.
  else if (name === "dt" && opening) out.block();
  else if (name === "dt" || name === "dd") out.newline();
  else if (/^h[1-6]$/.test(name) && !table.inCell) out.heading(opening ? Number(name[1]) : 0);
  else if (name === "strong" || name === "b") out.bold(opening);
  // A form's check box or radio button (a web page's, or Word's as the DOCX reader writes it) is
  // the box it shows, ticked or not: form-choices.ts reads which option was chosen.
  else if (name === "input" && /\stype\s*=\s*["']?(?:checkbox|radio)\b/.test(tag))
    out.emit(hasAttribute(tag, "checked") ? "\u2612 " : "\u2610 ");
  else if (BLOCKS.has(name)) out.block();
}
