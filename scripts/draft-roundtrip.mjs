// npm run draft:roundtrip [-- --format pdf|docx|html] [--justified] [--body-headings] [--short-pages] [--numbered]
//   [--id <text id>] [--keep <dir>]
// A measure of `dpa-lint policy draft` on PDFs, Word files and web pages nobody tuned it to: each
// dev-half Markdown text of the draft corpus (packages/authoring/test/draft-corpus), its code left
// out, is written twice, as plain text and as a PDF of our own (pdf-lib, Helvetica: headings larger
// and bold, wrapped lines, bullets' hanging indent, a running title and page numbers, tables as
// ruled cells each drawn whole before the next and wrapped within its column; with --justified,
// paragraphs set justified, each word drawn where the spread puts it; with --body-headings,
// headings bold at the text's own size, as many Word files set them; with --short-pages, pages
// ending half way down, for twice the page breaks), a Word file (docx: headings
// in Word's heading style, bullets as Word's own list numbering, tables as Word tables; with
// --numbered, clause numbers as Word's numbering, out of the text: "8." headings, "8.1" clauses)
// or a web page (<h2>, <p>, <ul><li>, <table>, one element a line), and both are drafted. Every
// text whose terms differ between the two is printed: a reading defect, or a difference the
// conversion makes (the plain text marks no heading). Characters the PDF's font cannot write are
// "?" in both. Dev half only: the test half is never read text by text.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { parse } from "yaml";
import { draftFromFile } from "../packages/authoring/dist/index.js";
import { root as repoRoot } from "./tools.mjs";

const { values } = parseArgs({
  options: {
    format: { type: "string", default: "pdf" },
    id: { type: "string" },
    keep: { type: "string" },
    justified: { type: "boolean", default: false },
    numbered: { type: "boolean", default: false },
    "body-headings": { type: "boolean", default: false },
    "short-pages": { type: "boolean", default: false },
  },
});
if (!["pdf", "docx", "html"].includes(values.format)) {
  console.error(`dpa-lint draft:roundtrip: --format is pdf, docx or html, not "${values.format}"`);
  process.exit(2);
}
const corpusDir = join(repoRoot, "packages/authoring/test/draft-corpus");
const dir = values.keep ?? mkdtempSync(join(tmpdir(), "dpa-lint-roundtrip-"));
mkdirSync(dir, { recursive: true });
const { dpas } = parse(readFileSync(join(corpusDir, "corpus.yaml"), "utf8"));
const texts = dpas.filter((d) => d.half === "dev" && d.file.endsWith(".md") && (!values.id || d.id === values.id));

/** Markdown's emphasis, code marks, links and tags away: what a PDF shows of a line. */
const shown = (line) =>
  line
    .replace(/\*\*|__|`/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "");

/**
 * A Markdown text's blocks: a heading ({ heading: true, items: [its words] }), a paragraph whose
 * items are its lines, a list's item and its wrapped lines as one, or (`withTables`) a table whose
 * every line is a row ({ rows: [cells] }). Code blocks go, and tables written beside other lines.
 */
function blocksOf(markdown, withTables) {
  const out = [];
  for (const block of markdown.split(/\n\s*\n/)) {
    const lines = block.split("\n").filter((l) => l.trim() !== "");
    const table = lines.length >= 2 && lines.every((l) => l.trim().startsWith("|"));
    if (withTables && table) {
      const rows = lines.filter((l) => !/^\s*\|[\s:|-]+\|?\s*$/.test(l));
      out.push({
        heading: false,
        items: [],
        rows: rows.map((r) =>
          r
            .trim()
            .replace(/^\||\|$/g, "")
            .split("|")
            .map((c) => shown(c.trim())),
        ),
      });
      continue;
    }
    if (lines.length === 0 || lines.some((l) => l.trim().startsWith("|")) || lines[0].trim().startsWith("```")) continue;
    let rest = lines;
    if (/^#{1,6}\s/.test(lines[0].trim())) {
      out.push({ heading: true, items: [shown(lines[0].trim().replace(/^#{1,6}\s+/, ""))] });
      rest = lines.slice(1);
    }
    const items = [];
    for (const l of rest) {
      const t = l.trim();
      if (/^([-*+]|\d{1,2}\.)\s/.test(t) || items.length === 0) items.push(t);
      else items[items.length - 1] += ` ${t}`;
    }
    if (items.length > 0) out.push({ heading: false, items: items.map((t) => shown(t.replace(/^[-*+]\s+/, "• "))) });
  }
  return out;
}

/**
 * A text's words in lines no wider than `width` at `size` points: the line breaks a PDF writer
 * makes, a word wider than the line broken where it reaches the margin (as a table cell breaks it).
 */
function wrapped(text, font, size, width) {
  const lines = [];
  let current = "";
  const words = text.split(" ").flatMap((word) => {
    const pieces = [];
    let piece = "";
    for (const c of word) {
      if (piece && font.widthOfTextAtSize(piece + c, size) > width) [pieces[pieces.length], piece] = [piece, ""];
      piece += c;
    }
    return [...pieces, piece];
  });
  for (const word of words) {
    if (current && font.widthOfTextAtSize(`${current} ${word}`, size) > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return [...lines, current];
}

/**
 * The blocks as a PDF: A4, headings at 13 points in bold, text at 10, lines wrapped at the margin,
 * tables drawn as cells (at 9 points, the first row bold, each column as wide as its longest cell
 * asks within the page, cells wrapped within their column and ruled, a row never split over pages).
 */
async function pdfOf(blocks, title, writable) {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages = [];
  // Where a page's text ends: with --short-pages, half way down (more page breaks, tables split).
  const bottom = values["short-pages"] ? 450 : 70;
  let page;
  let y = 0;
  const newPage = () => {
    page = doc.addPage([595, 842]);
    pages.push(page);
    y = 780;
  };
  newPage();
  for (const block of blocks) {
    if (block.rows) {
      tableOf(block.rows.map((r) => r.map(writable)));
      y -= 8;
      continue;
    }
    const [size, font] = block.heading ? [values["body-headings"] ? 10 : 13, bold] : [10, regular];
    if (block.heading) y -= 6;
    const line = (text, x, justify) => {
      if (y < bottom) newPage();
      const words = text.split(" ");
      const room = 545 - x - font.widthOfTextAtSize(words.join(""), size);
      if (!justify || words.length < 2) page.drawText(text, { x, y, size, font });
      else {
        // Justified, as word processors set a paragraph: each word drawn where the spread puts it.
        let at = x;
        for (const word of words) {
          page.drawText(word, { x: at, y, size, font });
          at += font.widthOfTextAtSize(word, size) + room / (words.length - 1);
        }
      }
      y -= size * 1.25;
    };
    for (const item of block.items) {
      const bullet = item.startsWith("• ");
      const lines = wrapped(writable(item), font, size, bullet ? 480 : 495);
      lines.forEach((l, k) => line(l, bullet && k > 0 ? 65 : 50, values.justified && !block.heading && k < lines.length - 1));
    }
    y -= 8;
  }
  pages.forEach((p, k) => {
    p.drawText(title, { x: 50, y: 810, size: 8, font: regular });
    p.drawText(`Page ${k + 1} of ${pages.length}`, { x: 270, y: 30, size: 8, font: regular });
  });
  return doc.save();

  function tableOf(rows) {
    const size = 9;
    const columns = Math.max(...rows.map((r) => r.length));
    // As a word processor fits a table to the page: each column at least as wide as its longest
    // word, the room left shared as the columns' longest cells ask for it (up to a third of the
    // page each); where even the words do not fit, the widest columns narrowed to one width, their
    // longest words broken.
    const width = (t) => bold.widthOfTextAtSize(t, size) + 8;
    const sum = (values) => values.reduce((x, w) => x + w, 0);
    const cells = [...Array(columns).keys()].map((c) => rows.map((r) => r[c] ?? ""));
    const least = cells.map((column) => Math.max(30, ...column.flatMap((t) => t.split(" ").map(width))));
    const asks = cells.map((column, c) => Math.max(0, Math.min(165, Math.max(...column.map(width))) - least[c]));
    const room = 495 - sum(least);
    let cap = Math.max(...least);
    while (cap > 20 && sum(least.map((w) => Math.min(w, cap))) > 495) cap -= 1;
    const widths =
      room >= 0
        ? least.map((w, c) => w + (sum(asks) > 0 ? (room * asks[c]) / sum(asks) : room / columns))
        : least.map((w) => Math.min(w, cap));
    for (const [r, row] of rows.entries()) {
      const font = r === 0 ? bold : regular;
      const cells = widths.map((w, c) => wrapped(row[c] ?? "", font, size, w - 8));
      const height = Math.max(...cells.map((l) => l.length)) * size * 1.25 + 6;
      // A row taller than the page's room starts a page and runs past its foot.
      if (y - height < bottom - 10 && y < 770) newPage();
      let x = 50;
      for (const [c, lines] of cells.entries()) {
        page.drawRectangle({ x, y: y - height, width: widths[c], height, borderWidth: 0.5, borderColor: rgb(0, 0, 0) });
        lines.forEach((l, k) => page.drawText(l, { x: x + 4, y: y - 4 - size - k * size * 1.25, size, font }));
        x += widths[c];
      }
      y -= height;
    }
  }
}

/** The blocks as a Word file: headings in Word's heading style, bullets as Word's own bulleted list. */
async function docxOf(blocks, writable) {
  const bullets = { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT }] };
  // With --numbered, clause numbers are Word's own numbering, not the text's: "8. Breaches" a
  // heading numbered "%1.", "8.1 The Processor ..." a paragraph numbered "%1.%2." under it.
  const clauses = {
    reference: "clauses",
    levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT },
      { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2.", alignment: AlignmentType.LEFT },
    ],
  };
  const numbered = (item, heading) => {
    const m = values.numbered ? /^(?:\d{1,2}\.?\s+|(\d{1,2}\.\d{1,2})\.?\s+)(?=\S)/.exec(item) : null;
    if (!m || (heading && m[1]) || (!heading && !m[1])) return undefined;
    return { text: writable(item.slice(m[0].length)), numbering: { reference: "clauses", level: heading ? 0 : 1 } };
  };
  const children = blocks.flatMap((block) =>
    block.rows
      ? [
          new Table({
            rows: block.rows.map(
              (r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(writable(c))] })) }),
            ),
          }),
        ]
      : block.items.map((item) => {
          const clause = numbered(item, block.heading);
          if (block.heading)
            return clause
              ? new Paragraph({ text: clause.text, heading: HeadingLevel.HEADING_2, numbering: clause.numbering })
              : new Paragraph({ text: writable(item), heading: HeadingLevel.HEADING_2 });
          if (item.startsWith("• "))
            return new Paragraph({ children: [new TextRun(writable(item.slice(2)))], numbering: { reference: "bullets", level: 0 } });
          return clause
            ? new Paragraph({ children: [new TextRun(clause.text)], numbering: clause.numbering })
            : new Paragraph({ children: [new TextRun(writable(item))] });
        }),
  );
  return Packer.toBuffer(new Document({ numbering: { config: [bullets, clauses] }, sections: [{ children }] }));
}

/** The blocks as a web page: a heading an <h2>, a paragraph's lines <p>, its bullets one <ul>. */
function htmlOf(blocks, writable) {
  const text = (t) => writable(t).replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const lines = ["<!DOCTYPE html>", "<html><body>"];
  for (const block of blocks) {
    if (block.heading) {
      lines.push(`<h2>${text(block.items[0])}</h2>`);
      continue;
    }
    if (block.rows) {
      lines.push("<table>", ...block.rows.map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join("")}</tr>`), "</table>");
      continue;
    }
    let list = false;
    for (const item of block.items) {
      const bullet = item.startsWith("• ");
      if (bullet !== list) lines.push(bullet ? "<ul>" : "</ul>");
      list = bullet;
      lines.push(bullet ? `<li>${text(item.slice(2))}</li>` : `<p>${text(item)}</p>`);
    }
    if (list) lines.push("</ul>");
  }
  return `${[...lines, "</body></html>"].join("\n")}\n`;
}

/** The terms compared: every scored family's value, retention as its sorted periods, sub-processors by name. */
const termsOf = (t) => ({
  governingLaw: t.governingLaw?.value,
  priorNotice: t.priorNotice?.value,
  objectionWindow: t.objectionWindow?.value,
  breachNotification: t.breachNotification?.value,
  auditMaxPerYear: t.auditMaxPerYear?.value,
  hostingDeclared: t.hostingDeclared?.value,
  hostingAllowed: t.hostingAllowed?.value,
  retention: t.retention.map((r) => `${r.value.value} ${r.value.unit}`).sort(),
  subprocessors: (t.subprocessors ?? []).map((s) => s.value.name).sort(),
});

// The PDF's font writes WinAnsi only: what it cannot write is "?" in the text too.
const probe = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
const writable = (s) =>
  [...s]
    .map((c) => {
      try {
        probe.encodeText(c);
        return c;
      } catch {
        return "?";
      }
    })
    .join("");

let differing = 0;
for (const { id, file } of texts) {
  // Tables are drawn in each form, and the plain text has them as rows.
  const blocks = blocksOf(readFileSync(join(corpusDir, "texts", file), "utf8"), true);
  const text = `${blocks
    .map((b) =>
      (b.rows ? b.rows.map((r) => `| ${r.map(writable).join(" | ")} |`) : b.items.map((i) => writable(i.replace(/^• /, "- ")))).join("\n"),
    )
    .join("\n\n")}\n`;
  writeFileSync(join(dir, `${id}.txt`), text);
  const converted = join(dir, `${id}.${values.format}`);
  const bytes =
    values.format === "html"
      ? htmlOf(blocks, writable)
      : values.format === "pdf"
        ? await pdfOf(blocks, `${id} Data Processing Agreement`, writable)
        : await docxOf(blocks, writable);
  writeFileSync(converted, bytes);
  const a = termsOf((await draftFromFile(join(dir, `${id}.txt`))).terms);
  const b = termsOf((await draftFromFile(converted)).terms);
  const changed = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  if (changed.length === 0) continue;
  differing++;
  console.log(
    `${id}: ${changed.map((k) => `${k} ${JSON.stringify(a[k])} (text) / ${JSON.stringify(b[k])} (${values.format})`).join("; ")}`,
  );
}
console.log(
  `dpa-lint draft:roundtrip: ${texts.length - differing} of ${texts.length} dev texts draft alike from text and ${values.format} (files in ${dir})`,
);
