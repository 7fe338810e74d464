// policy draft on PDF tables as word processors export them: each cell drawn whole, line by line,
// before the next cell of its row, cells padded and ruled, rows as tall as their tallest cell.
// The PDFs are written here with pdf-lib, the way scripts/draft-roundtrip.mjs writes them.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { expectLinearOver } from "../../../test/support/linearity.js";
import { draftFromFile, draftFromText, type Draft } from "../src/index.js";
import { pageLines, pageTextAndNotes, type PdfItem } from "../src/draft/pdf-lines.js";
import { pdfPagesText } from "../src/draft/pdf-pages.js";

const SIZE = 9;
const LINE = SIZE * 1.25;

/** One table row: each cell's lines, drawn cell by cell; returns where the row ends. */
function drawRow(page: PDFPage, font: PDFFont, columns: readonly number[], cells: readonly string[][], top: number): number {
  const height = Math.max(...cells.map((c) => c.length)) * LINE + 6;
  cells.forEach((lines, c) => {
    const x = columns[c] as number;
    const width = (columns[c + 1] ?? 545) - x;
    page.drawRectangle({ x, y: top - height, width, height, borderWidth: 0.5, borderColor: rgb(0, 0, 0) });
    lines.forEach((line, k) => page.drawText(line, { x: x + 4, y: top - 4 - SIZE - k * LINE, size: SIZE, font }));
  });
  return top - height;
}

interface Drawn {
  /** Text above the table (each a line), its rows (each cell's lines), text close under it. */
  above?: string[];
  rows: string[][][];
  below?: string[];
  /** Rows drawn on a second page, under nothing but the running title. */
  overleaf?: string[][][];
}

async function tablePdf(columns: readonly number[], drawn: Drawn): Promise<Draft> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  let y = 780;
  for (const line of drawn.above ?? []) {
    page.drawText(line, { x: 50, y, size: 10, font });
    y -= 12.5;
  }
  y -= 4;
  for (const row of drawn.rows) y = drawRow(page, font, columns, row, y);
  y -= 8;
  // Text under the table as close as the roundtrip sets it: less than a paragraph's gap below.
  for (const line of drawn.below ?? []) {
    page.drawText(line, { x: 50, y, size: 10, font });
    y -= 12.5;
  }
  if (drawn.overleaf) {
    const next = doc.addPage([595, 842]);
    let top = 780;
    for (const row of drawn.overleaf) top = drawRow(next, font, columns, row, top);
  }
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-cells-"));
  writeFileSync(join(dir, "table.pdf"), await doc.save());
  return draftFromFile(join(dir, "table.pdf"));
}

const names = (d: Draft): string[] => d.terms.subprocessors.map((s) => s.value.name);

/** A piece of text pdf.js would give: 9 points, each character 4.6 points wide. */
const item = (str: string, x: number, y: number): PdfItem => ({ str, transform: [9, 0, 0, 9, x, y], width: str.length * 4.6 });
/** The same at 10 points, each character 5 points wide. */
const item10 = (str: string, x: number, y: number): PdfItem => ({ str, transform: [10, 0, 0, 10, x, y], width: str.length * 5 });

/** A cell's description wrapped over `n` lines, each naming its number. */
const tall = (n: number): string[] => Array.from({ length: n }, (_, k) => `part ${k + 1} of the data sent`);

describe("policy draft on PDF tables drawn as padded, ruled cells", () => {
  it("reads a row whose cell wraps over more lines than a few: the cells after it go back up to the row's top", async () => {
    const d = await tablePdf([50, 150, 230, 400], {
      above: ["The Processor engages the following Sub-processors:"],
      rows: [
        [["Sub-processor"], ["Purpose"], ["Personal data"], ["Location"]],
        [["Acme Cloud Ltd"], ["Hosting"], tall(12), ["Ireland", "(EU)"]],
        [["Beta Mail Inc."], ["Email delivery"], ["Email addresses"], ["United States"]],
      ],
    });
    expect(d.source.text).toContain(`Acme Cloud Ltd | Hosting | ${tall(12).join(" ")} | Ireland (EU)\n`);
    expect(d.terms.subprocessors.map((s) => [s.value.name, s.value.country])).toEqual([
      ["Acme Cloud Ltd", "IE"],
      ["Beta Mail Inc.", "US"],
    ]);
  });

  it("reads a header whose narrow first column leaves its words only a little apart", async () => {
    // "Subprocessor" fills its column: the gap to "Purpose" is about one font size, no more.
    const d = await tablePdf([50, 116], {
      above: ["Approved Subprocessors:"],
      rows: [
        [["Subprocessor"], ["Purpose"]],
        [["StaxBill"], ["Billing and payment processing"]],
        [["New Relic"], ["Logging and monitoring"]],
      ],
    });
    expect(d.source.text).toContain("Subprocessor | Purpose\nStaxBill | Billing and payment processing\n");
    expect(names(d)).toEqual(["StaxBill", "New Relic"]);
  });

  it("reads a tall row alone on the next page as one row, its first columns' wrapped lines included", async () => {
    const d = await tablePdf([50, 70, 150, 330, 450], {
      above: ["Active sub-processors:"],
      rows: [
        [["#"], ["Vendor"], ["Purpose"], ["Host region"], ["Terms"]],
        [["1"], ["Render Services", "Inc."], ["Application hosting"], ["Germany"], ["Render", "DPA"]],
        [["2"], ["Brevo"], ["Transactional email"], ["France"], ["Brevo", "DPA"]],
      ],
      overleaf: [[["12"], ["Mollie", "B.V."], ["Payment processing for", ...tall(20)], ["Netherlands"], ["Mollie", "DPA"]]],
    });
    expect(d.source.text).toContain(`12 | Mollie B.V. | Payment processing for ${tall(20).join(" ")} | Netherlands | Mollie DPA\n`);
    expect(names(d)).toEqual(["Render Services Inc.", "Brevo", "Mollie B.V."]);
  });

  it("keeps a last column of long cells in lower case in its table (no second column of prose)", async () => {
    const d = await tablePdf([50, 150, 300], {
      above: ["Subprocessors:"],
      rows: [
        [["Subprocessor"], ["Role"], ["Data it sees"]],
        [
          ["Render"],
          ["application hosting"],
          ["data in transit and in memory", "during processing; stored: only", "encrypted credentials"],
        ],
        [
          ["Brevo"],
          ["transactional email"],
          ["the merchant's and its staff's", "contact details; alert contents", "the merchant configures"],
        ],
        [["Shopify"], ["source of data"], ["the merchant's own customer data,", "in the merchant's own accounts"]],
      ],
    });
    expect(d.source.text).toContain(
      "Render | application hosting | data in transit and in memory during processing; stored: only encrypted credentials\n",
    );
    expect(names(d)).toEqual(["Render", "Brevo", "Shopify"]);
  });

  it("keeps a name wrapped over three lines in its row, among rows of one line", async () => {
    const d = await tablePdf([50, 170, 330, 420], {
      above: ["Summary:"],
      rows: [
        [["Subencargado"], ["Finalidad"], ["País"], ["Transferencia"]],
        [["Twilio"], ["WhatsApp y telefonía"], ["EE. UU."], ["SCC"]],
        [
          ["Meta Platforms Ireland", "(WhatsApp Cloud API),", "alternativa a Twilio"],
          ["Envío de mensajería", "WhatsApp"],
          ["Irlanda"],
          ["SCC"],
        ],
        [["Supabase"], ["Base de datos"], ["Irlanda"], ["Sin transferencia"]],
        [["Resend"], ["Envío de email"], ["EE. UU."], ["SCC"]],
      ],
    });
    expect(d.source.text).toContain(
      "Meta Platforms Ireland (WhatsApp Cloud API), alternativa a Twilio | Envío de mensajería WhatsApp | Irlanda | SCC\n",
    );
    expect(names(d)).toEqual(["Twilio", "Meta Platforms Ireland (WhatsApp Cloud API), alternativa a Twilio", "Supabase", "Resend"]);
  });

  it("sets a table a page opens with apart from the line introducing it at the foot of the page before", () => {
    expect(pdfPagesText([["The sub-processors are listed below. Summary:"], ["Name | Country", "Acme GmbH | Germany"]])).toBe(
      "The sub-processors are listed below. Summary:\n\nName | Country\nAcme GmbH | Germany\n",
    );
  });

  it("ends a table the page before ended with where the page opens with a line of one cell", () => {
    const pages = [
      ["Sub-processors", "", "The Processor engages the sub-processors below.", "", "Sub-Processor 4"],
      ["Full legal name of sub-processor | Salesforce.com India Private Limited", "Address / country | Bengaluru, India"],
      ["Sub-Processor 5", "", "Full legal name of sub-processor | PubNub Inc.", "Address / country | San Francisco, USA"],
    ];
    const text = pdfPagesText(pages);
    expect(text).toContain("Address / country | Bengaluru, India\n\nSub-Processor 5\n");
    const d = draftFromText({ name: "dpa.pdf", format: "pdf", text }, "x");
    expect(names(d)).toEqual(["Salesforce.com India Private Limited", "PubNub Inc."]);
  });

  it("goes on with a sentence the page break cuts on a page whose table rows are longer than its lines", () => {
    const row = `Zoho Corporation Pvt. Ltd. | ${"Transaktionaler E-Mail-Versand für Abonnement-Kunden ".repeat(3)}| EU`;
    const cut = "3. Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten, die den";
    expect(
      pdfPagesText([["Subunternehmer | Zweck | Ort", row, "", "Weitere Angaben folgen hier.", cut], ["Auftrag betreffen, unverzüglich."]]),
    ).toContain(`${cut}\nAuftrag betreffen, unverzüglich.\n`);
  });

  it("joins a line leaving the first column empty to its row where the rows are set evenly, a broken word whole", () => {
    const item = (str: string, x: number, y: number): PdfItem => ({ str, transform: [9, 0, 0, 9, x, y], width: str.length * 4.5 });
    // Four columns at 50, 150, 250, 350; every line 11 points under the last, no row set apart.
    const lines = (rows: Array<Array<[string, number]>>): string[] =>
      pageLines(
        rows.flatMap((cells, k) => cells.map(([text, x]) => item(text, x, 700 - 11 * k))),
        () => undefined,
      );
    expect(
      lines([
        [
          ["Provider", 50],
          ["Service", 150],
          ["Data", 250],
          ["Location", 350],
        ],
        [
          ["Supabase", 50],
          ["Database and", 150],
          ["Accounts", 250],
          ["Ireland", 350],
        ],
        [["auth", 150]],
        [
          ["Stripe", 50],
          ["Payment-", 150],
          ["Billing", 250],
          ["United States", 350],
        ],
        [
          ["processing", 150],
          ["data", 250],
        ],
      ]),
    ).toEqual([
      "Provider | Service | Data | Location",
      "Supabase | Database and auth | Accounts | Ireland",
      "Stripe | Paymentprocessing | Billing data | United States",
    ]);
    // Rows under a category cell spanning them fill every column but the first: rows of their own.
    expect(
      lines([
        [
          ["Category", 50],
          ["Provider", 150],
          ["Purpose", 250],
          ["Location", 350],
        ],
        [
          ["Hosting", 50],
          ["AWS", 150],
          ["Servers", 250],
          ["Germany", 350],
        ],
        [
          ["Hetzner", 150],
          ["Backups", 250],
          ["Finland", 350],
        ],
      ]),
    ).toEqual(["Category | Provider | Purpose | Location", "Hosting | AWS | Servers | Germany", "Hetzner | Backups | Finland"]);
  });

  it("rebuilds a long evenly set table, one whose cells go back up past tall ones, and a line of many cells in time linear in their size", () => {
    // Evenly set: each row a line, a wrapped line leaving the first column empty under every fifth.
    const even = (n: number): PdfItem[] =>
      Array.from({ length: n }, (_, i) => [
        { str: `Company ${i} Ltd`, transform: [9, 0, 0, 9, 50, 100_000 - 11 * i], width: 70 },
        { str: i % 5 === 4 ? "wrapped" : "Hosting", transform: [9, 0, 0, 9, i % 5 === 4 ? 250 : 150, 100_000 - 11 * i], width: 35 },
        { str: "Germany", transform: [9, 0, 0, 9, 250, 100_000 - 11 * i], width: 35 },
      ]).flat();
    // Tall: each row's second cell wraps over twelve lines, its third goes back up to the row's top.
    const tallRows = (n: number): PdfItem[] =>
      Array.from({ length: n }, (_, i) => {
        const top = 100_000 - 150 * i;
        return [
          { str: `Company ${i} Ltd`, transform: [9, 0, 0, 9, 50, top], width: 70 },
          ...Array.from({ length: 12 }, (_, k) => ({ str: `part ${k}`, transform: [9, 0, 0, 9, 150, top - 11 * k], width: 30 })),
          { str: "Germany", transform: [9, 0, 0, 9, 300, top], width: 35 },
        ];
      }).flat();
    expect(pageLines(tallRows(2), () => undefined)[0]).toBe(
      `Company 0 Ltd | ${Array.from({ length: 12 }, (_, k) => `part ${k}`).join(" ")} | Germany`,
    );
    const lines = (items: PdfItem[]): string[] => pageLines(items, () => undefined);
    expectLinearOver(lines, even, 4000, "an evenly set table");
    expectLinearOver(lines, tallRows, 500, "a table of tall rows");
    // One baseline of many cells, each a word space and more apart (its gaps were copied per cell;
    // then its soft cells, merged into one, were joined into the growing text one at a time).
    const oneLine = (n: number): PdfItem[] =>
      Array.from({ length: n }, (_, i) => ({ str: `w${i % 10}`, transform: [9, 0, 0, 9, 50 + 20 * i, 700], width: 10 }));
    expect(lines(oneLine(3))).toEqual(["w0 w1 w2"]);
    expectLinearOver(lines, oneLine, 8000, "a line of many cells");
  });

  it("joins a cell's wrapped lines as words, a word broken with a hyphen whole again unless a capital follows", () => {
    const item = (str: string, x: number, y: number): PdfItem => ({ str, transform: [9, 0, 0, 9, x, y], width: str.length * 4.5 });
    const table = [
      ...[item("Company", 50, 700), item("Service", 150, 700), item("Country", 300, 700)],
      ...[item("Acme Ltd", 50, 680), item("Payment pro-", 150, 680), item("Germany", 300, 680)],
      item("cessing and Anti-", 150, 670),
      item("Fraud", 150, 660),
      ...[item("Beta SA", 50, 640), item("Hosting", 150, 640), item("France", 300, 640)],
    ];
    expect(pageLines(table, () => undefined)).toEqual([
      "Company | Service | Country",
      "Acme Ltd | Payment processing and Anti- Fraud | Germany",
      "Beta SA | Hosting | France",
    ]);
  });

  it("reads a justified line of a few long words as words, and a row whose cells happen to be as far apart as cells", () => {
    // Justified: every gap 18 points (1.8 font sizes, wider than a cell's least gap), alike.
    const words = ["Bezoekersprofielen", "(visitor_profiles):", "rollend", "90", "dagen", "vanaf", "het"];
    let x = 50;
    const justified = words.map((w) => {
      const it = item10(w, x, 700);
      x += w.length * 5 + 18;
      return it;
    });
    expect(pageLines([...justified, item10("laatste bezoek wordt bewaard.", 50, 688)], () => undefined)).toEqual([
      words.join(" "),
      "laatste bezoek wordt bewaard.",
    ]);
    // A row whose cells are 41.5 points apart each: cells, however alike their gaps.
    expect(
      pageLines(
        [item10("Bridge by BPCE", 50, 700), item10("Connexion DSP2", 161.5, 700), item10("France (UE)", 273, 700)],
        () => undefined,
      ),
    ).toEqual(["Bridge by BPCE | Connexion DSP2 | France (UE)"]);
  });

  it("reads justified prose drawn word by word as prose where its words fall under each other by chance", () => {
    // Each word its own piece, about 8 points after the last (more or less as the line is
    // justified), 15.7 after a sentence's end; "You" starts 2 points right of "incorporated" above.
    const line = (words: ReadonlyArray<[string, number]>, y: number): PdfItem[] => {
      let x = 54;
      return words.map(([w, gap]) => {
        const it = item10(w, x, y);
        x += w.length * 5 + gap;
        return it;
      });
    };
    const first = line(
      [
        ["acknowledge", 8.3],
        ["that", 7.9],
        ["you,", 8.1],
        ["on", 8.4],
        ["behalf", 7.8],
        ["of", 8.2],
        ["the", 8],
        ["Organization", 8.1],
        ["incorporated", 8],
        ["under", 8],
      ],
      680,
    );
    const second = line(
      [
        ["this", 8.4],
        ["form", 7.8],
        ["part", 8.4],
        ["of", 8.1],
        ["the", 7.7],
        ["Agreement", 8],
        ["(the", 7.7],
        ["“Agreement”).", 15.7],
        ["You", 8],
      ],
      663,
    );
    expect(Math.abs((second[8] as PdfItem).transform[4] - ((first[8] as PdfItem).transform[4] + 2))).toBeLessThan(0.01);
    expect(pageLines([...first, ...second], () => undefined)).toEqual([
      "acknowledge that you, on behalf of the Organization incorporated under",
      "this form part of the Agreement (the “Agreement”). You",
    ]);
  });

  it("reads a row split from its table by a page break with the columns the page before ended with", () => {
    // "DNS del dominio," ends 8 points short of the next column: a cell only where a column starts.
    // Drawn line by line, as a row wrapped by a browser's print is: "Las tres" is on the row's line.
    const page = [
      item("Cloudflare", 50, 700),
      item("DNS del dominio,", 168.4, 700),
      item("Las tres", 250, 700),
      item("(EE. UU.)", 50, 689),
      item("sitio web", 168.4, 689),
    ];
    const before = { columns: [50, 168.4, 250], apart: 17 };
    expect(pageTextAndNotes(page, () => undefined, before).lines[0]).toBe("Cloudflare (EE. UU.) | DNS del dominio, sitio web | Las tres");
    expect(pageTextAndNotes(page, () => undefined).lines[0]).toBe("Cloudflare | DNS del dominio, Las tres");
    expect(pageTextAndNotes(page, () => undefined).lines[1]).toBe("(EE. UU.) | sitio web");
  });

  it("lets a row's later cells go back up past its tall cell when its first column wrapped at the margin", () => {
    const tallCell = Array.from({ length: 9 }, (_, k) => `line ${k + 1}`);
    const page = [
      item("Cloudflare", 50, 700),
      item("(EE. UU.)", 50, 689),
      item("DNS del dominio,", 130, 700),
      item("sitio web", 130, 689),
      item("Las tres", 230, 700),
      ...tallCell.map((t, k) => item(t, 300, 700 - 11 * k)),
      item("Red global", 380, 700),
      item("Pendiente de firmar", 450, 700),
      // The next row, set farther below than the row's lines are from each other.
      ...["Anthropic", "Funciones de IA", "Medical", "Texto clínico", "EE. UU.", "Pendiente"].map((t, c) =>
        item(t, [50, 130, 230, 300, 380, 450][c] as number, 590),
      ),
    ];
    expect(pageLines(page, () => undefined)[0]).toBe(
      `Cloudflare (EE. UU.) | DNS del dominio, sitio web | Las tres | ${tallCell.join(" ")} | Red global | Pendiente de firmar`,
    );
  });

  it("sets a table apart from a paragraph set close under it", async () => {
    const d = await tablePdf([50, 170, 330], {
      above: ["Sub-processors:"],
      rows: [
        [["Sub-processor"], ["Purpose"], ["Region"]],
        [["Resend"], ["Transactional email"], ["United States"]],
        [["Toggl Track"], ["Time tracking", "integration"], ["Estonia / EU"]],
      ],
      below: ["When you change sub-processors, notify your customers within 30 days."],
    });
    expect(d.source.text).toContain("Toggl Track | Time tracking integration | Estonia / EU\n\nWhen you change sub-processors");
    expect(names(d)).toEqual(["Resend", "Toggl Track"]);
  });
});
