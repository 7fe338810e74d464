import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, extname } from "node:path";
import type * as PdfJs from "pdfjs-dist/legacy/build/pdf.mjs";
import { importModule } from "../builtins.js";
import { InputError } from "../errors.js";

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
}

const require = createRequire(import.meta.url);

/** Larger files are refused before they are read: a DPA, even a scanned PDF of one, is far smaller. */
export const MAX_DPA_BYTES = 50 * 2 ** 20;

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
  if (ext === ".pdf") return { name: `${stem}.txt`, format: "pdf", text: await pdfText(bytes, display) };
  if (ext === ".docx") return { name: `${stem}.txt`, format: "docx", text: htmlText(await docxHtml(bytes, display)) };
  if (ext === ".html" || ext === ".htm") return { name: `${stem}.txt`, format: "html", text: htmlText(bytes.toString("utf8")) };
  if (bytes.includes(0)) throw new InputError("is binary; give plain text, Markdown, HTML, PDF or DOCX", { file: display });
  return { name: basename(path), format: ext === ".md" || ext === ".markdown" ? "markdown" : "text", text: bytes.toString("utf8") };
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  ldquo: "“",
  rdquo: "”",
  ndash: "–",
  mdash: "—",
  euro: "€",
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e.startsWith("#x") || e.startsWith("#X")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

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

/**
 * HTML to text: each block is a paragraph of its own (a blank line after it), a table row is one
 * line of " | "-separated cells. One pass over the markup, each tag and comment found with
 * indexOf from where the last ended: an unclosed `<!--` or `<tr` costs nothing more than the
 * text after it (regular expressions with lazy matches made such files quadratic).
 */
export function htmlText(html: string): string {
  const lower = html.toLowerCase();
  // The text as parts, joined once; whether it ends a line is tracked, never read back from it.
  const parts: string[] = [];
  let lineStart = true;
  let row: string[] | undefined;
  let cell: string | undefined;
  const emit = (piece: string): void => {
    if (cell !== undefined) cell += piece;
    else if (piece) {
      parts.push(piece);
      lineStart = piece.endsWith("\n");
    }
  };
  const endCell = (): void => {
    if (cell !== undefined && row) row.push(decode(cell).replace(/\s+/g, " ").replace(/\|/g, "/").trim());
    cell = undefined;
  };
  const endRow = (): void => {
    endCell();
    // Rows on consecutive lines: a table stays one paragraph.
    if (row) {
      parts.push(`${lineStart ? "" : "\n"}${row.join(" | ")}\n`);
      lineStart = true;
    }
    row = undefined;
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
      if (!slash) row = [];
    } else if ((name === "td" || name === "th") && row) {
      endCell();
      if (!slash) cell = "";
    } else if (name === "br") emit(cell !== undefined ? " " : "\n");
    else if (BLOCKS.has(name)) {
      if (name === "table") endRow();
      emit(cell !== undefined ? " " : "\n\n");
    }
  }
  endRow();
  return `${decode(parts.join(""))
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((l, i, all) => l !== "" || all[i - 1] !== "")
    .filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim()}\n`;
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

async function docxHtml(bytes: Buffer, path: string): Promise<string> {
  let mammoth: { convertToHtml(input: { buffer: Buffer }): Promise<{ value: string }> };
  try {
    mammoth = require("mammoth") as typeof mammoth;
  } catch (error) {
    missingReader(error, "mammoth", path);
  }
  try {
    return (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw new InputError(`is not a readable DOCX file (${(error as Error).message.split("\n")[0]})`, { file: path });
  }
}

interface PdfItem {
  str: string;
  transform: number[];
  hasEOL?: boolean;
}

/** PDF text, page by page: items on one baseline form a line; a vertical gap makes a paragraph break. */
async function pdfText(bytes: Buffer, path: string): Promise<string> {
  let pdfjs: typeof PdfJs;
  try {
    pdfjs = (await importModule("pdfjs-dist/legacy/build/pdf.mjs")) as typeof PdfJs;
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
  const lines: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    let line = "";
    let y: number | undefined;
    let gap = 0;
    for (const item of items.filter((i) => "str" in i) as PdfItem[]) {
      const here = item.transform[5] ?? 0;
      const size = Math.abs(item.transform[3] ?? 10) || 10;
      if (y !== undefined && Math.abs(here - y) > size / 2) {
        lines.push(line.trim());
        if (Math.abs(here - y) > size * 1.8) lines.push("");
        line = "";
        gap = 0;
      }
      line += (gap > 0 && line && !line.endsWith(" ") && !item.str.startsWith(" ") ? " " : "") + item.str;
      gap = item.str ? 1 : gap;
      y = here;
    }
    if (line.trim()) lines.push(line.trim());
    // A paragraph that runs on to the next page goes on; one that ended ends here.
    if (/[.:;!?]\s*$/.test(lines[lines.length - 1] ?? "")) lines.push("");
  }
  return `${lines
    .filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim()}\n`;
}
