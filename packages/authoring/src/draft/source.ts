import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, extname } from "node:path";
import type * as PdfJs from "pdfjs-dist/legacy/build/pdf.mjs";
import { appendAll, importModule, InputError } from "@dpa-lint/core";
import { type FormField, withFormFields } from "./pdf-form-fields.js";
import { pageTextAndNotes, type TableCarry } from "./pdf-lines.js";
import { pdfPagesText, withoutHyphenation } from "./pdf-pages.js";
import { spaceColumnsAsTabs } from "./space-columns.js";
import { tabColumnsAsRows } from "./tab-columns.js";
import { htmlText } from "./html-text.js";
import { type JsZip, withFieldsShown } from "./docx-fields.js";

export { htmlText };
import { checkDocxInflatedSize } from "./zip-bounds.js";

/**
 * A DPA as text: what the reader searches and what every quote is taken from. Plain text and
 * Markdown are read as they are; HTML, DOCX and PDF become text with one paragraph per line and
 * one table row per line, its cells separated by " | " (as Markdown writes tables). For those
 * three the draft ships this text beside the pack, so `policy check --source` verifies quotes.
 */
export interface DpaText {
  /** The file name the pack's `source:` names: the input's own for text, `<name>.txt` otherwise. */
  name: string;
  format: "text" | "markdown" | "html" | "docx" | "pdf";
  text: string;
  /**
   * How a text or HTML file's bytes were decoded when not as UTF-8 (declared in the HTML, or
   * because the bytes are not UTF-8): the draft says so, and ships the decoded text beside the
   * pack so that quotes are checked against what was read.
   */
  decodedFrom?: string;
  /**
   * What was rewritten in a text or Markdown file to read it (its HTML tables, its columns set with
   * tabs, as rows of cells):
   * the draft ships the text read beside the pack, as for decodedFrom.
   */
  rewritten?: string;
}

const require = createRequire(import.meta.url);

/** Larger files are refused before they are read: a DPA, even a scanned PDF of one, is far smaller. */
export const MAX_DPA_BYTES = 50 * 2 ** 20;
/**
 * The most text a DPA may come to, whatever it was packed as: a 100-page agreement is about 300,000
 * characters. A DOCX inflates and a PDF's streams decompress: the file's size bounds neither.
 */
export const MAX_DPA_TEXT = 4 * 2 ** 20;
/** The most XML a DOCX may inflate to (the markup around 4 MiB of text), checked before it is parsed. */
export const MAX_DOCX_XML_BYTES = 32 * 2 ** 20;
export const MAX_DPA_PAGES = 2000;

/** Counts the text a reader produces and refuses, in one line, past MAX_DPA_TEXT. */
class TextBudget {
  private used = 0;
  constructor(private readonly display: string) {}
  add(n: number): void {
    this.used += n;
    if (this.used > MAX_DPA_TEXT)
      throw new InputError(`holds more than ${MAX_DPA_TEXT / 2 ** 20} MiB of text; a DPA is never this long`, { file: this.display });
  }
}

/** Reads a DPA; `display` is how errors name the file (the path as the user gave it). */
export async function readDpa(path: string, display = path): Promise<DpaText> {
  const ext = extname(path).toLowerCase();
  const stem = basename(path, extname(path));
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_DPA_BYTES)
      throw new InputError(`is larger than ${MAX_DPA_BYTES / 2 ** 20} MiB; a DPA is never this big`, { file: display });
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError((error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "cannot be read", { file: display });
  }
  const read = await readAs(ext, stem, path, bytes, display);
  if (read.text.length > MAX_DPA_TEXT)
    throw new InputError(`holds more than ${MAX_DPA_TEXT / 2 ** 20} MiB of text; a DPA is never this long`, { file: display });
  return read;
}

async function readAs(ext: string, stem: string, path: string, bytes: Buffer, display: string): Promise<DpaText> {
  if (ext === ".pdf") return { name: `${stem}.txt`, format: "pdf", text: await pdfText(bytes, display) };
  if (ext === ".docx") return { name: `${stem}.txt`, format: "docx", text: htmlText(await docxHtml(bytes, display), { tabColumns: true }) };
  if (ext === ".html" || ext === ".htm") {
    const { text, decodedFrom } = decodeBytes(bytes, declaredCharset(bytes));
    return { name: `${stem}.txt`, format: "html", text: htmlText(text), ...(decodedFrom ? { decodedFrom } : {}) };
  }
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16 && bytes.includes(0)) throw new InputError("is binary; give plain text, Markdown, HTML, PDF or DOCX", { file: display });
  const { text: decoded, decodedFrom } = decodeBytes(bytes, undefined);
  const format = ext === ".md" || ext === ".markdown" ? "markdown" : "text";
  // A text with form feeds is a PDF's text, a page between each (pdftotext writes it so): read as
  // a PDF's pages are, its running headers and footers out and a sentence joined across the break.
  const paged = decoded.includes("\f") ? pdfPagesText(decoded.split("\f").map((page) => page.split(/\r?\n/))) : decoded;
  const htmlTables = htmlTablesAsRows(paged);
  const lines = htmlTables.split("\n");
  const spaced = spaceColumnsAsTabs(lines);
  const bySpaces = spaced.some((l, k) => l !== lines[k]);
  const rows = tabColumnsAsRows(spaced);
  const tabbed = rows.join("\n");
  const byTabs = tabbed !== htmlTables && (!bySpaces || htmlTables.includes("\t"));
  // A text exported from a PDF keeps its typesetting's hyphens: "Verletzun-" / "gen" is no word.
  const text = withoutHyphenation(rows).join("\n");
  const changed = [
    htmlTables !== paged && "its HTML tables",
    byTabs && "its columns set with tabs",
    bySpaces && "its columns set with spaces",
  ].filter(Boolean);
  const rewritten =
    [
      paged !== decoded && "its pages (form feeds) as a PDF's, without their running headers and footers",
      changed.length > 0 && `${changed.join(" and ")} as rows of cells`,
      text !== tabbed && "its words broken at a line's end with a hyphen joined",
    ]
      .filter(Boolean)
      .join("; ") || undefined;
  // Quotes are checked against the file itself, so one that is not UTF-8, or whose tables were
  // rewritten, is shipped as read.
  if (decodedFrom || rewritten)
    return {
      name: `${stem}.${rewritten ? "read" : "utf8"}${ext || ".txt"}`,
      format,
      text,
      ...(decodedFrom ? { decodedFrom } : {}),
      ...(rewritten ? { rewritten } : {}),
    };
  return { name: basename(path), format, text };
}

/**
 * A Markdown (or text) file's HTML tables as rows of " | "-separated cells, the rest as it is:
 * documentation sites write tables in HTML inside Markdown (a cell holding a list, a line break),
 * and a table the reader does not see as one gives none of its sub-processors.
 */
export function htmlTablesAsRows(text: string): string {
  const lower = text.toLowerCase();
  let at = lower.indexOf("<table");
  if (at < 0) return text;
  const parts: string[] = [];
  let from = 0;
  while (at >= 0) {
    // Tables inside tables end at the outer one's end tag.
    let depth = 0;
    let end = at;
    for (let k = at; k >= 0;) {
      const open = lower.indexOf("<table", k + 1);
      const close = lower.indexOf("</table", k + 1);
      if (close < 0) {
        end = text.length;
        break;
      }
      if (open >= 0 && open < close) {
        depth++;
        k = open;
        continue;
      }
      if (depth === 0) {
        end = text.indexOf(">", close) + 1 || text.length;
        break;
      }
      depth--;
      k = close;
    }
    parts.push(text.slice(from, at), `\n${htmlText(text.slice(at, end)).trim()}\n`);
    from = end;
    at = lower.indexOf("<table", end);
  }
  parts.push(text.slice(from));
  return parts.join("");
}

/** The charset an HTML file declares in its first 1024 bytes (`<meta charset>` or http-equiv), if any. */
function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 1024).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
}

const UTF8 = new Set(["utf-8", "utf8", "unicode-1-1-utf-8"]);

/**
 * Bytes to text: a byte-order mark decides first, then a declared charset that TextDecoder knows,
 * then UTF-8 when the bytes are valid UTF-8, else windows-1252 (what browsers assume of
 * undeclared Western text, and a superset of Latin-1's printable range). `decodedFrom` names the
 * encoding when it is not UTF-8.
 */
function decodeBytes(bytes: Buffer, declared: string | undefined): { text: string; decodedFrom?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString("utf8") };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), decodedFrom: "UTF-16LE" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), decodedFrom: "UTF-16BE" };
  if (declared && !UTF8.has(declared)) {
    try {
      const decoder = new TextDecoder(declared);
      const text = decoder.encoding === "windows-1252" ? windows1252(bytes) : decoder.decode(bytes);
      return { text, decodedFrom: `${decoder.encoding} (declared)` };
    } catch {
      // A label TextDecoder does not know: judge the bytes below.
    }
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { text: windows1252(bytes), decodedFrom: "windows-1252 (the bytes are not UTF-8)" };
  }
}

/** windows-1252's characters at 0x80-0x9F (the WHATWG Encoding index); the rest is Latin-1. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * windows-1252 decoded by hand: Node 20's TextDecoder decodes that label as Latin-1, which turns
 * the curly quotes and dashes DPAs are full of into control characters.
 */
function windows1252(bytes: Buffer): string {
  return bytes.toString("latin1").replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

/**
 * The PDF and DOCX readers are large (megabytes) and only `policy draft` needs them: they load on
 * first use, and the standalone builds (hooks, git installs) leave them out.
 */
function missingReader(error: unknown, pkg: string, path: string): never {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND")
    throw new InputError(
      `reading it needs ${pkg}, which this build of dpa-lint leaves out: use the npm package (npx @dpa-lint/cli policy draft ...)`,
      { file: path },
    );
  throw error;
}

interface Mammoth {
  convertToHtml(input: { buffer: Buffer }, options: { convertImage: unknown }): Promise<{ value: string }>;
  images: { imgElement(read: () => Promise<{ src: string }>): unknown };
}

async function docxHtml(bytes: Buffer, path: string): Promise<string> {
  let mammoth: Mammoth;
  let zip: JsZip;
  try {
    mammoth = require("mammoth") as Mammoth;
    zip = require("jszip") as JsZip;
  } catch (error) {
    missingReader(error, "mammoth", path);
  }
  checkDocxInflatedSize(bytes, MAX_DOCX_XML_BYTES, path);
  try {
    // Images are never read: the default inlines each one as base64 text, unbounded and useless here.
    const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));
    return (await mammoth.convertToHtml({ buffer: await withFieldsShown(zip, bytes) }, { convertImage })).value;
  } catch (error) {
    throw new InputError(`is not a readable DOCX file (${(error as Error).message.split("\n")[0]})`, { file: path });
  }
}

/** Runs `load` with console.log and console.warn silenced (restored however it ends). */
async function withoutConsoleLog<T>(load: () => Promise<T>): Promise<T> {
  // Reassigning, not calling: the rule against console calls does not apply (hence the comments).
  const { log, warn } = console;
  // eslint-disable-next-line no-console -- silencing pdf.js, not printing
  console.log = console.warn = (): void => undefined;
  try {
    return await load();
  } finally {
    // eslint-disable-next-line no-console -- restoring what was silenced above
    console.log = log;
    console.warn = warn;
  }
}

/** PDF text, page by page: items on one baseline form a line; a vertical gap makes a paragraph break. */
async function pdfText(bytes: Buffer, path: string): Promise<string> {
  let pdfjs: typeof PdfJs;
  try {
    // pdf.js prints warnings with console.log when it loads (a missing optional canvas package):
    // stdout belongs to the report (`--format json`), so they are dropped.
    pdfjs = await withoutConsoleLog(async () => (await importModule("pdfjs-dist/legacy/build/pdf.mjs")) as typeof PdfJs);
  } catch (error) {
    missingReader(error, "pdfjs-dist", path);
  }
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      disableFontFace: true,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new InputError(`is not a readable PDF file (${(error as Error).message.split("\n")[0]})`, { file: path });
  }
  if (doc.numPages > MAX_DPA_PAGES)
    throw new InputError(`has ${doc.numPages} pages, more than the ${MAX_DPA_PAGES} a DPA could have`, { file: path });
  const pages: string[][] = [];
  const notes: string[] = [];
  const budget = new TextBudget(path);
  // A table the page before ended with, which this page may go on with (a row alone on its page).
  let table: TableCarry | undefined;
  for (let n = 1; n <= doc.numPages; n++) {
    const pdfPage = await doc.getPage(n);
    const { items } = await pdfPage.getTextContent();
    // A fillable form's values and boxes are annotations, not the page's text (pdf-form-fields.ts).
    const page = pageTextAndNotes(
      withFormFields(
        items.filter((i) => "str" in i),
        (await pdfPage.getAnnotations()) as FormField[],
      ),
      (n) => budget.add(n),
      table,
    );
    table = page.table;
    pages.push(page.lines);
    appendAll(notes, page.notes);
  }
  // Footnotes after the last page, each its own paragraph: none cuts a sentence the page break cut.
  const text = pdfPagesText(pages);
  return notes.length === 0 ? text : `${text}\n${notes.join("\n\n")}\n`;
}
