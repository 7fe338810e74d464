import { paragraphLines, SEPARATOR_ROW, withoutMarkup, type Paragraph } from "./document.js";
import { columnWords, COLUMN_WORDS, KEYWORDS } from "./language.js";
import { countryIn, countryNamed, placeIn } from "./countries.js";
import { listHeading } from "./subprocessor-lists.js";
import {
  cellsOf,
  columnOf,
  endsInLegalForm,
  endsLikeSentence,
  entry,
  foundEntry,
  itemsOf,
  gluedAtLegalForm,
  nameLike,
  plainLine,
  setOffAsTitle,
  UNKNOWN_PLACE,
  type Column,
  type FoundSubprocessor,
  type Taken,
} from "./subprocessor-entry.js";

/** A table's line under its header that only separates ("|---|:---|"). */

/**
 * Sub-processor lists written as tables: rows of cells ("a | b | c", from Markdown, HTML, DOCX and
 * PDF), cells as paragraphs, cells run together, one table per sub-processor, or one cell of a
 * key-terms table.
 */
/** One row of a two-column table: its label, the value and the line it is on. */
interface RecordRow {
  label: string;
  value: string;
  column: Column | undefined;
  line: number;
  text: string;
}

/**
 * A table of label and value rows about one sub-processor, or undefined when the paragraph is not
 * one: every row has two cells at most, nearly every label says what its row gives, the first row
 * is not a header of columns, and a row names the sub-processor (nameRow).
 */
function recordOf(p: Paragraph | undefined, announced: boolean, titled = false): RecordRow[] | undefined {
  if (!p) return undefined;
  const rows: RecordRow[] = [];
  for (const [n, line] of paragraphLines(p).entries()) {
    if (!line.includes("|")) return undefined;
    if (SEPARATOR_ROW.test(line)) continue;
    const cells = cellsOf(line);
    if (cells.length > 2) return undefined;
    const [label = "", value = ""] = cells;
    rows.push({ label, value, column: columnOf(label), line: p.lines[0] + n, text: line });
  }
  // Rows of names and descriptions under a two-column header ("Name of Sub-processor |
  // Description of Processing") are one table of many sub-processors, not one's record.
  const labelled = rows.filter((r) => r.column !== undefined).length;
  if (labelled < 2 || labelled < rows.length * 0.75 || (rows[0] && headerRow(rows[0]))) return undefined;
  return titled || nameRow(rows, announced) ? rows : undefined;
}

/** "Name of Sub-processor | Description of Processing": two cells naming two different columns. */
function headerRow(row: RecordRow): boolean {
  const value = columnOf(row.value);
  return row.column !== undefined && value !== undefined && value !== row.column && columnWords(value).exec(row.value)?.index === 0;
}

/**
 * The row naming the sub-processor: labelled as its name ("Full legal name of sub-processor"), or
 * labelled as a name under a title row ("Sub-Processor 1 |") or under the list's heading ("Name |
 * Twilio Inc." after "Sub-processors"); a cover table's "Customer name" is not one, nor a value
 * that is no name ("As set out in Schedule 3").
 */
function nameRow(rows: readonly RecordRow[], announced: boolean): RecordRow | undefined {
  const titled = announced || (KEYWORDS.subprocessor.test(rows[0]?.label ?? "") && !rows[0]?.value);
  return rows.find((r) => r.column === "name" && nameLike(r.value) && (titled || KEYWORDS.subprocessor.test(r.label)));
}

/** "Location of processing: USA, Azure", "location: AWS EU (Paris)" inside a value: what follows the colon. */
const PLACE_STATED = new RegExp(`(?:${columnWords("location").source})[^:|]{0,25}:\\s*(?<place>[^|]*)`, "i");

/**
 * One two-column table per sub-processor, the tables one after the other ("Sub-Processor 1 |",
 * "Full legal name of sub-processor | Amazon Web Services EMEA SARL", "Address / country | ...").
 * The country is where the table says the processing takes place ("Location of processing: USA"),
 * even when that names no country ("location: EU"); else the address's.
 */
export function recordTables(paras: readonly Paragraph[], i: number): Taken | undefined {
  const out: FoundSubprocessor[] = [];
  // Tables right under the list's heading need no sub-processor word of their own.
  const announced = listHeading(paras[i - 1]);
  let k = i;
  for (;;) {
    // A company's name set off above its table ("**Hetzner Online GmbH**", then "| Address | ... |").
    const title = announced ? titleOf(paras[k]) : undefined;
    const at = title ? k + 1 : k;
    const rows = recordOf(paras[at], announced, title !== undefined);
    if (!rows) break;
    k = at + 1;
    const labelled = nameRow(rows, announced);
    const name = labelled ? { value: labelled.value, line: labelled.line, text: labelled.text } : title;
    if (!name) continue;
    const stated = rows
      .map((r) => (r.column === "location" && KEYWORDS.processingPlace.test(r.label) ? r.value : PLACE_STATED.exec(r.value)?.groups?.place))
      .find((v) => v !== undefined);
    const address = rows.find((r) => r.column === "location" && r.value)?.value ?? "";
    const e = entry(name.value, rows.map((r) => r.text).join(" "), stated ?? address);
    const purpose = rows.find((r) => r.column === "purpose" && r.value)?.value;
    if (e)
      out.push(foundEntry(paras[at] as Paragraph, name.line, name.text, e, "table of one sub-processor (label and value rows)", purpose));
  }
  return out.length > 0 ? { rows: out, next: k } : undefined;
}

/** A one-line paragraph set off as a title that reads as a company's name ("**Hetzner Online GmbH**"), with its line. */
function titleOf(p: Paragraph | undefined): { value: string; line: number; text: string } | undefined {
  if (!p || p.lineStarts.length !== 1 || !setOffAsTitle(p.text)) return undefined;
  const value = plainLine(p.text);
  return nameLike(value) && !endsLikeSentence(value) ? { value, line: p.lines[0], text: p.text.trim() } : undefined;
}

/**
 * A row that titles the rows under it ("| **Infrastructure** | | |"): its one cell in bold or
 * italics, the others empty. A company's row with nothing else filled in is not set off so.
 */
function categoryRow(cells: readonly string[], nameCol: number): boolean {
  const name = cells[nameCol] ?? "";
  return /^(\*\*|__|\*|_).+\1$/.test(name) && cells.every((c, k) => k === nameCol || c === "");
}

/**
 * A table's header: a row of cells, two of them naming columns ("Name | Purpose | Location"). A
 * country ("Ireland", where "land" is a column word) or a company with its legal form ("Amazon
 * Web Services EMEA SARL", where "service" is one) is a row's data, not a column's name.
 */
function headerLine(line: string, announced = false): boolean {
  const data = (c: string): boolean => countryNamed(c) !== undefined || endsInLegalForm(c);
  return line.includes("|") && cellsOf(line).filter((c) => columnIn(c, announced) && !data(c)).length >= 2;
}

/**
 * The column a header cell names; in a table announced as the sub-processors' (`announced`), a
 * cell of the role alone names what each one does ("| Fornitore | Ruolo | Dati trattati |").
 */
function columnIn(cell: string, announced: boolean): Column | undefined {
  return columnOf(cell) ?? (announced && KEYWORDS.roleColumn.test(cell) ? "purpose" : undefined);
}

/**
 * "Name | Purpose | Location" header lines, then one row per line; the rows go on in the
 * paragraphs after it (a table split across pages) while each of their lines is a row of as many
 * cells opening with a name, past a page's running footer or a short line between the parts.
 */
export function pipeTable(paras: readonly Paragraph[], i: number): Taken | undefined {
  const p = paras[i];
  if (!p) return undefined;
  const lines = paragraphLines(p);
  // A table's header is its first row (past a caption row of one cell): a row further down that
  // happens to hold two column words ("Rep account, geolocation | Service Provider") is data.
  const headerAt = lines.findIndex((l) => l.includes("|") && cellsOf(l).filter(Boolean).length > 1);
  // Right under the list's heading ("## 5. Sub-responsabili autorizzati"), or headed by the word.
  const announced = listHeading(paras[i - 1]) || KEYWORDS.subprocessor.test(lines[headerAt] ?? "");
  if (headerAt < 0 || !headerLine(lines[headerAt] ?? "", announced)) return undefined;
  const headers = cellsOf(lines[headerAt] ?? "");
  // A table that starts with a date or a version is a log of changes ("| Date | Change Type |
  // Provider | Description |"), not the list; a first column of sub-processors is the list, though
  // its word holds a meta label's ("Sub-responsabile" holds "responsabile", a log's author).
  const first = headers.find(Boolean) ?? "";
  if (KEYWORDS.metaLabel.test(first) && !KEYWORDS.subprocessor.test(first)) return undefined;
  const columns = headers.map((c) => columnIn(c, announced));
  // "| Processing Activity | Legal Basis | Data Categories | Storage Location |": a record of
  // processing activities, each row an activity, no list of companies.
  if (columns.indexOf("name") < 0 && KEYWORDS.activityColumn.test(withoutMarkup(first))) return undefined;
  const nameCol = columns.indexOf("name") >= 0 ? columns.indexOf("name") : 0;
  const purposeCol = columns.indexOf("purpose");
  // Of several location columns, the one where data is processed, not the company's seat.
  const locations = columns.flatMap((c, k) => (c === "location" ? [k] : []));
  const locCol = locations.find((k) => KEYWORDS.processingPlace.test(headers[k] ?? "")) ?? locations[0] ?? -1;
  const rows: FoundSubprocessor[] = [];
  const header = headers.join("|");
  // A row two cells short of the header or more is another table's, or a page set in two columns
  // ("SECTION 6 | SECTION 7" under a four-column table): the table ends there. (A PDF row may lack
  // one empty cell.)
  let ended = false;
  const take = (para: Paragraph, from: number): void =>
    paragraphLines(para)
      .slice(from)
      .forEach((line, k) => {
        if (ended || !line.includes("|") || SEPARATOR_ROW.test(line) || KEYWORDS.pageNumber.test(line)) return;
        const cells = cellsOf(line);
        const glued = nameLike(cells[nameCol] ?? "") ? undefined : gluedAtLegalForm(cells[nameCol] ?? "");
        if (glued) cells.splice(nameCol, 1, ...glued);
        if (Math.abs(cells.length - headers.length) >= 2) {
          ended = true;
          return;
        }
        // The header again, where the table goes on after a page break or a heading.
        if (cells.join("|") === header || categoryRow(cells, nameCol)) return;
        const e = entry(cells[nameCol] ?? "", line, rowPlace(cells, cells.length === headers.length, columns, nameCol, locCol));
        if (e) rows.push(foundEntry(para, para.lines[0] + from + k, line, e, "table row", purposeCol >= 0 ? cells[purposeCol] : undefined));
      });
  take(p, headerAt + 1);
  let next = i + 1;
  for (let k = i + 1, between = 0; k < paras.length && between <= 2; k++) {
    const para = paras[k] as Paragraph;
    // The header again (a page break) is passed over; another header starts another table.
    const body = paragraphLines(para).filter(
      (l) => !KEYWORDS.pageNumber.test(l) && !SEPARATOR_ROW.test(l) && cellsOf(l).join("|") !== header,
    );
    if (body.some((l) => headerLine(l))) break;
    const continues =
      body.length > 0 &&
      body.every((l) => {
        const cells = cellsOf(l);
        return l.includes("|") && cells.length === headers.length && nameLike(cells[nameCol] ?? "");
      });
    if (continues) {
      take(para, 0);
      next = k + 1;
      between = 0;
    } else if (body.length <= 1 && (body[0] ?? "").length <= 60) between++;
    else break;
  }
  return rows.length ? { rows, next } : undefined;
}

/**
 * Where a row of a sub-processor table says the company processes: its location cell. Without a
 * location column, or in a row short of a cell (`whole` false: a PDF drops an empty one, so the
 * cells no longer sit under their headers), the other cells where they name a place, else "" (the
 * name cell's seat is entry's). Not the purpose cell, where the cells sit under their headers
 * ("CI/CD pipeline" names no country), unless it says where the service keeps data
 * ("Infrastructure-as-a-Service - we only host in Dublin, Ireland (EU)").
 */
function rowPlace(
  cells: readonly string[],
  whole: boolean,
  columns: ReadonlyArray<Column | undefined>,
  nameCol: number,
  locCol: number,
): string {
  if (locCol >= 0 && whole) return cells[locCol] ?? "";
  const purposeCol = columns.indexOf("purpose");
  const hosted = whole && purposeCol >= 0 ? hostedAt(cells[purposeCol] ?? "") : "";
  if (hosted) return hosted;
  const others = cells.filter((_, c) => c !== nameCol && !(whole && columns[c] === "purpose")).join(", ");
  return placeIn(others) ? others : "";
}

/** A cell's text when it speaks of hosting or storing data and names a place ("we only host in Dublin, Ireland"), else "". */
function hostedAt(cell: string): string {
  return KEYWORDS.hosting.test(cell) && placeIn(cell) !== undefined ? cell : "";
}

/**
 * Header cells as consecutive short paragraphs (three or more), then the rows' cells in order. A
 * header cell is a label: not an introduction ending in a colon ("We use the following
 * sub-processors:"), and each column once but the place's (address and country): a
 * "Sub-processors" heading right above a "Name" cell is the section's, not a column, and "Amazon
 * Web Services, Inc." after "Purpose" is the first row's name, not another purpose.
 */
export function cellParagraphs(paras: readonly Paragraph[], i: number): Taken | undefined {
  const columns: Column[] = [];
  let k = i;
  const headerCell = (text: string): Column | undefined => (text.length <= 80 && !/:\s*$/.test(text) ? columnOf(text) : undefined);
  for (;;) {
    const c = headerCell(paras[k]?.text ?? "");
    if (!c || (c !== "location" && columns.includes(c))) break;
    columns.push(c);
    k++;
  }
  if (columns.length < 3 || !columns.includes("name") || !columns.includes("location")) return undefined;
  const rows: FoundSubprocessor[] = [];
  const headerAt = (at: number): boolean =>
    columns.every((c, j) => columnOf(paras[at + j]?.text ?? "") === c && (paras[at + j]?.text.length ?? 99) <= 80);
  while (k + columns.length <= paras.length) {
    let cells = paras.slice(k, k + columns.length);
    // The header repeated (a page break) inside a row: the row was cut off there.
    const cut = cells.findIndex((_, j) => j > 0 && headerAt(k + j));
    if (cut > 0) cells = cells.slice(0, cut);
    if (cells.some((c) => c.text.length > 200)) break;
    const cell = (col: Column): string => cells[columns.indexOf(col)]?.text ?? "";
    const country = countryIn(cell("location"));
    const stated = country !== undefined || UNKNOWN_PLACE.test(cell("location").trim());
    if (!stated && cut < 0) break;
    const first = cells[0] as Paragraph;
    // The cells are paragraphs: the row's quote is their text in order (blank lines read as spaces).
    const row = cells.map((c) => c.text).join(" ");
    const e = entry(cell("name"), row, cell("location"));
    if (e)
      rows.push(
        foundEntry(
          first,
          first.lines[0],
          row,
          e,
          cut > 0 ? "table row, cut off by a page break (no location)" : "table row (one paragraph per cell)",
          columns.includes("purpose") ? cell("purpose") : undefined,
        ),
      );
    k += cells.length + (cut > 0 ? columns.length : 0);
  }
  return rows.length ? { rows, next: k } : undefined;
}

/**
 * A header whose cells ran together on one line ("Identity of the sub-processorAddress ..."), then
 * rows whose first cell runs into the next ("PIPEDRIVENew York, US", "OVHcloud2 rue ..."): a row
 * starts where a name is glued to what follows; the lines after it, up to the next, belong to it.
 */
export function gluedRows(paras: readonly Paragraph[], i: number): Taken | undefined {
  const p = paras[i];
  if (!p) return undefined;
  const lines = paragraphLines(p);
  const headerAt = lines.findIndex((l) => l.length < 200 && COLUMN_WORDS.filter(([re]) => re.test(l)).length >= 2 && gluedHeader(l));
  if (headerAt < 0) return undefined;
  const rows: FoundSubprocessor[] = [];
  let current: { name: string; text: string[]; line: number } | undefined;
  const close = (): void => {
    if (!current) return;
    const text = current.text.join("\n");
    const e = entry(current.name, text, text.slice(current.name.length), true);
    if (e) rows.push(foundEntry(p, current.line, current.text[0] ?? "", e, "table row (cells run together)"));
  };
  lines.slice(headerAt + 1).forEach((line, k) => {
    const name = gluedName(line);
    if (name) {
      close();
      current = { name, text: [line], line: p.lines[0] + headerAt + 1 + k };
    } else current?.text.push(line);
  });
  close();
  return rows.length ? { rows, next: i + 1 } : undefined;
}

/** A line whose words run into each other: a lower-case letter followed directly by a capital. */
function gluedHeader(line: string): boolean {
  return /\p{Ll}\p{Lu}\p{Ll}/u.test(line);
}

/** The name at the start of a row line, when it is glued to the next cell. */
function gluedName(line: string): string | undefined {
  const caps = /^(\p{Lu}[\p{Lu}\d&.\- ]*\p{Lu})(\p{Lu}\p{Ll})/u.exec(line);
  if (caps?.[1] && caps[1].replace(/[^\p{Lu}]/gu, "").length >= 3) return caps[1];
  const digit = /^(\p{L}[\p{L}&.-]*?\p{L})(\d)/u.exec(line);
  if (digit?.[1] && digit[1].length >= 3) return digit[1];
  return undefined;
}

/** A key-terms row's label that names the sub-processors ("Sub-processors", "Approved Subprocessors:", "**Sous-traitants ultérieurs**"). */
const SUBPROCESSORS_LABEL = new RegExp(
  `^(?:(?:${KEYWORDS.listWord.source})\\s+(?:of\\s+|des\\s+|der\\s+|van\\s+|de\\s+|dei\\s+)?)?(?:approved\\s+|current\\s+|authori[sz]ed\\s+)?(?:${KEYWORDS.subprocessor.source})(?:\\s+(?:${KEYWORDS.listWord.source}))?\\s*:?$`,
  "i",
);

/**
 * The sub-processors in one cell of a key-terms or cover table: "| Sub-processors | Amazon Web
 * Services (Ireland); Stripe (United States) |". Items are split at semicolons, else at commas
 * and "and"; each must open with a name.
 */
export function coverCell(paras: readonly Paragraph[], i: number): Taken | undefined {
  const p = paras[i];
  if (!p?.text.includes("|")) return undefined;
  const rows: FoundSubprocessor[] = [];
  const lines = paragraphLines(p);
  for (const [n, line] of lines.entries()) {
    const cells = cellsOf(line).map((c) => withoutMarkup(c).trim());
    if (cells.length !== 2 || !SUBPROCESSORS_LABEL.test(cells[0] ?? "")) continue;
    const value = cells[1] ?? "";
    // A header row ("| Subprocessor | Purpose |" above "|---|---|") names columns, not companies.
    if ((value.length <= 30 && columnOf(value)) || SEPARATOR_ROW.test(lines[n + 1] ?? "")) continue;
    const items = itemsOf(value);
    if (items.length === 0 || !items.every((it) => nameLike(it.name))) continue;
    for (const it of items) {
      const e = entry(it.name, line, it.rest);
      if (e) rows.push(foundEntry(p, p.lines[0] + n, line.trim(), e, "a key-terms row listing the sub-processors"));
    }
  }
  return rows.length > 0 ? { rows, next: i + 1 } : undefined;
}

/**
 * A table with no header row under a sub-processor heading ("| Hetzner Online GmbH | Hosting |
 * Germany |"): every line a row of as many cells, each opening with a name, and at least one row
 * naming a place in its other cells. The name is the first cell, the place the other cells'.
 */
export function headerlessTable(paras: readonly Paragraph[], i: number): Taken | undefined {
  const table = paras[i + 1];
  if (!listHeading(paras[i]) || !table) return undefined;
  const lines = paragraphLines(table);
  // A header row (column words, or the separator Markdown writes under one) is pipeTable's table.
  if (lines.some((l) => SEPARATOR_ROW.test(l) || headerLine(l))) return undefined;
  // Label and value rows ("Name | Twilio Inc.", "Location | USA") are one sub-processor's table (recordTables').
  if (recordOf(table, true)) return undefined;
  const rows = lines.map(cellsOf);
  const width = rows[0]?.length ?? 0;
  const tabular = lines.every((l) => l.includes("|")) && width >= 2 && rows.every((r) => r.length === width && nameLike(r[0] ?? ""));
  if (!tabular || !rows.some((r) => placeIn(r.slice(1).join(", ")) !== undefined)) return undefined;
  const found = rows.flatMap((cells, k) => {
    const e = entry(cells[0] ?? "", lines[k] ?? "", cells.slice(1).join(", "));
    return e ? [foundEntry(table, table.lines[0] + k, lines[k] ?? "", e, "table row (a table without a header)")] : [];
  });
  return found.length > 0 ? { rows: found, next: table.index + 1 } : undefined;
}
