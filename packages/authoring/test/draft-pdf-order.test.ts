// policy draft on PDFs that draw a page's text out of reading order: its headings first and the
// paragraphs under them after, a list's markers after its items, the running header last (as
// WeasyPrint does), and pages drawn column by column, which must keep their columns. The PDFs are
// written here with pdf-lib, drawing in the order each case needs.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { draftFromFile } from "../src/index.js";
import { readDpa } from "../src/draft/source.js";

interface Text {
  text: string;
  x: number;
  y: number;
  size?: number;
}

/** A one-page PDF with its texts drawn in the order given; its path. */
async function drawnPdf(texts: readonly Text[]): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  for (const t of texts) draw(page, font, t);
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-order-"));
  const path = join(dir, "dpa.pdf");
  writeFileSync(path, await doc.save());
  return path;
}

function draw(page: PDFPage, font: PDFFont, t: Text): void {
  page.drawText(t.text, { x: t.x, y: t.y, size: t.size ?? 11, font });
}

const textOf = async (texts: readonly Text[]): Promise<string> => (await readDpa(await drawnPdf(texts))).text;

describe("policy draft on PDFs drawn out of reading order", () => {
  it("reads a section's text under its own heading where the page's headings are drawn first", async () => {
    const path = await drawnPdf([
      { text: "8. Personal data breaches", x: 28, y: 760, size: 16 },
      { text: "9. Audits", x: 28, y: 600, size: 16 },
      { text: "The Supplier shall notify the Client of a personal data breach within 24 hours", x: 45, y: 730 },
      { text: "after becoming aware of it.", x: 45, y: 712 },
      { text: "The Client may audit the Supplier once a year on 30 days' notice.", x: 45, y: 570 },
    ]);
    const { text } = await readDpa(path);
    expect(text.indexOf("within 24 hours")).toBeGreaterThan(text.indexOf("8. Personal data breaches"));
    expect(text.indexOf("within 24 hours")).toBeLessThan(text.indexOf("9. Audits"));
    expect(text.indexOf("once a year")).toBeGreaterThan(text.indexOf("9. Audits"));
    const d = await draftFromFile(path);
    expect(d.terms.breachNotification?.value).toEqual({ value: 24, unit: "hours" });
    expect(d.terms.breachNotification?.clause).toMatch(/^8\b/);
  });

  it("puts a list's markers drawn after its items before the items' text", async () => {
    const text = await textOf([
      { text: "The Supplier shall document the measures before processing starts.", x: 45, y: 700 },
      { text: "The Supplier shall notify the Client of a personal data breach within 48 hours.", x: 45, y: 670 },
      { text: "1.", x: 28, y: 700 },
      { text: "2.", x: 28, y: 670 },
      { text: "•", x: 50, y: 600 },
    ]);
    expect(text).toContain("1. The Supplier shall document");
    expect(text).toContain("2. The Supplier shall notify");
    // A marker with no line of text beside it stays where it is.
    expect(text).toMatch(/•\s*$/);
  });

  it("reads a running header drawn last, right-aligned over short lines, at the page's top", async () => {
    const text = await textOf([
      { text: "11.3 Choice of law", x: 28, y: 728, size: 13 },
      { text: "The laws of the Czech Republic shall apply.", x: 45, y: 697 },
      { text: "11.4 Jurisdiction", x: 28, y: 664, size: 13 },
      { text: "The Parties agree that the courts of Prague have jurisdiction over any dispute under this Agreement.", x: 45, y: 633 },
      { text: "Data Processing Agreement", x: 398, y: 789, size: 14 },
    ]);
    expect(text.indexOf("Data Processing Agreement")).toBeLessThan(text.indexOf("11.3 Choice of law"));
    // Over headings alone, none reaching as far right as it, drawn first.
    const headings = await textOf([
      { text: "9. Instructions", x: 28, y: 512, size: 16 },
      { text: "10. Deletion", x: 28, y: 232, size: 16 },
      { text: "Data Processing Agreement", x: 398, y: 789, size: 14 },
      { text: "7. The liability of the Supplier is limited to the fees paid in the last twelve months.", x: 28, y: 730 },
    ]);
    expect(headings.indexOf("7. The liability")).toBeLessThan(headings.indexOf("9. Instructions"));
    expect(headings.indexOf("Data Processing Agreement")).toBeLessThan(headings.indexOf("7. The liability"));
  });

  it("keeps a page drawn column by column in its columns, a full-width footer drawn first last", async () => {
    const left = ["The Supplier shall host", "all personal data in", "Germany only."];
    const right = ["The Client may object", "within 30 days of notice", "of a new sub-processor."];
    const text = await textOf([
      { text: "Page 1 of 1 - Data Processing Agreement between the Client and the Supplier", x: 50, y: 40, size: 9 },
      ...left.map((l, k) => ({ text: l, x: 50, y: 700 - 14 * k })),
      // The right column starts a little higher: off the left one's baselines, no table's rows.
      ...right.map((l, k) => ({ text: l, x: 320, y: 707 - 14 * k })),
    ]);
    const at = (s: string): number => text.indexOf(s);
    expect(at("Germany only.")).toBeLessThan(at("The Client may object"));
    expect(at("all personal data in")).toBeLessThan(at("Germany only."));
    expect(at("of a new sub-processor.")).toBeLessThan(at("Page 1 of 1"));
  });
});
