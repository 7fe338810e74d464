import { citeClause, paragraphLines, type Paragraph } from "./document.js";
import { COLUMN_WORDS, KEYWORDS, phrase } from "./language.js";
import { countryIn } from "./countries.js";
import { inEea, readBundle, type LegalData } from "@dpa-lint/core";
import type { Found } from "./terms.js";

/** One entry of the DPA's sub-processor list, as the pack-terms schema writes it. */
export interface ListedSubprocessor {
  name: string;
  country: string | null;
  mechanism: string | null;
}

type Column = (typeof COLUMN_WORDS)[number][1];

let legal: LegalData | undefined;

/** Whether a country is in the EEA today, by the same dated facts the policies judge by. */
function inEeaToday(country: string): boolean {
  legal ??= (readBundle().data.lib as { legal?: LegalData } | undefined)?.legal ?? {};
  return inEea(country, new Date().toISOString().slice(0, 10), legal);
}

/** The transfer mechanism a row names: SCCs, BCRs, the DPF, "none needed" for the EEA, else null. */
function mechanismOf(text: string, country: string | null): string | null {
  if (KEYWORDS.scc.test(text)) return "scc";
  if (KEYWORDS.bcr.test(text)) return "bcr";
  if (KEYWORDS.dpf.test(text)) return "dpf";
  return country && inEeaToday(country) ? "eea" : null;
}

/** A location cell that says the location is not known ("n/a", "unknown", "onbekend"...). */
const UNKNOWN_PLACE = phrase("unknownPlace", "^(?:", ")$");

/** What a header cell names, if it names a column. */
function columnOf(cell: string): Column | undefined {
  if (cell.length > 80) return undefined;
  return COLUMN_WORDS.find(([re]) => re.test(cell))?.[1];
}

function entry(name: string, rowText: string, locationText: string, glued = false): ListedSubprocessor | undefined {
  const clean = name
    .replace(/\s+/g, " ")
    .replace(/^[\d.)\s-]+/, "")
    .trim();
  if (clean.length < 2 || clean.length > 80 || !/\p{L}/u.test(clean)) return undefined;
  const country = countryIn(locationText, glued) ?? null;
  return { name: clean, country, mechanism: mechanismOf(rowText, country) };
}

/** A listed sub-processor as found: the purpose a table gives is kept for the reviewer (the pack has no field for it). */
export type FoundSubprocessor = Found<ListedSubprocessor> & { purpose?: string };

function foundEntry(
  p: Paragraph,
  line: number,
  quote: string,
  value: ListedSubprocessor,
  method: string,
  purpose?: string,
): FoundSubprocessor {
  const found: FoundSubprocessor = { value, quote: quote.trim(), clause: citeClause({ paragraph: p, line }), line, method };
  if (purpose?.trim()) found.purpose = purpose.trim();
  return found;
}

/**
 * The sub-processor list, from whichever layout the DPA uses: one two-column table per
 * sub-processor ("Full legal name | ...", "Address / country | ..."), a table (Markdown, HTML and DOCX
 * rows "a | b | c"), a table whose cells became one paragraph each (PDF and copied text), a table
 * whose cells ran together on each row line, a numbered list under a sub-processor heading,
 * one short block per sub-processor under such a heading (name, purpose, address), or a list of
 * names a heading or an introduction announces as the sub-processors, or such a list inside a
 * sentence.
 */
export function subprocessorList(paras: readonly Paragraph[]): FoundSubprocessor[] {
  const out: FoundSubprocessor[] = [];
  for (let i = 0; i < paras.length; i++) {
    const context = paras
      .slice(Math.max(0, i - 4), i + 1)
      .map((p) => `${p.text} ${p.clause}`)
      .join(" ");
    if (!KEYWORDS.subprocessor.test(context) && !KEYWORDS.processors.test(paras[i]?.text ?? "")) continue;
    const taken =
      coverCell(paras, i) ??
      recordTables(paras, i) ??
      pipeTable(paras, i) ??
      cellParagraphs(paras, i) ??
      gluedRows(paras, i) ??
      numberedList(paras, i) ??
      entryBlocks(paras, i) ??
      announcedList(paras, i) ??
      headedEntries(paras, i) ??
      sentenceList(paras, i);
    if (taken) {
      out.push(...taken.rows);
      i = taken.next - 1;
    }
  }
  return dedupe(out);
}

/** The same entry found twice (a list and its repetition); one company in two places stays twice. */
function dedupe(rows: FoundSubprocessor[]): FoundSubprocessor[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.value.name.toLowerCase()} ${r.value.country ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Taken {
  rows: FoundSubprocessor[];
  next: number;
}

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
 * one: every row has two cells at most, and one labelled as a name has a value.
 */
function recordOf(p: Paragraph | undefined): RecordRow[] | undefined {
  if (!p) return undefined;
  const rows: RecordRow[] = [];
  for (const [n, line] of paragraphLines(p).entries()) {
    if (!line.includes("|")) return undefined;
    if (/^\|?[\s:|-]+\|?$/.test(line)) continue;
    const cells = cellsOf(line);
    if (cells.length > 2) return undefined;
    const [label = "", value = ""] = cells;
    rows.push({ label, value, column: columnOf(label), line: p.lines[0] + n, text: line });
  }
  const named = rows.filter((r) => r.column !== undefined).length >= 2 && rows.some((r) => r.column === "name" && r.value);
  return named ? rows : undefined;
}

/** "Location of processing: USA, Azure", "location: AWS EU (Paris)" inside a value: what follows the colon. */
const PLACE_STATED = new RegExp(`(?:${COLUMN_WORDS.find(([, c]) => c === "location")?.[0].source})[^:|]{0,25}:\\s*(?<place>[^|]*)`, "i");

/**
 * One two-column table per sub-processor, the tables one after the other ("Sub-Processor 1 |",
 * "Full legal name of sub-processor | Amazon Web Services EMEA SARL", "Address / country | ...").
 * The country is where the table says the processing takes place ("Location of processing: USA"),
 * even when that names no country ("location: EU"); else the address's.
 */
function recordTables(paras: readonly Paragraph[], i: number): Taken | undefined {
  const out: FoundSubprocessor[] = [];
  let k = i;
  for (let rows = recordOf(paras[k]); rows; rows = recordOf(paras[++k])) {
    const name = rows.find((r) => r.column === "name" && r.value);
    if (!name) continue;
    const stated = rows
      .map((r) => (r.column === "location" && KEYWORDS.processingPlace.test(r.label) ? r.value : PLACE_STATED.exec(r.value)?.groups?.place))
      .find((v) => v !== undefined);
    const address = rows.find((r) => r.column === "location" && r.value)?.value ?? "";
    const e = entry(name.value, rows.map((r) => r.text).join(" "), stated ?? address);
    const purpose = rows.find((r) => r.column === "purpose" && r.value)?.value;
    if (e)
      out.push(foundEntry(paras[k] as Paragraph, name.line, name.text, e, "table of one sub-processor (label and value rows)", purpose));
  }
  return out.length > 0 ? { rows: out, next: k } : undefined;
}

/** "Name | Purpose | Location" header lines, then one row per line. */
function pipeTable(paras: readonly Paragraph[], i: number): Taken | undefined {
  const p = paras[i];
  if (!p) return undefined;
  const lines = paragraphLines(p);
  const headerAt = lines.findIndex((l) => l.includes("|") && cellsOf(l).filter((c) => columnOf(c)).length >= 2);
  if (headerAt < 0) return undefined;
  const columns = cellsOf(lines[headerAt] ?? "").map(columnOf);
  const nameCol = columns.indexOf("name") >= 0 ? columns.indexOf("name") : 0;
  // Of several location columns, the one where data is processed, not the company's seat.
  const headers = cellsOf(lines[headerAt] ?? "");
  const locations = columns.flatMap((c, k) => (c === "location" ? [k] : []));
  const locCol = locations.find((k) => KEYWORDS.processingPlace.test(headers[k] ?? "")) ?? locations[0] ?? -1;
  const rows: FoundSubprocessor[] = [];
  lines.slice(headerAt + 1).forEach((line, k) => {
    if (!line.includes("|") || /^\|?[\s:|-]+\|?$/.test(line)) return;
    const cells = cellsOf(line);
    const e = entry(cells[nameCol] ?? "", line, locCol >= 0 ? (cells[locCol] ?? "") : cells.filter((_, c) => c !== nameCol).join(", "));
    const purpose = columns.indexOf("purpose") >= 0 ? cells[columns.indexOf("purpose")] : undefined;
    if (e) rows.push(foundEntry(p, p.lines[0] + headerAt + 1 + k, line, e, "table row", purpose));
  });
  return rows.length ? { rows, next: i + 1 } : undefined;
}

function cellsOf(line: string): string[] {
  return line
    .replace(/^\s*\|/, "")
    .replace(/\|\s*$/, "")
    .split("|")
    .map((c) => c.trim());
}

/** Header cells as consecutive short paragraphs (three or more), then the rows' cells in order. */
function cellParagraphs(paras: readonly Paragraph[], i: number): Taken | undefined {
  const columns: Column[] = [];
  let k = i;
  while (k < paras.length && (paras[k]?.text.length ?? 99) <= 80 && columnOf(paras[k]?.text ?? "")) {
    columns.push(columnOf(paras[k]?.text ?? "") as Column);
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
function gluedRows(paras: readonly Paragraph[], i: number): Taken | undefined {
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

/** Whether a paragraph is a heading announcing the sub-processor list ("List of subprocessors", "Annex 3 - Sub-processors"). */
function listHeading(p: Paragraph | undefined): p is Paragraph {
  return p !== undefined && p.text.length <= 120 && KEYWORDS.subprocessor.test(p.text) && KEYWORDS.listWord.test(`${p.text} ${p.clause}`);
}

/** A line without the emphasis and line-break markup around it ("**Hetzner Online GmbH**<br>"). */
function plainLine(line: string): string {
  return line
    .replace(/<br\s*\/?>/gi, "")
    .replace(/^[#>\s]*/, "")
    .replace(/^(\*\*|__|\*|_)(.*)\1\s*$/, "$2")
    .trim();
}

/**
 * One short paragraph per sub-processor under a list heading: its name on the first line, then a
 * purpose, an address and a link on the lines after ("**Proton AG**", "_Email_", "Route de la
 * Galaise 32, 1228 Plan-les-Ouates, Geneva, Switzerland"). The country is the one the lines after
 * the name give (an address's last); an address without one gives none.
 */
function entryBlocks(paras: readonly Paragraph[], i: number): Taken | undefined {
  if (!listHeading(paras[i])) return undefined;
  const bulleted = bulletEntries(paras[i + 1]);
  if (bulleted) return { rows: bulleted, next: i + 2 };
  const rows: FoundSubprocessor[] = [];
  let k = i + 1;
  for (; k < paras.length; k++) {
    const p = paras[k] as Paragraph;
    const lines = paragraphLines(p).map(plainLine).filter(Boolean);
    const [name = "", ...rest] = lines;
    // Table rows are a table's, not an entry's lines.
    if (lines.length < 2 || lines.length > 8 || p.text.length > 400 || name.length > 80 || /[.:;]$/.test(name) || name.includes("|")) break;
    const country = [...rest]
      .reverse()
      .map((l) => countryIn(l))
      .find((c) => c !== undefined);
    const e = entry(name, p.text, country ?? "");
    if (!e) break;
    rows.push(foundEntry(p, p.lines[0], paragraphLines(p)[0] ?? name, e, "list entry (name, then its details)"));
  }
  return rows.length >= 2 ? { rows, next: k } : undefined;
}

/**
 * A bulleted list whose entries each start with a name on the bullet's line, their details on the
 * lines after ("* **Mailgun**", "We use this service to send emails ..."). The country is the one
 * the details give, if any.
 */
function bulletEntries(p: Paragraph | undefined): FoundSubprocessor[] | undefined {
  if (!p) return undefined;
  const lines = paragraphLines(p);
  const rows: FoundSubprocessor[] = [];
  for (const [n, line] of lines.entries()) {
    const bullet = /^\s*[*•·▪–-]\s+(.+)$/.exec(line);
    if (!bullet) {
      // The paragraph is the list: it starts with a bullet, and other lines belong to the one above.
      if (n === 0) return undefined;
      continue;
    }
    const name = plainLine(bullet[1] ?? "");
    if (name.length > 80 || /[.:;]$/.test(name)) return undefined;
    const details: string[] = [];
    for (let m = n + 1; m < lines.length && !/^\s*[*•·▪–-]\s+/.test(lines[m] ?? ""); m++) details.push(lines[m] ?? "");
    const country = details.map((l) => countryIn(l)).find((c) => c !== undefined);
    const e = entry(name, [line, ...details].join(" "), country ?? "");
    if (e) rows.push(foundEntry(p, p.lines[0] + n, line.trim(), e, "bulleted list entry (name, then its details)"));
  }
  return rows.length >= 2 ? rows : undefined;
}

/** "1. Digital Ocean LLC, a corporation ..." paragraphs under a sub-processor heading. */
function numberedList(paras: readonly Paragraph[], i: number): Taken | undefined {
  if (!listHeading(paras[i])) return undefined;
  const rows: FoundSubprocessor[] = [];
  let next = i + 1;
  // Entries number 1, 2, 3... in order; a section heading further on ("8. DATA ...") is not one.
  // Bulleted entries count when they name a country ("• Amazon Web Services, Inc. – hosting – US").
  for (let k = i + 1; k < paras.length && k < next + 6; k++) {
    const p = paras[k] as Paragraph;
    // An entry is a paragraph, or a line of one when the list has no blank lines.
    const items =
      /^\d+[.)]\s/.test(p.text) && p.text.length > 200
        ? [{ text: p.text, line: p.lines[0] }]
        : paragraphLines(p).map((text, n) => ({ text, line: p.lines[0] + n }));
    for (const item of items) {
      const m = /^(\d+[.)]|[•·▪*–-])\s+([\p{Lu}\d][^,(;:–|]*?)\s*(?:[,(;:|]|\s[-–]\s)(.*)$/u.exec(item.text);
      if (!m) continue;
      const numbered = /^\d/.test(m[1] ?? "");
      if (numbered ? Number.parseInt(m[1] ?? "", 10) !== rows.length + 1 : countryIn(m[3] ?? "") === undefined) continue;
      next = k + 1;
      const e = entry(m[2] ?? "", item.text, m[3] ?? "");
      if (e) rows.push(foundEntry(p, item.line, item.text, e, numbered ? "numbered list entry" : "bulleted list entry"));
    }
  }
  return rows.length ? { rows, next } : undefined;
}

/** A list item's marker: a bullet or a number ("- ", "• ", "1. ", "2) "). */
const ITEM_MARKER = /^\s*(?:[*•·▪–-]|\d+[.)])\s+/;

/** A placeholder a template leaves for the company to fill in ("[Cloud Provider]", "{{vendor}}", "<name>"). */
const PLACEHOLDER = /^\s*(?:\[[^\]]*\]|\{\{[^}]*\}\}|<[^>]*>)\s*$/;

/** A legal form standing alone after a comma ("Twilio, Inc."): part of the name before it. */
const LEGAL_FORM =
  /^(?:inc|llc|ltd|limited|gmbh|ag|plc|corp|corporation|co|sa|sas|sarl|srl|spa|bv|b\.v|nv|n\.v|ab|as|oy|pbc|s\.l|s\.a)\.?$/i;

/** What separates the names of a list written on one line ("SignalWire, Telnyx, and Bandwidth"). */
const NAME_LIST = phrase("andOr", ",?\\s+(?:", ")\\s+|,\\s*", "i");

/**
 * Whether a text reads as a company's name, not a phrase: a few words, none of the longer ones in
 * lower case ("Amazon Web Services", "Twilio SendGrid, Inc.", "VAPI", "Bank of America"; not
 * "Processor maintains a list of Sub-processors"), and not a template's placeholder.
 */
function nameLike(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 60 || /^[[{<]/.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= 6 && /^[\p{Lu}\d]/u.test(t) && words.every((w) => !/^\p{Ll}{4,}/u.test(w));
}

/** The names of a list written on one line, legal forms kept with the name before them; undefined when one is not a name. */
function namesOf(text: string): string[] | undefined {
  const names: string[] = [];
  for (const raw of text
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/[.;]\s*$/, "")
    .split(NAME_LIST)) {
    const part = raw.trim();
    if (!part) continue;
    if (LEGAL_FORM.test(part) && names.length > 0) names[names.length - 1] += `, ${part}`;
    else if (nameLike(part)) names.push(part);
    else return undefined;
  }
  return names.length > 0 ? names : undefined;
}

/**
 * A list a heading ("## 6. Subprocessors") or an introduction ("The Processor currently uses the
 * following sub-processors:") announces, one item a line: a name, then what it does and where
 * ("**Deepgram, Inc.** - speech-to-text", "VAPI (voice processing)"), or a category and its names
 * ("**Telephony Infrastructure:** SignalWire, Telnyx, Bandwidth"). Every item must read as a name
 * (or a template's placeholder, skipped): a list of obligations under the same heading ("Ensure
 * Sub-processors are bound ...") is not a list of sub-processors.
 */
function announcedList(paras: readonly Paragraph[], i: number): Taken | undefined {
  const p = paras[i];
  if (!p || !KEYWORDS.subprocessor.test(p.text)) return undefined;
  const lines = paragraphLines(p);
  // The introduction's own paragraph may hold the list (no blank line after "...:").
  const intro = lines.findIndex((l) => /:\s*(?:\*\*|__)?\s*$/.test(l) && KEYWORDS.subprocessor.test(l));
  const heading = p.text.length <= 100 && !/[.;]\s*$/.test(p.text);
  let list: Paragraph | undefined;
  let first = 0;
  if (intro >= 0 && intro < lines.length - 1) [list, first] = [p, intro + 1];
  else if (intro >= 0 || heading) list = paras[i + 1];
  if (!list) return undefined;
  const items = paragraphLines(list)
    .map((text, n) => ({ text, line: list.lines[0] + n }))
    .slice(first);
  if (items.length === 0 || !items.every((it) => ITEM_MARKER.test(it.text))) return undefined;
  const read = items.map((it) => ({
    ...it,
    plain: it.text
      .replace(ITEM_MARKER, "")
      .replace(/\*\*|__/g, "")
      .trim(),
  }));
  // A category and its names: then every item is one ("Cloud Hosting: [Cloud Provider]" adds none).
  const categories = read.map((it) => {
    const colon = it.plain.indexOf(":");
    return colon > 0 && colon <= 40 ? namesOf(it.plain.slice(colon + 1)) : undefined;
  });
  const byCategory = categories.some((c) => c !== undefined);
  const rows: FoundSubprocessor[] = [];
  for (const [n, it] of read.entries()) {
    const rest = it.plain.slice(it.plain.indexOf(":") + 1);
    if (PLACEHOLDER.test(it.plain) || (byCategory && PLACEHOLDER.test(rest))) continue;
    if (byCategory) {
      const names = categories[n];
      if (!names) continue;
      for (const name of names) {
        const e = entry(name, it.text, "");
        if (e) rows.push(foundEntry(list, it.line, it.text.trim(), e, "list entry (a category and its sub-processors)"));
      }
      continue;
    }
    const cut = /\s+[-–—]\s+|:\s+|\s+\(/.exec(it.plain);
    const name = cut ? it.plain.slice(0, cut.index) : it.plain;
    if (!nameLike(name)) return undefined;
    const e = entry(name, it.text, cut ? it.plain.slice(cut.index) : "");
    if (e) rows.push(foundEntry(list, it.line, it.text.trim(), e, "list entry under a sub-processor heading or introduction"));
  }
  return rows.length > 0 ? { rows, next: list.index + 1 } : undefined;
}

/** The longest list inside a sentence read (a longer one is a table or a list of its own). */
const MAX_SENTENCE_LIST = 2000;

/** Every sub-processor word of a text, in order. */
const SUBPROCESSOR_WORDS = new RegExp(KEYWORDS.subprocessor.source, "gi");

/** Where a sentence's list of names starts: a colon, or "include", "namely" and their kin. */
const LIST_START = new RegExp(`:\\s+|(?:${KEYWORDS.listIntro.source})\\s*:?\\s*`, "iu");

/** The name a list item opens with: its words up to the first longer lower-case word or bracket ("OpenRouter for AI ..."). */
function leadingName(item: string): string {
  const words: string[] = [];
  for (const w of item.trim().split(/\s+/)) {
    if (/^[(—–-]/.test(w) || /^\p{Ll}{3,}/u.test(w)) break;
    words.push(w);
  }
  return words.join(" ").replace(/[,;:]$/, "");
}

/**
 * A list of sub-processors inside a sentence: "Current sub-processors include Groq, OpenAI and
 * Anthropic.", "The Processor uses the following sub-processors: Amazon Web Services (AWS) for
 * hosting (US regions); OpenRouter for model inference." The items are split at semicolons when
 * the sentence has them, else at commas and "and"; every item must open with a name, or the
 * sentence is not a list ("Sub-processors include cloud hosting providers").
 */
function sentenceList(paras: readonly Paragraph[], i: number): Taken | undefined {
  const p = paras[i];
  if (!p) return undefined;
  // The paragraph's text, not its sentences: a colon or semicolon before a capital ends a sentence there.
  for (const word of p.text.matchAll(SUBPROCESSOR_WORDS)) {
    const after = word.index + word[0].length;
    // Bounded windows keep a paragraph of many sub-processor words linear to read.
    const start = LIST_START.exec(p.text.slice(after, after + 120));
    if (!start || start.index > 80) continue;
    const from = after + start.index + start[0].length;
    const stop = /\.(?=\s+\p{Lu}|\s*$)/u.exec(p.text.slice(from, from + MAX_SENTENCE_LIST));
    if (!stop && p.text.length - from > MAX_SENTENCE_LIST) continue;
    const to = stop ? from + stop.index : p.text.length;
    const list = p.text.slice(from, to);
    const items = list.includes(";")
      ? list.split(";").map((item) => ({ name: leadingName(item), rest: item }))
      : (namesOf(list) ?? []).map((name) => ({ name, rest: "" }));
    if (items.length === 0 || !items.every((it) => nameLike(it.name))) continue;
    const opens = Math.max(0, ...[". ", "\n"].map((c) => p.text.lastIndexOf(c, word.index) + c.length));
    const quote = p.text.slice(opens > word.index ? 0 : opens, stop ? to + 1 : to);
    const line = p.lines[0] + p.lineStarts.filter((at) => at <= word.index).length - 1;
    const rows = items.flatMap((it) => {
      const e = entry(it.name, quote, it.rest.slice(it.rest.indexOf(it.name) + it.name.length));
      return e ? [foundEntry(p, line, quote, e, "a list of sub-processors inside a sentence")] : [];
    });
    if (rows.length > 0) return { rows, next: i + 1 };
  }
  return undefined;
}

/**
 * One heading per sub-processor after an introduction, each followed by a sentence about it that
 * opens with its name ("Exoscale", "Exoscale is running the datacenters on which ..."), links and
 * other lines between them. The country is the first the paragraphs under the heading name.
 */
function headedEntries(paras: readonly Paragraph[], i: number): Taken | undefined {
  const rows: FoundSubprocessor[] = [];
  let next = i + 1;
  for (let k = i + 1; k < paras.length - 1 && k - next < 4; k++) {
    const heading = paras[k] as Paragraph;
    const name = heading.text.trim();
    const about = (paras[k + 1] as Paragraph).text;
    // A numbered heading is a clause ("9. Audits"), not a company.
    if (
      name.length > 40 ||
      /^\d/.test(name) ||
      !nameLike(name) ||
      !about.startsWith(`${name} `) ||
      about.length < 30 ||
      !/[.!]$/.test(about)
    )
      continue;
    // The paragraphs under this heading, up to the next one.
    let end = k + 2;
    while (
      end < paras.length &&
      end - k < 6 &&
      !(nameLike(paras[end]?.text ?? "") && (paras[end + 1]?.text ?? "").startsWith(`${paras[end]?.text} `))
    )
      end++;
    const country = paras
      .slice(k + 1, end)
      .map((p) => countryIn(p.text))
      .find((c) => c !== undefined);
    const e = entry(name, about, country ?? "");
    if (e) rows.push(foundEntry(heading, heading.lines[0], name, e, "a heading per sub-processor, then a sentence about it"));
    next = end;
    k = end - 1;
  }
  return rows.length >= 2 ? { rows, next } : undefined;
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
function coverCell(paras: readonly Paragraph[], i: number): Taken | undefined {
  const p = paras[i];
  if (!p?.text.includes("|")) return undefined;
  const rows: FoundSubprocessor[] = [];
  const lines = paragraphLines(p);
  for (const [n, line] of lines.entries()) {
    const cells = cellsOf(line).map((c) => c.replace(/\*\*|__/g, "").trim());
    if (cells.length !== 2 || !SUBPROCESSORS_LABEL.test(cells[0] ?? "")) continue;
    const value = cells[1] ?? "";
    // A header row ("| Subprocessor | Purpose |" above "|---|---|") names columns, not companies.
    if ((value.length <= 30 && columnOf(value)) || /^\|?[\s:|-]+\|?$/.test(lines[n + 1] ?? "")) continue;
    const items = value.includes(";")
      ? value.split(";").map((item) => ({ name: leadingName(item), rest: item }))
      : (namesOf(value.replace(/\s*\(([^)]*)\)/g, "")) ?? []).map((name) => ({
          name,
          rest: new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*(\\([^)]*\\))?`).exec(value)?.[1] ?? "",
        }));
    if (items.length === 0 || !items.every((it) => nameLike(it.name))) continue;
    for (const it of items) {
      const e = entry(it.name, line, it.rest.replace(it.name, ""));
      if (e) rows.push(foundEntry(p, p.lines[0] + n, line.trim(), e, "a key-terms row listing the sub-processors"));
    }
  }
  return rows.length > 0 ? { rows, next: i + 1 } : undefined;
}
