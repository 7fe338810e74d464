/**
 * Hosting: the countries data is declared hosted in, and those it may be hosted in.
 */

import {
  ENDS_IN_COLON,
  LIST_ITEM,
  lineOf,
  type Paragraph,
  paragraphLines,
  rowCells,
  type Sentence,
  SEPARATOR_ROW,
  tableRows,
  withoutMarkup,
} from "./document.js";
import { countryOfRegionNameIn, placeIn, withStatesAsUs } from "./countries.js";
import { opensWithBox, withoutBoxes } from "../form-choices.js";
import { columnWords, CROSS_REFERENCE_FIRST, europeIn, everywhere, KEYWORDS, LAW_WORDS, phrase } from "./language.js";
import { findPeriods } from "./periods.js";
import { nameLike } from "./subprocessor-entry.js";
import type { Context, Found } from "./term-reading.js";
import { found, labelOverValue, LINE_OPENING, onlyWished } from "./term-reading.js";

/**
 * Hosting commitments: data kept within the EU/EEA, or none taken outside it, becomes declared:
 * [EEA]. A sentence hostingAllowed read countries from (`countriesRead`) is theirs, unless it
 * also says no data leaves Europe: in "stores ... in the United States and ... in the European
 * Union (Germany)" the EU is where one of them is, not a promise that data stays there.
 */
export function hostingDeclared(ctx: Context, countriesRead?: string): Found<string[]> | undefined {
  const why = (s: Sentence, verdict: string): void => ctx.trace?.("hostingDeclared", s, verdict);
  for (const [i, s] of ctx.sentences.entries()) {
    // Emphasis is no word ("stored in the **European Union**").
    const text = withoutMarkup(s.text);
    const hosts = KEYWORDS.hosting.test(text);
    if (onlyWished(text, KEYWORDS.noneOutsideEurope, hosts)) {
      why(s, "skipped: a wish or a best effort (we aim, where possible), not a commitment");
      continue;
    }
    if (KEYWORDS.processesNone.test(text)) {
      why(s, "skipped: about a party that processes no personal data");
      continue;
    }
    const own = aSubprocessorsOwnPlace(ctx, s);
    if (own) {
      why(s, `skipped: ${own}`);
      continue;
    }
    // "Personal data is hosted in:", then "☐ the United States" and "☒ the European Union".
    const items = hosts && ENDS_IN_COLON.test(text) ? placeItemsAfter(ctx, i) : undefined;
    if (items?.europe && items.codes.length === 0) {
      why(s, "taken: EEA (the place listed after its colon)");
      return found(items.s, ["EEA"], "sentence pattern: data hosted within the EU/EEA, listed after a colon");
    }
    const none = KEYWORDS.noneOutsideEurope.exec(text);
    // "... not outside the EEA without the Controller's consent" allows what it seems to forbid.
    if (none && voidingCondition(text.slice(none.index))) {
      why(s, "skipped: data may leave the EU/EEA on a condition (without, unless, except)");
      continue;
    }
    if (none) {
      why(s, "taken: EEA (no data leaves it)");
      return found(s, ["EEA"], "sentence pattern: no data leaves the EU/EEA");
    }
    if (!hosts || !(KEYWORDS.withinEurope.test(text) || orInEurope(text))) continue;
    // "verwerkt de persoonsgegevens binnen de EER, tenzij anders vermeld in Bijlage 3": the place
    // with its exception is no commitment either.
    const within = KEYWORDS.withinEurope.exec(text);
    if (within && voidingCondition(text.slice(within.index))) {
      why(s, "skipped: within the EU/EEA with an exception (unless, except, without)");
      continue;
    }
    if (s.text === countriesRead && !europeFirst(text)) {
      why(s, "skipped: it names the countries where data is hosted, the EU or EEA as where one of them is");
      continue;
    }
    if (KEYWORDS.outside.test(statementBeforeDetails(text))) {
      why(s, "skipped: it speaks of outside the EU/EEA too (a transfer clause, not a commitment)");
      continue;
    }
    why(s, "taken: EEA (hosted within it)");
    return found(s, ["EEA"], "sentence pattern: data hosted within the EU/EEA");
  }
  // "Localisation des données : Union européenne": a hosting line naming the EU or EEA, no country.
  // "Server location: EU (Frankfurt)": the EU itself first, where in it after, as in a sentence
  // ("AWS EU (Frankfurt, Germany)" names a provider's region).
  for (const { s, place } of hostingLines(ctx)) {
    const europe = europeIn(place.trim());
    // "Sauvegardes : France et/ou autre État membre UE": a country, or anywhere in the EU.
    if (europe !== undefined && (countriesOf(place).length === 0 || europe === 0 || orInEurope(place))) {
      why(s, "taken: EEA (a hosting line naming the EU/EEA)");
      return found(s, ["EEA"], "a line naming the EU/EEA as where data is hosted");
    }
  }
  return undefined;
}

/**
 * A hosting statement whole before a colon, its details after ("Compute, database and media storage
 * are in the EU: functions in Stockholm, ..., media in an EU-jurisdiction bucket that the non-EU
 * endpoint cannot reach"): the statement alone, the places in it being no transfer. Else the text.
 */
function statementBeforeDetails(text: string): string {
  const colon = text.indexOf(":");
  if (colon < 0) return text;
  const before = text.slice(0, colon);
  return KEYWORDS.hosting.test(before) && KEYWORDS.withinEurope.test(before) ? before : text;
}

/**
 * Why the place a sentence gives is a sub-processor's own, not the DPA's commitment, or undefined:
 * a row of the sub-processors' table, or a sentence under their heading that opens with the name
 * of a company listed there for something else than hosting ("Resend wordt gebruikt voor het
 * verzenden ... van support emails, met data opslag in de EU (Ierland)" under "Bijlage 2:
 * Sub-verwerkers", Resend's row "Email dienstverlening"): where that company keeps its share of
 * the data. A company listed for hosting ("Hosting, WAF, Database") hosts the service's data.
 */
function aSubprocessorsOwnPlace(ctx: Context, s: Sentence): string | undefined {
  if (rowOfSubprocessorTable(s)) return "a row of the sub-processors' table (where that company keeps data, not the DPA's commitment)";
  // A section headed by the name of a company a sub-processor table lists for something else than
  // hosting ("### TensorX: Bestätigung und Aktivierungsvoraussetzungen", over "Die GPU-Infrastruktur
  // liegt ... in Dublin (Irland) und Helsinki (Finnland)"): its sentences are about that company.
  const headed = FIRST_NAME_WORD.exec(withoutMarkup(s.paragraph.heading))?.[1];
  if (headed && listedAnywhere(ctx).get(headed) === false)
    return `under a heading about ${headed}, a sub-processor listed for something else than hosting (where it keeps its share of the data)`;
  if (!KEYWORDS.subprocessor.test(s.paragraph.heading) || KEYWORDS.hostingLabel.test(s.paragraph.heading)) return undefined;
  const opening = FIRST_NAME_WORD.exec(withoutMarkup(s.text).replace(LINE_OPENING, ""))?.[1];
  const listed = opening ? companiesListedUnder(ctx, s.paragraph.heading)?.get(opening) : undefined;
  return listed === false
    ? `about ${opening}, a sub-processor listed for something else than hosting (where it keeps its share of the data)`
    : undefined;
}

/** The first words of the companies the tables under a heading list, each with whether its row names hosting. */
function companiesListedUnder(ctx: Context, heading: string): ReadonlyMap<string, boolean> | undefined {
  return listedCompanies(ctx).byHeading.get(heading);
}

/** The companies any table lists, under whatever heading, each with whether one of its rows names hosting. */
function listedAnywhere(ctx: Context): ReadonlyMap<string, boolean> {
  return listedCompanies(ctx).anywhere;
}

interface ListedCompanies {
  byHeading: Map<string, Map<string, boolean>>;
  anywhere: Map<string, boolean>;
}

/**
 * The first words of the companies the tables list, each with whether its row names hosting, by
 * heading and all together: found in one pass over the text, once (a long list's every sentence
 * asks).
 */
function listedCompanies(ctx: Context): ListedCompanies {
  let listed = LISTED.get(ctx);
  if (listed) return listed;
  listed = { byHeading: new Map(), anywhere: new Map() };
  const add = (map: Map<string, boolean>, first: string, hosts: boolean): void => {
    map.set(first, (map.get(first) ?? false) || hosts);
  };
  for (const p of ctx.paragraphs) {
    const [header = "", ...rows] = tableRows(p) ?? [];
    // What each company is listed for: its purpose cell ("Dienst", "Service"), else its row.
    const purpose = rowCells(header).findIndex((c) => PURPOSE_COLUMN.test(c));
    for (const row of rows) {
      const cells = rowCells(row);
      const name = withoutMarkup(cells[0] ?? "").trim();
      const first = FIRST_NAME_WORD.exec(name)?.[1];
      if (!first || !nameLike(name)) continue;
      const what = purpose > 0 ? (cells[purpose] ?? "") : row;
      const hosts = KEYWORDS.hostingLabel.test(what) || KEYWORDS.dataCentre.test(what);
      const underHeading = listed.byHeading.get(p.heading) ?? new Map<string, boolean>();
      listed.byHeading.set(p.heading, underHeading);
      add(underHeading, first, hosts);
      add(listed.anywhere, first, hosts);
    }
  }
  LISTED.set(ctx, listed);
  return listed;
}

const LISTED = new WeakMap<Context, ListedCompanies>();

/** A company's name's first word, by which a sentence about it opens ("Resend wordt gebruikt ..."). */
const FIRST_NAME_WORD = /^[\s*_]*(\p{Lu}[\p{L}\d.-]{2,})/u;

/** A table's column of what each company does ("Purpose", "Dienst", "Finalité"). */
const PURPOSE_COLUMN = columnWords("purpose");

/**
 * Whether a sentence is a row of a table whose header names sub-processors ("| Sub-encargado |
 * Servicio | País | Garantía RGPD |"): "Irlanda (UE) | DPA firmado, datos en UE" is that company's.
 */
function rowOfSubprocessorTable(s: Sentence): boolean {
  const rows = tableRows(s.paragraph);
  // The row the sentence is on: a cell's second sentence ("| Base de datos. Almacena pacientes ...
  // | ... (Frankfurt, Alemania) | **EEE** (almacenamiento en UE) |") starts inside it.
  const row = lineOf(s) ?? s.text;
  // Cells with bars at their ends (Markdown) or only between them (a web page's, a Word file's).
  if (!rows || !row.includes("|") || row.trim() === rows[0]?.trim()) return false;
  if (rowCells(rows[0] ?? "").some((cell) => KEYWORDS.subprocessor.test(cell))) return true;
  // A table under a heading that names sub-processors ("## Anlage 2 — Genehmigte Subunternehmer",
  // its columns "Anbieter | Sitz | Zweck"), the row opening with a company's name.
  return KEYWORDS.subprocessor.test(s.paragraph.heading) && nameLike(withoutMarkup(rowCells(row)[0] ?? ""));
}

/**
 * Whether the place a sentence first names for data is the EU or EEA itself, the countries it
 * names after it details within it ("stored and processed within the European Union, primarily in
 * Germany and France", "hébergée dans des centres de données situés en Union Européenne (France
 * ou Allemagne)", "hosting within the EU (Frankfurt)"): the commitment stands beside the
 * countries. No country or city comes before it.
 */
function europeFirst(text: string): boolean {
  const m = KEYWORDS.locatedIn.exec(text);
  // "hosting within the European Union (Render, Frankfurt region)": the EU, then where in it.
  if (!m && inEuropeWhere(text) !== "") return true;
  const place = m ? text.slice(m.index + m[0].length, m.index + m[0].length + EUROPE_FIRST_WITHIN) : "";
  const europe = europeIn(place);
  return europe !== undefined && placeIn(place.slice(0, europe)) === undefined;
}

/** How far after the words about where data is the EU or EEA may be named first. */
const EUROPE_FIRST_WITHIN = 80;

/** Where the clause naming a place ends: a stop, or a relative clause ("which", "zodat", "ce qui"...). */
const CLAUSE_END = phrase("relativeWord", "[;:]|\\.(?:\\s|$)|\\b(?:", ")\\b", "");
/** What separates the places of a list ("Germany/Finland", "France and Belgium", "Frankrijk en België"...). */
const PLACE_LIST = phrase("andOr", "[,/()]|\\s+(?:", ")\\s+", "");

/** "... in Rechenzentren in Deutschland gespeichert", "... in Nederland opgeslagen": the place before the verb. */
const PLACED_BEFORE = new RegExp(`\\b(?:in|im)\\s+(?<place>[^.;:]{2,80}?)\\s+(?:${KEYWORDS.placedBefore.source})\\b`, "iu");

/**
 * "Server location: Germany", "Hosting | Frankfurt, Germany", "Primary data centre: Amsterdam",
 * "Serverstandort ist Nürnberg (Deutschland).": a label about where data is (a word or two before
 * it, "Primary", "The"; a compound's tail after it, "Rechenzentrumsstandorte"; up to three words
 * naming whose place it is, "Serverstandort der Datenbank:"), and the place.
 */
const HOSTING_LINE = hostingLineOf(KEYWORDS.hostingLabel.source);
/**
 * A line of where the backups are ("**Sauvegardes** : France et/ou autre État membre UE"): hosting
 * too, beside a hosting line of its paragraph (alone, it says nothing of the data itself).
 */
const BACKUP_LINE = hostingLineOf(KEYWORDS.backup.source);

/** A line labelled with `label`'s words (a pattern's source) and the place it names. */
function hostingLineOf(label: string): RegExp {
  return new RegExp(
    `^(?:[\\p{L}-]+\\s+){0,2}?(?:${label})[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,3}?\\s*(?:\\([^)]*\\))?\\s*(?:[:|]|\\s(?:${KEYWORDS.copula.source})\\s)\\s*(?<place>[^|]{2,80})$`,
    "iu",
  );
}

/**
 * A part of the world named as a place, not as a provider's region with its place in brackets
 * after it ("AWS Europe (Frankfurt)", "West Europe region (Netherlands)"), nor as part of a
 * region's code ("europe-west1" is Belgium, "gcp-europe-west3" Germany).
 */
const REGION_ALONE = new RegExp(
  `(?<!-)(?:${KEYWORDS.region.source})(?!\\s*(?:(?:${KEYWORDS.cloudRegion.source})(?![\\p{L}])\\s*)?\\(|-\\w)`,
  "iu",
);

/**
 * The word for a territory in a place, and the space after it ("territorio francés" after "tratados
 * en"): the land's word before the country's adjective.
 */
const TERRITORY_IN = phrase("territory", "(?<![\\p{L}])(?:", ")\\s+", "iu");

/**
 * The countries a place names ("Germany/Finland", "France and Belgium", "the EU (Hetzner, Germany)"),
 * or the one its first word is the adjective of ("français" after "sur le territoire").
 */
function countriesOf(place: string): string[] {
  // "primarily in Europe and the United States": a part of the world no codes can give; the
  // countries named beside it would be read as all the places there are.
  // A region whose place follows in brackets ("AWS Europe (Frankfurt)", "West Europe (Netherlands)")
  // is a provider's region name: the bracket names the place.
  // "West Europe" is Azure's region in the Netherlands, no part of the world.
  // "the USA (Ashburn, VA)": the state's code after its city is no country of its own.
  const parts = withStatesAsUs(place).split(PLACE_LIST);
  if (REGION_ALONE.test(place) && parts.every((p) => countryOfRegionNameIn(p) === undefined)) return [];
  const read = parts.map((p) => placeIn(p));
  // "(Cloudflare FR/DE)": a provider's name before a code, beside a code alone, is that code's
  // country too (alone, "Managed IT" would be none).
  if (read.some((c, k) => c !== undefined && codeAlone(parts[k] ?? "")))
    for (const [k, p] of parts.entries()) read[k] ??= placeIn(CODE_AFTER_NAME.exec(p.trim())?.[1] ?? "");
  const named = [...new Set(read.filter((c): c is string => c !== undefined))];
  if (named.length > 0) return named;
  // "sur le territoire français", also further in ("in data center situati sul territorio
  // francese"): the country by its adjective after the word for a territory.
  const territory = TERRITORY_IN.exec(place);
  const bare = territory ? place.slice(territory.index + territory[0].length) : place.trim();
  const adjective = LAW_WORDS.find(([re]) => re.exec(bare)?.index === 0);
  return adjective ? [adjective[1]] : [];
}

/** A place that is a country's two-letter code and nothing else ("DE"). */
const codeAlone = (part: string): boolean => /^\s*[A-Z]{2}\s*$/.test(part);

/** A provider's name, one or two capitalised words, then a country's code ("Cloudflare FR", "AWS DE"). */
const CODE_AFTER_NAME = /^(?:\p{Lu}[\p{L}.-]+\s+){1,2}([A-Z]{2})$/u;

/**
 * Whether a commitment's exceptions undo it: "without the Controller's consent", "unless
 * appropriate safeguards are in place" let data go where the words forbid (the corpus reads a
 * commitment on a condition as none); "unless required to do so by Union or Member State law" is the
 * law's exception, which any processor has, and leaves it standing.
 */
function voidingCondition(text: string): boolean {
  // "stored within the EU, without exception": emphasis, no condition.
  const m = KEYWORDS.exceptWord.exec(text.replace(WITHOUT_EXCEPTION, (w) => " ".repeat(w.length)));
  return m !== null && !KEYWORDS.requiredByLaw.test(text.slice(m.index, m.index + 100));
}

/**
 * "deutschen Rechenzentren", "German data centres", "serveurs français", "auf US-Servern": a
 * country's adjective (or its code joined by a hyphen) beside what hosts data.
 */
const ADJECTIVE_HOSTS: ReadonlyArray<[RegExp, string]> = LAW_WORDS.map(([re, code]) => [
  new RegExp(
    `(?<!\\p{L})(?:${re.source})\\p{L}*(?:\\s+|-)(?:${KEYWORDS.dataCentre.source})(?!\\p{L})|(?<!\\p{L})(?:${KEYWORDS.dataCentre.source})\\s+(?:${re.source})`,
    "iu",
  ),
  code,
]);

/**
 * "in Germany or within the European Union", "auf dem Gebiet der Bundesrepublik Deutschland oder
 * innerhalb der EU": Europe as another place allowed, which holds the countries named beside it.
 */
function orInEurope(text: string): boolean {
  return [...text.matchAll(OR_WORDS)].some((m) => {
    // Europe named within 60 characters of the "or", in the same part of the sentence.
    const from = m.index + m[0].length;
    const at = europeIn(text.slice(from, from + OR_REACH + 40).split(/[,.;]/)[0] ?? "");
    return at !== undefined && at <= OR_REACH;
  });
}

const OR_WORDS = new RegExp(`\\b(?:${KEYWORDS.orWord.source})\\s+`, "gi");
const OR_REACH = 60;

/** "physically" or "mainly" and a space after it, where the place patterns read past it. */
const PHYSICALLY = new RegExp(`(?:${KEYWORDS.physically.source}|${KEYWORDS.mainly.source})\\s+`, "gi");

/**
 * Where the data is hosted, when the DPA names the countries: "all centres ... are located in
 * France", "... in Deutschland gespeichert", or a line of its own ("Server location: Germany").
 */
export function hostingAllowed(ctx: Context): Found<string[]> | undefined {
  for (const [i, s] of ctx.sentences.entries()) {
    // Emphasis is no word ("is **processed exclusively in Germany**"), nor is "physically" or "mainly"
    // between the verb and the place ("risiedono fisicamente in Italia"); the quote keeps both.
    const plain: Sentence = { ...s, text: withoutMarkup(s.text).replace(PHYSICALLY, "") };
    // "Codeberg (static frontend hosting) ... does not process personal data": no data is there.
    if (KEYWORDS.processesNone.test(plain.text)) continue;
    const own = aSubprocessorsOwnPlace(ctx, s);
    if (own) {
      ctx.trace?.("hostingAllowed", s, `skipped: ${own}`);
      continue;
    }
    const hosts = KEYWORDS.hosting.test(plain.text);
    // "We aim to host data in Germany": a wish or a best effort is no commitment.
    if (onlyWished(plain.text, KEYWORDS.staysIn, hosts)) {
      ctx.trace?.("hostingAllowed", s, "skipped: a wish or a best effort (we aim, where possible), not a commitment");
      continue;
    }
    const stays = stayingIn(plain);
    if (stays.length > 0) {
      ctx.trace?.("hostingAllowed", s, `taken: ${stays.join(", ")} (no data leaves)`);
      return found(s, stays, "sentence pattern: no data leaves the named countries");
    }
    // "VMCloud opère ses centres de données dans six emplacements européens stratégiques :", then
    // "Paris (France), Francfort (Allemagne), ...": the data centres' places, in the list after.
    const listed = hosts || KEYWORDS.dataCentre.test(plain.text) ? placesListedAfter(ctx, i, s) : undefined;
    if (listed) {
      ctx.trace?.("hostingAllowed", s, `taken: ${listed.codes.join(", ")} (the places listed after its colon)`);
      return found(listed.s, listed.codes, "sentence pattern: data hosted in the places listed after a colon, each with its country");
    }
    if (!hosts) continue;
    // "processes personal data in the following countries:", then "- Germany", "- Finland".
    const items = ENDS_IN_COLON.test(plain.text) ? placeItemsAfter(ctx, i) : undefined;
    if (items && items.codes.length > 0) {
      ctx.trace?.("hostingAllowed", s, `taken: ${items.codes.join(", ")} (the places listed after its colon, one an item)`);
      return found(items.s, items.codes, "sentence pattern: data hosted in the places listed after a colon, one an item");
    }
    const place = placeNamed(plain);
    // "en infraestructura ubicada fuera de Chile": where data may be outside of, not where it is
    // (unless a country comes first: "in Germany, never outside the EU").
    const outside = KEYWORDS.outside.exec(place);
    if (outside && countriesOf(place.slice(0, outside.index)).length === 0) {
      ctx.trace?.("hostingAllowed", s, "skipped: a place data is outside of, not where it is");
      continue;
    }
    // "may be Processed in the United States and other countries": no limit to the places named.
    if (KEYWORDS.openPlaces.test(place)) {
      ctx.trace?.("hostingAllowed", s, "skipped: the places are left open (and other countries, worldwide)");
      continue;
    }
    if (KEYWORDS.officeWord.test(place)) {
      ctx.trace?.("hostingAllowed", s, "skipped: a place of offices or staff, not of the data");
      continue;
    }
    const codes = place ? countriesOf(place) : [];
    // "Einsatz von deutschen Rechenzentren", "en centros de datos españoles": no country's name,
    // its adjective beside what hosts the data.
    const adjective = codes.length === 0 ? ADJECTIVE_HOSTS.filter(([re]) => re.test(plain.text)).map(([, code]) => code) : [];
    if (adjective.length > 0 && !KEYWORDS.outside.test(plain.text) && !KEYWORDS.region.test(plain.text)) {
      ctx.trace?.("hostingAllowed", s, `taken: ${adjective.join(", ")} (a country's data centres or servers)`);
      return found(s, adjective, "sentence pattern: the data centres of named countries");
    }
    if (!place) continue;
    if (codes.length > 0 && orInEurope(place)) {
      ctx.trace?.("hostingAllowed", s, "skipped: the countries are one choice beside the EU/EEA (its commitment, not theirs)");
      continue;
    }
    if (codes.length > 0) {
      ctx.trace?.("hostingAllowed", s, `taken: ${codes.join(", ")}`);
      return withBackups(ctx, i, found(s, codes, "sentence pattern: data hosted in named countries"));
    }
    ctx.trace?.("hostingAllowed", s, "skipped: no country named after the words about where data is");
  }
  return hostingLine(ctx);
}

/** "without exception" and its kin, everywhere in a text. */
const WITHOUT_EXCEPTION = everywhere("withoutException");

/**
 * The place a sentence about hosting names: the words right after "located in", up to the end of
 * that clause, those in parentheses included ("hosted in the European Union (Hetzner,
 * Germany/Finland)"); in German and Dutch the place may come before its verb. "" when none.
 */
function placeNamed(s: Sentence): string {
  const m = KEYWORDS.locatedIn.exec(s.text);
  if (m) {
    // "Personal data is processed in:", then the places (a form's options, a list on the line):
    // a colon right after the words is no clause's end.
    let rest = s.text.slice(m.index + m[0].length).replace(/^\s*:/, "");
    // "opgeslagen in de volgende landen: Nederland en Duitsland": the places after the colon.
    const colon = rest.indexOf(":");
    if (colon > 0 && KEYWORDS.listFollows.test(rest.slice(0, colon)) && countriesOf(rest.slice(0, colon)).length === 0)
      rest = rest.slice(colon + 1);
    const first = throughBrackets(rest, rest.split(CLAUSE_END)[0] ?? "");
    // "... are in the EU: functions in Stockholm, the database in `eu-north-1`": the EU, then
    // where in it after the colon, as in parentheses.
    const details = rest[first.length] === ":" && europeIn(first) !== undefined && countriesOf(first).length === 0;
    return details ? `${first} (${rest.slice(first.length + 1).split(/[;.](?:\s|$)/)[0] ?? ""})` : first;
  }
  return PLACED_BEFORE.exec(s.text)?.groups?.place ?? inEuropeWhere(s.text);
}

/** A place with its country in brackets ("Paris (France)", "London (United Kingdom - post-Brexit)"). */
const PLACE_WITH_COUNTRY = "\\p{L}[\\p{L}'’ .-]{1,30}\\([^()]{2,60}\\)";

/**
 * A sentence that is a list of places, each with its country in brackets ("Paris (France),
 * Frankfurt (Germany), ... and Milan (Italy - planned)."), two at least.
 */
const PLACES_WITH_COUNTRIES = new RegExp(
  `^\\s*${PLACE_WITH_COUNTRY}(?:\\s*(?:,|(?:,\\s*)?(?:${KEYWORDS.andOr.source})(?![\\p{L}]))\\s*${PLACE_WITH_COUNTRY})+\\s*[.;]?\\s*$`,
  "iu",
);

/**
 * Whether the words before a list's colon speak of data centres, not of sub-processors ("opère ses
 * centres de données dans six emplacements" is; "Subprocessors for clinical data storage (EU):",
 * its companies with their regions in brackets, is not).
 */
function dataCentresBefore(text: string): boolean {
  return KEYWORDS.dataCentre.test(text) && !KEYWORDS.subprocessor.test(text);
}

/**
 * The places a hosting sentence lists after its colon, each with its country in brackets
 * ("operates its data centers in six strategic European locations:", then "Paris (France),
 * Frankfurt (Germany), ..."): in the sentence after it (the two quoted as one), or in its own rest
 * where its colon ended no sentence (a PDF's line "stratégiques : Paris (France), ..." reads as a
 * label's). The countries.
 */
function placesListedAfter(ctx: Context, i: number, s: Sentence): { s: Sentence; codes: string[] } | undefined {
  const colon = s.text.lastIndexOf(":");
  const own = dataCentresBefore(s.text.slice(0, Math.max(0, colon))) ? countriesListed(s.text.slice(colon + 1)) : [];
  if (own.length > 0) return { s, codes: own };
  const next = ctx.sentences[i + 1];
  if (!next || next.paragraph !== s.paragraph || !ENDS_IN_COLON.test(s.text) || KEYWORDS.subprocessor.test(s.text)) return undefined;
  const codes = countriesListed(next.text);
  return codes.length > 0 ? { s: { ...s, text: `${s.text} ${next.text}` }, codes } : undefined;
}

/**
 * The places a hosting sentence ending in a colon lists in the items after it, one an item ("...
 * processes personal data in the following countries:", then "- Germany", "- Finland"; a form's
 * "hosted in:", then "☐ the United States" and "☒ Germany", the empty option blanked): the
 * countries, and the sentence with its items (quoted with "..." between, as written apart). Every
 * item must name a place and no more than a place's words: a list of anything else (the services
 * hosted, the safeguards) names none. Items naming the EU or EEA alone give no country:
 * hostingDeclared reads them as the EU/EEA (`europe`).
 */
function placeItemsAfter(ctx: Context, i: number): { s: Sentence; codes: string[]; europe: boolean } | undefined {
  const s = ctx.sentences[i] as Sentence;
  const items: Sentence[] = [];
  const codes: string[] = [];
  let europe = false;
  // "... opgeslagen in de volgende landen: Nederland en Duitsland.", its colon read as a stop:
  // the rest of its line is the one item.
  const rest = ctx.sentences[i + 1];
  const inline = rest !== undefined && rest.paragraph === s.paragraph && rest.line === s.line;
  for (const next of inline ? [rest] : ctx.sentences.slice(i + 1, i + 1 + PLACE_ITEMS)) {
    if (next.paragraph.index - s.paragraph.index > PLACE_ITEMS) break;
    const line = lineOf(next) ?? next.text;
    if (!inline && !LIST_ITEM.test(line) && !opensWithBox(line)) break;
    const place = withoutBoxes(withoutMarkup(next.text).replace(LIST_ITEM, "")).trim();
    // An empty option (its words blanked) is no item of the list.
    if (place === "") continue;
    if (place.length > PLACE_ITEM_LENGTH) return undefined;
    const own = countriesOf(place);
    if (own.length === 0 && europeIn(place) === undefined) return undefined;
    europe ||= own.length === 0;
    for (const c of own) if (!codes.includes(c)) codes.push(c);
    items.push(next);
  }
  if (items.length === 0) return undefined;
  return { s: { ...s, text: [s, ...items].map((x) => x.text).join(inline ? " " : " ... ") }, codes, europe };
}

/** How many items after a hosting sentence's colon are read as its places. */
const PLACE_ITEMS = 8;
/** The most characters of an item that is a place ("Frankfurt am Main, Germany", "the European Union"). */
const PLACE_ITEM_LENGTH = 60;

/** The countries of a text that is a list of places with their countries in brackets, else none. */
function countriesListed(text: string): string[] {
  const list = withoutMarkup(text);
  return PLACES_WITH_COUNTRIES.test(list) ? countriesOf(list) : [];
}

/**
 * A place cut at a clause's end that falls inside its brackets ("within the European Union
 * (database and authentication in Ireland; application hosting in Frankfurt, Germany; ...)"): the
 * semicolons separate where each part of the service is, so the place runs to the bracket's close.
 */
function throughBrackets(rest: string, first: string): string {
  const open = first.lastIndexOf("(");
  if (open < 0 || first.indexOf(")", open) >= 0) return first;
  const close = rest.indexOf(")", first.length);
  if (close < 0 || close - first.length > BRACKET_REACH) return first;
  // A part that names staff ("e-mail to team members via Amazon SES in Ireland") is left out with
  // its words, as a place of offices or staff would be; the data's places stay.
  const parts = rest
    .slice(first.length, close)
    .split(";")
    .filter((part) => !KEYWORDS.officeWord.test(part));
  return `${first}${parts.join(";")})`;
}

/** How far past a clause's end a bracket may close and still be read as the place's. */
const BRACKET_REACH = 400;

/**
 * The places in parentheses right after "within the EU" in a sentence about hosting that has no
 * verb of place ("hosting within the European Union (Render, Frankfurt region)", "l'hébergement au
 * sein de l'Union européenne (Render, région Frankfurt)"): where in the EU. "" when none.
 */
function inEuropeWhere(text: string): string {
  const eu = KEYWORDS.withinEurope.exec(text);
  if (!eu) return "";
  return /^\s*\(([^()]*)\)/.exec(text.slice(eu.index + eu[0].length))?.[1] ?? "";
}

/** How many sentences after the hosting sentence are read for where its backups are. */
const BACKUP_SENTENCES = 4;

/**
 * The hosting sentence i with the countries its backups are kept in, when a sentence of the same
 * section after it says so ("Customer Data is hosted in Germany. Encrypted backups are stored in
 * Finland."), or a clause of its own after a semicolon: a copy of the data is hosted there too. Not a sub-processor's place, nor a
 * sentence after the next heading.
 */
function withBackups(ctx: Context, i: number, hosting: Found<string[]>): Found<string[]> {
  const s = ctx.sentences[i] as Sentence;
  const codes = [...hosting.value];
  const quotes = [s.text];
  // "... stored and processed in Germany; backups are stored in Finland": a clause of its own
  // after a semicolon, already in the quote.
  for (const part of s.text.split(/\s?;\s/).slice(1, 1 + BACKUP_SENTENCES)) {
    if (!KEYWORDS.backup.test(part) || !KEYWORDS.hosting.test(part) || KEYWORDS.subprocessor.test(part)) continue;
    const added = countriesOf(placeNamed({ ...s, text: part })).filter((c) => !codes.includes(c));
    if (added.length === 0) continue;
    ctx.trace?.("hostingAllowed", s, `taken: ${added.join(", ")}, where the backups of the data it hosts are (after its semicolon)`);
    codes.push(...added);
  }
  for (const next of ctx.sentences.slice(i + 1, i + 1 + BACKUP_SENTENCES)) {
    if (next.paragraph.heading !== s.paragraph.heading || next.paragraph.index - s.paragraph.index > 2) break;
    if (!KEYWORDS.backup.test(next.text) || !KEYWORDS.hosting.test(next.text) || KEYWORDS.subprocessor.test(next.text)) continue;
    const added = countriesOf(placeNamed(next)).filter((c) => !codes.includes(c));
    if (added.length === 0) continue;
    ctx.trace?.("hostingAllowed", next, `taken: ${added.join(", ")}, where the backups of the data hosted on line ${s.line} are`);
    codes.push(...added);
    quotes.push(next.text);
  }
  if (codes.length === hosting.value.length) return hosting;
  // The sentences as they stand in the text, an omission between them marked (policy check reads "..." so).
  return { ...hosting, value: codes, quote: quotes.join(" ... "), method: `${hosting.method}, and where its backups are` };
}

/**
 * The countries a sentence says data never leaves ("will not be transferred outside Germany", "Die
 * Daten verlassen Deutschland nicht", "ne quittent jamais le territoire français"). The EU or EEA
 * is hostingDeclared's; a leaving allowed on a condition ("without the Customer's consent") is none.
 */
function stayingIn(s: Sentence): string[] {
  const m = KEYWORDS.staysIn.exec(s.text);
  if (!m) return [];
  const place = s.text.slice(m.index + m[0].length).split(CLAUSE_END)[0] ?? "";
  if (europeIn(place) !== undefined || voidingCondition(s.text.slice(m.index))) return [];
  return countriesOf(place);
}

/**
 * A line of a key-terms list or table naming where data is: "Server location: Frankfurt, Germany",
 * with the places the other such lines of its paragraph name ("Backup location: Finland").
 */
function hostingLine(ctx: Context): Found<string[]> | undefined {
  let first: { s: Sentence; codes: string[] } | undefined;
  for (const { s, place } of hostingLines(ctx)) {
    if (first && s.paragraph !== first.s.paragraph) break;
    const codes = countriesOf(place);
    if (codes.length === 0) continue;
    ctx.trace?.("hostingAllowed", s, `taken: ${codes.join(", ")}`);
    if (first) first.codes.push(...codes.filter((c) => !first?.codes.includes(c)));
    else first = { s, codes };
  }
  return first ? found(first.s, first.codes, "a line naming where data is hosted") : undefined;
}

/** The words that label a company's name in a list or table ("Name", "Sous-traitant", "Provider"). */
const NAME_LABEL = new RegExp(`(?:${columnWords("name").source}|${KEYWORDS.subprocessor.source})`, "i");

/**
 * Whether a paragraph describes one sub-processor ("Sous-traitant : Scaleway SAS", "Lieu de
 * traitement : France"), or falls under the heading of their list: the place its lines give is
 * that company's, not a commitment of the DPA's own. A key-terms line pointing to the list
 * ("Sub-processors: see Annex 3") names none.
 */
function aboutOneSubprocessor(p: Paragraph): boolean {
  // A line in a section about sub-processors ("## Sub-processors", "Hosting: Scaleway SAS (France)"),
  // unless the section is about where data is hosted too ("## 6. Sub-processors and data location").
  if (KEYWORDS.subprocessor.test(p.heading) && !KEYWORDS.hostingLabel.test(p.heading)) return true;
  return paragraphLines(p).some((line) => {
    const m = /^\s*([^:|]{2,40}?)\s*:\s*(\S.*)$/.exec(withoutMarkup(line.replace(LINE_OPENING, "")));
    const value = m?.[2] ?? "";
    // A value that is a period ("Advance notice of new sub-processors: At least 14 days") names no company.
    return (
      m !== null &&
      NAME_LABEL.test(m[1] ?? "") &&
      /^\p{Lu}/u.test(value) &&
      !KEYWORDS.listWord.test(value) &&
      !CROSS_REFERENCE_FIRST.test(value) &&
      !/https?:/.test(value) &&
      findPeriods(value).length === 0
    );
  });
}

/**
 * Each line that names where data is hosted ("Data location: Germany"), with the place it gives;
 * under a heading about hosting, each row of a table with a location column and no company's
 * ("## Hosting location", "| Service | Location |", "| Backups | Finland |").
 */
function* hostingLines(ctx: Context): Generator<{ s: Sentence; place: string }> {
  const aboutOne = new Set<Paragraph>();
  for (const [k, p] of ctx.paragraphs.entries()) {
    if (aboutOneSubprocessor(p)) {
      aboutOne.add(p);
      continue;
    }
    const column = hostingTableColumn(p, ctx.paragraphs[k - 1]);
    if (column !== undefined) {
      for (const [n, raw] of paragraphLines(p).entries()) {
        const place = n === 0 || SEPARATOR_ROW.test(raw) ? "" : withoutMarkup(rowCells(raw)[column] ?? "").trim();
        if (place) yield { s: { text: raw.trim(), paragraph: p, line: p.lines[0] + n }, place };
      }
      continue;
    }
    // "Data location", then "Germany" (an HTML description list, a cover page): one hosting line.
    const pair = labelOverValue(p);
    const paired = pair ? HOSTING_LINE.exec(`${withoutMarkup(pair.label)}: ${withoutMarkup(pair.value)}`) : null;
    if (pair && paired) {
      yield { s: { text: `${pair.label} ${pair.value}`, paragraph: p, line: p.lines[0] }, place: paired.groups?.place ?? "" };
      continue;
    }
    const backups: Array<{ s: Sentence; place: string }> = [];
    let hosted = false;
    for (const [n, raw] of paragraphLines(p).entries()) {
      if (raw.length > 160) continue;
      const line = raw.replace(LINE_OPENING, "").replace(/\s*\|\s*$/, "");
      const plain = withoutMarkup(line);
      const m = HOSTING_LINE.exec(plain) ?? HOSTED_ON_LINE.exec(plain);
      const at = { text: raw.trim(), paragraph: p, line: p.lines[0] + n };
      const backup = m ? null : BACKUP_LINE.exec(plain);
      if (backup) backups.push({ s: at, place: backup.groups?.place ?? "" });
      else if (m) {
        hosted = true;
        yield { s: at, place: m.groups?.place ?? "" };
      } else {
        // "EU-Region" as "EU Region": the acronym is the EU's, not "EU-US"'s.
        const region = plain.replace(/^(\p{Lu}{2,3})-(?=\p{L})/u, "$1 ");
        if (EU_REGION_LINE.test(region)) yield { s: at, place: region };
      }
    }
    if (hosted) yield* backups;
  }
  // A sentence that reads as such a line, inside a paragraph ("... where possible. The primary
  // data processing location is AWS EU (Frankfurt, Germany)."), after every line.
  for (const s of ctx.sentences) {
    if (s.text.length > 160 || aboutOne.has(s.paragraph)) continue;
    const m = HOSTING_LINE.exec(withoutMarkup(s.text).replace(/\.$/, ""));
    if (m) yield { s, place: m.groups?.place ?? "" };
  }
}

/**
 * "Hosting auf AWS (Region eu-central-1, Frankfurt)", "Hébergement chez OVHcloud (Roubaix,
 * France)": a line of hosting on a provider, the place in parentheses at its end.
 */
const HOSTED_ON_LINE = phrase("hostingOn", "^(?:", ")\\s+[^()|:]{1,40}?\\s*\\((?<place>[^()]{2,80})\\)\\s*[.;]?$", "iu");

/**
 * "EU-Region (Supabase Frankfurt, Sentry EU)", "EU region": a line (a list of measures' item) that
 * is only the EU's region, where in it in parentheses.
 */
const EU_REGION_LINE = new RegExp(
  `^(?:${KEYWORDS.europeName.source})\\s+(?:${KEYWORDS.cloudRegion.source})(?![\\p{L}])\\s*(?:\\([^()]{2,80}\\))?\\s*[.;]?$`,
  "iu",
);

/**
 * The location column of a table about hosting (its rows are where the data is), else undefined:
 * a column headed as where data is kept ("Storage Location"), or a table under a heading about
 * hosting, or after a hosting sentence ending in a colon ("Customer Data is hosted in the
 * following data centres:", then "| Data centre | Country |").
 */
function hostingTableColumn(p: Paragraph, before: Paragraph | undefined): number | undefined {
  const lines = paragraphLines(p);
  if (lines.length < 2 || !lines.every((l) => l.includes("|"))) return undefined;
  const header = rowCells(lines[0] ?? "").map((c) => withoutMarkup(c).trim());
  // A column of companies makes it a list of providers, each with its own place.
  if (header.some((c) => NAME_LABEL.test(c))) return undefined;
  const at = header.findIndex((c) => columnWords("location").test(c));
  if (at < 0) return undefined;
  // Under any heading, a column headed as where data is kept ("| Processing Activity | ... |
  // Storage Location |" in a record of processing activities).
  if (KEYWORDS.hostingLabel.test(header[at] ?? "")) return at;
  const introduced = before !== undefined && ENDS_IN_COLON.test(before.text) && KEYWORDS.hosting.test(withoutMarkup(before.text));
  return introduced || KEYWORDS.hostingLabel.test(p.heading) ? at : undefined;
}
