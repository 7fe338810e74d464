// policy draft on a DPA written as a form: options offered with boxes, one ticked ("within ☐ 24
// hours ☒ 48 hours ☐ 72 hours"). The options left empty are no term, in every format a form is
// published in (the text's own characters, Word's check boxes and symbols, a web page's inputs); bullets that look like boxes are never read as options.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CheckBox, Document, Packer, Paragraph, SymbolRun, TextRun } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { expectLinear, expectLinearOver } from "../../../test/support/linearity.js";
import { draftFromFile, draftFromText, htmlText, quoteAppearsIn, type Draft } from "../src/index.js";
import { withoutUnchosenOptions } from "../src/form-choices.js";
import { type FormField, withFormFields } from "../src/draft/pdf-form-fields.js";
import type { PdfItem } from "../src/draft/pdf-blanks.js";

const draft = (text: string): Draft => draftFromText({ text, name: "dpa.md", format: "markdown" }, "form");
const breach = (d: Draft): unknown => d.terms.breachNotification?.value;
const hosting = (d: Draft): unknown => d.terms.hostingAllowed?.value;

/** Every quote the draft took is in the text, as policy check compares them. */
function quotesVerbatim(d: Draft, text: string): void {
  for (const t of [d.terms.breachNotification, d.terms.hostingAllowed]) if (t) expect(quoteAppearsIn(t.quote, text), t.quote).toBe(true);
}

describe("a form's options: the ticked one is the term", () => {
  it.each([
    [
      "boxes on the notice's line",
      "## 8. Personal data breaches\n\nThe Processor shall notify the Controller of a Personal Data Breach within ☐ 24 hours ☒ 48 hours ☐ 72 hours after becoming aware of it.\n",
      { value: 48, unit: "hours" },
    ],
    [
      "a line each, in German, Markdown's task boxes",
      "## 9. Meldung von Verletzungen\n\nDer Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten innerhalb von\n[ ] 24 Stunden\n[x] 48 Stunden\n[ ] 72 Stunden\nnach Kenntnisnahme.\n",
      { value: 48, unit: "hours" },
    ],
    [
      "a list after a long notice ending in the words its period follows (French)",
      "## Violations\n\nLe Sous-traitant notifie au Responsable de traitement toute violation de données à caractère personnel dans un délai de :\n- ☐ 24 heures\n- ☒ 48 heures\n- ☐ 72 heures\n",
      { value: 48, unit: "hours" },
    ],
    [
      "options as paragraphs of their own, as Word writes them",
      "## 9. Meldung\n\nDer Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten innerhalb von:\n\n☐ 24 Stunden\n\n☒ 48 Stunden\n\n☐ 72 Stunden\n",
      { value: 48, unit: "hours" },
    ],
    [
      "no boxes: a list after a long notice ending in the words its period follows",
      "## Violations\n\nLe Sous-traitant notifie au Responsable de traitement toute violation de données à caractère personnel dans un délai de :\n- 48 heures\n",
      { value: 48, unit: "hours" },
    ],
    [
      "Dutch, the first option ticked",
      "## Datalekken\n\nVerwerker informeert Verwerkingsverantwoordelijke binnen ☒ 24 uur ☐ 48 uur ☐ 72 uur na ontdekking van een datalek.\n",
      { value: 24, unit: "hours" },
    ],
    [
      "shapes that are also bullets, two on a line (ZapfDingbats' ❑ and ✔)",
      "## Breach\n\nThe Processor shall notify the Controller of any Personal Data Breach within ❑ 24 hours ✔ 36 hours.\n",
      { value: 36, unit: "hours" },
    ],
  ])("%s", (_, text, expected) => {
    const d = draft(text);
    expect(breach(d)).toEqual(expected);
    quotesVerbatim(d, text);
  });

  it("a choice of places: the ticked country, after the colon its words end with", () => {
    const text = "## Hosting\n\nPersonal data is processed in: ☒ Germany ☐ the European Union ☐ other: ______\n";
    const d = draft(text);
    expect(hosting(d)).toEqual(["DE"]);
    quotesVerbatim(d, text);
  });

  it.each([
    ["a form's options a line each", "## Location\n\nPersonal data is hosted in:\n☐ the United States\n☒ Germany\n", ["DE"]],
    ["a form's options a paragraph each", "## Location\n\nPersonal data is hosted in:\n\n☐ the United States\n\n☒ Germany\n", ["DE"]],
    [
      "no boxes: the following countries, one an item",
      "## Location of processing\n\nThe Processor processes personal data in the following countries:\n- Germany\n- Finland\n",
      ["DE", "FI"],
    ],
    [
      "cities with their countries",
      "## Hosting\n\nCustomer Data is stored in the following locations:\n\n- Frankfurt, Germany\n- Helsinki, Finland\n",
      ["DE", "FI"],
    ],
    [
      "German",
      "## Ort der Verarbeitung\n\nDie Verarbeitung der Daten erfolgt ausschließlich in folgenden Ländern:\n- Deutschland\n- Österreich\n",
      ["DE", "AT"],
    ],
    [
      "Dutch, the list on the line after the colon",
      "## Locatie\n\nDe persoonsgegevens worden uitsluitend opgeslagen in de volgende landen: Nederland en Duitsland.\n",
      ["NL", "DE"],
    ],
  ])("places listed after a hosting sentence's colon: %s", (_, text, expected) => {
    const d = draft(text);
    expect(hosting(d)).toEqual(expected);
    quotesVerbatim(d, text);
  });

  it("reads the places after 'the following countries:' on the line the same way every time (no pattern keeps state between texts)", () => {
    const text = "## Hosting\n\nPersonal data is stored only in the following countries: Germany and Finland.\n";
    expect([1, 2, 3].map(() => hosting(draft(text)))).toEqual([
      ["DE", "FI"],
      ["DE", "FI"],
      ["DE", "FI"],
    ]);
  });

  it("the EU ticked among places is the EU/EEA commitment; a list of anything but places names no place", () => {
    const text = "## Location\n\nPersonal data is hosted in:\n☐ the United States\n☒ the European Union\n";
    const d = draft(text);
    expect(d.terms.hostingDeclared?.value).toEqual(["EEA"]);
    expect(quoteAppearsIn(d.terms.hostingDeclared?.quote ?? "", text)).toBe(true);
    // A wish is no commitment, listed or not.
    expect(draft("## Location\n\nWe aim to host personal data in:\n- the European Union\n").terms.hostingDeclared).toBeUndefined();
    const systems = draft(
      "## Hosting\n\nCustomer Data is stored in the following systems:\n- PostgreSQL database in Germany, replicated nightly to a standby\n- S3 buckets\n",
    );
    expect(hosting(systems)).toBeUndefined();
  });

  it.each([
    [
      "prior notice, a list after 'at least'",
      "## 6. Sub-processors\n\nThe Processor shall give the Controller prior written notice of any new sub-processor of at least:\n- ☐ 14 days\n- ☒ 30 days\n",
      "priorNotice",
      { value: 30, unit: "days" },
    ],
    [
      "prior notice in German, the options a line each",
      "## 6. Unterauftragsverarbeiter\n\nDer Auftragnehmer kündigt jeden neuen Unterauftragsverarbeiter vorab an, und zwar mindestens:\n☐ 14 Tage\n☒ 4 Wochen\nvor dessen Einsatz.\n",
      "priorNotice",
      { value: 28, unit: "days" },
    ],
    [
      "an objection window, a list after 'within'",
      "## 6. Sub-processors\n\nThe Processor shall notify the Controller of any new sub-processor. The Controller may object to a new sub-processor within:\n- ☐ 10 days\n- ☒ 30 days\n",
      "objectionWindow",
      { value: 30, unit: "days" },
    ],
    [
      "an objection window in French, 'un délai de :'",
      "## 6. Sous-traitants ultérieurs\n\nLe Prestataire informe le Client de tout changement envisagé concernant l'ajout ou le remplacement d'un sous-traitant ultérieur. Le Client dispose, pour formuler ses objections, d'un délai de :\n- ☐ 15 jours\n- ☒ 30 jours\n",
      "objectionWindow",
      { value: 30, unit: "days" },
    ],
  ])("%s", (_, text, term, expected) => {
    const d = draft(text);
    const t = d.terms[term as "priorNotice" | "objectionWindow"];
    expect(t?.value).toEqual(expected);
    expect(quoteAppearsIn(t?.quote ?? "", text)).toBe(true);
  });

  it.each([
    [
      "German, a long introduction ending in 'innerhalb von:'",
      "## 11. Löschung\n\nNach Beendigung des Vertrages löscht der Auftragnehmer sämtliche personenbezogenen Daten innerhalb von:\n☐ 30 Tagen\n☒ 90 Tagen\n",
    ],
    [
      "French, no boxes",
      "## 11. Suppression\n\nÀ la fin du contrat, le Prestataire supprime toutes les données à caractère personnel dans un délai de :\n- 90 jours\n",
    ],
  ])("a deletion's period in the list after its introduction: %s", (_, text) => {
    expect(draft(text).terms.retention.map((r) => r.value)).toEqual([{ value: 90, unit: "days" }]);
  });

  it("a key-terms table whose cells offer the options: each row's ticked one", () => {
    const text =
      "## Key terms\n\n| Term | Selection |\n|---|---|\n| Breach notification | [ ] 24 hours [x] 36 hours |\n| Objection to new sub-processors | ☐ 14 days ☒ 30 days |\n| Data location | [x] EU/EEA [ ] United States |\n| Governing law | [ ] England and Wales [x] Ireland |\n";
    const d = draft(text);
    expect(breach(d)).toEqual({ value: 36, unit: "hours" });
    expect(d.terms.objectionWindow?.value).toEqual({ value: 30, unit: "days" });
    expect(d.terms.hostingDeclared?.value).toEqual(["EEA"]);
    expect(d.terms.governingLaw?.value).toBe("IE");
  });

  it("a choice the form leaves open (no box ticked on the line) gives no term", () => {
    expect(
      breach(
        draft(
          "## Breach\n\nThe Processor shall notify the Controller of a Personal Data Breach within ☐ 24 hours ☐ 48 hours ☐ 72 hours.\n",
        ),
      ),
    ).toBeUndefined();
  });
});

describe("what is no form's choice", () => {
  it.each([
    ["a list with ❑ bullets", "Sub-processors:\n❑ Hetzner Online GmbH, Germany\n❑ Twilio Inc., USA\n"],
    ["bullets of two levels (● and ○)", "Measures:\n● Encryption at rest\n○ AES-256 within 24 hours\n● Access control\n"],
    ["a checklist whose boxes are all empty, one a line", "- [ ] Notify within 24 hours\n- [ ] Report within 72 hours\n"],
    ["a check mark as a bullet", "✓ Data stays in the EU\n✓ Breaches notified within 24 hours\n"],
    ["ticks alone, no empty box", "Options: ☒ 24 hours ☒ encrypted backups\n"],
  ])("%s", (_, text) => {
    expect(withoutUnchosenOptions(text)).toBe(text);
  });

  it("an empty option ends at the next box, a table cell's end or its line's end; its box stays; lines and positions are the file's", () => {
    const text = "| Breach | ☐ 24 h | ☒ 48 h |\nwithin ☐ 24 hours ☒ 48 hours\r\n\n[ ] Germany\n[x] Finland\n";
    const out = withoutUnchosenOptions(text);
    expect(out).toBe("| Breach | ☐      | ☒ 48 h |\nwithin ☐          ☒ 48 hours\r\n\n[ ]        \n[x] Finland\n");
    expect(out.length).toBe(text.length);
  });

  it("costs its input's length, however many boxes a line holds", () => {
    expectLinear(withoutUnchosenOptions, (n) => `within ${"☐ 24 hours ".repeat(n)}☒ 48 hours\n`.repeat(4), 2000);
  });
});

// A PDF's boxes drawn as text are read as the characters its fonts map them to: Word's check
// boxes export as ☐ and ☒, its Wingdings symbols as their private-use codes (both read as the
// text's own above). A standard font's dingbats without a character map (pdf-lib's ZapfDingbats)
// come out as the letters of their codes, which no reader can tell from text. A fillable PDF's
// fields are read where they sit.
describe("a form's check boxes in Word, a web page and a fillable PDF", () => {
  const dir = mkdtempSync(join(tmpdir(), "dpa-form-"));

  it("Word's check box content controls and Wingdings symbols", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun("8. Personal Data Breaches")] }),
            new Paragraph({
              children: [
                new TextRun("The Processor shall notify the Controller of a Personal Data Breach within "),
                new CheckBox({ checked: false }),
                new TextRun(" 24 hours "),
                new CheckBox({ checked: true }),
                new TextRun(" 48 hours "),
                new CheckBox({ checked: false }),
                new TextRun(" 72 hours after becoming aware of it."),
              ],
            }),
            new Paragraph({ children: [new TextRun("9. Location of processing")] }),
            new Paragraph({
              children: [
                new TextRun("Personal data is processed in: "),
                new SymbolRun({ char: "F0A8", symbolfont: "Wingdings" }),
                new TextRun(" the United States "),
                new SymbolRun({ char: "F0FE", symbolfont: "Wingdings" }),
                new TextRun(" Germany"),
              ],
            }),
          ],
        },
      ],
    });
    const path = join(dir, "form.docx");
    writeFileSync(path, await Packer.toBuffer(doc));
    const d = await draftFromFile(path);
    expect(breach(d)).toEqual({ value: 48, unit: "hours" });
    expect(hosting(d)).toEqual(["DE"]);
  });

  it("a web page's drop-down shows its chosen option alone (the first when none is selected)", () => {
    const page = (select: string): Draft =>
      draftFromText(
        {
          name: "dpa.html",
          format: "html",
          text: htmlText(
            `<h2>8. Breaches</h2><p>The Processor shall notify the Controller of a Personal Data Breach within ${select} of becoming aware of it.</p>`,
          ),
        },
        "form",
      );
    expect(
      breach(page('<select name="h"><option value="24">24 hours</option><option value="48" selected>48 hours</option></select>')),
    ).toEqual({ value: 48, unit: "hours" });
    expect(breach(page("<select><option>36 hours</option><option>72 hours</option></select>"))).toEqual({ value: 36, unit: "hours" });
  });

  it("a web page's check boxes (<input type=checkbox checked>)", async () => {
    const path = join(dir, "form.html");
    writeFileSync(
      path,
      '<h2>8. Breaches</h2><p>The Processor shall notify the Controller of a Personal Data Breach within <input type="checkbox" disabled> 24 hours <input type="checkbox" checked disabled> 48 hours.</p>',
    );
    expect(breach(await draftFromFile(path))).toEqual({ value: 48, unit: "hours" });
  });

  it("a fillable PDF filled in: its text fields' values and its check boxes where they sit", async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([595, 842]);
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const form = pdf.getForm();
    /** Words, then a field right after them (its box a few points on); returns where the box ends. */
    const words = (text: string, x: number, y: number): number => {
      page.drawText(text, { x, y, size: 10, font });
      return x + font.widthOfTextAtSize(text, 10) + 3;
    };
    words("8. Personal Data Breaches", 50, 760);
    const at = words("The Processor shall notify the Controller of a Personal Data Breach within", 50, 740);
    const hours = form.createTextField("breach.hours");
    hours.setText("48");
    hours.addToPage(page, { x: at, y: 736, width: 24, height: 14, font });
    words("hours after becoming aware of it.", at + 27, 740);
    words("9. Location of processing", 50, 710);
    let x = words("Personal data is processed in:", 50, 690);
    for (const [name, place, ticked] of [
      ["us", "the United States", false],
      ["de", "Germany", true],
    ] as const) {
      const box = form.createCheckBox(`host.${name}`);
      box.addToPage(page, { x, y: 688, width: 10, height: 10 });
      if (ticked) box.check();
      x = words(place, x + 13, 690) + 6;
    }
    const path = join(dir, "filled.pdf");
    writeFileSync(path, await pdf.save());
    const d = await draftFromFile(path);
    expect(breach(d)).toEqual({ value: 48, unit: "hours" });
    expect(hosting(d)).toEqual(["DE"]);
  });

  it("places a page's fields at a cost linear in its items, however many fields crowd one line", () => {
    const page = (n: number): { items: PdfItem[]; fields: FormField[] } => ({
      items: Array.from({ length: n }, (_, k) => ({ str: "word", transform: [10, 0, 0, 10, k * 30, 700], width: 20 })),
      fields: Array.from({ length: n }, (_, k) => ({
        subtype: "Widget",
        fieldType: "Tx",
        fieldValue: "48",
        rect: [k * 30 + 22, 697, k * 30 + 28, 711],
      })),
    });
    expectLinearOver(({ items, fields }) => withFormFields(items, fields), page, 2000);
  });
});
