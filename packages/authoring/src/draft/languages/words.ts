/**
 * What each language file of the DPA reader gives (one file per language: en.ts, fr.ts, nl.ts,
 * de.ts, es.ts, it.ts): its numbers written as words, its period units, and for each concept the
 * words that mark it, as regular-expression sources. `../language.ts` joins the languages into the
 * patterns the finders use; adding a language is adding a file here and naming it there.
 */
export type Unit = "hours" | "days" | "working_days" | "months" | "years";

/** The concepts the finders look for, each a pattern over every language: the one list of them. */
export const CONCEPTS = [
  "subprocessor",
  "objection",
  // Whose objection it is when it is not the controller's to a sub-processor: a data subject's
  // right to object to processing (Art. 21 GDPR).
  "dataSubject",
  "advance",
  "breach",
  // A breach named by its defined term alone, capitalised mid-sentence ("notify any Breach", "toute
  // Violation", "qualsiasi Violazione"), not a breach of the agreement: matched with case. German
  // has none (its nouns are all capitalised).
  "definedBreach",
  // The same words in any case, and "incident" ("notify ... of the violation within 24 hours"): a
  // breach only where its notice is due within hours, which no breach of contract is.
  "violation",
  // The words a heading puts around the bare word of a breach to name its handling ("Incident
  // management", "Gestion des incidents", "Meldung von Vorfällen"): such a section is about breaches.
  "incidentHandling",
  // A notice given for the controller to object in ("30 days' notice ... to allow the Controller to
  // object", "to exercise its right to object"): its period is the objection window. Not one
  // giving "the opportunity" or "the right" to object ("14 days' notice of any changes, with right
  // to object"): a right, with no period of its own.
  "noticeToObject",
  "notify",
  "noDelay",
  "audit",
  "permission",
  "onceAYear",
  "timesAYear",
  "auditUncapped",
  "notice",
  "law",
  "special",
  "none",
  "retention",
  "withinTheNotice",
  // "within that period" right after the sentence that gives the notice period.
  "withinThatPeriod",
  "thatPeriod",
  // A sentence that goes on with the act of the one before it ("Processor shall do so within 30
  // days", "Dies erfolgt innerhalb von 4 Wochen"): its period is that act's.
  "sameAct",
  "dataAtTheEnd",
  "confidential",
  "hosting",
  // A copy of the data kept apart ("backups", "Datensicherungen", "sauvegardes"): where it is
  // kept is hosting too.
  "backup",
  // How often a rotation of backups is kept, after its count ("30 daily and 12 monthly sets",
  // "30 Tagesständen und 12 Monatsständen", "30 sauvegardes quotidiennes"): the count is a period
  // in that unit.
  "rotationDay",
  "rotationWeek",
  "rotationMonth",
  "rotationYear",
  // An article elided onto the next word ("l'Allemagne", "dell'Italia"): not part of the name after it.
  "elidedArticle",
  "noneOutsideEurope",
  // The EU or the EEA named alone, as a hosting line's value ("Localisation des données : Union européenne").
  "europeName",
  // Europe's acronyms that are another language's word in lower case, matched in capitals only
  // (Italian "SEE"; "see Annex 3" is English).
  "europeAcronym",
  // A period's sum of the ones before it, next to it ("30-day export window followed by deletion
  // within 60 days; 90 days total", "insgesamt 90 Tage").
  "totalWord",
  // What makes a commitment conditional ("not outside the EEA without the Controller's consent").
  "exceptWord",
  // "without exception", "sans exception", "ohne Ausnahme": emphasis, no condition.
  "withoutException",
  // What opens an exception ("except for data that remains in backups", "sauf", "außer"): a
  // period after it is the exception's, not the clause's before it. Unlike exceptWord, no
  // "without": a deadline's own words use it ("delete without undue delay and within 30 days").
  "exceptionWord",
  // An exception the law makes ("unless required to do so by Union or Member State law"): not a
  // condition the processor can meet by itself, so the commitment holds.
  "requiredByLaw",
  // A part of the world that is no country and no defined area ("Europe", "Asia", "worldwide"): a
  // place a draft cannot give as codes.
  "region",
  // The word a cloud provider's region is named with ("West Europe region (Netherlands)"): a part
  // of the world before it and a place in brackets after it is the region's name, not a place.
  "cloudRegion",
  // What hosts data, for a country's adjective next to it ("deutschen Rechenzentren", "serveurs
  // français", "Nederlandse datacenters").
  "dataCentre",
  // The objection as a clause's last words, its main verb where the verb comes last ("kann innerhalb
  // von 14 Tagen nach Zugang der Mitteilung widersprechen"): the act, not what a period counts from.
  "objectAtEnd",
  // A word that denies what follows ("Out-of-scope tools (not subprocessors)").
  "notWord",
  // "as" between a negation and what a company is not ("Nicht als Unterauftragsverarbeiter geführt").
  "asWord",
  "locatedIn",
  "placedBefore",
  "hostingLabel",
  // What joins a hosting label to its place in a sentence ("Serverstandort ist Nürnberg").
  "copula",
  "withinEurope",
  // Right before a place the data never leaves ("will not be transferred outside Germany", "ne
  // quittent jamais le territoire français"): the place follows.
  "staysIn",
  // Words the finders use in one place each.
  "beforeIt",
  "noticeAfterPeriod",
  // Right before a period, the notice it is ("con una antelación mínima de 15 días", "préavis de").
  "noticeBefore",
  "noLaterThan",
  "atLeast",
  // Right before a period, its upper bound ("längstens **90 Tage**", "at the latest 90 days"),
  // beside noLaterThan's words: a limit a deleting said after it ("Danach erfolgt die Löschung")
  // refers back to.
  "atMost",
  "forExample",
  // Words that name which one of a kind is meant ("a subcontractor (mainly company Hetzner Online
  // GmbH)", "notamment", "hauptsächlich"): the name after them is the one engaged.
  "namely",
  // A period said as what is typical ("typically up to 7 years"), not as what the DPA sets.
  "hedge",
  // An aim, not a deadline ("with a target of **48 hours**", "un objectif de 24 heures"): a breach
  // notice's period so given is no commitment, as a wish is none for hosting.
  "targetWord",
  // A wish or a best effort, not a commitment ("We aim to store data in the EU", "Priorizamos
  // residencia de datos en la UE", "where possible"): a hosting sentence so worded promises nothing.
  "aspiration",
  // The right to rectification, named only beside a data subject's other rights ("requests for
  // access, rectification or erasure"): the erasure beside it is a right's name, not a deleting.
  "rectification",
  // The word that makes a noun another's ("the notification of the objection", "de kennisgeving
  // van het bezwaar"): what a notice is of.
  "ofWord",
  // A written confirmation of an act done ("certify in writing the completion of ... deletion within
  // 30 days"): a period it sets is the confirmation's deadline, not the act's.
  "certifying",
  // The noun "law" itself, for a law named under a governing-law heading ("California law").
  "lawNoun",
  // A line's label for the courts' country ("Jurisdicción: España"): under a heading about the
  // governing law, the country whose law the section chooses.
  "jurisdiction",
  // Hosting and the word before its provider ("Hosting auf AWS (Region eu-central-1, Frankfurt)"):
  // a line of measures naming where the provider hosts the data, in parentheses.
  "hostingOn",
  // The word before a host's name in a sentence about hosting ("hosting is provided on
  // DigitalOcean (US)", "se realiza en DigitalOcean (EE. UU.)", "gehostet bei Hetzner
  // (Deutschland)"): the provider the data is with.
  "hostedWith",
  // What the agreement leaves out ("außerhalb dieses AVV", "outside this DPA"): a list so
  // introduced is about someone else's duties (the controller's own retention), not its terms.
  "outsideAgreement",
  // A placeholder for what is not chosen yet ("Hosting partner (TBD)"): no company's name.
  "toBeDecided",
  // A template's instruction to fill something in ("[COMPILARE: ...]", "[INSERT]", "[in te vullen]"):
  // in brackets, the clause is not written yet.
  "fillIn",
  // A pointer to another part of the text, opening a value ("Sous-traitants : Cf. Article 3.4",
  // "Sub-processors: see Section 5"): no company's name.
  "crossReference",
  // Right after a clause's number, the act it is a clause of when not the agreement ("Article 33
  // GDPR", "article 33 du RGPD", "Art. 28 Abs. 3 DSGVO"): a reference to the law, not to a clause.
  "actCited",
  // The notice already spoken of, as a sentence's subject ("Such notice shall be given within 24
  // hours", "Cette notification intervient ...", "Die Meldung erfolgt ..."): a notice said again.
  "thatNotice",
  // Data that are no longer personal ("données anonymisées", "anonymised data"): their keeping is no
  // personal data's retention.
  "anonymousData",
  // How often, before a period ("every 6 months", "tous les 30 jours", "alle 12 Monate"): a
  // frequency, not how long something is kept.
  "everyWord",
  // How data is where it is, between the verb and the place ("reside physically in Italy", "sont
  // physiquement hébergées en France"): a word the place patterns read past.
  "physically",
  // How much of the data is where it is, between the verb and the place ("trattati primariamente in
  // infrastrutture UE", "mainly hosted in"): read past as "physically" is, the place still named.
  "mainly",
  // A recovery objective before a period ("RPO target: 24 ore", "Recovery Time Objective: 4
  // hours"): how much data may be lost or how long a restore takes, no keeping.
  "recoveryObjective",
  // What heads or introduces a table of the keepings the law imposes ("Eccezioni per obbligo
  // normativo", "Statutory retention periods", "Durées légales de conservation"): its rows that
  // cite a law are the law's keepings, not the agreement's.
  "lawsKeepings",
  // A period the law sets where it applies, said right after it ("10 anni ove imposto da normativa
  // di settore", "10 years where required by law"): the law's keeping, not the agreement's.
  "lawRequires",
  // The words that define a term, after it ("'Notification Period' means 48 hours", "« Délai de
  // notification » désigne un délai de 24 heures"): a term the DPA then uses for its period.
  "defines",
  // A kind of company as a name's last word ("Austrian Tier-III+ VPS provider", "ein
  // österreichischer Hosting-Anbieter"): a description, not a company's name.
  "kindOfCompany",
  // "and other approved sub-processors" closing a bracket of names: those named are sub-processors too.
  "otherWord",
  // Logs by their name ("server logs", "journaux", "Protokolldateien"): a kind of data whose keeping
  // a DPA often says again in other words, as it does its backups'.
  "logWord",
  // A deleting that begins at a time ("30 days | Automated deletion ... begins"): when it starts,
  // not how long data is kept.
  "begins",
  // A clause reserving the law's own keeping duties ("restano salvi gli obblighi di conservazione",
  // "wobei gesetzliche Aufbewahrungspflichten ... beachtet werden"): the period a statute sets
  // there is the law's, not the agreement's.
  "lawReserved",
  // A document's record of its own versions ("Revision history", "Historial de revisiones",
  // "Änderungshistorie"): its rows say what changed ("Added X as sub-processor", "Retention changed
  // from 30 to 90 days"), never a term in force.
  "changeRecord",
  // A template's notes on how to use it ("Hinweise zur Verwendung dieser Vorlage", "How to use this
  // template"): instructions to whoever fills it in, not terms.
  "templateNotes",
  "countedFrom",
  // A word of what comes next ("12 months after termination then deletion", "puis", "dann"): a
  // deleting after it follows the period, it is not what the period counts from.
  "thenWord",
  // Before a verb, the purpose it is ("to object", "pour s'opposer", "om bezwaar te maken").
  "purposeWord",
  "otherAct",
  // A time to answer or act on a request ("Response time", "Reaktionszeit", "délai de réponse"):
  // a label of it names no keeping, whatever is deleted near it.
  "answerTime",
  // A data subject's request passed on to the controller ("forwards requests ... to the Broker
  // within 3 business days", "leitet die Anfrage ... weiter"): a request's time, not a keeping.
  "forwardsRequest",
  // A setting's default ("default 12 months", "par défaut", "standaard", "por defecto"): the period
  // that applies until the customer sets another.
  "byDefault",
  // The word joining a range's bounds ("1 to 60 months", "de 1 à 60 mois", "1 bis 60 Monate").
  "rangeTo",
  "supervisoryAuthority",
  // The controller as the party notified ("the Controller", "den Auftraggeber", "au responsable"):
  // named before the authority in one notice, the notice is the processor's to both.
  "controllerParty",
  // The processor as a party ("the Processor", "le Prestataire", "der Auftragnehmer"): who a
  // controller notifies in a notice that is not the processor's.
  "processorParty",
  // A passive's auxiliary between a party and its verb ("will be notified", "sera informé"): the
  // party is notified, not notifying.
  "passive",
  // "the first 24 hours after ...": a span of time, not a deadline.
  "firstWord",
  // A span of time named as such, in a retention line's value before its length ("Legal
  // accounting period (10 years)", "Période glissante de 13 mois", "Dauer des Vertrags + 10 Jahre"):
  // the value is the keeping's period, written with a few words first.
  "spanWord",
  // A deadline named as such, as a line's label ("Termine operativo proposto: entro 24 ore",
  // "Deadline: 24 hours"): under a notice, the notice's deadline.
  "deadlineWord",
  // Words a period comes right after ("within", "dans un délai de", "innerhalb von", "entro"): a
  // notice ending in them and a colon ("... notify the Controller within:") gives its period in the
  // lines after it (a form's options, a list).
  "periodFollows",
  // A deleting that waits at least so long ("procede alla cancellazione solo dopo ulteriori 30
  // giorni", "erst nach 30 Tagen gelöscht"): a least time, not a keeping's most.
  "onlyAfter",
  // A value put forward, not agreed ("Termine operativo proposto: entro 24 ore", "(propuesta: 30
  // días)"), with a colon after the word: a draft's proposal is no term yet.
  "proposal",
  // Offices and staff ("from our offices in Poland", "support staff located in India"): a place of
  // people, not of the data.
  "officeWord",
  "auditClause",
  "noticeWord",
  "outside",
  // Places left open ("in the United States and other countries", "weltweit"): where data may be
  // is not limited to the countries named.
  "openPlaces",
  "relativeWord",
  "andOr",
  // One place of several allowed ("in Germany or within the EU"): the bare "or".
  "orWord",
  // A place named as a country's land, its adjective after ("en territorio francés").
  "territory",
  // A count's year, in a label over it ("Audits per year: 1").
  "perYear",
  "listIntro",
  // A deadline of one working day said without a number ("by the next business day").
  "nextWorkingDay",
  // Before "a day", "a year": a rate, not a period ("once a year", "24 hours a day").
  "rateBefore",
  // Hours counted in working time ("24 business hours", "24 heures ouvrées"): not hours on the clock.
  "workingTime",
  // A word between a number and its unit ("within 7 additional days", "binnen 7 extra dagen"): the
  // period's, not a break between them.
  "additional",
  // What says a list comes after the sentence ("the following sub-processors", "nachstehende").
  "listFollows",
  "deleting",
  // Between a deleting verb and what it deletes ("deletes all Personal Data", "löscht sämtliche
  // Daten", "supprime toutes les données"): the words before the object.
  "determiner",
  // The word for data itself ("Personal Data", "personenbezogenen Daten"): a deleted object's second
  // word is part of its name only when one of the two is it.
  "dataWord",
  "otherwise",
  // A controller who does not answer ("If the Customer does not respond within 15 days, ..."): the
  // period is the answer's, what follows its consequence.
  "noReply",
  // A party that processes no personal data ("Codeberg (static frontend hosting) is established in
  // the EU and does not process personal data"): where it is says nothing of where data is.
  "processesNone",
  "retentionColumn",
  "ifApplicable",
  "categoryStopWord",
  "processors",
  "processingPlace",
  "listWord",
  // A change to the sub-processors ("Sub-processor Changes", "Änderung von Unterauftragnehmern"): a
  // heading of it announces the procedure (notice, objection), not the list.
  "changeWord",
  // A table column headed by the role alone ("| Fornitore | Ruolo | Dati trattati |"): what each
  // provider does, in a table the sub-processors' heading announces (elsewhere a "Role" column is
  // as likely a table of parties or people).
  "roleColumn",
  // A table column headed by the processing activity ("| Processing Activity | Legal Basis | ... |"):
  // a record of processing activities, each row an activity, no company.
  "activityColumn",
  // A page number in a running header or footer ("Page 21 of 22"), not a line of the text.
  "pageNumber",
  // A label about whom to contact ("Contact person's name"), not the company's name.
  "contactLabel",
  // A label about the document itself ("Last updated", "Version", "Stand"), not a category of services.
  "metaLabel",
  // What joins a company named in prose to the sub-processor word it is engaged as ("Retool UK
  // Limited, as Subprocessor", "die Hetzner Online GmbH als Unterauftragnehmer").
  "engagedAs",
  "scc",
  "bcr",
  "dpf",
  "unknownPlace",
] as const;

export type Concept = (typeof CONCEPTS)[number];

export type Column = "name" | "purpose" | "location" | "mechanism";

export interface LanguageWords {
  /** Numbers written as words, compounds included ("twenty-four", "vierentwintig"). */
  numbers: ReadonlyArray<[string, number]>;
  /** The words of each period unit, as whole lower-case words ("working days", "werkdagen"). */
  units: Readonly<Record<Unit | "weeks", string>>;
  /** The unit words as one alternation, longest first, for the period pattern. */
  unitPattern: string;
  /** Each concept's words; a concept a language has no words for is left out. */
  keywords: Readonly<Partial<Record<Concept, string>>>;
  /**
   * The language's most common short words, none of them another language's ("the", "des", "und",
   * "los", "della", "het"): how a line's language is told, where a text says each term twice.
   */
  commonWords: string;
  /** Table header words, by the column they name. */
  columns: Readonly<Record<Column, string>>;
  /** Governing-law adjectives and country names, by country code ("Belgian law", "het Franse recht"). */
  law: Readonly<Record<string, string>>;
}

/** Tens and ones joined the way a language writes 21 to 99. */
export function compounds(
  tens: readonly string[],
  ones: readonly string[],
  first: number,
  join: (t: string, o: string) => string,
): Array<[string, number]> {
  return tens.flatMap((t, i) => ones.map((o, j): [string, number] => [join(t, o), first + 10 * i + j + 1]));
}
