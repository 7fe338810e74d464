// policy draft reads PDF and DOCX as it reads text: the same DPA, written to a PDF (pdf-lib) and
// a DOCX (docx) here, must give the same terms as its text. HTML and Markdown tables too.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { readBundle } from "../src/index.js";
import { checkPacks, draftFromFile, draftFromText, draftYaml, htmlText, type Draft } from "../src/policy/index.js";
import { repoRoot } from "./helpers.js";

const SHARED = (readBundle().catalogue.sharedRules ?? []).map((r) => r.name);

/** A DPA with every kind of term, sub-processors in a table, in English. */
const PARAGRAPHS = [
  "Data Processing Agreement",
  "1. Sub-processors",
  "The Processor shall inform the Controller of any intended addition or replacement of sub-processors at least thirty (30) days in advance.",
  "The Controller may object to such a change within fifteen (15) days of receipt of the notice.",
  "2. Personal data breaches",
  "The Processor shall notify the Controller of any personal data breach within 48 hours of becoming aware of it.",
  "3. Audits",
  "Audits may take place once per year, and the Controller shall give at least 45 days notice before the audit.",
  "4. Governing law",
  "This Agreement is governed by the laws of Ireland.",
];
const TABLE = [
  ["Name of the sub-processor", "Purpose", "Location"],
  ["Hetzner Online GmbH", "Hosting", "Germany"],
  ["Twilio Inc.", "SMS delivery", "United States"],
];

/** The terms a draft found, without where they were found (positions differ between formats). */
function values(d: Draft): unknown {
  const t = d.terms;
  return {
    governingLaw: t.governingLaw?.value,
    priorNotice: t.priorNotice?.value,
    objectionWindow: t.objectionWindow?.value,
    breachNotification: t.breachNotification?.value,
    audit: [t.auditMaxPerYear?.value, t.auditNotice?.value],
    subprocessors: t.subprocessors.map((s) => s.value),
  };
}

async function pdf(paragraphs: string[], rows: string[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  let page = doc.addPage([595, 842]);
  let y = 800;
  const line = (text: string): void => {
    if (y < 50) {
      page = doc.addPage([595, 842]);
      y = 800;
    }
    page.drawText(text, { x: 40, y, size: 10, font });
    y -= 12;
  };
  // The standard fonts encode WinAnsi only: another character (a stray "ɫ") prints as "?".
  const encodable = (ch: string): boolean => {
    try {
      font.encodeText(ch);
      return true;
    } catch {
      return false;
    }
  };
  for (const p of paragraphs) {
    // Long paragraphs wrap over several lines, as in any PDF.
    const words = [...p]
      .map((ch) => (encodable(ch) ? ch : "?"))
      .join("")
      .split(" ");
    let current = "";
    for (const w of words) {
      if (font.widthOfTextAtSize(`${current} ${w}`, 10) > 500) {
        line(current);
        current = w;
      } else current = current ? `${current} ${w}` : w;
    }
    line(current);
    y -= 14;
  }
  // A table drawn as text: one row per line, its cells separated by " | " as extractors see them.
  for (const r of rows) line(r.join(" | "));
  return doc.save();
}

async function docx(paragraphs: string[], rows: string[][]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          ...paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })),
          ...(rows.length > 0
            ? [
                new Table({
                  rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
                }),
              ]
            : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe("policy draft on PDF, DOCX, HTML and Markdown", () => {
  it("finds the same terms in a PDF and a DOCX of a DPA as in its text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-formats-"));
    const text = `${PARAGRAPHS.join("\n\n")}\n\n${TABLE.map((r) => r.join(" | ")).join("\n")}\n`;
    writeFileSync(join(dir, "dpa.txt"), text);
    writeFileSync(join(dir, "dpa.pdf"), await pdf(PARAGRAPHS, TABLE));
    writeFileSync(join(dir, "dpa.docx"), await docx(PARAGRAPHS, TABLE));
    const fromText = await draftFromFile(join(dir, "dpa.txt"));
    expect(values(fromText)).toEqual({
      governingLaw: "IE",
      priorNotice: { value: 30, unit: "days" },
      objectionWindow: { value: 15, unit: "days" },
      breachNotification: { value: 48, unit: "hours" },
      audit: [1, { value: 45, unit: "days" }],
      subprocessors: [
        { name: "Hetzner Online GmbH", country: "DE", mechanism: "eea" },
        { name: "Twilio Inc.", country: "US", mechanism: null },
      ],
    });
    for (const format of ["pdf", "docx"]) {
      const d = await draftFromFile(join(dir, `dpa.${format}`));
      expect(values(d), format).toEqual(values(fromText));
      expect(d.source.name, format).toBe("dpa.txt");
      // Every quote is in the text the draft ships beside the pack.
      for (const f of [d.terms.priorNotice, d.terms.objectionWindow, ...d.terms.subprocessors])
        expect(d.source.text.replace(/\s+/g, " "), format).toContain(f?.quote.replace(/\s+/g, " "));
    }
  }, 60_000);

  it.runIf(existsSync(join(repoRoot, "..", "shared", "dpas")))(
    "finds the same terms in a PDF and a DOCX of a real DPA (GenieBelt's) as in its text",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-real-"));
      const text = readFileSync(join(repoRoot, "..", "shared", "dpas", "geniebelt-dpa-2019.txt"), "utf8");
      const paragraphs = text
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, " ").trim())
        .filter(Boolean);
      writeFileSync(join(dir, "geniebelt.pdf"), await pdf(paragraphs, []));
      writeFileSync(join(dir, "geniebelt.docx"), await docx(paragraphs, []));
      const fromText = values(await draftFromFile(join(repoRoot, "..", "shared", "dpas", "geniebelt-dpa-2019.txt")));
      expect(fromText).toMatchObject({
        governingLaw: "BE",
        priorNotice: { value: 30, unit: "days" },
        objectionWindow: { value: 7, unit: "days" },
        breachNotification: null,
      });
      for (const format of ["pdf", "docx"]) expect(values(await draftFromFile(join(dir, `geniebelt.${format}`))), format).toEqual(fromText);
    },
    60_000,
  );

  it("reads HTML tables and Markdown tables as rows", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-html-"));
    const html = `<html><body><h1>Data Processing Agreement</h1><p>The sub-processors listed below are authorised:</p><table><thead><tr><th>Sub-processor</th><th>Service</th><th>Country</th></tr></thead><tbody><tr><td>OVH SAS</td><td>Hosting</td><td>France</td></tr><tr><td>Stripe&nbsp;Inc.</td><td>Payments</td><td>United States &amp; Ireland</td></tr></tbody></table></body></html>`;
    writeFileSync(join(dir, "dpa.html"), html);
    writeFileSync(
      join(dir, "dpa.md"),
      "# DPA\n\nSub-processors:\n\n| Name | Purpose | Location |\n|---|---|---|\n| OVH SAS | Hosting | France |\n| Stripe Inc. | Payments | United States |\n",
    );
    for (const file of ["dpa.html", "dpa.md"]) {
      const d = await draftFromFile(join(dir, file));
      expect(
        d.terms.subprocessors.map((s) => [s.value.name, s.value.country]),
        file,
      ).toEqual([
        ["OVH SAS", "FR"],
        [file === "dpa.html" ? "Stripe Inc." : "Stripe Inc.", "US"],
      ]);
    }
  });

  it("reads the same DPA in French, Dutch and German, numbers written as words", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-languages-"));
    const texts = {
      fr: "Le sous-traitant informe le responsable de traitement de tout changement de sous-traitants ultérieurs au moins trente (30) jours à l'avance.\n\nLe responsable de traitement dispose de quinze jours pour s'opposer à ce changement.\n\nLe sous-traitant notifie toute violation de données à caractère personnel dans un délai de quarante-huit heures.\n\nLe présent contrat est soumis au droit belge.\n",
      nl: "De verwerker meldt elke wijziging van subverwerkers ten minste dertig (30) dagen vooraf.\n\nDe verwerkingsverantwoordelijke kan binnen vijftien dagen bezwaar maken tegen een nieuwe subverwerker.\n\nDe verwerker meldt een inbreuk in verband met persoonsgegevens binnen achtenveertig uur.\n\nDeze overeenkomst wordt beheerst door het Nederlandse recht.\n",
      de: "Der Auftragsverarbeiter informiert den Verantwortlichen über jede Änderung der Unterauftragsverarbeiter mindestens dreißig (30) Tage im Voraus.\n\nDer Verantwortliche kann innerhalb von fünfzehn Tagen gegen einen neuen Unterauftragsverarbeiter Einspruch erheben.\n\nDer Auftragsverarbeiter meldet jede Verletzung des Schutzes personenbezogener Daten innerhalb von achtundvierzig Stunden.\n\nDieser Vertrag unterliegt deutschem Recht.\n",
    };
    const law = { fr: "BE", nl: "NL", de: "DE" };
    for (const [lang, text] of Object.entries(texts) as Array<[keyof typeof texts, string]>) {
      writeFileSync(join(dir, `${lang}.txt`), text);
      const d = await draftFromFile(join(dir, `${lang}.txt`));
      expect(values(d), lang).toEqual({
        governingLaw: law[lang],
        priorNotice: { value: 30, unit: "days" },
        objectionWindow: { value: 15, unit: "days" },
        breachNotification: { value: 48, unit: "hours" },
        audit: [undefined, undefined],
        subprocessors: [],
      });
    }
  });

  it("reads a SaaS DPA's usual wording: bulleted and tabled lists, the processing location over the company's seat", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-saas-"));
    const text = [
      "Data Processing Agreement",
      "Annex 3 - List of Sub-processors",
      "• Amazon Web Services, Inc. – hosting – Ireland\n• Stripe, Inc. (United States) – payments\n• Zendesk – support",
      "Entity Name | Corporate Location | Processing Location | Description\nGoogle LLC | United States | Germany | Cloud hosting\nMailgun Technologies, Inc. | USA | EU (Germany) | Email",
      "The Processor shall give at least 30 days' notice before authorizing any new Sub-processor.",
      "Customer may object to Processor's use of a new Sub-processor by notifying Processor promptly in writing within ten (10) business days after receipt of Processor's notice.",
      // The controller's own deadline (Art. 33 GDPR) comes first and is not the processor's.
      "Processor shall assist Customer so that Customer can notify the competent supervisory authority of a Personal Data Breach within 72 hours.",
      "Processor shall notify Customer without undue delay, and in any event within forty-eight (48) hours, after becoming aware of a Personal Data Breach.",
      "Customer may audit no more than once per year upon thirty (30) days' prior written notice.",
      "This DPA shall be governed by the laws of the Netherlands.",
      "All data centres used to host Customer Personal Data are located in Germany and Ireland, so no personal data is transferred outside the European Economic Area.",
    ].join("\n\n");
    writeFileSync(join(dir, "saas.txt"), `${text}\n`);
    const d = await draftFromFile(join(dir, "saas.txt"));
    expect(values(d)).toEqual({
      governingLaw: "NL",
      priorNotice: { value: 30, unit: "days" },
      objectionWindow: { value: 10, unit: "working_days" },
      breachNotification: { value: 48, unit: "hours" },
      audit: [1, { value: 30, unit: "days" }],
      subprocessors: [
        { name: "Amazon Web Services", country: "IE", mechanism: "eea" },
        { name: "Stripe", country: "US", mechanism: null },
        { name: "Google LLC", country: "DE", mechanism: "eea" },
        { name: "Mailgun Technologies, Inc.", country: "DE", mechanism: "eea" },
      ],
    });
    expect(d.terms.hostingAllowed?.value).toEqual(["DE", "IE"]);
    // The purpose a table gives is kept for the reviewer, as a comment in the pack.
    expect(d.terms.subprocessors[2]?.purpose).toBe("Cloud hosting");
    expect(draftYaml(d, "saas.txt")).toContain('- name: "Google LLC" # table row, line 10; purpose: Cloud hosting');
    expect(d.terms.hostingDeclared?.value).toEqual(["EEA"]);
    // "Zendesk – support" names no country: a bulleted line without one is not taken for an entry.
    expect(d.terms.subprocessors.map((s) => s.method)).toEqual(["bulleted list entry", "bulleted list entry", "table row", "table row"]);
  });

  it("a contradiction or a placeholder is ambiguous, with every reading and where it is", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-ambiguous-"));
    const text = [
      "Data Processing Agreement",
      "The Customer may object to a new sub-processor within ten (10) days of the notice.",
      "Sub-processors: the Processor informs the Customer of changes [30 days] in advance.",
      "Objections to a new sub-processor must be raised within fourteen (14) days.",
    ].join("\n\n");
    writeFileSync(join(dir, "dpa.txt"), `${text}\n`);
    const d = await draftFromFile(join(dir, "dpa.txt"));
    expect(d.terms.objectionWindow?.value).toEqual({ value: 10, unit: "days" });
    expect(d.terms.objectionWindow?.readings).toEqual([
      { value: 10, unit: "days" },
      { value: 14, unit: "days" },
    ]);
    expect(d.terms.objectionWindow?.ambiguity).toBe(
      "the DPA states different values: 10 days (line 3), 14 days (line 7); the first is kept until a reviewer decides",
    );
    expect(d.terms.priorNotice?.value).toEqual({ value: 30, unit: "days" });
    expect(d.terms.priorNotice?.ambiguity).toMatch(/in brackets \("\[30 days"\), a placeholder to confirm/);
    // The draft states both in the pack, where policy check accepts them.
    const packDir = join(dir, "policies", "dpa", "ambiguous");
    mkdirSync(packDir, { recursive: true });
    writeFileSync(join(packDir, "data.yaml"), draftYaml(d, "dpa.txt", "../../../dpa.txt").replace(/: TODO.*$/gm, ": null"));
    const report = checkPacks(join(dir, "policies"), dir, SHARED);
    expect(report.problems.filter((p) => !/subprocessors\.listed|subprocessor-not-listed/.test(p))).toEqual([]);
  });

  it("reads the yearly audit cap however it is phrased, and only where an audit right is granted or limited", () => {
    const cap = (sentence: string): number | "uncapped" | undefined => {
      const d = draftFromText({ name: "x.txt", format: "text", text: `${sentence}\n` }, "x");
      return d.terms.auditMaxPerYear?.value ?? (d.terms.auditUncapped ? "uncapped" : undefined);
    };
    expect(cap("Customer may audit once in any twelve (12) month period.")).toBe(1);
    expect(cap("Audits may take place no more than once per calendar year.")).toBe(1);
    expect(cap("Audits are limited to two times per year.")).toBe(2);
    expect(cap("Audits are allowed twice a year.")).toBe(2);
    expect(cap("Audits mogen niet meer dan één keer per jaar worden uitgevoerd.")).toBe(1);
    expect(cap("L'audit peut avoir lieu une fois tous les douze mois.")).toBe(1);
    expect(cap("Prüfungen sind einmal pro Kalenderjahr zulässig.")).toBe(1);
    expect(cap("Customer may audit at reasonable intervals.")).toBe("uncapped");
    // A yearly event that is not an audit right is not a cap.
    expect(cap("The audit report is shared once a year with the board members.")).toBeUndefined();
  });

  it("reads in time linear in the text, also a hostile one (one huge paragraph, one huge sentence, one long list)", () => {
    /** The median of three runs, in milliseconds. */
    const medianMs = (run: () => unknown): number =>
      [0, 1, 2]
        .map(() => {
          const t0 = performance.now();
          run();
          return performance.now() - t0;
        })
        .sort((a, b) => a - b)[1] as number;
    const time = (text: string): number => medianMs(() => draftFromText({ name: "x.txt", format: "text", text }, "x"));
    const shapes = [
      (n: number) => `${Array.from({ length: n }, () => "object to sub-processor within 10 days").join(" ")}\n`,
      (n: number) => `${Array.from({ length: n }, (_, i) => `The processor keeps logs. Line ${i}.`).join("\n")}\n`,
      (n: number) => `List of sub-processors\n\n${Array.from({ length: n }, (_, i) => `${i + 1}. Sub ${i}, France`).join("\n\n")}\n`,
    ];
    for (const [k, make] of shapes.entries()) {
      const large = make(6000);
      time(large); // warm-up: a first run measures the JIT
      // 4x the text may take at most 8x the time (quadratic is 16x): a ratio, not a duration.
      expect(time(large) / Math.max(1, time(make(1500))), `shape ${k}`).toBeLessThan(8);
    }
    // HTML that never closes what it opens: each tag is looked for once.
    const htmlTime = (html: string): number => medianMs(() => htmlText(html));
    for (const unclosed of ["<tr>", "<!--", "<script>", "<tr><td>"]) {
      // Sizes where a run takes milliseconds, after a warm-up: small runs measure the JIT.
      htmlTime(unclosed.repeat(80_000));
      expect(htmlTime(unclosed.repeat(80_000)) / Math.max(1, htmlTime(unclosed.repeat(20_000))), unclosed).toBeLessThan(8);
    }
  }, 120_000);

  it("reads sub-processor tables in German, French and Dutch, country names in each language", () => {
    const tables = {
      de: "Liste der Unterauftragsverarbeiter\n\nDienstleister | Leistung | Standort der Verarbeitung\nHetzner Online GmbH | Hosting | Deutschland\nMailchimp | E-Mail-Versand | Vereinigte Staaten\n",
      fr: "Liste des sous-traitants ultérieurs\n\nNom du sous-traitant | Finalité | Pays\nOVH SAS | Hébergement | France\nSendGrid | Envoi d'e-mails | États-Unis\n",
      nl: "Lijst van subverwerkers\n\nSubverwerker | Doel | Locatie\nTransIP | Hosting | Nederland\nTwilio | Sms | Verenigde Staten\n",
    };
    const rows = (text: string): unknown =>
      draftFromText({ name: "x.txt", format: "text", text }, "x").terms.subprocessors.map((s) => [
        s.value.name,
        s.value.country,
        s.purpose,
      ]);
    expect(rows(tables.de)).toEqual([
      ["Hetzner Online GmbH", "DE", "Hosting"],
      ["Mailchimp", "US", "E-Mail-Versand"],
    ]);
    expect(rows(tables.fr)).toEqual([
      ["OVH SAS", "FR", "Hébergement"],
      ["SendGrid", "US", "Envoi d'e-mails"],
    ]);
    expect(rows(tables.nl)).toEqual([
      ["TransIP", "NL", "Hosting"],
      ["Twilio", "US", "Sms"],
    ]);
  });

  it("cites Markdown headings as clauses", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-md-"));
    writeFileSync(
      join(dir, "dpa.md"),
      "# Data Processing Agreement\n\n## 5. Sub-processors\n\nThe Customer may object to a new sub-processor within fourteen (14) days.\n\n**Article 9** Governing law\n\nThis Agreement is governed by the laws of Germany.\n",
    );
    const d = await draftFromFile(join(dir, "dpa.md"));
    expect(d.terms.objectionWindow?.clause).toBe("5 (L5)");
    expect(d.terms.governingLaw?.clause).toBe("Article 9 (L9)");
  });

  it("never invents a term: a text without DPA terms drafts nothing but TODOs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-empty-"));
    writeFileSync(join(dir, "menu.txt"), "Lunch menu\n\nSoup of the day, 30 days aged beef, and a dessert.\n");
    const d = await draftFromFile(join(dir, "menu.txt"));
    expect(values(d)).toEqual({ audit: [undefined, undefined], subprocessors: [] });
    expect(d.terms.retention).toEqual([]);
    expect(readFileSync(join(dir, "menu.txt"), "utf8")).toContain("Lunch");
  });
});
