// The DPA reader on the ways real DPAs word their terms that the five built-in ones do not
// (issue 28's kinds of miss, written here in sentences of our own): each family however phrased,
// in each language, and what must not be read as a term.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inEea, readBundle, type LegalData } from "@dpa-lint/core";
import { draftFromFile, draftFromText, draftJson, foundTerms, htmlText, quoteAppearsIn, type Draft } from "../src/index.js";
import { de } from "../src/draft/languages/de.js";
import { en } from "../src/draft/languages/en.js";
import { es } from "../src/draft/languages/es.js";
import { fr } from "../src/draft/languages/fr.js";
import { it as italian } from "../src/draft/languages/it.js";
import { nl } from "../src/draft/languages/nl.js";
import { KEYWORDS, languageOf } from "../src/draft/language.js";
import { findPeriods } from "../src/draft/periods.js";
import { paragraphs, sentences } from "../src/draft/document.js";

function draft(text: string): Draft {
  const d = draftFromText({ name: "dpa.txt", format: "text", text }, "x");
  // Every quote the reader keeps is verbatim in the text (as policy check compares: the page as shown).
  for (const q of foundTerms(d).map((f) => f.quote)) expect(quoteAppearsIn(q, text), q).toBe(true);
  return d;
}

/** A found period as "30 days", "48 hours", "2 working_days". */
const t = (f: { value: { value: number; unit: string } | null } | undefined): string | undefined =>
  f?.value ? `${f.value.value} ${f.value.unit}` : undefined;

/** The retention periods drafted from a text, as "30 days". */
const keptPeriods = (text: string): Array<string | undefined> => draft(text).terms.retention.map((r) => t(r));

/** The sub-processors drafted, as [name, country]. */
const names = (d: Draft): Array<[string, string | null]> => (d.terms.subprocessors ?? []).map((f) => [f.value.name, f.value.country]);

describe("governing law, however stated", () => {
  it("reads French, Spanish and Italian forms, a key-terms row, a US state and the SCCs' option", () => {
    expect(draft("Le présent accord est régi par le droit français.\n").terms.governingLaw?.value).toBe("FR");
    expect(draft("Este Acuerdo se rige por la legislación española.\n").terms.governingLaw?.value).toBe("ES");
    expect(draft("Il presente Accordo è regolato dalla legge italiana.\n").terms.governingLaw?.value).toBe("IT");
    expect(draft("Governing law | Ireland\nTerm | Three years\n").terms.governingLaw?.value).toBe("IE");
    expect(draft("This DPA is governed by the laws of the State of Delaware.\n").terms.governingLaw?.value).toBe("US");
    expect(draft("This contract is subject to German law.\n").terms.governingLaw?.value).toBe("DE");
    expect(
      draft("Für diesen Vertrag gilt das Recht der Bundesrepublik Deutschland unter Ausschluss des UN-Kaufrechts.\n").terms.governingLaw
        ?.value,
    ).toBe("DE");
    expect(draft("Der Vertrag richtet sich nach deutschem Recht.\n").terms.governingLaw?.value).toBe("DE");
    expect(draft("Für Streitigkeiten gilt: Gerichtsstand ist Berlin.\n").terms.governingLaw).toBeUndefined();
    // A party subject to a country's laws (a transfer clause) says nothing of the DPA's own law.
    expect(draft("The data importer is subject to the laws of the United States.\n").terms.governingLaw).toBeUndefined();
    expect(draft("Clause 17. The Parties agree that this shall be the law of Sweden.\n").terms.governingLaw?.value).toBe("SE");
  });

  it("flags a DPA whose body, SCCs and UK addendum name different laws, keeping the first", () => {
    const d = draft(
      "1. This Addendum is governed by the laws of Ireland.\n\n2. For the SCCs, the Parties agree that this shall be the law of the Netherlands.\n\n3. The UK Addendum is governed by the laws of England and Wales.\n",
    );
    expect(d.terms.governingLaw?.value).toBe("IE");
    expect(d.terms.governingLaw?.readings).toEqual(["IE", "NL", "GB"]);
    expect(d.terms.governingLaw?.ambiguity).toMatch(/different values/);
  });

  it("takes the first law named in the sentence, not the first in its word list", () => {
    expect(
      draft("This Agreement shall be governed by the laws of the Netherlands, without regard to Belgian conflict rules.\n").terms
        .governingLaw?.value,
    ).toBe("NL");
  });
});

describe("breach notification", () => {
  it("reads the deadline from the sentence after the breach sentence", () => {
    const d = draft(
      "7. Security incidents. The Processor shall notify the Customer of any Personal Data Breach without undue delay. Such notification shall be made no later than 36 hours after discovery.\n",
    );
    expect(d.terms.breachNotification?.value).toEqual({ value: 36, unit: "hours" });
    expect(d.terms.breachNotification?.method).toMatch(/sentence after/);
  });

  it("flags two different deadlines as a reading for the reviewer, keeping the first", () => {
    const d = draft(
      "7. The Processor shall notify the Customer of a Personal Data Breach within 24 hours.\n\nAnnex 2. Security incidents are reported to the Customer within 72 hours.\n",
    );
    expect(d.terms.breachNotification?.value).toEqual({ value: 24, unit: "hours" });
    expect(d.terms.breachNotification?.readings).toEqual([
      { value: 24, unit: "hours" },
      { value: 72, unit: "hours" },
    ]);
  });

  it("reads plural breaches and Spanish and Italian sentences", () => {
    expect(
      draft("The Processor shall report breaches of security affecting Customer Data within 48 hours.\n").terms.breachNotification?.value,
    ).toEqual({
      value: 48,
      unit: "hours",
    });
    expect(
      draft("El Encargado notificará al Responsable cualquier violación de la seguridad de los datos personales en un plazo de 24 horas.\n")
        .terms.breachNotification?.value,
    ).toEqual({ value: 24, unit: "hours" });
    expect(
      draft("Il Responsabile comunicherà al Titolare ogni violazione dei dati personali entro quarantotto (48) ore dalla scoperta.\n").terms
        .breachNotification?.value,
    ).toEqual({ value: 48, unit: "hours" });
  });
});

describe("audits per year, phrased without counting audits", () => {
  it("reads 'no more frequently than once per year', German and French caps, under an audit heading", () => {
    const en = draft("9. Audits\n\nCustomer may exercise this right no more frequently than once per calendar year.\n");
    expect(en.terms.auditMaxPerYear?.value).toBe(1);
    const de = draft("9. Kontrollen\n\nDer Auftraggeber darf Prüfungen nicht häufiger als alle 12 Monate durchführen.\n");
    expect(de.terms.auditMaxPerYear?.value).toBe(1);
    const fr = draft("9. Audits\n\nLe Client peut réaliser un audit pas plus d'une fois par an.\n");
    expect(fr.terms.auditMaxPerYear?.value).toBe(1);
    expect(fr.terms.auditUncapped).toBeUndefined();
  });
});

describe("retention written as deletion", () => {
  it("reads deletion, destruction and 'suppression' within hours or days, after termination too", () => {
    const d = draft(
      "Upon termination, the Processor shall delete all Customer Personal Data within thirty (30) days.\n\nBackups are destroyed within 72 hours of the deletion request.\n\nLes données sont supprimées dans un délai de 90 jours.\n",
    );
    expect(d.terms.retention.map((r) => r.value)).toEqual([
      { value: 30, unit: "days" },
      { value: 72, unit: "hours" },
      { value: 90, unit: "days" },
    ]);
  });
});

describe("periods that are not the term", () => {
  it("a period for another act in a sentence about deletion is not a retention period", () => {
    const d = draft(
      "The controller shall inform the processor of its choice within thirty days of the end, otherwise all personal data shall be destroyed.\n",
    );
    expect(d.terms.retention).toEqual([]);
  });

  it("a termination or refund period in an objection clause is not the objection window", () => {
    const d = draft(
      "5. Sub-processors\n\nIf the Customer objects to a new Sub-processor and the parties cannot agree, the Customer may terminate the Agreement on thirty (30) days' written notice.\n",
    );
    expect(d.terms.objectionWindow).toBeUndefined();
    const kept = draft(
      "5. Sub-processors\n\nThe Customer may object to a new Sub-processor within fourteen (14) days; if it does, it may terminate the Agreement on thirty (30) days' notice.\n",
    );
    expect(kept.terms.objectionWindow?.value).toEqual({ value: 14, unit: "days" });
  });
});

describe("sentences as a reader splits them", () => {
  it("an acronym ends a sentence ('... this DPA. The Processor ...'), an abbreviation does not", () => {
    const d = draft(
      "6. Sub-processors\n\nThe Processor engages Sub-processors as set out in this DPA. The Processor shall notify the Customer of any new Sub-processor at least 20 days in advance. The Customer may object within 10 days, e.g. by e-mail to Acme Inc. at privacy@acme.test.\n",
    );
    expect(d.terms.priorNotice?.quote).toBe(
      "The Processor shall notify the Customer of any new Sub-processor at least 20 days in advance.",
    );
    expect(d.terms.objectionWindow?.value).toEqual({ value: 10, unit: "days" });
    expect(d.terms.objectionWindow?.quote).toBe(
      "The Customer may object within 10 days, e.g. by e-mail to Acme Inc. at privacy@acme.test.",
    );
  });

  it("list items without full stops are sentences of their own", () => {
    const d = draft(
      "8. Sub-processors\n\nThe Processor shall:\n• give notice of new Sub-processors at least 15 days before the change\n• let the Customer object within 7 days of the notice\n• keep the list of Sub-processors up to date\n",
    );
    expect(d.terms.priorNotice?.value).toEqual({ value: 15, unit: "days" });
    expect(d.terms.priorNotice?.quote).toBe("• give notice of new Sub-processors at least 15 days before the change");
    expect(d.terms.objectionWindow?.value).toEqual({ value: 7, unit: "days" });
  });
});

describe("hosting stated as where the data is processed", () => {
  it("reads 'processes all personal data in' and Spanish and Italian locations", () => {
    expect(draft("The Processor processes all Customer Personal Data only in Germany and Austria.\n").terms.hostingAllowed?.value).toEqual([
      "DE",
      "AT",
    ]);
    expect(draft("Los datos personales se encuentran alojados en servidores situados en España.\n").terms.hostingAllowed?.value).toEqual([
      "ES",
    ]);
    expect(draft("I dati personali sono archiviati in server che si trovano in Italia.\n").terms.hostingAllowed?.value).toEqual(["IT"]);
    expect(draft("Los datos se almacenan dentro de la Unión Europea.\n").terms.hostingDeclared?.value).toEqual(["EEA"]);
  });

  it("reads processing 'on servers in' a place in six languages, a country's code joined to the servers ('US-Servern'), servers 'bei' a provider in a place", () => {
    const cases: Array<[string, string[]]> = [
      ["Die primäre Datenverarbeitung erfolgt auf Hetzner-Servern in Deutschland (EU).", ["DE"]],
      ["Die Verarbeitung findet auf Servern in Deutschland statt.", ["DE"]],
      ["Wir hosten die Anwendung auf Servern in Deutschland.", ["DE"]],
      ["Le traitement s'effectue sur des serveurs en France.", ["FR"]],
      ["Il trattamento avviene su server in Italia.", ["IT"]],
      ["El tratamiento se realiza en servidores en España.", ["ES"]],
      ["De verwerking vindt plaats op servers in Nederland.", ["NL"]],
      ["Das CRM wird auf US-Servern betrieben.", ["US"]],
      // The provider between the words and the place ("bei Hetzner in Nürnberg").
      ["- Zutrittskontrolle: Serverinfrastruktur bei Hetzner in Nürnberg (ISO 27001-zertifiziertes Rechenzentrum)", ["DE"]],
      ["Die Server stehen bei Hetzner in Deutschland.", ["DE"]],
      ["Der eingesetzte Hosting-Dienstleister betreibt seine Rechenzentren in Deutschland.", ["DE"]],
    ];
    for (const [text, codes] of cases) expect(draft(`${text}\n`).terms.hostingAllowed?.value, text).toEqual(codes);
  });
});

describe("where processing takes place, and incidents, in the words of processing agreements drafted after German templates", () => {
  const hosting = (text: string) => {
    const d = draft(`${text}\n`);
    return { allowed: d.terms.hostingAllowed?.value, declared: d.terms.hostingDeclared?.value };
  };
  it("reads where the processing 'takes place' or data 'are hosted exclusively', in each language", () => {
    expect(hosting("Die Verarbeitung der Daten findet ausschließlich in der Bundesrepublik Deutschland statt.").allowed).toEqual(["DE"]);
    expect(hosting("Die Datenverarbeitung erfolgt ausschließlich in Österreich.").allowed).toEqual(["AT"]);
    expect(hosting("Les données sont hébergées exclusivement en France.").allowed).toEqual(["FR"]);
    expect(hosting("El tratamiento de los datos se realiza exclusivamente dentro del Espacio Económico Europeo.").declared).toEqual([
      "EEA",
    ]);
    expect(hosting("Il trattamento dei dati avviene in uno Stato membro dell'Unione europea.").declared).toEqual(["EEA"]);
    expect(
      hosting(
        "The data processing takes place in a member state of the European Union or in another contracting state of the Agreement on the European Economic Area.",
      ).declared,
    ).toEqual(["EEA"]);
    expect(hosting("Die Verarbeitung findet in einem Mitgliedstaat der Europäischen Union statt.").declared).toEqual(["EEA"]);
    expect(hosting("Le traitement des données a lieu dans un État membre de l'Union européenne.").declared).toEqual(["EEA"]);
    expect(hosting("De verwerking vindt plaats in een lidstaat van de Europese Unie.").declared).toEqual(["EEA"]);
  });

  it("reads a breach deadline for 'Verletzungen des Schutzes' (plural) and for a 'data protection incident'", () => {
    expect(
      draft(
        "Der Auftragnehmer informiert den Auftraggeber unverzüglich, spätestens jedoch innerhalb von 24 Stunden, über Verletzungen des Schutzes personenbezogener Daten.\n",
      ).terms.breachNotification?.value,
    ).toEqual({ value: 24, unit: "hours" });
    expect(
      draft("In the event of a data protection incident, the processor will inform the controller within one working day.\n").terms
        .breachNotification?.value,
    ).toEqual({ value: 1, unit: "working_days" });
  });

  it("reads breach deadlines however the notice is given: unterrichtet, zeigt an, signale, segnala, an incident notification line, a list after a colon", () => {
    const deadline = (text: string) => draft(`${text}\n`).terms.breachNotification?.value;
    expect(
      deadline(
        "Der Auftragnehmer unterrichtet den Auftraggeber unverzüglich, spätestens binnen 48 Stunden, bei Verstößen gegen Vorschriften zum Schutz personenbezogener Daten.",
      ),
    ).toEqual({ value: 48, unit: "hours" });
    expect(
      deadline(
        "The Contractor shall inform the Client immediately, at the latest within 48 hours, of any violations of regulations for the protection of personal data.",
      ),
    ).toEqual({ value: 48, unit: "hours" });
    expect(
      deadline("Der Auftragnehmer zeigt dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten binnen 24 Stunden an."),
    ).toEqual({
      value: 24,
      unit: "hours",
    });
    expect(deadline("Der Auftragnehmer meldet dem Auftraggeber Datenschutzverstöße innerhalb von 24 Stunden.")).toEqual({
      value: 24,
      unit: "hours",
    });
    expect(
      deadline("Le Prestataire signale au Client toute faille de sécurité affectant les données personnelles dans les 72 heures."),
    ).toEqual({
      value: 72,
      unit: "hours",
    });
    expect(deadline("Il Fornitore segnala al Cliente ogni violazione di dati personali entro 48 ore dalla scoperta.")).toEqual({
      value: 48,
      unit: "hours",
    });
    expect(deadline("Incident notification: 48 hours")).toEqual({ value: 48, unit: "hours" });
    expect(deadline("Security incidents affecting personal data are escalated to the customer within 24 hours.")).toEqual({
      value: 24,
      unit: "hours",
    });
    expect(deadline("If we suffer a data breach, you'll hear from us within 72 hours.")).toEqual({ value: 72, unit: "hours" });
    // Notices said in other words: "porta a conoscenza", "renderà noto", "mette al corrente", "dará
    // traslado", "will contact"; a contact line and "trasladará los datos" (a move) are none.
    const otherWords: Array<[string, number]> = [
      ["Il Responsabile porta a conoscenza del Titolare ogni violazione dei dati personali entro 24 ore.", 24],
      ["Il Fornitore renderà noto al Cliente qualsiasi data breach entro 48 ore dalla scoperta.", 48],
      ["Il Responsabile mette al corrente il Titolare di ogni violazione dei dati personali entro 36 ore.", 36],
      ["El Encargado dará traslado al Responsable de cualquier violación de la seguridad de los datos en un plazo de 48 horas.", 48],
      ["Provider will contact Customer within 24 hours of becoming aware of a Security Incident.", 24],
      ["En cas de violation de données à caractère personnel, le Prestataire en fait part au Client dans un délai de 24 heures.", 24],
      ["El Encargado dará parte al Responsable de cualquier violación de seguridad en un plazo de 48 horas.", 48],
      ["Il Responsabile rende edotto il Titolare di ogni violazione dei dati personali entro 24 ore.", 24],
      ["Provider shall apprise Customer of any Security Incident within 24 hours.", 24],
    ];
    for (const [text, hours] of otherWords) expect(deadline(text), text).toEqual({ value: hours, unit: "hours" });
    expect(deadline("Security incident contact: security@example.com.")).toBeUndefined();
    expect(deadline("El Encargado trasladará los datos a un nuevo centro en un plazo de 30 días.")).toBeUndefined();
    expect(deadline("The Processor will notify the Controller about any incidents affecting personal data within 24 hours.")).toEqual({
      value: 24,
      unit: "hours",
    });
    expect(
      deadline(
        "The processor shall inform the controller of any breach of the protection of personal data without delay, at the latest within 72 hours.",
      ),
    ).toEqual({ value: 72, unit: "hours" });
    expect(
      deadline(
        "El Proveedor notificará al Cliente cualquier incidente de seguridad que afecte a los datos personales en un plazo máximo de 48 horas.",
      ),
    ).toEqual({ value: 48, unit: "hours" });
    expect(
      deadline("Il Fornitore notificherà al Cliente qualsiasi incidente di sicurezza che coinvolga dati personali entro 48 ore."),
    ).toEqual({
      value: 48,
      unit: "hours",
    });
    expect(
      deadline(
        "In case of a personal data breach, the Processor shall:\n\n(a) notify the Controller without undue delay, and in any case within 48 hours;\n\n(b) provide the Controller with all relevant information.",
      ),
    ).toEqual({ value: 48, unit: "hours" });
    // A list after a colon that gives the supervisory authority's deadline is not the processor's.
    expect(
      deadline(
        "In case of a personal data breach, the Processor shall:\n\n(a) inform the Controller so that it can notify the supervisory authority within 72 hours.",
      ),
    ).toBeUndefined();
  });

  it("reads the deadline of a notice that introduces a list whose item is a breach (en, fr, de)", () => {
    const deadline = (text: string) => draft(`${text}\n`).terms.breachNotification;
    const en = deadline(
      "The Processor shall notify the Controller without undue delay, and at the latest within 24 hours, of:\n\n(a) any Personal Data Breach;\n(b) any request from a Data Subject;\n(c) any legally binding request for disclosure.",
    );
    expect(en?.value).toEqual({ value: 24, unit: "hours" });
    expect(en?.quote).toMatch(/^The Processor shall notify .* of:$/);
    expect(en?.method).toMatch(/notice introducing/);
    expect(
      deadline(
        "Le Sous-traitant informe le Client dans un délai de 48 heures :\n\n- de toute violation de données à caractère personnel ;\n- de toute demande d'exercice de droits.",
      )?.value,
    ).toEqual({ value: 48, unit: "hours" });
    expect(
      deadline(
        "Der Auftragnehmer unterrichtet den Auftraggeber innerhalb von 24 Stunden über:\n\n- Verletzungen des Schutzes personenbezogener Daten;\n- Anfragen von Betroffenen.",
      )?.value,
    ).toEqual({ value: 24, unit: "hours" });
    // The list's notice is about other things: no breach deadline.
    expect(
      deadline(
        "The Processor shall inform the Controller within 5 days of:\n\n(a) any request from a Data Subject;\n(b) any change of its registered address.",
      ),
    ).toBeUndefined();
    // Notice ahead of an event is no deadline after a breach.
    expect(
      deadline(
        "The Processor shall notify the Controller at least 30 days in advance of:\n\n(a) any new sub-processor;\n(b) any change to its measures against a Personal Data Breach.",
      )?.value ?? null,
    ).toBeNull();
  });

  it("reads data that remains in a country (six languages), and a service run on or hosted on a provider in a place", () => {
    const allowed = (text: string) => draft(`${text}\n`).terms.hostingAllowed?.value;
    expect(allowed("Customer Data remains in Germany at all times.")).toEqual(["DE"]);
    expect(allowed("All personal data stays within Germany.")).toEqual(["DE"]);
    expect(allowed("Les données restent en France.")).toEqual(["FR"]);
    expect(allowed("Sämtliche Daten verbleiben in Deutschland.")).toEqual(["DE"]);
    expect(allowed("I dati rimangono in Italia.")).toEqual(["IT"]);
    expect(allowed("Los datos permanecen en España.")).toEqual(["ES"]);
    expect(allowed("De gegevens blijven in Nederland.")).toEqual(["NL"]);
    expect(allowed("L'hébergement des données est assuré en France par OVHcloud.")).toEqual(["FR"]);
    expect(allowed("The platform runs on Google Cloud in Belgium (europe-west1).")).toEqual(["BE"]);
    expect(allowed("We host the service on Microsoft Azure West Europe (Netherlands).")).toEqual(["NL"]);
    // What data remains is no place ("in your account", "la propriété du Client"), nor is a provider's full name.
    expect(allowed("Customer Data remains in your account until you delete it.")).toBeUndefined();
    expect(allowed("Les données restent la propriété du Client.")).toBeUndefined();
    expect(allowed("Die Daten verbleiben im Eigentum des Kunden.")).toBeUndefined();
    expect(allowed("We host the service on AWS (Amazon Web Services).")).toBeUndefined();
  });

  it("takes a table's place of processing over the company's address (French, Italian)", () => {
    const rows = (text: string) => names(draft(text));
    expect(
      rows(
        "Sous-traitants ultérieurs\nNom | Adresse | Prestation | Localisation des données\nBrevo | 55 rue d'Amsterdam, 75008 Paris | Envoi d'e-mails | France\n",
      ),
    ).toEqual([["Brevo", "FR"]]);
    expect(
      rows(
        "Elenco dei sub-responsabili del trattamento\nRagione sociale | Sede | Attività | Luogo del trattamento\nAruba S.p.A. | Via San Clemente 53, Ponte San Pietro (BG) | Hosting | Italia\n",
      ),
    ).toEqual([["Aruba S.p.A.", "IT"]]);
  });
});

describe("sub-processor lists in the layouts of processing agreements after the SCCs and German templates", () => {
  it("reads the SCCs' Annex III entries of labelled lines, the place from the address, a contact's name not taken", () => {
    const text = [
      "ANNEX III – LIST OF SUB-PROCESSORS",
      "",
      "The controller has authorised the use of the following sub-processors:",
      "",
      "1. Name: Amazon Web Services EMEA SARL",
      "Address: 38 Avenue John F. Kennedy, L-1855 Luxembourg",
      "Contact person's name, position and contact details: Jane Doe, Data Protection Officer",
      "Description of processing: Hosting",
      "",
      "2. Name: Twilio Inc.",
      "Address: 101 Spear Street, San Francisco, CA 94105, USA",
      "Location of processing: Ireland",
      "Description of processing: SMS",
      "",
      "ANNEX IV – OTHER",
      "",
      "Name: Unrelated Company Ltd",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["Amazon Web Services EMEA SARL", "LU"],
      ["Twilio Inc.", "IE"],
    ]);
  });

  it("reads German and Italian words for sub-processors, a short title over entry blocks, and a name before its address", () => {
    expect(
      names(
        draft(
          "Anlage 3 – Unterauftragsverhältnisse\nFirma Unterauftragnehmer | Anschrift/Land | Leistung\nHetzner Online GmbH | Industriestr. 25, 91710 Gunzenhausen, Deutschland | Rechenzentrumsbetrieb\n",
        ),
      ),
    ).toEqual([["Hetzner Online GmbH", "DE"]]);
    expect(names(draft("Sottoresponsabili autorizzati: Aruba S.p.A. (Italia), Microsoft Ireland Operations Limited (Irlanda).\n"))).toEqual(
      [
        ["Aruba S.p.A.", "IT"],
        ["Microsoft Ireland Operations Limited", "IE"],
      ],
    );
    expect(
      names(
        draft(
          "Approved sub-processors\n\nHetzner Finland Oy\nHuurrekuja 10\n04360 Tuusula\nFinland\n\nAmazon Web Services EMEA SARL\n38 Avenue John F. Kennedy\nL-1855 Luxembourg\n",
        ),
      ),
    ).toEqual([
      ["Hetzner Finland Oy", "FI"],
      ["Amazon Web Services EMEA SARL", "LU"],
    ]);
    expect(
      names(
        draft(
          "The Contractor uses the following subcontractors:\n- Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, Germany – data centre operation\n- Stripe, Inc., 510 Townsend Street, San Francisco, United States – payments\n",
        ),
      ),
    ).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Stripe, Inc.", "US"],
    ]);
  });

  it("a place in parentheses after a name is the company's seat, not its name: used only where the row names no place", () => {
    const text =
      "Annexe 3 — Sous-traitants ultérieurs autorisés\n\nSous-traitant ultérieur | Prestation | Localisation des données\nSupabase, Inc. (États-Unis) | Base de données | Union européenne (Francfort, Allemagne)\nResend, Inc. (États-Unis) | Courriels | \nCloudflare, Inc. (États-Unis) | Hébergement | Union européenne\nAmazon Web Services (AWS) | Stockage | Irlande\n";
    expect(names(draft(text))).toEqual([
      ["Supabase, Inc.", "DE"],
      ["Resend, Inc.", "US"],
      ["Cloudflare, Inc.", null],
      ["Amazon Web Services (AWS)", "IE"],
    ]);
  });

  it("under a short sub-processor title, a later numbered clause is no entry and one-line bullets are names, not blocks", () => {
    expect(
      names(
        draft(
          "## Sub-processors\n\nWe use sub-processors as set out below.\n\n## Breaches\n\n1. In the event of a data breach, we notify you.\n",
        ),
      ),
    ).toEqual([]);
    expect(names(draft("## 6. Subprocessors\n\n- VAPI (voice processing)\n- AWS (hosting)\n- [List other subprocessors]\n"))).toEqual([
      ["VAPI", null],
      ["AWS", null],
    ]);
  });
});

describe("Spanish and Italian DPAs", () => {
  it("reads notice, objection window, audits and sub-processor tables in Spanish", () => {
    const d = draft(
      [
        "Acuerdo de Encargo del Tratamiento",
        "",
        "Cláusula 6. Subencargados",
        "",
        "El Encargado informará al Responsable de cualquier cambio previsto en los subencargados con una antelación mínima de treinta (30) días.",
        "El Responsable podrá oponerse en un plazo de diez (10) días hábiles desde la notificación.",
        "",
        "Cláusula 9. Auditorías",
        "",
        "El Responsable podrá realizar una auditoría una vez al año, con un preaviso de 30 días.",
        "",
        "Anexo III. Lista de subencargados",
        "",
        "Nombre | Servicio | Ubicación",
        "Hetzner Online GmbH | Alojamiento | Alemania",
        "Twilio Inc. | SMS | Estados Unidos",
        "",
      ].join("\n"),
    );
    expect(d.terms.priorNotice?.value).toEqual({ value: 30, unit: "days" });
    expect(d.terms.objectionWindow?.value).toEqual({ value: 10, unit: "working_days" });
    expect(d.terms.auditMaxPerYear?.value).toBe(1);
    expect(d.terms.auditNotice?.value).toEqual({ value: 30, unit: "days" });
    expect(d.terms.subprocessors.map((s) => [s.value.name, s.value.country])).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Twilio Inc.", "US"],
    ]);
  });

  it("reads the same terms in Italian", () => {
    const d = draft(
      [
        "Accordo sul trattamento dei dati",
        "",
        "Articolo 6. Sub-responsabili",
        "",
        "Il Responsabile informerà il Titolare di ogni modifica dei sub-responsabili con un preavviso di almeno trenta (30) giorni.",
        "Il Titolare può opporsi entro dieci (10) giorni lavorativi dalla comunicazione.",
        "",
        "Articolo 9. Audit",
        "",
        "Il Titolare può effettuare un audit una volta all'anno.",
        "",
        "Allegato III. Elenco dei sub-responsabili",
        "",
        "Nome | Servizio | Sede",
        "OVH SAS | Hosting | Francia",
        "Stripe Inc. | Pagamenti | Stati Uniti",
        "",
      ].join("\n"),
    );
    expect(d.terms.priorNotice?.value).toEqual({ value: 30, unit: "days" });
    expect(d.terms.objectionWindow?.value).toEqual({ value: 10, unit: "working_days" });
    expect(d.terms.auditMaxPerYear?.value).toBe(1);
    expect(d.terms.subprocessors.map((s) => [s.value.name, s.value.country])).toEqual([
      ["OVH SAS", "FR"],
      ["Stripe Inc.", "US"],
    ]);
  });
});

describe("--format json", () => {
  it("rates each term: high when one sentence states it, medium when the value is beside its subject, low when ambiguous", () => {
    const d = draft(
      "5. Sub-processors\n\nThe Processor shall notify the Customer of any new Sub-processor at least 30 days in advance.\n\n7. The Processor shall notify the Customer of any Personal Data Breach without undue delay. Such notification shall be made within 36 hours.\n\n12. This Agreement is governed by the laws of Ireland.\n\n13. The SCCs are governed by the laws of Belgium.\n",
    );
    const terms = draftJson(d).terms as Record<string, { confidence?: string }>;
    expect(terms.priorNotice?.confidence).toBe("high");
    expect(terms.breachNotification?.confidence).toBe("medium");
    expect(terms.governingLaw?.confidence).toBe("low");
  });
});

describe("the title", () => {
  it("is a Markdown page's front-matter title, quoted on its line; a question is never the title", () => {
    const page = [
      "---",
      "layout: page",
      'title: "Data Processing Agreement"',
      "---",
      "",
      "## Are customers required to sign the DPA?",
      "",
      "This DPA is an addendum to the Terms of Service between Example Ltd and the customer.",
      "",
    ].join("\n");
    expect(draftFromText({ name: "dpa.md", format: "text", text: page }, "x").terms.title).toMatchObject({
      value: "Data Processing Agreement",
      quote: "Data Processing Agreement",
      line: 3,
    });
    const plain = page.split("\n").slice(5).join("\n");
    expect(draftFromText({ name: "dpa.txt", format: "text", text: plain }, "x").terms.title?.value).toBe(
      "This DPA is an addendum to the Terms of Service between Example Ltd and the customer.",
    );
  });
});

describe("hosting stated as where the servers or the data infrastructure are", () => {
  it("reads servers in, data infrastructure based in; a company based in a country is not hosting", () => {
    const hosting = (text: string): unknown => draftFromText({ name: "dpa.txt", format: "text", text }, "x").terms.hostingAllowed?.value;
    expect(hosting("All tracked data is encrypted and hosted on renewable energy powered servers in Germany.\n")).toEqual(["DE"]);
    expect(hosting("Our data infrastructure is based in Finland and subject to EU law.\n")).toEqual(["FI"]);
    expect(hosting("The Processor is a company based in Ireland.\n")).toBeUndefined();
  });
});

describe("--explain for audits, hosting and special categories", () => {
  it("says for each sentence those terms' words brought up whether it was taken, and why not", () => {
    const lines: string[] = [];
    draftFromText(
      {
        name: "dpa.txt",
        format: "text",
        text: [
          "9. Audits",
          "The Customer may audit the Processor at reasonable intervals.",
          "The Customer may carry out an audit no more than once a year, on 30 days notice before the audit.",
          "Data is stored on servers in Belgium.",
          "Special categories of personal data (if applicable): Not applicable.",
          "",
        ].join("\n\n"),
      },
      "x",
      (term, s, verdict) => lines.push(`${s.line} ${term} ${verdict}`),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        "3 auditMaxPerYear skipped: no number of audits a year",
        "5 auditMaxPerYear taken: 1 a year",
        "5 auditNotice taken: 30 days",
        "7 hostingAllowed taken: BE",
        "9 specialCategories taken: none (declared not applicable)",
      ]),
    );
  });
});

describe("what the evaluation corpus's dev half taught (draft-corpus/README.md), in each language", () => {
  it("reads a governing law written 'the law of X applies', 'X law applies' and 'governed and interpreted in accordance with'", () => {
    expect(draft("17.1. The law of the Federal Republic of Germany applies.\n").terms.governingLaw?.value).toBe("DE");
    expect(draft("Op deze overeenkomst is Nederlands recht van toepassing.\n").terms.governingLaw?.value).toBe("NL");
    expect(draft("This agreement shall be governed and interpreted in accordance with Spanish law.\n").terms.governingLaw?.value).toBe(
      "ES",
    );
    expect(draft("El presente acuerdo se regirá e interpretará conforme a la legislación\nespañola.\n").terms.governingLaw?.value).toBe(
      "ES",
    );
    // The law named after another mention of it in the same sentence.
    expect(
      draft(
        "Without prejudice to clause 9 (Governing Law) of the Standard Contractual Clauses: this DPA is governed by the laws of French.\n",
      ).terms.governingLaw?.value,
    ).toBe("FR");
  });

  it("reads where processing takes place and data that never leaves the EU as hosting", () => {
    expect(draft("Data processing takes place exclusively within the European Union.\n").terms.hostingDeclared?.value).toEqual(["EEA"]);
    expect(
      draft("Die Datenverarbeitung findet ausschließlich innerhalb der Europäischen Union statt.\n").terms.hostingDeclared?.value,
    ).toEqual(["EEA"]);
    expect(draft("Acme mag de persoonsgegevens verwerken in landen binnen de Europese Unie.\n").terms.hostingDeclared?.value).toEqual([
      "EEA",
    ]);
    expect(draft("Your visitor data never leaves the EU.\n").terms.hostingDeclared?.value).toEqual(["EEA"]);
    // Every country the clause names, those in parentheses too.
    expect(
      draft("Customer Data is processed on Provider's infrastructure hosted in the European Union (Hetzner, Germany/Finland).\n").terms
        .hostingAllowed?.value,
    ).toEqual(["DE", "FI"]);
  });

  it("a notice given to object is the objection window; an objection due within the notice period takes the notice's length", () => {
    const es = draft(
      "Subencargados. Solo se requerirá notificación previa (con 10 días hábiles de antelación para ejercer derecho de oposición) para nuevos subencargados.\n",
    );
    expect([es.terms.priorNotice?.value, es.terms.objectionWindow?.value]).toEqual([
      { value: 10, unit: "working_days" },
      { value: 10, unit: "working_days" },
    ]);
    const en = draft(
      "7.2 The Supplier shall give at least 30 days' notice of any new Subprocessor. The Client shall notify the Supplier of its objections in writing within the notice period.\n",
    );
    expect([en.terms.priorNotice?.value, en.terms.objectionWindow?.value]).toEqual([
      { value: 30, unit: "days" },
      { value: 30, unit: "days" },
    ]);
    expect(en.terms.objectionWindow?.method).toMatch(/within the notice period/);
    // The notice is read once: --explain says so once, not again for the objection window.
    const told: string[] = [];
    draftFromText({ name: "dpa.txt", format: "text", text: en.source.text }, "x", (term, s, verdict) => told.push(`${term} ${verdict}`));
    expect(told.filter((t) => t.startsWith("priorNotice "))).toEqual(["priorNotice taken: 30 days"]);
  });

  it("reads breaches in the plural and a deletion stated after its period or after 'said period'", () => {
    expect(
      draft(
        "El Encargado notificará al Responsable, en cualquier caso antes del plazo máximo de 48 horas, las violaciones de la seguridad de los datos.\n",
      ).terms.breachNotification?.value,
    ).toEqual({ value: 48, unit: "hours" });
    const after = draft(
      "8.1 Vendor shall without delay and in any event within 5 business days, at Company's written request, either delete or return all Company Personal Data.\n",
    );
    expect(after.terms.retention.map((r) => r.value)).toEqual([{ value: 5, unit: "working_days" }]);
    const said = draft(
      "The Controller will have a period of 30 calendar days from the termination to download its data.\n\nAfter said period, the Processor shall delete all personal data.\n",
    );
    expect(said.terms.retention.map((r) => [r.value, r.line])).toEqual([[{ value: 30, unit: "days" }, 1]]);
    // "Such period as required by law" refers to no number, and a notice within a period is no deletion.
    expect(draft("The Processor may retain data only for such period as required by law.\n").terms.retention).toEqual([]);
    expect(draft("The Controller shall inform the Processor within 30 days, otherwise the data are deleted.\n").terms.retention).toEqual(
      [],
    );
  });

  it("reads a sub-processor list written one block or one bullet per company, a company listed once per region", () => {
    const blocks = draft(
      "# List of subprocessors\n\n**Hetzner Online GmbH**<br>\n_Datacenter_<br>\nIndustriestr. 25, 91710 Gunzenhausen, Germany<br>\n\n**Proton AG**<br>\n_Email_<br>\nRoute de la Galaise 32, Geneva, Switzerland<br>\n",
    );
    expect(blocks.terms.subprocessors.map((s) => [s.value.name, s.value.country])).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Proton AG", "CH"],
    ]);
    const bullets = draft("## Annex 3: List of Sub-processors\n\n* **Stripe**\n  Payments.\n* **Mailgun**\n  Emails, from Germany.\n");
    expect(bullets.terms.subprocessors.map((s) => [s.value.name, s.value.country])).toEqual([
      ["Stripe", null],
      ["Mailgun", "DE"],
    ]);
    const regions = draft(
      "Sub-processors\n\n| Company | Location | Purpose |\n|---|---|---|\n| Amazon Web Services, Inc | United States | Hosting |\n| Amazon Web Services, Inc | Germany | Hosting |\n",
    );
    expect(regions.terms.subprocessors.map((s) => s.value.country)).toEqual(["US", "DE"]);
  });
});

describe("the forms the dev half's newer texts take (tale, voicegain, hopwhistle, voiceops)", () => {
  it("reads words with typographic apostrophes as with straight ones", () => {
    const d = draft(
      "5. Sous-traitants ultérieurs\n\nLe Client peut s’opposer à un nouveau Sous-traitant ultérieur dans les 15 jours suivant la notification.\n",
    );
    expect(d.terms.objectionWindow?.value).toEqual({ value: 15, unit: "days" });
  });

  it("reads 'at least N days before' as the prior notice, in French and German", () => {
    expect(
      draft("Le Prestataire informe le Client au moins 20 jours avant d’engager un nouveau sous-traitant ultérieur.\n").terms.priorNotice
        ?.value,
    ).toEqual({ value: 20, unit: "days" });
    expect(
      draft("Der Auftragnehmer informiert den Kunden mindestens 21 Tage vor dem Einsatz eines neuen Unterauftragsverarbeiters.\n").terms
        .priorNotice?.value,
    ).toEqual({ value: 21, unit: "days" });
  });

  it("reads a breach notified ('notifie', 'meldet') of a 'violation affectant les données' or a 'Datenschutzvorfall'", () => {
    expect(
      draft("Le Prestataire notifie le Client dans les 48 heures de toute violation affectant les données du Client.\n").terms
        .breachNotification?.value,
    ).toEqual({ value: 48, unit: "hours" });
    expect(
      draft("Der Auftragnehmer meldet dem Kunden jeden Datenschutzvorfall innerhalb von 36 Stunden.\n").terms.breachNotification?.value,
    ).toEqual({ value: 36, unit: "hours" });
  });

  it("reads a short notification item under a breach heading, with medium confidence (under a heading)", () => {
    const d = draft("## 8. Breach Notification\n\n- Notification within 24 hours\n- Remediation plan\n");
    expect(d.terms.breachNotification?.value).toEqual({ value: 24, unit: "hours" });
    expect(d.terms.breachNotification?.method).toMatch(/under a heading/);
  });

  it("reads where data is processed 'primarily' / 'principalement' / 'primär' in a country", () => {
    expect(draft("The Processor processes personal data primarily in Switzerland.\n").terms.hostingAllowed?.value).toEqual(["CH"]);
    expect(draft("Le Prestataire traite les données principalement en Belgique.\n").terms.hostingAllowed?.value).toEqual(["BE"]);
    expect(draft("Der Auftragnehmer verarbeitet personenbezogene Daten primär in Österreich.\n").terms.hostingAllowed?.value).toEqual([
      "AT",
    ]);
  });

  it("reads 'régi et interprété selon le droit de X', not the definition of the data protection law", () => {
    const d = draft(
      "« Droit applicable à la protection des données » : le RGPD et la loi belge.\n\n15. Ce DPA est régi et interprété selon le droit matériel du Luxembourg.\n",
    );
    expect(d.terms.governingLaw?.value).toBe("LU");
    expect(d.terms.governingLaw?.readings).toBeUndefined();
  });

  it("an audit cap written 'au plus une fois par an'; 'at least once a year' is a minimum, never a cap", () => {
    expect(
      draft("9. Audits\n\nLe Prestataire met à disposition, au plus une fois par an, les rapports d’audit.\n").terms.auditMaxPerYear?.value,
    ).toBe(1);
    expect(
      draft("11. Audits\n\nThe data exporter shall keep a list of agreements, which shall be updated at least once a year.\n").terms
        .auditMaxPerYear,
    ).toBeUndefined();
  });

  it("takes the deleting's own period, not an earlier one of another act", () => {
    const d = draft(
      "12. Si le Client ne fait pas de demande dans les 30 jours suivant la résiliation, le Prestataire supprime toutes les données dans les 60 jours suivant la résiliation.\n",
    );
    expect(d.terms.retention?.map((r) => r.value)).toEqual([{ value: 60, unit: "days" }]);
  });

  it("reads a retention line 'Label: period' under a retention heading", () => {
    const d = draft("## 5. Data Retention\n\n- Active data: Duration of service\n- Log data: 14 days\n");
    expect(d.terms.retention?.map((r) => r.value)).toEqual([{ value: 14, unit: "days" }]);
  });

  it("reads a list of names under a sub-processor heading or introduction; placeholders and obligations are not names", () => {
    expect(names(draft("## 6. Subprocessors\n\n- Mailjet (email)\n- OVH (hosting, France)\n- [Other provider]\n"))).toEqual([
      ["Mailjet", null],
      ["OVH", "FR"],
    ]);
    expect(
      names(
        draft(
          "The Processor uses the following sub-processors:\n\n- **Acme, Inc.** - transcription\n- **Globex GmbH** - storage (Germany)\n",
        ),
      ),
    ).toEqual([
      ["Acme, Inc.", null],
      ["Globex GmbH", "DE"],
    ]);
    expect(
      names(
        draft(
          "5. Sub-processors\n\nController authorises Processor to engage Sub-processors, provided that:\n\n- Processor maintains a list of Sub-processors\n- Controller may object to new Sub-processors\n",
        ),
      ),
    ).toEqual([]);
  });

  it("reads a category and its names ('Telephony: A, B, C'), skipping a placeholder category", () => {
    expect(
      names(
        draft(
          "Processor currently engages the following Sub-processors:\n\n- **Telephony:** Twilio, Vonage, Plivo\n- **Hosting:** [Cloud Provider]\n",
        ),
      ),
    ).toEqual([
      ["Twilio", null],
      ["Vonage", null],
      ["Plivo", null],
    ]);
  });

  it("reads a list of sub-processors inside a sentence, in each language, and nothing from a list of kinds", () => {
    expect(names(draft("Current sub-processors include Groq, OpenAI, Anthropic, and Google Vertex AI.\n"))).toEqual([
      ["Groq", null],
      ["OpenAI", null],
      ["Anthropic", null],
      ["Google Vertex AI", null],
    ]);
    expect(
      names(
        draft("The Processor uses the following sub-processors: Hetzner Online GmbH for hosting (Germany); Postmark for email delivery.\n"),
      ),
    ).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Postmark", null],
    ]);
    expect(names(draft("Les sous-traitants ultérieurs comprennent Scaleway et Brevo.\n"))).toEqual([
      ["Scaleway", null],
      ["Brevo", null],
    ]);
    expect(names(draft("Sub-processors include cloud hosting providers and email services.\n"))).toEqual([]);
  });

  it("reads '60 (sixty) days' as well as 'sixty (60) days'", () => {
    const d = draft("4. The Processor shall delete all Personal Data within 45 (forty-five) days upon termination.\n");
    expect(d.terms.retention?.map((r) => r.value)).toEqual([{ value: 45, unit: "days" }]);
  });

  it("reads one label-and-value table per sub-processor, the processing place over the address", () => {
    const text = [
      "Appendix B. List of Sub-processors",
      "",
      "| Sub-Processor 1 |  |",
      "| :---- | :---- |",
      "| Full legal name of sub-processor | Initech GmbH |",
      "| Address / country | Hauptstrasse 1, 10115 Berlin, Germany |",
      "| Nature of processing | Email delivery. Location of processing: Ireland |",
      "",
      "| Sub-Processor 2 |  |",
      "| :---- | :---- |",
      "| Full legal name of sub-processor | Hooli Inc. |",
      "| Address / country | 1 Main Street, Palo Alto, CA 94301, United States |",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["Initech GmbH", "IE"],
      ["Hooli Inc.", "US"],
    ]);
  });

  it("reads data 'hosted on AWS EU' as hosted within the EU", () => {
    expect(draft("Personal data is processed within the platform hosted on AWS EU.\n").terms.hostingDeclared?.value).toEqual(["EEA"]);
  });

  it("reads a place named before its verb in German and Dutch, and a line naming where data is", () => {
    const hosted = (text: string): string[] | undefined => draft(text).terms.hostingAllowed?.value;
    expect(hosted("Die Daten werden ausschließlich in Rechenzentren in Deutschland gespeichert.\n")).toEqual(["DE"]);
    expect(hosted("De persoonsgegevens worden uitsluitend in Nederland opgeslagen.\n")).toEqual(["NL"]);
    expect(hosted("Key terms\n\nServer location: Frankfurt am Main, Germany\nSupport: email\n")).toEqual(["DE"]);
    // A sub-processor table's row is the sub-processor's, not where the DPA hosts data.
    expect(hosted("| Hosting | Hetzner Online GmbH | Germany |\n")).toBeUndefined();
  });

  it("a period counted from the objection is not the window to object, in English and German", () => {
    const window = (text: string) => draft(text).terms.objectionWindow?.value;
    expect(
      window(
        "The Customer may object to new sub-processors. If the Parties cannot agree within 60 days of receipt of the objection, the Customer may end the Agreement.\n",
      ),
    ).toBeUndefined();
    expect(
      window("Der Kunde kann dem Unterauftragsverarbeiter widersprechen; Gespräche enden 20 Tage nach dem Widerspruch.\n"),
    ).toBeUndefined();
    expect(window("The Customer may object to a new sub-processor within 14 days of receipt of the notice.\n")).toEqual({
      value: 14,
      unit: "days",
    });
  });

  it("reads '24h' and '24‑hour' (a non-breaking hyphen) breach notices, 'brechas', and not a lettered item 'h)'", () => {
    expect(draft("- Breach notice SLA to Controllers: 24h for clinical data\n").terms.breachNotification?.value).toEqual({
      value: 24,
      unit: "hours",
    });
    expect(draft("- 48‑hour breach notice to the Customer\n").terms.breachNotification?.value).toEqual({ value: 48, unit: "hours" });
    expect(draft("- Notificación de brechas al Responsable en 36h\n").terms.breachNotification?.value).toEqual({
      value: 36,
      unit: "hours",
    });
    expect(
      draft("The Processor notifies breaches of personal data as in Article 33 (3) h) and 5 h) of the Annex.\n").terms.breachNotification
        ?.value,
    ).toBeUndefined();
  });

  it("reads a breach named only by its defined term, capitalised, in every language with such terms; not a breach of the agreement", () => {
    const deadline = (text: string) => draft(`${text}\n`).terms.breachNotification?.value;
    const h48 = { value: 48, unit: "hours" };
    expect(deadline("Supplier shall notify Customer of any Breach within 48 hours after becoming aware of it.")).toEqual(h48);
    expect(deadline("Le Sous-traitant notifie au Client toute Violation dans un délai de 48 heures.")).toEqual(h48);
    expect(deadline("El Encargado notificará al Cliente cualquier Violación en un plazo de 48 horas.")).toEqual(h48);
    expect(deadline("Il Responsabile notifica al Cliente qualsiasi Violazione entro 48 ore.")).toEqual(h48);
    expect(deadline("De Verwerker meldt elke Inbreuk binnen 48 uur aan de Klant.")).toEqual(h48);
    // The word in lower case is a data breach only where its notice is due within hours; a breach
    // of the agreement never is.
    expect(deadline("Supplier shall notify Customer of any breach within 48 hours.")).toEqual(h48);
    expect(deadline("Il Responsabile notifica al Titolare la violazione entro 48 ore dalla scoperta.")).toEqual(h48);
    expect(deadline("Supplier shall notify Customer of any breach within 5 days.")).toBeUndefined();
    // So is an incident, in each language.
    expect(deadline("Provider will notify Customer of any incident within 48 hours.")).toEqual(h48);
    expect(deadline("Le Prestataire notifie tout incident au Client sous 48 heures.")).toEqual(h48);
    expect(deadline("Der Anbieter meldet Vorfälle innerhalb von 48 Stunden.")).toEqual(h48);
    expect(deadline("Provider will notify Customer of any incident within 5 days.")).toBeUndefined();
    expect(deadline("Either party shall notify the other of any breach of this agreement within 48 hours.")).toBeUndefined();
    expect(deadline("Either party shall notify the other of a Breach of this Agreement within 30 days.")).toBeUndefined();
    expect(deadline("En cas de Violation du présent contrat, la partie lésée notifie l'autre dans un délai de 30 jours.")).toBeUndefined();
  });

  it("ends a list after a colon at the next heading: an item under 'Audits' is not the breach's", () => {
    const text = [
      "### Personal Data Breach",
      "In the event of a Breach, Supplier shall:",
      "(1) notify the Customer about the Breach without undue delay after becoming aware of it;",
      "(2) take all actions required by law.",
      "",
      "### Audits",
      "Upon 30 days written notice by Customer, Supplier shall make its audit reports available.",
      "",
    ].join("\n");
    expect(draft(text).terms.breachNotification?.value).toBeNull();
    expect(draft(text.replace("### Audits\n", "Audits\n\n")).terms.breachNotification?.value).toBeNull();
  });

  it("reads 'Governing law: Portugal' written as a label and its value", () => {
    expect(draft("- Governing law: Portugal; venue: courts of Portugal\n").terms.governingLaw?.value).toBe("PT");
    expect(draft("- Ley aplicable: Portugal; fuero: tribunales de Portugal\n").terms.governingLaw?.value).toBe("PT");
  });

  it("an example period ('e.g., 10 years', 'p. ej.') is not a retention term; non-EU providers' EU hosting is not a commitment", () => {
    expect(draft("6. Clinical data: retention is set by the expert (e.g., 10 years under local rules).\n").terms.retention).toEqual([]);
    expect(draft("5. Cuando proveedores no‑UE ofrecen hosting en la UE, usamos SCCs.\n").terms.hostingDeclared).toBeUndefined();
  });

  it("reads one heading per sub-processor followed by a sentence about it (a web page's blocks)", () => {
    const d = draft(
      "We engage the following sub-processors to deliver the service.\n\nScaleway\n\nScaleway runs the datacenters in France that store the data.\n\nScaleway data processing agreement\n\nPostmark\n\nPostmark is used to send notification emails.\n\nVersion\n\nVersion 1.1, 22.6.2026\n",
    );
    expect(names(d)).toEqual([
      ["Scaleway", "FR"],
      ["Postmark", null],
    ]);
  });

  it("reads 'datacenters located in Switzerland' as hosting", () => {
    expect(draft("The service runs on certified datacenters located in Switzerland.\n").terms.hostingAllowed?.value).toEqual(["CH"]);
  });

  it("reads 'governed exclusively by the internal laws of the State of California' and flags the SCCs' Irish law", () => {
    const d = draft(
      "8.5 This DPA shall be governed exclusively by the internal laws of the State of California.\n\n1.12 The governing law for the purposes of Clause 17 of the Standard Contractual Clauses shall be laws of Ireland.\n",
    );
    expect(d.terms.governingLaw?.value).toBe("US");
    expect(d.terms.governingLaw?.readings).toEqual(["US", "IE"]);
  });

  it("reads the sub-processors listed in one cell of a key-terms table, and not a table's header row", () => {
    const cover = (text: string) => names(draftFromText({ name: "dpa.md", format: "markdown", text }, "x"));
    expect(
      cover(
        "| Term | Value |\n|---|---|\n| Governing law | Ireland |\n| **Sub-processors** | Amazon Web Services (Ireland); Stripe (United States) |\n",
      ),
    ).toEqual([
      ["Amazon Web Services", "IE"],
      ["Stripe", "US"],
    ]);
    expect(cover("| Key terms | |\n|---|---|\n| Approved Subprocessors | Hetzner Online GmbH (Germany), Postmark and Sentry |\n")).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Postmark", null],
      ["Sentry", null],
    ]);
    expect(
      cover("Approved Subprocessors\n\n| Subprocessor | Purpose |\n|---|---|\n| StaxBill | Billing |\n| DataDog | Monitoring |\n"),
    ).toEqual([
      ["StaxBill", null],
      ["DataDog", null],
    ]);
  });

  it("reads 'Sub - processors' as a PDF's text writes them, spaces around the hyphen", () => {
    expect(
      draft(
        "4.6 Use of Sub - processors\n\nThe Processor shall inform the Controller of the addition of Sub - processors at least 21 days in advance.\n",
      ).terms.priorNotice?.value,
    ).toEqual({ value: 21, unit: "days" });
  });

  it("a data-centre city names its country where no country is named ('EU (Frankfurt)', 'UE (Fráncfort)', 'AWS EU (Paris)')", () => {
    expect(names(draft("The Processor uses the following sub-processors: Neon (DB Frankfurt), Brevo (UE, París) and Postmark.\n"))).toEqual(
      [
        ["Neon", "DE"],
        ["Brevo", "FR"],
        ["Postmark", null],
      ],
    );
    expect(draft("All data is hosted in data centres located in Zürich.\n").terms.hostingAllowed?.value).toEqual(["CH"]);
    // A country named wins over a city: an address "Paris, Texas, United States" is the US.
    expect(names(draft("Sub-processors include Acme (Paris, Texas, United States).\n"))).toEqual([["Acme", "US"]]);
  });

  it("a key-terms cell that points to a schedule is no name; the schedule's table is read, across a page break", () => {
    const text = [
      "Customer name | Example GmbH",
      "Subprocessors | As set out in Schedule 3",
      "",
      "SCHEDULE 3",
      "SUB-PROCESSORS",
      "",
      "Name of Sub-processor | Description of Processing",
      "Supabase Pte. Ltd | Provision of support services",
      "Amazon Web Services, Inc | Provision of hosting services",
      "",
      "Document Ref: ABC-123 | Page 21 of 22",
      "Slack Technologies, LLC | Communication with Authorized Users",
      "Vercel, Inc | Provision of hosting services",
      "",
      "Page 22 of 22",
      "",
      "| Entity | Purpose |",
      "|---|---|",
      "| Other table Ltd | Something else |",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["Supabase Pte. Ltd", null],
      ["Amazon Web Services, Inc", null],
      ["Slack Technologies, LLC", null],
      ["Vercel, Inc", null],
      ["Other table Ltd", null],
    ]);
    expect(names(draft("Sub-processors | See Annex III\n\nThe weather is fine.\n"))).toEqual([]);
    expect(names(draft("Unterauftragsverarbeiter | siehe Anlage 2\n"))).toEqual([]);
  });
});

describe("sub-processor lists in the layouts a fourth round of sentences of our own takes", () => {
  it("a country's name beats a lone code in an address: an Italian province code is no country", () => {
    const d = draft(
      "Allegato 2 – Elenco dei sub-responsabili autorizzati\n\n1. Aruba S.p.A., via San Clemente 53, 24036 Ponte San Pietro (BG), Italia – servizi di hosting\n2. Google Ireland Limited, Gordon House, Barrow Street, Dublino 4, Irlanda – posta elettronica\n",
    );
    expect(names(d)).toEqual([
      ["Aruba S.p.A.", "IT"],
      ["Google Ireland Limited", "IE"],
    ]);
    // "San Francisco, CA, USA": CA is California here, not Canada.
    expect(names(draft("Sub-processors\n\n| Name | Location |\n|---|---|\n| Zendesk Inc. | San Francisco, CA, USA |\n"))).toEqual([
      ["Zendesk Inc.", "US"],
    ]);
  });

  it("reads 'EE. UU.', 'U.S.A.' and 'U.S.' as the United States", () => {
    const d = draft(
      "Sub-processors\n\n| Name | Location |\n|---|---|\n| Twilio Inc. | EE. UU. |\n| Stripe, Inc. | U.S.A. |\n| Zendesk, Inc. | the U.S. |\n",
    );
    expect(names(d)).toEqual([
      ["Twilio Inc.", "US"],
      ["Stripe, Inc.", "US"],
      ["Zendesk, Inc.", "US"],
    ]);
  });

  it("keeps a legal form after a comma in a numbered entry ('Mailgun Technologies, Inc., 112 E Pecan St')", () => {
    const d = draft(
      "Anlage 3 – Unterauftragsverarbeiter\n\n1. Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, Deutschland – Rechenzentrum\n2. Mailgun Technologies, Inc., 112 E Pecan St, San Antonio, TX 78205, USA – E-Mail-Versand\n",
    );
    expect(names(d)).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Mailgun Technologies, Inc.", "US"],
    ]);
  });

  it("passes over a table's category rows and its header repeated under a heading; a name cell's address is not the name", () => {
    const d = draft(
      "Anlage 2 Unterauftragnehmer\n\n| Unterauftragnehmer | Anschrift / Land | Leistung |\n|---|---|---|\n| **Infrastruktur** | | |\n| IONOS SE | Elgendorfer Str. 57, 56410 Montabaur, Deutschland | Hosting |\n| **Support** | | |\n| Zendesk Inc. | 989 Market St, San Francisco, USA | Ticketsystem |\n\nWeitere\n\n| Unterauftragnehmer | Anschrift / Land | Leistung |\n|---|---|---|\n| Hetzner Online GmbH<br>Industriestr. 25, Gunzenhausen | Deutschland | Server<br>Backups |\n",
    );
    expect(names(d)).toEqual([
      ["IONOS SE", "DE"],
      ["Zendesk Inc.", "US"],
      ["Hetzner Online GmbH", "DE"],
    ]);
    expect(d.terms.subprocessors?.[2]?.purpose).toBe("Server, Backups");
    const addressed = draft(
      "Schedule 2 - Sub-processors\n\n| Sub-processor | Purpose |\n|---|---|\n| Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg | Hosting |\n",
    );
    // With no location column, the address in the name cell gives the company's seat.
    expect(names(addressed)).toEqual([["Amazon Web Services EMEA SARL", "LU"]]);
  });

  it("reads one heading per sub-processor with labelled lines under it; a numbered clause heading is no company", () => {
    const d = draft(
      "7. Sub-processors\n\nThe Processor uses the following sub-processors:\n\n### Amazon Web Services EMEA SARL\n\n- Purpose: hosting of the platform\n- Location: Frankfurt, Germany\n\n### Postmark\n\n- Purpose: transactional e-mail\n- Location: United States\n",
    );
    expect(names(d)).toEqual([
      ["Amazon Web Services EMEA SARL", "DE"],
      ["Postmark", "US"],
    ]);
    expect(d.terms.subprocessors?.[0]?.purpose).toBe("hosting of the platform");
    const bold = draft(
      "Sub-processors\n\nThe Processor uses the following sub-processors:\n\n**Mailjet SAS**\nPurpose: e-mail delivery\nLocation: France\n",
    );
    expect(names(bold)).toEqual([["Mailjet SAS", "FR"]]);
    const clauses = draft(
      "## 2. Scope and roles\n\n### 2.1 Roles\n\nFor the purposes of the law: Customer is the Controller; Provider is the Processor (or Sub-processor, as applicable).\n",
    );
    expect(names(clauses)).toEqual([]);
  });

  it("reads French, Italian, Spanish and English header words ('Raison sociale', 'Siège social', 'Nature de la prestation', 'Dove')", () => {
    const fr = draft(
      "Annexe 2 – Liste des sous-traitants ultérieurs\n\n| Raison sociale | Siège social | Nature de la prestation | Lieu d'hébergement |\n|---|---|---|---|\n| OVH SAS | Roubaix | Hébergement | France |\n| Sendinblue | Paris | Emailing | Allemagne |\n",
    );
    // The place of hosting, not the seat.
    expect(names(fr)).toEqual([
      ["OVH SAS", "FR"],
      ["Sendinblue", "DE"],
    ]);
    expect(fr.terms.subprocessors?.[0]?.purpose).toBe("Hébergement");
    const it = draft("7. Sub-responsabili\n\n| Fornitore | Ruolo | Dove |\n|---|---|---|\n| Aruba S.p.A. | Hosting | Italia |\n");
    expect(names(it)).toEqual([["Aruba S.p.A.", "IT"]]);
  });

  it("reads a list in a sentence whose items are a name, a parenthesis and a purpose, and a parenthesis with a full stop inside", () => {
    expect(
      names(
        draft(
          "Sub-processors\n\nThe Processor has engaged the following sub-processors: Hetzner Online GmbH (Germany) for hosting, Postmark (United States) for e-mail and Stripe (Ireland) for payments.\n",
        ),
      ),
    ).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Postmark", "US"],
      ["Stripe", "IE"],
    ]);
    expect(
      names(
        draft(
          "Artículo 8 – Subcontratación\n\nEl Encargado podrá subcontratar con los siguientes subencargados: Amazon Web Services EMEA SARL (alojamiento, Irlanda), Twilio Inc. (SMS, EE. UU.).\n",
        ),
      ),
    ).toEqual([
      ["Amazon Web Services EMEA SARL", "IE"],
      ["Twilio Inc.", "US"],
    ]);
    // Items that are not a name and a parenthesis are not a list.
    expect(names(draft("Sub-processors\n\nSub-processors include: hosting providers (in the EU), e-mail services (in the US).\n"))).toEqual(
      [],
    );
  });

  it("reads a sub-processor table's data location before its seat, a column of place and safeguard ('Datenstandort / Garantie') a place's", () => {
    const table = [
      "## Anlage 2 — Subunternehmer",
      "",
      "| Subunternehmer | Sitz | Leistung | Datenstandort / Garantie |",
      "|---|---|---|---|",
      "| Supabase Inc. | USA | Datenbank | Daten in AWS eu-central-1 (Frankfurt/DE); EU-Standardvertragsklauseln |",
      "| Postmark (ActiveCampaign LLC) | USA | Transaktions-E-Mails | USA; SCC/DPF |",
      "| Netlify Inc. | USA | Hosting/CDN | Global/CDN; EU-Standardvertragsklauseln |",
    ].join("\n");
    expect(names(draft(`${table}\n`))).toEqual([
      ["Supabase Inc.", "DE"],
      ["Postmark (ActiveCampaign LLC)", "US"],
      ["Netlify Inc.", null],
    ]);
    // A column of the transfer's safeguard alone stays the safeguard's.
    const safeguards =
      "| Sub-processor | Service | Protection of third country transfer |\n|---|---|---|\n| Acme GmbH | Hosting | Standard Data Protection Clauses |\n";
    expect(names(draft(`## Sub-processors\n\n${safeguards}`))).toEqual([["Acme GmbH", null]]);
  });

  it("reads a company engaged as a sub-processor in a sentence, in English, German, French and Spanish; a party is not one", () => {
    const cases: Array<[string, Array<[string, string | null]>]> = [
      [
        "Sub-processors\n\nDepending on the location of a Customer, Retool may also engage its Affiliate, Retool UK Limited, as Subprocessor to deliver some of the Services.\n",
        [["Retool UK Limited", "GB"]],
      ],
      [
        "§ 6 Unterauftragsverhältnisse\n\nDer Auftragnehmer setzt als Unterauftragnehmer die Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, Deutschland, für den Betrieb der Server ein.\n",
        [["Hetzner Online GmbH", "DE"]],
      ],
      [
        "Article 8 – Sous-traitance ultérieure\n\nLe Client autorise le Sous-traitant à recourir à OVH SAS, 2 rue Kellermann, 59100 Roubaix, France, en tant que sous-traitant ultérieur pour l'hébergement.\n",
        [["OVH SAS", "FR"]],
      ],
      [
        "Subencargados\n\nEl Encargado recurre a Amazon Web Services EMEA SARL como subencargado para el alojamiento.\n",
        [["Amazon Web Services EMEA SARL", null]],
      ],
    ];
    for (const [text, expected] of cases) expect(names(draft(text))).toEqual(expected);
    // The company set off after the word by a comma or in parentheses, a word saying which one first.
    const apart: Array<[string, Array<[string, string | null]>]> = [
      [
        "Secure data centers are provided by a subcontractor (mainly company Hetzner Online GmbH) and located in EU.",
        [["Hetzner Online GmbH", null]],
      ],
      ["Secure data centers are provided by a subcontractor, Hetzner Online GmbH, located in Germany.", [["Hetzner Online GmbH", "DE"]]],
      ["L'hébergement est assuré par un sous-traitant ultérieur (notamment OVH SAS, Roubaix, France).", [["OVH SAS", "FR"]]],
      // An example of a kind is no company engaged.
      ["Hosting may be provided by a sub-processor (e.g. Hetzner Online GmbH).", []],
    ];
    for (const [sentence, expected] of apart) expect(names(draft(`Sub-processors\n\n${sentence}\n`)), sentence).toEqual(expected);
    // Several companies, each with its address, joined by commas and "and"; a match inside a longer word.
    expect(
      names(
        draft(
          "Sub-processors\n\nThe Customer agrees that Acme uses Hetzner Online GmbH, Gunzenhausen, Germany, Scaleway SAS, Paris, France and Twilio, Inc., San Francisco, USA as another processors for hosting and messaging.\n",
        ),
      ),
    ).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Scaleway SAS", "FR"],
      ["Twilio, Inc.", "US"],
    ]);
    // Where the sentence says processing stays in Europe, a US seat is not where they process.
    expect(
      names(
        draft(
          "Sub-processors\n\nAcme engages Zendesk, Inc., San Francisco, USA as a sub-processor (the personal data are not processed outside the EEA).\n",
        ),
      ),
    ).toEqual([["Zendesk, Inc.", null]]);
    // The processor itself, the subject of a sentence about sub-processors, is not one.
    expect(
      names(
        draft(
          "Sub-processors\n\nAcme Ltd may engage sub-processors. The Processor shall inform Customer of any new sub-processor. Acme GmbH as processor remains liable for its sub-processors.\n",
        ),
      ),
    ).toEqual([]);
  });
});

describe("breach notices written as the harms the GDPR defines a breach by, and German separable verbs", () => {
  it("reads 'destruction, loss, alteration ...' in each language, 'teilt ... mit' and 'Verstöße gegen datenschutzrechtliche Bestimmungen'", () => {
    const cases: Array<[string, number]> = [
      [
        "The Processor shall notify the Customer of any destruction, loss, alteration or unauthorised disclosure of Customer Data within 48 hours.",
        48,
      ],
      [
        "Le Sous-traitant notifie au Client toute destruction, perte, altération, divulgation ou tout accès non autorisé aux données dans un délai de 36 heures.",
        36,
      ],
      ["Der Auftragnehmer meldet jede Vernichtung, jeden Verlust oder jede unbefugte Offenlegung der Daten innerhalb von 24 Stunden.", 24],
      ["El Encargado notificará cualquier destrucción, pérdida o alteración de los datos en un plazo de 24 horas.", 24],
      ["Il Responsabile comunica ogni distruzione, perdita o modifica dei dati entro 12 ore.", 12],
      ["De Verwerker meldt elke vernietiging, verlies of wijziging van gegevens binnen 48 uur.", 48],
      ["Der Auftragsverarbeiter teilt dem Verantwortlichen Datenpannen binnen 48 Stunden mit.", 48],
      [
        "Der Auftragnehmer meldet dem Auftraggeber Störungen sowie Verstöße gegen datenschutzrechtliche Bestimmungen innerhalb von 24 Stunden.",
        24,
      ],
    ];
    for (const [text, hours] of cases)
      expect(draft(`${text}\n`).terms.breachNotification?.value, text).toEqual({ value: hours, unit: "hours" });
    // The template's long list between the verb and its particle ("teilt ... unverzüglich
    // Störungen, Verstöße ... sowie den Verdacht auf Datenschutzverletzungen ... mit"): undated.
    const longList =
      "Der Auftragnehmer teilt dem Auftraggeber unverzüglich Störungen, Verstöße des Auftragnehmers oder der bei ihm beschäftigten Personen gegen datenschutzrechtliche Bestimmungen oder die im Auftrag getroffenen Festlegungen sowie den Verdacht auf Datenschutzverletzungen oder Unregelmäßigkeiten bei der Verarbeitung personenbezogener Daten mit.\n";
    expect(draft(longList).terms.breachNotification?.value).toBeNull();
    // "teilt ... mit" of something else (instructions) is no breach notice.
    expect(
      draft("Der Auftraggeber teilt dem Auftragnehmer seine Weisungen binnen 10 Tagen mit.\n").terms.breachNotification,
    ).toBeUndefined();
  });
});

describe("hosting said as data not processed outside Europe", () => {
  it("reads 'not transferred or processed outside the EEA' in six languages; a condition ('without consent', 'es sei denn') makes it none", () => {
    const texts = [
      "The personal data are not transferred or processed outside of the European Economic Area.",
      "Les données ne sont pas hébergées hors de l'Union européenne.",
      "Die Daten werden nicht außerhalb der EU verarbeitet.",
      "Los datos no se tratarán fuera de la UE.",
      "I dati non sono trattati al di fuori dell'UE.",
      "De gegevens worden niet buiten de EER verwerkt.",
    ];
    for (const text of texts) expect(draft(`${text}\n`).terms.hostingDeclared?.value, text).toEqual(["EEA"]);
    for (const text of [
      "The Processor shall not transfer personal data outside the EEA without the prior written consent of the Controller.",
      "Die Daten werden nicht außerhalb der EU verarbeitet, es sei denn, der Auftraggeber stimmt zu.",
    ])
      expect(draft(`${text}\n`).terms.hostingDeclared, text).toBeUndefined();
  });
});

describe("the forms a fifth dev DPA (Berget's) took", () => {
  it("reads 'N days’ advance notice' of a sub-processor change as the prior notice", () => {
    const d = draft(
      "9. Subprocessors\n\nThe Processor shall inform the Customer of changes in the subprocessors by providing at least 14 (fourteen) days’ advance notice, giving the Customer the opportunity to object.\n",
    );
    expect(d.terms.priorNotice?.value).toEqual({ value: 14, unit: "days" });
  });

  it("reads a loose list (one item a paragraph) introduced right after a paragraph about sub-processors", () => {
    const d = draft(
      "Appendix 1 – Subprocessors\n\nAcme considers some of its Affiliates as subprocessors.\n\nThe following list describes when Affiliates are used:\n\n- Widget AB (Org nr: 556000-0000), provides network operations to Acme\n\n- Gadget Oy (Y-tunnus 1234567-8), provides support to Acme\n\n10. Audits\n",
    );
    expect(names(d)).toEqual([
      ["Widget AB", null],
      ["Gadget Oy", null],
    ]);
    // A list of obligations after such a paragraph is no list of names.
    const obligations = draft(
      "9. Subprocessors\n\nAcme may engage subprocessors.\n\nAcme shall ensure the following:\n\n- that each subprocessor is bound by a written contract\n\n- that the Customer is informed\n",
    );
    expect(names(obligations)).toEqual([]);
  });
});

describe("a sub-processor page's traps (Gidsly's kind): vendors that are not sub-processors, prose, bold names", () => {
  it("lists the table's vendors without their bold, and nothing under a heading that says 'not subprocessors' nor from wrapped prose", () => {
    const d = draft(
      "# Subprocessors\n\nThe law requires the controller to disclose which third-party\nservices handle personal data on its behalf.\n\n## Active subprocessors\n\n| # | Vendor | Purpose | Host region |\n|---|---|---|---|\n| 1 | **Render Services Inc.** | Hosting | Frankfurt, Germany (EU) |\n| 2 | **Mollie B.V.** | Payments | Netherlands (Amsterdam) |\n\n## Out-of-scope tools (not subprocessors)\n\nVendors used internally that do not process personal data on our\nbehalf and therefore do not appear on the list:\n\n- **GitHub** (private repos): source-code hosting. No\n  personal data about users.\n- **npm registry**: dependency source.\n",
    );
    expect(names(d)).toEqual([
      ["Render Services Inc.", "DE"],
      ["Mollie B.V.", "NL"],
    ]);
    // The same heading words in German and French deny as well.
    for (const heading of ["Werkzeuge (keine Unterauftragsverarbeiter)", "Outils (ne sont pas des sous-traitants ultérieurs)"])
      expect(
        names(draft(`## ${heading}\n\n**Acme GmbH**\nHosting\nBerlin, Germany\n\n**Beta SAS**\nSupport\nParis, France\n`)),
        heading,
      ).toEqual([]);
  });
});

describe("bullets however drawn", () => {
  it("reads lists bulleted with ●, ➢, ■ and ◦ as with • and -", () => {
    for (const bullet of ["●", "➢", "■", "◦", "•", "-"]) {
      const d = draft(
        `Annex 3 – Sub-processors\n\nThe Processor uses the following sub-processors:\n${bullet} Hetzner Online GmbH (Germany) – hosting\n${bullet} Twilio Inc. (United States) – SMS\n`,
      );
      expect(names(d), bullet).toEqual([
        ["Hetzner Online GmbH", "DE"],
        ["Twilio Inc.", "US"],
      ]);
    }
  });
});

describe("a sample contract's list of one company and a note (Kozlowski's kind)", () => {
  it("passes over a template's note among listed companies, but not a list of obligations", () => {
    const d = draft(
      "Anlage 3 — Genehmigte Unterauftragsverarbeiter\n\n- Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen (Deutschland) — Hosting\n- Weitere werden hier je nach Auftrag ergänzt (z. B. konkret genutzte Dienste).\n",
    );
    expect(names(d)).toEqual([["Hetzner Online GmbH", "DE"]]);
    // Without a company named with its legal form, a list with such lines is no list of names.
    const obligations = draft(
      "Anlage 3 — Unterauftragsverarbeiter\n\n- Hetzner\n- Unterauftragsverarbeiter werden vertraglich verpflichtet.\n",
    );
    expect(names(obligations)).toEqual([]);
  });

  it("reads one block under a list heading whose first line is a company and its address (a PDF list without its bullets)", () => {
    const d = draft(
      "Anlage 3 — Genehmigte Unterauftragsverarbeiter\n\nHetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen (Deutschland)\n— Hosting/Rechenzentrum Falkenstein (Deutschland). Zweck:\nServer-Betrieb.\n",
    );
    expect(names(d)).toEqual([["Hetzner Online GmbH", "DE"]]);
    // One block without a legal form is not enough to call it a list.
    expect(names(draft("List of sub-processors\n\nAcme hosting\nGermany\n"))).toEqual([]);
  });
});

describe("governing law named by an adjective in every language, for every EU and EEA country", () => {
  it("each language file names the law of every country in the EEA today (the policies' own dated list), GB, CH and US", () => {
    const legal = (readBundle().data.lib as { legal?: LegalData } | undefined)?.legal ?? {};
    const today = new Date().toISOString().slice(0, 10);
    // The EEA's states, not the regions that are part of one (Åland, the French overseas departments).
    const states = Object.entries(legal.eea ?? {}).filter(([c, record]) => record.part_of === undefined && inEea(c, today, legal));
    const countries = [...states.map(([c]) => c), "GB", "CH", "US"];
    expect(countries.length).toBeGreaterThan(30);
    for (const language of [en, fr, de, es, italian, nl]) expect(countries.filter((c) => !(c in language.law))).toEqual([]);
  });

  it("reads 'ley portuguesa', 'legge tedesca', 'droit tchèque', 'estnischem Recht', 'Estonian law'", () => {
    const cases: Array<[string, string]> = [
      ["Este Acuerdo se rige por la ley portuguesa.", "PT"],
      ["El presente contrato se rige por la legislación francesa.", "FR"],
      ["Il presente contratto è disciplinato dalla legge tedesca.", "DE"],
      ["Il presente accordo è regolato dal diritto irlandese.", "IE"],
      ["Le présent contrat est soumis au droit tchèque.", "CZ"],
      ["Dieser Vertrag unterliegt estnischem Recht.", "EE"],
      ["This Agreement is governed by Estonian law.", "EE"],
      ["This Agreement is governed by Scots law.", "GB"],
      ["Deze overeenkomst wordt beheerst door Luxemburgs recht.", "LU"],
      ["El presente contrato queda sometido a la legislación española.", "ES"],
    ];
    for (const [text, code] of cases) expect(draft(`${text}\n`).terms.governingLaw?.value, text).toBe(code);
    // A party subject to a law is not the agreement's law, in Italian and Spanish as in English.
    for (const text of [
      "Il Responsabile è soggetto alla legge statunitense.",
      "El Encargado está sujeto a la legislación estadounidense.",
      // The data protection law is not the agreement's.
      "La legge applicabile in materia di protezione dei dati è il Codice italiano.",
    ])
      expect(draft(`${text}\n`).terms.governingLaw, text).toBeUndefined();
  });
});

describe("hosting said of a territory, a data centre's country, or a line naming the EU", () => {
  it("reads 'within the territory of the European Union' in six languages, and data centres' and hosting lines' places", () => {
    const declared: string[] = [
      "The Processor shall store Personal Data only within the territory of the European Union.",
      "Le Prestataire s'engage à ce que les données soient hébergées et traitées exclusivement sur le territoire de l'Union européenne.",
      "Die Daten werden ausschließlich im Gebiet der Europäischen Union gespeichert.",
      "El Encargado garantiza que los datos se almacenarán exclusivamente en el territorio del Espacio Económico Europeo.",
      "Il Responsabile garantisce che i dati saranno conservati esclusivamente nel territorio dell'Unione Europea.",
      "De gegevens worden uitsluitend op het grondgebied van de Europese Unie opgeslagen.",
      "Localisation des données : Union européenne.",
      // The EEA's full name, with the verb after it (Dutch, German) or before it (French).
      "De gegevens worden uitsluitend binnen de Europese Economische Ruimte verwerkt.",
      "Die Daten werden innerhalb des Europäischen Wirtschaftsraums gespeichert.",
      "Les données sont hébergées au sein de l'Espace économique européen.",
    ];
    for (const text of declared) expect(draft(`${text}\n`).terms.hostingDeclared?.value, text).toEqual(["EEA"]);
    const allowed: Array<[string, string]> = [
      ["Los datos se alojan en centros de datos ubicados en España.", "ES"],
      ["Acme héberge les données du Client dans ses centres de données en France.", "FR"],
      ["Hébergement des données : France (Paris et Roubaix).", "FR"],
      ["I dati sono conservati in Italia.", "IT"],
    ];
    for (const [text, code] of allowed) expect(draft(`${text}\n`).terms.hostingAllowed?.value, text).toEqual([code]);
  });
});

describe("French 'Sous-traitant' is the processor, 'sous-traitant ultérieur' the sub-processor", () => {
  it("reads the processor's own deletion period, and sub-processor notices however the sub-processor is named", () => {
    // Before, the processor's name made every sentence about it one about sub-processors.
    expect(
      draft("À la fin du contrat, le Sous-traitant supprime les données dans un délai de 30 jours.\n").terms.retention?.[0]?.value,
    ).toMatchObject({
      value: 30,
      unit: "days",
    });
    const notices: Array<[string, number]> = [
      [
        "Le Sous-traitant informe le Responsable de traitement de tout changement de sous-traitant ultérieur au moins trente jours à l'avance.",
        30,
      ],
      ["Le Prestataire informe le Client de l'ajout de tout nouveau sous-traitant au moins 15 jours à l'avance.", 15],
      ["Le Sous-traitant peut faire appel à un autre sous-traitant. Il en informe le Responsable au moins 10 jours avant.", 10],
    ];
    for (const [text, days] of notices) expect(draft(`${text}\n`).terms.priorNotice?.value, text).toEqual({ value: days, unit: "days" });
    expect(
      draft("Al finalizar el contrato, el Encargado suprimirá los datos en un plazo de 60 días.\n").terms.retention?.[0]?.value,
    ).toMatchObject({
      value: 60,
      unit: "days",
    });
  });
});

describe("audit caps counted without 'times'", () => {
  it("reads 'two (2) per year', 'deux audits par an', 'zwei Prüfungen pro Jahr'; a price per year in an audit clause is no cap", () => {
    const cases: Array<[string, number]> = [
      ["Audits are limited to two (2) per year.", 2],
      ["Le Client peut réaliser au plus deux audits par an.", 2],
      ["Der Auftraggeber darf höchstens zwei Prüfungen pro Jahr durchführen.", 2],
      ["El Responsable podrá realizar como máximo dos auditorías al año.", 2],
      ["Il Titolare può effettuare al massimo due verifiche l'anno.", 2],
      ["De Verwerkingsverantwoordelijke mag maximaal twee audits per jaar uitvoeren.", 2],
    ];
    for (const [text, n] of cases) expect(draft(`${text}\n`).terms.auditMaxPerYear?.value, text).toBe(n);
    expect(draft("Audits are charged to the Customer, limited to 1500 per year in fees.\n").terms.auditMaxPerYear).toBeUndefined();
  });
});

describe("a sub-processor table without a header row", () => {
  it("reads its rows under a sub-processor heading, the name first, the place from the other cells; a table with a header is not one", () => {
    const d = draft("Annex 3 – Sub-processors\n\n| Hetzner Online GmbH | Hosting | Germany |\n| Twilio Inc. | SMS | United States |\n");
    expect(names(d)).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Twilio Inc.", "US"],
    ]);
    expect(d.terms.subprocessors?.[0]?.method).toBe("table row (a table without a header)");
    // A table of terms under the heading names no place: no list.
    expect(names(draft("Annex 3 – Sub-processors\n\n| Notice | 30 days |\n| Objection | 14 days |\n"))).toEqual([]);
  });
});

describe("a sub-processor's place given as a cloud region or a flag", () => {
  it("reads AWS, Google Cloud and Azure region identifiers and flag emojis as countries", () => {
    const d = draft(
      "Sub-processors\n\n| Name | Location |\n|---|---|\n| Amazon Web Services | eu-central-1 |\n| Google Cloud | europe-west4 |\n| Microsoft Azure | westeurope |\n| Stripe | 🇺🇸 |\n| Mollie | 🇳🇱 Netherlands |\n| Acme | us-east-1-ish |\n| Datadog | us-east-1 |\n",
    );
    expect(names(d)).toEqual([
      ["Amazon Web Services", "DE"],
      ["Google Cloud", "NL"],
      ["Microsoft Azure", "NL"],
      ["Stripe", "US"],
      ["Mollie", "NL"],
      ["Acme", null],
      ["Datadog", "US"],
    ]);
  });
});

describe("Italian notice of a new sub-processor", () => {
  it("reads 'con almeno 10 giorni lavorativi di anticipo' and 'almeno 20 giorni prima'", () => {
    expect(
      draft("Il Responsabile comunicherà al Titolare qualsiasi nuovo sub-responsabile con almeno 10 giorni lavorativi di anticipo.\n").terms
        .priorNotice?.value,
    ).toEqual({ value: 10, unit: "working_days" });
    expect(
      draft("Il Responsabile informa il Titolare almeno 20 giorni prima di ricorrere a un nuovo sub-responsabile.\n").terms.priorNotice
        ?.value,
    ).toEqual({
      value: 20,
      unit: "days",
    });
  });
});

describe("German and Dutch notices and objections with the verb last", () => {
  it("reads 'mit einer Frist von 4 Wochen' before an engagement, 'van tevoren', and an objection window whose verb ends the clause", () => {
    const de = draft(
      "§ 6 Unterauftragsverhältnisse\n\nDer Auftragnehmer informiert den Auftraggeber vor der Beauftragung eines neuen Unterauftragsverarbeiters mit einer Frist von 4 Wochen. Der Auftraggeber kann innerhalb von 14 Tagen nach Zugang der Mitteilung widersprechen.\n",
    );
    expect(de.terms.priorNotice?.value).toEqual({ value: 28, unit: "days" });
    expect(de.terms.objectionWindow?.value).toEqual({ value: 14, unit: "days" });
    const nl = draft(
      "Subverwerkers\n\nDe Verwerker stelt de Verwerkingsverantwoordelijke minimaal vier weken van tevoren op de hoogte van een nieuwe subverwerker. Bezwaar kan binnen twee weken worden gemaakt.\n",
    );
    expect(nl.terms.priorNotice?.value).toEqual({ value: 28, unit: "days" });
    // A period counted from the objection is still no window to object.
    expect(
      draft(
        "Unterauftragsverarbeiter\n\nDer Auftraggeber kann widersprechen. Die Parteien verhandeln innerhalb von 30 Tagen nach Zugang des Widerspruchs.\n",
      ).terms.objectionWindow,
    ).toBeUndefined();
  });
});

describe("GDPR Article 28(2)'s own words for a sub-processor, and a notice named before its period", () => {
  it("reads 'otros encargados', 'andere verwerkers', 'anderer Auftragsverarbeiter', 'altro responsabile'; 'antelación mínima de 15 días' is the notice", () => {
    const cases: Array<[string, number]> = [
      [
        "El Encargado informará al Responsable de cualquier cambio previsto en la incorporación o sustitución de otros encargados con una antelación mínima de 15 días, dando así al Responsable la oportunidad de oponerse a dichos cambios.",
        15,
      ],
      [
        "De Verwerker licht de Verwerkingsverantwoordelijke ten minste 30 dagen vooraf in over beoogde veranderingen inzake de toevoeging of vervanging van andere verwerkers.",
        30,
      ],
      [
        "Der Auftragsverarbeiter informiert den Verantwortlichen mindestens 14 Tage vorher über jede beabsichtigte Änderung in Bezug auf die Hinzuziehung oder die Ersetzung anderer Auftragsverarbeiter.",
        14,
      ],
      [
        "Il Responsabile informa il Titolare con un preavviso di almeno 20 giorni prima di ricorrere ad un altro responsabile del trattamento.",
        20,
      ],
    ];
    for (const [text, days] of cases) {
      const d = draft(`${text}\n`);
      expect(d.terms.priorNotice?.value, text).toEqual({ value: days, unit: "days" });
      // The notice that gives the chance to object is not also the window to object.
      expect(d.terms.objectionWindow, text).toBeUndefined();
    }
  });
});

describe("a numbered list set with em dashes", () => {
  it("reads 'Twilio Inc. — SMS — United States' as it reads en dashes and hyphens", () => {
    const d = draft("Sub-processor list\n\n1. Amazon Web Services, Inc. — Hosting — United States\n2. Twilio Inc. — SMS — United States\n");
    expect(names(d)).toEqual([
      ["Amazon Web Services, Inc.", "US"],
      ["Twilio Inc.", "US"],
    ]);
  });
});

describe("what a DOCX addendum under US and Canadian law taught (KnockIQ's kind)", () => {
  it("a sentence naming an annex is not the annex's heading: the clauses after it keep their numbers", () => {
    const d = draft(
      "3. Scope\n\nAnnex A sets out the subject matter and duration of the processing.\n\n7. Security\n\nProcessor will notify Customer within 48 hours after becoming aware of a Security Incident.\n",
    );
    expect(d.terms.breachNotification?.clause).toBe("7 (L7)");
    // A heading that opens with the annex's name still is one, in Markdown or as a short line.
    expect(
      draft(
        "# Annex A to the DPA\nDetails.\n\nProcessor will notify Customer within 48 hours after becoming aware of a Security Incident.\n",
      ).terms.breachNotification?.clause,
    ).toMatch(/^Annex A/);
    expect(
      draft("Annex A – Sub-processors\n\nProcessor will notify Customer within 48 hours after becoming aware of a Security Incident.\n")
        .terms.breachNotification?.clause,
    ).toMatch(/^Annex A/);
  });

  it("a table's header is its first row: a later row that happens to hold column words is no header of sub-processors", () => {
    const roles =
      "Sub-processor means a third party engaged by the processor.\n\n2. Roles\n\nData category | Our role | Customer's role\nRep account, geolocation, and performance data | Service Provider / Processor | Business / Controller\nBilling data | Controller | —\n";
    expect(names(draft(roles))).toEqual([]);
    // A caption row of one cell above the header is passed over.
    expect(names(draft("Sub-processors\n\nCurrent sub-processors | |\nName | Location\nHetzner Online GmbH | Germany\n"))).toEqual([
      ["Hetzner Online GmbH", "DE"],
    ]);
  });

  it("a sentence naming where data is stored, a region with its country in parentheses among them, gives the countries, not the EEA", () => {
    const d = draft(
      "We process and store personal information primarily in the United States and, for map services, in the European Union (Germany).\n",
    );
    expect(d.terms.hostingAllowed?.value).toEqual(["US", "DE"]);
    expect(d.terms.hostingDeclared).toBeUndefined();
    // A commitment in a sentence of its own is still read as one.
    const both = draft(
      "Customer Data is processed on servers located in Germany and Finland.\n\nAll Customer Data is stored within the European Economic Area.\n",
    );
    expect(both.terms.hostingAllowed?.value).toEqual(["DE", "FI"]);
    expect(both.terms.hostingDeclared?.value).toEqual(["EEA"]);
    expect(draft("All Customer Data is processed within the European Economic Area.\n").terms.hostingDeclared?.value).toEqual(["EEA"]);
  });

  it("a retention total after the periods it sums is the period taken, in each language", () => {
    const retained = (text: string) => draft(text).terms.retention.map((r) => r.value);
    expect(
      retained(
        "On termination, Processor will delete Customer Data (30-day export window followed by deletion within 60 days; 90 days total).\n",
      ),
    ).toEqual([{ value: 90, unit: "days" }]);
    expect(
      retained("Nach Vertragsende werden die Daten 30 Tage zum Export bereitgehalten und danach gelöscht, insgesamt 90 Tage.\n"),
    ).toEqual([{ value: 90, unit: "days" }]);
    expect(retained("Les données sont supprimées dans un délai de 60 jours après la fin du contrat, soit 90 jours au total.\n")).toEqual([
      { value: 90, unit: "days" },
    ]);
    // Without a total, the first period of the keeping is still the one.
    expect(retained("On termination, Processor will delete Customer Data within 30 days.\n")).toEqual([{ value: 30, unit: "days" }]);
  });

  it("an objection 'within that period' right after the notice's sentence has the notice's length; elsewhere it has none", () => {
    const d = draft(
      "5. Sub-processors\n\nProcessor will notify Customer at least ten (10) days before the new Sub-processor begins Processing Personal Information. Customer may object in writing within that period.\n",
    );
    expect(d.terms.priorNotice?.value).toEqual({ value: 10, unit: "days" });
    expect(d.terms.objectionWindow?.value).toEqual({ value: 10, unit: "days" });
    const de = draft(
      "§ 6 Unterauftragsverarbeiter\n\nDer Auftragnehmer informiert den Auftraggeber mindestens 14 Tage vor dem Einsatz eines neuen Unterauftragsverarbeiters. Der Auftraggeber kann innerhalb dieser Frist widersprechen.\n",
    );
    expect(de.terms.objectionWindow?.value).toEqual({ value: 14, unit: "days" });
    // "That period" far from the notice refers to something else.
    const far = draft(
      "5. Sub-processors\n\nProcessor will notify Customer at least ten (10) days before the new Sub-processor begins Processing.\n\n9. Termination\n\nThe Agreement ends after a notice period. Customer may object to the new Sub-processor within that period.\n",
    );
    expect(far.terms.objectionWindow).toBeUndefined();
  });
});

describe("breach notices and sub-processor entries in forms of our own, in French, Spanish and Italian", () => {
  it("reads Italian 'ne dà notizia' under a breach heading, and a notification line naming violations alone", () => {
    const breach = (text: string) => draft(text).terms.breachNotification?.value;
    expect(breach("9. Notifica delle violazioni dei dati personali\n\nIl Responsabile ne dà notizia al Titolare entro 36 ore.\n")).toEqual({
      value: 36,
      unit: "hours",
    });
    expect(breach("Tempistica di notifica delle violazioni: entro 24 ore\n")).toEqual({ value: 24, unit: "hours" });
    expect(breach("Délai de notification des violations : 24 heures\n")).toEqual({ value: 24, unit: "hours" });
    expect(breach("Plazo de notificación de las violaciones: 48 horas\n")).toEqual({ value: 48, unit: "hours" });
    // A notice of something else within hours is no breach deadline.
    expect(breach("Tempistica di notifica delle modifiche: entro 24 ore\n")).toBeUndefined();
  });

  it("reads one-line entries 'name, address, country – purpose' under a heading, after an introduction too", () => {
    const fr = draft(
      "Sous-traitants ultérieurs\n\nOVH SAS, 2 rue Kellermann, 59100 Roubaix, France – hébergement.\n\nScaleway SAS, 8 rue de la Ville l'Évêque, 75008 Paris, France – sauvegardes.\n",
    );
    expect(names(fr)).toEqual([
      ["OVH SAS", "FR"],
      ["Scaleway SAS", "FR"],
    ]);
    const en = draft(
      "Sub-processors\n\nThe Processor uses the following companies:\n\nAmazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg – hosting.\n\nTwilio Inc., 101 Spear Street, San Francisco, CA 94105, USA – SMS.\n",
    );
    expect(names(en)).toEqual([
      ["Amazon Web Services EMEA SARL", "LU"],
      ["Twilio Inc.", "US"],
    ]);
    // Sentences under the heading are no entries, even with a number in them.
    expect(
      names(
        draft("Sub-processors\n\nThe Processor may engage sub-processors, 30 days after notice.\n\nCustomer may object within 14 days.\n"),
      ),
    ).toEqual([]);
  });

  it("reads a list in a sentence whose items part at semicolons, the last opening with 'and', 'y' or 'et'", () => {
    expect(
      names(
        draft(
          "The Processor engages the following sub-processors: Amazon Web Services EMEA SARL (Ireland), for hosting; and Twilio Inc. (United States), for SMS.\n",
        ),
      ),
    ).toEqual([
      ["Amazon Web Services EMEA SARL", "IE"],
      ["Twilio Inc.", "US"],
    ]);
    expect(
      names(
        draft(
          "El Encargado recurre a los siguientes subencargados: Amazon Web Services EMEA SARL (Irlanda), para el alojamiento; y Twilio Inc. (Estados Unidos), para los SMS.\n",
        ),
      ),
    ).toEqual([
      ["Amazon Web Services EMEA SARL", "IE"],
      ["Twilio Inc.", "US"],
    ]);
  });
});

describe("what a German sample agreement published as a word processor's export taught (Hello Pine's kind)", () => {
  it("reads a breach said as 'der Schutz der Daten verletzt worden ist', and 'gem.' does not end the sentence", () => {
    const d = draft(
      "Für den Fall, dass der Auftragnehmer feststellt, dass der Schutz der verarbeiteten Daten verletzt worden ist, hat er den Auftraggeber binnen 24 Stunden zu informieren und ihn bei den Pflichten gem. Art. 33 DSGVO zu unterstützen.\n",
    );
    expect(d.terms.breachNotification?.value).toEqual({ value: 24, unit: "hours" });
    expect(d.terms.breachNotification?.quote).toMatch(/gem\. Art\. 33 DSGVO zu unterstützen\.$/);
  });

  it("takes a German title naming the Auftragsverarbeitung, not a later heading with 'Vertrag' inside a word", () => {
    const d = draft(
      "Auftragsdatenverarbeitung (Muster)\n\nGegenstand des Auftrags\n\nDauer des Auftrags, Vertragsbeendigung und Datenlöschung\n",
    );
    expect(d.terms.title?.value).toBe("Auftragsdatenverarbeitung (Muster)");
  });
});

describe("what a one-page US DPA in PDF taught (Flintwood's kind)", () => {
  it("ends a sub-processor table at a row two cells short of its header (another table, or a page set in two columns)", () => {
    const d = draft(
      "Sub-processors\n\nSUB-PROCESSOR | SERVICE | LOCATION | PURPOSE\nAmazon Web Services, Inc. | RDS, S3 | us-east-1 | Storage\nSECTION 6 | SECTION 7\nSecurity Measures | Breach Notification\n",
    );
    expect(names(d)).toEqual([["Amazon Web Services, Inc.", "US"]]);
    // A row one cell short (a PDF drops an empty cell) is still the table's.
    expect(
      names(draft("Sub-processors\n\nName | Service | Location\nHetzner Online GmbH | Germany\nTwilio Inc. | SMS | United States\n")),
    ).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Twilio Inc.", "US"],
    ]);
  });

  it("reads the law of any US state as US law; Georgia only as 'the State of Georgia'", () => {
    const law = (text: string) => draft(text).terms.governingLaw?.value;
    expect(law("This DPA is governed by the laws of the State of Minnesota.\n")).toBe("US");
    expect(law("This DPA is governed by the laws of the State of Georgia.\n")).toBe("US");
    expect(law("This Agreement shall be governed by the laws of Oregon.\n")).toBe("US");
  });

  it("reads a yearly request right under an audit heading ('may request written attestation ... annually') as one a year", () => {
    const d = draft(
      "Breach Notification & Audit Rights\n\nController may request written attestation of the Processor's security controls annually.\n",
    );
    expect(d.terms.auditMaxPerYear?.value).toBe(1);
    // Something the processor does annually is no cap on the controller's audits.
    expect(draft("Audits\n\nThe Processor will annually review its security controls.\n").terms.auditMaxPerYear).toBeUndefined();
  });
});

describe("retention after a retrieval window, in each language", () => {
  it("takes the window named before 'after that period' in the same sentence, when a deleting follows", () => {
    const retained = (text: string) => draft(text).terms.retention.map((r) => r.value);
    const thirty = [{ value: 30, unit: "days" }];
    expect(retained("The Customer has 30 days to retrieve its data; after that period, the data is deleted.\n")).toEqual(thirty);
    expect(
      retained(
        "Le Client dispose d'un délai de 30 jours pour récupérer ses données ; à l'issue de ce délai, les données sont supprimées.\n",
      ),
    ).toEqual(thirty);
    expect(
      retained(
        "El Cliente dispondrá de un plazo de 30 días para recuperar sus datos; transcurrido dicho plazo, los datos serán eliminados.\n",
      ),
    ).toEqual(thirty);
    expect(
      retained("Il Cliente ha 30 giorni di tempo per recuperare i propri dati; decorso tale termine, i dati saranno cancellati.\n"),
    ).toEqual(thirty);
    expect(retained("Alla cessazione del contratto, il Responsabile cancellerà i dati personali entro 30 giorni.\n")).toEqual(thirty);
    // Without a deleting after it, "that period" sets no retention.
    expect(retained("The Customer has 30 days to object; after that period, the change takes effect.\n")).toEqual([]);
  });

  it("no language's pattern puts a word boundary next to an accented letter (\\b is ASCII in JavaScript: it never matches there)", () => {
    for (const [name, words] of Object.entries({ de, en, es, fr, it: italian, nl }))
      for (const [concept, source] of Object.entries({
        ...words.keywords,
        ...words.columns,
        ...words.law,
        unitPattern: words.unitPattern,
      })) {
        const where = `${name}.${concept}`;
        expect(/\\b\(?(?:\?:)?[\u0080-\uffff]/.test(source), `${where} has \\b before a non-ASCII letter`).toBe(false);
        expect(/[\u0080-\uffff]\)?\\b/.test(source), `${where} has \\b after a non-ASCII letter`).toBe(false);
      }
  });

  it("every concept whose words use a Unicode property (\\p{L}) is compiled with the u flag (without it, [\\p{L}] is the letters p, {, L, })", () => {
    for (const [concept, re] of Object.entries(KEYWORDS)) if (re.source.includes("\\p{")) expect(re.flags, concept).toContain("u");
  });
});

describe("hosting said as no transfer to third countries, or as where processing is carried out, in each language", () => {
  it("reads a refusal to transfer outside the EU or to third countries as declared EEA, never a permission or a condition", () => {
    const declared = (text: string) => draft(text).terms.hostingDeclared?.value;
    expect(declared("Le Prestataire s'engage à ne pas transférer les données en dehors de l'Union européenne.\n")).toEqual(["EEA"]);
    expect(declared("Eine Übermittlung in Drittländer findet nicht statt.\n")).toEqual(["EEA"]);
    expect(declared("The Processor will not transfer Personal Data to any third country.\n")).toEqual(["EEA"]);
    expect(declared("El Encargado no transferirá los datos personales a terceros países.\n")).toEqual(["EEA"]);
    expect(declared("Il Responsabile non trasferirà i dati verso paesi terzi.\n")).toEqual(["EEA"]);
    expect(declared("Er vindt geen doorgifte van persoonsgegevens naar derde landen plaats.\n")).toEqual(["EEA"]);
    expect(declared("Le Prestataire peut transférer les données en dehors de l'Union européenne.\n")).toBeUndefined();
    expect(declared("No transfer to a third country shall take place unless the Controller consents.\n")).toBeUndefined();
  });

  it("reads French 'traitements réalisés en' and Italian 'sono trattati' as where data is", () => {
    expect(draft("Les traitements sont réalisés exclusivement en France.\n").terms.hostingAllowed?.value).toEqual(["FR"]);
    expect(
      draft("I dati personali sono trattati esclusivamente all'interno dello Spazio Economico Europeo.\n").terms.hostingDeclared?.value,
    ).toEqual(["EEA"]);
  });
});

describe("what a short German AVV with numbered paragraphs under § headings taught (Bootstrap Academy's kind)", () => {
  it("reads a period written as an adjective: '30-tägiges Widerspruchsrecht', '24-stündige Frist', '30-daagse termijn'", () => {
    const window = (text: string) => draft(`${text}\n`).terms.objectionWindow?.value;
    const days30 = { value: 30, unit: "days" };
    expect(
      window(
        "Der Auftragsverarbeiter informiert über geplante Änderungen der Unterauftragsverarbeiter. Der Verantwortliche hat ein 30-tägiges Widerspruchsrecht.",
      ),
    ).toEqual(days30);
    expect(window("De Klant kan binnen een 30-daagse termijn bezwaar maken tegen een nieuwe subverwerker.")).toEqual(days30);
    expect(
      draft("Der Auftragnehmer meldet Verletzungen des Schutzes personenbezogener Daten innerhalb einer 24-stündigen Frist.\n").terms
        .breachNotification?.value,
    ).toEqual({ value: 24, unit: "hours" });
  });

  it("reads 'Category: Name Inc., USA - purpose' as one company in that country; a placeholder names none", () => {
    const text = [
      "### § 7 Unterauftragsverhältnisse",
      "",
      "2. Aktuelle Unterauftragsverarbeiter:",
      "   - **Hosting**: [Provider-Name], [Land] - Server-Infrastruktur",
      "   - **E-Mail-Versand**: SendGrid Inc., USA - Versand von System-E-Mails",
      "   - **CDN**: Cloudflare Inc., Vereinigte Staaten – Content Delivery",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["SendGrid Inc.", "US"],
      ["Cloudflare Inc.", "US"],
    ]);
    // Two names in a category stay two names: "Google Ireland Limited" is a name, not where Postmark
    // is (its own country is the one its name gives).
    expect(names(draft("Sub-processors:\n- Email: Postmark, Google Ireland Limited\n- Hosting: Hetzner Online GmbH\n"))).toEqual([
      ["Postmark", null],
      ["Google Ireland Limited", "IE"],
      ["Hetzner Online GmbH", null],
    ]);
  });

  it("ends a numbered list of sub-processors at the next § heading: its numbered clauses are no companies", () => {
    const text = [
      "### § 7 Unterauftragsverhältnisse",
      "",
      "1. Der Auftragsverarbeiter ist berechtigt, Unterauftragsverarbeiter einzusetzen.",
      "",
      "2. Die Unterauftragsverarbeiter stehen in Anlage 2.",
      "",
      "§ 8 Kontrollrechte des Verantwortlichen",
      "",
      "1. Der Verantwortliche hat das Recht, die Einhaltung der Maßnahmen zu kontrollieren.",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([]);
    expect(names(draft(text.replace("§ 8", "### § 8")))).toEqual([]);
  });
});

describe("what a bilingual German and English AVV taught (Bootstrap Academy's longer version, not in the corpus)", () => {
  it("reads a change notice and objection window deep in a sub-processor section, by its heading's words", () => {
    const text = [
      "### § 6 Unterauftragsverhältnisse / Sub-processing",
      "",
      "2. **Current**:",
      "",
      "**Hetzner Online GmbH**",
      "- Address: Industriestr. 25, 91710 Gunzenhausen, Germany",
      "",
      "**Twilio SendGrid Inc.**",
      "- Address: 1801 California Street, Denver, CO 80202, USA",
      "",
      "**Cloudflare, Inc.**",
      "- Address: 101 Townsend St, San Francisco, CA 94107, USA",
      "",
      "3. **Notification of Changes**:",
      "The Processor shall inform the Controller of intended changes at least 60 days in advance via email. The Controller may object within 30 days.",
      "",
    ].join("\n");
    const d = draft(text);
    expect(d.terms.priorNotice?.value).toEqual({ value: 60, unit: "days" });
    expect(d.terms.objectionWindow?.value).toEqual({ value: 30, unit: "days" });
    // A title ending in a legal form's full stop is a company's name, not a sentence.
    expect(names(d)).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Twilio SendGrid Inc.", "US"],
      ["Cloudflare, Inc.", "US"],
    ]);
    // Under a heading about something else, the same sentences are no terms.
    const other = draft(
      text.replace("Unterauftragsverhältnisse / Sub-processing", "Preise / Pricing").replace(/\*\*[^*\n]+\*\*\n- Address[^\n]+\n\n/g, ""),
    );
    expect(other.terms.priorNotice).toBeUndefined();
  });

  it("reads a breach deadline from the items under a label that is the notice ('Initial Notification:'); a longer sentence's items must notify", () => {
    const text = [
      "### § 9 Meldepflichten bei Datenschutzverletzungen / Data Breach Notification Obligations",
      "",
      "1. **Erstmeldung / Initial Notification**:",
      "   - Innerhalb von 12 Stunden nach Kenntnisnahme / Within 12 hours of becoming aware",
      "   - Per E-Mail an: [SECURITY-KONTAKT] / Via email to: [SECURITY-CONTACT]",
      "",
    ].join("\n");
    expect(draft(text).terms.breachNotification?.value).toEqual({ value: 12, unit: "hours" });
    // An introduction that is a sentence, and an item that is a paragraph of its own without a
    // notice: not the breach's deadline.
    expect(
      draft(
        "In case of a personal data breach or when the information given does not let the Customer verify compliance, Vendor will report as follows:\n\nAudits may take place once a year, on a request made sixty (60) days before.\n",
      ).terms.breachNotification?.value,
    ).toBeUndefined();
  });

  it("reads an audit cap written '(max. 1x jährlich)' or '1x per year', in each language", () => {
    // After a title line: a first line without a full stop is the document's title.
    const cap = (text: string) => draft(`Audits\n\n${text}\n`).terms.auditMaxPerYear?.value;
    expect(cap("- Vor-Ort-Kontrollen nach Vereinbarung (max. 1x jährlich)")).toBe(1);
    expect(cap("- On-site audits by agreement (max. 1x annually)")).toBe(1);
    expect(cap("Customer may audit Vendor 2x per year.")).toBe(2);
    expect(cap("De Klant mag maximaal 1x per jaar een audit uitvoeren.")).toBe(1);
    expect(cap("Le Client peut réaliser un audit max. 1x par an.")).toBe(1);
    expect(cap("El Cliente podrá realizar auditorías máx. 2x al año.")).toBe(2);
    expect(cap("Il Cliente può effettuare audit max. 1x all'anno.")).toBe(1);
  });

  it("takes no period counted from the deleting as a retention ('certificate issued within 14 days after deletion'); a deletion request's deadline stays", () => {
    const kept = (text: string) => (draft(`Löschung\n\n${text}\n`).terms.retention ?? []).map((f) => f.value);
    expect(kept("- Löschzertifikat: Ausstellung binnen 14 Tagen nach Löschung / Issued within 14 days after deletion")).toEqual([]);
    expect(kept("Personal data is deleted within 30 days after a deletion request.")).toEqual([{ value: 30, unit: "days" }]);
    // A deleting before the period makes it that deleting's deadline, counted from another.
    expect(kept("Customer Data is purged from backups within 90 days of deletion.")).toEqual([{ value: 90, unit: "days" }]);
  });

  it("reads backups overwritten after a period as kept that long, in each language", () => {
    const kept = (text: string) => (draft(`Backups\n\n${text}\n`).terms.retention ?? []).map((f) => f.value);
    const days30 = [{ value: 30, unit: "days" }];
    expect(kept("Backups are overwritten on a rolling 30-day cycle.")).toEqual(days30);
    expect(kept("Die Sicherungen werden nach 30 Tagen überschrieben.")).toEqual(days30);
    expect(kept("Les sauvegardes sont écrasées au bout de 30 jours.")).toEqual(days30);
    expect(kept("Back-ups worden na 30 dagen overschreven.")).toEqual(days30);
    expect(kept("Las copias de seguridad se sobrescriben a los 30 días.")).toEqual(days30);
    expect(kept("I backup vengono sovrascritti dopo 30 giorni.")).toEqual(days30);
  });

  it("reads no company from a list's own name ('ANNEX 2: List of Sub-processors')", () => {
    expect(
      names(draft("## ANLAGE 2: Verzeichnis der Unterauftragsverarbeiter / ANNEX 2: List of Sub-processors\n\n[Detailed list]\n")),
    ).toEqual([]);
  });
});

describe("sub-processor entries of labelled lines, in forms of our own", () => {
  it("reads no hosting commitment from a sub-processor entry's place of processing", () => {
    const text = [
      "Annexe 3 - Liste des sous-traitants ultérieurs autorisés",
      "",
      "Sous-traitant : Scaleway SAS",
      "Siège : 8 rue de la Ville l'Evêque, 75008 Paris",
      "Lieu de traitement : France (Paris)",
      "",
      "Sous-traitant : Sendinblue",
      "Siège : Paris, France",
      "Lieu de traitement : Union européenne",
      "",
    ].join("\n");
    const d = draft(text);
    expect(names(d)).toEqual([
      ["Scaleway SAS", "FR"],
      ["Sendinblue", null],
    ]);
    expect(d.terms.hostingAllowed).toBeUndefined();
    expect(d.terms.hostingDeclared).toBeUndefined();
    // A key-terms line of the DPA's own stays its commitment, a pointer to the list beside it or not.
    const cover = draft("Key terms\n\nSub-processors: see Annex 3\nData location: Germany\n");
    expect(cover.terms.hostingAllowed?.value).toEqual(["DE"]);
  });

  it("reads a numbered entry whose first label is the name ('1. Nombre: Google Cloud EMEA Limited. País: Irlanda.')", () => {
    const text = [
      "ANEXO II. SUBENCARGADOS DEL TRATAMIENTO",
      "",
      "1. Nombre: Google Cloud EMEA Limited. Actividad: alojamiento. País: Irlanda.",
      "2. Nombre: Twilio Inc. Actividad: SMS. País: EE. UU.",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["Google Cloud EMEA Limited", "IE"],
      ["Twilio Inc.", "US"],
    ]);
  });
});

describe("citations under clauses named by their word", () => {
  it("cites a numbered sentence under '§ 9' as § 9(1), under 'Article 4' as Article 4(2); a numbered heading stays a clause of its own", () => {
    const text = [
      "### § 9 Mitteilungspflichten",
      "",
      "1. Der Auftragsverarbeiter meldet Verletzungen des Schutzes personenbezogener Daten spätestens binnen 24 Stunden.",
      "",
      "Article 4 Governing law",
      "",
      "1. The parties agree on the following.",
      "",
      "2. This Agreement is governed by the laws of Ireland.",
      "",
      "5. Audits",
      "",
      "The Customer may audit the Processor once a year.",
      "",
      "1. The Processor shall delete all Customer Data within 30 days after termination.",
      "",
    ].join("\n");
    const d = draft(text);
    // Under "5. Audits", a clause of no word, "1." is no part of Article 4.
    expect(d.terms.retention?.[0]?.clause).toBe("1 (L15)");
    expect(d.terms.breachNotification?.clause).toBe("§ 9(1) (L3)");
    expect(d.terms.governingLaw?.clause).toBe("Article 4(2) (L9)");
    expect(d.terms.auditMaxPerYear?.clause).toBe("5 (L13)");
  });
});

describe("audit notices and caps in forms of our own, in each language", () => {
  it("reads the notice an audit needs however it is named, and 'una auditoría al año' as a cap", () => {
    const audit = (heading: string, text: string) => {
      const t = draft(`${heading}\n\n${text}\n`).terms;
      return [t.auditMaxPerYear?.value, t.auditNotice?.value];
    };
    const days = (value: number) => ({ value, unit: "days" });
    expect(audit("Auditorías", "El Responsable podrá realizar una auditoría al año con una antelación de 30 días.")).toEqual([1, days(30)]);
    expect(
      audit(
        "Audits",
        "De Verwerkingsverantwoordelijke mag één keer per jaar een audit laten uitvoeren, met een aankondiging van ten minste 30 dagen.",
      ),
    ).toEqual([1, days(30)]);
    expect(
      audit(
        "Kontrollen",
        "Der Auftraggeber ist berechtigt, einmal im Kalenderjahr eine Vor-Ort-Kontrolle nach vorheriger Anmeldung mit einer Frist von mindestens 14 Tagen durchzuführen.",
      ),
    ).toEqual([1, days(14)]);
    expect(audit("Audit", "Il Titolare può effettuare un audit all'anno, con avviso scritto di 20 giorni.")).toEqual([1, days(20)]);
  });
});

describe("hosting and law in more forms of our own", () => {
  it("reads where servers stand, hosting by a named company in a country, and processing taking place in one", () => {
    const where = (text: string) => draft(`Hosting\n\n${text}\n`).terms.hostingAllowed?.value;
    expect(where("Data is hosted by Hetzner Online GmbH in Germany.")).toEqual(["DE"]);
    expect(where("All processing of Personal Data takes place in Sweden.")).toEqual(["SE"]);
    expect(where("Die Server stehen in Deutschland.")).toEqual(["DE"]);
    expect(where("De servers staan in Nederland.")).toEqual(["NL"]);
    // Where audits take place, or where a company sits, is no hosting.
    expect(where("Audits take place in the Processor's offices in Germany.")).toBeUndefined();
    expect(where("The Processor's headquarters are located in Germany.")).toBeUndefined();
  });

  it("reads hosting 'sur le territoire français', 'sul territorio italiano', 'en territorio español'", () => {
    const where = (text: string) => draft(`Hébergement\n\n${text}\n`).terms.hostingAllowed?.value;
    expect(where("Les données sont hébergées sur le territoire français.")).toEqual(["FR"]);
    expect(where("I dati sono conservati sul territorio italiano.")).toEqual(["IT"]);
    expect(where("Los datos se almacenan en territorio español.")).toEqual(["ES"]);
    expect(draft("Les données sont stockées sur le territoire de l'Union européenne.\n").terms.hostingDeclared?.value).toEqual(["EEA"]);
  });

  it("reads 'findet österreichisches Recht Anwendung'", () => {
    expect(draft("Auf diesen Vertrag findet österreichisches Recht Anwendung.\n").terms.governingLaw?.value).toBe("AT");
  });
});

describe("more sub-processor list forms of our own", () => {
  it("reads one entry a line set off by dashes, without bullets", () => {
    const text = [
      "## List of Subprocessors",
      "",
      "**Amazon Web Services EMEA SARL** — Cloud hosting — Luxembourg",
      "**Sendgrid (Twilio Inc.)** — Email delivery — United States",
      "**Cloudflare, Inc.** — CDN — United States",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["Amazon Web Services EMEA SARL", "LU"],
      ["Sendgrid (Twilio Inc.)", "US"],
      ["Cloudflare, Inc.", "US"],
    ]);
  });

  it("reads an enumerated list in a sentence, each name with its country; enumerated clauses name none", () => {
    const listed =
      "Sub-processors\n\nCustomer authorizes the following Sub-processors: (i) Microsoft Ireland Operations Limited, Ireland, for hosting; (ii) Zendesk, Inc., USA, for support; and (iii) Slack Technologies, LLC, USA, for internal communication.\n";
    expect(names(draft(listed))).toEqual([
      ["Microsoft Ireland Operations Limited", "IE"],
      ["Zendesk, Inc.", "US"],
      ["Slack Technologies, LLC", "US"],
    ]);
    const clauses =
      "Sub-processors\n\nAppointment of Sub-processors. Customer agrees that: (a) Vendor’s Affiliates may be retained as Sub-processors; and (b) Vendor and Vendor’s Affiliates may engage third-party Sub-processors.\n";
    expect(names(draft(clauses))).toEqual([]);
  });

  it("reads a name written as a Markdown link as the name, in a list and in a table", () => {
    const listed =
      "## Subprocessors\n\n- [Stripe](https://stripe.com) (USA): payments\n- [Intercom](https://www.intercom.com/) (USA): support\n";
    expect(names(draft(listed))).toEqual([
      ["Stripe", "US"],
      ["Intercom", "US"],
    ]);
    const table =
      "## Sub-processors\n\n| Sub-processor | Purpose | Location |\n|---|---|---|\n| [Hetzner Online GmbH](https://www.hetzner.com) | Hosting | Germany |\n| [Postmark](https://postmarkapp.com) | E-mail | United States |\n";
    expect(names(draft(table))).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Postmark", "US"],
    ]);
    // A bracket alone is a template's placeholder, not a link: no company.
    expect(names(draft("## Subprocessors\n\n- [Cloud Provider] (USA): hosting\n- [Mail Provider] (USA): e-mail\n"))).toEqual([]);
  });

  it("reads an entry's details written as bullets indented under its name", () => {
    const text = [
      "## Subprocessors",
      "",
      "- Amazon Web Services EMEA SARL",
      "  - Purpose: hosting",
      "  - Location: Frankfurt, Germany",
      "- Cloudflare, Inc.",
      "  - Purpose: CDN",
      "  - Location: USA",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["Amazon Web Services EMEA SARL", "DE"],
      ["Cloudflare, Inc.", "US"],
    ]);
  });

  it("reads entries one a line with dashes right after an introduction in the same paragraph", () => {
    const text = [
      "## Sub-processors",
      "",
      "Our current sub-processors are:",
      "Amazon Web Services, Inc. - Cloud hosting - Ireland",
      "Slack Technologies, LLC - Internal communication - USA",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["Amazon Web Services, Inc.", "IE"],
      ["Slack Technologies, LLC", "US"],
    ]);
    // Sentences after an introduction are not entries.
    const prose =
      "## Sub-processors\n\nOur current sub-processors are:\nWe will tell you of any change - in writing - by e-mail.\nThe list is kept up to date.\n";
    expect(names(draft(prose))).toEqual([]);
  });

  it("reads a table without a header whose cells hold column words ('Web Services', 'Ireland')", () => {
    const text = "## Sub-processors\n\n| Amazon Web Services EMEA SARL | Hosting | Ireland |\n| Twilio Inc. | SMS | United States |\n";
    expect(names(draft(text))).toEqual([
      ["Amazon Web Services EMEA SARL", "IE"],
      ["Twilio Inc.", "US"],
    ]);
  });

  it("reads a name and its country after a comma, one a line", () => {
    const text =
      "## Subprocessors\n\nProcessor uses the following subprocessors:\n\nHetzner Online GmbH, Germany\nHetzner Finland Oy, Finland\n";
    expect(names(draft(text))).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Hetzner Finland Oy", "FI"],
    ]);
  });

  it("reads labelled parts on one line ('Firma: ..., Anschrift: ..., Leistung: ...')", () => {
    const text = [
      "## Unterauftragsverhältnisse",
      "",
      "Der Auftragnehmer nimmt folgende Unterauftragnehmer in Anspruch:",
      "",
      "Firma: Strato AG, Anschrift: Otto-Ostrowski-Straße 7, 10249 Berlin, Deutschland, Leistung: E-Mail",
      "Firma: Hetzner Finland Oy, Anschrift: Huurrekuja 10, 04360 Tuusula, Finnland, Leistung: Rechenzentrum",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["Strato AG", "DE"],
      ["Hetzner Finland Oy", "FI"],
    ]);
    const es =
      "## Subencargados\n\nNombre: Aruba S.p.A.; Dirección: Via San Clemente 53, Ponte San Pietro, Italia; Servicio: alojamiento\n";
    expect(names(draft(es))).toEqual([["Aruba S.p.A.", "IT"]]);
  });

  it("reads one label-and-value table per sub-processor right under the list's heading ('Name | Twilio Inc.')", () => {
    const text = [
      "Sub-processors",
      "",
      "Name | Amazon Web Services EMEA SARL",
      "Location | Luxembourg",
      "Purpose | Hosting",
      "",
      "Name | Twilio Inc.",
      "Location | United States",
      "Purpose | SMS",
      "",
    ].join("\n");
    expect(names(draft(`Agreement\n\n${text}`))).toEqual([
      ["Amazon Web Services EMEA SARL", "LU"],
      ["Twilio Inc.", "US"],
    ]);
    // Without the list's heading, a "Name" row is any party's (a cover table's), not a sub-processor's.
    expect(names(draft("Agreement\n\nName | Acme Ltd\nLocation | Ireland\n"))).toEqual([]);
  });
});

describe("breach notices with plainer verbs", () => {
  it("reads 'let ... know', 'warns', 'informeert', 'pondrá en conocimiento' under a breach heading or beside the breach", () => {
    const breach = (text: string) => draft(text).terms.breachNotification?.value;
    expect(breach("## Security Breaches\n\nProcessor will let Customer know within 48 hours.\n")).toEqual({ value: 48, unit: "hours" });
    expect(breach("## Data breach\n\nIn case of a data breach, the supplier warns the customer at the latest within 24 hours.\n")).toEqual({
      value: 24,
      unit: "hours",
    });
    expect(breach("Bij een datalek waarschuwt Verwerker de Klant binnen 36 uur.\n")).toEqual({ value: 36, unit: "hours" });
    expect(
      breach(
        "El Encargado pondrá en conocimiento del Responsable las violaciones de la seguridad de los datos personales en un plazo de 48 horas.\n",
      ),
    ).toEqual({ value: 48, unit: "hours" });
    // A period beside the breach with no notice is no notice period.
    expect(breach("## Security Breaches\n\nProcessor keeps breach logs for 48 hours.\n")).toBeUndefined();
  });
});

describe("headings underlined (Markdown's setext, reStructuredText) and entries under category headings", () => {
  it("reads an underlined line as a heading, the title from it and not from a web address", () => {
    const text = [
      "Vendor list",
      "===========",
      "",
      ".. _history: https://example.com/legal/dpa/list",
      "",
      "We use the following sub-processors to provide the service.",
      "",
      "Infrastructure",
      "--------------",
      "",
      "Hetzner Online GmbH",
      "    Servers in Falkenstein, Germany.",
      "",
      "Scaleway SAS",
      "    Object storage in Paris, France.",
      "",
      "Monitoring",
      "----------",
      "",
      "Sentry",
      "    Error reports. Hosted in Frankfurt, Germany.",
      "",
    ].join("\n");
    const d = draft(text);
    expect(d.terms.title?.value).toBe("Vendor list");
    expect(names(d)).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Scaleway SAS", "FR"],
      ["Sentry", "DE"],
    ]);
  });

  it("passes over no prose before the first entry, and no section headings of prose", () => {
    const text = [
      "# Sub Processors",
      "",
      "Our customers range from small firms to banks, all of which trust us with their data. Keeping that data safe is our first concern, and this page explains at length how we choose and review every company that may see it, and why.",
      "",
      "## Overview",
      "We use certain sub-processors to provide the Services.",
      "",
      "## Due Diligence",
      "We review every sub-processor's security before we engage it.",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([]);
  });

  it("ends a numbered list at an underlined section heading", () => {
    const text = [
      "Subprocessors",
      "-------------",
      "",
      "1. Hetzner Online GmbH, Germany",
      "2. Postmark, United States",
      "",
      "Contacts",
      "--------",
      "",
      "1. Data Protection Officer, Germany",
      "2. Support Desk, Ireland",
      "",
    ].join("\n");
    expect(names(draft(`Agreement\n\n${text}`))).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Postmark", "US"],
    ]);
  });
});

describe("a list after a sentence saying it follows", () => {
  it("reads bullets whose name ends at a full stop, a legal form's full stop kept", () => {
    const text = [
      "# Subprocessors",
      "",
      "The following is a list of the subprocessors we use.",
      "",
      "* [Bunny](https://bunny.net/gdpr). Content delivery.",
      "* Twilio Inc. Messaging.",
      "* Postmark. Transactional email service.",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["Bunny", null],
      ["Twilio Inc.", null],
      ["Postmark", null],
    ]);
    // A list of what sub-processors must do is no list of them.
    const duties =
      "# Subprocessors\n\nThe following applies to every subprocessor we use.\n\n* Each is bound by a written contract.\n* Each is reviewed every year.\n";
    expect(names(draft(duties))).toEqual([]);
  });
});

describe("a legal form ends a company's name; lettered items", () => {
  it("reads the place after a name's legal form as where it is, not as part of the name", () => {
    const nl =
      "## Subverwerkers\n\nVerwerker schakelt de volgende subverwerkers in:\n\n- TransIP B.V. te Leiden (Nederland), voor hosting;\n- Mollie B.V. te Amsterdam (Nederland), voor betalingen.\n";
    expect(names(draft(nl))).toEqual([
      ["TransIP B.V.", "NL"],
      ["Mollie B.V.", "NL"],
    ]);
    const de =
      "## Unterauftragnehmer\n\nDerzeit sind folgende Unterauftragnehmer beauftragt: Hetzner Online GmbH, Gunzenhausen (Deutschland), für Rechenzentrumsleistungen; Sipgate GmbH, Düsseldorf (Deutschland), für Telefonie.\n";
    expect(names(draft(de))).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Sipgate GmbH", "DE"],
    ]);
  });

  it("reads items lettered (a), (b) one a paragraph, each name with its country after a comma", () => {
    const text = [
      "## 5. Sub-processing",
      "",
      "5.1 The Processor may engage sub-processors.",
      "",
      "5.2 The Customer hereby approves the engagement of the following sub-processors:",
      "",
      "(a) Hetzner Online GmbH, Germany (hosting);",
      "",
      "(b) Postmark (ActiveCampaign, LLC), USA (email).",
      "",
      "(d) Out of order, so not an item of the list.",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Postmark", "US"],
    ]);
  });
});

describe("the words for sub-processors, in each language", () => {
  it("reads a list headed by any of them", () => {
    const headed = (heading: string) =>
      names(draft(`## ${heading}\n\n| Name | Country |\n|---|---|\n| Hetzner Online GmbH | Germany |\n| Twilio Inc. | United States |\n`));
    const both = [
      ["Hetzner Online GmbH", "DE"],
      ["Twilio Inc.", "US"],
    ];
    for (const heading of [
      "Sub-Auftragsverarbeiter",
      "Liste der Subauftragsverarbeiter",
      "Unterbeauftragung",
      "(Sub)verwerkers",
      "Subbewerkers",
      "Subcontratistas",
      "Subappaltatori",
      "Sub-service providers",
      "Sub-processing",
      "Subcontracting",
      "Third-party processors",
      "Unterauftragsvergabe",
      "Subauftragnehmer",
      "Onderaanneming",
      "Subcontratación",
      "Subappalto",
    ])
      expect(headed(heading), heading).toEqual(both);
    expect(headed("Contact persons")).toEqual([]);
  });
});

describe("more words for a breach and its deadline", () => {
  const breach = (text: string) => draft(`${text}\n`).terms.breachNotification?.value;
  it("reads more names for a breach, in each language", () => {
    expect(breach("Le Prestataire notifie au Client toute fuite de données dans les 48 heures.")).toEqual({ value: 48, unit: "hours" });
    expect(breach("El Encargado notificará al Responsable las quiebras de seguridad en un plazo de 72 horas.")).toEqual({
      value: 72,
      unit: "hours",
    });
    expect(breach("Der Auftragnehmer meldet dem Auftraggeber jedes Datenleck innerhalb von 24 Stunden.")).toEqual({
      value: 24,
      unit: "hours",
    });
    expect(breach("Verwerker meldt iedere inbreuk op de beveiliging binnen 36 uur aan de Klant.")).toEqual({ value: 36, unit: "hours" });
    expect(breach("Il Responsabile comunica al Titolare ogni fuga di dati entro 48 ore.")).toEqual({ value: 48, unit: "hours" });
    expect(breach("Vendor shall notify Customer of any unauthorized access to Customer Data within 72 hours.")).toEqual({
      value: 72,
      unit: "hours",
    });
  });

  it("reads French seventies and nineties, and 'Std.'", () => {
    expect(
      breach("Le prestataire notifie au client toute violation de données dans un délai maximal de 72 (soixante-douze) heures."),
    ).toEqual({
      value: 72,
      unit: "hours",
    });
    expect(breach("Le prestataire notifie au client toute violation de données sous soixante-douze heures.")).toEqual({
      value: 72,
      unit: "hours",
    });
    expect(breach("Der Auftragnehmer meldet Datenschutzverletzungen innerhalb von 24 Std. nach Kenntnis.")).toEqual({
      value: 24,
      unit: "hours",
    });
  });
});

describe("hosting stated as where the processor processes the data", () => {
  it("reads 'processes the Personal Data only within the EU/EEA'", () => {
    const declared = (text: string) => draft(`${text}\n`).terms.hostingDeclared?.value;
    expect(declared("The Processor processes the Personal Data only within the EU/EEA.")).toEqual(["EEA"]);
    expect(declared("The Processor processes the Personal Data only within the European Union.")).toEqual(["EEA"]);
    expect(declared("The Processor processes the Personal Data only within the scope of the instructions.")).toBeUndefined();
  });
});

describe("a breach deadline in the paragraph after, and in working hours", () => {
  it("reads the deadline from the next paragraph under a breach heading, not from the next section", () => {
    const d = draft(
      "## Data Breaches\n\nThe Processor shall inform the Controller without undue delay.\n\nThe notice must be given at the latest 36 hours after the discovery.\n",
    );
    expect(d.terms.breachNotification?.value).toEqual({ value: 36, unit: "hours" });
    const next = draft(
      "## Data Breaches\n\nThe Processor shall notify the Controller of a Breach without undue delay.\n\n### Audits\nUpon 30 days written notice, the Customer may audit.\n",
    );
    expect(next.terms.breachNotification?.value).toBeNull();
  });

  it("reads hours in working time as hours, flagged for the reviewer", () => {
    for (const text of [
      "Processor shall notify Customer of a Personal Data Breach within 24 business hours.",
      "Le Sous-traitant notifie au Client toute violation de données dans un délai de 24 heures ouvrées.",
    ]) {
      const b = draft(`${text}\n`).terms.breachNotification;
      expect(b?.value, text).toEqual({ value: 24, unit: "hours" });
      expect(b?.ambiguity, text).toMatch(/working time/);
    }
    expect(
      draft("Processor shall notify Customer of a Personal Data Breach within 24 hours.\n").terms.breachNotification?.ambiguity,
    ).toBeUndefined();
  });
});

describe("more ways to state the law and where data is processed", () => {
  it("reads the agreement's law however it is subject to it, and a party's law as none", () => {
    const cases: Array<[string, string]> = [
      ["Deze overeenkomst is onderworpen aan Nederlands recht.", "NL"],
      ["Deze overeenkomst valt onder Nederlands recht.", "NL"],
      ["Le présent contrat est soumis à la loi française.", "FR"],
      ["Le présent accord relève du droit français.", "FR"],
      ["Este contrato está sujeto a la legislación española.", "ES"],
      ["Será de aplicación la legislación española.", "ES"],
      ["Il presente contratto è soggetto alla legge italiana.", "IT"],
      ["Il presente accordo è governato dalla legge italiana.", "IT"],
      ["Die Vertragsparteien vereinbaren: Diese Vereinbarung und ihre Anlagen unterliegen deutschem Recht.", "DE"],
      ["Maßgeblich ist das Recht der Republik Österreich.", "AT"],
    ];
    for (const [text, code] of cases) expect(draft(`${text}\n`).terms.governingLaw?.value, text).toBe(code);
    for (const text of [
      "Le Sous-traitant est soumis à la loi américaine.",
      "De Verwerker is onderworpen aan Amerikaans recht.",
      "Die Unterauftragnehmer unterliegen US-amerikanischem Recht.",
    ])
      expect(draft(`${text}\n`).terms.governingLaw, text).toBeUndefined();
  });

  it("reads where the processor processes the data, the place before the verb in German", () => {
    expect(draft("Die personenbezogenen Daten werden ausschließlich in Deutschland verarbeitet.\n").terms.hostingAllowed?.value).toEqual([
      "DE",
    ]);
    for (const text of [
      "Verwerker verwerkt de persoonsgegevens uitsluitend binnen de EER.",
      "El Encargado trata los datos personales únicamente en la Unión Europea.",
      "Il Responsabile tratta i dati personali esclusivamente nell'Unione europea.",
    ])
      expect(draft(`${text}\n`).terms.hostingDeclared?.value, text).toEqual(["EEA"]);
  });
});

describe("more words that name a sub-processor table's columns", () => {
  it("reads tables headed in each language's other words for name, place and purpose", () => {
    const table = (heading: string, header: string, row: string) => names(draft(`## ${heading}\n\n${header}\n${row}\n`));
    expect(table("Subprocessors", "Contractor | Registered office | Function", "Acme Hosting Ltd | Dublin, Ireland | Hosting")).toEqual([
      ["Acme Hosting Ltd", "IE"],
    ]);
    expect(
      table("Unterauftragnehmer", "Subunternehmer | Niederlassung | Beschreibung", "Hetzner Online GmbH | Deutschland | Hosting"),
    ).toEqual([["Hetzner Online GmbH", "DE"]]);
    expect(table("Sous-traitants ultérieurs", "Partenaire | Implantation | Fonction", "OVH SAS | France | Hébergement")).toEqual([
      ["OVH SAS", "FR"],
    ]);
    expect(table("Subverwerkers", "Onderaannemer | Zetel | Omschrijving", "TransIP B.V. | Nederland | Hosting")).toEqual([
      ["TransIP B.V.", "NL"],
    ]);
    expect(table("Subencargados", "Subcontratista | Ciudad | Actividad", "Arsys Internet S.L. | Logroño, España | Alojamiento")).toEqual([
      ["Arsys Internet S.L.", "ES"],
    ]);
    expect(table("Sub-responsabili", "Azienda | Città | Descrizione", "Aruba S.p.A. | Bergamo, Italia | Hosting")).toEqual([
      ["Aruba S.p.A.", "IT"],
    ]);
  });
});

describe("more words that call a section a list", () => {
  it("reads a list under a long heading that calls it an overview, a table or a listing", () => {
    const under = (heading: string) =>
      names(draft(`Agreement\n\n${heading}\n\n1. Hetzner Online GmbH, Germany\n2. Twilio Inc., United States\n`));
    const both = [
      ["Hetzner Online GmbH", "DE"],
      ["Twilio Inc.", "US"],
    ];
    expect(under("Aufstellung der vom Auftragnehmer eingesetzten Unterauftragnehmer (Stand: 1. Januar 2026)")).toEqual(both);
    expect(under("Tableau des sous-traitants ultérieurs autorisés par le Client au titre du présent contrat")).toEqual(both);
    expect(under("Relación de subencargados del tratamiento autorizados por el Responsable a la fecha de firma")).toEqual(both);
  });
});

describe("companies in prose and category lines", () => {
  it("reads a company with its address in a sentence's list, the address no companies", () => {
    const text =
      "## Unterauftragnehmer\n\nAls Unterauftragnehmer ist derzeit tätig: Strato AG, Otto-Ostrowski-Straße 7, 10249 Berlin (Hosting).\n";
    expect(names(draft(text))).toEqual([["Strato AG", "DE"]]);
  });

  it("reads companies engaged with their country in parentheses, and after 'como subencargado a'", () => {
    expect(
      names(
        draft(
          "## Sub-processors\n\nThe Processor currently uses Amazon Web Services EMEA SARL (Luxembourg) and Twilio Inc. (USA) as sub-processors.\n",
        ),
      ),
    ).toEqual([
      ["Amazon Web Services EMEA SARL", "LU"],
      ["Twilio Inc.", "US"],
    ]);
    expect(
      names(
        draft(
          "## Subencargados\n\nEl Encargado utiliza como subencargado a Amazon Web Services EMEA SARL, con sede en Luxemburgo, para el alojamiento.\n",
        ),
      ),
    ).toEqual([["Amazon Web Services EMEA SARL", "LU"]]);
  });

  it("reads category lines without bullets, one company each; their places are the companies', not the DPA's hosting", () => {
    const d = draft(
      "## Sub-processors\n\nHosting: Scaleway SAS (France)\nEmail: Postmark (ActiveCampaign, LLC), United States\nPayments: Stripe Payments Europe Ltd. (Ireland)\n",
    );
    expect(names(d)).toEqual([
      ["Scaleway SAS", "FR"],
      ["Postmark", "US"],
      ["Stripe Payments Europe Ltd.", "IE"],
    ]);
    expect(d.terms.hostingAllowed).toBeUndefined();
    // A section about sub-processors and where data is hosted states the DPA's own hosting, and its places are no companies.
    const both = draft("Agreement\n\n## 6. Sub-processors and data location\n\nServer location: Germany\nBackup location: Finland\n");
    expect(both.terms.hostingAllowed?.value).toEqual(["DE", "FI"]);
    expect(names(both)).toEqual([]);
  });
});

describe("breach notices under a heading about notice, and undated notices in every language", () => {
  it("reads a label line under a heading about notice deadlines", () => {
    const d = draft("Délais de notification\n\nViolation de données personnelles : 24 heures\nIncident de disponibilité : 4 heures\n");
    expect(d.terms.breachNotification?.value).toEqual({ value: 24, unit: "hours" });
    // Under a heading about something else, the line is not a notice.
    expect(draft("Durées de conservation\n\nViolation de données personnelles : 24 mois\n").terms.breachNotification).toBeUndefined();
  });

  it("reads a notice without a number as not numeric, however 'without delay' is said", () => {
    for (const text of [
      "Processor shall notify Controller of a Personal Data Breach forthwith.",
      "Der Auftragnehmer meldet Verletzungen des Schutzes personenbezogener Daten ohne schuldhaftes Zögern.",
      "Le Sous-traitant notifie toute violation de données dans les plus brefs délais.",
      "Verwerker meldt een datalek zo spoedig mogelijk.",
      "El Encargado notificará las violaciones de la seguridad de los datos a la mayor brevedad.",
      "Il Responsabile comunica ogni violazione dei dati personali tempestivamente.",
    ]) {
      const b = draft(`${text}\n`).terms.breachNotification;
      expect(b, text).toBeDefined();
      expect(b?.value, text).toBeNull();
    }
  });
});

describe("one working day said without a number", () => {
  it("reads 'by the next business day' in each language as one working day", () => {
    for (const text of [
      "Processor shall notify Customer of any Personal Data Breach by the next business day.",
      "Der Auftragnehmer meldet Verletzungen des Schutzes personenbezogener Daten spätestens am nächsten Werktag.",
      "Le Sous-traitant notifie toute violation de données au plus tard le jour ouvré suivant.",
      "Verwerker meldt een datalek uiterlijk de volgende werkdag.",
      "El Encargado notificará las violaciones de la seguridad de los datos a más tardar el siguiente día hábil.",
      "Il Responsabile comunica ogni violazione dei dati personali entro il giorno lavorativo successivo.",
    ])
      expect(draft(`${text}\n`).terms.breachNotification?.value, text).toEqual({ value: 1, unit: "working_days" });
  });
});

describe("notice verbs in their other forms", () => {
  it("reads German zu-infinitives and 'bekanntgeben', French 'communique' and 'porte à la connaissance', Dutch 'licht ... in'", () => {
    for (const [text, hours] of [
      ["Verletzungen des Schutzes personenbezogener Daten sind dem Auftraggeber innerhalb von 24 Stunden mitzuteilen.", 24],
      ["Datenschutzverletzungen hat der Auftragnehmer dem Auftraggeber binnen 48 Stunden anzuzeigen.", 48],
      ["Der Auftragnehmer gibt dem Auftraggeber Datenschutzvorfälle innerhalb von 24 Stunden bekannt.", 24],
      ["Sicherheitsvorfälle sind innerhalb von 24 Stunden bekanntzugeben.", 24],
      ["Le Sous-traitant porte à la connaissance du Client toute violation de données dans un délai de 48 heures.", 48],
      ["Le Sous-traitant communique au Client toute violation de données dans un délai de 48 heures.", 48],
      ["Verwerker licht de Klant binnen 24 uur in over een datalek.", 24],
    ] as const)
      expect(draft(`${text}\n`).terms.breachNotification?.value, text).toEqual({ value: hours, unit: "hours" });
  });
});

describe("a header naming the name and the address together", () => {
  it("reads 'Name und Anschrift' and 'Name and address' as the name's column, wherever it stands", () => {
    const de =
      "## Unterauftragnehmer\n\n| Nr. | Leistung | Name und Anschrift | Ort der Verarbeitung |\n|---|---|---|---|\n| 1 | Hosting | Strato AG, Otto-Ostrowski-Straße 7, 10249 Berlin | Deutschland |\n| 2 | E-Mail | Mailjet SAS, 13 rue de l'Aubrac, 75012 Paris | Frankreich |\n";
    expect(names(draft(de))).toEqual([
      ["Strato AG", "DE"],
      ["Mailjet SAS", "FR"],
    ]);
    const en =
      "## Sub-processors\n\n| Service | Name and address of the sub-processor | Country |\n|---|---|---|\n| Hosting | Scaleway SAS, 8 rue de la Ville l'Evêque, Paris | France |\n";
    expect(names(draft(en))).toEqual([["Scaleway SAS", "FR"]]);
  });
});

describe("hosting in a city, said with 'à' and 'a'", () => {
  it("reads 'hébergées à Roubaix' and 'situati a Milano' as the city's country", () => {
    expect(draft("Les données sont hébergées à Roubaix et à Gravelines.\n").terms.hostingAllowed?.value).toEqual(["FR"]);
    expect(draft("Les serveurs sont situés à Paris.\n").terms.hostingAllowed?.value).toEqual(["FR"]);
    expect(draft("I dati sono ospitati presso data center situati a Milano.\n").terms.hostingAllowed?.value).toEqual(["IT"]);
    // A region for its country: "en région parisienne", "en Île-de-France".
    expect(
      draft("Les données du Client sont hébergées dans les centres de données du Prestataire situés en région parisienne.\n").terms
        .hostingAllowed?.value,
    ).toEqual(["FR"]);
    expect(draft("Les données sont hébergées dans des datacenters situés en Île-de-France.\n").terms.hostingAllowed?.value).toEqual(["FR"]);
    // "à" before a verb is no place.
    expect(draft("Les données sont stockées à des fins de sauvegarde.\n").terms.hostingAllowed).toBeUndefined();
  });
});

describe("where data lies or resides, and periods detailing a deleting after a colon", () => {
  it("reads 'Die Daten liegen ... in', 'data resides in', 'localisées', 'residen', 'risiedono'; a person residing somewhere is no hosting", () => {
    const allowed = (text: string) => draft(`${text}\n`).terms.hostingAllowed?.value;
    expect(allowed("Die Daten liegen bei AWS in der Region us-east-1 (USA).")).toEqual(["US"]);
    expect(allowed("Customer Data resides in Germany.")).toEqual(["DE"]);
    expect(allowed("Les données sont localisées en France.")).toEqual(["FR"]);
    expect(allowed("Los datos residen en España.")).toEqual(["ES"]);
    expect(allowed("I dati risiedono in Italia.")).toEqual(["IT"]);
    expect(allowed("The Controller is responsible for data subjects who reside in the United States.")).toBeUndefined();
    expect(allowed("Der Vertrag unterliegt deutschem Recht.")).toBeUndefined();
  });

  it("reads the periods after a colon as the deleting's the part before it announces", () => {
    const text =
      "Nach Ende des Vertrags löscht der Anbieter die Daten nach Ziffer 10 der Nutzungsbedingungen: die Instanz nach 30 Tagen, Backups spätestens 7 Tage später.\n";
    expect(draft(text).terms.retention?.map((r) => r.value)).toEqual([{ value: 30, unit: "days" }]);
    // A colon after a notice is no deleting's.
    expect(draft("Der Anbieter informiert den Kunden: die Instanz nach 30 Tagen.\n").terms.retention).toEqual([]);
  });
});

describe("labelled items under numbered sub-headings of a notices section", () => {
  const text = [
    "## 12. Notifications",
    "",
    "### 12.1 Data Breach",
    "- **Timeline**: Within 24 hours",
    "- **Method**: Email to registered address",
    "",
    "### 12.2 Sub-processor Changes",
    "- **Timeline**: 30 days prior notice",
    "- **Right to Object**: Controller may object within 14 days",
    "",
  ].join("\n");

  it("reads each item as its own sub-heading's: the breach's 24 hours, the changes' 30 days", () => {
    const d = draft(`Agreement\n\n${text}`);
    expect(d.terms.breachNotification?.value).toEqual({ value: 24, unit: "hours" });
    expect(d.terms.priorNotice?.value).toEqual({ value: 30, unit: "days" });
    expect(d.terms.objectionWindow?.value).toEqual({ value: 14, unit: "days" });
  });

  it("does not take a short list above as a heading", () => {
    const d = draft(`Agreement\n\n${text.replace("- **Timeline**: Within 24 hours\n", "")}`);
    expect(d.terms.breachNotification?.value).not.toEqual({ value: 30, unit: "days" });
  });
});

describe("a retention table read once", () => {
  it("gives each row's period once, not again as a sentence", () => {
    const d = draft(
      "## 9. Processing\n\n| Activity | Purpose | Retention |\n|---|---|---|\n| Upload validation | Data quality | 0 days |\n| Metadata logging | Analytics | 30 days |\n",
    );
    expect(d.terms.retention?.map((r) => [r.value, r.line])).toEqual([
      [{ value: 0, unit: "days" }, 5],
      [{ value: 30, unit: "days" }, 6],
    ]);
  });
});

describe("what is not a sub-processor under their heading", () => {
  it("reads no company from the page's date, version, owner or contact lines", () => {
    expect(names(draft("## Sub-processors\n\nLast updated: 1 May 2025\nContact: Privacy Team\n"))).toEqual([]);
    expect(names(draft("## Sub-processors\n\nVersion: 2.1\nEffective Date: March 2025\nOwner: Legal Department\n"))).toEqual([]);
    // Categories and their companies still are.
    expect(
      names(draft("## Subprocessors\n\nOur current sub-processors are:\nHosting: Hetzner Online GmbH (Germany)\nEmail: Postmark (USA)\n")),
    ).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Postmark", "US"],
    ]);
  });

  it("reads no company from a contact block or an address under a heading after the list's introduction", () => {
    const text = [
      "## Sub-processors",
      "",
      "We use the following sub-processors to run the service.",
      "",
      "Questions",
      "---------",
      "",
      "Privacy Team",
      "privacy@acme.example",
      "",
      "Postal address",
      "--------------",
      "",
      "Acme Ltd",
      "1 Main Street",
      "Dublin, Ireland",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([]);
  });
});

describe("a list item going on over an indented line", () => {
  it("reads the indented line as its item's, in a plain-text list after an introduction", () => {
    const text = [
      "6. SUBENCARGADOS",
      "   El Encargado utiliza los siguientes subencargados:",
      "   - Neon (Neon Inc.) — base de datos.",
      "     Ubicación: Alemania.",
      "   - Render Services Inc. — alojamiento del panel web.",
      "",
    ].join("\n");
    expect(names(draft(`Contrato\n\n${text}`))).toEqual([
      ["Neon", "DE"],
      ["Render Services Inc.", null],
    ]);
  });
});

describe("the supervisory authority's 72 hours, and incidents notified within days", () => {
  it("takes a period near the authority as the processor's unless it is the authority's 72 hours", () => {
    const breach = (text: string) => draft(`${text}\n`).terms.breachNotification?.value;
    expect(
      breach(
        "The Processor shall notify the Controller of a Personal Data Breach, to enable the Controller to comply with its obligations towards the supervisory authority, within 24 hours.",
      ),
    ).toEqual({ value: 24, unit: "hours" });
    expect(
      breach(
        "Der Auftragnehmer unterstützt den Auftraggeber bei der Meldung an die Aufsichtsbehörde und informiert ihn innerhalb von 24 Stunden über jede Datenschutzverletzung.",
      ),
    ).toEqual({ value: 24, unit: "hours" });
    // The authority's own deadline is not the processor's.
    expect(
      breach("The Processor shall assist the Controller in notifying a Personal Data Breach to the supervisory authority within 72 hours."),
    ).toBeUndefined();
  });

  it("reads an incident notified within a few days as a breach, not one reviewed within weeks", () => {
    const breach = (text: string) => draft(`${text}\n`).terms.breachNotification?.value;
    expect(breach("Supplier will notify Customer of any incident affecting Customer Data within two (2) business days.")).toEqual({
      value: 2,
      unit: "working_days",
    });
    expect(breach("Supplier will report on resolved incidents within 30 days.")).toBeUndefined();
  });
});

describe("every hosting line of a key-terms block", () => {
  it("reads the places of all the block's hosting lines, in every language, and only that block's", () => {
    const allowed = (text: string) => draft(`Agreement\n\n${text}\n`).terms.hostingAllowed?.value;
    expect(allowed("Server location: Germany\nBackup location: Finland")).toEqual(["DE", "FI"]);
    expect(allowed("Serverstandort: Deutschland\nBackup-Standort: Österreich")).toEqual(["DE", "AT"]);
    expect(allowed("Localisation des serveurs : France\nLocalisation des sauvegardes : Belgique")).toEqual(["FR", "BE"]);
    // A hosting line in another block further on is not this block's.
    expect(allowed("Server location: Germany\n\nSome other clause.\n\nData location: Finland")).toEqual(["DE"]);
  });
});

describe("numbered entries over several lines, titled tables, and table rows read apart", () => {
  it("reads numbered entries whose details are on indented lines, and no clauses written so", () => {
    const text = [
      "## Unterauftragnehmer",
      "",
      "1. **Hetzner Online GmbH**",
      "   Industriestr. 25, 91710 Gunzenhausen, Deutschland",
      "   Zweck: Hosting",
      "2. **Strato AG**",
      "   Otto-Ostrowski-Straße 7, 10249 Berlin, Deutschland",
      "   Zweck: E-Mail",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Strato AG", "DE"],
    ]);
    const clauses =
      "## Sub-processors\n\n1. Authorisation\n   The Customer authorises the Processor to engage sub-processors.\n2. Notice\n   The Processor notifies the Customer of any new sub-processor.\n";
    expect(names(draft(clauses))).toEqual([]);
  });

  it("reads a company's name set off above its label-and-value table", () => {
    const text = [
      "## Sub-processors",
      "",
      "**Hetzner Online GmbH**",
      "",
      "| Address | Industriestr. 25, 91710 Gunzenhausen, Germany |",
      "| Purpose | Hosting |",
      "",
      "**Postmark (ActiveCampaign, LLC)**",
      "",
      "| Address | Chicago, USA |",
      "| Purpose | E-mail |",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Postmark (ActiveCampaign, LLC)", "US"],
    ]);
  });

  it("takes the objection window from its own row of a key-terms table", () => {
    const d = draft("Agreement\n\n## Sub-processors\n\n| Notice period | 30 days |\n| Objection period | 14 days |\n");
    expect(d.terms.objectionWindow?.value).toEqual({ value: 14, unit: "days" });
  });
});

describe("a seventh round: German genitives, breaches by description or by section, hosting verbs", () => {
  const period = (d: Draft): unknown => d.terms.breachNotification?.value;
  const kept = (d: Draft): unknown[] => (d.terms.retention ?? []).map((f) => f.value);
  const hosted = (d: Draft): unknown => d.terms.hostingAllowed?.value;

  it("reads German periods in the genitive ('innerhalb eines Monats', 'einer Woche', 'eines Werktages')", () => {
    expect(kept(draft("Nach Vertragsende löscht der Auftragnehmer sämtliche Daten innerhalb eines Monats.\n"))).toEqual([
      { value: 1, unit: "months" },
    ]);
    expect(kept(draft("Der Auftragnehmer löscht die Daten innerhalb einer Woche nach Vertragsende.\n"))).toEqual([
      { value: 7, unit: "days" },
    ]);
    expect(kept(draft("Backups werden nach Ablauf eines Jahres gelöscht.\n"))).toEqual([{ value: 1, unit: "years" }]);
    expect(
      period(draft("Der Auftragnehmer informiert den Auftraggeber innerhalb eines Werktages über Datenschutzverletzungen.\n")),
    ).toEqual({
      value: 1,
      unit: "working_days",
    });
  });

  it("reads keeping and deleting verbs split or inflected ('bewahren ... auf', 'effacées')", () => {
    expect(kept(draft("Wir bewahren Protokolldaten für die Dauer von sieben Tagen auf.\n"))).toEqual([{ value: 7, unit: "days" }]);
    expect(kept(draft("Les sauvegardes sont effacées au bout de 30 jours.\n"))).toEqual([{ value: 30, unit: "days" }]);
  });

  it("reads a breach described as unauthorised access, in every language", () => {
    const texts = [
      "Vendor will notify Customer of any unauthorized access to Customer Personal Data within 48 hours.\n",
      "Der Auftragnehmer unterrichtet den Auftraggeber über jeden unbefugten Zugriff auf personenbezogene Daten innerhalb von 48 Stunden.\n",
      "Le Prestataire informe le Client de tout accès non autorisé aux données dans les 48 heures.\n",
      "Verwerker informeert Opdrachtgever binnen 48 uur over ongeautoriseerde toegang tot persoonsgegevens.\n",
      "Verwerker informeert Opdrachtgever binnen 48 uur over een beveiligingslek.\n",
      "El Proveedor informará al Cliente de cualquier acceso no autorizado a los datos en un plazo de 48 horas.\n",
      "Il Fornitore informa il Cliente di ogni accesso non autorizzato ai dati entro 48 ore.\n",
    ];
    for (const t of texts) expect(period(draft(t)), t).toEqual({ value: 48, unit: "hours" });
    // Measures against unauthorised access, with no notice, are no breach notice.
    expect(
      draft("Vendor shall keep access logs to detect unauthorized access to personal data for 90 days.\n").terms.breachNotification,
    ).toBeUndefined();
  });

  it("reads a key-terms table's breach row, and only that row's period", () => {
    const row = "| Topic | Commitment |\n|---|---|\n| Personal Data Breach | Without undue delay and within 48 hours |\n";
    expect(period(draft(row))).toEqual({ value: 48, unit: "hours" });
    const two = "| Term | Value |\n|---|---|\n| Objection period | 30 days |\n| Breach notification | 48 hours |\n";
    expect(period(draft(two))).toEqual({ value: 48, unit: "hours" });
    // A longer period in a row naming incidents is how long something is kept, not a notice.
    const logs = "| Data | Retention |\n|---|---|\n| Security incident logs | 90 days |\n";
    expect(draft(logs).terms.breachNotification).toBeUndefined();
  });

  it("reads the notice in a section about breaches, however long its sentence, and the next clause's", () => {
    const long =
      "## 9. Personal Data Breaches\n\n9.1 The Processor shall notify the Controller without undue delay, and in any case within 48 hours after becoming aware of it, providing all information reasonably available to it.\n";
    expect(period(draft(long))).toEqual({ value: 48, unit: "hours" });
    const next =
      "## 9. Personal Data Breaches\n\n9.1 The Processor shall inform the Controller without undue delay after becoming aware of such an event.\n\n9.2 The notification shall be made in writing, and at the latest within 36 hours, and shall include the nature of the event and its likely consequences.\n";
    expect(period(draft(next))).toEqual({ value: 36, unit: "hours" });
    const fr =
      "## Violation de données\n\nLe Sous-traitant notifie au Responsable de traitement, dans un délai maximum de 48 heures après en avoir pris connaissance, tout événement de cette nature, accompagné de toute documentation utile.\n";
    expect(period(draft(fr))).toEqual({ value: 48, unit: "hours" });
    // A long sentence in that section about a report due later is not the notice.
    const report =
      "## 9. Personal Data Breaches\n\n9.3 The Processor shall inform the Controller of the measures taken after the investigation of the event within 30 days, in a written report to the Controller.\n";
    expect(draft(report).terms.breachNotification).toBeUndefined();
  });

  it("reads where data is hosted however the sentence places it, in every language", () => {
    const cases: Array<[string, string[]]> = [
      ["We store your data in Frankfurt, Germany.\n", ["DE"]],
      ["Hosting is provided by Scaleway in France.\n", ["FR"]],
      ["Primary data centre: Amsterdam, Netherlands\n", ["NL"]],
      ["Serverstandort ist Nürnberg (Deutschland).\n", ["DE"]],
      ["Wir speichern Ihre Daten ausschließlich in Deutschland.\n", ["DE"]],
      ["Das Hosting erfolgt durch die Hetzner Online GmbH in Deutschland.\n", ["DE"]],
      ["Nous stockons vos données en France.\n", ["FR"]],
      ["L'hébergement des données est assuré par OVHcloud en France.\n", ["FR"]],
      ["Wij slaan uw gegevens op in Nederland.\n", ["NL"]],
      ["Persoonsgegevens worden opgeslagen binnen Nederland.\n", ["NL"]],
      ["Verwerker verwerkt de persoonsgegevens uitsluitend in België.\n", ["BE"]],
      ["Almacenamos sus datos en Irlanda.\n", ["IE"]],
      ["Los datos serán tratados exclusivamente en España.\n", ["ES"]],
      ["Los servidores están situados en Alemania.\n", ["DE"]],
      ["Conserviamo i tuoi dati in Italia.\n", ["IT"]],
      ["I dati sono trattati esclusivamente in Italia.\n", ["IT"]],
      ["I server del Fornitore sono ubicati in Germania.\n", ["DE"]],
      ["Il Responsabile tratta i dati personali esclusivamente nel territorio italiano.\n", ["IT"]],
    ];
    for (const [t, want] of cases) expect(hosted(draft(t)), t).toEqual(want);
    // A label's place must be a place: "Hosting is included in the price" names none.
    expect(hosted(draft("Hosting is included in the monthly price.\n"))).toBeUndefined();
  });
});

describe("a least time kept, and names that start with digits", () => {
  it("does not read a minimum keeping as a retention limit, in any language", () => {
    const minimums = [
      "Protokollierung sämtlicher Systemaktivitäten und Aufbewahrung dieser Protokolle von mindestens drei Jahren\n",
      "Access logs are retained for a minimum of 12 months.\n",
      "Logbestanden worden minimaal 6 maanden bewaard.\n",
      "Les journaux sont conservés au moins un an.\n",
    ];
    for (const t of minimums) expect(draft(t).terms.retention ?? [], t).toEqual([]);
    // The most beside the least is the limit.
    const both = draft("Backups are kept for at least 30 days and deleted after 90 days.\n");
    expect((both.terms.retention ?? []).map((f) => f.value)).toEqual([{ value: 90, unit: "days" }]);
  });

  it("keeps the digits a company's name starts with, and drops a list's numbers", () => {
    const text = "## Sub-processors\n\n- 360dialog GmbH, Germany\n- 1Password Inc., Canada\n- 8x8 Inc., United States\n";
    expect(names(draft(text))).toEqual([
      ["360dialog GmbH", "DE"],
      ["1Password Inc.", "CA"],
      ["8x8 Inc.", "US"],
    ]);
    const numbered = "## Sub-processors\n\n1. Hetzner Online GmbH, Germany\n2. Scaleway SAS, France\n";
    expect(names(draft(numbered))).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Scaleway SAS", "FR"],
    ]);
  });
});

describe("a deadline sentences after the breach's, and a cap said as a limit", () => {
  it("reads the deadline a sentence or two after the breach's, not past another subject", () => {
    const two =
      "(1) Der Auftragnehmer teilt dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten unverzüglich mit. Auch begründete Verdachtsfälle hierauf sind mitzuteilen. Die Mitteilung hat spätestens innerhalb von 24 Stunden ab Kenntnis des Auftragnehmers zu erfolgen.\n";
    expect(draft(two).terms.breachNotification?.value).toEqual({ value: 24, unit: "hours" });
    const other =
      "The Processor notifies the Controller of a Personal Data Breach without undue delay. The Processor shall inform the Controller of any new Sub-processor within 10 days of its engagement.\n";
    expect(draft(other).terms.breachNotification?.value).toBeNull();
  });

  it("reads an audit cap said as a limit, without a word of permission", () => {
    const de =
      "Soweit nicht anders angezeigt, finden Kontrollen nach angemessener Vorankündigung und zu Geschäftszeiten des Auftragnehmers, sowie nicht häufiger als alle 12 Monate statt.\n";
    expect(draft(de).terms.auditMaxPerYear?.value).toBe(1);
    const en = "Audits take place no more frequently than once per calendar year.\n";
    expect(draft(en).terms.auditMaxPerYear?.value).toBe(1);
    // A least frequency of the processor's own checks is no cap.
    const floor = "Der Auftragnehmer überprüft die Subunternehmer regelmäßig, mindestens einmal jährlich.\n";
    expect(draft(floor).terms.auditMaxPerYear).toBeUndefined();
  });
});

describe("what a trust-center DPA and its sub-processor list taught (Paciolus's kind)", () => {
  it("takes the objection window from 'within the 30-day notice period'", () => {
    const en =
      "## Sub-processors\n\nWe notify the Customer at least 30 days before adding or replacing a subprocessor. The Customer may object to a new subprocessor within the 30-day notice period.\n";
    expect(draft(en).terms.objectionWindow?.value).toEqual({ value: 30, unit: "days" });
    const de =
      "## Unterauftragnehmer\n\nDer Auftragnehmer informiert den Auftraggeber mindestens 30 Tage vor der Beauftragung eines neuen Unterauftragnehmers. Der Auftraggeber kann innerhalb der 30-tägigen Ankündigungsfrist widersprechen.\n";
    expect(draft(de).terms.objectionWindow?.value).toEqual({ value: 30, unit: "days" });
  });

  it("reads a place in emphasis, and data 'processed and stored in' it", () => {
    expect(draft("All personal data is processed and stored in the **United States**.\n").terms.hostingAllowed?.value).toEqual(["US"]);
  });

  it("reads a 'Storage Duration' column, each pipe row for itself, hours too", () => {
    const table = [
      "| Processing Activity | Data Involved | Storage Duration |",
      "|---|---|---|",
      "| Account authentication | Email, hashed password | Account lifetime |",
      "| Email delivery | Verification tokens | 24 hours (tokens) |",
      "| Error monitoring | Anonymized user ID | 90 days (via Sentry) |",
      "",
    ].join("\n");
    const kept = (draft(table).terms.retention ?? []).map((f) => [f.category, f.value]);
    expect(kept).toEqual([
      ["email-delivery", { value: 24, unit: "hours" }],
      ["error-monitoring", { value: 90, unit: "days" }],
    ]);
  });

  it("gives a keeping stated twice in other words once, and one sentence repeated under two sections twice", () => {
    const twice =
      "| Activity | Retention |\n|---|---|\n| Diagnostic history | 365 days |\n| Error telemetry | 90 days |\n\n## Deletion\n\n- **Diagnostic metadata:** Subject to 365-day retention, then automatically purged.\n";
    expect((draft(twice).terms.retention ?? []).map((f) => f.value)).toEqual([
      { value: 365, unit: "days" },
      { value: 90, unit: "days" },
    ]);
    const repeated =
      "## Fax\n\nBij beëindiging worden deze gegevens gedurende één (1) jaar bewaard.\n\n## Bedrijfsgegevens\n\nBij beëindiging worden deze gegevens gedurende één (1) jaar bewaard.\n";
    expect(draft(repeated).terms.retention ?? []).toHaveLength(2);
  });

  it("reads no sub-processors from a section titled as none, a change log, or a purpose cell's acronyms", () => {
    const text = [
      "## Active Subprocessors",
      "",
      "| Provider | Service Function | Hosting Region |",
      "|---|---|---|",
      "| **Render** | Backend hosting | United States (Oregon) |",
      "| **Sentry** | Error tracking | United States |",
      "",
      "## Zero-Storage Compliance",
      "",
      "All subprocessors operate in compliance with the Zero-Storage architecture:",
      "",
      "- **Render / PostgreSQL:** Stores only aggregate metadata.",
      "- **Sentry:** A hook strips all request body data before transmission.",
      "",
      "## Infrastructure-Only Services (Not Subprocessors)",
      "",
      "| Service | Purpose | Data Exposure |",
      "|---|---|---|",
      "| **GitHub** | Source code repository, CI/CD pipeline | No customer data |",
      "",
      "## Subprocessor Change Log",
      "",
      "| Date | Change Type | Provider | Description |",
      "|---|---|---|---|",
      "| 2026-02-26 | Initial publication | All | Subprocessor list created |",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["Render", "US"],
      ["Sentry", "US"],
    ]);
    // A purpose cell names no country even where the table is read: "CI/CD" is no Côte d'Ivoire.
    const purpose =
      "## Sub-processors\n\n| Service | Purpose | Data |\n|---|---|---|\n| GitHub | Source code, CI/CD pipeline | Code only |\n";
    expect(names(draft(purpose))).toEqual([["GitHub", null]]);
  });

  it("keeps a company listed again in a region, not a country", () => {
    const text =
      "## Sub-processors\n\n### United States\n\n| Company | Location |\n|---|---|\n| Amazon Web Services, Inc | United States |\n\n### European Union\n\n| Company | Location |\n|---|---|\n| Amazon Web Services, Inc | European Union |\n";
    expect(names(draft(text))).toEqual([
      ["Amazon Web Services, Inc", "US"],
      ["Amazon Web Services, Inc", null],
    ]);
  });

  it("reads no governing law from a quoted term ('UK Addendum') about data protection law", () => {
    const text =
      'The Standard Contractual Clauses will include the mandatory clauses of the addendum required for data transfers governed by United Kingdom\'s Data Protection Legislation ("UK Addendum").\n';
    expect(draft(text).terms.governingLaw).toBeUndefined();
  });
});

describe("'a day' as one day, and what is no period", () => {
  const breach = (t: string): unknown => draft(t).terms.breachNotification?.value;

  it("reads 'a' and 'an' as one, and singular working days in French and Spanish", () => {
    expect(breach("The Processor shall notify the Controller of any Personal Data Breach within a business day.\n")).toEqual({
      value: 1,
      unit: "working_days",
    });
    expect(breach("The Processor shall notify the Controller of any Personal Data Breach within a day.\n")).toEqual({
      value: 1,
      unit: "days",
    });
    expect(breach("Le Sous-traitant notifie toute violation de données au Client dans un délai d'un jour ouvré.\n")).toEqual({
      value: 1,
      unit: "working_days",
    });
    expect(breach("El Encargado notificará las violaciones de seguridad en un plazo de un día hábil.\n")).toEqual({
      value: 1,
      unit: "working_days",
    });
  });

  it("reads no period from a number word glued to a unit ('aan' is no 'a an') nor from a rate", () => {
    const nl =
      "## Sub-verwerkers\n\nDe Klant kan bezwaar maken tegen de benoeming van een nieuwe Sub-Verwerker door Quicktalk, indien zij meent dat deze niet voldoet aan de wet.\n";
    expect(draft(nl).terms.objectionWindow).toBeUndefined();
    const audit = draft("The Customer may audit the Processor once a year, upon 30 days' prior written notice.\n");
    expect(audit.terms.auditNotice?.value).toEqual({ value: 30, unit: "days" });
    expect(
      breach("Support is available 24 hours a day. The Processor notifies the Controller of a Personal Data Breach within a week.\n"),
    ).toEqual({
      value: 7,
      unit: "days",
    });
  });
});

describe("governing law stated as how the agreement is read or disputes are settled", () => {
  it("reads 'interpreted under', 'settled under' and their forms in every language", () => {
    const law = (t: string): unknown => draft(t).terms.governingLaw?.value;
    expect(law("This DPA will be interpreted under the laws of the State of California.\n")).toBe("US");
    expect(law("Any dispute arising from this DPA shall be settled under Swiss law.\n")).toBe("CH");
    expect(law("Dieser Vertrag wird nach deutschem Recht ausgelegt.\n")).toBe("DE");
    expect(law("Le présent contrat est interprété conformément au droit français.\n")).toBe("FR");
    expect(law("Deze overeenkomst wordt uitgelegd naar Nederlands recht.\n")).toBe("NL");
    expect(law("Il contratto sarà interpretato secondo la legge italiana.\n")).toBe("IT");
    // A company formed under a state's laws says nothing of the agreement's.
    expect(law("The Processor is a company incorporated under the laws of Delaware.\n")).toBeUndefined();
  });
});

describe("hosting said as a place data never leaves", () => {
  it("reads the country data is not moved out of, in every language; the EU and a conditional leaving are not countries", () => {
    const hosted = (t: string): unknown => draft(t).terms.hostingAllowed?.value;
    expect(hosted("Personal data will not be transferred outside Germany.\n")).toEqual(["DE"]);
    expect(hosted("Die Daten verlassen Deutschland nicht.\n")).toEqual(["DE"]);
    expect(hosted("Les données ne quittent jamais le territoire français.\n")).toEqual(["FR"]);
    expect(hosted("De gegevens worden niet buiten Nederland opgeslagen.\n")).toEqual(["NL"]);
    expect(hosted("Los datos no se almacenan fuera de España.\n")).toEqual(["ES"]);
    expect(hosted("I dati non vengono trasferiti al di fuori dell'Italia.\n")).toEqual(["IT"]);
    expect(hosted("Personal data will not be transferred outside Germany without the Customer's prior consent.\n")).toBeUndefined();
    const eea = draft("No personal data is transferred to third countries.\n");
    expect(eea.terms.hostingAllowed).toBeUndefined();
    expect(eea.terms.hostingDeclared?.value).toEqual(["EEA"]);
  });
});

describe("audit logs are data kept, not audits", () => {
  it("reads how long audit logs are kept, and backups held available ('vorgehalten')", () => {
    const kept = (t: string): unknown[] => (draft(t).terms.retention ?? []).map((f) => f.value);
    expect(kept("We keep audit logs for one year.\n")).toEqual([{ value: 1, unit: "years" }]);
    expect(kept("Die Backups werden 30 Tage vorgehalten.\n")).toEqual([{ value: 30, unit: "days" }]);
    // An audit right with a period is still no keeping.
    expect(kept("The Customer may audit the Processor once a year and keep the report for 2 years.\n")).toEqual([]);
  });
});

describe("one company a line, its city and country after commas", () => {
  it("reads each line as its own entry, not the lines as one", () => {
    const text = "## Sub-processors\n\nGoogle Ireland Ltd., Dublin, Ireland\nTwilio Inc., San Francisco, USA\n";
    expect(names(draft(text))).toEqual([
      ["Google Ireland Ltd.", "IE"],
      ["Twilio Inc.", "US"],
    ]);
    const trade = "## Sub-processors\n\nGoogle Cloud Platform (Google Ireland Ltd.), Dublin, Ireland\nTwilio Inc., San Francisco, USA\n";
    expect(names(draft(trade)).map(([, c]) => c)).toEqual(["IE", "US"]);
  });
});

describe("sub-processor notice and objection, however the window is said", () => {
  it("reads days given for objecting ('14 days from receipt of the notice to object')", () => {
    const d = draft(
      "## Sub-processors\n\nCustomer has fourteen (14) days from receipt of the notice to object to the new Sub-processor.\n",
    );
    expect(d.terms.objectionWindow?.value).toEqual({ value: 14, unit: "days" });
    // Days counted from the objection are not the window.
    const after = draft(
      "## Sub-processors\n\nThe Customer may object. If the Parties cannot agree within 30 days of receipt of the objection, the Customer may terminate.\n",
    );
    expect(after.terms.objectionWindow).toBeUndefined();
  });

  it("reads a key-terms list's own lines for the notice and the objection", () => {
    const d = draft("## Sub-processors\n\nNotice period for new sub-processors: 30 days\nObjection period: 14 days\n");
    expect(d.terms.priorNotice?.value).toEqual({ value: 30, unit: "days" });
    expect(d.terms.objectionWindow?.value).toEqual({ value: 14, unit: "days" });
  });

  it("reads a notice given a period before the new sub-processor starts", () => {
    const d = draft("## Sub-processors\n\nNew sub-processors will be announced on this page one month before they start processing.\n");
    expect(d.terms.priorNotice?.value).toEqual({ value: 1, unit: "months" });
  });
});

describe("an audit cap said as one per period", () => {
  it("reads 'limited to one (1) per 12-month period' as once a year", () => {
    expect(draft("Audits are limited to one (1) per 12-month period.\n").terms.auditMaxPerYear?.value).toBe(1);
    expect(draft("Audits are limited to one per calendar year.\n").terms.auditMaxPerYear?.value).toBe(1);
  });
});

describe("a hosting label as a compound", () => {
  it("reads 'Rechenzentrumsstandorte: Nürnberg, Falkenstein/Vogtland, Helsinki' by its cities", () => {
    const d = draft("Rechenzentrumsstandorte: Nürnberg, Falkenstein/Vogtland, Helsinki\n");
    expect(d.terms.hostingAllowed?.value).toEqual(["DE", "FI"]);
  });
});

describe("what a long trust-center DPA with many periods taught (rMirror's kind)", () => {
  it("reads no sub-processor objection window from a data subject's objection to processing", () => {
    const text =
      "## Sub-processors\n\nWe use sub-processors.\n\n- **Objection:** Process objections to legitimate interest-based processing within 10 business days\n\nController may object to a new Sub-processor within 14 days of notification.\n";
    expect(draft(text).terms.objectionWindow?.value).toEqual({ value: 14, unit: "days" });
    expect(draft(text).terms.objectionWindow?.readings).toBeUndefined();
  });

  it("gives one line read by two finders once", () => {
    const text = "**Retention Period:**\n- Duration of Service subscription\n- Logs: 90 days\n";
    expect((draft(text).terms.retention ?? []).map((f) => f.value)).toEqual([{ value: 90, unit: "days" }]);
  });

  it("reads no company from a transfer mechanism or a legal act, nor a short name again after the full one", () => {
    const text = [
      "## Sub-processors",
      "",
      "| Sub-processor | Location |",
      "|---|---|",
      "| Hetzner Online GmbH | Germany (EU) |",
      "",
      "For transfers to sub-processors, Processor implements:",
      "",
      "- **EU SCCs:** Commission Implementing Decision (EU) 2021/914 (Module 2: Controller-to-Processor)",
      "- **Swiss SCCs:** Swiss FDPIC-approved SCCs with Swiss-specific addendum",
      "",
      "For data localisation within the EU, sub-processors are used as follows:",
      "",
      "- Primary database and storage: Hetzner",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([["Hetzner Online GmbH", "DE"]]);
  });
});

describe("a note after a company's name", () => {
  it("drops a lower-case note in brackets, keeps a company in brackets", () => {
    const text =
      "## Sub-processors\n\n| Sub-processor | Location |\n|---|---|\n| **Backblaze B2** (if configured) | USA |\n| Brevo (formerly Sendinblue) | France |\n| Postmark (ActiveCampaign, LLC) | USA |\n";
    expect(names(draft(text))).toEqual([
      ["Backblaze B2", "US"],
      ["Brevo", "FR"],
      ["Postmark (ActiveCampaign, LLC)", "US"],
    ]);
  });
});

describe("key-terms lines in every language", () => {
  it("reads notice and objection labels ('Ankündigungsfrist', 'Délai de préavis'), and no company from a period", () => {
    const de = draft("## Unterauftragnehmer\n\nAnkündigungsfrist für neue Unterauftragnehmer: 30 Tage\nWiderspruchsfrist: 14 Tage\n");
    expect([de.terms.priorNotice?.value, de.terms.objectionWindow?.value]).toEqual([
      { value: 30, unit: "days" },
      { value: 14, unit: "days" },
    ]);
    expect(names(de)).toEqual([]);
    const fr = draft("## Sous-traitants ultérieurs\n\nDélai de préavis : 30 jours\nDélai d'opposition : 15 jours\n");
    expect([fr.terms.priorNotice?.value, fr.terms.objectionWindow?.value]).toEqual([
      { value: 30, unit: "days" },
      { value: 15, unit: "days" },
    ]);
  });

  it("reads an audit frequency label as the cap", () => {
    expect(draft("## Key terms\n\nBreach notification: 48 hours\nAudit frequency: once per year\n").terms.auditMaxPerYear?.value).toBe(1);
  });
});

describe("hosting stated by a country's data centres, a region, or the law's exception", () => {
  const hosted = (text: string): string[] | undefined => {
    const t = draft(text).terms;
    return t.hostingAllowed?.value ?? t.hostingDeclared?.value;
  };

  it("reads a country's adjective beside its data centres or servers, in six languages", () => {
    expect(hosted("Belastbarkeit: Einsatz von ISO-zertifizierten deutschen Rechenzentren.\n")).toEqual(["DE"]);
    expect(hosted("All customer data is stored on German servers.\n")).toEqual(["DE"]);
    expect(hosted("Les données sont hébergées sur des serveurs français.\n")).toEqual(["FR"]);
    expect(hosted("Los datos se alojan en centros de datos españoles.\n")).toEqual(["ES"]);
    expect(hosted("I dati sono conservati su server italiani.\n")).toEqual(["IT"]);
    expect(hosted("Wij gebruiken uitsluitend Nederlandse datacenters.\n")).toEqual(["NL"]);
    // Servers outside a country are a transfer, not where data is.
    expect(hosted("Data may be copied to servers outside German jurisdiction.\n")).toBeUndefined();
  });

  it("gives no countries for a place that names a part of the world ('Europe', 'weltweit')", () => {
    expect(hosted("The Processor processes Customer Personal Data primarily in Europe and the United States.\n")).toBeUndefined();
    expect(hosted("Die Daten werden in Europa und in den USA gespeichert.\n")).toBeUndefined();
    // The European Union is a defined area, not a region; a provider's region names its place in brackets.
    expect(hosted("Customer Data is hosted in the European Union (Germany).\n")).toEqual(["DE"]);
    expect(hosted("Hosting: Microsoft Azure, West Europe (Netherlands)\n")).toEqual(["NL"]);
    expect(hosted("Customer Data is stored in the AWS Europe (Frankfurt) region.\n")).toEqual(["DE"]);
  });

  it("keeps a commitment whose only exception is the law's, and drops one on a condition", () => {
    expect(
      hosted("The Processor shall not process Personal Data outside the EEA, unless required to do so by Union or Member State law.\n"),
    ).toEqual(["EEA"]);
    expect(
      hosted("Der Auftragsverarbeiter verarbeitet Daten nicht außerhalb der EU, es sei denn, er ist gesetzlich verpflichtet.\n"),
    ).toEqual(["EEA"]);
    expect(
      hosted("The Processor shall not transfer Personal Data outside the EEA without the prior written consent of the Controller.\n"),
    ).toBeUndefined();
  });
});

describe("a sub-processor's country in its name", () => {
  it("reads 'Google Ireland Limited' as Irish when the text gives no place, and a place given first", () => {
    const d = draft(
      "The following Sub-processors are approved:\n\n* Amazon Web Services EMEA SARL\n* Google Ireland Limited\n* Microsoft Ireland Operations Limited\n* Deutsche Telekom AG\n",
    );
    expect(names(d)).toEqual([
      ["Amazon Web Services EMEA SARL", null],
      ["Google Ireland Limited", "IE"],
      ["Microsoft Ireland Operations Limited", "IE"],
      ["Deutsche Telekom AG", null],
    ]);
    const placed = draft("The following Sub-processors are approved:\n\n* Cloudflare Germany GmbH (United States)\n");
    expect(names(placed)).toEqual([["Cloudflare Germany GmbH", "US"]]);
  });
});

describe("a sub-processor's heading with its seat in brackets", () => {
  it("reads '### Vercel Inc. (Sitz: USA)' over labelled lines as the company, not as a label", () => {
    const text = [
      "## 5. Unterauftragsverhältnisse",
      "",
      "Für die Erbringung der Dienste ist derzeit folgender Unterauftragnehmer genehmigt:",
      "",
      "### Vercel Inc. (Sitz: USA)",
      "",
      "Funktion: Hosting, Serverless Functions & Content Delivery Network (CDN)",
      "Garantie für Drittlandtransfer: EU-Standardvertragsklauseln (SCC)",
      "",
      "### Hinweis zur Abgrenzung weiterer Dienste",
      "",
      "Dienste wie Google Workspace nutzt der Auftragnehmer nur für die eigene Geschäftsbeziehung.",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([["Vercel Inc.", "US"]]);
  });
});

describe("key-terms lines whose values open with a capital", () => {
  it("reads every family from 'Label: Value' lines, each line a sentence of its own", () => {
    const d = draft(
      [
        "## Key terms",
        "",
        "Objection period: Within 30 days of notice",
        "Advance notice of new sub-processors: At least 14 days",
        "Breach notification: Within 48 hours",
        "Audits: Once per year",
        "Governing law: The laws of Ireland",
        "Data location: Germany",
        "Retention of logs: Up to 90 days",
        "",
      ].join("\n"),
    ).terms;
    expect([t(d.objectionWindow), t(d.priorNotice), t(d.breachNotification)]).toEqual(["30 days", "14 days", "48 hours"]);
    expect([d.auditMaxPerYear?.value, d.governingLaw?.value, d.hostingAllowed?.value]).toEqual([1, "IE", ["DE"]]);
    expect(d.retention?.map((r) => t(r))).toEqual(["90 days"]);
    // No company from a label about sub-processors whose value is a period.
    expect(d.subprocessors ?? []).toEqual([]);
  });

  it("reads a breach label's value on its own line ('Data Breach Notification: Within 48 hours of discovery')", () => {
    expect(t(draft("Data Breach Notification: Within 48 hours of discovery\n").terms.breachNotification)).toBe("48 hours");
  });
});

describe("breaches named as a compromise or unauthorised processing, and notices communicated", () => {
  it("reads them with their deadlines", () => {
    const deadline = (text: string): string | undefined => t(draft(text).terms.breachNotification);
    expect(deadline("The Processor must alert the Controller to any compromise of Personal Data within 24 hours.\n")).toBe("24 hours");
    expect(
      deadline(
        "Supplier shall give Customer written notice of any actual or suspected unauthorised processing of Customer Personal Data within 2 business days.\n",
      ),
    ).toBe("2 working_days");
    expect(deadline("Data incidents will be communicated to the customer within one (1) business day.\n")).toBe("1 working_days");
    expect(deadline("Eine Kompromittierung personenbezogener Daten meldet der Auftragnehmer binnen 24 Stunden.\n")).toBe("24 hours");
    expect(deadline("Toute compromission de données est notifiée au client sous 48 heures.\n")).toBe("48 hours");
  });
});

describe("key-terms lists in five more languages", () => {
  const lists: Array<[string, string[]]> = [
    [
      "de",
      [
        "## Eckdaten",
        "",
        "Widerspruchsfrist: Innerhalb von 14 Tagen nach Mitteilung",
        "Vorankündigung neuer Unterauftragnehmer: Mindestens 30 Tage",
        "Meldung von Datenschutzverletzungen: Innerhalb von 24 Stunden",
        "Kontrollen: Einmal pro Jahr",
      ],
    ],
    [
      "fr",
      [
        "## Conditions principales",
        "",
        "Délai d'opposition : 14 jours à compter de la notification",
        "Préavis pour les nouveaux sous-traitants ultérieurs : 30 jours",
        "Notification des violations de données : Sous 24 heures",
        "Audits : Une fois par an",
      ],
    ],
    [
      "es",
      [
        "## Términos clave",
        "",
        "Plazo de oposición: 14 días desde la notificación",
        "Preaviso de nuevos subencargados: 30 días",
        "Notificación de violaciones de seguridad: En un plazo de 24 horas",
        "Auditorías: Una vez al año",
      ],
    ],
    [
      "it",
      [
        "## Termini principali",
        "",
        "Termine per l'opposizione: 14 giorni dalla comunicazione",
        "Preavviso per nuovi sub-responsabili: 30 giorni",
        "Notifica delle violazioni dei dati: Entro 24 ore",
        "Audit: Una volta all'anno",
      ],
    ],
    [
      "nl",
      [
        "## Kerngegevens",
        "",
        "Bezwaartermijn: 14 dagen na kennisgeving",
        "Kennisgevingstermijn nieuwe subverwerkers: 30 dagen",
        "Melding van datalekken: Binnen 24 uur",
        // Dutch capitalises "één" as "Eén".
        "Controles: Eén keer per jaar",
      ],
    ],
  ];
  for (const [language, lines] of lists)
    it(`reads the objection window, prior notice, breach deadline and audit cap in ${language}, and no company`, () => {
      const d = draft(`${lines.join("\n")}\n`).terms;
      expect([t(d.objectionWindow), t(d.priorNotice), t(d.breachNotification), d.auditMaxPerYear?.value]).toEqual([
        "14 days",
        "30 days",
        "24 hours",
        1,
      ]);
      expect(d.subprocessors ?? []).toEqual([]);
    });
});

describe("list lines with an address before a note, and a header line among the entries", () => {
  it("reads 'Name, City, Country (purpose)' items with the address's country", () => {
    const d = draft(
      "The Processor engages the following sub-processors:\n\n* Microsoft Ireland Operations Limited, Dublin, Ireland (hosting)\n* Twilio Inc., San Francisco, USA (SMS)\n",
    );
    expect(names(d)).toEqual([
      ["Microsoft Ireland Operations Limited", "IE"],
      ["Twilio Inc.", "US"],
    ]);
  });

  it("takes no company from a line of column words ('Name (Country) - Purpose')", () => {
    const d = draft("## Sub-processors\n\nName (Country) - Purpose\nVercel Inc. (USA) - Hosting\nResend (USA) - Email\n");
    expect(names(d)).toEqual([
      ["Vercel Inc.", "US"],
      ["Resend", "US"],
    ]);
  });
});

describe("a governing law that governs", () => {
  it("reads 'the law of Sweden shall govern this DPA', not laws that govern a party", () => {
    expect(draft("The parties agree that the law of Sweden shall govern this DPA.\n").terms.governingLaw?.value).toBe("SE");
    expect(draft("The laws of the United States govern the data importer.\n").terms.governingLaw).toBeUndefined();
  });
});

describe("data that remains in the EU/EEA", () => {
  it("reads 'remains within the EEA' in six languages", () => {
    const sentences = [
      "The Processor shall ensure that Personal Data remains within the European Economic Area.\n",
      "Die personenbezogenen Daten verbleiben innerhalb der Europäischen Union.\n",
      "Les données à caractère personnel restent dans l'Union européenne.\n",
      "Los datos personales permanecen en la Unión Europea.\n",
      "I dati personali rimangono all'interno dell'Unione Europea.\n",
      "De persoonsgegevens blijven binnen de Europese Unie.\n",
    ];
    for (const text of sentences) expect(draft(text).terms.hostingDeclared?.value, text).toEqual(["EEA"]);
  });
});

describe("objection windows said with the notice, or with the act at the end", () => {
  it("reads a notice 'during which' the customer may object as both terms", () => {
    const d = draft("We will give you 30 days' notice before we add a sub-processor, during which you may object.\n").terms;
    expect([t(d.priorNotice), t(d.objectionWindow)]).toEqual(["30 days", "30 days"]);
  });

  it("reads 'innerhalb von zwei Wochen nach Zugang ... Einspruch gegen ... erheben' as the window", () => {
    const d = draft(
      "Der Auftraggeber kann innerhalb von zwei Wochen nach Zugang der Information Einspruch gegen den neuen Unterauftragnehmer erheben.\n",
    ).terms;
    expect(t(d.objectionWindow)).toBe("14 days");
    // A period counted from the objection is still no window.
    expect(
      draft(
        "Können sich die Parteien nicht innerhalb von 30 Tagen nach Zugang des Einspruchs gegen den Unterauftragnehmer einigen, kann der Auftraggeber kündigen.\n",
      ).terms.objectionWindow,
    ).toBeUndefined();
  });
});

describe("a deleting's category is what it deletes", () => {
  it("names the category from the deleted object, so one deleting restated in other words is one term", () => {
    const d = draft(
      [
        "2. Deletion: After 30-day grace period, Processor permanently deletes all Personal Data from production systems.",
        "",
        "3. After 30 days, Processor permanently deletes all Personal Data (except legally required records).",
        "",
        "4. Backups: the Processor deletes all backups within 90 days.",
        "",
      ].join("\n"),
    );
    expect(d.terms.retention?.map((r) => [r.category, t(r)])).toEqual([
      ["personal-data", "30 days"],
      ["backups", "90 days"],
    ]);
  });

  it("drops the digits of '30-day' from a category without leaving a dash", () => {
    expect(draft("- 30-day retention for export\n").terms.retention?.map((r) => r.category)).toEqual(["retention-export"]);
  });
});

describe("sub-processors listed in a sentence, each with its place in brackets", () => {
  it("reads 'Our sub-processors are X (hosting, USA) and Y (payments, USA)'", () => {
    expect(names(draft("Our sub-processors are Amazon Web Services, Inc. (hosting, USA) and Stripe, Inc. (payments, USA).\n"))).toEqual([
      ["Amazon Web Services, Inc.", "US"],
      ["Stripe, Inc.", "US"],
    ]);
  });

  it("ends each name at its bracket, an article before it no part of it", () => {
    const d = draft(
      "Der Auftragnehmer setzt folgende Unterauftragnehmer ein: Hetzner Online GmbH (Deutschland) für das Hosting und die Brevo SAS (Frankreich) für den E-Mail-Versand.\n",
    );
    expect(names(d)).toEqual([
      ["Hetzner Online GmbH", "DE"],
      ["Brevo SAS", "FR"],
    ]);
  });

  it("takes no list from 'are' far from the sub-processor word", () => {
    const d = draft(
      "The Processor acts as a sub-processor on behalf of another data processor that processes Personal Data on behalf of its customers, which are Data Controllers.\n",
    );
    expect(names(d)).toEqual([]);
  });
});

describe("keeping and destroying in Spanish and Italian", () => {
  it("reads 'se mantienen durante' and 'distrugge ... entro'", () => {
    expect(draft("Las copias de seguridad se mantienen durante 30 días.\n").terms.retention?.map((r) => t(r))).toEqual(["30 days"]);
    expect(
      draft("Al termine del contratto, il Responsabile restituisce o distrugge i dati entro 60 giorni.\n").terms.retention?.map((r) =>
        t(r),
      ),
    ).toEqual(["60 days"]);
  });
});

describe("French data that resides somewhere", () => {
  it("reads 'Les données résident en France', not people who reside there", () => {
    expect(
      draft("Les données résident en France, dans les centres de données d'OVHcloud à Roubaix.\n").terms.hostingAllowed?.value,
    ).toEqual(["FR"]);
    expect(draft("Les personnes concernées qui résident en France peuvent exercer leurs droits.\n").terms.hostingAllowed).toBeUndefined();
  });
});

describe("a Dutch verwerkersovereenkomst's numbered headings and 'VS'", () => {
  it("takes no company from numbered headings under the sub-processor section, and reads 'VS' as the United States", () => {
    const text = [
      "## 7. Sub-verwerkers",
      "",
      "### 7.1 Toestemming",
      "Verwerkingsverantwoordelijke verleent Verwerker algemene schriftelijke toestemming om sub-verwerkers in te schakelen.",
      "",
      "### 7.2 Huidige sub-verwerkers",
      "De volgende sub-verwerkers worden ingezet:",
      "",
      "| Sub-verwerker | Dienst | Locatie |",
      "|---|---|---|",
      "| Google LLC | OAuth-authenticatie | VS |",
      "| TransIP B.V. | DNS-beheer | Nederland |",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["Google LLC", "US"],
      ["TransIP B.V.", "NL"],
    ]);
  });
});

describe("a retention column written out one cell a paragraph", () => {
  it("reads a period that opens a cell under the table's retention header, however far below it", () => {
    const text = [
      "BIJLAGE A: Details van gegevensverwerking",
      "",
      "GEGEVENSCATEGORIEËN",
      "",
      "BEWAARTERMIJN",
      "",
      "Algemene informatie",
      "",
      "De gehele duur van de overeenkomst.",
      "",
      "Transactie-e-mails",
      "",
      "Er wordt geen geschiedenis opgeslagen.",
      "",
      "CRM-contact",
      "",
      "3 jaar na de laatste actieve uitwisseling met de klant.",
      "",
    ].join("\n");
    expect(draft(text).terms.retention?.map((r) => t(r))).toEqual(["3 years"]);
    // Without the column header, a period opening a line is no retention.
    expect(draft(text.replace("BEWAARTERMIJN", "OPMERKINGEN")).terms.retention ?? []).toEqual([]);
  });
});

describe("policy draft, ninth round: words of other acts and other languages, laws named under their heading, placeholders", () => {
  it("reads no retention from an English word that holds a Spanish or Italian deleting stem (cancellation, cancelled)", () => {
    for (const text of [
      "Vendor shall notify PureTask of any material change or cancellation within 15 days.\n",
      "The Processor shall inform the Controller of a cancelation of its insurance within 15 days.\n",
      "If the policy is cancelled, the Processor shall tell the Controller within 10 days.\n",
    ])
      expect(draft(text).terms.retention, text).toEqual([]);
    // The stems still delete in their own languages.
    expect(draft("I dati personali saranno cancellati entro 30 giorni dalla cessazione del contratto.\n").terms.retention?.map(t)).toEqual([
      "30 days",
    ]);
    expect(draft("Los datos personales serán cancelados en un plazo de 30 días desde la terminación.\n").terms.retention?.map(t)).toEqual([
      "30 days",
    ]);
  });

  it("reads a written confirmation's deadline as no retention, a deleting before the confirmation as one", () => {
    for (const text of [
      "Vendor shall certify in writing the completion of return or deletion within 30 days of termination.\n",
      "Le Sous-traitant atteste par écrit de la suppression des données dans un délai de 30 jours.\n",
      "Il Responsabile certifica per iscritto la cancellazione dei dati entro 30 giorni.\n",
    ])
      expect(draft(text).terms.retention, text).toEqual([]);
    expect(
      draft("The Processor shall delete all Personal Data and certify the deletion within 30 days of termination.\n").terms.retention?.map(
        t,
      ),
    ).toEqual(["30 days"]);
  });

  it("reads no breach deadline from a notice given ahead of an audit that mentions incidents", () => {
    for (const text of [
      "PureTask, upon at least 30 days' prior written notice (shorter notice in case of a material Security Incident or regulatory request), and not more than once per calendar year, may audit Vendor's compliance with this DPA.\n",
      "PureTask, upon at least **30 days'** prior written notice (shorter notice in case of a material Security Incident), may audit Vendor's compliance.\n",
    ]) {
      const d = draft(text);
      expect(d.terms.breachNotification, text).toBeUndefined();
      expect(t(d.terms.auditNotice)).toBe("30 days");
    }
    expect(t(draft("The Processor shall notify the Controller of any Security Incident within 48 hours.\n").terms.breachNotification)).toBe(
      "48 hours",
    );
  });

  it("reads a country's law named in the first paragraph under a governing-law heading", () => {
    const cases: Array<[string, string]> = [
      ["12.2 Governing Law\n\nThe law specified in the Principal Agreement, or if none, California law.\n", "US"],
      ["### 12.2 Governing Law\n\nThe law of the Principal Agreement; failing that, English law.\n", "GB"],
      ["15. Droit applicable\n\nLe droit du contrat principal, à défaut le droit français.\n", "FR"],
      ["15. Anwendbares Recht\n\nDas Recht des Hauptvertrags, hilfsweise deutsches Recht.\n", "DE"],
      ["15. Legge applicabile\n\nLa legge del contratto principale o, in mancanza, la legge italiana.\n", "IT"],
      ["15. Ley aplicable\n\nLa ley del contrato principal o, en su defecto, la ley española.\n", "ES"],
      ["15. Toepasselijk recht\n\nHet recht van de hoofdovereenkomst, anders Nederlands recht.\n", "NL"],
    ];
    for (const [text, code] of cases) expect(draft(text).terms.governingLaw?.value, text).toBe(code);
    // Under another heading, or with no country beside the word, nothing.
    expect(
      draft("12.2 Term\n\nThe law specified in the Principal Agreement, or if none, California law.\n").terms.governingLaw,
    ).toBeUndefined();
    expect(draft("12.2 Governing Law\n\nThe law specified in the Principal Agreement.\n").terms.governingLaw).toBeUndefined();
  });

  it("reads no governing law from a statute named after its country", () => {
    const definition =
      "Data Protection Laws means all applicable laws governing the processing of Personal Data, including the California Consumer Privacy Act (CCPA) as amended by the California Privacy Rights Act (CPRA), and the UK Data Protection Act 2018.\n";
    expect(draft(definition).terms.governingLaw).toBeUndefined();
    const d = draft(
      `${definition}\nThis Addendum is governed by the same law and venue as the Agreement (California law, Sacramento County).\n`,
    );
    expect(d.terms.governingLaw?.value).toBe("US");
    expect(d.terms.governingLaw?.quote).toContain("governed by the same law");
  });

  it("reads where data is processed on infrastructure located in a country, in six languages", () => {
    const cases: Array<[string, string]> = [
      ["ContentRX Processes Personal Data on infrastructure located in the United States.", "US"],
      ["Der Auftragsverarbeiter verarbeitet die Daten auf einer Infrastruktur in Deutschland.", "DE"],
      ["Les données sont traitées sur une infrastructure située en France.", "FR"],
      ["Los datos se tratan en una infraestructura ubicada en España.", "ES"],
      ["I dati sono trattati su un'infrastruttura situata in Italia.", "IT"],
      ["De gegevens worden verwerkt op infrastructuur in Nederland.", "NL"],
    ];
    for (const [text, code] of cases) expect(draft(`${text}\n`).terms.hostingAllowed?.value, text).toEqual([code]);
  });

  it("reads the countries named within the EU beside the EU itself, in English and French", () => {
    for (const text of [
      "Personal data is stored and processed within the European Union, primarily in Germany and France.\n",
      "Toutes les Données sont stockées et traitées au sein de l'Union européenne, principalement en Allemagne (Francfort) et en France.\n",
    ]) {
      const d = draft(text);
      expect(d.terms.hostingAllowed?.value, text).toEqual(["DE", "FR"]);
      expect(d.terms.hostingDeclared?.value, text).toEqual(["EEA"]);
    }
    expect(draft("Les données sont hébergées au sein de l'Union européenne.\n").terms.hostingDeclared?.value).toEqual(["EEA"]);
    // The EU as where one of several places is, not first: no commitment.
    expect(
      draft("We store customer data in the United States and backups in the European Union (Germany).\n").terms.hostingDeclared,
    ).toBeUndefined();
  });

  it("reads French backups purged within a period as retention", () => {
    expect(draft("Les sauvegardes sont purgées dans un délai maximum de 90 jours.\n").terms.retention?.map(t)).toEqual(["90 days"]);
  });

  it("reads a name cell a PDF ran into the next cell after its legal form", () => {
    const text = [
      "Annexe 3 — Liste des sous-traitants ultérieurs autorisés",
      "",
      "Sous-traitant | Rôle | Localisation | Catégories de Données",
      "OVH SAS | Hébergement | France (UE) | Adresse email",
      "Stripe Payments Europe LtdEncaissement des abonnements Irlande (UE) | Email, nom, RIB",
      "",
    ].join("\n");
    expect(names(draft(text))).toEqual([
      ["OVH SAS", "FR"],
      ["Stripe Payments Europe Ltd", "IE"],
    ]);
  });

  it("reads an objection window named by a defined term after it, which is no objection it counts from", () => {
    const d = draft(
      "We shall notify You at least four (4) weeks before engaging any new sub-processor(s). You may object to any new sub-processor(s) on reasonable grounds by providing written notice to Us within fourteen (14) days after having received such notice (“Objection Period”).\n",
    );
    expect(t(d.terms.objectionWindow)).toBe("14 days");
    expect(t(d.terms.priorNotice)).toBe("28 days");
    // A period that does count from the objection is still none.
    expect(
      draft(
        "You may object to a new sub-processor. If the parties cannot agree within 30 days of receipt of the objection, You may terminate.\n",
      ).terms.objectionWindow,
    ).toBeUndefined();
  });

  it("reads one audit per calendar year in the singular, in six languages", () => {
    for (const text of [
      "Die Prüfungen sind auf eine Prüfung pro Kalenderjahr beschränkt.",
      "Les audits sont limités à un audit par année civile.",
      "Las auditorías se limitan a una auditoría por año natural.",
      "Le verifiche sono limitate a una verifica per anno solare.",
      "De audits zijn beperkt tot één controle per kalenderjaar.",
      "Audits are limited to one inspection per calendar year.",
    ])
      expect(draft(`${text}\n`).terms.auditMaxPerYear?.value, text).toBe(1);
  });

  it('cites a clause whose heading line opens in lower case over its numbered parts ("§ 7 weitere Auftragsverarbeiter")', () => {
    const d = draft(
      "§ 6 Nachweise\n\nDie Prüfungen sind auf eine Prüfung pro Kalenderjahr beschränkt.\n\n§ 7 weitere Auftragsverarbeiter (Subunternehmer)\n(1) Vor Hinzuziehung oder Ersetzung der Subunternehmer informiert der Auftragnehmer den Auftraggeber mit einer Frist von 4 Wochen.\n",
    );
    expect(d.terms.priorNotice?.clause).toMatch(/^§ 7\b/);
    expect(d.terms.auditMaxPerYear?.clause).toMatch(/^§ 6\b/);
    // A sentence that names an annex and goes on in lower case on its next line is no heading.
    expect(
      draft(
        "Annex A sets out the subject matter\nof the processing.\n\nThe Processor shall notify the Controller within 48 hours of a personal data breach.\n",
      ).terms.breachNotification?.clause,
    ).not.toMatch(/^Annex/);
  });

  it('reads verbs that end in an accented letter, past the ASCII-only word boundary ("tratará", "tratterà", "localisée")', () => {
    const cases: Array<[string, string]> = [
      ["El Encargado tratará los datos personales exclusivamente en España.", "ES"],
      ["Il Responsabile tratterà i dati esclusivamente in Italia.", "IT"],
      ["La plateforme est localisée en France.", "FR"],
    ];
    for (const [text, code] of cases) expect(draft(`${text}\n`).terms.hostingAllowed?.value, text).toEqual([code]);
  });

  it('reads French relative times ("H+24", "J+1 ouvré", "J+30") as periods', () => {
    expect(
      t(
        draft("Le Prestataire notifie au Client toute violation de données à caractère personnel à H+24 au plus tard.\n").terms
          .breachNotification,
      ),
    ).toBe("24 hours");
    expect(
      t(draft("Le Prestataire notifie au Client toute violation de données dans un délai de J+1 ouvré.\n").terms.breachNotification),
    ).toBe("1 working_days");
    expect(draft("Les sauvegardes sont supprimées à J+30 après la fin du contrat.\n").terms.retention?.map(t)).toEqual(["30 days"]);
    // A plus sign after another letter, or with no number, is none.
    expect(draft("La formule H+ est une marque. Le modèle A+1 est supprimé.\n").terms.retention).toEqual([]);
  });

  it("reads a notice under a section about breaches by its sub-heading: the breach's notification, not a regulator's inquiry", () => {
    const text = [
      "## 8. Security Incidents and Regulatory Cooperation",
      "",
      "8.1 Notification",
      "",
      "Vendor shall notify PureTask of any Security Incident without undue delay and in any event within forty-eight (48) hours of becoming aware of it.",
      "",
      "8.5 Regulatory Inquiries and Investigations",
      "",
      "If Vendor receives any inquiry from a privacy regulator, Vendor shall:",
      "",
      "(a) Notify PureTask within 3 business days of receipt (or sooner if required by law);",
      "",
    ].join("\n");
    const d = draft(text);
    expect(t(d.terms.breachNotification)).toBe("48 hours");
    expect(d.terms.breachNotification?.readings).toBeUndefined();
    // A sub-heading about the notice itself stays under the breach section.
    const notice = draft(
      "## 9. Personal Data Breaches\n\n9.1 Notification\n\nThe Processor shall inform the Controller in writing without undue delay and at the latest within 36 hours after becoming aware of it, giving the details it has.\n",
    );
    expect(t(notice.terms.breachNotification)).toBe("36 hours");
  });

  it("reads a yearly audit a right or permission gives as once a year, in six languages", () => {
    for (const text of [
      "De verantwoordelijke heeft het recht om jaarlijks op eigen kosten een audit te laten uitvoeren.",
      "Der Auftraggeber ist berechtigt, jährlich eine Prüfung beim Auftragnehmer durchzuführen.",
      "Le Client peut faire réaliser annuellement un audit à ses frais.",
      "El Cliente podrá realizar anualmente una auditoría a su cargo.",
      "Il Cliente può effettuare ogni anno un audit a proprie spese.",
      "The Customer may request an audit annually at its own cost.",
    ])
      expect(draft(`${text}\n`).terms.auditMaxPerYear?.value, text).toBe(1);
  });

  it("ends a list of sub-processors inside a sentence where the sentence goes on after a semicolon", () => {
    expect(
      names(
        draft(
          "De verwerker maakt voor het verwerken van de persoonsgegevens gebruik van de volgende subverwerker(s): Diloskcor, gevestigd in Utrecht; en zal geen andere sub-verwerkers inschakelen, tenzij hij hiervoor toestemming heeft gekregen.\n",
        ),
      ),
    ).toEqual([["Diloskcor", null]]);
    expect(
      names(
        draft(
          "The Processor uses the following sub-processors: Acme Hosting GmbH (Germany); Example Mail Ltd (Ireland); and shall not engage any other sub-processor without consent.\n",
        ),
      ),
    ).toEqual([
      ["Acme Hosting GmbH", "DE"],
      ["Example Mail Ltd", "IE"],
    ]);
  });

  it('reads processing done from a country, data not taken out of one ("hors de"), and the EU\'s territory in Italian', () => {
    const allowed: Array<[string, string]> = [
      ["Les traitements sont réalisés exclusivement depuis la France.", "FR"],
      ["Les données ne sont pas transférées hors de France.", "FR"],
      ["Processing is carried out exclusively from Germany.", "DE"],
    ];
    for (const [text, code] of allowed) expect(draft(`${text}\n`).terms.hostingAllowed?.value, text).toEqual([code]);
    expect(
      draft("Il trattamento dei dati avviene esclusivamente sul territorio dell'Unione Europea.\n").terms.hostingDeclared?.value,
    ).toEqual(["EEA"]);
  });

  it("reads French, Spanish and Italian retention nouns, and a keeping of incidents' logs, as retention", () => {
    const cases: Array<[string, string]> = [
      ["Les données de sauvegarde ont une durée de rétention de 14 jours.", "14 days"],
      ["La rétention des sauvegardes est de 35 jours.", "35 days"],
      ["Les journaux d'incidents de sécurité sont conservés 1 an.", "1 years"],
      ["Security incident logs are retained for 12 months.", "12 months"],
    ];
    for (const [text, period] of cases) expect(draft(`${text}\n`).terms.retention?.map(t), text).toEqual([period]);
    // The breach's own deadline stays the breach's, the logs' keeping after the semicolon is retention.
    const d = draft(
      "Le Prestataire informe le Client de toute violation de données dans les 24 heures ; les journaux associés sont conservés 6 mois.\n",
    );
    expect(t(d.terms.breachNotification)).toBe("24 hours");
    expect(d.terms.retention?.map(t)).toEqual(["6 months"]);
    // A deleting inside a breach's own definition is no keeping ("... destruction, loss ...").
    expect(
      draft(
        "If we become aware of any accidental or unlawful security breach, destruction, loss or disclosure of personal data, we shall without undue delay (not later than 48 hours after having become aware of it) notify the customer.\n",
      ).terms.retention,
    ).toEqual([]);
  });

  it('reads a least time kept ("for a minimum period of") as no retention, in six languages', () => {
    for (const text of [
      "Processor shall keep a record of any Disclosure for a minimum period of six months.",
      "Die Protokolle werden für eine Mindestdauer von sechs Monaten aufbewahrt.",
      "Les journaux sont conservés pendant une durée minimale de six mois.",
      "Los registros se conservan durante un período mínimo de seis meses.",
      "I registri sono conservati per un periodo minimo di sei mesi.",
      "De logbestanden worden gedurende een minimale periode van zes maanden bewaard.",
    ])
      expect(draft(`${text}\n`).terms.retention, text).toEqual([]);
  });

  it("reads each row of a key-terms table as a term of its own, Markdown's and a PDF's", () => {
    const rows = [
      ["Term", "Value"],
      ["Governing law", "The laws of France"],
      ["Data location", "France"],
      ["Personal data breach notification", "Without undue delay and in any event within 24 hours of becoming aware"],
      ["Deletion after termination", "Within 30 days"],
      ["Notice of new sub-processors", "30 days in advance"],
      ["Objection period", "15 days from the notice"],
      ["Audits", "Once per calendar year"],
    ];
    const markdown = `## Key Terms\n\n${rows.map((r, k) => `| ${r.join(" | ")} |${k === 0 ? "\n|---|---|" : ""}`).join("\n")}\n`;
    const pdfText = `## Key Terms\n\n${rows.map((r) => r.join(" | ")).join("\n")}\n`;
    for (const text of [markdown, pdfText]) {
      const d = draft(text);
      expect(d.terms.governingLaw?.value, text).toBe("FR");
      expect(d.terms.hostingAllowed?.value).toEqual(["FR"]);
      expect(t(d.terms.breachNotification)).toBe("24 hours");
      expect(d.terms.retention?.map(t)).toEqual(["30 days"]);
      expect(t(d.terms.priorNotice)).toBe("30 days");
      expect(t(d.terms.objectionWindow)).toBe("15 days");
      expect(d.terms.auditMaxPerYear?.value).toBe(1);
      // Each term quotes its own row.
      expect(d.terms.objectionWindow?.quote).toMatch(/^\|? ?Objection period \| 15 days from the notice/);
    }
  });

  it("reads one retention period that the same provision of law sets, said in the body and again in an annex, once", () => {
    const text = [
      "10. Conservation légale : sont conservées au-delà de ces délais uniquement les factures émises, conservées 10 ans, art. L123-22 du Code de commerce.",
      "",
      "Annexe 1",
      "",
      "Élément | Description",
      "Catégories | Données d'identification",
      "Durée de conservation | Factures émises : 10 ans (art. L123-22 du Code de commerce)",
      "",
    ].join("\n");
    expect(draft(text).terms.retention?.map(t)).toEqual(["10 years"]);
    // Two periods under different provisions stay two.
    expect(
      draft(
        "Les factures sont conservées 10 ans (art. L123-22 du Code de commerce). Les bulletins sont conservés 5 ans (art. L3243-4 du Code du travail).\n",
      ).terms.retention?.map(t),
    ).toEqual(["10 years", "5 years"]);
  });

  it("reads no governing law from what is governed by something other than a law (an adequacy decision)", () => {
    expect(
      draft(
        "If the UK GDPR protects the transfer, and the transfer is not governed by an adequacy decision made by the United Kingdom Secretary of State, the parties are deemed to have signed the UK Addendum.\n",
      ).terms.governingLaw,
    ).toBeUndefined();
    expect(
      draft("This Agreement will be governed by and construed in accordance with Belgian legislation.\n").terms.governingLaw?.value,
    ).toBe("BE");
  });

  it("reads records maintained for a period as retention, and splits sentences that open with inline markup (Common Paper's)", () => {
    const d = draftFromText(
      {
        name: "dpa.md",
        format: "markdown",
        text: '## Audit\n\nCustomer will only exercise its audit rights by instructing <span class="keyterms_link">Provider</span> to comply with the reporting requirements below. <span class="keyterms_link">Provider</span> will maintain records of its compliance with this DPA for 3 years after the DPA ends.\n',
      },
      "x",
    );
    expect(d.terms.retention?.map(t)).toEqual(["3 years"]);
    expect(d.terms.retention?.[0]?.quote).toMatch(/^<span class="keyterms_link">Provider<\/span> will maintain records/);
  });

  it("reads a Common Paper cover page's governing member state, and a governing state in a key-terms row", () => {
    expect(draft("Governing Member State: Ireland\n").terms.governingLaw?.value).toBe("IE");
    expect(
      draft("| Term | Value |\n|---|---|\n| Governing Member State | Ireland |\n| Provider Security Contact | security@example.com |\n")
        .terms.governingLaw?.value,
    ).toBe("IE");
    expect(
      draft("| Term | Value |\n|---|---|\n| Governing state | Delaware |\n| Breach notice | 48 hours |\n").terms.governingLaw?.value,
    ).toBe("US");
  });

  it("reads each row of a service-level table of three columns as a term of its own, in English and French", () => {
    const en = draft(
      "## Annex 3 – Service Levels\n\n| Event | Obligation | Deadline |\n|---|---|---|\n| Personal data breach | Notify the Customer | 24 hours |\n| New sub-processor | Notify the Customer in advance | 30 days |\n| Objection to a sub-processor | Customer may object | 14 days |\n| Termination | Delete all personal data | 30 days |\n",
    );
    expect([t(en.terms.breachNotification), t(en.terms.priorNotice), t(en.terms.objectionWindow)]).toEqual([
      "24 hours",
      "30 days",
      "14 days",
    ]);
    expect(en.terms.retention?.map(t)).toEqual(["30 days"]);
    const fr = draft(
      "## Délais\n\n| Événement | Engagement | Délai |\n|---|---|---|\n| Violation de données | Notification au Client | 24 heures |\n| Nouveau sous-traitant | Information préalable du Client | 30 jours |\n| Fin du contrat | Suppression des données | 60 jours |\n",
    );
    expect([t(fr.terms.breachNotification), t(fr.terms.priorNotice)]).toEqual(["24 hours", "30 days"]);
    expect(fr.terms.retention?.map(t)).toEqual(["60 days"]);
  });

  it("reads no sub-processor from a template's example rows or a partner not chosen yet", () => {
    const table = [
      "Schedule 2 — Authorized Sub-Processors",
      "",
      "| Sub-Processor Name | Function | Location |",
      "|---|---|---|",
      "| [E.g., AWS] | Cloud hosting | United States |",
      "| e.g. Datadog | Monitoring and logging | United States |",
      "| Hosting partner for Managed Email (TBD) | Mailbox hosting | EU |",
      "| Partenaire d'hébergement (à définir) | Hébergement | France |",
      "| Stripe, Inc. | Payments | United States |",
      "",
    ].join("\n");
    expect(names(draftFromText({ name: "dpa.md", format: "markdown", text: table }, "x"))).toEqual([["Stripe, Inc.", "US"]]);
  });
});

describe("policy draft, tenth round: breaches, notices and places however written", () => {
  it("reads a German breach in the singular ('Verstoß') and a separable verb across an abbreviated unit", () => {
    const d = draft(
      "Der Auftragnehmer unterrichtet den Auftraggeber über jeden Verstoß gegen Vorschriften zum Schutz personenbezogener Daten innerhalb von 24 Stunden.\n",
    );
    expect(t(d.terms.breachNotification)).toBe("24 hours");
    expect(
      t(
        draft("§ 9 Meldung\n\nDer Auftragnehmer teilt dem Auftraggeber eine Datenpanne innerhalb von 72 Std. mit.\n").terms
          .breachNotification,
      ),
    ).toBe("72 hours");
    // A breach of the contract in the singular is still no data breach.
    expect(
      draft(
        "Der Auftraggeber kann bei einem schwerwiegenden Verstoß des Auftragnehmers gegen diesen Vertrag innerhalb von 14 Tagen kündigen.\n",
      ).terms.breachNotification,
    ).toBeUndefined();
  });

  it("reads 'tell', a French 'brèche', and a notice whose deadline is an item of the list after 'The notification shall:'", () => {
    expect(
      t(draft("We will tell you about any Personal Data Breach within 72 hours of becoming aware of it.\n").terms.breachNotification),
    ).toBe("72 hours");
    expect(t(draft("Toute brèche de sécurité est signalée au Client dans un délai de 24 heures.\n").terms.breachNotification)).toBe(
      "24 hours",
    );
    const d = draft(
      "6. Incidents\n\nIn the event of a Personal Data Breach, the Processor shall notify the Controller. The notification shall:\n\n(a) be made within 24 hours of the Processor becoming aware of the breach;\n\n(b) describe the nature of the breach.\n",
    );
    expect(t(d.terms.breachNotification)).toBe("24 hours");
    // A list after a colon that is not the notice gives no deadline.
    expect(
      draft(
        "In the event of a Personal Data Breach, the Processor shall notify the Controller. The Processor shall also:\n\n(a) keep records for 24 months;\n\n(b) cooperate with the Controller.\n",
      ).terms.breachNotification,
    ).toBeUndefined();
  });

  it("reads a notice in the sentence after one naming the breach without notice, in the same paragraph", () => {
    for (const text of [
      "Le Prestataire met en œuvre un processus de gestion des incidents de sécurité. Le Client est informé dans les 24 heures.\n",
      "Vendor maintains incident response procedures for Security Incidents. Customer will be notified within 24 hours of detection.\n",
    ])
      expect(t(draft(text).terms.breachNotification), text).toBe("24 hours");
    // Not a sentence that notifies nothing, nor one in the next paragraph, nor a long period.
    for (const text of [
      "Vendor maintains incident response procedures for Security Incidents. Incident logs are kept for 2 days.\n",
      "Vendor maintains incident response procedures for Security Incidents.\n\nCustomer will be notified of changes within 24 hours.\n",
      "Vendor maintains incident response procedures for Security Incidents. Customer will be informed of the review within 30 days.\n",
    ])
      expect(t(draft(text).terms.breachNotification), text).toBeUndefined();
  });

  it("reads 72 hours as the processor's own when its notice to the controller comes after the authority is named", () => {
    for (const text of [
      "Afin de permettre au Client de respecter ses obligations envers l'autorité de contrôle, le Prestataire notifie au Client toute violation dans un délai de 72 heures.\n",
      "Um dem Auftraggeber die Meldung an die Aufsichtsbehörde zu ermöglichen, meldet der Auftragnehmer Datenschutzverletzungen innerhalb von 72 Stunden.\n",
    ])
      expect(t(draft(text).terms.breachNotification), text).toBe("72 hours");
    // The authority's own deadline (Art. 33(1) GDPR) stays the controller's.
    for (const text of [
      "Le Prestataire notifie au Client toute violation de données à caractère personnel dans un délai permettant au Client de notifier l'autorité de contrôle dans les 72 heures.\n",
      "The Processor shall assist the Controller in notifying the supervisory authority within 72 hours of a personal data breach.\n",
    ])
      expect(t(draft(text).terms.breachNotification), text).toBeUndefined();
  });

  it("reads a section headed by the bare word ('## Breaches', '7. Incidents') as about breaches", () => {
    for (const heading of ["## Breaches", "## 7. Incidents", "## § 9 Vorfälle"]) {
      const d = draftFromText(
        {
          name: "dpa.md",
          format: "markdown",
          text: `# DPA\n\n${heading}\n\n- Notice: within 24 hours\n- Content: the nature of the breach\n`,
        },
        "x",
      );
      expect(t(d.terms.breachNotification), heading).toBe("24 hours");
    }
    // A heading about breaches of the contract is not.
    const d = draftFromText(
      { name: "dpa.md", format: "markdown", text: "# DPA\n\n## Breach of this Agreement\n\n- Notice: within 24 hours\n" },
      "x",
    );
    expect(d.terms.breachNotification).toBeUndefined();
  });

  it("reads a German deleting on the controller's request as a keeping: 'des Verantwortlichen' is no time to answer", () => {
    const text = "Auf Anfrage des Verantwortlichen werden die Daten innerhalb von 5 Werktagen gelöscht.\n";
    expect(draft(text).terms.retention.map((r) => r.value)).toEqual([{ value: 5, unit: "working_days" }]);
    // A time to answer stays one ("Beantwortung von Anfragen innerhalb von 5 Werktagen").
    expect(draft("Die Beantwortung von Anfragen erfolgt innerhalb von 5 Werktagen.\n").terms.retention).toEqual([]);
  });

  it("takes no period of a deleting after a breach notice as its deadline ('Automatische Datenlöschung nach 90 Tagen')", () => {
    for (const text of [
      "### C. Verfügbarkeit\n\nSofortige Benachrichtigung des Auftraggebers bei Datenpannen via Telegram\n\nAutomatische Datenlöschung nach 90 Tagen im CRM\n",
      "The Processor notifies the Customer of a data breach without undue delay. Logs are deleted after 30 days.\n",
    ])
      expect(draft(text).terms.breachNotification?.value ?? null, text).toBeNull();
    // A sentence after it that names the breach again still gives its deadline.
    expect(
      t(
        draft(
          "The Processor notifies the Customer of a data breach without undue delay. Such notice, describing any destruction or loss of data, is given within 48 hours.\n",
        ).terms.breachNotification,
      ),
    ).toBe("48 hours");
  });

  it("reads a section headed by a breach's handling ('Incident management', 'Gestion des incidents') as about breaches", () => {
    const sections = [
      ["## 9. Incident management", "The Processor shall notify the Controller within 24 hours after becoming aware."],
      ["## 9. Gestion des incidents", "Le Prestataire notifie le Client dans un délai de 24 heures après en avoir pris connaissance."],
      ["## 9. Gestion d'incidents", "Le Prestataire notifie le Client dans un délai de 24 heures après en avoir pris connaissance."],
      ["## 9. Gestione degli incidenti", "Il Fornitore informa il Cliente entro 24 ore dalla scoperta."],
      ["## 9. Gestión de incidentes", "El Proveedor informará al Cliente en un plazo de 24 horas desde que tenga conocimiento."],
      ["## § 9 Meldung von Vorfällen", "Der Auftragnehmer informiert den Auftraggeber innerhalb von 24 Stunden nach Kenntnis."],
      ["## 9. Afhandeling van incidenten", "Verwerker informeert Opdrachtgever binnen 24 uur na ontdekking."],
      // The clause's word and number before the words ("Article 9 :") are no part of them.
      [
        "# Article 9 : Gestion des violations",
        "1. **Notification** : Le Sous-traitant notifie le Responsable de traitement dans un délai de 24 heures.",
      ],
      ["## Artikel 9 – Vorfälle", "Der Auftragnehmer informiert den Auftraggeber innerhalb von 24 Stunden nach Kenntnis."],
    ];
    for (const [heading, sentence] of sections) {
      const text = `# DPA\n\n${heading}\n\n${sentence}\n`;
      expect(t(draft(text).terms.breachNotification), heading).toBe("24 hours");
    }
    // A heading with another subject beside the incidents is not one about breaches alone.
    const text =
      "# DPA\n\n## 9. Support and incident response times\n\nThe Processor shall notify the Controller within 24 hours after becoming aware.\n";
    expect(draft(text).terms.breachNotification).toBeUndefined();
  });

  it("reads French hosting by the verb and 'chez', English processing 'within' a country", () => {
    expect(draft("Le Prestataire héberge les données exclusivement en France.\n").terms.hostingAllowed?.value).toEqual(["FR"]);
    expect(draft("Nous hébergeons les données du Client en Belgique.\n").terms.hostingAllowed?.value).toEqual(["BE"]);
    expect(draft("L'hébergement des données est réalisé chez OVHcloud, en France (Roubaix).\n").terms.hostingAllowed?.value).toEqual([
      "FR",
    ]);
    expect(draft("Processing takes place exclusively within the territory of Austria.\n").terms.hostingAllowed?.value).toEqual(["AT"]);
  });

  it("reads Spanish and Italian processing 'carried out' in a country, data 'localised' there, data centres 'situated' there, and a land's adjective", () => {
    for (const text of [
      "El Proveedor se compromete a que todos los tratamientos se realicen en Francia.\n",
      "Il Fornitore si impegna affinché tutti i trattamenti siano effettuati in Francia.\n",
      "Los Datos Personales se localizan en Francia.\n",
      "Los centros de datos utilizados por el Proveedor están situados en Francia.\n",
      "El Proveedor garantiza que los datos son alojados y tratados exclusivamente en territorio francés.\n",
    ])
      expect(draft(text).terms.hostingAllowed?.value, text).toEqual(["FR"]);
    // An English "localization" is no Spanish verb of place.
    expect(draft("For Controllers requiring data localization within the EU: see section 5.\n").terms.hostingDeclared).toBeUndefined();
  });

  it("reads laws in the plural and Spanish 'sujeto al Derecho', 'siendo aplicable', 'se interpretará de conformidad con'", () => {
    for (const [text, code] of [
      ["Este Contrato estará sujeto al Derecho español.\n", "ES"],
      ["Cualquier controversia será sometida a los tribunales de París, siendo aplicable la ley francesa.\n", "FR"],
      ["Este Acuerdo se interpretará de conformidad con las leyes de Francia.\n", "FR"],
      ["Il presente Accordo sarà interpretato secondo le leggi della Francia.\n", "FR"],
      ["Le présent Accord est régi et interprété conformément aux lois françaises.\n", "FR"],
      ["Deze overeenkomst wordt beheerst door de wetten van Nederland.\n", "NL"],
    ])
      expect(draft(text).terms.governingLaw?.value, text).toBe(code);
  });

  it("reads the Spanish noun of deleting ('procederá a su supresión')", () => {
    const d = draft(
      "Al término del contrato, el Proveedor devolverá los datos y procederá a su supresión en un plazo de treinta (30) días.\n",
    );
    expect(d.terms.retention?.map(t)).toEqual(["30 days"]);
  });

  it("reads Dutch 'bezwaar maken tegen ...' after the notice it counts from, and hours written 'u'", () => {
    const d = draft("Verantwoordelijke kan binnen 14 dagen na de kennisgeving bezwaar maken tegen de nieuwe subverwerker.\n");
    expect(t(d.terms.objectionWindow)).toBe("14 days");
    expect(t(draft("Bij een datalek informeert Verwerker Verantwoordelijke binnen 24 u.\n").terms.breachNotification)).toBe("24 hours");
    // Spanish "u" is "or": "7 u 8 días" gives no hours.
    const es = draft("El Encargado notificará al Responsable cualquier violación de la seguridad de los datos en 7 u 8 días.\n");
    expect(t(es.terms.breachNotification)).not.toBe("7 hours");
  });

  it("reads a period whose number and unit an HTML entity keeps together in Markdown ('24&nbsp;heures')", () => {
    const d = draftFromText(
      {
        name: "dpa.md",
        format: "markdown",
        text: "# DPA\n\nLe Prestataire notifie au Client toute violation de données personnelles dans un délai de 24&nbsp;heures.\n",
      },
      "x",
    );
    expect(t(d.terms.breachNotification)).toBe("24 hours");
    expect(d.terms.breachNotification?.quote).toContain("24&nbsp;heures");
  });

  it("reads a bare count in the unit its column header or label names ('Délai (heures)', '(hours): 36', 'Retention (months)')", () => {
    const md = (text: string): Draft => draftFromText({ name: "dpa.md", format: "markdown", text: `# DPA\n\n${text}` }, "x");
    const table = md(
      "| Événement | Délai (heures) |\n|---|---|\n| Violation de données à caractère personnel | 24 |\n| Incident de disponibilité | 4 |\n",
    );
    expect(t(table.terms.breachNotification)).toBe("24 hours");
    expect(t(draft("Breach notification period (hours): 36\n").terms.breachNotification)).toBe("36 hours");
    const kept = md("| Data category | Retention (months) |\n|---|---|\n| Logs | 12 |\n| Backups | 3 |\n");
    expect(kept.terms.retention?.map(t)).toEqual(["12 months", "3 months"]);
    // A count under a header that names no unit is no period.
    const counts = md(
      "| Data category | Retention (copies) |\n|---|---|\n| Logs | 12 |\n\n| Incident | Staff on call |\n|---|---|\n| Personal data breach | 24 |\n",
    );
    expect([counts.terms.retention, counts.terms.breachNotification]).toEqual([[], undefined]);
  });

  it("reads a key-terms label naming the notice of sub-processor changes as the prior notice, without 'in advance'", () => {
    for (const text of [
      "Sub-processor change notice: 30 days\n",
      "New Sub-processor notification period: 30 days\n",
      "| Term | Value |\n|---|---|\n| Notice of new sub-processors | 30 days |\n| Objection period | 14 days |\n",
      "Frist für die Ankündigung neuer Unterauftragnehmer: 30 Tage\n",
    ])
      expect(t(draft(text).terms.priorNotice), text).toBe("30 days");
    // A label about objecting stays the objection window's; a label without sub-processors is none.
    const d = draft("Objection to new sub-processors: 14 days\nNotice of price changes: 30 days\n");
    expect([t(d.terms.priorNotice), t(d.terms.objectionWindow)]).toEqual([undefined, "14 days"]);
  });

  it("reads the count under a label of audits a year ('Audits per year: 1'), in six languages' words for a year", () => {
    for (const [text, n] of [
      ["Audits per year: 1\n", 1],
      ["| Term | Value |\n|---|---|\n| Maximum number of audits per year | 2 |\n| Governing law | Ireland |\n", 2],
      ["Anzahl der Kontrollen pro Jahr: 1\n", 1],
      ["Nombre d'audits par an : un\n", 1],
    ] as const)
      expect(draft(text).terms.auditMaxPerYear?.value, text).toBe(n);
    // A label without its year, or a value that is more than a number, is no cap.
    for (const text of ["Audits: 1\n", "Audit fees per year: 1 500 EUR\n"]) expect(draft(text).terms.auditMaxPerYear, text).toBeUndefined();
  });

  it("reads hosting lines labelled by a region or by where data is stored", () => {
    expect(draft("Hosting region: Frankfurt, Germany\n").terms.hostingAllowed?.value).toEqual(["DE"]);
    expect(draft("Where data is stored: France\n").terms.hostingAllowed?.value).toEqual(["FR"]);
    // A sub-processor's region in its own description is the sub-processor's.
    expect(draft("Sub-processor: Acme Ltd\nHosting region: Ireland\n").terms.hostingAllowed).toBeUndefined();
  });

  it("reads each keeping of a sentence that gives several ('from active systems within 30 days and from backups within 180 days')", () => {
    const d = draft(
      "Upon termination of services, all personal data is securely deleted from active systems within 30 days and from backups within 180 days.\n",
    );
    expect(d.terms.retention?.map(t)).toEqual(["30 days", "180 days"]);
    // A total after the periods it sums stays one term.
    expect(
      draft(
        "Data is retained for 30 days after termination and deleted within a further 60 days; 90 days in total.\n",
      ).terms.retention?.map(t),
    ).toEqual(["90 days"]);
  });

  it("reads 'remove' as deleting, and no prior notice from an item of a list about audits", () => {
    expect(draft("We will irrevocably remove all other information within 30 days of your request.\n").terms.retention?.map(t)).toEqual([
      "30 days",
    ]);
    const d = draft(
      "The Processor shall notify the Controller of new sub-processors at least 14 days prior to the change.\n\nSuch audits shall be subject to:\n\n- Prior written notice of at least 30 days.\n- A mutually agreed scope.\n",
    );
    expect([t(d.terms.priorNotice), d.terms.priorNotice?.readings]).toEqual(["14 days", undefined]);
  });

  it("reads a location cell of several places as the first outside the EEA ('NL / CH', 'US / IE (EU)')", () => {
    const d = draftFromText(
      {
        name: "dpa.md",
        format: "markdown",
        text: "# DPA\n\n## Sub-processors\n\n| Sub-processor | Location | Purpose |\n|---|---|---|\n| Sudory | NL / CH | Compliance platform |\n| Stripe Payments Europe, Ltd. | IE (EU) / US | Payments |\n| MailerLite, Ltd. | IE (EU) | Newsletters |\n| Hetzner Online GmbH | Germany / Finland | Hosting |\n",
      },
      "x",
    );
    expect(names(d)).toEqual([
      ["Sudory", "CH"],
      ["Stripe Payments Europe, Ltd.", "US"],
      ["MailerLite, Ltd.", "IE"],
      ["Hetzner Online GmbH", "DE"],
    ]);
  });

  it("reads a country named as one choice beside the EU or EEA ('in Germany or within the EU') as the EEA", () => {
    for (const text of [
      "Data processing takes place exclusively within the territory of the Federal Republic of Germany or within the European Union.\n",
      "Processing takes place only within the territory of the Federal Republic of Germany, a Member State of the European Union or another contracting state of the Agreement on the European Economic Area.\n",
      "Les données sont hébergées exclusivement en France ou dans un autre État de l'Union européenne.\n",
      "De gegevens worden uitsluitend opgeslagen in Nederland of binnen de Europese Unie.\n",
    ]) {
      const d = draft(text);
      expect([d.terms.hostingAllowed?.value, d.terms.hostingDeclared?.value], text).toEqual([undefined, ["EEA"]]);
    }
    // "of the EU" is no choice: the country stands.
    const d = draft("Customer Data is stored in data centers located in Germany, a Member State of the European Union.\n");
    expect(d.terms.hostingAllowed?.value).toEqual(["DE"]);
  });
});

describe("text copied from a typeset PDF", () => {
  it("reads words written with ligatures ('noti\uFB01es', '\uFB01fteen') and checks their quotes without them", () => {
    const text =
      "## 9. Breach\n\nThe Processor noti\uFB01es the Controller of any personal data breach within 48 hours.\n\n" +
      "## 10. Sub-processors\n\nThe Processor gives at least \uFB01fteen (15) days' prior noti\uFB01cation of any new sub-processor.\n";
    const d = draftFromText({ name: "dpa.md", format: "markdown", text }, "x");
    expect([t(d.terms.breachNotification), t(d.terms.priorNotice)]).toEqual(["48 hours", "15 days"]);
    // The quote is the text as read; policy check compares it with the source without ligatures.
    for (const f of foundTerms(d)) expect(quoteAppearsIn(f.quote, text), f.quote).toBe(true);
    expect(quoteAppearsIn("The Processor notifies the Controller", "The Processor noti\uFB01es the Controller")).toBe(true);
    expect(quoteAppearsIn("The Processor notifies the Customer", "The Processor noti\uFB01es the Controller")).toBe(false);
  });
});

describe("hosting in a cloud provider's region", () => {
  it("reads a region's code as its country, not its 'europe' as a part of the world", () => {
    expect(
      draft("We store all Customer Personal Data in Google Cloud's europe-west1 region (Belgium).\n").terms.hostingAllowed?.value,
    ).toEqual(["BE"]);
    expect(draft("Customer Data is hosted in the europe-west3 region of Google Cloud.\n").terms.hostingAllowed?.value).toEqual(["DE"]);
    // A part of the world stays one: no country read from it.
    expect(draft("Customer Data is hosted in Europe and the United States.\n").terms.hostingAllowed).toBeUndefined();
  });

  it("reads lines labelled as the primary and backup regions", () => {
    const d = draft("## Storage\n\n- Primary region: eu-central-1 (Frankfurt)\n- Backup region: eu-west-1 (Ireland)\n");
    expect(d.terms.hostingAllowed?.value).toEqual(["DE", "IE"]);
  });
});

describe("a deleting whose period is in the sentence after", () => {
  it("takes the period of a sentence going on with the deleting, in each language", () => {
    for (const [text, period] of [
      [
        "Upon termination of the Agreement, Processor shall delete all Customer Personal Data. Processor shall do so within 30 days.\n",
        "30 days",
      ],
      [
        "The Processor shall delete or return all personal data after the end of the services. This shall take place within 60 days.\n",
        "60 days",
      ],
      [
        "Customer may request deletion of its Personal Data at any time; Processor will comply with such request within 14 days.\n",
        "14 days",
      ],
      ["Nach Abschluss der Leistungen hat der Auftragnehmer sämtliche Daten zu löschen. Dies erfolgt innerhalb von 30 Tagen.\n", "30 days"],
      ["Na afloop van de overeenkomst verwijdert Verwerker alle persoonsgegevens. Dit gebeurt binnen 60 dagen.\n", "60 days"],
      ["Al termine del contratto il Responsabile cancella tutti i dati personali. Ciò avviene entro 30 giorni.\n", "30 days"],
      [
        "Al finalizar el contrato, el encargado suprimirá todos los datos personales. Esto se realizará en un plazo de 15 días.\n",
        "15 days",
      ],
    ] as const) {
      const d = draft(text);
      expect(
        d.terms.retention.map((r) => t(r)),
        text,
      ).toEqual([period]);
      // The quote is the sentence with the period; the method names the deleting's line.
      expect(d.terms.retention[0]?.method, text).toMatch(/sentence after \(the deleting: line 1\)/);
    }
  });

  it("does not take the next sentence's period when it speaks of something else, or starts another act", () => {
    for (const text of [
      // A sentence of its own about another term.
      "Processor shall delete all Customer Personal Data on termination. It shall notify the Customer of any new sub-processor within 30 days.\n",
      // No reference back to the deleting.
      "Processor shall delete all Customer Personal Data on termination. Invoices are payable within 30 days.\n",
      // Another paragraph.
      "Processor shall delete all Customer Personal Data on termination.\n\nThis Agreement may be terminated with 30 days' notice.\n",
    ])
      expect(draft(text).terms.retention, text).toEqual([]);
  });
});

describe("a breach deadline on a line of its own labelled as the breach", () => {
  it("reads a one-row table or a list item whose label names the breach and whose value opens on the deadline", () => {
    for (const text of [
      "| Data breach | Within 48 hours of discovery |\n",
      "Data breach | Within 48 hours of discovery\n",
      "## Key terms\n\n- **Data breach:** within 48 hours of discovery\n",
      "- Personal data breaches: without undue delay, and within 48 hours\n",
    ])
      expect(t(draft(text).terms.breachNotification), text).toBe("48 hours");
  });

  it("takes no deadline from such a line that keeps something, gives a later period or says it late in the value", () => {
    for (const text of [
      "- **Security incidents:** logs of them are kept for 72 hours\n",
      "| Data breach | Reviewed by the security team every 30 days |\n",
      "- **Security incidents:** we maintain an incident response plan that is tested and reviewed within 24 hours of any change\n",
    ])
      expect(draft(text).terms.breachNotification, text).toBeUndefined();
  });
});

describe("a breach named without the word breach", () => {
  it("reads a data leak, a security event, data lost or accessed without authorisation (English, German)", () => {
    for (const text of [
      "Vendor will notify Customer of a Data Leak within 24 hours.\n",
      "The Processor notifies the Controller within 24 hours of becoming aware of it of any infringement of the protection of personal data.\n",
      "In the event of a Security Event affecting Customer Personal Data, Provider shall inform Customer within twenty-four hours.\n",
      "If Provider discovers that Customer Data has been lost, stolen or accessed without authorization, Provider will notify Customer within 24 hours.\n",
      "The Supplier shall notify the Company within 24 hours of becoming aware of any actual or suspected unauthorised access to, or loss of, Company Data.\n",
      "Bei Verlust oder unrechtmäßiger Übermittlung oder Kenntniserlangung von personenbezogenen Daten informiert der Auftragnehmer den Auftraggeber binnen 24 Stunden.\n",
    ])
      expect(t(draft(text).terms.breachNotification), text).toBe("24 hours");
  });

  it("takes no deadline from security event logs or measures against unauthorised access", () => {
    for (const text of [
      "The Processor shall report security event logs to the Customer within 24 hours of a request.\n",
      "Measures against unauthorised access to data are reviewed, and the Customer informed of the review, every 12 months.\n",
    ])
      expect(draft(text).terms.breachNotification, text).toBeUndefined();
  });
});

describe("hosting and where the backups are", () => {
  const hosting = (text: string): { value?: string[]; quote?: string } => {
    const d = draftFromText({ name: "dpa.md", format: "markdown", text }, "x");
    const f = d.terms.hostingAllowed;
    // The quote gives both sentences, an omission between them marked: policy check verifies it.
    if (f) expect(quoteAppearsIn(f.quote, text), f.quote).toBe(true);
    return { value: f?.value, quote: f?.quote };
  };

  it("adds the countries a later sentence of the section keeps the backups in", () => {
    expect(
      hosting("## Data location\n\nCustomer Data is hosted in Germany. For disaster recovery, encrypted backups are stored in Finland.\n"),
    ).toEqual({
      value: ["DE", "FI"],
      quote: "Customer Data is hosted in Germany. ... For disaster recovery, encrypted backups are stored in Finland.",
    });
    expect(
      hosting("## Hosting\n\nThe platform is hosted in Germany.\n\nBackup copies are kept in data centres in the Netherlands.\n").value,
    ).toEqual(["DE", "NL"]);
    expect(
      hosting(
        "## Speicherort\n\nDie Daten werden in Deutschland gespeichert. Die Datensicherungen werden in Rechenzentren in Österreich gespeichert.\n",
      ).value,
    ).toEqual(["DE", "AT"]);
  });

  it("adds no sub-processor's place, no place under the next heading, and no sentence without backups", () => {
    for (const text of [
      "## Data location\n\nCustomer Data is hosted in Germany. Our sub-processor Stripe keeps backups of payment data in the United States.\n",
      "## Data location\n\nCustomer Data is hosted in Germany.\n\n## Support\n\nBackups of support tickets are stored in the United States.\n",
      "## Data location\n\nCustomer Data is hosted in Germany. Support staff are located in the United States.\n",
    ])
      expect(hosting(text).value, text).toEqual(["DE"]);
  });
});

describe("72 hours to the controller and the supervisory authority", () => {
  it("reads the processor's notice to the controller and, beside it, the authority as the processor's deadline", () => {
    for (const text of [
      "The Processor shall notify the Controller and, where applicable, the competent supervisory authority of any personal data breach within 72 hours.\n",
      "Le sous-traitant notifie au responsable du traitement et, le cas échéant, à l'autorité de contrôle toute violation de données dans un délai de 72 heures.\n",
      "Der Auftragnehmer meldet dem Auftraggeber oder der Aufsichtsbehörde jede Datenpanne binnen 72 Stunden.\n",
    ])
      expect(t(draft(text).terms.breachNotification), text).toBe("72 hours");
  });

  it("still reads the authority's own 72 hours (Art. 33 GDPR) as no deadline of the processor's", () => {
    for (const text of [
      "The Processor shall assist the Controller with the notification of personal data breaches to the supervisory authority within 72 hours.\n",
      "The Processor shall inform the Controller of any personal data breach so that the Controller can notify the supervisory authority within 72 hours.\n",
    ])
      expect(t(draft(text).terms.breachNotification), text).toBeUndefined();
  });
});

describe("data deleted after a retrieval window, said with 'thereafter' and its kin", () => {
  it("takes the window as the retention period, in each language", () => {
    for (const text of [
      "Customer may download its data for 30 days after termination; thereafter, Processor will delete it.\n",
      "The Controller may request the return of its data within 30 days after termination. After that, the Processor deletes the data.\n",
      "Le Client peut récupérer ses données pendant 30 jours après la résiliation. Au-delà, les données sont détruites.\n",
      "Der Kunde kann seine Daten innerhalb von 30 Tagen nach Vertragsende exportieren. Danach werden die Daten gelöscht.\n",
      "De klant kan zijn gegevens tot 30 dagen na beëindiging downloaden. Daarna worden de gegevens verwijderd.\n",
      "El Cliente podrá descargar sus datos durante 30 días tras la terminación. Posteriormente, los datos serán suprimidos.\n",
      "Il Cliente può scaricare i propri dati entro 30 giorni dalla cessazione. Successivamente i dati saranno cancellati.\n",
    ])
      expect(
        draft(text).terms.retention.map((r) => t(r)),
        text,
      ).toEqual(["30 days"]);
  });

  it("sets no retention where nothing is deleted after it", () => {
    expect(draft("Customer may download its data for 30 days after termination; thereafter, access ends.\n").terms.retention).toEqual([]);
  });
});

describe("hosting given as a table under a heading about hosting", () => {
  it("reads the location column of a table with no company column, a region code as its country", () => {
    expect(
      draft("## Data location\n\n| Data | Location |\n|---|---|\n| Customer data | Germany (AWS eu-central-1) |\n| Backups | Ireland |\n")
        .terms.hostingAllowed?.value,
    ).toEqual(["DE", "IE"]);
    expect(
      draft("## Where your data is stored\n\n| Component | Region |\n|---|---|\n| Database | eu-west-3 |\n| Logs | eu-central-1 |\n").terms
        .hostingAllowed?.value,
    ).toEqual(["FR", "DE"]);
  });

  it("reads no hosting from a table of providers, or from a table under a heading about something else", () => {
    for (const text of [
      "## Hosting and sub-processors\n\n| Provider | Service | Location |\n|---|---|---|\n| Hetzner Online GmbH | Hosting | Germany |\n| Stripe | Payments | United States |\n",
      "## Security\n\n| Control | Location |\n|---|---|\n| Backups | Finland |\n",
    ])
      expect(draft(text).terms.hostingAllowed, text).toBeUndefined();
  });
});

describe("half a unit", () => {
  it("reads 'half a day' as 12 hours and 'half a year' as 6 months, and 'half an hour' or 'half a month' as no period", () => {
    expect(
      t(draft("The Processor shall notify the Controller of any personal data breach within half a day.\n").terms.breachNotification),
    ).toBe("12 hours");
    expect(draft("Logs are kept for half a year.\n").terms.retention.map((r) => t(r))).toEqual(["6 months"]);
    expect(draft("Backups are kept for half a month.\n").terms.retention).toEqual([]);
    expect(
      draft("The Processor shall notify the Controller of any personal data breach within half an hour.\n").terms.breachNotification,
    ).toBeUndefined();
  });
});

describe("a label and its value, in bold or not (Markdown writes it bold, HTML and Word lose the bold)", () => {
  it("keeps a line's short label with its value as one sentence, so the label names the data", () => {
    for (const text of [
      "- **Diagnostic metadata:** Subject to 365-day retention, then automatically purged by the cleanup job\n",
      "- Diagnostic metadata: Subject to 365-day retention, then automatically purged by the cleanup job\n",
    ]) {
      const [r] = draft(text).terms.retention;
      expect([t(r), r?.category, r?.quote.includes("Diagnostic metadata")], text).toEqual(["365 days", "diagnostic-metadata", true]);
    }
  });

  it("reads the items of a list a label about keeping introduces, the label in bold or not", () => {
    for (const label of ["**Retention Period:**", "Retention Period:"])
      expect(
        draft(
          `${label}\n- Duration of Service subscription + 30 days\n- Or until deletion requested by the Controller\n- Logs: 90 days\n`,
        ).terms.retention.map((r) => t(r)),
        label,
      ).toEqual(["30 days", "90 days"]);
  });

  it("reads a response time beside deletions as no retention, and a period said as typical as none", () => {
    const text =
      "#### Data subject rights\n\n- Erasure: Permanently delete account and data within 30 days of request\n\nResponse time for assistance: 5 business days (urgent requests: 48 hours)\n";
    expect(draft(text).terms.retention.map((r) => t(r))).toEqual(["30 days"]);
    expect(
      draft(
        "Duration of Processing: For the term of the Principal Agreement, plus any post-termination retention period required by law (typically up to 7 years for financial records).\n",
      ).terms.retention,
    ).toEqual([]);
  });

  it("drafts the same retention from a Markdown list of labels and its HTML", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-labels-"));
    writeFileSync(
      join(dir, "dpa.md"),
      "# Data Processing Agreement\n\n## 9. Data subject rights\n\n- **Erasure:** Permanently delete account and data within 30 days of request\n\nResponse time for assistance: **5 business days**\n\n## Annex 1\n\n**Retention Period:**\n- Duration of Service subscription + 30 days\n- Logs: 90 days\n",
    );
    writeFileSync(
      join(dir, "dpa.html"),
      "<h1>Data Processing Agreement</h1>\n<h2>9. Data subject rights</h2>\n<ul>\n<li><strong>Erasure:</strong> Permanently delete account and data within 30 days of request</li>\n</ul>\n<p>Response time for assistance: <strong>5 business days</strong></p>\n<h2>Annex 1</h2>\n<p><strong>Retention Period:</strong></p>\n<ul>\n<li>Duration of Service subscription + 30 days</li>\n<li>Logs: 90 days</li>\n</ul>\n",
    );
    const retained = async (file: string): Promise<Array<string | undefined>> =>
      (await draftFromFile(join(dir, file), "x")).terms.retention.map((r) => t(r)).sort();
    expect(await retained("dpa.md")).toEqual(["30 days", "30 days", "90 days"]);
    expect(await retained("dpa.html")).toEqual(await retained("dpa.md"));
  });
});

describe("sub-processor lists the same from Markdown and from its HTML", () => {
  const both = async (md: string, html: string): Promise<[string[], string[]]> => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-lists-"));
    writeFileSync(join(dir, "dpa.md"), md);
    writeFileSync(join(dir, "dpa.html"), html);
    const names = async (file: string): Promise<string[]> =>
      (await draftFromFile(join(dir, file), "x")).terms.subprocessors.map((s) => `${s.value.name} ${s.value.country ?? "-"}`);
    return [await names("dpa.md"), await names("dpa.html")];
  };

  it("reads a list item's bold name over its description, where HTML joins them on one line", async () => {
    const [md, html] = await both(
      "# DPA\n\n## Annex 3: List of Sub-processors engaged by Acme\n\n* **Plausible.io**\n  We use this service to understand general usage.\n* **Stripe**\n  We use this service to handle all the payments.\n",
      "<h1>DPA</h1>\n<h2>Annex 3: List of Sub-processors engaged by Acme</h2>\n<ul>\n<li><strong>Plausible.io</strong>\nWe use this service to understand general usage.</li>\n<li><strong>Stripe</strong>\nWe use this service to handle all the payments.</li>\n</ul>\n",
    );
    expect(md).toEqual(["Plausible.io -", "Stripe -"]);
    expect(html).toEqual(md);
  });

  it("reads a block entry whose name is a brand in lower case ending in a legal form, bold or not", async () => {
    const [md, html] = await both(
      "# List of subprocessors\n\n**Proton AG**<br>\n_Email_<br>\nRoute de la Galaise 32, 1228 Plan-les-Ouates, Switzerland\n\n**http.net Internet GmbH**<br>\n_Domains_<br>\nFranzstr. 51, 52064 Aachen, Germany\n",
      "<h1>List of subprocessors</h1>\n<p><strong>Proton AG</strong><br>\n<em>Email</em><br>\nRoute de la Galaise 32, 1228 Plan-les-Ouates, Switzerland</p>\n<p><strong>http.net Internet GmbH</strong><br>\n<em>Domains</em><br>\nFranzstr. 51, 52064 Aachen, Germany</p>\n",
    );
    expect(md).toEqual(["Proton AG CH", "http.net Internet GmbH DE"]);
    expect(html).toEqual(md);
  });

  it("takes no party in a role for a company ('Provider as Processor', Common Paper's clause titles)", async () => {
    const [md, html] = await both(
      "# DPA\n\n## Processor and Subprocessor Relationships\n\n1. Provider as Processor. In situations where Customer is a Controller, Provider will be deemed a Processor.\n2. Provider as Subprocessor. In situations where Customer is a Processor, Provider will be deemed a Subprocessor.\n",
      "<h1>DPA</h1>\n<p>Processor and Subprocessor Relationships</p>\n<ol>\n<li><p>Provider as Processor. In situations where Customer is a Controller, Provider will be deemed a Processor.</p></li>\n<li><p>Provider as Subprocessor. In situations where Customer is a Processor, Provider will be deemed a Subprocessor.</p></li>\n</ol>\n",
    );
    expect([md, html]).toEqual([[], []]);
  });

  it("keeps a bold phrase a sentence goes on from, and a bold label with its colon, as they are", () => {
    expect(
      htmlText(
        "<ol><li><strong>Notify Controller</strong> of any intended changes</li><li><strong>Erasure:</strong> Delete within 30 days</li></ol>",
      ),
    ).toBe("1. Notify Controller of any intended changes\n2. Erasure: Delete within 30 days\n");
  });
});

describe("a retention table read from HTML (cells between pipes, no pipes at the ends)", () => {
  it("names each row's data from its own row, not from a row above without a period", () => {
    const rows = (text: string): string[] => draft(text).terms.retention.map((r) => `${r.category} ${t(r)}`);
    const md = rows(
      "| Data | Contents | Retention |\n|---|---|---|\n| Account authentication | Email, password hash | Duration of account |\n| Diagnostic history | Aggregate metadata | 365 days |\n",
    );
    const html = rows(
      "Data | Contents | Retention\nAccount authentication | Email, password hash | Duration of account\nDiagnostic history | Aggregate metadata | 365 days\n",
    );
    expect(md).toEqual(["diagnostic-history 365 days"]);
    expect(html).toEqual(md);
  });
});

describe("a sentence wrapped before the digits in brackets of its number word, as PDF lines are", () => {
  it("reads 'forty-eight' / '(48) hours' as one period, not '(48)' as a list item", () => {
    const d = draft(
      "8.1 Notification\n\nVendor shall notify PureTask of any Security Incident without undue delay and in any event within forty-eight\n(48) hours of becoming aware of it.\n",
    );
    expect(t(d.terms.breachNotification)).toBe("48 hours");
    expect(
      draft("The Customer may object within thirty\n(30) days of the notice of a new sub-processor.\n").terms.objectionWindow?.value,
    ).toEqual({
      value: 30,
      unit: "days",
    });
  });

  it("still splits real items numbered in brackets", () => {
    const d = draft(
      "In case of a personal data breach, the Processor shall:\n(1) notify the Controller within 24 hours;\n(2) assist the Controller.\n",
    );
    expect(t(d.terms.breachNotification)).toBe("24 hours");
    expect(d.terms.breachNotification?.quote).toBe("(1) notify the Controller within 24 hours;");
  });
});

describe("a cloud region named as where data is hosted", () => {
  const hosting = (text: string) => {
    const d = draft(`${text}\n`);
    return { allowed: d.terms.hostingAllowed?.value, declared: d.terms.hostingDeclared?.value };
  };

  it("reads the EU of a region's code or of 'EU-US' as no promise about the EU: eu-west-2 is London, eu-central-2 Zurich", () => {
    expect(hosting("All customer data is hosted in AWS eu-west-2.")).toEqual({ allowed: ["GB"], declared: undefined });
    expect(hosting("Customer Data is stored in the eu-central-2 region of AWS.")).toEqual({ allowed: ["CH"], declared: undefined });
    expect(hosting("All customer data is hosted in AWS eu-central-1 (Frankfurt).")).toEqual({ allowed: ["DE"], declared: undefined });
    expect(
      hosting("Our hosting provider is certified under the EU-US Data Privacy Framework and data is stored in the United States."),
    ).toEqual({ allowed: ["US"], declared: undefined });
    // The EU itself still is: in words, and as "EU-based".
    expect(hosting("Data is hosted in EU-based data centres.").declared).toEqual(["EEA"]);
    expect(hosting("Data is hosted on AWS in the EU.").declared).toEqual(["EEA"]);
  });

  it("reads a part of the world before the word region and a place in brackets as the region's name, in each language", () => {
    expect(hosting("Data is stored in Microsoft Azure's West Europe region (Netherlands).").allowed).toEqual(["NL"]);
    expect(hosting("Die Daten werden in der Region Europa (Frankfurt) gehostet.").allowed).toEqual(["DE"]);
    // A part of the world alone is still no country.
    expect(hosting("Data is stored in Europe and the United States.").allowed).toBeUndefined();
  });

  it("reads French 'hébergées dans' a place, and not a place that is none", () => {
    expect(hosting("Les données sont hébergées dans la région Europe (Paris) d'AWS.").allowed).toEqual(["FR"]);
    expect(hosting("Les données sont hébergées dans un centre de données OVHcloud à Roubaix.").allowed).toEqual(["FR"]);
    expect(hosting("Les données sont stockées dans le cloud de notre prestataire.").allowed).toBeUndefined();
    expect(hosting("Les données peuvent être hébergées dans des pays hors de l'Union européenne.")).toEqual({
      allowed: undefined,
      declared: undefined,
    });
  });
});

describe("a breach notified to the authority and the controller together", () => {
  it("reads 72 hours as the processor's own notice when the controller is named right after the authority", () => {
    expect(
      t(
        draft("El Encargado notificará a la autoridad de control y al Responsable las violaciones de seguridad en un plazo de 72 horas.\n")
          .terms.breachNotification,
      ),
    ).toBe("72 hours");
    // The authority alone is the controller's own deadline (Art. 33(1) GDPR), not the processor's.
    expect(
      draft(
        "In case of a personal data breach, the Processor assists the Controller so that it can notify the supervisory authority within 72 hours.\n",
      ).terms.breachNotification?.value ?? null,
    ).toBeNull();
  });
});

describe("a deleting named long after its period", () => {
  it("reads the period when what is deleted is named at length between, as French does", () => {
    const kept = (text: string) =>
      keptPeriods(`${text}
`);
    expect(
      kept(
        "- **30 jours** après la désactivation du compte, toutes les données personnelles du Responsable et de ses clients finaux sont **définitivement supprimées** des systèmes de production du Sous-traitant.",
      ),
    ).toEqual(["30 days"]);
    // Another act's period before the deleting is still not the deleting's.
    expect(kept("The Customer shall inform the Processor within 30 days of its choice, otherwise all personal data is deleted.")).toEqual(
      [],
    );
  });
});

describe("hosting said as data residency, and hosting wished for", () => {
  const hosting = (text: string) => {
    const d = draft(`${text}\n`);
    return [...(d.terms.hostingAllowed?.value ?? []), ...(d.terms.hostingDeclared?.value ?? [])];
  };

  it("reads 'data residency' in each language, as a sentence and as a label, and French 'en UE', Italian 'in UE'", () => {
    expect(hosting("- résidence des données dans l'UE ;")).toEqual(["EEA"]);
    // The EU named first, then where in it: the EEA beside the city's country, as in a sentence.
    expect(hosting("Résidence des données : Union européenne (Francfort).")).toEqual(["DE", "EEA"]);
    expect(hosting("Datenresidenz: Deutschland")).toEqual(["DE"]);
    expect(hosting("Residencia de datos: España")).toEqual(["ES"]);
    expect(hosting("Dataresidentie: Nederland")).toEqual(["NL"]);
    expect(hosting("Les données sont hébergées en UE.")).toEqual(["EEA"]);
    expect(hosting("I dati sono conservati in UE.")).toEqual(["EEA"]);
  });

  it("reads a wish or a best effort as no commitment, in each language, but not a wish about something else", () => {
    for (const wish of [
      "We prioritize data residency in the EU.",
      "We aim to store data in the EU.",
      "We prefer to host data in Germany where possible.",
      "Priorizamos residencia de datos en la UE.",
      "Nous nous efforçons d'héberger les données en France.",
      "Wir bemühen uns, die Daten in Deutschland zu speichern.",
      "Nach Möglichkeit werden die Daten in der EU gespeichert.",
      "Waar mogelijk worden gegevens binnen de EU opgeslagen.",
      "I dati sono conservati, ove possibile, nell'Unione europea.",
      "We will endeavour not to transfer personal data outside the EEA.",
    ])
      expect(hosting(wish), wish).toEqual([]);
    expect(hosting("Customer Data is hosted in the EU; we aim to respond to requests within 30 days.")).toEqual(["EEA"]);
  });
});

describe("a list of deletion times under a label that deletes", () => {
  it("reads each item's hours as a deleting's, the label up to 80 characters, in Italian and English", () => {
    const kept = keptPeriods;
    expect(
      kept(
        "La cancellazione è automatica e non richiede alcuna richiesta:\n\n- **48 ore** dall'ultima mossa, per una partita in corso;\n- **6 ore** dalla fine della partita, o per una stanza mai avviata.\n",
      ),
    ).toEqual(["48 hours", "6 hours"]);
    expect(kept("Data is deleted automatically:\n\n- 48 hours after the last move;\n- 6 hours after the end of the game.\n")).toEqual([
      "48 hours",
      "6 hours",
    ]);
    // Hours under a label that keeps are still no keeping (a keeping is counted in days or longer).
    expect(kept("Retention:\n\n- 48 hours after the last move;\n- 30 days after the end of the game.\n")).toEqual(["30 days"]);
  });
});

describe("the supervisory authority named as itself", () => {
  it("reads the ICO, the CNIL, the Garante as the authority whose 72 hours are the controller's own deadline", () => {
    const deadline = (text: string) => t(draft(`${text}\n`).terms.breachNotification);
    expect(
      deadline(
        "The Processor shall assist the Controller so that it can notify the ICO within 72 hours of becoming aware of a personal data breach.",
      ),
    ).toBeUndefined();
    expect(
      deadline(
        "Le Prestataire assiste le Client afin qu'il puisse notifier la CNIL dans un délai de 72 heures en cas de violation de données.",
      ),
    ).toBeUndefined();
    expect(
      deadline(
        "Il Fornitore assiste il Cliente affinché possa notificare al Garante per la protezione dei dati personali la violazione entro 72 ore.",
      ),
    ).toBeUndefined();
    // Notified beside the controller, or after the controller's notice, the 72 hours are the processor's.
    expect(deadline("Le Prestataire notifie à la CNIL et au Client toute violation de données dans un délai de 72 heures.")).toBe(
      "72 hours",
    );
    expect(
      deadline("The Processor shall notify the Controller of any personal data breach within 72 hours so that it can inform the ICO."),
    ).toBe("72 hours");
  });
});

describe("hours written the French and Dutch short ways", () => {
  it("reads '24h00' and '24u' as 24 hours, not a time of day ('de 9h00 à 18h00') nor 'u' the pronoun", () => {
    const deadline = (text: string) => t(draft(`${text}\n`).terms.breachNotification);
    expect(deadline("Le Prestataire notifie au Client toute violation de données dans un délai de 24h00.")).toBe("24 hours");
    expect(deadline("De Verwerker meldt een datalek binnen 24u aan de Verwerkingsverantwoordelijke.")).toBe("24 hours");
    expect(findPeriods("Le support est joignable de 9h00 à 18h00.")).toEqual([]);
    expect(findPeriods("Wij sturen u 2 u aan.")).toEqual([]);
  });
});

describe("erasure named as a data subject's right", () => {
  it("reads no retention from a request's time when the erasure is named beside rectification, in each language", () => {
    const kept = (text: string) =>
      keptPeriods(`${text}
`);
    for (const request of [
      "Der Auftragnehmer unterstützt den Auftraggeber bei Anfragen betroffener Personen (Auskunft, Berichtigung, Löschung) gemäß Art. 15–22 DSGVO innerhalb von 72 Stunden nach Eingang der Anfrage.",
      "Le Prestataire transmet au Client toute demande d'accès, de rectification ou d'effacement dans un délai de 5 jours.",
      "El Encargado trasladará al Responsable las solicitudes de acceso, rectificación o supresión en un plazo de 2 días hábiles.",
      "Il Responsabile inoltra al Titolare le richieste di accesso, rettifica o cancellazione entro 5 giorni.",
      "De Verwerker stuurt verzoeken om inzage, rectificatie of verwijdering binnen 5 werkdagen door aan de Verwerkingsverantwoordelijke.",
    ])
      expect(kept(request), request).toEqual([]);
    // A deleting done by the processor is one, on request or not.
    expect(kept("Upon a data subject's request for erasure, the Processor deletes the data within 30 days.")).toEqual(["30 days"]);
    expect(
      kept(
        "Les demandes de rectification sont traitées sous 5 jours ; les données sont supprimées dans un délai de 30 jours après la fin du contrat.",
      ),
    ).toEqual(["30 days"]);
  });
});

describe("a hosting label naming whose place it is", () => {
  it("reads 'Serverstandort der Datenbank: Frankfurt am Main' and 'Speicherort der Daten: EU (Frankfurt)'", () => {
    expect(draft("Serverstandort der Datenbank: Frankfurt am Main\n").terms.hostingAllowed?.value).toEqual(["DE"]);
    expect(draft("Speicherort der Daten: EU (Frankfurt)\n").terms.hostingAllowed?.value).toEqual(["DE"]);
    expect(draft("Location of the primary database: Dublin, Ireland\n").terms.hostingAllowed?.value).toEqual(["IE"]);
  });
});

describe("an objection window counted from the notice, the objection's verb not last", () => {
  it("reads 'binnen 30 dagen na kennisgeving schriftelijk bezwaar maken op redelijke gronden', not a notice of the objection", () => {
    const window = (text: string) => t(draft(`## Sub-verwerkers\n\n${text}\n`).terms.objectionWindow);
    expect(window("De Klant kan binnen 30 dagen na kennisgeving schriftelijk bezwaar maken op redelijke, gedocumenteerde gronden.")).toBe(
      "30 days",
    );
    expect(window("Customer may object within 14 days after notification of a new sub-processor.")).toBe("14 days");
    // Days after the notice of an objection count from the objection: no window.
    expect(
      window(
        "If the parties cannot agree on a new sub-processor within 30 days after the notification of the objection, Customer may terminate.",
      ),
    ).toBeUndefined();
  });
});

describe("a sub-processor annex grouped under headings of categories", () => {
  it("reads each category's providers, a bullet or a line with its purpose in brackets, in Markdown and HTML", () => {
    const md =
      "### BIJLAGE 3 - Subverwerkers\n\nDeze lijst kan wijzigen. Verwerker informeert Verwerkingsverantwoordelijke over materiële wijzigingen.\n\n#### A. Authenticatie en infrastructuur\n\nMicrosoft (Microsoft Entra voor authenticatie; Azure voor hosting, opslag en database).\n\n#### C. Transcriptie, samenvatting en chat (optioneel)\n\n- Azure Speech\n- Azure OpenAI\n\n#### D. Abonnementen\n\nMollie (beheer van abonnementsstatus en aankoopinformatie).\n\n### BIJLAGE 4 - Contact\n\nE-mail: privacy@example.nl\n";
    const expected = [
      ["Microsoft", null],
      ["Azure Speech", null],
      ["Azure OpenAI", null],
      ["Mollie", null],
    ];
    expect(names(draft(md))).toEqual(expected);
    const html = htmlText(
      "<h3>BIJLAGE 3 - Subverwerkers</h3><p>Deze lijst kan wijzigen.</p><h4>A. Authenticatie en infrastructuur</h4><p>Microsoft (Microsoft Entra voor authenticatie; Azure voor hosting, opslag en database).</p><h4>C. Transcriptie</h4><ul><li>Azure Speech</li><li>Azure OpenAI</li></ul><h4>D. Abonnementen</h4><p>Mollie (beheer van abonnementsstatus en aankoopinformatie).</p>",
    );
    expect(names(draftFromText({ name: "dpa.html", format: "html", text: html }, "x"))).toEqual(expected);
  });

  it("reads no provider from clauses under numbered sub-headings of a sub-processor section", () => {
    const d = draft(
      "### 7. Subverwerkers\n\n#### 7.1 Algemene toestemming\n\nVerwerkingsverantwoordelijke verleent algemene schriftelijke toestemming voor het inschakelen van subverwerkers.\n\n#### 7.2 Wijzigingen\n\nVerwerker informeert Verwerkingsverantwoordelijke vooraf over wijzigingen.\n",
    );
    expect(names(d)).toEqual([]);
  });
});

describe("a category's prose under a sub-processor annex", () => {
  it("is no provider, even with a bracket in it", () => {
    const d = draft(
      "### Annex 3 - Sub-processors\n\n#### A. Hosting\n\nThe Processor (JNL Solutions) informs the Controller of changes.\n",
    );
    expect(names(d)).toEqual([]);
  });
});

describe("Italian sub-responsabili: a table headed by the word, and the objection to a change", () => {
  it("reads a table whose first column is 'Sub-responsabile' (its word holds a change log's 'responsabile')", () => {
    const d = draft(
      "## ALLEGATO A — Elenco sub-responsabili autorizzati\n\n| Sub-responsabile | Servizio fornito | Sede / Luogo di trattamento |\n|---|---|---|\n| **Contabo GmbH** | Hosting infrastruttura VPS | Norimberga, Germania (DE — UE) |\n| **Brevo SAS** | Invio email | Parigi, Francia |\n",
    );
    expect(names(d)).toEqual([
      ["Contabo GmbH", "DE"],
      ["Brevo SAS", "FR"],
    ]);
    // A log of changes still is none.
    expect(
      names(
        draft(
          "## Sub-responsabili\n\n| Responsabile | Data | Modifica |\n|---|---|---|\n| Mario Rossi | 2026-01-01 | Aggiunto Brevo SAS |\n",
        ),
      ),
    ).toEqual([]);
  });

  it("reads the notice's days as the objection window: 'entro il termine' after it, in each language", () => {
    const window = (text: string) => t(draft(`## Sub-processors\n\n${text}\n`).terms.objectionWindow);
    // "dando la possibilità di opporsi" alone sets no time for objecting (NormaAI's DPA, a dev text,
    // annotated so, as KYC Lab's "afin de donner au RT la possibilité de s'y opposer" and English
    // "giving the opportunity to object"); "entro il termine" after it does (WasteFlow's).
    for (const text of [
      "Il Responsabile informa il Titolare di eventuali modifiche (aggiunta o sostituzione di sub-responsabili) con almeno 30 (trenta) giorni di anticipo tramite email, dando al Titolare la possibilità di opporsi.",
      "The Processor informs the Controller of new sub-processors at least 30 days in advance, giving the Controller the opportunity to object.",
    ])
      expect(window(text), text).toBeUndefined();
    expect(
      window(
        "Il Responsabile informa il Titolare di eventuali modifiche (aggiunta o sostituzione di sub-responsabili) con almeno 30 (trenta) giorni di anticipo tramite email, dando al Titolare la possibilità di opporsi. In assenza di opposizione motivata entro il termine, la modifica si intende accettata.",
      ),
    ).toBe("30 days");
    for (const [notice, objection] of [
      [
        "Il Responsabile informa il Titolare delle modifiche dei sub-responsabili con almeno 30 giorni di anticipo.",
        "In assenza di opposizione motivata entro il termine, la modifica si intende accettata.",
      ],
      ["The Processor notifies changes of sub-processors at least 30 days in advance.", "The Controller may object within the period."],
      [
        "Le Prestataire informe le Client de tout changement de sous-traitant ultérieur avec un préavis de 30 jours.",
        "Le Client peut s'y opposer dans le délai imparti.",
      ],
      [
        "El Encargado comunicará los cambios de subencargados con una antelación de 30 días.",
        "El Responsable podrá oponerse dentro del plazo.",
      ],
      [
        "Der Auftragnehmer kündigt Änderungen der Unterauftragsverarbeiter 30 Tage im Voraus an.",
        "Der Auftraggeber kann innerhalb der Frist widersprechen.",
      ],
      [
        "Verwerker kondigt wijzigingen van subverwerkers 30 dagen vooraf aan.",
        "Verwerkingsverantwoordelijke kan binnen de termijn bezwaar maken.",
      ],
    ])
      expect(window(`${notice} ${objection}`), objection).toBe("30 days");
  });
});

describe("German 'kündigt ... an' (announces) is no termination", () => {
  it("reads the prior notice of a change announced so, and still not a termination's period", () => {
    const terms = (text: string) => draft(`## Unterauftragsverarbeiter\n\n${text}\n`).terms;
    expect(t(terms("Der Auftragnehmer kündigt Änderungen der Unterauftragsverarbeiter 30 Tage im Voraus an.").priorNotice)).toBe("30 days");
    expect(
      t(
        terms("Der Auftraggeber kann den Vertrag bei einem neuen Unterauftragsverarbeiter mit einer Frist von 30 Tagen kündigen.")
          .objectionWindow,
      ),
    ).toBeUndefined();
  });
});

describe("a deleting whose sentence a list broke, and hosting set in bold", () => {
  it("reads the period after the list, in lower case, as the last item's deleting's", () => {
    const kept = keptPeriods;
    expect(
      kept(
        "A la finalización de la prestación del servicio, el Encargado, **a elección del Responsable**:\n\n- Devolverá al Responsable los datos personales en un formato estructurado; y/o\n- Suprimirá los datos personales y las copias existentes,\n\nen un plazo máximo de **60 días**, salvo que la normativa exija su conservación.\n",
      ),
    ).toEqual(["60 days"]);
    expect(
      kept(
        "At the end of the services the Processor shall:\n\n- return the data; or\n- delete the data and all copies,\n\nwithin 30 days of termination.\n",
      ),
    ).toEqual(["30 days"]);
    // A list ended by a full stop is over: a new sentence's period is its own.
    expect(kept("The Processor shall:\n\n- delete the data.\n\nquarterly reports are sent within 30 days.\n")).toEqual([]);
  });

  it("reads hosting whose words are emphasised, and a Spanish 'tratamiento ... se realiza' with words between", () => {
    expect(draft("Customer Data is stored in the **European Union**.\n").terms.hostingDeclared?.value).toEqual(["EEA"]);
    expect(draft("Personal data is **processed exclusively in Germany**.\n").terms.hostingAllowed?.value).toEqual(["DE"]);
    const d = draft("El tratamiento principal de los datos de negocio se realiza en la **UE (Fráncfort)**.\n");
    expect([d.terms.hostingAllowed?.value, d.terms.hostingDeclared?.value]).toEqual([["DE"], ["EEA"]]);
  });
});

describe("texts typed without accents, and a deleting that follows no answer", () => {
  it("reads Spanish, French and Italian words and units typed without their accents", () => {
    const d = draft(
      "## 8. Subencargados\n\nCualquier alta o cambio de subencargado se comunicara al Cliente con al menos 15 dias de antelacion. El Cliente podra oponerse fundadamente.\n\nEl Encargado notificara al Responsable cualquier violacion de la seguridad de los datos en un plazo de 2 dias habiles.\n",
    );
    expect([t(d.terms.priorNotice), t(d.terms.breachNotification)]).toEqual(["15 days", "2 working_days"]);
    expect(
      t(draft("Le Prestataire notifie au Client toute violation de donnees dans un delai de 24 heures.\n").terms.breachNotification),
    ).toBe("24 hours");
  });

  it("reads no retention from the days a controller has to answer before a deletion by default, in each language", () => {
    for (const text of [
      "If the Customer does not respond within 15 days, the data will be deleted by default.",
      "Si el Cliente no responde en los 15 días, se aplicará por defecto la opción de supresión.",
      "À défaut de réponse dans un délai de 15 jours, les données seront supprimées.",
      "Se il Cliente non risponde entro 15 giorni, i dati saranno cancellati.",
      "Reageert de Klant niet binnen 15 dagen, dan worden de gegevens verwijderd.",
    ])
      expect(draft(`${text}\n`).terms.retention, text).toEqual([]);
    expect(draft("The Processor deletes all data within 30 days after termination.\n").terms.retention.map((r) => t(r))).toEqual([
      "30 days",
    ]);
  });
});

describe("the forms one DPA's six translations took (AnarBib's, dev half)", () => {
  it("reads sub-processors called 'encargades ulteriores', 'responsabili ulteriori', 'verdere verwerkers'", () => {
    for (const [heading, header] of [
      ["## Artículo 7 — Encargades ulteriores", "| Encargade ulterior | Función | Ubicación |"],
      ["## Articolo 7 — Responsabili ulteriori", "| Responsabile ulteriore | Funzione | Localizzazione |"],
      ["## Artikel 7 — Verdere verwerkers", "| Verwerker | Functie | Locatie |"],
    ])
      expect(names(draft(`${heading}\n\n${header}\n|---|---|---|\n| **Resend, Inc.** | E-mail | Estados Unidos |\n`)), heading).toEqual([
        ["Resend, Inc.", "US"],
      ]);
  });

  it("reads the main location of the data in German and Dutch compounds, and no hosting from a party that processes no personal data", () => {
    expect(
      draft("Hauptstandort der Daten ist AWS São Paulo (Brasilien), was keine Übermittlung darstellt.\n").terms.hostingAllowed?.value,
    ).toEqual(["BR"]);
    expect(
      draft("De hoofdlocatie van de gegevens is AWS São Paulo (Brazilië), wat geen doorgifte vormt.\n").terms.hostingAllowed?.value,
    ).toEqual(["BR"]);
    const d = draft("Codeberg (static frontend hosting) is established in the EU and does not process personal data.\n");
    expect([d.terms.hostingAllowed, d.terms.hostingDeclared]).toEqual([undefined, undefined]);
  });

  it("reads backups replaced by rotation, a Belgian Dutch 'wissing', and no retention from the days before a deletion by default", () => {
    const kept = (text: string) =>
      keptPeriods(`${text}
`);
    expect(
      kept("Technical backups possibly containing this data are replaced by rotation within a maximum of 90 days after the main deletion."),
    ).toEqual(["90 days"]);
    expect(
      kept("De technische back-ups worden door rotatie vervangen binnen een termijn van maximaal 90 dagen na de hoofdwissing."),
    ).toEqual(["90 days"]);
    expect(kept("AnarBib gaat over tot de wissing van alle gegevens binnen een termijn van maximaal 30 dagen.")).toEqual(["30 days"]);
    // Keys rotated are no data kept.
    expect(kept("Encryption keys are rotated every 90 days.")).toEqual([]);
    for (const text of [
      "In the absence of any expression by the library within 30 days after the end of the contract, option B (deletion) applies by default.",
      "In Ermangelung einer Erklärung der Bibliothek innerhalb von 30 Tagen nach Vertragsende gilt Option B (Löschung) standardmäßig.",
      "En caso de ausencia de manifestación de la biblioteca dentro de los 30 días posteriores al fin del contrato, la opción B (eliminación) se aplica por defecto.",
      "In assenza di manifestazione della biblioteca entro 30 giorni dalla fine del contratto, l'opzione B (eliminazione) si applica per impostazione predefinita.",
      "Bij gebrek aan reactie van de bibliotheek binnen 30 dagen na het einde van het contract, is optie B (wissing) standaard van toepassing.",
    ])
      expect(kept(text), text).toEqual([]);
  });

  it("keeps two items of one retention list with one period and similar labels, each label up to 60 characters", () => {
    const kept = draft(
      "### Retention durations\n\n- History of completed loans: 24 months\n- History of completed reservations: 12 months\n- History of completed on-site consultations: 12 months\n",
    ).terms.retention.map((r) => t(r));
    expect(kept).toEqual(["24 months", "12 months", "12 months"]);
  });
});

describe("a Markdown heading with its text on the next line, and what CivicWallet's DPA showed", () => {
  it("reads a heading line as a paragraph of its own, whatever follows it without a blank line", () => {
    const ps = paragraphs("### 3.4 Durata\nIl presente DPA resta in vigore per 12 mesi.\n");
    expect(ps.map((p) => [p.text, p.heading])).toEqual([
      ["### 3.4 Durata", "3.4 Durata"],
      ["Il presente DPA resta in vigore per 12 mesi.", "3.4 Durata"],
    ]);
    // The breach's quote is its sentence, not the heading before it.
    const d = draft("### 9. Data breach\nThe Processor notifies the Customer of any personal data breach within 24 hours.\n");
    expect(d.terms.breachNotification?.quote).toBe("The Processor notifies the Customer of any personal data breach within 24 hours.");
  });

  it("reads a deleting that reaches the sub-processors' systems, a notice period set in bold, and no restated term twice", () => {
    const kept = (text: string) =>
      keptPeriods(`${text}
`);
    expect(
      kept(
        "CivicWallet cancellerà tutti i Dati Personali dai propri sistemi e da quelli dei Sub-responsabili entro 30 giorni dalla richiesta.",
      ),
    ).toEqual(["30 days"]);
    expect(kept("The Processor shall delete the data and notify its sub-processors within 10 days.")).toEqual([]);
    expect(
      t(
        draft(
          "## 4.4 Sub-responsabili\n\nIl Titolare autorizza l'uso dei Sub-responsabili elencati. CivicWallet notificherà al Titolare qualsiasi modifica con un preavviso di almeno **15 giorni**, durante i quali il Titolare può opporsi.\n",
        ).terms.priorNotice,
      ),
    ).toBe("15 days");
    expect(
      kept(
        "| Measure | Implementation |\n|---|---|\n| Data Minimization | Automated deletion of old logs (90 days) |\n\n## Retention\n\n- Logs: 90 days\n- Backups: 30 days",
      ),
    ).toEqual(["90 days", "30 days"]);
  });
});

describe("what a French ATD showed: the EU first in a long place, an attestation's deadline", () => {
  it("reads 'hébergée dans des centres de données situés en Union Européenne (France ou Allemagne)' as the EU and its countries", () => {
    const d = draft(
      "L'infrastructure principale est hébergée dans des centres de données situés en Union Européenne (France ou Allemagne).\n",
    );
    expect([d.terms.hostingAllowed?.value, d.terms.hostingDeclared?.value]).toEqual([["FR", "DE"], ["EEA"]]);
  });

  it("reads no retention from the days an attestation is given in, but keeps a deleting's days before its certificate", () => {
    const kept = (text: string) =>
      keptPeriods(`${text}
`);
    expect(
      kept(
        "Après l'opération de restitution ou de destruction, le ST délivre au RT, dans les 15 jours calendaires suivants, une attestation écrite certifiant la destruction sécurisée des données.",
      ),
    ).toEqual([]);
    expect(kept("The Processor deletes all data within 30 days and provides a certificate of deletion.")).toEqual(["30 days"]);
    expect(
      kept("Vendor shall within 5 business days, at Company's written request, certifiably delete all Company Personal Data."),
    ).toEqual(["5 working_days"]);
    expect(
      kept(
        "En cas d'absence de manifestation de la bibliothèque dans les 30 jours suivant la fin du contrat, l'option B (suppression) s'applique par défaut.",
      ),
    ).toEqual([]);
  });
});

describe("an objection within the notice said in the plural", () => {
  it("reads 'durante i quali', 'pendant lesquels', 'durante los cuales' as within the notice's days", () => {
    const window = (text: string) => t(draft(`## Sub-processors\n\n${text}\n`).terms.objectionWindow);
    expect(
      window(
        "Il Responsabile notifica ogni modifica dei sub-responsabili con un preavviso di almeno **15 giorni**, durante i quali il Titolare può opporsi.",
      ),
    ).toBe("15 days");
    expect(
      window(
        "Le Prestataire notifie tout changement de sous-traitant ultérieur avec un préavis de 15 jours, pendant lesquels le Client peut s'y opposer.",
      ),
    ).toBe("15 days");
    expect(
      window(
        "El Encargado comunicará cualquier cambio de subencargados con un preaviso de 15 días, durante los cuales el Responsable podrá oponerse.",
      ),
    ).toBe("15 days");
  });
});

describe("what a Chilean draft DPA showed: HTML comments, a time to answer", () => {
  it("reads nothing from an HTML comment in Markdown, and keeps the file's lines", () => {
    const d = draft(
      "## 6. Sub-encargados\n\n- El encargado notificará con antelación razonable cualquier cambio de sub-encargados, dando al responsable la oportunidad de\n  oponerse. <!-- TODO(legal): fijar el plazo de preaviso (p.ej. 30 días) y el\n  mecanismo de oposición con counsel. -->\n\nEl encargado notifica al responsable cualquier violación de datos en un plazo de 72 horas.\n",
    );
    expect([d.terms.objectionWindow, d.terms.priorNotice]).toEqual([undefined, undefined]);
    expect([t(d.terms.breachNotification), d.terms.breachNotification?.line]).toEqual(["72 hours", 7]);
    // An unclosed comment is text, read as it is.
    expect(paragraphs("Text <!-- never closed\nmore text\n").map((p) => p.text)).toEqual(["Text <!-- never closed more text"]);
  });

  it("reads no retention from a time to answer, and 'Sub-responsabili' is no 'response'", () => {
    const kept = (text: string) =>
      keptPeriods(`${text}
`);
    expect(
      kept(
        "El plazo de respuesta es de 30 días conforme a la Ley 21.719. Praeventio ofrece flujos de acceso, exportación y solicitud de eliminación.",
      ),
    ).toEqual([]);
    expect(kept("Il Fornitore cancellerà tutti i dati dai propri sistemi e da quelli dei Sub-responsabili entro 30 giorni.")).toEqual([
      "30 days",
    ]);
  });
});

describe("breach notices in the passive, by their participles", () => {
  it("reads 'mitgeteilt', 'gemeldet', 'angezeigt' and French 'préviendra' / 'prévenu'", () => {
    const breach = (text: string) => t(draft(`${text}\n`).terms.breachNotification);
    expect(breach("Sicherheitsvorfälle werden dem Kunden innerhalb von 72 Stunden nach Bekanntwerden mitgeteilt.")).toBe("72 hours");
    expect(breach("Datenschutzverletzungen werden dem Auftraggeber binnen 24 Stunden gemeldet.")).toBe("24 hours");
    expect(
      breach("Eine Verletzung des Schutzes personenbezogener Daten wird dem Verantwortlichen innerhalb von 48 Stunden angezeigt."),
    ).toBe("48 hours");
    expect(breach("Le Prestataire préviendra le Client de toute violation de données dans les 48 heures.")).toBe("48 hours");
    expect(breach("Le Client sera prévenu de toute violation de données dans les 24 heures.")).toBe("24 hours");
  });
});

describe("what the thirteenth round's texts showed: where in the EU, a jurisdiction line, a template's example", () => {
  it("reads the places in parentheses after 'within the EU' in a sentence without a verb of place, in each language", () => {
    const hosting = (text: string) => {
      const d = draft(`${text}\n`);
      return [d.terms.hostingAllowed?.value, d.terms.hostingDeclared?.value];
    };
    for (const text of [
      "Security measures include password hashing and hosting within the European Union (Render, Frankfurt region).",
      "Les mesures comprennent le hachage des mots de passe et l'hébergement au sein de l'Union européenne (Render, région Frankfurt).",
      "Medidas: cifrado, control de acceso y alojamiento en la Unión Europea (Render, región de Fráncfort).",
      "Misure: cifratura, controllo degli accessi e hosting nell'Unione europea (Render, regione di Francoforte).",
      "Maßnahmen: Verschlüsselung, Zugriffskontrolle und Hosting in der Europäischen Union (Render, Region Frankfurt).",
      "Maatregelen: versleuteling, toegangscontrole en hosting binnen de Europese Unie (Render, regio Frankfurt).",
    ])
      expect(hosting(text), text).toEqual([["DE"], ["EEA"]]);
    // Without parentheses right after it, the EU alone.
    expect(hosting("Data is hosted within the European Union, with daily backups.")).toEqual([undefined, ["EEA"]]);
  });

  it("takes the courts' country of a line under a governing-law heading, unless the section names the law otherwise", () => {
    const law = (text: string) => draft(text).terms.governingLaw?.value;
    expect(
      law(
        "## 11. Legislacion Aplicable\n\n- **Normativa:** RGPD (UE 2016/679), LOPDGDD (Ley 3/2018)\n- **Autoridad de control:** AEPD\n- **Jurisdiccion:** Espana\n",
      ),
    ).toBe("ES");
    expect(law("## 11. Governing law\n\n- **Law:** GDPR, Irish Data Protection Act 2018\n- **Jurisdiction:** Ireland\n")).toBe("IE");
    expect(law("## 11. Governing law\n\nThis DPA is governed by the law of the Principal Agreement.\nJurisdiction: Ireland\n")).toBe(
      undefined,
    );
    // Not under a heading about the law: a jurisdiction line alone chooses no law.
    expect(law("## 11. Disputes\n\n- **Jurisdiction:** Ireland\n")).toBe(undefined);
  });

  it("reads no breach deadline from a template's example ('entro `[es. 48 ore]`')", () => {
    const d = draft(
      "## 7. Data breach\n\nIl Responsabile informa il Titolare **senza ingiustificato ritardo** (e comunque\nentro `[es. 48 ore]`) dalla conoscenza di una violazione.\n",
    );
    expect([d.terms.breachNotification?.value, d.terms.breachNotification?.line]).toEqual([null, 3]);
    expect(t(draft("Il Responsabile informa il Titolare di ogni violazione entro 48 ore.\n").terms.breachNotification)).toBe("48 hours");
  });
});

describe("hosting on a provider, and the Italian SEE", () => {
  it("reads the place in parentheses at the end of a line of hosting on a provider, in each language, not under a sub-processor heading", () => {
    const allowed = (text: string) => draft(`${text}\n`).terms.hostingAllowed?.value;
    expect(allowed("**Verfügbarkeit:**\n- Hosting auf AWS (Region eu-central-1, Frankfurt)\n- Automatische Backups")).toEqual(["DE"]);
    expect(allowed("- Hosting on AWS (region eu-central-1, Frankfurt)")).toEqual(["DE"]);
    expect(allowed("- Hébergement chez OVHcloud (Roubaix, France)")).toEqual(["FR"]);
    expect(allowed("- Alojamiento en AWS (Fráncfort)")).toEqual(["DE"]);
    expect(allowed("- Hosting su Aruba (Arezzo, Italia)")).toEqual(["IT"]);
    expect(allowed("- Hosting bij Hetzner (Duitsland)")).toEqual(["DE"]);
    expect(allowed("## Subverwerkers\n\n- Hosting bij Hetzner (Duitsland)")).toBeUndefined();
  });

  it("reads the EEA from the Italian 'SEE' in capitals only: 'see Annex 3' is English", () => {
    const declared = (text: string) => draft(`${text}\n`).terms.hostingDeclared?.value;
    expect(declared("Server location: see Annex 3")).toBeUndefined();
    expect(declared("- Hosting on AWS (see Annex 2)")).toBeUndefined();
    expect(declared("Ubicazione dei server: SEE")).toEqual(["EEA"]);
    // "in Italia o nel SEE": Italy is one choice beside the EEA, no commitment of its own.
    expect(draft("I dati sono ospitati in Italia o nel SEE.\n").terms.hostingAllowed).toBeUndefined();
  });
});

describe("what KitchenXpert's DPA showed: wrapped obligations, a legend, a location sentence", () => {
  it("reads no sub-processors from a list of obligations wrapped onto their next lines", () => {
    const d = draft(
      "### 6.5 Sub-processor Agreements\n\nKitchenXpert shall:\n\n- Enter into a written agreement with each Sub-processor containing data\n  protection obligations substantially similar to those in this DPA\n- Ensure Sub-processors provide sufficient guarantees to implement appropriate\n  technical and organizational measures\n- Remain liable to the Controller for the performance of Sub-processor\n  obligations\n",
    );
    expect(names(d)).toEqual([]);
    // A name on the bullet's line and its details on the next lines stay entries.
    expect(
      names(
        draft(
          "## Sub-processors\n\n- **Mailgun Technologies, Inc.**\n  Sends our e-mails from the United States.\n- **Hetzner Online GmbH**\n  Hosts the servers in Germany.\n",
        ),
      ),
    ).toEqual([
      ["Mailgun Technologies, Inc.", "US"],
      ["Hetzner Online GmbH", "DE"],
    ]);
  });

  it("reads no sub-processor from the legend under a sub-processor table", () => {
    const d = draft(
      "## Annex 3: Sub-processors\n\n| Sub-processor | Purpose | Location |\n|---|---|---|\n| Stripe, Inc. | Payments | US |\n\n**Legend:**\n\n- SCCs: Standard Contractual Clauses in place\n- Adequacy: Located in EEA or country with adequacy decision\n",
    );
    expect(names(d)).toEqual([["Stripe, Inc.", "US"]]);
  });

  it("reads a location sentence inside a paragraph as a hosting line ('The primary data processing location is ...')", () => {
    const d = draft(
      "### 7.1 Processing Location\n\nPersonal Data shall be processed within the European Economic Area (EEA) where\npossible. The primary data processing location is AWS EU (Frankfurt, Germany).\n",
    );
    expect([d.terms.hostingAllowed?.value, d.terms.hostingDeclared]).toEqual([["DE"], undefined]);
  });
});

describe("what PROVA's AVV template showed", () => {
  it("reads a notice 'mit 14-Tage-Vorlauf' of changes to the 'Subprozessor-Liste', and an audit report 'max. 1× pro Jahr'", () => {
    const d = draft(
      "Änderungen der Subprozessor-Liste werden dem Auftraggeber mit 14-Tage-Vorlauf via Email mitgeteilt.\n\n## §9 Kontrollrechte\n\n- Audit-Bericht (max. 1× pro Jahr, kostenfrei)\n",
    );
    expect([t(d.terms.priorNotice), d.terms.auditMaxPerYear?.value]).toEqual(["14 days", 1]);
    expect(draft("Audits are limited to 1× per year.\n").terms.auditMaxPerYear?.value).toBe(1);
  });

  it("reads no sub-processors from a list of annexes after a bare label, nor a document named after them", () => {
    const d = draft(
      "**Anhänge:**\n- Anlage 1: TOM (`docs/legal/TOM.md`)\n- Anlage 3: Subprozessor-Liste (`docs/legal/SUBPROCESSOR-LISTE.md`)\n- Anlage 4: Subprocessor-Audit-Befund (`docs/legal/SUBPROCESSOR-AUDIT.md`)\n",
    );
    expect(names(d)).toEqual([]);
  });

  it("keeps a company whose use is to be confirmed ('Cloudflare, Inc. (TBD)'), not a placeholder ('Hosting partner (TBD)')", () => {
    const d = draft(
      "## Sub-processors\n\n| Anbieter | Zweck | Region |\n|---|---|---|\n| Cloudflare, Inc. (TBD) | DNS / CDN | USA + EU |\n| Hosting partner (TBD) | Hosting | EU |\n| Stripe Payments Europe Ltd. | Payments | Irland (EU) |\n",
    );
    expect(names(d)).toEqual([
      ["Cloudflare, Inc.", "US"],
      ["Stripe Payments Europe Ltd.", "IE"],
    ]);
  });

  it("reads a line that is only the EU's region, where in it in parentheses, as hosting; a hosting line naming the EU first, then a city, declares the EEA too", () => {
    const hosting = (text: string) => {
      const d = draft(text);
      return [d.terms.hostingAllowed?.value, d.terms.hostingDeclared?.value];
    };
    expect(hosting("**Pflicht-Garantien (Auszug):**\n- EU-Region (Supabase Frankfurt, Sentry EU)\n- Verschlüsselung in Transit\n")).toEqual(
      [["DE"], ["EEA"]],
    );
    expect(hosting("Server location: EU (Frankfurt)\n")).toEqual([["DE"], ["EEA"]]);
    // A provider's region named "EU" is no commitment to the EU.
    expect(hosting("Server location: AWS EU (Frankfurt, Germany)\n")).toEqual([["DE"], undefined]);
    expect(hosting("- EU-US Data Privacy Framework\n")).toEqual([undefined, undefined]);
  });

  it("reads no retention from a list its introduction puts outside the agreement (the controller's own keepings)", () => {
    const d = draft(
      "## §3 Dauer\n\n- Backup-Aufbewahrung: 7 Tage Supabase-Auto-Backup\n\n**Aufbewahrungspflichten des SV (außerhalb dieses AVV):**\n- Gutachten + Rechnungen: 10 Jahre (HGB §257 / AO §147)\n- Verfahren mit gerichtlicher Beauftragung: bis Verjährung\n",
    );
    expect(d.terms.retention.map((r) => t(r))).toEqual(["7 days"]);
    expect(
      draft("**Retention duties of the Customer (outside this DPA):**\n- Invoices: 10 years\n- Contracts: 6 years\n").terms.retention,
    ).toEqual([]);
  });
});

describe("hosting sentences of our own, round thirteen", () => {
  it("reads data hosted on or with a provider in a country, Spanish 'se almacenan en', Italian data centres and an English 'Data storage' line", () => {
    const allowed = (text: string) => draft(`${text}\n`).terms.hostingAllowed?.value;
    expect(allowed("Customer Data is hosted on AWS in the eu-west-1 (Ireland) region.")).toEqual(["IE"]);
    expect(allowed("Customer Data is stored with Google Cloud in Belgium.")).toEqual(["BE"]);
    expect(allowed("Los datos se almacenan en España.")).toEqual(["ES"]);
    expect(allowed("L'hosting è fornito presso i data center di Milano.")).toEqual(["IT"]);
    expect(allowed("Data storage: Germany (Frankfurt)")).toEqual(["DE"]);
    // A period after the label is no place.
    expect(allowed("Data storage: 30 days")).toBeUndefined();
  });
});

describe("a breach's destruction is no deleting", () => {
  it("reads no retention from a breach notice whose breach is described as destruction or loss, in each language", () => {
    for (const text of [
      "Verwerker zal Verwerkingsverantwoordelijke zonder onredelijke vertraging — en waar mogelijk binnen 24 uur — informeren nadat hij kennis heeft gekregen van een inbreuk op de beveiliging die (mogelijk) leidt tot vernietiging, verlies, wijziging of ongeoorloofde verstrekking van verwerkte persoonsgegevens.",
      "The Processor shall notify the Controller within 24 hours after becoming aware of a breach of security leading to the accidental or unlawful destruction, loss, alteration or unauthorised disclosure of personal data.",
      "Le Sous-traitant notifie au Client dans les 24 heures toute violation de la sécurité entraînant la destruction, la perte, l'altération ou la divulgation non autorisée de données.",
      "El Encargado notificará en 24 horas cualquier violación de la seguridad que ocasione la destrucción, pérdida o alteración de datos personales.",
      "Il Responsabile notifica entro 24 ore ogni violazione di sicurezza che comporti la distruzione, la perdita o la modifica dei dati.",
    ]) {
      const d = draft(`${text}\n`);
      expect([d.terms.retention.map((r) => t(r)), t(d.terms.breachNotification)], text).toEqual([[], "24 hours"]);
    }
    // A deleting of its own stays one.
    expect(draft("Upon termination, the Processor deletes all personal data within 30 days.\n").terms.retention.map((r) => t(r))).toEqual([
      "30 days",
    ]);
  });
});

describe("breach deadlines that are not the processor's notice", () => {
  const breach = (text: string) => t(draft(`${text}\n`).terms.breachNotification);

  it("reads no deadline from the controller notifying the processor, in each language; a passive notice to the controller stays", () => {
    expect(breach("The Customer shall notify the Processor of any incident within 48 hours.")).toBeUndefined();
    expect(breach("Le Client doit informer le Prestataire de tout incident dans les 48 heures.")).toBeUndefined();
    expect(breach("El Cliente notificará al Encargado cualquier incidente de seguridad en 48 horas.")).toBeUndefined();
    expect(breach("Der Auftraggeber informiert den Auftragnehmer über Sicherheitsvorfälle innerhalb von 48 Stunden.")).toBeUndefined();
    expect(breach("The Customer will be notified by the Processor within 48 hours of any breach.")).toBe("48 hours");
    expect(breach("Le Client sera informé par le Prestataire de toute violation de données dans les 24 heures.")).toBe("24 hours");
    expect(breach("Il Titolare viene informato dal Responsabile di ogni violazione dei dati entro 24 ore.")).toBe("24 hours");
    expect(breach("De Klant wordt binnen 24 uur door de Verwerker geïnformeerd over een datalek.")).toBe("24 hours");
  });

  it("reads no deadline from the authority notified in the passive, nor from 'the first 24 hours' after the notice", () => {
    expect(breach("The supervisory authority must be notified within 72 hours of a personal data breach.")).toBeUndefined();
    expect(
      breach(
        "To let the Customer meet its duties to the supervisory authority, the Processor notifies the Customer of a breach within 72 hours.",
      ),
    ).toBe("72 hours");
    expect(breach("The Processor remains available for the first 24 hours after notifying the Controller of a breach.")).toBeUndefined();
    expect(
      breach(
        "- de verwerker houdt zich de eerste 24 uur nadat hij de verantwoordelijke heeft geïnformeerd omtrent een datalek, continu beschikbaar voor overleg",
      ),
    ).toBeUndefined();
  });
});

describe("a place of offices or staff is no hosting", () => {
  it("reads no hosting from support given from offices, in each language; data centres stay", () => {
    const allowed = (text: string) => draft(`${text}\n`).terms.hostingAllowed?.value;
    expect(allowed("Support is provided from our offices in Poland.")).toBeUndefined();
    expect(allowed("Le support est assuré depuis nos bureaux en Tunisie.")).toBeUndefined();
    expect(allowed("Der Support wird von unseren Mitarbeitern in Polen erbracht.")).toBeUndefined();
    expect(allowed("The Service is provided from data centres in Germany.")).toEqual(["DE"]);
  });
});

describe("audit caps by the verb, and 'no more than annually'", () => {
  it("reads Spanish 'auditar', French 'auditer' and English 'no more than annually' as audit caps", () => {
    const cap = (text: string) => draft(`${text}\n`).terms.auditMaxPerYear?.value;
    expect(cap("El Responsable podrá auditar al Encargado como máximo una vez al año.")).toBe(1);
    expect(cap("Le Client pourra auditer le Prestataire une fois par an au maximum.")).toBe(1);
    expect(cap("Customer's audit right may be exercised no more than annually.")).toBe(1);
  });
});

describe("the forms a fourteenth round of dev texts took (Captio, ChatManta, SimplificaCRM, Coralyn, NormaAI)", () => {
  it("reads nothing from a document's record of its versions, in each language", () => {
    for (const [label, row] of [
      [
        "**Historial de revisiones:**",
        "| 1.1 | 06/04/2026 | Añadido Docplanner Tech S.L. como sub-encargado; retención de registros de 30 a 90 días |",
      ],
      ["## Revision history", "| 1.1 | 2026-04-06 | Added Acme Analytics Ltd as sub-processor; logs are deleted after 90 days |"],
      [
        "## Änderungshistorie",
        "| 1.1 | 06.04.2026 | Acme GmbH als Unterauftragsverarbeiter ergänzt; Protokolle werden nach 90 Tagen gelöscht |",
      ],
      [
        "## Historique des versions",
        "| 1.1 | 06/04/2026 | Ajout d'Acme SAS comme sous-traitant ultérieur ; journaux supprimés après 90 jours |",
      ],
      ["## Storico delle revisioni", "| 1.1 | 06/04/2026 | Aggiunta Acme S.r.l. come sub-responsabile; log cancellati dopo 90 giorni |"],
      ["## Versiegeschiedenis", "| 1.1 | 06-04-2026 | Acme B.V. toegevoegd als subverwerker; logs worden na 90 dagen verwijderd |"],
    ]) {
      const d = draft(`## Sub-processors\n\nThe list is in Annex 3.\n\n${label}\n\n| Version | Date | Change |\n|---|---|---|\n${row}\n`);
      expect(names(d), label).toEqual([]);
      expect(d.terms.retention, label).toEqual([]);
    }
    // The same row outside such a record is read.
    expect(names(draft("Processor engages Acme Analytics Ltd as sub-processor.\n"))).toEqual([["Acme Analytics Ltd", null]]);
  });

  it("takes no placeholder in Markdown's code marks as a sub-processor", () => {
    const d = draft(
      "## Sub-responsabili\n\n| Sub-responsabile | Servizio | Ubicazione trattamento |\n|---|---|---|\n| `[COMPILARE: fornitore hosting]` | Infrastruttura e database | `[COMPILARE]` |\n| Hetzner Online GmbH | Hosting | Germania |\n",
    );
    expect(names(d)).toEqual([["Hetzner Online GmbH", "DE"]]);
  });

  it("reads the 72 hours owed to the authority named right after them as the controller's, in Spanish and Italian", () => {
    const breach = (text: string) => t(draft(`${text}\n`).terms.breachNotification);
    expect(breach("- Procedimiento de gestión de brechas de seguridad con notificación en 72h a la AEPD.")).toBeUndefined();
    expect(
      breach(
        "Il Responsabile notifica al Titolare ogni violazione di dati personali senza ingiustificato ritardo, e comunque in tempo utile perché il Titolare possa rispettare il proprio termine di 72 ore verso l'autorità di controllo.",
      ),
    ).toBeUndefined();
    // A deadline of another length before the authority is the processor's.
    expect(breach("El Encargado notificará al Responsable las brechas de seguridad en 24 horas, para que informe a la AEPD.")).toBe(
      "24 hours",
    );
  });

  it("reads a deadline labelled as such in the paragraph after a notice without one", () => {
    const breach = (text: string) => t(draft(text).terms.breachNotification);
    expect(
      breach(
        "## Art. 9 — Violazioni dei dati personali\n\nIl Responsabile notifica al Titolare ogni violazione di dati personali senza ingiustificato ritardo.\n\n**Termine operativo: entro 24 ore** dalla conoscenza. ⚖️-14\n",
      ),
    ).toBe("24 hours");
    // A proposal awaiting a decision is no term yet, in each language.
    for (const text of [
      "**Termine operativo proposto: entro 24 ore** dalla conoscenza. ⚖️-14",
      "(propuesta: **sin dilación indebida y en todo caso ≤ 48 h** desde el conocimiento)",
      "Proposed: within 48 hours of discovery ✔",
      "Délai proposé : 48 heures ✔",
      "Vorschlag: innerhalb von 48 Stunden ✔",
      "Voorstel: binnen 48 uur ✔",
    ])
      expect(
        breach(`## Data breaches\n\nProcessor notifies Controller of any personal data breach without undue delay.\n\n${text}\n`),
        text,
      ).toBeUndefined();
    expect(
      draft("Processor shall notify Customer of any proposed new sub-processor at least 30 days in advance.\n").terms.priorNotice?.value,
    ).toEqual({ value: 30, unit: "days" });
    expect(
      breach(
        "## Personal data breaches\n\nProcessor notifies Controller of any personal data breach without undue delay.\n\n**Deadline: 36 hours** from discovery ✔\n",
      ),
    ).toBe("36 hours");
  });

  it("reads the law a list of laws ends with ('y demás normativa española aplicable')", () => {
    const law = (text: string) => draft(`${text}\n`).terms.governingLaw?.value;
    expect(
      law(
        "13.1. El presente Contrato se rige por el Reglamento (UE) 2016/679 (RGPD), la Ley Orgánica 3/2018 (LOPDGDD) y demás normativa española aplicable.",
      ),
    ).toBe("ES");
    expect(law("This DPA is governed by the GDPR, the Data Protection Act 2018 and the other applicable laws of England and Wales.")).toBe(
      "GB",
    );
    // A place far from any law noun names no law.
    expect(
      law(
        "This DPA is governed by the terms of the Agreement, which the parties entered into for the Services provided to the Customer in Germany.",
      ),
    ).toBeUndefined();
  });

  it("reads 'max' without a full stop as a cap ('(a) max una verifica all'anno')", () => {
    const d = draft(
      "## Audit\n\nIl Titolare ha il diritto di effettuare verifiche, nel rispetto delle seguenti condizioni: (a) max una verifica all'anno, salvo sospetto di violazione; (b) costi a carico del Titolare.\n",
    );
    expect(d.terms.auditMaxPerYear?.value).toBe(1);
  });

  it("takes no list item as a retention table's header, and reads a log's period right after its noun", () => {
    const kept = keptPeriods;
    expect(
      kept(
        "In sintesi, le misure includono:\n- Backup: giornalieri su Hetzner Object Storage, retention 30 backup, RPO ≤ 24h\n- Incident response: procedura documentata, notifica entro 24h al Titolare\n- Sviluppo sicuro: TDD\n",
      ),
    ).toEqual([]);
    for (const [text, period] of [
      ["- Audit e monitoraggio: audit log immutabile, security alerts automatici, log 90 giorni", "90 days"],
      ["Access logs: 90 days.", "90 days"],
      ["- Journaux : 30 jours", "30 days"],
      ["- Protokolle 14 Tage", "14 days"],
      ["- Registros (30 días)", "30 days"],
      ["- Logs: 12 maanden", "12 months"],
    ])
      expect(kept(`${text}\n`), text).toEqual([period]);
    expect(kept("See logs 2 and 3 of the table.\n")).toEqual([]);
  });

  it("reads a deleting's period in the next paragraph's sentence about 'the operations' of its clause", () => {
    const kept = keptPeriods;
    expect(
      kept(
        "**4.g.1** Alla cessazione del DPA, il Responsabile, a scelta del Titolare:\n- (a) Restituisce al Titolare tutti i Dati Personali, oppure\n- (b) Cancella in modo sicuro tutti i Dati Personali dai propri sistemi.\n\n**4.g.2** Le operazioni di cui al comma 4.g.1 vengono eseguite entro **trenta (30) giorni** dalla comunicazione del Titolare.\n",
      ),
    ).toEqual(["30 days"]);
    expect(
      kept(
        "8.1 On termination the Processor shall delete all Personal Data.\n\n8.2 Such operations shall be completed within thirty (30) days of the Controller's request.\n",
      ),
    ).toEqual(["30 days"]);
  });

  it("reads hosting lines beside a pointer to the sub-processors' article, and a backups line beside them", () => {
    const d = draft(
      "### 5.3 Localisation actuelle\n\n**Hébergement principal** : France (UE)\n**Sauvegardes** : France et/ou autre État membre UE\n**Sous-traitants** : Cf. Article 3.4\n",
    );
    expect(d.terms.hostingAllowed?.value).toEqual(["FR"]);
    expect(d.terms.hostingDeclared?.value).toEqual(["EEA"]);
    expect(names(d)).toEqual([]);
    // A backups line alone says nothing of where the data itself is.
    expect(
      draft("| Ambito | Misura |\n|---|---|\n| Backup | Automatici giornalieri, server UE |\n| Audit | Log |\n").terms.hostingDeclared,
    ).toBeUndefined();
  });

  it("reads no sub-processor from a list of transfer safeguards, nor from a pointer to another article", () => {
    const d = draft(
      "## Sous-traitants ultérieurs\n\nEn cas de transfert par un sous-traitant ultérieur, le Prestataire garantit :\n- Clauses Contractuelles Types (CCT) de la Commission Européenne\n- Ou Règles d'Entreprise Contraignantes (BCR)\n- Ou Certification (Privacy Shield successeur validé)\n",
    );
    expect(names(d)).toEqual([]);
    expect(names(draft("Sub-processors: see Section 5.\n"))).toEqual([]);
  });

  it("reads anonymisation after a period as its deleting, and no keeping of anonymised data, in each language", () => {
    const kept = (text: string) =>
      keptPeriods(`${text}
`);
    expect(kept("- **Anonymisation IP** : Anonymisation automatique après 7 jours")).toEqual(["7 days"]);
    expect(kept("IP addresses are anonymised after 7 days.")).toEqual(["7 days"]);
    for (const text of [
      "Les données anonymisées à des fins d'audit peuvent être conservées 3 ans maximum.",
      "Anonymised data may be kept for 3 years.",
      "Anonymisierte Daten werden 3 Jahre aufbewahrt.",
      "I dati anonimizzati sono conservati per 3 anni.",
    ])
      expect(kept(text), text).toEqual([]);
  });

  it("reads a backups line's one period as their keeping, not a frequency; a restatement of it is one term", () => {
    const kept = (text: string) =>
      keptPeriods(`${text}
`);
    for (const [text, period] of [
      ["- **Sauvegardes chiffrées** : Backups quotidiens (3 copies, 3 sites, 90 jours)", "90 days"],
      ["- Backups: daily, encrypted, 30 days", "30 days"],
      ["- Datensicherung: täglich, 14 Tage", "14 days"],
    ])
      expect(kept(text), text).toEqual([period]);
    for (const text of ["- Backups: restore tested every 6 months", "- Backup: giornaliero, RPO 24h"]) expect(kept(text), text).toEqual([]);
    expect(
      kept(
        "Persoonsgegevens in geautomatiseerde back-ups worden uiterlijk 90 dagen na beëindiging verwijderd.\n\n## Bijlage A\n\n- Back-up retentie: 90 dagen",
      ),
    ).toEqual(["90 days"]);
  });

  it("takes no duty pointing to a later clause as announcing a list of sub-processors", () => {
    const d = draft(
      "Der Auftragnehmer verpflichtet sich:\n\n4. **Unterauftragsverarbeiter** — Einbindung weiterer Auftragsverarbeiter nur mit allgemeiner schriftlicher Genehmigung (§ 6 unten)\n\n5. **Mitwirkung bei Betroffenenrechten** — Unterstützung des Auftraggebers durch:\n   - Datenexport-Funktion (Art. 20)\n   - Löschungs-Workflow (Art. 17)\n",
    );
    expect(names(d)).toEqual([]);
  });

  it("reads nothing from a template's notes on how to use it, in each language", () => {
    for (const heading of [
      "## Hinweise zur Verwendung dieser Vorlage",
      "## How to use this template",
      "## Instrucciones de uso de esta plantilla",
      "## Comment utiliser ce modèle",
      "## Istruzioni per la compilazione del modello",
      "## Invulinstructies bij dit model",
    ])
      expect(
        draft(`${heading}\n\n4. **Aufbewahren** → 10 Jahre (Vertragsunterlage); keep the signed copy for 10 years.\n`).terms.retention,
        heading,
      ).toEqual([]);
  });

  it("reads a deleting at a timeline's point ('**Tag 30** — ... entfernt', 'Day 30: ... deleted')", () => {
    const kept = keptPeriods;
    expect(
      kept(
        "### 7.2 Löschung nach Vertragsende\n\n1. **Tag 0** — Vertragsende\n2. **Tag 1-30** — Datenexport\n3. **Tag 30** — Operative Daten werden aus aktiver Datenbank entfernt\n",
      ),
    ).toEqual(["30 days"]);
    expect(kept("On termination:\n- Day 0: access closed\n- Day 45: all Customer Data is deleted\n")).toEqual(["45 days"]);
    // A point of no deleting is none ("Day 7: reminder sent").
    expect(kept("On termination:\n- Day 7: a reminder is sent\n")).toEqual([]);
  });

  it("reads no keeping from the law's period in a clause reserving its duties; a keeping the DPA sets itself stays", () => {
    const kept = (text: string) =>
      keptPeriods(`${text}
`);
    for (const text of [
      "- Sichere Löschung — wobei gesetzliche Aufbewahrungspflichten (§ 147 AO, 10 Jahre) beachtet werden",
      "Restano salvi gli obblighi di conservazione imposti dalla legge: la documentazione contabile va conservata 10 anni (art. 2220 Cod. Civ.).",
    ])
      expect(kept(text), text).toEqual([]);
    expect(kept("I dati di fatturazione sono conservati per dieci (10) anni ai sensi del D.P.R. 600/1973 art. 22.")).toEqual(["10 years"]);
    expect(kept("Subject to statutory retention obligations, the Processor deletes the data within 30 days.")).toEqual(["30 days"]);
  });

  it("reads no objection window from a data subject's right to object (Art. 21 GDPR) in a rights table", () => {
    const d = draft(
      "## Sous-traitants\n\nLe Prestataire informe le Client de tout changement de sous-traitant.\n\n| Droit | Article RGPD | Délai |\n|---|---|---|\n| **Opposition** | Art. 21 | 1 mois max |\n",
    );
    expect(d.terms.objectionWindow).toBeUndefined();
    expect(
      t(
        draft("## Sub-processors\n\nAs set out in Article 21, Customer may object to a new sub-processor within 14 days.\n").terms
          .objectionWindow,
      ),
    ).toBe("14 days");
  });

  it("reads hosting at a provider in a place ('hébergées chez Scaleway à Paris'), in French, Italian, Dutch and Spanish", () => {
    const allowed = (text: string) => draft(`${text}\n`).terms.hostingAllowed?.value;
    for (const [text, code] of [
      ["Les données sont hébergées chez Scaleway à Paris.", "FR"],
      ["I dati sono ospitati presso Aruba in Italia.", "IT"],
      ["De gegevens worden opgeslagen bij TransIP in Nederland.", "NL"],
      ["Los datos están alojados en AWS en Irlanda.", "IE"],
    ])
      expect(allowed(text), text).toEqual([code]);
  });

  it("reads a country's law named with its courts, in each language; not the courts alone", () => {
    const law = (text: string) => draft(`${text}\n`).terms.governingLaw?.value;
    for (const [text, code] of [
      ["Legislación española y jurisdicción según las Condiciones.", "ES"],
      ["Droit français et juridiction des tribunaux de Paris.", "FR"],
      ["Legge italiana e foro competente di Milano.", "IT"],
      ["Nederlands recht en bevoegde rechter Amsterdam.", "NL"],
    ])
      expect(law(text), text).toBe(code);
    expect(law("The Processor complies with applicable data protection law and the courts' orders.")).toBeUndefined();
  });

  it("reads no hosting from a row of the sub-processors' table, and each table row as a sentence of its own", () => {
    const d = draft(
      "## Sub-encargados\n\n| Sub-encargado | Servicio | País | Garantía RGPD |\n|---|---|---|---|\n| Supabase Ltd (Irlanda) | Almacenamiento, base de datos | Irlanda (UE) | DPA firmado, datos en UE |\n| Vercel Inc. | Alojamiento | EE.UU. | Cláusulas Contractuales Tipo |\n",
    );
    expect(d.terms.hostingDeclared).toBeUndefined();
    const rows = draft(
      "## Measures\n\n| Area | Measure |\n|---|---|\n| Sessions | Access tokens expire; sessions are protected by a token. |\n| Backups | A nightly dump is kept for 14 days. |\n",
    );
    expect(rows.terms.retention.map((r) => r.quote)).toEqual(["| Backups | A nightly dump is kept for 14 days. |"]);
  });

  it("reads no keeping from a deleting that waits at least so long, in each language", () => {
    const kept = (text: string) =>
      keptPeriods(`${text}
`);
    for (const text of [
      "Il Responsabile procede alla cancellazione solo dopo ulteriori 30 giorni di silenzio.",
      "The Processor deletes the data only after a further 30 days without instructions.",
      "Die Daten werden erst nach 30 Tagen ohne Weisung gelöscht.",
      "Les données ne sont supprimées qu'après 30 jours sans instruction.",
      "Los datos se eliminan solo después de 30 días sin instrucciones.",
      "De gegevens worden pas na 30 dagen zonder instructie verwijderd.",
    ])
      expect(kept(text), text).toEqual([]);
    expect(kept("The Processor deletes the data within 30 days.")).toEqual(["30 days"]);
  });

  it("reads no keeping from a clause still to be written (a placeholder to fill in), in each language", () => {
    const kept = (text: string) =>
      keptPeriods(`${text}
`);
    for (const text of [
      "`[COMPILARE: termine di cancellazione dai backup]` — lo script di backup prevede una ritenzione di 14 giorni.",
      "[INSERT deletion period for backups] — backups are currently kept for 14 days.",
      "[in te vullen: bewaartermijn back-ups] — back-ups worden nu 14 dagen bewaard.",
      "[à compléter : durée de conservation] — les sauvegardes sont conservées 14 jours.",
      "[ausfüllen: Löschfrist] — Sicherungen werden derzeit 14 Tage aufbewahrt.",
      "[completar: plazo de supresión] — las copias se conservan 14 días.",
    ])
      expect(kept(text), text).toEqual([]);
  });

  it("reads logs kept 'for' a period without a verb of keeping, in each language; rotated logs; not rotated keys", () => {
    const kept = (text: string) =>
      keptPeriods(`${text}
`);
    for (const [text, period] of [
      ["- Auditoría: registro inmutable de accesos y modificaciones durante 10 años.", "10 years"],
      ["- Audit logging: immutable record of all access and changes for 10 years.", "10 years"],
      ["- Journalisation : journaux d'accès horodatés pendant 12 mois.", "12 months"],
      ["- Protokollierung aller Zugriffe für 6 Monate.", "6 months"],
      ["- Registro degli accessi per 24 mesi.", "24 months"],
      ["- Logging: toegangslogs gedurende 6 maanden.", "6 months"],
      ["Server logs are rotated after 14 days.", "14 days"],
    ])
      expect(kept(text), text).toEqual([period]);
    for (const text of [
      "Access logs are reviewed every 90 days.",
      "Encryption keys are rotated every 90 days.",
      "Logs are monitored 24 hours a day.",
    ])
      expect(kept(text), text).toEqual([]);
  });

  it("reads hosting stated before a colon and where in the EU after it", () => {
    const d = draft(
      "## International transfers\n\nCompute, database and media storage are in the EU: functions in Stockholm, the database in `eu-north-1`, media in an EU-jurisdiction bucket that the non-EU endpoint cannot reach.\n",
    );
    expect(d.terms.hostingDeclared?.value).toEqual(["EEA"]);
    expect(d.terms.hostingAllowed?.value).toEqual(["SE"]);
    // A transfer in the same part of the sentence still voids the commitment.
    expect(
      draft("Our database is in the EU, and copies are sent outside the EU to our support team.\n").terms.hostingDeclared,
    ).toBeUndefined();
  });
});

describe("the forms a fifteenth round of dev texts took (Cryptolens, Lastest)", () => {
  it("reads a deleting after a period named before it as 'the above-specified time', in each language", () => {
    expect(
      keptPeriods(
        "The Customer must reclaim the personal data within 14 days from the date of termination of the Agreement. The personal data will be deleted if the Customer has not made such claim within the above-specified time.\n",
      ),
    ).toEqual(["14 days"]);
    expect(
      keptPeriods(
        "Le Client peut récupérer ses données pendant 30 jours après la résiliation. Les données sont supprimées si le Client ne les a pas récupérées dans le délai susvisé.\n",
      ),
    ).toEqual(["30 days"]);
    expect(
      keptPeriods(
        "Der Kunde kann seine Daten 30 Tage nach Vertragsende herunterladen. Die Daten werden gelöscht, wenn der Kunde sie nicht innerhalb der oben genannten Frist abruft.\n",
      ),
    ).toEqual(["30 days"]);
  });

  it("reads a list whose items carry a bullet and a letter ('- a) **Aruba S.p.A.**, ...'), its first item too (Fibonacci's kind)", () => {
    const text =
      "7.2. **Elenco dei Sub-responsabili autorizzati**:\n\n- a) **Aruba S.p.A.**, con sede in Via San Clemente 53, 24036 Ponte San Pietro (BG), Italia. Attività: hosting.\n- b) **Hostinger International Ltd**, con sede in 61 Lordou Vironos str., 6023 Larnaca, Cipro. Attività: email.\n- c) **Mistral AI SAS**, con sede in 15 rue des Halles, 75001 Parigi, Francia. Attività: trascrizione.\n";
    expect(names(draft(text))).toEqual([
      ["Aruba S.p.A.", "IT"],
      ["Hostinger International Ltd", "CY"],
      ["Mistral AI SAS", "FR"],
    ]);
  });

  it("reads Italian 'obiettare' as an objection, and data that resides 'physically' somewhere as hosted there", () => {
    const d = draft(
      "Il Responsabile informa il Titolare di qualsiasi modifica all'elenco dei Sub-responsabili con preavviso di almeno 30 giorni.\n\nEntro il termine di preavviso di 30 giorni, il Titolare può obiettare per iscritto alla nomina di un nuovo Sub-responsabile.\n",
    );
    expect(t(d.terms.objectionWindow)).toBe("30 days");
    const allowed = (text: string) => draft(`${text}\n`).terms.hostingAllowed?.value;
    expect(allowed("Il database produttivo, i backup e le foto cliniche risiedono fisicamente in Italia.")).toEqual(["IT"]);
    expect(allowed("Les données sont physiquement hébergées en France.")).toEqual(["FR"]);
    expect(allowed("Customer Data is physically stored in Germany.")).toEqual(["DE"]);
  });

  it("takes each period of a deleting given as alternatives ('30 giorni ..., ovvero, qualora ..., 90 giorni')", () => {
    expect(
      keptPeriods(
        "Decorsi 30 giorni dalla cessazione del Contratto di Servizio, ovvero, qualora il Titolare non abbia richiesto la restituzione, decorsi 90 giorni dalla cessazione, il Responsabile procede alla cancellazione di tutti i Dati.\n",
      ),
    ).toEqual(["30 days", "90 days"]);
    expect(
      keptPeriods(
        "Within 30 days after termination, or, where the Customer has not asked for its data, within 90 days after termination, the Processor deletes all Customer Data.\n",
      ),
    ).toEqual(["30 days", "90 days"]);
    // A period between that is not an alternative is another act's.
    expect(keptPeriods("The Customer may export its data for 30 days; the Processor then deletes it within 60 days.\n")).toEqual([
      "60 days",
    ]);
  });

  it("takes a period 'where required by law' for the law's keeping, not the agreement's (en, it, de, fr)", () => {
    expect(keptPeriods("Invoices are kept for 10 years where required by law.\n")).toEqual([]);
    expect(keptPeriods("L'audit log è conservato per la durata di 10 anni ove imposto da normativa di settore.\n")).toEqual([]);
    expect(keptPeriods("Rechnungen werden 10 Jahre aufbewahrt, soweit gesetzlich vorgeschrieben.\n")).toEqual([]);
    expect(keptPeriods("Les factures sont conservées 10 ans lorsque la loi l'exige.\n")).toEqual([]);
    // The agreement's own period, longer where the law requires: the agreement's.
    expect(keptPeriods("Logs are retained for 90 days, or longer where required by law.\n")).toEqual(["90 days"]);
  });

  it("reads what Loupe's AVV showed: a server hardware line, a kind of company as no name, the logs' keeping said again", () => {
    const d = draft(
      "All data stays within the European Economic Area (EEA). Specifically:\n\n- Server hardware: AT\n- Mail: AT (Mailcow)\n",
    );
    expect(d.terms.hostingAllowed?.value).toEqual(["AT"]);
    const table =
      "## § 9 — Sub-processors\n\nThe current chain of sub-processors is:\n\n| Layer | Provider | Role | Country |\n|---|---|---|---|\n| Hosting | Austrian Tier-III+ VPS provider | Server hardware | AT |\n| DNS | Cloudflare (authoritative) | DNS resolution | IE |\n";
    expect(names(draft(table))).toEqual([["Cloudflare", "IE"]]);
    expect(
      names(draft("Sub-processors:\n\n- ein österreichischer Hosting-Anbieter (Österreich)\n- Hetzner Online GmbH (Deutschland)\n")),
    ).toEqual([["Hetzner Online GmbH", "DE"]]);
    // The logs' 14 days, said three times in other words, are one term.
    expect(
      keptPeriods(
        "3. **Log rotation.** Standard server logs (timestamps, IP addresses) are rotated daily and retained for 14 days.\n\n| Data category | Retention |\n|---|---|\n| IP + timestamp (logs) | 14 days |\n\n- Server logs: rotated, retained 14 days, never sold.\n",
      ),
    ).toEqual(["14 days"]);
    // Logs labelled apart, or the same words in two places, are two terms each.
    expect(keptPeriods("- Access logs: 30 days\n- Audit logs: 30 days\n")).toEqual(["30 days", "30 days"]);
  });

  it("takes the period a statute sets in a clause about the mandatory retention period the law lays down for the law's (Comprobify's kind)", () => {
    expect(
      keptPeriods(
        "Los datos contenidos en comprobantes electrónicos están sujetos al período de conservación obligatorio establecido por la normativa tributaria — durante dicho período, que conforme al Art. 55 del Código Tributario es de cinco (5) años, el Encargado no eliminará estos datos.\n",
      ),
    ).toEqual([]);
    expect(
      keptPeriods(
        "Invoices are kept for the mandatory retention period set by tax law, which under Art. 147 of the Tax Code is ten (10) years.\n",
      ),
    ).toEqual([]);
    // The agreement's own period, citing the law it follows, stays a term.
    expect(keptPeriods("Invoices are kept for ten (10) years (Art. 147 of the Tax Code).\n")).toEqual(["10 years"]);
  });

  it("takes 'information' (information, información, informazione) for a noun, not a notice that owns the period after it", () => {
    const text =
      "In cases where the Controller terminates its relationship with DEXILION, the procedure for the suppression and, where appropriate, blocking of the information may take up to ninety (90) days.\n";
    expect(keptPeriods(text)).toEqual(["90 days"]);
    // The verb still is one: the period is the notice's, not the deleting's.
    expect(keptPeriods("Before the deletion of the data, we inform you within 10 days.\n")).toEqual([]);
  });
});

describe("a breach deadline given by the name of a period the DPA defines", () => {
  it("reads 'within the Breach Notification Period' as the period the definition gives, in each language", () => {
    const breach = (text: string) => draft(text).terms.breachNotification;
    const en = breach(
      '## 1. Definitions\n\n"Breach Notification Period" means forty-eight (48) hours from the Processor becoming aware of a Personal Data Breach.\n\n## 7. Personal Data Breach\n\nThe Processor shall notify the Controller of any Personal Data Breach without undue delay and in any event within the Breach Notification Period.\n',
    );
    expect(en?.value).toEqual({ value: 48, unit: "hours" });
    expect(en?.quote).toMatch(/^"Breach Notification Period" means/);
    expect(
      t(
        breach(
          "« Délai de Notification » désigne un délai de vingt-quatre (24) heures à compter de la découverte.\n\nLe Prestataire notifie au Client toute violation de données à caractère personnel dans le Délai de Notification.\n",
        ),
      ),
    ).toBe("24 hours");
    expect(
      t(
        breach(
          "„Meldefrist“ bezeichnet eine Frist von 24 Stunden ab Kenntniserlangung.\n\nDer Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten innerhalb der Meldefrist.\n",
        ),
      ),
    ).toBe("24 hours");
    expect(
      t(
        breach(
          "**Plazo de Notificación**: 48 horas desde la detección.\n\nEl Proveedor notificará al Cliente cualquier violación de seguridad dentro del Plazo de Notificación.\n",
        ),
      ),
    ).toBe("48 hours");
    expect(
      t(
        breach(
          '"Termine di Notifica" indica il termine di 24 ore dalla scoperta.\n\nIl Fornitore notifica al Cliente ogni violazione dei dati personali entro il Termine di Notifica.\n',
        ),
      ),
    ).toBe("24 hours");
  });

  it("reads an objection window given by the name of a period the DPA defines (en, fr)", () => {
    const window = (text: string) => t(draft(text).terms.objectionWindow);
    expect(
      window(
        '"Objection Period" means fourteen (14) days from the notice.\n\n## Sub-processors\n\nThe Customer may object to a new Sub-processor within the Objection Period.\n',
      ),
    ).toBe("14 days");
    expect(
      window(
        "« Délai d'opposition » désigne un délai de quinze (15) jours à compter de l'information.\n\n## Sous-traitants ultérieurs\n\nLe Client peut s'opposer à un nouveau sous-traitant ultérieur dans le Délai d'opposition.\n",
      ),
    ).toBe("15 days");
  });

  it("takes no defined period whose name is not a notice's, nor one the breach clause does not use", () => {
    const breach = (text: string) => draft(text).terms.breachNotification;
    expect(
      breach(
        '"Response Period" means 10 days.\n\nThe Processor shall notify the Controller of a Personal Data Breach; the Controller shall respond within the Response Period.\n',
      ),
    ).toBeUndefined();
    expect(
      breach(
        '"Notice Period" means 30 days.\n\nThe Processor shall notify the Controller of any Personal Data Breach without undue delay.\n',
      )?.value,
    ).toBeNull();
  });
});

describe("hosting undertaken with an infinitive, and a territory's adjective further in the place", () => {
  it("reads 'se compromete a alojar los Datos en Francia' and its kin in each language", () => {
    const allowed = (text: string) => draft(`${text}\n`).terms.hostingAllowed?.value;
    expect(allowed("El Proveedor se compromete a alojar los Datos exclusivamente en Francia.")).toEqual(["FR"]);
    expect(allowed("Il Fornitore si impegna ad ospitare i Dati esclusivamente in Francia.")).toEqual(["FR"]);
    expect(allowed("Der Auftragnehmer verpflichtet sich, die Daten ausschließlich in Deutschland zu speichern.")).toEqual(["DE"]);
    expect(allowed("De Verwerker verbindt zich ertoe de Persoonsgegevens uitsluitend in Nederland op te slaan.")).toEqual(["NL"]);
    expect(allowed("I dati sono conservati e trattati esclusivamente in data center situati sul territorio francese.")).toEqual(["FR"]);
    expect(allowed("La infraestructura principal de Cappta AI se aloja en Estados Unidos.")).toEqual(["US"]);
    expect(
      draft("El Proveedor garantiza que los Datos Personales se tratan únicamente dentro del Espacio Económico Europeo.\n").terms
        .hostingDeclared?.value,
    ).toEqual(["EEA"]);
  });
});

describe("what VetConnect's DPA showed (Spanish and English)", () => {
  it("reads a breach deadline set as the label of the steps it governs, the notice among them", () => {
    const breach = (text: string) => t(draft(text).terms.breachNotification);
    expect(
      breach(
        "### 4.5 Data Breach Notification\n\nIn case of a Personal Data breach, VetConnect will:\n\n**Within 24 hours:**\n1. Notify Customer via email to admin contacts\n2. Provide initial assessment of the breach\n\n**Within 72 hours:**\n1. Provide detailed written report\n",
      ),
    ).toBe("24 hours");
    expect(
      breach(
        "### 4.5 Notificación de Brecha de Datos\n\nEn caso de una brecha de Datos Personales, VetConnect:\n\n**Dentro de 24 horas:**\n1. Notificará al Cliente vía email\n2. Proveerá evaluación inicial de la brecha\n",
      ),
    ).toBe("24 hours");
  });

  it("takes no keeping from when a deleting begins, nor from a table's answer times", () => {
    expect(
      keptPeriods(
        "**After Termination:**\n\n| Timeframe | Action |\n|-------|--------|\n| **30 days** | Automated deletion from production systems begins |\n| **60 days** | Deletion from backup systems |\n",
      ),
    ).toEqual(["60 days"]);
    expect(keptPeriods("Deletion begins after 30 days and completes within 90 days.\n")).toEqual(["90 days"]);
    expect(
      keptPeriods(
        "VetConnect will assist Customer:\n\n| Right | VetConnect Action | Response Time |\n|-------|-------------------|---------------|\n| **Access** | Provide tools to export data | 48 hours |\n| **Erasure** | Provide deletion functionality | 48 hours |\n",
      ),
    ).toEqual([]);
  });

  it("reads a Spanish 'Sub-procesador' table and 'N días de aviso antes de' a change", () => {
    const d = draft(
      "### 4.3 Sub-procesadores\n\n| Sub-procesador | Servicio | Ubicación |\n|---|---|---|\n| **AWS** | Alojamiento en la nube | EE. UU. (us-east-1) |\n| **Stripe** | Pagos | EE. UU. |\n\nVetConnect proporcionará **30 días de aviso** antes de:\n- Agregar un nuevo Sub-procesador\n",
    );
    expect(names(d)).toEqual([
      ["AWS", "US"],
      ["Stripe", "US"],
    ]);
    expect(t(d.terms.priorNotice)).toBe("30 days");
  });
});

describe("an audit cap still to be decided, in brackets", () => {
  it("takes no cap from '[una volta l'anno — DA VALIDARE]' or '[once a year — TBD]', and one from a cap decided", () => {
    const cap = (text: string) => draft(`${text}\n`).terms.auditMaxPerYear?.value;
    expect(
      cap(
        "10.2. Modalita: audit diretto su richiesta scritta con preavviso di almeno **30 giorni**, massimo **[una volta l'anno — DA VALIDARE]** salvo violazioni accertate.",
      ),
    ).toBeUndefined();
    expect(cap("Audits may take place at most [once a year — TBD] on 30 days' notice.")).toBeUndefined();
    expect(cap("Audits may take place at most once a year on 30 days' notice [to be validated by counsel].")).toBe(1);
  });
});

describe("notices given 'di anticipo', hosting said 'primarily', and the law's keeping a deleting reserves (sixteenth round)", () => {
  it("reads '30 giorni di anticipo', '30 días de anticipación', '30 jours d'avance', '30 dagen van tevoren' as a notice, not an objection window", () => {
    const cases = [
      "Il Responsabile notificherà al Titolare qualsiasi modifica all'elenco dei sub-responsabili con 30 giorni di anticipo, permettendo al Titolare di sollevare obiezioni motivate.",
      "El Encargado informará al Responsable de cualquier nuevo subencargado con 30 días de anticipación, para que pueda oponerse.",
      "Le Sous-traitant informe le Client de tout nouveau sous-traitant ultérieur 30 jours d'avance, afin qu'il puisse s'y opposer.",
      "Verwerker informeert Verwerkingsverantwoordelijke 30 dagen van tevoren over nieuwe subverwerkers, zodat bezwaar mogelijk is.",
    ];
    for (const text of cases) {
      const d = draft(`${text}\n`);
      expect(t(d.terms.priorNotice), text).toBe("30 days");
      expect(d.terms.objectionWindow, text).toBeUndefined();
    }
    // An objection's own window stays one.
    expect(
      t(draft("Il Titolare può opporsi alla nomina di un nuovo sub-responsabile entro 15 giorni dalla notifica.\n").terms.objectionWindow),
    ).toBe("15 days");
  });

  it("reads past 'primariamente', 'mainly', 'principalement' between the verb and the place", () => {
    const allowed = (text: string) => draft(`${text}\n`).terms.hostingAllowed?.value;
    expect(allowed("I dati sono trattati primariamente in infrastrutture UE (AWS eu-south-1 Milano o eu-west-1 Irlanda).")).toEqual([
      "IT",
      "IE",
    ]);
    expect(allowed("Customer Data is mainly hosted in Germany.")).toEqual(["DE"]);
    expect(allowed("Les données sont hébergées principalement en France.")).toEqual(["FR"]);
  });

  it("takes a deleting's period, not the law's keeping it reserves ('salvo obblighi di conservazione fiscale (10 anni ... art. 2220 c.c.)')", () => {
    const kept = (text: string) => keptPeriods(`${text}\n`);
    expect(
      kept(
        "Trascorsi 90 giorni, i dati sono eliminati da tutti i sistemi, salvo obblighi di conservazione fiscale (10 anni per documenti contabili — art. 2220 c.c.).",
      ),
    ).toEqual(["90 days"]);
    expect(
      kept("Die Daten werden nach 30 Tagen gelöscht, vorbehaltlich gesetzlicher Aufbewahrungspflichten (Rechnungen 10 Jahre, § 147 AO)."),
    ).toEqual(["30 days"]);
    expect(kept("Data is deleted within 30 days, save for statutory retention obligations (invoices: 10 years, § 147 AO).")).toEqual([
      "30 days",
    ]);
    // Without a reservation, a period after the deleting is its own.
    expect(kept("Trascorsi 90 giorni, i dati sono eliminati da tutti i sistemi (10 anni).")).toEqual(["10 years"]);
  });

  it("reads a keeping and its end said in the next sentence as one term", () => {
    expect(
      keptPeriods(
        "1. Il Responsabile conserva i dati per 90 giorni dopo la cessazione per consentire l'esportazione.\n2. Trascorsi 90 giorni, i dati sono eliminati in modo irreversibile da tutti i sistemi.\n",
      ),
    ).toEqual(["90 days"]);
    // Two periods are two terms.
    expect(
      keptPeriods(
        "1. Il Responsabile conserva i dati per 90 giorni dopo la cessazione.\n2. Trascorsi 30 giorni, i backup sono eliminati.\n",
      ),
    ).toEqual(["90 days", "30 days"]);
  });
});

describe("a draft's list of names wrapped under a numbered item, and options given with slashes (sixteenth round)", () => {
  it("reads a labelled list that ends its first line with a comma, up to the next numbered item", () => {
    const d = draft(
      "7. **Registro de auditoría** de acciones sensibles.\n8. **Subencargados declarados** (ver política de privacidad): Meta (WhatsApp),\n   Anthropic (IA), OpenAI (transcripción), Railway (hosting), Cloudflare (red).\n9. **Respaldos** de la base de datos y **procedimiento de recuperación probado**\n   (RTO ~5 min al tamaño actual).\n",
    );
    expect(names(d)).toEqual([
      ["Meta", null],
      ["Anthropic", null],
      ["OpenAI", null],
      ["Railway", null],
      ["Cloudflare", null],
    ]);
  });

  it("takes no keeping from '6/12/24 meses o indefinido' (options), and one from a period alone", () => {
    expect(
      keptPeriods(
        "4. **Retención configurable** por el Cliente (conversaciones/mensajes y transcripciones: 6/12/24 meses o indefinido) con purga automática.\n",
      ),
    ).toEqual([]);
    expect(keptPeriods("Logs are retained for 30 / 60 / 90 days, as the customer chooses.\n")).toEqual([]);
    expect(keptPeriods("Las conversaciones se conservan 24 meses.\n")).toEqual(["24 months"]);
  });
});

describe("a long Italian template's periods that are no terms, and a deleting labelled by its period (sixteenth round)", () => {
  it("takes no keeping from least times ('minimo 30 giorni', 'retention minima di 90 giorni', 'a minimum retention of') or recovery objectives (RPO, RTO)", () => {
    for (const text of [
      "- Retention dei backup: minimo 30 giorni;",
      "- Log centralizzati con retention minima di 90 giorni per l'analisi forense.",
      "Logs are kept with a minimum retention of 90 days.",
      "Les journaux sont conservés avec une rétention minimale de 90 jours.",
      "Los registros se conservan con una retención mínima de 90 días.",
      "- Backup giornalieri; Recovery Point Objective (RPO) target: 24 ore; RTO: 4 ore.",
      // The least time said after the period.
      "- Rétention des logs : 5 ans minimum",
      "- Logs are retained for 90 days at least.",
      "- Aufbewahrung der Protokolle: 12 Monate mindestens.",
      "- Retención de registros: 12 meses como mínimo.",
      "- RTO : 4 heures / RPO : 1 heure",
    ])
      expect(keptPeriods(`${text}\n`), text).toEqual([]);
    expect(
      keptPeriods(
        "| # | Misura | Stato |\n|---|---|---|\n| E1 | Backup automatici giornalieri | Implementato |\n| E2 | Retention backup: minimo 30 giorni | Implementato |\n| E7 | RPO target: 24 ore | Implementato |\n| E8 | RTO target: 4 ore | Implementato |\n",
      ),
    ).toEqual([]);
    expect(keptPeriods("- Backup automatici giornalieri con retention 30 giorni;\n")).toEqual(["30 days"]);
    // In a retention table too.
    expect(
      keptPeriods("| Data | Retention |\n|---|---|\n| Logs | 90 days minimum |\n| Backups | at least 30 days |\n| Invoices | 10 years |\n"),
    ).toEqual(["10 years"]);
  });

  it("reads no deleting in 'PRELIMINARE' or a Spanish 'borrador'", () => {
    expect(keptPeriods("EVENTO RILEVATO\nVALUTAZIONE PRELIMINARE entro 1 ora\nChi: Referente tecnico on-call\n")).toEqual([]);
    expect(keptPeriods("Este borrador se revisa en 30 días.\n")).toEqual([]);
    expect(keptPeriods("Los datos se eliminan en 30 días.\n")).toEqual(["30 days"]);
  });

  it("reads a deleting labelled by its period ('**Entro 90 giorni dalla cessazione**: procede alla cancellazione'), not a copy so labelled", () => {
    expect(
      keptPeriods(
        "a) **Entro 30 giorni dalla cessazione**: mette a disposizione del Titolare una copia completa dei dati.\n\nb) **Entro 90 giorni dalla cessazione**: procede alla cancellazione sicura di tutti i dati personali del Titolare.\n",
      ),
    ).toEqual(["90 days"]);
    expect(keptPeriods("- Within 30 days of termination: Processor deletes all Customer Data from its systems.\n")).toEqual(["30 days"]);
  });

  it("takes the period right after a reservation of the law's keeping as the law's ('previsto dalla normativa vigente (attualmente 10 anni ...)')", () => {
    expect(
      keptPeriods(
        "Alla scadenza del Contratto, il presente Accordo continua ad applicarsi per il periodo di conservazione obbligatoria dei dati sanitari previsto dalla normativa vigente (attualmente 10 anni ai sensi delle norme sul fascicolo sanitario), decorso il quale il Responsabile provvede alla cancellazione.\n",
      ),
    ).toEqual([]);
    // The agreement's own deleting after the reservation stays.
    expect(keptPeriods("Subject to statutory retention obligations, the Processor deletes all data within 30 days.\n")).toEqual([
      "30 days",
    ]);
  });

  it("reads no objection window in the time to reach an agreement after an objection, in four languages", () => {
    const cases: Array<[string, string]> = [
      [
        "Il Titolare ha il diritto di opporsi ai nuovi sub-responsabili entro 15 giorni dalla ricezione della notifica. In caso di opposizione motivata del Titolare, le Parti si impegnano a trovare una soluzione alternativa; qualora non sia possibile raggiungere un accordo entro 30 giorni, ciascuna Parte ha il diritto di recedere.",
        "15 days",
      ],
      [
        "The Customer may object to a new Sub-processor within 14 days. If the Customer objects and the parties cannot reach an agreement within 30 days, either party may terminate.",
        "14 days",
      ],
      [
        "Le Client peut s'opposer au nouveau sous-traitant ultérieur dans un délai de 10 jours. En cas d'opposition, si les parties ne parviennent pas à un accord dans les 30 jours, chacune peut résilier.",
        "10 days",
      ],
      [
        "El Cliente podrá oponerse al nuevo subencargado en un plazo de 10 días. En caso de oposición, si las partes no llegan a un acuerdo en 30 días, cualquiera podrá resolver el contrato.",
        "10 days",
      ],
    ];
    for (const [text, days] of cases) {
      const w = draft(`${text}\n`).terms.objectionWindow;
      expect(t(w), text).toBe(days);
      expect(w?.readings, text).toBeUndefined();
    }
  });
});

describe("a table of the keepings the law imposes (sixteenth round)", () => {
  it("takes no term from rows that cite a law under a heading or introduction saying they are the law's", () => {
    const table =
      "| Categoria di dati | Periodo di conservazione | Base normativa |\n|---|---|---|\n| Registro trasporti sanitari | 10 anni | D.P.R. 128/1969 |\n| Fatture e documenti contabili | 10 anni | Art. 2220 c.c. |\n| Documenti previdenziali | 10 anni | Normativa previdenziale |\n| Copie di lavoro | 30 giorni | Contratto |\n";
    expect(keptPeriods(`### 10.2 Eccezioni per obbligo normativo\n\n${table}`)).toEqual(["30 days"]);
    expect(
      keptPeriods(
        `I seguenti dati sono conservati per il periodo di obbligo normativo, al termine del quale vengono cancellati:\n\n${table}`,
      ),
    ).toEqual(["30 days"]);
    // The same rows in a table of the agreement's keepings are its terms.
    expect(keptPeriods(`### Conservazione dei dati\n\n${table}`)).toEqual(["10 years", "10 years", "10 years", "30 days"]);
  });
});

describe("a key term written as a label line and its value on the next (sixteenth round)", () => {
  it("reads 'Sub-processor notice' over '30 days' (an HTML description list, a cover page) as the prior notice", () => {
    expect(t(draft("## Key terms\n\nSub-processor notice\n30 days\n\nObjection period\n14 days\n").terms.priorNotice)).toBe("30 days");
    const html = htmlText(
      "<h2>Key terms</h2><dl><dt>Sub-processor notice</dt><dd>30 days</dd><dt>Breach notification</dt><dd>24 hours</dd></dl>",
    );
    const d = draftFromText({ name: "x.html", format: "html", text: html }, "x");
    expect(t(d.terms.priorNotice)).toBe("30 days");
    // An audit cap said so ("Audits" over "Once per year").
    expect(draft("Audits\nOnce per year\n").terms.auditMaxPerYear?.value).toBe(1);
    // Hosting said so too, the quote still the text's.
    for (const [text, codes] of [
      ["Data location\nGermany\n", ["DE"]],
      ["Server location\nFrankfurt am Main, Germany\n", ["DE"]],
      ["Lieu d'hébergement\nFrance\n", ["FR"]],
    ] as const) {
      const hosting = draft(text).terms.hostingAllowed;
      expect(hosting?.value, text).toEqual(codes);
      expect(quoteAppearsIn(hosting?.quote ?? "", text)).toBe(true);
    }
    // A sentence that wraps over two lines is no label ("... notice of new sub-processors" / "30 days before ...").
    expect(draft("We give notice of any change.\nAudits take 30 days.\n").terms.priorNotice).toBeUndefined();
  });
});

describe("data that never leaves Europe, said with the negation after the place (sixteenth round)", () => {
  it("reads 'verlassen die EU nicht', 'no salen del EEE', 'verlaten de EU nooit', 'ne quittent pas l'EEE', 'non lasciano lo SEE', 'Datenhaltung:'", () => {
    for (const text of [
      "Die Daten verlassen die EU nicht.",
      "Die Daten verlassen niemals den Europäischen Wirtschaftsraum.",
      "Los datos no salen del Espacio Económico Europeo.",
      "De gegevens verlaten de EU nooit.",
      "Les données ne quittent pas l'Espace économique européen.",
      "I dati non lasciano lo Spazio Economico Europeo.",
      "Datenhaltung: ausschließlich in der EU.",
    ])
      expect(draft(`${text}\n`).terms.hostingDeclared?.value, text).toEqual(["EEA"]);
  });
});

describe("a bilingual DPA, and a request's processing time beside a deleting (seventeenth round)", () => {
  it("reads each keeping once where a DPA says it in two languages under the same clause number", () => {
    const bilingual = [
      "## FRANÇAIS\n\n#### 7. Suppression et restitution des données\n\n- Suppression complète des données sous 30 jours\n",
      "## ENGLISH\n\n#### 7. Data Deletion and Return\n\n- Complete data deletion within 30 days\n",
    ].join("\n");
    expect(keptPeriods(bilingual)).toEqual(["30 days"]);
    // One language, two clauses: two keepings of the same length.
    expect(
      keptPeriods("7. Accounts\n\nAccount data is deleted within 30 days.\n\n8. Tickets\n\nSupport tickets are deleted within 30 days.\n"),
    ).toEqual(["30 days", "30 days"]);
  });

  it("tells a line's language by its common words, and none when they are of two languages or none", () => {
    expect(languageOf("Suppression complète des données sous 30 jours")).toBe(fr);
    expect(languageOf("Complete data deletion within 30 days")).toBe(en);
    expect(languageOf("Die Daten werden nach 30 Tagen gelöscht")).toBe(de);
    expect(languageOf("Los datos se suprimen en 30 días")).toBe(es);
    expect(languageOf("I dati sono cancellati entro 30 giorni")).toBe(italian);
    expect(languageOf("De gegevens worden binnen 30 dagen verwijderd")).toBe(nl);
    expect(languageOf("Löschfrist der Daten: 30 Tage / Deletion period of the data: 30 days")).toBeUndefined();
    expect(languageOf("Logs: 30 days")).toBeUndefined();
  });

  it("takes no keeping from a request's processing time labelled beside a deleting, in six languages", () => {
    for (const [rights, label] of [
      [
        "- Accès, rectification, effacement : Via interface d'administration",
        "**Délais de traitement** : 30 jours maximum conformément au RGPD",
      ],
      [
        "- Access, rectification, erasure: Via administration interface",
        "**Processing Timeframe**: Maximum 30 days in accordance with GDPR",
      ],
      ["- Auskunft, Berichtigung, Löschung: über die Verwaltungsoberfläche", "**Bearbeitungsfrist**: höchstens 30 Tage gemäß DSGVO"],
      [
        "- Acceso, rectificación, supresión: mediante la interfaz de administración",
        "**Plazo de tramitación**: 30 días como máximo conforme al RGPD",
      ],
      [
        "- Accesso, rettifica, cancellazione: tramite l'interfaccia di amministrazione",
        "**Tempi di evasione**: 30 giorni al massimo secondo il GDPR",
      ],
      ["- Inzage, rectificatie, verwijdering: via de beheeromgeving", "**Afhandeltermijn**: maximaal 30 dagen conform de AVG"],
    ])
      expect(keptPeriods(`4. Rights\n\n${rights}\n- Deletion of the documents concerned\n\n${label}\n`), label).toEqual([]);
  });
});

describe("hosting places listed in brackets, and a setting's range and default (seventeenth round)", () => {
  it("reads every country of a bracket whose parts the semicolons separate, not a part naming staff", () => {
    const text =
      "8.1. Guest Data is stored and processed within the **European Union** (database and authentication in Ireland; application hosting in Frankfurt, Germany; login e-mail to team members via Amazon SES in Sweden).\n";
    expect(draft(text).terms.hostingAllowed?.value).toEqual(["IE", "DE"]);
  });

  it("takes a setting's default, not the bounds of its range, in six languages; a range alone gives its bound", () => {
    for (const text of [
      "Logs are kept for 7 to 90 days, by default 30 days.",
      "Les journaux sont conservés de 7 à 90 jours, 30 jours par défaut.",
      "Die Protokolle werden 7 bis 90 Tage aufbewahrt (Voreinstellung: 30 Tage).",
      "Los registros se conservan de 7 a 90 días, 30 días por defecto.",
      "I log sono conservati da 7 a 90 giorni, 30 giorni di default.",
      "Logs worden 7 tot 90 dagen bewaard, standaard 30 dagen.",
      "The Customer controls retention through the retention setting (1–60 days per event; default 30 days).",
    ])
      expect(keptPeriods(`${text}\n`), text).toEqual(["30 days"]);
    expect(keptPeriods("Backups are deleted within 30-90 days.\n")).toEqual(["90 days"]);
  });

  it("reads a setting's default said again with its range as one term, and two settings' defaults without one as two", () => {
    const twice =
      "11.1. The Customer controls retention through the venue retention setting (1–60 months per event; default 12 months).\n\n" +
      "Annex 1\n\nGuest Data is retained per event for the venue-configured retention period (1–60 months after the event ends; default 12 months), after which it is anonymized.\n";
    expect(keptPeriods(twice)).toEqual(["12 months"]);
    expect(keptPeriods("1. Logs are kept 30 days by default.\n\n2. Exports are kept 30 days by default.\n")).toEqual([
      "30 days",
      "30 days",
    ]);
  });
});

describe("a notice giving the opportunity to object (seventeenth round)", () => {
  it("reads no objection window in a notice 'giving the opportunity to object' (the SCCs' form), in six languages", () => {
    for (const text of [
      "The Processor shall inform the Controller of any new sub-processor with at least 30 days' notice, giving the Controller the opportunity to object.",
      "Le Sous-traitant informe le Client de tout nouveau sous-traitant ultérieur avec un préavis de 30 jours, afin de lui donner la possibilité de s'y opposer.",
      "El Encargado informará al Responsable de cualquier nuevo subencargado con 30 días de antelación, dándole la oportunidad de presentar su oposición.",
      "Il Responsabile informa il Titolare di ogni nuovo sub-responsabile con un preavviso di 30 giorni, dandogli la possibilità di presentare opposizione.",
      "Der Auftragsverarbeiter informiert den Verantwortlichen mindestens 30 Tage vorab über neue Unterauftragsverarbeiter und gibt ihm so die Möglichkeit, Einspruch zu erheben.",
      "De verwerker informeert de verwerkingsverantwoordelijke ten minste 30 dagen van tevoren over een nieuwe subverwerker en biedt zo de gelegenheid om bezwaar te maken.",
    ]) {
      const terms = draft(`${text}\n`).terms;
      expect(terms.objectionWindow, text).toBeUndefined();
      expect(terms.priorNotice?.value, text).toEqual({ value: 30, unit: "days" });
    }
    // A notice given for the controller to object in is still its window.
    expect(
      draft("The Processor shall give 30 days' notice of any new sub-processor to allow the Controller to object.\n").terms.objectionWindow
        ?.value,
    ).toEqual({
      value: 30,
      unit: "days",
    });
  });
});

describe("a German AVV's deletion schedule, anonymous keeping and list of annexes (seventeenth round)", () => {
  it("reads a numbered item's label with its value, on any line of its paragraph ('3. **Nach 30 Tagen**: Löschung ...')", () => {
    const schedule =
      "(2) Ablauf:\n1. **Sofort**: Zugangsdeaktivierung (Benutzerkonten sperren)\n2. **30 Tage**: Datenexport bereitstellen (CSV/JSON) auf Wunsch des Kunden\n3. **Nach 30 Tagen**: Löschung aller Mandantendaten (Belege, Buchungssätze, Audit-Logs)\n";
    expect(keptPeriods(schedule)).toEqual(["30 days"]);
    expect(draft(schedule).terms.retention?.[0]?.quote).toBe(
      "3. **Nach 30 Tagen**: Löschung aller Mandantendaten (Belege, Buchungssätze, Audit-Logs)",
    );
  });

  it("takes no keeping whose data is kept in anonymised form after its period, and one that deletes before", () => {
    expect(
      keptPeriods(
        "4. **Ausnahme**: Belege innerhalb der 10-Jahres-Frist (§ 147 AO) — Rückgabe an Kunden oder Aufbewahrung in anonymisierter Form\n",
      ),
    ).toEqual([]);
    expect(keptPeriods("Invoices within the 10-year period — returned to the Customer or kept in anonymised form.\n")).toEqual([]);
    expect(keptPeriods("Data is deleted after 30 days, then kept in anonymised form.\n")).toEqual(["30 days"]);
  });

  it("reads no sub-processor from a list of annexes where one annex holds them ('- **Anlage 3**: Löschkonzept')", () => {
    for (const text of [
      "- **Anlage 1**: Technische und organisatorische Maßnahmen (§ 7 dieses AVV)\n- **Anlage 2**: Genehmigte Unterauftragsverarbeiter (§ 8.1 dieses AVV)\n- **Anlage 3**: Löschkonzept (separates Dokument)\n",
      "- **Annex 2**: Approved sub-processors (Section 8.1)\n- **Annex 3**: Deletion concept (separate document)\n",
    ])
      expect(draft(text).terms.subprocessors ?? [], text).toEqual([]);
    // A list inside the sentence still reads.
    expect(
      draft("The following Unterauftragsverarbeiter are engaged: Hetzner Online GmbH, Germany.\n").terms.subprocessors?.map(
        (x) => x.value.name,
      ),
    ).toEqual(["Hetzner Online GmbH"]);
  });
});

describe("a draft's numbers in double brackets, and companies said to be no sub-processors (seventeenth round)", () => {
  it("reads a placeholder's proposed number ('**[[30]] Tage**', '[[24]] Stunden') with the ambiguity flagged, and no period from an open choice '[24/48] uur'", () => {
    const periods = (text: string): Array<[number, string, boolean]> =>
      findPeriods(text).map((p) => [p.value, p.unit, p.ambiguity !== undefined]);
    expect(periods("mindestens **[[30]] Tage** vorher")).toEqual([[30, "days", true]]);
    expect(periods("möglichst innerhalb von [[24]] Stunden nach Kenntnis")).toEqual([[24, "hours", true]]);
    expect(periods("within [30] days")).toEqual([[30, "days", true]]);
    expect(periods("uiterlijk binnen [24/48] uur")).toEqual([]);
    const terms = draft(
      "5. Unterauftragsverarbeiter\n\n(2) Bekvor informiert den Kunden mindestens **[[30]] Tage** vorher in Textform über jede beabsichtigte Hinzuziehung oder Ersetzung von Unterauftragsverarbeitern.\n",
    ).terms;
    expect(terms.priorNotice?.value).toEqual({ value: 30, unit: "days" });
  });

  it("reads no sub-processors from a list or label that says they are none, and still one after 'shall not engage ... other than'", () => {
    for (const text of [
      "Nicht als Unterauftragsverarbeiter geführt: TikTok (Datenquelle, nicht beauftragt), MusicBrainz und Cover Art Archive, Stripe (Abrechnung).",
      "The following are not sub-processors: Stripe, Google Analytics.",
      "Ne sont pas considérés comme sous-traitants ultérieurs : Stripe, Google.",
    ])
      expect(draft(`${text}\n`).terms.subprocessors ?? [], text).toEqual([]);
    expect(
      draft("The Processor shall not engage sub-processors other than: Hetzner Online GmbH, Germany.\n").terms.subprocessors?.map(
        (x) => x.value.name,
      ),
    ).toEqual(["Hetzner Online GmbH"]);
  });
});

describe("backups deleted in a clause that goes on with the deleting, and a location cell naming a place outside the EEA among others (seventeenth round)", () => {
  it("reads the backups' period after ', and from backup systems' (three languages), and no period of another party's clause", () => {
    for (const text of [
      "12.1.2 **Deletion:** After the export period, the Processor shall delete all Personal Data from its active systems within **60 days**, and from backup systems within **90 days**, unless retention is required by EU or Belgian law.",
      "Les données sont supprimées des systèmes actifs sous 60 jours, et des sauvegardes sous 90 jours.",
      "Die Daten werden aus den aktiven Systemen innerhalb von 60 Tagen gelöscht, und aus den Backups innerhalb von 90 Tagen.",
    ])
      expect(keptPeriods(`${text}\n`), text).toEqual(["60 days", "90 days"]);
    expect(keptPeriods("Data is deleted within 30 days, and the Customer may request a copy of its backups within 10 days.\n")).toEqual([
      "30 days",
    ]);
  });

  it("takes the place outside the EEA a location cell names among others, by name or as 'US', and no province's code", () => {
    const rows = [
      ["Stripe Inc.", "EU (Ireland), limited US processing", "US"],
      ["ElevenLabs Inc.", "EU and US", "US"],
      ["Twilio Inc.", "US (headquarters), EU processing", "US"],
      ["Acme GmbH", "EU and Switzerland", "CH"],
      ["Foo SpA", "Italy and Canada", "CA"],
      ["Aruba S.p.A.", "Via San Clemente 53, 24036 Ponte San Pietro (BG), Italia", "IT"],
      ["Bar SpA", "Via Roma 1, 22100 Como (CO), Italia", "IT"],
    ];
    const table = [
      "| Sub-Processor | Purpose | Location |",
      "|---|---|---|",
      ...rows.map(([n, place]) => `| **${n}** | Hosting | ${place} |`),
    ].join("\n");
    expect(draft(`${table}\n`).terms.subprocessors?.map((x) => [x.value.name, x.value.country])).toEqual(rows.map(([n, , c]) => [n, c]));
  });
});

describe("a request passed on to the controller (seventeenth round)", () => {
  it("takes no keeping from the time a request is forwarded in, beside a deleting tool, in six languages", () => {
    for (const text of [
      "TradeXLabel forwards requests received directly to the Broker within 3 business days and provides the export/erase tooling of the platform to fulfil them.",
      "Der Auftragnehmer leitet Anfragen betroffener Personen innerhalb von 3 Werktagen an den Auftraggeber weiter und stellt Export- und Löschfunktionen bereit.",
      "Le Sous-traitant transmet au Client toute demande d'une personne concernée dans un délai de 3 jours ouvrés et fournit les outils d'effacement.",
      "El Encargado remitirá al Responsable cualquier solicitud de los interesados en un plazo de 3 días hábiles y facilitará las herramientas de supresión.",
      "Il Responsabile inoltra al Titolare ogni richiesta degli interessati entro 3 giorni lavorativi e fornisce gli strumenti di cancellazione.",
      "De verwerker stuurt verzoeken van betrokkenen binnen 3 werkdagen door aan de verwerkingsverantwoordelijke en biedt verwijderfuncties.",
    ])
      expect(keptPeriods(`${text}\n`), text).toEqual([]);
    expect(keptPeriods("Data is deleted within 30 days of a request forwarded by the Customer.\n")).toEqual(["30 days"]);
  });
});

describe("a register's providers still to be chosen, named by their kind first (seventeenth round)", () => {
  it("reads no company from 'Fournisseur SMS futur', 'Prestataire d'hébergement', 'Proveedor de pagos', and one from 'Partner Logistics'", () => {
    const table = [
      "| Sous-traitant ultérieur | Service | Localisation |",
      "|---|---|---|",
      "| Partner Logistics | Livraison | Allemagne |",
      "| Fournisseur SMS futur | SMS | Non connecté |",
      "| Prestataire d'hébergement | Hébergement | France |",
      "| Proveedor de pagos | Pagos | España |",
      "| Fornitore di servizi email | Email | Italia |",
    ].join("\n");
    expect(draft(`${table}\n`).terms.subprocessors?.map((x) => x.value.name)).toEqual(["Partner Logistics"]);
  });
});

describe("sub-processors named in brackets after where their list is, and a list ending with a kind (seventeenth round)", () => {
  it("reads '... listed in Annex 3 (Cloudflare, Neon, Modal, Stripe, and any LLM provider)' and 'include AWS, Google and other cloud providers'", () => {
    const names = (text: string): string[] => (draft(`${text}\n`).terms.subprocessors ?? []).map((x) => x.value.name);
    expect(
      names(
        "The Controller grants general authorisation for the sub-processors listed in Annex 3 (Cloudflare, Neon, Modal, Stripe, and any LLM provider).",
      ),
    ).toEqual(["Cloudflare", "Neon", "Modal", "Stripe"]);
    expect(names("Our sub-processors include Amazon Web Services, Google and other cloud providers.")).toEqual([
      "Amazon Web Services",
      "Google",
    ]);
    // A bracket right after the word explains it: no list.
    expect(names("## 3.4 Sous-traitants ultérieurs (Art. 28.3.d)\n\nLe Prestataire informe le Client de tout changement.")).toEqual([]);
  });
});

describe("a governing law given as a heading and its country, a notice 'with right to object' (eighteenth round)", () => {
  it("reads the country a governing-law section opens with alone ('## 7. Governing law', then 'Netherlands.')", () => {
    const law = (text: string): string | undefined => draft(text).terms.governingLaw?.value;
    expect(law("## 7. Governing law\n\nNetherlands. Disputes submitted to the competent Dutch court.\n")).toBe("NL");
    expect(law("## Governing law\n\nThe Netherlands.\n")).toBe("NL");
    expect(law("## Applicable law\n\nEngland and Wales.\n")).toBe("GB");
    // A first sentence that is no place, or a place later in the section, names no law.
    expect(law("## 7. Governing law\n\nNot applicable.\n")).toBeUndefined();
    expect(law("## 7. Governing law\n\nSee the Terms of Service. Our office is in Germany.\n")).toBeUndefined();
    expect(law("## 7. Hosting\n\nGermany.\n")).toBeUndefined();
  });

  it("reads no objection window in a notice 'with right to object', and one in a notice 'to exercise the right to object'", () => {
    const terms = draft(
      "**(d) Sub-processors** — General written authorisation granted. 14 days' notice of any changes, with right to object.\n",
    ).terms;
    expect(terms.objectionWindow).toBeUndefined();
    expect(t(terms.priorNotice)).toBe("14 days");
    expect(
      t(draft("The Processor gives 30 days' notice of new sub-processors to exercise the right to object.\n").terms.objectionWindow),
    ).toBe("30 days");
  });
});

describe("a keeping followed by its deleting, 'then deletion' (eighteenth round)", () => {
  it("reads '12 months after termination then deletion' as a keeping, in six languages, and '14 days after deletion' as none", () => {
    for (const text of [
      "- Retention: 12 months after termination then deletion",
      "- Conservation : 12 mois après la résiliation puis suppression",
      "- Aufbewahrung: 12 Monate nach Vertragsende dann Löschung",
      "- Conservación: 12 meses tras la terminación luego supresión",
      "- Conservazione: 12 mesi dopo la cessazione poi cancellazione",
      "- Bewaartermijn: 12 maanden na beëindiging daarna verwijdering",
    ])
      expect(keptPeriods(`${text}\n`), text).toEqual(["12 months"]);
    // A period counted from the deleting is another act's.
    expect(keptPeriods("A certificate is issued within 14 days after deletion.\n")).toEqual([]);
  });
});

describe("a sub-processor table whose second column is the provider's role (eighteenth round)", () => {
  it("reads 'Fornitore | Ruolo | Dati trattati' and 'Provider | Role | Data' as sub-processor tables under their heading, a people table's 'Role' column and a cell beginning 'Role-Based' as none", () => {
    const read = (text: string): string[] => (draft(text).terms.subprocessors ?? []).map((x) => x.value.name);
    expect(
      read(
        "## 5. Sub-responsabili autorizzati\n\n| Fornitore | Ruolo | Dati trattati |\n|---|---|---|\n| Vercel Inc. | Esecuzione dell'applicazione | Dati in transito |\n| Supabase Inc. | Database dell'applicazione | Configurazione, registri |\n",
      ),
    ).toEqual(["Vercel Inc.", "Supabase Inc."]);
    expect(
      read("## 5. Sub-processors\n\n| Provider | **Role** | Data |\n|---|---|---|\n| Upstash Inc. | Job queue | Shop identifiers |\n"),
    ).toEqual(["Upstash Inc."]);
    // A table of people or parties near sub-processors, with a "Role" column: no list the heading announces.
    expect(
      read(
        "Sub-processors are listed in Annex 3.\n\n## Contacts\n\n| Name | Role | Email |\n|---|---|---|\n| Jane Doe | Data Protection Officer | dpo@example.com |\n| Acme Hosting Ltd | Processor | ops@example.com |\n",
      ),
    ).toEqual([]);
    // A measures table under the list's heading: its cells say what a measure is, none is a header.
    expect(
      read(
        "## Sub-processors\n\n| **Access control** | Role-Based Access Control (RBAC) with least privilege |\n| **Incident response** | Documented plan with defined roles |\n",
      ),
    ).toEqual([]);
  });
});

describe("hosting as a bullet without a verb or article, and a change procedure's labelled lines (eighteenth round)", () => {
  it("reads '- All processing within EU/EEA' and 'stored in EU' as hosting within the EEA, not 'in EU law'", () => {
    const declared = (text: string): string[] | undefined => draft(text).terms.hostingDeclared?.value;
    expect(
      declared(
        "### 5.1 Location\n- All processing within EU/EEA\n- No transfers to third countries without:\n  - Controller's prior authorization\n",
      ),
    ).toEqual(["EEA"]);
    expect(declared("Processing within EU/EEA only.\n")).toEqual(["EEA"]);
    expect(declared("All customer data is stored in EU.\n")).toEqual(["EEA"]);
    expect(declared("Personal data is stored as required in EU law.\n")).toBeUndefined();
    expect(declared("Processing in accordance with EU regulations.\n")).toBeUndefined();
  });

  it("reads no sub-processors from a change procedure's labelled lines ('### 12.2 Sub-processor Changes', '- **Timeline**: ...')", () => {
    const read = (text: string): string[] => (draft(text).terms.subprocessors ?? []).map((x) => x.value.name);
    expect(
      read(
        "### 12.2 Sub-processor Changes\n- **Timeline**: 30 days prior notice\n- **Method**: Email notification\n- **Right to Object**: Controller may object within 14 days\n",
      ),
    ).toEqual([]);
    expect(read("### Objection to new sub-processors\n- **Deadline**: 14 days\n- **Form**: in writing\n")).toEqual([]);
    // The list's own heading still announces its companies.
    expect(read("### Sub-processors\n- **Stripe**: payment processing\n- **Hetzner Online GmbH**: hosting\n")).toEqual([
      "Stripe",
      "Hetzner Online GmbH",
    ]);
  });
});

describe("a Flemish draft: hosting with an exception, an example period, a location to fill in (eighteenth round)", () => {
  it("reads no hosting from 'binnen de EER, tenzij anders vermeld in Bijlage 3', and 'De data zelf blijft ... binnen de EER' as the EEA", () => {
    const declared = (text: string): string[] | undefined => draft(text).terms.hostingDeclared?.value;
    expect(
      declared(
        "7.1. MasjidConnect verwerkt de persoonsgegevens binnen de Europese Economische Ruimte (EER), tenzij anders vermeld in **Bijlage 3**.\n",
      ),
    ).toBeUndefined();
    expect(declared("Personal data is stored within the EU, unless otherwise stated in Annex 3.\n")).toBeUndefined();
    // The law's own exception leaves the commitment standing.
    expect(declared("Personal data is stored within the EU, unless required to do so by Union or Member State law.\n")).toEqual(["EEA"]);
    expect(declared("De data zelf blijft daardoor binnen de EER.\n")).toEqual(["EEA"]);
    // "without exception" is emphasis, no condition, in every language.
    for (const text of [
      "All personal data is stored within the EU, without exception.",
      "Toutes les données sont hébergées dans l'Union européenne, sans exception.",
      "Alle Daten werden ohne Ausnahme in der EU gespeichert.",
      "Alle gegevens worden zonder uitzondering binnen de EER opgeslagen.",
    ])
      expect(declared(`${text}\n`), text).toEqual(["EEA"]);
  });

  it("reads no keeping from an example period ('(bv. **30 dagen** na beëindiging)', '(e.g. **30 days** ...)')", () => {
    expect(
      keptPeriods(
        "11.2. De School beschikt over een redelijke termijn (bv. **30 dagen** na beëindiging) om een export op te vragen vooraleer de gegevens definitief worden verwijderd.\n",
      ),
    ).toEqual([]);
    expect(keptPeriods("The School has a reasonable period (e.g. **30 days** after termination) before the data is deleted.\n")).toEqual(
      [],
    );
    // A company's form "B.V." is no example.
    expect(keptPeriods("Acme B.V. verwijdert de gegevens binnen 30 dagen na beëindiging.\n")).toEqual(["30 days"]);
  });

  it("reads no country from a location cell still to be filled in, and a name without its long note in brackets", () => {
    const table = [
      "| # | Sub-verwerker | Dienst | Locatie / hostingregio |",
      "|---|---|---|---|",
      "| 1 | **Supabase** (Supabase, Inc., VS — infrastructuur op AWS) | Database | [INVULLEN: bevestig EU-regio, bv. AWS eu-central-1 / eu-west] |",
      "| 2 | **Resend** (Resend, Inc., VS — verzending via Amazon SES) | E-mail | Verzending via Amazon SES **eu-west-1 (Ierland, EER)** |",
      "| 3 | **Postmark** (ActiveCampaign, LLC) | E-mail | VS |",
    ].join("\n");
    expect(names(draft(`${table}\n`))).toEqual([
      ["Supabase", null],
      ["Resend", "IE"],
      ["Postmark (ActiveCampaign, LLC)", "US"],
    ]);
  });
});

describe("a sentence inside a sub-processor table's row (eighteenth round)", () => {
  it("reads no hosting commitment from a cell's second sentence ('| Base de datos. Almacena ... | **EEE** (almacenamiento en UE) |')", () => {
    const table = [
      "| Subencargado | Servicio / finalidad | Ubicación | Transferencia |",
      "|---|---|---|---|",
      "| **Supabase Inc.** | Base de datos y autenticación. Almacena pacientes y citas. | Proyecto en **eu-central-1 (Frankfurt, Alemania)** | **EEE** (almacenamiento en UE) |",
      "| **Railway Corp.** | Hosting del backend. | EE. UU. | SCC |",
    ].join("\n");
    const d = draft(`${table}\n`);
    expect(d.terms.hostingDeclared).toBeUndefined();
    expect(names(d)).toEqual([
      ["Supabase Inc.", "DE"],
      ["Railway Corp.", "US"],
    ]);
  });
});

describe("a Chilean draft's sub-processor list and transfers (eighteenth round)", () => {
  it("quotes a row whose location cell ends in an HTML comment verbatim, as the page shows it", () => {
    const text = [
      "| Sub-encargado | Servicio prestado | Ubicación de datos |",
      "|---|---|---|",
      "| **Resend** (Resend, Inc.) | Envío de correos electrónicos | Estados Unidos <!-- TODO(legal): confirmar --> |",
      "",
    ].join("\n");
    const d = draft(text);
    expect(names(d)).toEqual([["Resend (Resend, Inc.)", "US"]]);
    const quote = d.terms.subprocessors?.[0]?.quote ?? "";
    expect(quoteAppearsIn(quote, text)).toBe(true);
    // The comment's words are not the page's: a quote of them is not verbatim.
    expect(quoteAppearsIn("Estados Unidos TODO(legal): confirmar", text)).toBe(false);
  });

  it("reads no hosting country from the place data may be outside of ('fuera de Chile', 'outside the United Kingdom')", () => {
    const allowed = (text: string): string[] | undefined => draft(`${text}\n`).terms.hostingAllowed?.value;
    expect(
      allowed("El encargado puede tratar datos en infraestructura ubicada fuera de Chile (por ejemplo, Google Cloud / Firebase)."),
    ).toBeUndefined();
    expect(allowed("Personal data may be stored outside the United Kingdom.")).toBeUndefined();
    expect(allowed("Personal data is stored in Germany and never outside the EU.")).toEqual(["DE"]);
  });
});

describe("a deletion schedule introduced by its period, and days 'additional' (eighteenth round)", () => {
  it("reads 'within 7 additional days' as a period, in English, Dutch and German", () => {
    expect(findPeriods("within 7 additional days").map((p) => p.text)).toEqual(["7 additional days"]);
    expect(findPeriods("binnen 7 extra dagen").map((p) => p.text)).toEqual(["7 extra dagen"]);
    expect(findPeriods("7 weitere Tage").map((p) => p.text)).toEqual(["7 weitere Tage"]);
  });

  it("gives a list's first deleting item the period of its introduction ('Within 30 days of contract termination, VocalIA shall:')", () => {
    const schedule =
      "### 6.2 Upon Termination\nWithin 30 days of contract termination, VocalIA shall:\n1. Delete all Personal Data processed on behalf of the Client\n2. Delete all backups containing Client data within 7 additional days\n3. Provide written confirmation of deletion upon request\n";
    const d = draft(schedule);
    expect(d.terms.retention.map((r) => [t(r), r.quote])).toEqual([
      ["30 days", "Within 30 days of contract termination, VocalIA shall:"],
      ["7 days", "2. Delete all backups containing Client data within 7 additional days"],
    ]);
    // Alternatives, the deleting one of them, keep nothing for sure.
    expect(
      keptPeriods(
        "A scelta del Titolare, espressa entro **30 giorni** dalla cessazione, Coralyn:\n\n- **restituisce** i dati in formato strutturato; oppure\n- li **cancella**, insieme alle copie esistenti.\n",
      ),
    ).toEqual([]);
  });
});

describe("the round's last probes: a UK template, a retention clause, an SCC options list, a Spanish summary (eighteenth round)", () => {
  it("takes a deleting's period before its verb though an exception after it names backups' own ('... except for data that remains in backups (currently a 7-day rolling retention)')", () => {
    expect(
      keptPeriods(
        "On termination, the Processor will, within 30 days, delete the Customer's Personal Data, except for data that remains in encrypted backups until those backups expire (currently a 7-day rolling retention).\n",
      ),
    ).toEqual(["30 days", "7 days"]);
    // A period of the deleting's own after it is still the deleting's.
    expect(keptPeriods("Within 10 days of a request, the Processor shall delete the data within 30 days.\n")).toEqual(["30 days"]);
  });

  it("reads a processor's notice 'within 72 hours where required by GDPR Art. 33' as its deadline, the article cited being no recipient", () => {
    const breach = (text: string) => t(draft(`${text}\n`).terms.breachNotification);
    expect(
      breach(
        "Processor will notify Controller without undue delay (and within 72 hours where required by GDPR Art. 33) after becoming aware of a Personal Data Breach affecting Customer Data.",
      ),
    ).toBe("72 hours");
    // The controller's own notice under the article stays the controller's.
    expect(
      breach("The Processor shall assist the Controller so that it can notify a personal data breach within 72 hours under Art. 33 GDPR."),
    ).toBeUndefined();
  });

  it("reads '(≤ 72 h)' as 72 hours, not a list's letter 'h)'", () => {
    expect(findPeriods("notificaciones de brecha (≤ 72 h).").map((p) => p.text)).toEqual(["72 h"]);
    expect(findPeriods("(within 48 h)").map((p) => p.text)).toEqual(["48 h"]);
    expect(findPeriods("Art. 28 (3) h) and i)")).toEqual([]);
    expect(
      t(
        draft("Los procesadores asistirán a Isabella para atender derechos de los interesados y notificaciones de brecha (≤ 72 h).\n").terms
          .breachNotification,
      ),
    ).toBe("72 hours");
  });

  it("reads the names of a bracket that ends 'and other approved sub-processors', in four languages", () => {
    const read = (text: string): string[] => (draft(`${text}\n`).terms.subprocessors ?? []).map((x) => x.value.name);
    for (const text of [
      "Este DPA rige el tratamiento por los procesadores de infraestructura de Isabella (Neon, Supabase, Redis, Stripe y otros subprocesadores aprobados), en los términos del Art. 28 RGPD.",
      "This DPA governs processing by our infrastructure providers (Neon, Supabase, Redis, Stripe and other approved sub-processors).",
      "Le présent accord s'applique à nos prestataires (Neon, Supabase, Redis, Stripe et autres sous-traitants ultérieurs).",
      "Dieser Vertrag gilt für unsere Dienstleister (Neon, Supabase, Redis, Stripe und weitere Unterauftragsverarbeiter).",
    ])
      expect(read(text), text).toEqual(["Neon", "Supabase", "Redis", "Stripe"]);
    // A bracket of kinds names no company.
    expect(read("Our providers (hosting, email and other sub-processors) are bound by this DPA.")).toEqual([]);
  });
});

describe("a notice 'N days before' a sub-processor change in French, Spanish, Italian and German (eighteenth round)", () => {
  it("reads '**30 jours avant** tout ajout ... de sub-processor', 'días antes de', 'giorni prima', 'Tage vor'", () => {
    for (const text of [
      "Le Controller sera notifié par email **30 jours avant** tout ajout ou changement de sub-processor significatif.",
      "El Responsable será informado 30 días antes de cualquier nuevo subencargado.",
      "Il Titolare sarà informato 30 giorni prima dell'aggiunta di un sub-responsabile.",
      "Der Kunde wird 30 Tage vor dem Einsatz eines neuen Unterauftragsverarbeiters informiert.",
    ])
      expect(t(draft(`${text}\n`).terms.priorNotice), text).toBe("30 days");
  });
});

describe("a breach notice's target and a keeping in an example's bracket (eighteenth round)", () => {
  it("reads 'with a target of **48 hours**' as no deadline (an aim), in three languages, and 'within 48 hours' as one", () => {
    const breach = (text: string) => draft(`${text}\n`).terms.breachNotification;
    for (const text of [
      "feega notifies the Customer **without undue delay**, with a target of **48 hours**, after becoming aware of a personal data breach.",
      "Le Sous-traitant notifie toute violation de données sans délai, avec un objectif de 24 heures.",
      "Der Auftragsverarbeiter meldet Datenschutzverletzungen unverzüglich, mit einem Ziel von 24 Stunden.",
    ])
      expect(breach(text)?.value, text).toBeNull();
    expect(t(breach("feega notifies the Customer of a personal data breach within 48 hours."))).toBe("48 hours");
  });

  it("reads no keeping inside a bracket that opens with 'for example' ('(for example invoices, kept 10 years under Italian tax law)')", () => {
    expect(
      keptPeriods(
        "- At termination, feega deletes Customer Personal Data within [30] days, unless EU or Member State law requires retention (for example invoices, kept 10 years under Italian tax law).\n",
      ),
    ).toEqual(["30 days"]);
  });
});

describe("places left open (eighteenth round)", () => {
  it("reads no hosting country from 'may be Processed in the United States and other countries', 'weltweit', 'y otros países'", () => {
    const allowed = (text: string): string[] | undefined => draft(`${text}\n`).terms.hostingAllowed?.value;
    for (const text of [
      "**11.3 Data Location.** Customer Personal Data may be Processed in the United States and other countries where RevenueHunt or its Sub-processors maintain facilities.",
      "Die Daten werden in Deutschland und weltweit gespeichert.",
      "Los datos se almacenan en Estados Unidos y otros países.",
    ])
      expect(allowed(text), text).toBeUndefined();
    expect(allowed("Customer Personal Data is processed in the United States.")).toEqual(["US"]);
  });
});

describe("a software's host as a sub-processor row (eighteenth round)", () => {
  it("reads no company from '| PostgreSQL host | ... | *(TBD — pending hosting decision)* |', and one from a host with its legal form", () => {
    const table = [
      "| Sub-processor    | Role                                | Location | Transfer mechanism |",
      "| ---------------- | ----------------------------------- | -------- | ------------------ |",
      "| AWS (incl. SES)  | Transactional email delivery        | US       | EU SCCs |",
      "| PostgreSQL host  | Primary relational + pgvector store | *(TBD — pending hosting decision)* | *(TBD)* |",
      "| Acme Host Ltd    | Backups                             | UK       | UK IDTA |",
    ].join("\n");
    expect(names(draft(`${table}\n`))).toEqual([
      ["AWS", "US"],
      ["Acme Host Ltd", "GB"],
    ]);
  });
});

describe("what the nineteenth round's German AVVs taught", () => {
  it("reads an Azure region written as its display name ('North Europe', 'Sweden Central') as a whole cell, not inside prose", () => {
    const d = draft(
      "Unterauftragnehmer\n\n| Unterauftragnehmer | Leistung | Region |\n|---|---|---|\n| Microsoft — Azure Database for PostgreSQL | Speicherung | North Europe |\n| Microsoft — Azure AI Speech | Sprache | Sweden Central |\n| Acme GmbH | Support | EU |\n",
    );
    expect(names(d)).toEqual([
      ["Microsoft — Azure Database for PostgreSQL", "IE"],
      ["Microsoft — Azure AI Speech", "SE"],
      ["Acme GmbH", null],
    ]);
    expect(draft("All customer data is processed by our team in North Europe.\n").terms.hostingAllowed).toBeUndefined();
  });
  it("reads no keeping from a period counted back from a deleting ('Sieben Tage vor der Löschung weist das Dashboard darauf hin'), in each language", () => {
    for (const text of [
      "Sieben Tage vor der Löschung weist das Dashboard darauf hin; der Verantwortliche kann jederzeit früher löschen.",
      "We send a reminder 7 days before the data is deleted.",
      "Sept jours avant la suppression, le tableau de bord affiche un rappel.",
      "Siete días antes de la eliminación, el panel muestra un aviso.",
      "Sette giorni prima della cancellazione il pannello mostra un avviso.",
      "Zeven dagen voor de verwijdering toont het dashboard een melding.",
    ])
      expect(keptPeriods(`${text}\n`), text).toEqual([]);
    // A keeping's verb before the period, or after the deleting, and a label, still keep.
    expect(keptPeriods("Logs are kept for 30 days before deletion.\n")).toEqual(["30 days"]);
    expect(keptPeriods("Die Daten werden 30 Tage vor der endgültigen Löschung aufbewahrt.\n")).toEqual(["30 days"]);
    expect(keptPeriods("- Backups: 30 days before deletion\n")).toEqual(["30 days"]);
  });
  it("reads hosting from 'Eine Verarbeitung außerhalb der EU bzw. des EWR findet nicht statt', 'in EU-Region', 'storage in EU region', 'Archiviazione nell'UE'", () => {
    const declared = (text: string): string[] | undefined => draft(`${text}\n`).terms.hostingDeclared?.value;
    for (const text of [
      "8.1 Eine Verarbeitung außerhalb der EU bzw. des EWR findet nicht statt.",
      "- Geo-redundante Speicherung in EU-Region",
      "Die Daten werden in EU-Rechenzentren gespeichert.",
      "- Geo-redundant storage in EU region",
      "- Archiviazione nell'UE",
    ])
      expect(declared(text), text).toEqual(["EEA"]);
    expect(declared("Eine Verarbeitung außerhalb der EU findet nur mit Zustimmung des Verantwortlichen statt.")).toBeUndefined();
    expect(declared("Es gilt EU-Recht.")).toBeUndefined();
  });

  it("reads no hosting from a row of a table the sub-processors' heading announces ('| Supabase Inc. | USA / EU-Server in Frankfurt |')", () => {
    const d = draft(
      "## Anlage 2 — Genehmigte Subunternehmer\n\n| Anbieter | Sitz | Zweck |\n|---|---|---|\n| Supabase Inc. | USA / EU-Server in Frankfurt | Datenbank |\n| Lovable AB | Schweden | Entwicklung |\n",
    );
    expect(d.terms.hostingAllowed).toBeUndefined();
    expect(names(d)).toEqual([
      ["Supabase Inc.", "US"],
      ["Lovable AB", "SE"],
    ]);
  });
  it("reads the limit a deleting refers back to ('längstens **90 Tage** ab Eingang ...' then 'Danach erfolgt die Löschung'), in each language", () => {
    for (const text of [
      "2.3 **Dauer:** bis zum Abschluss der Bearbeitung der Supportanfrage, längstens **90 Tage** ab Eingang des Diagnosepakets. Danach erfolgt die Löschung nach Ziffer 9.",
      "2.3 **Duration:** until the support request has been handled, and at the latest **90 days** from receipt of the diagnostic bundle. Deletion then follows under Section 9.",
      "**Durée :** jusqu'au traitement de la demande, au maximum **90 jours** à compter de la réception. Ensuite, les données sont supprimées.",
      "**Duración:** hasta la resolución de la solicitud, como máximo **90 días** desde la recepción. Después se procede a la eliminación de los datos.",
      "**Durata:** fino alla chiusura della richiesta, al massimo **90 giorni** dal ricevimento. Successivamente i dati vengono cancellati.",
      "**Duur:** tot afhandeling van het verzoek, maximaal **90 dagen** na ontvangst. Daarna worden de gegevens verwijderd.",
    ])
      expect(keptPeriods(`${text}\n`), text).toEqual(["90 days"]);
    // No upper bound, or another act's period: nothing.
    expect(keptPeriods("Support requests are handled in 5 days. Deletion then follows.\n")).toEqual([]);
    expect(keptPeriods("The Customer may object to a new sub-processor within at most 30 days. Deletion then follows.\n")).toEqual([]);
  });
  it("reads the handing-over window a deleting follows ('entrega ... dentro de **30 días**', then 'Después de la entrega ... DERR borra los datos'), in each language", () => {
    for (const text of [
      "11.1. Al terminar el servicio, DERR entrega a la Institución una copia completa de sus datos, dentro de **30 días**.\n\n11.2. Después de la entrega, DERR borra los datos de sus sistemas.",
      "11.1 On termination, the Processor hands over a full copy of the data within 30 days.\n\n11.2 The Processor then deletes the data from its systems.",
      "11.1 Nach Vertragsende erfolgt die Herausgabe der Daten innerhalb von 30 Tagen.\n\n11.2 Danach löscht der Auftragsverarbeiter die Daten.",
      "11.1 À la fin du contrat, le Prestataire remet au Client une copie des données sous 30 jours.\n\n11.2 Ensuite, le Prestataire supprime les données.",
      "11.1 Alla fine del contratto, il Fornitore consegna al Cliente una copia dei dati entro 30 giorni.\n\n11.2 Successivamente il Fornitore cancella i dati.",
      "11.1 Na beëindiging draagt de Verwerker de gegevens binnen 30 dagen over.\n\n11.2 Daarna verwijdert de Verwerker de gegevens.",
    ])
      expect(keptPeriods(`${text}\n`), text).toEqual(["30 days"]);
  });
  it("reads no company from a kind of provider with candidates in brackets ('Postgres host (Neon / Supabase / Vercel / self-host)'), the one company a bracket names ('Proveedor de pagos (Polar)')", () => {
    const table = [
      "## Sub-processors used by GetPaid",
      "",
      "| Sub-processor | Purpose | Region |",
      "| --- | --- | --- |",
      "| Resend | Transactional email delivery | US (default) or EU (opt-in via API key) |",
      "| Postgres host (Neon / Supabase / Vercel / self-host) | Database | Operator's choice |",
      "| Hosting provider (Vercel / Docker host) | Application runtime | Operator's choice |",
      "| Postmark (ActiveCampaign, LLC) | Email | US |",
      "| Proveedor de pagos (Polar) | Facturación | US |",
    ].join("\n");
    expect(names(draft(`${table}\n`))).toEqual([
      ["Resend", "US"],
      ["Postmark (ActiveCampaign, LLC)", "US"],
      ["Polar", "US"],
    ]);
  });
  it("reads Dutch 'wist' (erases) as a deleting, the subject after it too ('Na het einde ... wist LightMedia alle persoonsgegevens'), not 'wist dat' (knew)", () => {
    expect(
      keptPeriods(
        "1. Na het einde van de dienstverlening wist LightMedia alle persoonsgegevens van de Vereniging, of bezorgt zij die op verzoek eerst in een gangbaar formaat terug, binnen 30 dagen na het einde.\n",
      ),
    ).toEqual(["30 days"]);
    expect(keptPeriods("De Verwerker wist dat de termijn 30 dagen was.\n")).toEqual([]);
  });

  it("takes no wrapped line of prose for a retention table's header ('**Bewaartermijnen:** gegevens worden bewaard zolang ... dat' / 'vereist en ten hoogste 7 jaar')", () => {
    const d = draft(
      "**Bewaartermijnen:** gegevens worden bewaard zolang het lidmaatschap of de rol dat\nvereist en ten hoogste 7 jaar (administratieve bewaarplicht); zie verder de\nprivacyverklaring.\n",
    );
    expect(d.terms.retention.map((r) => [t(r), r.method])).toEqual([["7 years", "sentence pattern: data kept or deleted within a period"]]);
  });

  it("reads a yearly cap 'ten hoogste eenmaal per jaar' on the information that demonstrates compliance, audits named beside it", () => {
    const d = draft(
      "## Artikel 9 — Verantwoording\n\n1. LightMedia stelt op verzoek van de Vereniging, ten hoogste eenmaal per jaar, alle informatie ter beschikking die redelijkerwijs nodig is om aan te tonen dat de verplichtingen worden nageleefd.\n2. Partijen kiezen daarmee uitdrukkelijk voor schriftelijke verantwoording; een audit of inspectie op locatie maakt geen deel uit van deze overeenkomst.\n",
    );
    expect(d.terms.auditMaxPerYear?.value).toBe(1);
  });
  it("reads the company from the label when most values are purposes ('- **AWS/Supabase:** Almacenamiento y base de datos'), the category form still ('- **CDN**: Cloudflare Inc., USA')", () => {
    const labels = draft(
      "### 4.3 Subprocesadores\nLa Proveedora solo utiliza subprocesadores autorizados:\n- **AWS/Supabase:** Almacenamiento y base de datos\n- **OpenAI:** Procesamiento de IA (solo con datos anónimos o encriptados)\n- **Twilio/WhatsApp:** Envío de mensajes (con DPA firmado)\n",
    );
    expect(names(labels)).toEqual([
      ["AWS/Supabase", null],
      ["OpenAI", null],
      ["Twilio/WhatsApp", null],
    ]);
    const categories = draft(
      "2. Aktuelle Unterauftragsverarbeiter:\n   - **Hosting**: [Provider-Name], [Land] - Server-Infrastruktur\n   - **E-Mail-Versand**: SendGrid Inc., USA - Versand von System-E-Mails\n   - **CDN**: Cloudflare Inc., USA - Content Delivery\n",
    );
    expect(names(categories)).toEqual([
      ["SendGrid Inc.", "US"],
      ["Cloudflare Inc.", "US"],
    ]);
  });
  it("reads a retention table headed 'Retención', 'Rétention', 'Ritenzione', 'Retentie', its header the table's first row only", () => {
    for (const word of ["Retención", "Rétention", "Ritenzione", "Retentie"])
      expect(keptPeriods(`### ${word}\n\n| Dato | ${word} |\n|---|---|\n| Logs | 365 días |\n| Admin | 5 años |\n`), word).toEqual([
        "365 days",
        "5 years",
      ]);
    // A row that names retention under another header is a row, read as one sentence.
    expect(keptPeriods("| Medida | Detalle |\n|---|---|\n| Backups | Diario, retencion 30 dias |\n| Cifrado | AES-256 |\n")).toEqual([
      "30 days",
    ]);
  });

  it("takes no numbered item nor code for a retention table's header ('4. **Retención configurable** ...', '`lib/rgpd/retencion.ts`')", () => {
    expect(
      keptPeriods(
        "3. **Control de acceso por roles** (RBAC).\n4. **Retención configurable** por el Cliente (conversaciones/mensajes y\n   transcripciones: 6/12/24 meses o indefinido) con **purga automática** periódica.\n5. **Derecho de acceso**: exportación.\n",
      ),
    ).toEqual([]);
  });

  it("reads the items of a list under a label all in bold ('**Bewaartermijn (feitelijk, uit de code)**' over '- **Webhook-logs:** 30 dagen.')", () => {
    expect(
      keptPeriods(
        "**Bewaartermijn (feitelijk, uit de code)**\n\n- **Bezoekersgebeurtenissen (`visitor_events`):** 90 dagen.\n- **Webhook-logs:** 30 dagen.\n",
      ),
    ).toEqual(["90 days", "30 days"]);
  });

  it("reads an audit cap written with a slash ('máximo 1 vez/año', '1x/year', '1 fois/an', '1 Mal/Jahr', '1 volta/anno', '1 keer/jaar')", () => {
    for (const cap of [
      "máximo 1 vez/año",
      "max 1x/year",
      "au maximum 1 fois/an",
      "höchstens 1 Mal/Jahr",
      "al massimo 1 volta/anno",
      "maximaal 1 keer/jaar",
    ])
      expect(draft(`## Audit\n\nAudits: ${cap}.\n`).terms.auditMaxPerYear?.value, cap).toBe(1);
  });

  it("reads a numbered section's sub-sections as under its heading ('## 4. Durées de conservation', then '### 4.1. ...', '**Logs d'accès :** 6 mois maximum')", () => {
    const section = (sub: string, line: string): Array<string | undefined> =>
      keptPeriods(`## 4. Durées de conservation\n\n${sub}\n\n${line}\n`);
    expect(section("### 4.1. Données de compte", "**Logs d'accès :** 6 mois maximum")).toEqual(["6 months"]);
    expect(section("### 4.2. Support", "**Tickets résolus :** 3 ans maximum")).toEqual(["3 years"]);
    // A number that does not extend the section's is another section's; a title without one is no section's.
    const headings = (text: string): string[] => paragraphs(text).map((p) => p.heading);
    expect(headings("## 4. Durées\n\n### 4.1. Compte\n\n### 5.1. Assistance\n\nTexte.\n").at(-1)).toBe("5.1. Assistance");
    expect(headings("# Retention policy\n\n## 1. Scope\n\nText.\n").at(-1)).toBe("1. Scope");
    expect(headings("## 4. Durées\n\n### 4.1. Compte\n\n#### 4.1.2. Logs\n\nTexte.\n").at(-1)).toBe("4. Durées 4.1. Compte 4.1.2. Logs");
    expect(keptPeriods("# 4. Retention periods\n\n## 4.1. Account data\n\n**Access logs:** 6 months maximum\n")).toEqual(["6 months"]);
  });

  it("reads a retention line's period a few words into its value when they name a span ('Duration of the contract + 10 years', 'Legal accounting period (10 years)', 'Période glissante de 13 mois')", () => {
    const under = (line: string): Array<string | undefined> => keptPeriods(`## Retention periods\n\n${line}\n`);
    expect(under("**Identification data:** Duration of contractual relationship + 10 years (accounting obligations)")).toEqual([
      "10 years",
    ]);
    expect(under("**Metrics and billing data:** Legal accounting period (10 years)")).toEqual(["10 years"]);
    expect(under("**Données de monitoring :** Période glissante de 13 mois maximum")).toEqual(["13 months"]);
    expect(under("**Protokolle:** Dauer des Vertrags + 12 Monate")).toEqual(["12 months"]);
    // Another act's period after a few words is not the keeping's.
    expect(under("**Termination:** Possible at any time with 30 days' notice")).toEqual([]);
    expect(under("**Résiliation** : Possible à tout moment avec préavis de 30 jours")).toEqual([]);
  });

  it("reads no keeping of data kept 'en forme anonymisée' or 'en forma anónima' under a retention heading", () => {
    expect(keptPeriods("## 4. Durées de conservation\n\n**Évaluations de satisfaction :** 2 ans maximum en forme anonymisée\n")).toEqual(
      [],
    );
    expect(keptPeriods("## Plazos de conservación\n\n**Encuestas:** 2 años como máximo en forma anónima\n")).toEqual([]);
  });

  it("takes no governing law from a law with a party's own as its alternative ('Contrary provisions of Estonian law or the Client's country law only apply if ...')", () => {
    const law = (text: string): string | undefined => draft(text).terms.governingLaw?.value;
    expect(
      law(
        "## 14.4 Applicable law\n\nThe DPA is governed by GDPR. Contrary provisions of Estonian law or the Client's country law only apply if they provide enhanced protection.\n",
      ),
    ).toBeUndefined();
    expect(
      law(
        "### 14.4. Droit applicable\n\nLes dispositions contraires du droit estonien ou du pays du Client ne s'appliquent que si elles offrent une protection renforcée.\n",
      ),
    ).toBeUndefined();
    expect(law("## 14.4 Applicable law\n\nThis DPA is subject to Estonian law.\n")).toBe("EE");
  });

  it("reads the places listed after a hosting sentence's colon, each with its country in brackets ('data centers in six European locations:', then 'Paris (France), Frankfurt (Germany), ...')", () => {
    const allowed = (text: string): string[] | undefined => draft(text).terms.hostingAllowed?.value;
    expect(
      allowed(
        "**European data centers:** VMCloud operates its data centers in six European locations: Paris (France), Frankfurt (Germany), London (United Kingdom - with post-Brexit arrangements), and Milan (Italy - planned).\n",
      ),
    ).toEqual(["FR", "DE", "GB", "IT"]);
    expect(
      allowed(
        "VMCloud opère ses centres de données dans trois emplacements : Paris (France), Francfort (Allemagne) et Amsterdam (Pays-Bas).\n",
      ),
    ).toEqual(["FR", "DE", "NL"]);
    // A list of people is no data centre's.
    expect(allowed("Our team works from two offices: Paris (France) and Berlin (Germany).\n")).toBeUndefined();
  });

  it("reads categories of sub-processors beside kinds with purposes ('- **Public cloud services:** AWS, Google Cloud' beside '- **Data centers:** Physical infrastructure ...'), a kind of company ending a category ('Stripe, PayPal, prestataires bancaires')", () => {
    const list = (text: string): Array<[string, string | null]> => names(draft(text));
    expect(
      list(
        "## 7.2 List of sub-processors\n\n**Main categories of sub-processors:**\n- **Data centers:** Physical infrastructure and network providers\n- **Public cloud services:** AWS, Google Cloud, Microsoft Azure (depending on services)\n- **Payment processors:** Stripe, PayPal, banking providers\n- **Monitoring tools:** Monitoring and alerting solutions\n",
      ),
    ).toEqual([
      ["AWS", null],
      ["Google Cloud", null],
      ["Microsoft Azure", null],
      ["Stripe", null],
      ["PayPal", null],
    ]);
    expect(
      list(
        "## 7.2 Sous-traitants\n\n**Catégories principales de sous-traitants :**\n- **Processeurs de paiement :** Stripe, PayPal, prestataires bancaires\n- **Support technique :** Prestataires spécialisés\n",
      ),
    ).toEqual([
      ["Stripe", null],
      ["PayPal", null],
    ]);
    // Names with purposes still read by their labels.
    expect(
      list(
        "## Sub-processors\n\nWe use the following sub-processors:\n- **OpenAI:** language models for drafting\n- **Render:** application hosting\n",
      ),
    ).toEqual([
      ["OpenAI", null],
      ["Render", null],
    ]);
  });

  it("reads companies in brackets after the kinds of provider a sentence goes through ('our network partners (Cogent, Telia, Level3), our DDoS security providers (Path.net, Voxility)')", () => {
    const list = (text: string): Array<[string, string | null]> => names(draft(text));
    expect(
      list(
        "## 5.2 Sub-processors and partners\n\nVMCloud maintains a public list of its sub-processors. This list includes our infrastructure providers (datacenters), our network partners (Cogent, Telia, Level3), our DDoS security providers (Path.net, Voxility), and our auxiliary service providers.\n",
      ),
    ).toEqual([
      ["Cogent", null],
      ["Telia", null],
      ["Level3", null],
      ["Path.net", null],
      ["Voxility", null],
    ]);
    expect(
      list(
        "## 5.2 Sous-traitants\n\nVMCloud tient une liste de ses sous-traitants. Elle inclut nos fournisseurs d'infrastructure (datacenters), nos partenaires réseau (Cogent, Telia) et nos fournisseurs de sécurité DDoS (Voxility).\n",
      ),
    ).toEqual([
      ["Cogent", null],
      ["Telia", null],
      ["Voxility", null],
    ]);
    // One kind with its bracket is a remark on companies, not a list of kinds.
    expect(
      list("## Sub-processors\n\nThe lawyer is to verify each sub-processor's DPF status for each provider (Vapi, Google).\n"),
    ).toEqual([]);
  });

  it("reads a host a section about sub-processors names in a sentence about hosting, with its place in brackets ('Application hosting is provided on DigitalOcean (US)')", () => {
    const list = (text: string): Array<[string, string | null]> => names(draft(text));
    const table = "| Subprocessor | Role | Location |\n|---|---|---|\n| **Supabase** | Primary database | US East |\n";
    expect(
      list(
        `## 5. Subprocessors\n\n${table}\nApplication hosting is provided on **DigitalOcean (US)**. We will give you notice of any new subprocessor.\n`,
      ),
    ).toEqual([
      ["Supabase", "US"],
      ["DigitalOcean", "US"],
    ]);
    expect(
      list(
        "## 5. Subencargados\n\n| Subencargado | Rol | Ubicación |\n|---|---|---|\n| **Resend** | Correo | EE. UU. |\n\nEl alojamiento de la aplicación se realiza en **DigitalOcean (EE. UU.)**. Le notificaremos.\n",
      ),
    ).toEqual([
      ["Resend", "US"],
      ["DigitalOcean", "US"],
    ]);
    expect(list("## Unterauftragsverarbeiter\n\nDie Daten werden bei Hetzner (Deutschland) gehostet.\n")).toEqual([["Hetzner", "DE"]]);
    // A city in the place of a host's name, or a section about something else, names no host.
    expect(list("## 5. Subprocessors\n\nAll data is hosted on servers at Frankfurt (Germany).\n")).toEqual([]);
    expect(list("## 7. Security\n\nApplication hosting is provided on DigitalOcean (US).\n")).toEqual([]);
  });

  it("reads 'EE. UU.' as no sentence's end", () => {
    expect(
      paragraphs("El alojamiento se realiza en DigitalOcean (EE. UU.). Le notificaremos.\n")
        .flatMap(sentences)
        .map((s) => s.text),
    ).toEqual(["El alojamiento se realiza en DigitalOcean (EE. UU.).", "Le notificaremos."]);
  });
});

describe("a Word file's numbered clauses under a sub-processors heading (twenty-first round)", () => {
  it("reads no sub-processor from a clause's title and its sentence ('1. Appointment. Company authorises ...'), but keeps a name with its details", () => {
    const clauses = draft(
      "## Subprocessing\n\n1. Appointment. Company authorises Vendor to appoint Subprocessors in connection with the Services and in accordance with this Clause.\n2. Current Subprocessors. Vendor shall make available to Company the current list of Subprocessors for the Services on request.\n3. New Subprocessors. Vendor shall give Company prior written notice of the appointment of any new or replacement Subprocessor.\n",
    );
    expect(names(clauses)).toEqual([]);
    const listed = draft(
      "## Subprocessors\n\n1. Stripe. Payments.\n2. Aruba S.p.A., con sede in Via San Clemente 53, Ponte San Pietro, Italia. Attività: hosting dell'infrastruttura applicativa e dei database del Software.\n",
    );
    expect(names(listed).map(([name]) => name)).toEqual(["Stripe", "Aruba S.p.A."]);
  });
  it("reads no sub-processor from a clause's numbered title alone in its list ('1. Authorization'), but keeps a company alone in one", () => {
    const titled = draft(
      "## SUB-PROCESSORS\n\n1. Authorization\n\nController generally authorizes Processor to engage Sub-processors, provided that:\n\n- Processor maintains a list of Sub-processors\n- Controller has the right to object to new Sub-processors\n",
    );
    expect(names(titled)).toEqual([]);
    const alone = draft(
      "## Sub-processors\n\nThe Processor engages the following sub-processor:\n\n1. Hetzner Online GmbH\n\nIt hosts the Service.\n",
    );
    expect(names(alone).map(([name]) => name)).toEqual(["Hetzner Online GmbH"]);
  });
});

describe("backups kept elsewhere, in a clause after the hosting sentence's semicolon (twenty-second round)", () => {
  it.each([
    ["English", "## 7. Hosting\n\nPersonal Data will be stored and processed in Germany; backups are stored in Finland.\n", ["DE", "FI"]],
    ["French", "## 7. Hébergement\n\nLes données sont hébergées en France ; les sauvegardes sont stockées en Allemagne.\n", ["FR", "DE"]],
  ])("%s", (_, text, expected) => {
    const d = draft(text);
    expect(d.terms.hostingAllowed?.value).toEqual(expected);
    expect(d.terms.hostingAllowed?.quote).toBe(text.split("\n\n")[1]?.trim());
  });
  it("a clause after the semicolon about something else adds no place", () => {
    expect(
      draft("## 7. Hosting\n\nPersonal Data is stored in Germany; our support staff work from Canada.\n").terms.hostingAllowed?.value,
    ).toEqual(["DE"]);
  });
});

describe("a commitment to host, its verb in the infinitive (twenty-second round)", () => {
  it.each([
    [
      "French",
      "## 7. Localisation\n\nLe Prestataire s'engage à héberger et traiter les Données à caractère personnel exclusivement en France.\n",
      ["FR"],
    ],
    ["English", "## 7. Location\n\nThe Processor undertakes to host and process Personal Data exclusively in Germany.\n", ["DE"]],
    ["Spanish", "## 7. Ubicación\n\nEl Proveedor se compromete a alojar y tratar los Datos Personales exclusivamente en España.\n", ["ES"]],
  ])("%s", (_, text, expected) => {
    expect(draft(text).terms.hostingAllowed?.value).toEqual(expected);
  });
});

describe("a period whose number Markdown emphasises apart from its unit (twenty-third round)", () => {
  it.each([
    ["bold", "The Processor shall notify the Controller of any Personal Data Breach within **48** hours of becoming aware of it.", 48],
    ["italic", "The Processor shall notify the Controller of any Personal Data Breach within *48* hours of becoming aware of it.", 48],
    [
      "underscores",
      "The Processor shall notify the Controller of any Personal Data Breach within __48__ hours of becoming aware of it.",
      48,
    ],
    ["code", "The Processor shall notify the Controller of any Personal Data Breach within `24` hours of becoming aware of it.", 24],
    ["words and digits", "The Processor shall notify the Controller of any Personal Data Breach within **forty-eight (48)** hours.", 48],
    ["the unit", "The Processor shall notify the Controller of any Personal Data Breach within 36 **hours** of becoming aware of it.", 36],
    [
      "French",
      "Le Prestataire notifie au Client toute violation de données à caractère personnel dans un délai de **48** heures après en avoir pris connaissance.",
      48,
    ],
  ])("%s", (_, sentence, hours) => {
    const d = draft(`## 9. Breach\n\n${sentence}\n`);
    expect(d.terms.breachNotification?.value).toEqual({ value: hours, unit: "hours" });
    expect(d.terms.breachNotification?.quote).toBe(sentence);
  });
  it("an objection window and a prior notice too", () => {
    const d = draft(
      "## 5. Sub-processors\n\nThe Processor will give Customer at least **thirty (30)** days' notice of any new Sub-processor, and Customer may object within **ten (10)** business days.\n",
    );
    expect(d.terms.priorNotice?.value).toEqual({ value: 30, unit: "days" });
    expect(d.terms.objectionWindow?.value).toEqual({ value: 10, unit: "working_days" });
  });
});

describe("an audit cap of one time, its number in digits too, in every language (twenty-third round)", () => {
  it.each([
    ["English, one (1) time", "Customer may audit the Processor no more than one (1) time per year.", 1],
    ["English, 1 time", "Customer may audit the Processor no more than 1 time per year.", 1],
    ["English, emphasised", "Customer may audit the Processor no more than **one (1)** time per calendar year.", 1],
    ["English, two (2) times", "Customer may audit the Processor no more than two (2) times per year.", 2],
    ["Spanish", "El Cliente podrá realizar una auditoría como máximo una (1) vez al año.", 1],
    ["Spanish, 1 vez", "El Cliente podrá realizar una auditoría como máximo 1 vez al año.", 1],
    ["Italian", "Il Cliente può effettuare un audit non più di una (1) volta all'anno.", 1],
    ["Italian, 1 volta", "Il Cliente può effettuare un audit non più di 1 volta all'anno.", 1],
    ["German", "Der Kunde kann höchstens einmal (1) pro Kalenderjahr eine Prüfung durchführen.", 1],
  ])("%s", (_, sentence, count) => {
    expect(draft(`## 10. Audits\n\n${sentence}\n`).terms.auditMaxPerYear?.value).toBe(count);
  });
  it("a time of day or a one-time fee is no cap", () => {
    expect(
      draft("## 10. Audits\n\nCustomer may audit the Processor at any time per year it chooses.\n").terms.auditMaxPerYear,
    ).toBeUndefined();
    expect(
      draft("## 10. Audits\n\nCustomer may request an audit for a one-time fee per year of EUR 500.\n").terms.auditMaxPerYear,
    ).toBeUndefined();
  });
});

describe("a breach's deadline in the sentence after the list of what its notice contains (twenty-third round)", () => {
  const contents = (intro: string, items: string[], after: string, sep = "\n"): string =>
    `## 4. Obligations\n\n4.1 The Processor processes personal data only on documented instructions.\n\n${intro}\n\n${items.join(sep)}\n\n${after}\n\n4.8 The Processor assists the Controller with impact assessments.\n`;
  it.each([
    [
      "French, a sentence introducing the list",
      contents(
        "4.7 Le Sous-traitant notifie au Responsable de traitement toute violation de données à caractère personnel dans les meilleurs délais. Cette notification contient au moins :",
        [
          "- la description de la nature de la violation ;",
          "- le nom et les coordonnées du délégué à la protection des données ;",
          "- la description des conséquences probables ;",
          "- la description des mesures prises.",
        ],
        "La notification intervient au plus tard dans un délai de 48 heures après la prise de connaissance.",
      ),
      48,
    ],
    [
      "English, the breach sentence introducing it",
      contents(
        "4.7 The Processor shall notify the Controller of any personal data breach without undue delay, and the notification shall:",
        ["- describe the nature of the breach;", "- describe the likely consequences;", "- describe the measures taken."],
        "Such notification shall be made no later than 48 hours after becoming aware.",
      ),
      48,
    ],
    [
      "German, an item a paragraph",
      contents(
        "(5) Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten unverzüglich. Die Meldung enthält mindestens folgende Angaben:",
        [
          "1. eine Beschreibung der Art der Verletzung;",
          "2. den Namen des Datenschutzbeauftragten;",
          "3. eine Beschreibung der wahrscheinlichen Folgen;",
        ],
        "Die Meldung erfolgt spätestens innerhalb von 24 Stunden nach Kenntniserlangung.",
        "\n\n",
      ),
      24,
    ],
  ])("%s", (_, text, hours) => {
    const d = draft(text);
    expect(d.terms.breachNotification?.value).toEqual({ value: hours, unit: "hours" });
    expect(text).toContain(d.terms.breachNotification?.quote);
  });
  it("the sentence after the list is the breach's only when it is about the notice", () => {
    const authority = contents(
      "The Processor shall notify the Controller of any personal data breach without undue delay. The notification shall at least:",
      ["- describe the nature of the breach;", "- describe the likely consequences."],
      "The Controller shall notify the supervisory authority within 72 hours where required.",
    );
    expect(draft(authority).terms.breachNotification?.value).toBeNull();
    const subprocessor = contents(
      "The Processor shall notify the Controller of any personal data breach without undue delay. The notification shall at least:",
      ["- describe the nature of the breach;", "- describe the likely consequences."],
      "The Processor shall notify the Controller of any new sub-processor at least 30 days in advance.",
    );
    expect(draft(subprocessor).terms.breachNotification?.value).toBeNull();
  });
});

describe("a breach's deadline in a clause that names the breach's clause by its number (twenty-third round)", () => {
  it.each([
    [
      "English",
      "## 4. Obligations of the Processor\n\n4.6 The Processor shall notify the Controller of any Personal Data Breach without undue delay.\n\n4.7 The notification shall describe the nature of the breach, the likely consequences and the measures taken.\n\n4.8 The Processor shall cooperate with the Controller and take reasonable steps to remediate.\n\n4.9 The notification referred to in clause 4.6 shall be made within 36 hours at the latest.\n",
      36,
    ],
    [
      "French",
      "## 4. Obligations du Sous-traitant\n\n4.6 Le Sous-traitant notifie au Client toute violation de données à caractère personnel dans les meilleurs délais.\n\n4.7 Cette notification décrit la nature de la violation et les mesures prises.\n\n4.8 Le Sous-traitant coopère avec le Client.\n\n4.9 Le délai de notification mentionné à l'article 4.6 ne peut excéder 24 heures.\n",
      24,
    ],
    [
      "German",
      "## 9. Pflichten des Auftragnehmers\n\n9.1 Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten unverzüglich.\n\n9.2 Die Meldung beschreibt die Art der Verletzung.\n\n9.3 Der Auftragnehmer unterstützt den Auftraggeber.\n\n9.4 Die Meldung gemäß Ziffer 9.1 erfolgt spätestens innerhalb von 48 Stunden.\n",
      48,
    ],
  ])("%s", (_, text, hours) => {
    const d = draft(text);
    expect(d.terms.breachNotification?.value).toEqual({ value: hours, unit: "hours" });
    expect(d.terms.breachNotification?.line).toBe(text.split("\n").length - 1);
  });
  const breachClause =
    "## 1. Obligations\n\n1.1 The Processor shall notify the Controller of any Personal Data Breach without undue delay.\n\n1.2 The Processor shall assist the Controller.\n\n## 2. Changes\n\n";
  it.each([
    [
      "a change to the agreement at weeks' notice",
      "2.1 To the extent changes in law referred to in clause 1.1 require it, either party may change this DPA with a notice of 30 days.",
    ],
    [
      "a sub-processor's notice",
      "2.1 The Processor shall notify the Controller of a new sub-processor within 48 hours, as set out in clause 1.1.",
    ],
    [
      "the law's article of the same number",
      "2.1 The Controller notifies the supervisory authority within 12 hours under Article 1.1 GDPR.",
    ],
  ])("is no deadline: %s", (_, sentence) => {
    expect(draft(`${breachClause}${sentence}\n`).terms.breachNotification?.value).toBeNull();
  });
});

describe("a breach's deadline where its clause speaks of the notice again, further on (twenty-third round)", () => {
  it.each([
    [
      "English, the same paragraph, four sentences on",
      "## 4. Obligations\n\n4.6 The Processor shall notify the Controller of any Personal Data Breach without undue delay. The Processor shall investigate it. The Processor shall take reasonable steps to contain it. The Processor shall keep records of it. Such notice shall be given within 24 hours.\n\n4.7 The Processor assists the Controller.\n",
      24,
    ],
    [
      "English, a paragraph of the clause after another",
      "## 4. Obligations\n\n4.6 The Processor shall notify the Controller of any Personal Data Breach without undue delay.\n\nThe Processor shall investigate the breach and take reasonable steps to contain it.\n\nSuch notice shall be given within 24 hours.\n\n4.7 The Processor assists the Controller.\n",
      24,
    ],
    [
      "French",
      "## 4. Obligations\n\n4.6 Le Sous-traitant notifie au Client toute violation de données à caractère personnel dans les meilleurs délais. Il mène une enquête. Il prend les mesures nécessaires pour la contenir. Il en conserve une trace. Cette notification intervient au plus tard dans les 48 heures.\n\n4.7 Le Sous-traitant aide le Client.\n",
      48,
    ],
    [
      "German",
      "## 4. Pflichten\n\n4.6 Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten unverzüglich.\n\nEr untersucht den Vorfall und ergreift Maßnahmen zu seiner Eindämmung.\n\nDie Meldung erfolgt spätestens innerhalb von 24 Stunden.\n\n4.7 Der Auftragnehmer unterstützt den Auftraggeber.\n",
      24,
    ],
  ])("%s", (_, text, hours) => {
    expect(draft(text).terms.breachNotification?.value).toEqual({ value: hours, unit: "hours" });
  });
  it.each([
    [
      "another notice begins before it",
      "## 4. Obligations\n\n4.6 The Processor shall notify the Controller of any Personal Data Breach without undue delay.\n\nThe Processor shall inform the Controller if an instruction infringes the GDPR.\n\nThe notice shall be given within 48 hours.\n",
    ],
    [
      "it is in another clause",
      "## 4. Obligations\n\n4.6 The Processor shall notify the Controller of any Personal Data Breach without undue delay.\n\n4.7 The Processor shall keep a register.\n\n4.8 The Processor shall consult the Controller. The notice shall be given within 48 hours.\n",
    ],
  ])("is no deadline when %s", (_, text) => {
    expect(draft(text).terms.breachNotification?.value).toBeNull();
  });
});

describe("Azure's regions by their display names in a hosting sentence (twenty-third round)", () => {
  it.each([
    ["after 'Azure in'", "The Service is hosted on Azure in West Europe.", ["NL"]],
    ["with the provider's name before it", "Customer Data is hosted in Microsoft Azure West Europe.", ["NL"]],
    ["as 'the ... region'", "Customer Data is hosted in the Azure West Europe region.", ["NL"]],
    ["two of them", "Customer Data is hosted in the Azure regions West Europe and North Europe.", ["NL", "IE"]],
    ["with a digit", "Customer Data is hosted on Azure in East US 2.", ["US"]],
    ["in a table row", "| Hosting | Microsoft Azure, Germany West Central |", ["DE"]],
  ])("%s", (_, sentence, expected) => {
    expect(draft(`## 7. Hosting\n\n${sentence}\n`).terms.hostingAllowed?.value).toEqual(expected);
  });
  it("a part of the world is still no place, and a country in brackets after it still is", () => {
    expect(
      draft("## 7. Hosting\n\nCustomer Data is hosted primarily in Europe and the United States.\n").terms.hostingAllowed,
    ).toBeUndefined();
    expect(draft("## 7. Hosting\n\nCustomer Data is stored in Europe (Germany).\n").terms.hostingAllowed?.value).toEqual(["DE"]);
  });
});

describe("an English hosting sentence whose place comes before the verb, 'in X to host the Service' (twenty-third round)", () => {
  it.each([
    ["a region", "We use Amazon Web Services (AWS) in the Frankfurt region to host the Service.", ["DE"]],
    ["a country, customer data", "We use a cloud provider in Finland to store all Customer Data.", ["FI"]],
    ["for hosting", "We rely on servers in the Netherlands for hosting our platform.", ["NL"]],
  ])("%s", (_, sentence, expected) => {
    expect(draft(`## 6. Hosting\n\n${sentence}\n`).terms.hostingAllowed?.value).toEqual(expected);
  });
  it.each([
    ["events", "We work with partners in India to host webinars."],
    ["a website apart from the service", "We use Amazon Web Services in the United States to host our marketing website."],
  ])("what is hosted is no data nor the service: %s", (_, sentence) => {
    expect(draft(`## 6. Hosting\n\n${sentence}\n`).terms.hostingAllowed).toBeUndefined();
  });
});

describe("a table of places after a hosting sentence's colon, under a heading about something else (twenty-third round)", () => {
  it.each([
    [
      "data centres and their countries",
      "## 6. Infrastructure\n\nCustomer Data is hosted in the following data centres:\n\n| Data centre | Country |\n|---|---|\n| Falkenstein | Germany |\n| Helsinki | Finland |\n",
    ],
    [
      "sites and their places",
      "## 6. Security measures\n\nPersonal data is stored at the following locations:\n\n| Site | Location |\n|---|---|\n| Primary | Frankfurt, Germany |\n| Backup | Helsinki, Finland |\n",
    ],
  ])("%s", (_, text) => {
    const d = draft(text);
    expect(d.terms.hostingAllowed?.value).toEqual(["DE", "FI"]);
    expect(text).toContain(d.terms.hostingAllowed?.quote);
  });
  it("a table of companies after it is a list of providers, each with its own place", () => {
    const text =
      "## 6. Sub-processors\n\nWe use the following sub-processors to store and process Customer Data:\n\n| Sub-processor | Location |\n|---|---|\n| Stripe | United States |\n| Postmark | Germany |\n";
    expect(draft(text).terms.hostingAllowed).toBeUndefined();
  });
});

describe("a state's code after a city of the United States, and a table of notices under a breach heading (twenty-fourth round)", () => {
  it.each([
    ["Virginia is no Vatican", "Data is hosted in the USA (Ashburn, VA).", ["US"]],
    ["the city and state alone", "Our servers are located in Ashburn, VA.", ["US"]],
    ["two data centres", "Customer Data is hosted in data centres in Germany and in Hillsboro, OR and Ashburn, VA (USA).", ["DE", "US"]],
  ])("hosting: %s", (_, sentence, expected) => {
    expect(draft(`## 6. Hosting\n\n${sentence}\n`).terms.hostingAllowed?.value).toEqual(expected);
  });
  it("a sub-processor's location 'San Francisco, CA' is the United States, not Canada; 'Tel Aviv, IL' and 'Frankfurt, DE' stay countries", () => {
    const d = draft(
      "## Sub-processors\n\n| Name | Purpose | Location |\n|---|---|---|\n| Zendesk Inc. | Support | San Francisco, CA |\n| Monday.com Ltd. | Tasks | Tel Aviv, IL |\n| Hetzner Online GmbH | Hosting | Frankfurt, DE |\n| Postmark | Email | Chicago, IL |\n",
    );
    expect(names(d)).toEqual([
      ["Zendesk Inc.", "US"],
      ["Monday.com Ltd.", "IL"],
      ["Hetzner Online GmbH", "DE"],
      ["Postmark", "US"],
    ]);
  });
  it("a street address in a US city with its zip code stays no country, as the built-in packs read it", () => {
    expect(
      names(draft("## Sub-processors\n\n| Name | Location |\n|---|---|\n| Zendesk Inc. | 1019 Market St San Francisco, CA 94103 |\n")),
    ).toEqual([["Zendesk Inc.", null]]);
  });
  it("a sub-processor's notice in a table of notices under a breach heading is no breach deadline", () => {
    const d = draft(
      "## Notification des violations\n\n| Événement | Délai |\n|---|---|\n| Violation de données à caractère personnel | 24 heures |\n| Nouveau sous-traitant ultérieur | 30 jours |\n",
    );
    expect(d.terms.breachNotification?.value).toEqual({ value: 24, unit: "hours" });
    expect(d.terms.breachNotification?.ambiguity).toBeUndefined();
  });
});

describe("the forms a twenty-fourth round's dev text took (memoLib): emoji bullets, bold labels, tables of audits and of rights", () => {
  it("an item opened with an emoji mark is a list item: its period is its own, not its neighbour's", () => {
    const d = draft(
      "### 5.2 Suppression à résiliation\n\nÀ la fin du contrat, le Sous-Traitant :\n\n✅ **Exporte les données** en format standard (CSV/JSON) sous 30 jours  \n✅ **Supprime les données** dans un délai de 90 jours  \n❌ Vente à tiers  \n✔️ **Certifie la suppression** par écrit\n",
    );
    expect(keptPeriods(d.source.text)).toEqual(["90 days"]);
  });
  it("a bold label and its value after a line introducing it is no heading: the breach's deadline", () => {
    const d = draft(
      "### 8.1 Violations de données (Data Breaches)\n\nEn cas de **violation avérée** de sécurité :\n\n**Délai de notification :** Dès détection (maximum 72h)\n\n**Contenu :**\n\n* Nature de la violation\n",
    );
    expect(d.terms.breachNotification?.value).toEqual({ value: 72, unit: "hours" });
  });
  it.each([
    [
      "fr",
      "### 8.2 Incidents de sécurité (sans violation)\n\nIncidents mineurs ou incidents en cours (ex: tentative accès non-autorisé) :\n\n**Notification :** Sous 24 heures\n",
    ],
    ["en", "### 8.2 Security incidents without a breach\n\nMinor incidents:\n\n- Notification: within 24 hours\n"],
  ])("a heading that sets its incidents apart from breaches gives no breach deadline (%s)", (_, text) => {
    expect(draft(text).terms.breachNotification).toBeUndefined();
  });
  it.each([
    ["fr", "### 9.1 Audit par le Responsable\n\n| Audit | Fréquence | Préavis |\n|---|---|---|\n| Conformité RGPD | 1x/an | 30j |\n"],
    ["en", "| Audit | Frequency |\n|---|---|\n| Compliance audit | 1/year |\n"],
    ["de", "| Prüfung | Häufigkeit |\n|---|---|\n| Vor-Ort-Kontrolle | 1/Jahr |\n"],
  ])("a row of a table of audits gives their cap (%s)", (_, text) => {
    expect(draft(text).terms.auditMaxPerYear?.value).toBe(1);
  });
  it("the erasure's row of a table of the data subjects' rights and their answer times keeps nothing", () => {
    const text =
      "### 7.1 Droits des personnes concernées\n\n| Droit | Procédure | Délai |\n|---|---|---|\n| **Accès** (Art. 15) | Email DPO | 30 jours |\n| **Rectification** (Art. 16) | Self-service | Immédiat |\n| **Effacement** (Art. 17) | Email DPO | 30 jours |\n";
    expect(draft(text).terms.retention).toEqual([]);
  });
  it("a provider's name before a code, beside a code alone, is that code's country: '(Cloudflare FR/DE)'; a name and a code alone are none", () => {
    expect(draft("## 6. Localisation\n\n* **Serveurs :** UE uniquement (Cloudflare FR/DE)\n").terms.hostingAllowed?.value).toEqual([
      "FR",
      "DE",
    ]);
    expect(draft("## 6. Hosting\n\nAll data is hosted by Acme IT.\n").terms.hostingAllowed).toBeUndefined();
  });
  it.each([
    ["fr", "* **Serveurs :** France", ["FR"]],
    ["es", "* **Servidores:** España", ["ES"]],
    ["nl", "* **Servers:** Nederland", ["NL"]],
    ["de", "* **Server:** Deutschland", ["DE"]],
    ["it", "* **Server:** Italia", ["IT"]],
  ])("a line labelled with the servers gives where they are (%s)", (_, line, expected) => {
    expect(draft(`## 6. Localisation\n\n${line}\n`).terms.hostingAllowed?.value).toEqual(expected);
  });
});

describe("the forms a twenty-fourth round's Dutch dev text took (Chef Data): long numbered clauses, a note on one sub-processor", () => {
  it("a paragraph numbered with a two-level clause number is that clause, however long", () => {
    const d = draft(
      "## Artikel 7 - Sub-verwerkers\n\n7.1 Klant geeft algemene schriftelijke toestemming.\n\n7.2 De lijst staat in **Bijlage 2**.\n\n7.3 Chef Data informeert Klant minimaal 14 dagen voorafgaand aan het inschakelen van een nieuwe Sub-verwerker of het vervangen van een bestaande Sub-verwerker.\n\n7.4 Klant kan binnen 14 dagen na kennisgeving gemotiveerd bezwaar maken. Partijen treden in dat geval in overleg met elkaar.\n",
    );
    expect(d.terms.priorNotice?.clause).toBe("7.3 (L7)");
    expect(d.terms.objectionWindow?.clause).toBe("7.4 (L9)");
  });
  const list =
    "## Bijlage 2: Sub-verwerkers\n\n| Sub-verwerker | Locatie | Dienst |\n|---|---|---|\n| **Cloudflare, Inc.** | EU-regio | Hosting, WAF, Database |\n| **Resend, Inc.** | Ierland (EU) | Email dienstverlening |\n\n";
  it("a note under the sub-processors' list on where one listed for something else keeps its data is that company's, not the service's hosting", () => {
    const d = draft(`${list}Resend wordt gebruikt voor het verzenden van support emails, met data opslag in de EU (Ierland).\n`);
    expect(d.terms.hostingAllowed).toBeUndefined();
    expect(d.terms.hostingDeclared).toBeUndefined();
  });
  it("a note on where the company listed for hosting keeps the data is the service's hosting", () => {
    expect(draft(`${list}Cloudflare slaat alle gegevens op in datacenters in Nederland.\n`).terms.hostingAllowed?.value).toEqual(["NL"]);
  });
});

describe("the forms a twenty-fourth round's English dev text took (Subsights): clauses a line each, lists under bold categories", () => {
  it("clauses written a line each with Markdown's hard breaks are cited each by its own number", () => {
    const d = draft(
      "**4. Sub-processors**  \n4.1. General Authorization. Controller provides a general authorization.  \n4.3. Notice and Objection. Processor shall provide at least fifteen (15) days' prior written notice of any new Sub-processor.\n\n**7. Personal Data Breach**  \n7.1. Upon becoming aware of a Personal Data Breach, Processor shall notify the Controller within seventy-two (72) hours.  \n7.2. Processor shall provide sufficient information.\n",
    );
    expect(d.terms.priorNotice?.clause).toBe("4.3 (L3)");
    expect(d.terms.breachNotification?.clause).toBe("7.1 (L6)");
  });
  it("a period an annex says again while referring to the clause that gave it is that clause's, once", () => {
    const d = draft(
      "**9. Data Retention**  \n9.2. Upon termination, Processor shall retain the Personal Data for a grace period of ninety (90) days and then delete it.\n\n**ANNEX I**  \n- Retention: Retained for the term of the Agreement plus the grace period as per DPA Section 9 (90-day grace), then deleted.\n",
    );
    expect(d.terms.retention.map((r) => r.clause)).toEqual(["9.2 (L2)"]);
  });
  it("reads the bulleted entries under each bold category, a company's place on an indented line, and no category as a company", () => {
    const d = draft(
      "## 4. Sub-processors\n\nThe following Sub-processors are authorized:\n\n**Infrastructure & Platform**  \n- Amazon Web Services (AWS)  \n  - Purpose: Cloud hosting  \n  - Location: United States (with EU regions available)\n\n**AI Language Models**  \n- OpenAI, L.L.C.  \n  - Purpose: AI model processing  \n  - Location: United States  \n- Mistral AI  \n  - Purpose: AI model processing  \n  - Location: France\n\n**Authorized Partners**  \n- Any Partner engaged by the Controller for setup, subject to Section 2.3  \n  - Location: Varies by partner\n",
    );
    expect(names(d)).toEqual([
      ["Amazon Web Services (AWS)", "US"],
      ["OpenAI, L.L.C.", "US"],
      ["Mistral AI", "FR"],
    ]);
  });
});

describe("the AEPD's model contract (a twenty-fourth round's Spanish dev text, InmoInversor): an objection 'en el plazo establecido'", () => {
  it.each([
    [
      "es",
      "#### - Subcontratación:\n\nSi fuera necesario subcontratar algún tratamiento, este hecho se deberá comunicar previamente y por escrito al responsable, con una antelación de dos meses, indicando la empresa subcontratista. La subcontratación podrá llevarse a cabo si el responsable no manifiesta su oposición en el plazo establecido.\n",
      { value: 2, unit: "months" },
    ],
    [
      "en",
      "## Sub-processors\n\nThe Processor shall notify the Controller of any new Sub-processor at least 30 days in advance. The Controller may object to the new Sub-processor within the stated period.\n",
      { value: 30, unit: "days" },
    ],
    [
      "de",
      "## Unterauftragsverarbeiter\n\nDer Auftragnehmer informiert den Auftraggeber mindestens 14 Tage vorher über neue Unterauftragsverarbeiter. Der Auftraggeber kann innerhalb der genannten Frist Einspruch erheben.\n",
      { value: 14, unit: "days" },
    ],
    [
      "nl",
      "## Subverwerkers\n\nVerwerker informeert de Klant minimaal 14 dagen vooraf over een nieuwe subverwerker. De Klant kan binnen de gestelde termijn bezwaar maken.\n",
      { value: 14, unit: "days" },
    ],
  ])("the objection within the notice's period, referred to as the one set (%s)", (_, text, expected) => {
    expect(draft(text).terms.objectionWindow?.value).toEqual(expected);
  });
});

describe("a table set the other way round, its events as the header and their deadlines below (twenty-fourth round)", () => {
  it.each([
    ["es", "| Violación de datos | Nuevo subencargado |\n|---|---|\n| 48 horas | 30 días |\n", { value: 48, unit: "hours" }],
    [
      "en",
      "| Personal data breach | New sub-processor | Audit notice |\n|---|---|---|\n| 24 hours | 30 days | 14 days |\n",
      { value: 24, unit: "hours" },
    ],
  ])("the breach's deadline is the cell under the header naming breaches (%s)", (_, text, expected) => {
    expect(draft(text).terms.breachNotification?.value).toEqual(expected);
  });
  it("a long period under a breach header is no notice (how long incident records are kept)", () => {
    expect(draft("| Security incidents | Access logs |\n|---|---|\n| 12 months | 6 months |\n").terms.breachNotification).toBeUndefined();
  });
});

describe("a record of processing activities (a twenty-fourth round's English dev text, Vutler)", () => {
  const record =
    "## Appendix C: Processing Activities Record\n\n| Processing Activity | Legal Basis | Data Categories | Storage Location | Retention Period |\n|---|---|---|---|---|\n| Account Management | Contract Performance | Identity, Contact | Geneva, CH | Service Duration |\n| AI Processing | Legitimate Interest | Communication Data | Geneva, CH + US Sub-processors | Processing Duration |\n| Security Monitoring | Legitimate Interest | Technical Data | Geneva, CH | 13 months |\n";
  it("its rows are activities, no sub-processors", () => {
    expect(names(draft(record))).toEqual([]);
  });
  it("its column headed as where data is stored gives the hosting place, under any heading", () => {
    expect(draft(record).terms.hostingAllowed?.value).toEqual(["CH"]);
  });
  it("a table of companies with a storage location column stays a list of providers, each with its own place", () => {
    const d = draft(
      "## Annex 3: Sub-processors\n\n| Provider | Purpose | Storage Location |\n|---|---|---|\n| Stripe, Inc. | Payments | United States |\n",
    );
    expect(d.terms.hostingAllowed).toBeUndefined();
    expect(names(d)).toEqual([["Stripe, Inc.", "US"]]);
  });
});

describe("a sub-processor table of companies with their addresses (a twenty-fifth round's dev text, OpenProject)", () => {
  const header = "| **Sub-processor** | **Service** | **Protection of third country transfer** | Strategy |\n| --- | --- | --- | --- |\n";
  it.each([
    ["Heinlein Hosting GmbH – mailbox.org, Schwedter Str. 8/9b, D-10119 Berlin, Germany", "Sending email messages", "DE"],
    ["Amazon Web Services EMEA SARL – AWS, 38 Avenue John F. Kennedy, L-1855 Luxemburg", "Infrastructure-as-a-Service", "LU"],
  ])("a company up to its legal form, a dash and its brand, then its address, is one sub-processor (%s)", (name, service, country) => {
    const [first] = name.split(",");
    expect(names(draft(`## Sub-processors\n\n${header}| ${name} | ${service} | No transfer | |\n`))).toEqual([[first, country]]);
  });
  it("a service cell saying where the company hosts the data gives its place, not the address's", () => {
    const row =
      "| Amazon Web Services EMEA SARL – AWS, 38 Avenue John F. Kennedy, L-1855 Luxembourg | Infrastructure-as-a-Service - we only host in Dublin, Ireland (EU) | Standard Data Protection Clauses | |\n";
    expect(names(draft(`## Sub-processors\n\n${header}${row}`))).toEqual([["Amazon Web Services EMEA SARL – AWS", "IE"]]);
  });
  it("a service cell that names a place without speaking of hosting gives none ('Support for customers in Germany')", () => {
    const row = "| Acme Support Ltd, 1 Main Street, Dublin, Ireland | Support for customers in Germany | No transfer | |\n";
    expect(names(draft(`## Sub-processors\n\n${header}${row}`))).toEqual([["Acme Support Ltd", "IE"]]);
  });
  it.each([
    ["de", "## Liste der Unterauftragnehmer der OpenProject GmbH."],
    ["en", "## List of the sub-processors of Acme Software Ltd"],
    ["it", "## Elenco dei sub-responsabili di Acme S.r.l."],
  ])("the company whose list a heading names is no sub-processor (%s)", (_, heading) => {
    expect(names(draft(`${heading}\n\nThe list is kept up to date.\n`))).toEqual([]);
  });
  it("a company engaged as a sub-processor in a sentence is still read", () => {
    expect(names(draft("Der Auftragnehmer setzt als Unterauftragnehmer die Hetzner Online GmbH ein.\n"))).toEqual([
      ["Hetzner Online GmbH", null],
    ]);
  });
});

describe("the objection as a verb in its finite forms (a twenty-fifth round's dev text, OpenProject's 'nicht innerhalb von zwei Wochen ... widerspricht')", () => {
  it.each([
    [
      "de",
      "Widerspricht der Auftraggeber nicht innerhalb von zwei Wochen nach der Mitteilung, gilt der neue Unterauftragsverarbeiter als genehmigt.",
      14,
    ],
    ["es", "Si el Responsable no se opone en un plazo de 10 días desde la notificación, se entenderá aceptado el nuevo subencargado.", 10],
    [
      "fr",
      "Si le Client ne s’oppose pas dans un délai de 15 jours à compter de la notification, le nouveau sous-traitant ultérieur est réputé accepté.",
      15,
    ],
    ["it", "Se il Titolare non si oppone entro 20 giorni dalla comunicazione, il nuovo sub-responsabile si intende autorizzato.", 20],
  ])("reads the window where the controller does not object (%s)", (_, text, days) => {
    expect(draft(`${text}\n`).terms.objectionWindow?.value).toEqual({ value: days, unit: "days" });
  });
});

describe("an audit cap in an item of a list the sentence before introduces (a twenty-fifth round's dev text, Crescendo)", () => {
  it.each([
    [
      "items in the paragraph",
      "9.5 Crescendo need not give access to its premises for the purposes of such an audit or inspection: (a)\nwhere an Audit Report is accepted in lieu of such controls; (b) outside normal business hours at those premises;\nor (c) on more than one occasion in any calendar year during the term of the Agreement, except for any audits\nrequired by a Supervisory Authority.\n",
    ],
    [
      "bulleted items",
      "The Processor is not required to allow an audit or inspection:\n\n- outside normal business hours; or\n- on more than one occasion in any calendar year.\n",
    ],
  ])("reads one a year (%s)", (_, text) => {
    expect(draft(text).terms.auditMaxPerYear?.value).toBe(1);
  });
  it.each([
    [
      "de",
      "Der Auftragnehmer ist nicht verpflichtet, Audits oder Inspektionen zu dulden:\n\n- außerhalb der üblichen Geschäftszeiten; oder\n- mehr als einmal pro Kalenderjahr.\n",
    ],
    ["fr", "Le Sous-traitant n’est pas tenu d’accepter un audit :\n\n- en dehors des heures ouvrables ; ou\n- plus d’une fois par an.\n"],
    ["es", "El Encargado no está obligado a permitir una auditoría:\n\n- fuera del horario laboral; o\n- más de una vez al año.\n"],
    [
      "it",
      "Il Responsabile non è tenuto a consentire un audit:\n\n- al di fuori del normale orario lavorativo; o\n- più di una volta l’anno.\n",
    ],
    ["nl", "De Verwerker is niet verplicht een audit toe te staan:\n\n- buiten kantooruren; of\n- vaker dan eenmaal per jaar.\n"],
  ])("reads one a year where the processor is not bound to allow more (%s)", (_, text) => {
    expect(draft(text).terms.auditMaxPerYear?.value).toBe(1);
  });
  it("a yearly limit in a list introduced about something else is no audit cap", () => {
    const text =
      "The Processor need not send the Customer a report of routine changes:\n\n- outside business hours; or\n- more than once in any calendar year.\n";
    expect(draft(text).terms.auditMaxPerYear).toBeUndefined();
  });
});

describe("a breach notice whose deadline the clause's next point gives ('9.2 Such information shall be provided within 48 hours')", () => {
  it.each([
    [
      "en",
      "## 9. Data Breach\n\n9.1 The Processor shall inform the Controller without undue delay.\n\n9.2 Such information shall be provided within 48 hours at the latest.\n",
      48,
    ],
    [
      "de",
      "## 9. Datenschutzverletzungen\n\n9.1 Der Auftragnehmer unterrichtet den Auftraggeber unverzüglich über Verletzungen des Schutzes personenbezogener Daten.\n\n9.2 Diese Information erfolgt spätestens innerhalb von 24 Stunden.\n",
      24,
    ],
    [
      "fr",
      "## 9. Violations de données\n\n9.1 Le Sous-traitant informe le Responsable sans délai de toute violation de données personnelles.\n\n9.2 Cette information intervient au plus tard dans un délai de 48 heures.\n",
      48,
    ],
    [
      "es",
      "## 9. Violaciones de seguridad\n\n9.1 El Encargado informará al Responsable sin dilación indebida de las violaciones de la seguridad de los datos personales.\n\n9.2 Dicha información se facilitará en un plazo máximo de 48 horas.\n",
      48,
    ],
  ])("reads the next point's period as the notice's (%s)", (_, text, hours) => {
    expect(draft(text).terms.breachNotification?.value).toEqual({ value: hours, unit: "hours" });
  });
  it.each([
    [
      "a keeping, not a notice",
      "## 9. Data Breach\n\n9.1 The Processor shall inform the Controller without undue delay of any Personal Data Breach.\n\n9.2 Such information shall be kept by the Processor for 12 months.\n",
    ],
    [
      "another clause's",
      "## 9. Data Breach\n\n9.1 The Processor shall inform the Controller without undue delay of any Personal Data Breach.\n\n## 10. Sub-processors\n\n10.1 Such information shall be provided within 48 hours.\n",
    ],
  ])("takes no period that is %s", (_, text) => {
    expect(draft(text).terms.breachNotification?.value).toBeNull();
  });
});

describe("a processor's undertaking to process data only in a place, its verb in the infinitive", () => {
  it.each([
    ["de", "Der Auftragnehmer verpflichtet sich, die Daten ausschließlich innerhalb der EU zu verarbeiten."],
    ["fr", "Le Sous-traitant s'engage à traiter les données uniquement au sein de l'Union européenne."],
    ["es", "El Encargado se compromete a tratar los datos exclusivamente dentro del Espacio Económico Europeo."],
    ["nl", "Verwerker verplicht zich de persoonsgegevens uitsluitend binnen de EER te verwerken."],
    ["it", "Il Responsabile si impegna a trattare i dati esclusivamente all'interno dello Spazio Economico Europeo."],
  ])("reads the EEA (%s)", (_, text) => {
    expect(draft(`${text}\n`).terms.hostingDeclared?.value).toEqual(["EEA"]);
  });
  it("reads where a company hosts its services with a provider ('We host our services with Hetzner Online GmbH in Germany and Finland')", () => {
    expect(draft("We host our services with Hetzner Online GmbH in Germany and Finland.\n").terms.hostingAllowed?.value).toEqual([
      "DE",
      "FI",
    ]);
  });
  it.each([
    ["fr", "Le Sous-traitant s'engage à traiter les données conformément à la réglementation applicable dans l'Union européenne."],
    [
      "de",
      "Der Auftragnehmer verpflichtet sich, die Daten nur auf dokumentierte Weisung zu verarbeiten, auch in Bezug auf Übermittlungen in ein Drittland.",
    ],
    ["es", "El Encargado se compromete a tratar los datos conforme a la normativa vigente en España."],
    ["it", "Il Responsabile si impegna a trattare i dati nel rispetto della normativa vigente in Italia."],
    ["nl", "Verwerker verplicht zich de persoonsgegevens te verwerken in overeenstemming met de wetgeving in Nederland."],
    ["en", "We host a webinar with our partners in Germany every year."],
  ])("reads no hosting where the place is the law's or the sentence is about something else (%s)", (_, text) => {
    const d = draft(`${text}\n`);
    expect([d.terms.hostingAllowed, d.terms.hostingDeclared]).toEqual([undefined, undefined]);
  });
});

describe("processing restricted to a place (a twenty-fifth round's dev text, BookHost's 'ist auf Deutschland und Finnland beschränkt')", () => {
  it.each([
    ["de", "Die Verarbeitung von Instanz- und Sicherungsdaten bei Hetzner ist auf Deutschland und Finnland beschränkt.", ["DE", "FI"]],
    ["en", "Processing of instance and backup data is restricted to Germany and Finland.", ["DE", "FI"]],
    ["fr", "Le traitement des données est limité à la France.", ["FR"]],
  ])("reads the countries it is restricted to (%s)", (_, text, expected) => {
    expect(draft(`${text}\n`).terms.hostingAllowed?.value).toEqual(expected);
  });
  it.each([
    ["en", "Processing of customer data is limited to the European Union."],
    ["de", "Die Speicherung der Daten ist auf die EU beschränkt."],
    ["fr", "Le stockage des données est limité à l'Union européenne."],
    ["es", "El almacenamiento de los datos se limita a la Unión Europea."],
    ["it", "Il trattamento dei dati è limitato all'Unione europea."],
    ["nl", "De verwerking van persoonsgegevens is beperkt tot de Europese Unie."],
  ])("reads the EEA when it is restricted to the EU (%s)", (_, text) => {
    expect(draft(`${text}\n`).terms.hostingDeclared?.value).toEqual(["EEA"]);
  });
  it.each([
    ["purposes", "Processing is limited to the purposes set out in Annex 1."],
    ["a period", "Storage of access logs is limited to 30 days."],
  ])("reads no hosting where processing is limited to something else than a place (%s)", (_, text) => {
    const d = draft(`${text}\n`);
    expect([d.terms.hostingAllowed, d.terms.hostingDeclared]).toEqual([undefined, undefined]);
  });
  it("reads the EU and the server's country of an undertaking 'nur innerhalb der EU/des EWR zu verarbeiten (Serverstandort Deutschland)'", () => {
    const d = draft("Wir verpflichten uns, Daten nur innerhalb der EU/des EWR zu verarbeiten (Serverstandort Deutschland, netcup GmbH).\n");
    expect([d.terms.hostingAllowed?.value, d.terms.hostingDeclared?.value]).toEqual([["DE"], ["EEA"]]);
  });
  it("a section headed by a sub-processor's name is about that company: its infrastructure's places are no hosting of the service", () => {
    const text =
      "## Anlage 3 – Unterauftragsverarbeiter\n\n| Anbieter | Aufgabe | Verarbeitungsorte |\n| --- | --- | --- |\n| TensorX Limited | KI-Inferenz | Dublin (Irland) |\n\n### TensorX: Bestätigung und Aktivierungsvoraussetzungen\n\nDie GPU-Infrastruktur liegt laut Anbieterangaben in Dublin (Irland) und Helsinki (Finnland).\n";
    const d = draft(text);
    expect([d.terms.hostingAllowed, d.terms.hostingDeclared]).toEqual([undefined, undefined]);
    expect(names(d)).toEqual([["TensorX Limited", "IE"]]);
  });
});

describe("a rotation of backups counted in daily and monthly sets (a twenty-fifth round's dev text, MSK Scripts)", () => {
  const kept = (text: string): Array<[number, string]> =>
    (draft(text).terms.retention ?? []).map((r) => [r.value.value, r.value.unit] as [number, string]);
  it.each([
    ["en", "Daily encrypted backup (AES-256) of the databases; retention of 30 daily and 12 monthly sets.\n"],
    ["de", "Tägliche verschlüsselte Sicherung (AES-256) der Datenbanken; Aufbewahrung von 30 Tagesständen und 12 Monatsständen.\n"],
    ["fr", "Les sauvegardes sont conservées selon la rotation suivante : 30 sauvegardes quotidiennes et 12 mensuelles.\n"],
    ["nl", "Back-ups worden bewaard: 30 dagelijkse en 12 maandelijkse kopieën.\n"],
    ["es", "Las copias de seguridad se conservan: 30 copias diarias y 12 mensuales.\n"],
    ["it", "I backup sono conservati: 30 copie giornaliere e 12 mensili.\n"],
  ])("reads the days and the months (%s)", (_, text) => {
    expect(kept(text)).toEqual([
      [30, "days"],
      [12, "months"],
    ]);
  });
  it("reads weekly sets as weeks of days", () => {
    expect(kept("Backups: we keep 7 daily, 4 weekly and 12 monthly snapshots.\n")).toEqual([
      [7, "days"],
      [28, "days"],
      [12, "months"],
    ]);
  });
  it("reads how often backups are taken as no keeping ('taken 3 times daily')", () => {
    expect(kept("Backups are taken 3 times daily and retained for 30 days.\n")).toEqual([[30, "days"]]);
  });
  it("reads no keeping from a count of daily things in a sentence about no backup", () => {
    expect(kept("Access logs are kept for a year; we send 3 daily reports.\n")).toEqual([[1, "years"]]);
  });
});

describe("a breach's steps as a list after its introduction: the notice's item gives the deadline, later steps none", () => {
  it.each([
    [
      "a full report after it",
      "In case of a data breach, the Processor will:\n\n- notify the Controller within 24 hours;\n- provide a full report within 72 hours.\n",
      24,
    ],
    [
      "a numbered list",
      "In the event of a Personal Data Breach, the Processor shall:\n\n1. inform the Controller within 48 hours;\n2. submit a written report within 5 days.\n",
      48,
    ],
    [
      "the notice not first",
      "In case of a data breach, the Processor will:\n\n- investigate the incident;\n- notify the Controller within 24 hours.\n",
      24,
    ],
  ])("%s", (_, text, hours) => {
    const found = draft(text).terms.breachNotification;
    expect([found?.value, found?.readings]).toEqual([{ value: hours, unit: "hours" }, undefined]);
  });
});

describe("a country's name after an elided article ('à la France et à l'Allemagne', 'dell'Italia')", () => {
  it.each([
    ["fr", "Le traitement des données est limité à la France et à l'Allemagne.", ["FR", "DE"]],
    ["it", "I dati sono conservati esclusivamente in server situati in Francia e nell'Italia settentrionale.", ["FR", "IT"]],
  ])("reads every country (%s)", (_, text, expected) => {
    expect(draft(`${text}\n`).terms.hostingAllowed?.value).toEqual(expected);
  });
});
