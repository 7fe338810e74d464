import {
  BULLET,
  BULLET_ITEM,
  headingLike,
  lineStartsBetween,
  LIST_ITEM,
  MARKDOWN_HEADING,
  paragraphLines,
  sectionHeading,
  sentences,
  withoutMarkup,
  type Paragraph,
} from "./document.js";
import { appendAll } from "@dpa-lint/core";
import { columnWords, KEYWORDS, phrase } from "./language.js";
import { countryIn, countryNamed } from "./countries.js";
import {
  ARTICLE_BEFORE_NAME,
  columnOf,
  endsInLegalForm,
  endsLikeSentence,
  entry,
  foundEntry,
  itemsOf,
  KIND_WORD,
  NAME_LIST,
  nameLike,
  namesATransferMechanism,
  namesOf,
  nameThenAddress,
  PLACEHOLDER,
  plainLine,
  setOffAsTitle,
  type FoundSubprocessor,
  type Taken,
} from "./subprocessor-entry.js";

/**
 * Sub-processor lists written as lists: numbered or bulleted entries, one block or one heading per
 * company, names announced by a heading or an introduction, or a list inside a sentence.
 */
/** A title that says what follows is not sub-processors ("Out-of-scope tools (not subprocessors)"). */
export const NOT_SUBPROCESSORS = new RegExp(
  `(?:${KEYWORDS.notWord.source})\\s+(?:\\S+\\s+){0,2}?(?:${KEYWORDS.subprocessor.source})`,
  "iu",
);

/**
 * Whether a heading is the change procedure's ("12.2 Sub-processor Changes", "Objection to new
 * sub-processors"): its lines are labelled "Timeline:", "Method:", no companies.
 */
function changeProcedure(text: string): boolean {
  return KEYWORDS.changeWord.test(text) || KEYWORDS.objection.test(text);
}

/**
 * Whether a paragraph is a heading announcing the sub-processor list: "List of subprocessors",
 * "Annex 3 - Sub-processors", or a short title of a line ("Approved sub-processors",
 * "Unterauftragnehmer"), not a sentence.
 */
export function listHeading(p: Paragraph | undefined): p is Paragraph {
  if (p === undefined || p.text.length > 120 || !KEYWORDS.subprocessor.test(p.text) || NOT_SUBPROCESSORS.test(p.text)) return false;
  if (changeProcedure(p.text)) return false;
  return (
    KEYWORDS.listWord.test(`${p.text} ${p.clause}`) ||
    (p.lineStarts.length === 1 && p.text.length <= 60 && headingLike(p.text) && !/:\s*$/.test(p.text))
  );
}

/**
 * One short paragraph per sub-processor (blockEntry) under a list heading, an introduction or a
 * sentence saying they follow; headings of categories may stand between them.
 */
export function entryBlocks(paras: readonly Paragraph[], i: number): Taken | undefined {
  const heading = listHeading(paras[i]);
  const text = paras[i]?.text ?? "";
  // A heading, "...:" or a sentence saying the sub-processors follow ("uses services from the
  // following sub-processors to provide ...").
  if (!heading && !(KEYWORDS.subprocessor.test(text) && (introduces(paras[i]) || KEYWORDS.listFollows.test(text)))) return undefined;
  // "The Processor uses the following companies:" between the heading and the entries.
  const start = heading && introduces(paras[i + 1]) ? i + 2 : i + 1;
  const bulleted = bulletEntries(paras[start]) ?? dashedLines(paras[start]);
  if (bulleted) return { rows: bulleted, next: start + 1 };
  const rows: FoundSubprocessor[] = [];
  let k = start;
  let before = 0;
  for (; k < paras.length; k++) {
    const categorised = categoryOverBullets(paras[k]);
    if (categorised) {
      appendAll(rows, categorised);
      continue;
    }
    const block = blockEntry(paras, k);
    if (block) {
      rows.push(block.row);
      k += block.spread;
      continue;
    }
    // A category's heading between entries ("Monitoring" over "----------"), or, before the
    // first entry, a short note or two (a date, a link to earlier versions); not prose.
    const p = paras[k] as Paragraph;
    const category =
      p.marked &&
      p.lineStarts.length === 1 &&
      p.text.length <= 40 &&
      !ABOUT_THE_DOCUMENT.test(p.text) &&
      blockEntry(paras, k + 1) !== undefined;
    const note = rows.length === 0 && p.text.length <= MAX_NOTE && ++before <= MAX_BEFORE_ENTRIES;
    if (!category && !note) break;
  }
  // One block is a list when it names a company with its legal form; two or more otherwise.
  return rows.length >= 2 || (rows.length === 1 && COMPANIES_ANYWHERE.test(rows[0]?.value.name ?? "")) ? { rows, next: k } : undefined;
}

/**
 * Headings of categories under a sub-processor list's heading, each over its providers: a bulleted
 * list of names, or a line naming one with what it does after it ("#### D. Abonnementen", then
 * "Mollie (beheer van abonnementsstatus en aankoopinformatie)."), as an annex grouping providers by
 * purpose has them. A note or two may come before the first category; the list ends at a heading no
 * deeper than its own, or at a paragraph under a category that names no provider.
 */
export function categorySections(paras: readonly Paragraph[], i: number): Taken | undefined {
  const top = paras[i];
  if (!listHeading(top) || !MARKDOWN_HEADING.test(top.text)) return undefined;
  const level = headingLevel(top.text);
  const rows: FoundSubprocessor[] = [];
  let categories = 0;
  let before = 0;
  let k = i + 1;
  while (k < paras.length) {
    const p = paras[k] as Paragraph;
    const deeper = MARKDOWN_HEADING.test(p.text) && headingLevel(p.text) > level;
    if (deeper && p.lineStarts.length === 1 && !ABOUT_THE_DOCUMENT.test(p.text)) {
      const under: FoundSubprocessor[] = [];
      for (k++; k < paras.length && !MARKDOWN_HEADING.test((paras[k] as Paragraph).text); k++) {
        const named = providersIn(paras[k] as Paragraph);
        if (!named) break;
        appendAll(under, named);
      }
      // A category over prose is no list of providers: the section is something else.
      if (under.length === 0) break;
      appendAll(rows, under);
      categories++;
      continue;
    }
    if (categories === 0 && !MARKDOWN_HEADING.test(p.text) && p.text.length <= MAX_NOTE && ++before <= MAX_BEFORE_ENTRIES) {
      k++;
      continue;
    }
    break;
  }
  return categories > 0 ? { rows, next: k } : undefined;
}

/** "Mollie (beheer van abonnementsstatus en aankoopinformatie).": a short name, then one bracket to the line's end. */
const NAME_THEN_BRACKET = /^[^()]{1,60}\s\([^()]+\)[.;]?$/;

/** A Markdown heading's level: how many "#" open it. */
function headingLevel(text: string): number {
  return /^#+/.exec(text)?.[0].length ?? 0;
}

/**
 * The providers a paragraph under a category names, a line each: "- Azure Speech", "Mollie (beheer
 * van ...)." (a name, then what it does in brackets or after a dash). Undefined when a line reads
 * as no name, or a line without a marker is not a name and its bracket (a sentence, a note).
 */
function providersIn(p: Paragraph): FoundSubprocessor[] | undefined {
  const rows: FoundSubprocessor[] = [];
  for (const [n, line] of paragraphLines(p).entries()) {
    const marked = ITEM_MARKER.test(line);
    const plain = withoutMarkup(line.replace(ITEM_MARKER, "")).trim();
    // A line without a marker is a name and its purpose in brackets, the whole line: a sentence
    // with a bracket inside ("Verwerker (JNL) informeert ...") is none.
    if (!marked && !NAME_THEN_BRACKET.test(plain)) return undefined;
    const cut = nameEnd(plain);
    const name = (cut ? plain.slice(0, cut.index) : plain).replace(/[.;]\s*$/, "");
    if (!nameLike(name) || KEYWORDS.subprocessor.test(name)) return undefined;
    const e = entry(name, line, cut ? plain.slice(cut.index) : "");
    if (e) rows.push(foundEntry(p, p.lines[0] + n, line.trim(), e, "a provider under a category of the sub-processor list"));
  }
  return rows.length > 0 ? rows : undefined;
}

/**
 * A heading or label about the document, whom to write to or a place ("Contact", "Postal address",
 * "Last updated", "Server location"): no category of sub-processors.
 */
const ABOUT_THE_DOCUMENT = new RegExp(
  `${KEYWORDS.metaLabel.source}|${KEYWORDS.contactLabel.source}|${columnWords("location").source}`,
  "iu",
);

/** How many notes (paragraphs that are no entry) may come between a list's announcement and its first entry, and how long each. */
const MAX_BEFORE_ENTRIES = 2;
const MAX_NOTE = 200;

/** A line that is an e-mail address or a telephone number and nothing else. */
const CONTACT_DETAIL = /^\s*(?:\S+@\S+\.\S+|\+?[\d\s()/.-]{6,})\s*$/;

/**
 * The paragraph at k as one sub-processor's block: a name on its first line ("**Proton AG**"),
 * then a purpose, an address and a link on the lines after ("_Email_", "Route de la Galaise 32,
 * 1228 Plan-les-Ouates, Geneva, Switzerland"), or those lines as paragraphs of their own (spread,
 * how many). The country is the one the lines after the name give (an address's last); an
 * address without one gives none.
 */
function blockEntry(paras: readonly Paragraph[], k: number): { row: FoundSubprocessor; spread: number } | undefined {
  const p = paras[k];
  if (!p) return undefined;
  const spread = spreadDetails(paras, k);
  const raw = [...paragraphLines(p), ...spread.map((q) => q.text)];
  const lines = raw.map(plainLine).filter(Boolean);
  let [name = "", ...rest] = lines;
  // "Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen (Deutschland)": the name, then its
  // address, on the name's line or as the whole entry ("OVH SAS, 2 rue Kellermann, 59100
  // Roubaix, France – hébergement.": an address with a number and a country).
  const split = nameThenAddress(name);
  const addressed = nameLike(split.name) && /\d/.test(split.rest) && (lines.length > 1 || countryIn(split.rest) !== undefined);
  if ((!nameLike(name) || lines.length === 1) && addressed) [name, rest] = [split.name, [split.rest, ...rest]];
  // Table rows are a table's, not an entry's lines.
  // A numbered heading is a clause ("### 7.1 Toestemming"), and one about sub-processors is the
  // list's own ("### 7.2 Huidige sub-verwerkers"): no company's entry.
  if (MARKDOWN_HEADING.test(raw[0] ?? "") && (/^\d+(?:\.\d+)*\.?\s/.test(name) || KEYWORDS.subprocessor.test(name))) return undefined;
  // The name reads as one, or is set off as a title ("**http.net Internet GmbH**"); a wrapped
  // sentence's first line is neither.
  const titled = setOffAsTitle(raw[0] ?? "") && name.length <= 80;
  if (
    lines.length + rest.length < 2 ||
    lines.length > 8 ||
    p.text.length > 400 ||
    !(titled || nameLike(name)) ||
    endsLikeSentence(name) ||
    name.includes("|")
  )
    return undefined;
  // A name over an e-mail address or a telephone number is whom to write to, not a company's entry.
  if (rest.every((l) => CONTACT_DETAIL.test(l))) return undefined;
  const country = [...rest]
    .reverse()
    .map((l) => countryIn(l))
    .find((c) => c !== undefined);
  const e = entry(name, [p, ...spread].map((q) => q.text).join(" "), country ?? "");
  return e
    ? { row: foundEntry(p, p.lines[0], raw[0] ?? name, e, "list entry (name, then its details)"), spread: spread.length }
    : undefined;
}

/**
 * An entry whose every line is a paragraph of its own (a word processor's export: "Amazon Web
 * Services, Inc.", "410 Terry Avenue North", "Seattle, WA 98109", "USA", "Auftragsinhalt: ..."):
 * after a one-line company name with its legal form, the one-line paragraphs up to the next such
 * name, a sentence or a long paragraph. None when the paragraph at k is not such a name.
 */
function spreadDetails(paras: readonly Paragraph[], k: number): Paragraph[] {
  const p = paras[k] as Paragraph;
  const company = (q: Paragraph): boolean => q.lineStarts.length === 1 && COMPANIES_ANYWHERE.test(q.text) && nameLike(plainLine(q.text));
  if (!company(p)) return [];
  const details: Paragraph[] = [];
  for (let q = paras[k + 1]; q && details.length < MAX_SPREAD; q = paras[q.index + 1]) {
    if (q.lineStarts.length > 1 || q.text.length > 160 || company(q) || endsLikeSentence(q.text)) break;
    details.push(q);
  }
  return details;
}

/** Dashes set apart by spaces: what parts a name from its purpose and place on one line ("Twilio Inc. – SMS – US"). */
const DASHES = /\s+[-–—]\s+/;

/**
 * Entries one a line, without bullets: every line of the paragraph a name, then what it does and
 * where, set off by dashes ("**Amazon Web Services EMEA SARL** — Cloud hosting — Luxembourg", the
 * country the last part naming one), or a name and its place after a comma, a country last
 * ("Hetzner Finland Oy, Finland", "Twilio Inc., San Francisco, USA").
 */
function dashedLines(p: Paragraph | undefined, first = 0): FoundSubprocessor[] | undefined {
  const lines = p ? paragraphLines(p) : [];
  if (!p || lines.length - first < 2) return undefined;
  const rows: FoundSubprocessor[] = [];
  for (const [n, line] of lines.entries()) {
    if (n < first) continue;
    const parts = lineParts(withoutMarkup(line).trim());
    if (!parts) return undefined;
    const e = entry(parts.name, line, parts.place);
    if (e) rows.push(foundEntry(p, p.lines[0] + n, line.trim(), e, "list entry, one a line (name, then what it does or where)"));
  }
  return rows;
}

/**
 * A line's name and place: "Twilio Inc. – SMS – US" (dashes), "Hetzner Finland Oy, Finland" (a
 * comma, then only a country), "Hosting: Scaleway SAS (France)" (a category, then one company).
 */
function lineParts(line: string): { name: string; place: string } | undefined {
  const [name = "", ...details] = line.split(DASHES);
  if (details.length > 0)
    return nameLike(name) && !endsLikeSentence(name)
      ? { name, place: [...details].reverse().find((d) => countryIn(d) !== undefined) ?? "" }
      : undefined;
  const category = /^([^:|\d]{2,40}):\s+(\S.*)$/.exec(line);
  if (category) {
    // "Last updated: 1 May 2025", "Contact: Privacy Team": a label about the document, not a category.
    const label = category[1] ?? "";
    if (ABOUT_THE_DOCUMENT.test(label)) return undefined;
    const company = category[2] ?? "";
    const cut = nameEnd(company);
    const named = (cut ? company.slice(0, cut.index) : company).trim();
    // A number is a date's or a version's, unless the name is a company's with its legal form ("1&1 IONOS SE").
    const numbered = /\d/.test(named) && !COMPANIES_ANYWHERE.test(named);
    // "Server location: Germany": a place, not a company.
    const place = countryNamed(named) !== undefined;
    return nameLike(named) && !endsLikeSentence(named) && !numbered && !place
      ? { name: named, place: cut ? company.slice(cut.index) : "" }
      : undefined;
  }
  // "Hetzner Finland Oy, Finland", "Google Ireland Ltd., Dublin, Ireland": a short place ending in a country.
  const { name: named, rest } = nameThenAddress(line);
  return nameLike(named) && endsInCountry(rest) ? { name: named, place: rest } : undefined;
}

/** Whether a short place ends in a country ("Dublin, Ireland", "Germany"). */
function endsInCountry(place: string): boolean {
  return place.length <= 100 && countryNamed((place.split(",").at(-1) ?? "").replace(/[.;]$/, "")) !== undefined;
}

/** How many one-line paragraphs an entry spread over them may have after its name. */
const MAX_SPREAD = 6;

/** A one-line paragraph that introduces what follows ("The Processor uses the following companies:"). */
function introduces(p: Paragraph | undefined): boolean {
  return p !== undefined && p.lineStarts.length === 1 && p.text.length <= 200 && /:\s*$/.test(p.text);
}

/**
 * A bulleted list whose entries each start with a name on the bullet's line, their details on the
 * lines after ("* **Mailgun**", "We use this service to send emails ..."). The country is the one
 * the details give, if any.
 */
function bulletEntries(p: Paragraph | undefined, first = 0, least = 2): FoundSubprocessor[] | undefined {
  if (!p) return undefined;
  const lines = paragraphLines(p);
  const rows: FoundSubprocessor[] = [];
  // An entry's details may be bullets of their own, indented under its name ("  - Location: USA").
  const entryBullet = (m: number): boolean => BULLETED.test(lines[m] ?? "") && (p.indents[m] ?? 0) <= (p.indents[first] ?? 0);
  for (const [n, line] of lines.entries()) {
    if (n < first) continue;
    const bullet = entryBullet(n) ? BULLETED.exec(line) : null;
    if (!bullet) {
      // The paragraph is the list: it starts with a bullet, and other lines belong to the one above.
      if (n === first) return undefined;
      continue;
    }
    const name = plainLine(bullet[1] ?? "");
    if (name.length > 80 || endsLikeSentence(name)) return undefined;
    // "- Enter into a written agreement with each Sub-processor containing data", wrapped onto
    // the next line: a list of obligations, whose first lines name no company.
    const cut = nameEnd(name);
    if (!nameLike(nameThenAddress(cut ? name.slice(0, cut.index) : name).name)) return undefined;
    const details: string[] = [];
    for (let m = n + 1; m < lines.length && !entryBullet(m); m++) details.push(lines[m] ?? "");
    // One line an item is a list of names, announcedList's to read (parentheses, placeholders).
    if (details.length === 0) return undefined;
    // Details that speak of sub-processors make the list clauses about them ("1. Authorisation",
    // "The Customer authorises the Processor to engage sub-processors."), not entries.
    if (details.some((d) => KEYWORDS.subprocessor.test(d))) return undefined;
    const country = details.map((l) => countryIn(l)).find((c) => c !== undefined);
    const e = entry(name, [line, ...details].join(" "), country ?? "");
    if (e) rows.push(foundEntry(p, p.lines[0] + n, line.trim(), e, "bulleted list entry (name, then its details)"));
  }
  return rows.length >= least ? rows : undefined;
}

/**
 * A category's bold line over its bulleted entries, in one paragraph ("**AI Language Models**",
 * then "- OpenAI, L.L.C." with "  - Location: United States" under it): the entries, one enough;
 * none when its items name no company ("**Authorized Partners**", then "- Any Partner engaged by
 * the Controller ..."): the category's title is no company either. Undefined when the paragraph
 * is not so.
 */
function categoryOverBullets(p: Paragraph | undefined): FoundSubprocessor[] | undefined {
  const [title = "", first = ""] = p ? paragraphLines(p) : [];
  if (!BOLD_TITLE.test(title) || !BULLETED.test(first)) return undefined;
  return bulletEntries(p, 1, 1) ?? [];
}

/** A line that is a short bold title and nothing else ("**Infrastructure & Platform**"). */
const BOLD_TITLE = /^\s*(\*\*|__)[^*_:]{2,60}\1\s*$/;

/** "1. Digital Ocean LLC, a corporation ..." paragraphs under a sub-processor heading. */
export function numberedList(paras: readonly Paragraph[], i: number): Taken | undefined {
  if (!listHeading(paras[i])) return undefined;
  const rows: FoundSubprocessor[] = [];
  let next = i + 1;
  // Bullets some of which name no country are a list of names (announcedList's), not this one.
  let bulletWithoutCountry = false;
  let numberedEntry = false;
  // Entries number 1, 2, 3... in order; a section heading further on ("8. DATA ...") is not one.
  // Bulleted entries count when they name a country ("• Amazon Web Services, Inc. – hosting – US").
  for (let k = i + 1; k < paras.length && k < next + 6; k++) {
    const p = paras[k] as Paragraph;
    // The list ends at the next section ("### § 8 Kontrollrechte": its "1. Der Verantwortliche
    // hat das Recht ..." is a clause, not an entry).
    if (sectionHeading(p.text, p.marked)) break;
    // So does a numbered heading out of the entries' order, unmarked as a PDF's are ("7. Violación
    // de Datos (Data Breach)", then "1. Detección: El Encargado detecta ...": the breach's steps).
    const numbered = NUMBERED_HEADING.exec(p.text);
    if (numbered && p.lineStarts.length === 1 && Number(numbered[1]) !== rows.length + 1) break;
    // An entry is a paragraph, or a line of one when the list has no blank lines.
    const items =
      /^\d+[.)]\s/.test(p.text) && p.text.length > 200
        ? [{ text: p.text, line: p.lines[0] }]
        : paragraphLines(p).map((text, n) => ({ text, line: p.lines[0] + n }));
    for (const item of items) {
      const m = NUMBERED_ENTRY.exec(item.text);
      if (!m) continue;
      // "Mailgun Technologies, Inc., 112 E Pecan St": a legal form after the comma is the name's;
      // "1. Nombre: Google Cloud EMEA Limited. País: Irlanda.": after a name label, the value is.
      const { name, rest } =
        m[3] === ","
          ? nameThenAddress(`${m[2]},${m[4]}`)
          : m[3] === ":" && columnOf(m[2] ?? "") === "name"
            ? labelledName(m[4] ?? "")
            : { name: m[2] ?? "", rest: m[4] ?? "" };
      const numbered = /^\d/.test(m[1] ?? "");
      const placed = countryIn(rest) !== undefined;
      if (!numbered && !placed) bulletWithoutCountry = true;
      if (numbered ? Number.parseInt(m[1] ?? "", 10) !== rows.length + 1 : !placed) continue;
      // A numbered clause further on ("1. In the event of a breach, ...") is no entry, nor is a
      // measure's title and its sentence ("1. Physical Access Controls. Policies, procedures ...").
      if (!nameLike(name) || titleThenSentence(name)) continue;
      next = k + 1;
      const e = entry(name, item.text, rest);
      if (!e) continue;
      rows.push(foundEntry(p, item.line, item.text, e, numbered ? "numbered list entry" : "bulleted list entry"));
      numberedEntry ||= numbered;
    }
  }
  if (bulletWithoutCountry && !numberedEntry) return undefined;
  return rows.length ? { rows, next } : undefined;
}

/**
 * Whether a name holds a full stop before a capital that no legal form explains ("Physical Access
 * Controls. Policies"): a title and the sentence after it, not a company ("Twilio Inc. Messaging"
 * ends its name at the legal form).
 */
function titleThenSentence(name: string): boolean {
  return titleStop(name) !== undefined;
}

/**
 * Where the title's full stop stands in a text that is a title and its sentence (titleThenSentence),
 * else undefined.
 */
function titleStop(text: string): number | undefined {
  const stop = /\.\s+\p{Lu}/u.exec(text);
  return stop !== null && !endsInLegalForm(text.slice(0, stop.index + 1)) ? stop.index : undefined;
}

/**
 * A numbered line of a few words read as a name would be and nothing else, no legal form among
 * them ("1. Authorization", "2. Sub-processor Obligations"; not "1. Hetzner Online GmbH").
 */
function numberedTitle(text: string): boolean {
  const title = /^\s*\d{1,2}[.)]\s+(.*)$/.exec(withoutMarkup(text))?.[1]?.trim() ?? "";
  return nameLike(title) && title.split(/\s+/).length <= CLAUSE_TITLE_WORDS && !endsInLegalForm(title);
}

/** Words a clause's sentence runs to at least after its title; a name's details are shorter. */
const CLAUSE_WORDS = 8;

/**
 * Whether an item is a clause's title and its sentence: a title of a few words, no comma, bracket
 * or legal form in it, a full stop, then a sentence of CLAUSE_WORDS words or more ("Appointment.
 * Company authorises Vendor to appoint ..."; not "Stripe. Payments", nor "Aruba S.p.A., con sede
 * in ..., Italia. Attività: ...").
 */
function titledClause(text: string): boolean {
  const stop = titleStop(text);
  if (stop === undefined) return false;
  const title = text.slice(0, stop);
  if (/[,;()]/.test(title) || title.trim().split(/\s+/).length > CLAUSE_TITLE_WORDS) return false;
  return (
    text
      .slice(stop + 1)
      .trim()
      .split(/\s+/).length >= CLAUSE_WORDS
  );
}

/** Words a clause's title runs to at most ("Notification of Changes", "Current Subprocessors"). */
const CLAUSE_TITLE_WORDS = 5;

/** A short numbered line without a stop, its words opening with a capital ("7. Data Breach"): a heading. */
const NUMBERED_HEADING = /^(\d{1,2})\.?\s+\p{Lu}[^.;:]{0,80}$/u;

/** A legal form written abbreviated, whose full stop is the name's ("Twilio Inc."; not "Limited."). */
const ABBREVIATED_FORM = /^(?:inc|ltd|corp|co|s\.a|s\.l|b\.v|n\.v|s\.p\.a|s\.r\.l)$/i;

/**
 * The value of a name label and what follows it on the line: up to the full stop before the next
 * label ("Google Cloud EMEA Limited. Actividad: alojamiento") or a semicolon, a legal form's full
 * stop kept with the name ("Twilio Inc. Actividad: SMS").
 */
function labelledName(value: string): { name: string; rest: string } {
  const end = /(?:\.\s+(?=\p{Lu}[\p{L} ]{0,30}:)|;\s*)/u.exec(value);
  const name = (end ? value.slice(0, end.index) : value).trim().replace(/\.$/, "");
  const withStop = end?.[0].startsWith(".") && ABBREVIATED_FORM.test(/(\S+)$/.exec(name)?.[1] ?? "") ? `${name}.` : name;
  return { name: withStop, rest: end ? value.slice(end.index + end[0].length) : "" };
}

/** An item's number or letter as its marker ("1.", "2)", "(a)", "ii)"). */
const NUMBERING = "(?:\\d+[.)]|\\(?(?:[a-z]|[ivx]{1,4})\\))";
/**
 * A list item's marker: a bullet or a number ("- ", "• ", "1. ", "2) "), or a bullet and a letter
 * or number after it ("- a) **Aruba S.p.A.**, ...": Markdown's bullet over the clause's own lettering).
 */
const ITEM_MARKER = new RegExp(`^\\s*(?:${BULLET}\\s+(?=${NUMBERING}\\s))?(?:${BULLET}|${NUMBERING})\\s+`);
/** An item's marker alone: its bullet, its number without the stop after it, or its letter ("(a)", "ii)"). */
const ITEM_MARK = new RegExp(`^\\s*(?:(${BULLET}|\\d+)[.)]?|\\(?([a-z]|[ivx]{1,4})\\))\\s`);
/** A line opening with a bullet or an item's number ("1."), and what follows it. */
const BULLETED = new RegExp(`^\\s*(?:${BULLET}|\\d{1,2}[.)])\\s+(.+)$`);
/** "1. Digital Ocean LLC, ...", "• Amazon Web Services, Inc. – hosting – US": marker, name, separator, rest. */
const NUMBERED_ENTRY = new RegExp(`^(\\d+[.)]|${BULLET})\\s+([\\p{Lu}\\d][^,(;:–—|]*?)\\s*([,(;:|]|\\s[-–—]\\s)(.*)$`, "u");

/**
 * A list a heading ("## 6. Subprocessors") or an introduction ("The Processor currently uses the
 * following sub-processors:") announces, one item a line: a name, then what it does and where
 * ("**Deepgram, Inc.** - speech-to-text", "VAPI (voice processing)"), or a category and its names
 * ("**Telephony Infrastructure:** SignalWire, Telnyx, Bandwidth"). Every item must read as a name
 * (or a template's placeholder, skipped): a list of obligations under the same heading ("Ensure
 * Sub-processors are bound ...") is not a list of sub-processors.
 */
export function announcedList(paras: readonly Paragraph[], i: number): Taken | undefined {
  const p = paras[i];
  if (!p) return undefined;
  // An introduction about sub-processors, or one right after a paragraph about them ("Therefore
  // Berget considers some of its Affiliates as subprocessors. ... The following list describes ...:").
  const lines = paragraphLines(p);
  // The introduction's own paragraph may hold the list (no blank line after "...:").
  const intro = lines.findIndex((l) => /:\s*(?:\*\*|__)?\s*$/.test(l));
  // The introduction speaks of sub-processors, not an item after it ("**Anhänge:**", then "-
  // Anlage 3: Subprozessor-Liste"). A bare label after them ("**Legend:**" under a sub-processor
  // table) announces no companies.
  const introduction = intro >= 0 ? lines.slice(0, intro + 1).join(" ") : p.text;
  const about =
    KEYWORDS.subprocessor.test(introduction) ||
    (KEYWORDS.subprocessor.test(paras[i - 1]?.text ?? "") && KEYWORDS.listFollows.test(introduction));
  if (!about) return undefined;
  // A heading, or a sentence saying the list follows ("The following is a list of the
  // subprocessors we use.").
  // A bulleted item is none ("- Sub-processors: Render (hosting), Meta ... — with SCC", an <li>
  // of its own, over "- Retention: 12 months ...": the next item, no list of its).
  const heading =
    (headingLike(p.text) || (p.lineStarts.length === 1 && KEYWORDS.listFollows.test(withoutReferencesBelow(p.text)))) &&
    KEYWORDS.subprocessor.test(p.text) &&
    !BULLET_ITEM.test(p.text) &&
    !changeProcedure(p.text);
  let list: Paragraph | undefined;
  let first = 0;
  if (intro >= 0 && intro < lines.length - 1) [list, first] = [p, intro + 1];
  else if (intro >= 0 || heading) list = paras[i + 1];
  if (!list) return undefined;
  // "6. Subprocessors", then "7. International Data Transfers": the heading's number goes on in
  // the lines after it, the document's next sections (a table of contents, one line a paragraph
  // as Word writes it), not its entries.
  if (heading && first === 0 && continuesNumbering(p.text, list.text)) return undefined;
  const items = itemLines(list, first);
  const last = first === 0 ? looseItems(paras, list, items) : list;
  if (items.length === 0) return undefined;
  // Unmarked lines after the introduction: entries one a line with dashes, or no list.
  if (!items.every((it) => ITEM_MARKER.test(it.text))) {
    const dashed = dashedLines(list, first);
    return dashed && dashed.length > 0 ? { rows: dashed, next: list.index + 1 } : undefined;
  }
  return itemsAsEntries(items, last);
}

/** Whether `next` opens with the number after the one `heading` opens with ("6. Subprocessors", "7. ..."). */
function continuesNumbering(heading: string, next: string): boolean {
  const [a, b] = [heading, next].map((t) => /^\s*(?:#{1,6}\s+)?(\d{1,3})[.)]?\s/.exec(withoutMarkup(t))?.[1]);
  return a !== undefined && b !== undefined && Number(b) === Number(a) + 1;
}

/**
 * The marked items of an announced list as sub-processors: each a name (its details after it), or a
 * category and its names. Undefined when they read as obligations or safeguards, not companies.
 */
function itemsAsEntries(items: readonly Item[], last: Paragraph): Taken | undefined {
  // A list of one numbered item, a few words and nothing after them, is a clause's title as a Word
  // file numbers it ("1. Authorization" over "Controller generally authorizes ..."), not a company.
  if (items.length === 1 && numberedTitle((items[0] as Item).text)) return undefined;
  const read = items.map((it) => ({
    ...it,
    plain: withoutMarkup(it.text.replace(ITEM_MARKER, "")).trim(),
  }));
  // A category and its names: then every item is one ("Cloud Hosting: [Cloud Provider]" adds none).
  const categories = read.map((it) => {
    const colon = it.plain.indexOf(":");
    return colon > 0 && colon <= 40 ? categoryEntries(it.plain.slice(colon + 1)) : undefined;
  });
  // Not where more of the values are purposes in prose: "- **OpenAI:** Procesamiento de IA" beside
  // "- **AWS/Supabase:** Almacenamiento y base de datos" names each company in its label, its purpose
  // after it (one purpose may read like a name). A value still to be filled in ("[Provider-Name],
  // [Land]") is neither.
  // A purpose after a kind of service ("- **Data centers:** Physical infrastructure and network
  // providers" beside "- **Public cloud services:** AWS, Google Cloud") names no company either:
  // only a name's purpose counts against the categories.
  const categorized = categories.filter((c) => c !== undefined).length;
  const purposes = read.filter((it, n) => {
    const colon = it.plain.indexOf(":");
    return categories[n] === undefined && nameLike(it.plain.slice(0, Math.max(0, colon))) && PURPOSE_VALUE.test(it.plain.slice(colon + 1));
  }).length;
  const byCategory = categorized > 0 && categorized >= purposes;
  const rows: FoundSubprocessor[] = [];
  let prose = 0;
  let mechanisms = 0;
  for (const [n, it] of read.entries()) {
    const rest = it.plain.slice(it.plain.indexOf(":") + 1);
    if (PLACEHOLDER.test(it.plain) || (byCategory && PLACEHOLDER.test(rest))) continue;
    if (byCategory) {
      const names = categories[n];
      if (!names) continue;
      for (const { name, place } of names) {
        const e = entry(name, it.text, place);
        if (e) rows.push(foundEntry(it.para, it.line, it.text.trim(), e, "list entry (a category and its sub-processors)"));
      }
      continue;
    }
    // A clause's title and its sentence ("1. Appointment. Company authorises Vendor to appoint
    // ...", as a Word file's numbered clauses read): prose, not a name and its details.
    if (titledClause(it.plain)) {
      prose++;
      continue;
    }
    const cut = nameEnd(it.plain);
    let name = cut ? it.plain.slice(0, cut.index) : it.plain;
    let details = cut ? it.plain.slice(cut.index) : "";
    // "Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, Germany – data centre operation"
    if (!nameLike(name)) ({ name, rest: details } = nameThenAddress(it.plain));
    // "Hetzner Online GmbH, Germany (hosting)", "Twilio Inc., San Francisco, USA (SMS)": the place
    // after the comma, ending in a country, is where it is.
    const placed = nameThenAddress(name);
    if (endsInCountry(placed.rest)) [name, details] = [placed.name, `${placed.rest} ${details}`];
    if (!nameLike(name)) {
      prose++;
      continue;
    }
    if (namesATransferMechanism(name)) {
      mechanisms++;
      continue;
    }
    const e = entry(name, it.text, details);
    if (e) rows.push(foundEntry(it.para, it.line, it.text.trim(), e, "list entry under a sub-processor heading or introduction"));
  }
  // An item that is a transfer mechanism ("- Clauses Contractuelles Types (CCT)", "- Ou Règles
  // d'Entreprise Contraignantes (BCR)"): the list is of safeguards, its other items too ("- Ou
  // Certification (Privacy Shield successeur validé)"), not of companies.
  if (mechanisms > 0) return undefined;
  // Every item reads as a name: a list of obligations under the same heading is none. A template's
  // note among companies ("Weitere werden je nach Auftrag ergänzt") is passed over, where the list
  // names a company with its legal form and such notes are the fewer.
  if (prose > 0 && (prose * 2 > read.length || !rows.some((r) => COMPANIES_ANYWHERE.test(r.value.name)))) return undefined;
  return rows.length > 0 ? { rows, next: last.index + 1 } : undefined;
}

/** A label's value that is a purpose in prose: a word in lower case before any bracket ("Almacenamiento y base de datos"). */
const PURPOSE_VALUE = /^\s*[^[{<(]*?(?<![\p{L}])\p{Ll}{4,}/u;

/**
 * A text without its pointers to a later clause ("(§ 6 unten)", "see Section 6 below"): a duty that
 * points to the clause about sub-processors announces no list after it.
 */
function withoutReferencesBelow(text: string): string {
  return text.replace(REFERENCE_BELOW, "");
}

const REFERENCE_BELOW = new RegExp(
  `(?:${KEYWORDS.crossReference.source}|§)\\s*\\d+(?:\\.\\d+)*[a-z]?\\s+(?:${KEYWORDS.listFollows.source})`,
  "giu",
);

/** One item of an announced list: its text, line and paragraph. */
interface Item {
  text: string;
  line: number;
  para: Paragraph;
}

/** Roman item numbers in order, as lists letter them ("(i)", "(ii)"). */
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

/**
 * The items of a list paragraph from line `first`, one a marked line; a line without a marker of
 * its own goes on with the item before it when indented under it ("- Neon (Neon Inc.) — base de
 * datos.", "  Ubicación: UE (región Frankfurt).") or when that item's line broke off mid-sentence
 * (a PDF's wrapped item, its indent lost: "• Stripe: Receives only email addresses ... shared
 * with" / "Stripe. Credit card details ...").
 */
function itemLines(list: Paragraph, first: number): Item[] {
  const items: Item[] = [];
  let itemIndent = -1;
  const lines = paragraphLines(list);
  for (const [n, text] of lines.entries()) {
    if (n < first) continue;
    const indent = list.indents[n] ?? 0;
    const marked = ITEM_MARKER.test(text);
    const previous = items[items.length - 1];
    const wrapped = previous !== undefined && !ITEM_ENDED.test(lines[n - 1] ?? "");
    if (previous && itemIndent >= 0 && !marked && (indent > itemIndent || wrapped)) {
      previous.text = `${previous.text} ${text}`;
      continue;
    }
    itemIndent = marked ? indent : -1;
    items.push({ text, line: list.lines[0] + n, para: list });
  }
  return items;
}

/** A line that ends its item's sentence (or its label: "Hosting:"); a line without it wrapped. */
const ITEM_ENDED = /[.;:!?)]\s*$/;

/**
 * A loose list: one item a paragraph, blank lines between ("- GetGeek AB ...", "", "- Acebit AB
 * ..."), an item's lines wrapped or not. Adds to `items` each paragraph after `list` marked as the
 * one before it is: the same bullet, or the next number ("10. Audits" after "2." is a clause). The
 * last paragraph taken.
 */
function looseItems(paras: readonly Paragraph[], list: Paragraph, items: Item[]): Paragraph {
  // One item a paragraph: its first line marked, any other line its text wrapped (a PDF's).
  const marker = (q: Paragraph | undefined): string | undefined => {
    const m = q && paragraphLines(q).every((l, k) => k === 0 || !ITEM_MARKER.test(l)) ? ITEM_MARK.exec(q.text) : undefined;
    return m?.[1] ?? m?.[2];
  };
  const follows = (q: Paragraph | undefined, prev: Paragraph): q is Paragraph => {
    const [m, p = ""] = [marker(q), marker(prev)];
    if (m === undefined) return false;
    if (/\d/.test(m)) return Number(m) === Number(p) + 1;
    // "(b)" after "(a)", "(ii)" after "(i)".
    if (/^[a-z]/i.test(m)) return m.charCodeAt(0) === p.charCodeAt(0) + 1 || ROMAN.indexOf(m) === ROMAN.indexOf(p) + 1;
    return m === p;
  };
  let last = list;
  if (marker(list) === undefined) return last;
  for (let next = paras[list.index + 1]; follows(next, last); next = paras[next.index + 1]) {
    items.push({ text: next.text, line: next.lines[0], para: next });
    last = next;
  }
  return last;
}

/**
 * Where an item's name ends: at a dash, a colon or a parenthesis ("Twilio Inc. – SMS", "VAPI
 * (voice)"), or at a full stop before a capital ("Cloudflare. Cloud services provider."), after
 * it when it is a legal form's ("Twilio Inc. Messaging.": a legal form ends a company's name).
 */
function nameEnd(item: string): { index: number } | undefined {
  const m = /\s+[-–—]\s+|:\s+|\s+\(|\.\s+(?=\p{Lu})/u.exec(item);
  if (!m) return undefined;
  const legalForm = m[0].startsWith(".") && endsInLegalForm(item.slice(0, m.index));
  return { index: legalForm ? m.index + 1 : m.index };
}

/**
 * What a category names: its companies ("Twilio, SendGrid"), or one company, the country it is in
 * and what it does ("SendGrid Inc., USA - Versand von System-E-Mails"), where the part after the
 * name is a country and nothing else, not a second name.
 */
function categoryEntries(value: string): Array<{ name: string; place: string }> | undefined {
  const { name, rest } = nameThenAddress(value.trim());
  const where = rest.split(DASHES)[0] ?? "";
  if (nameLike(name) && countryNamed(where) !== undefined) return [{ name, place: where }];
  // "Stripe, PayPal, banking providers": the companies, not the kind of them the list ends with.
  return namesOf(withoutKindTail(value))?.map((n) => ({ name: n, place: "" }));
}

/** The longest list inside a sentence read (a longer one is a table or a list of its own). */
const MAX_SENTENCE_LIST = 2000;

/** Every sub-processor word of a text, in order. */
const SUBPROCESSOR_WORDS = new RegExp(KEYWORDS.subprocessor.source, "gi");

/** Where a sentence's list of names starts: a colon, or "include", "namely" and their kin (brackets: BRACKET_START). */
const LIST_START = new RegExp(`:\\s+|(?:${KEYWORDS.listIntro.source})\\s*:?\\s*`, "iu");

/** A bracket opening on a capital (case counts: a case-insensitive \p{Lu} matches lower case too). */
const BRACKET_START = /\(\s*(?=\p{Lu})/u;

/**
 * The earlier of a window's list starts: a colon or an introduction's words, or a bracket after
 * words saying where the list is ("listed in Annex 3 (Cloudflare, ..."); a bracket right after the
 * word explains it ("Sous-traitants ultérieurs (Art. 28.3.d)", "sub-verwerkers buiten de EU (...").
 */
function listStart(window: string): RegExpExecArray | null {
  const a = LIST_START.exec(window);
  const found = BRACKET_START.exec(window);
  const b = found && KEYWORDS.listWord.test(window.slice(0, found.index)) ? found : null;
  return a && b ? (a.index <= b.index ? a : b) : (a ?? b);
}

/**
 * A list without its last item when that item is a kind of company in lower case (", Stripe, and
 * any LLM provider"): the list names the others. Case counts: the kind is written in lower case, a
 * company is not. Only the part after the list's last separator is tested, once (anchored), so a
 * long list costs one pass.
 */
function withoutKindTail(list: string): string {
  const last = [...list.matchAll(ITEM_SEPARATOR)].at(-1);
  if (last === undefined) return list;
  return KIND_ITEM.test(list.slice(last.index + last[0].length)) ? list.slice(0, last.index) : list;
}

/** What separates a list's items, as itemsOf splits them (NAME_LIST), every one of them found. */
const ITEM_SEPARATOR = new RegExp(NAME_LIST.source, "gi");

/**
 * An item that is a kind of company, in lower case ("any LLM provider", "other cloud providers",
 * "prestataires bancaires", "proveedores"), an adjective after it as French and Spanish put it.
 */
const KIND_ITEM = new RegExp(`^(?=\\p{Ll})[^,;()]*(?<![\\p{L}])${KIND_WORD}(?:\\s+\\p{Ll}+)?\\s*$`, "u");

/**
 * Where the sentence a list is in ends: a full stop before a capital, the next numbered or bulleted
 * item ("Cloudflare (red).", then "9. **Respaldos** ...") or the end, not one inside a parenthesis
 * ("Twilio Inc. (SMS, EE. UU.)").
 */
function sentenceEnd(text: string): { index: number } | undefined {
  let depth = 0;
  for (const m of text.matchAll(/[()]|\.(?=\s+(?:\p{Lu}|\d{1,3}[.)]\s|[-*•]\s)|\s*$)/gu)) {
    if (m[0] === "(") depth++;
    else if (m[0] === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) return { index: m.index };
  }
  return undefined;
}

/**
 * A sentence's items up to the first that goes on with the sentence in lower case after a
 * semicolon ("Diloskcor, gevestigd in Utrecht; en zal geen andere sub-verwerkers inschakelen"):
 * the list ended there. Every item when the first is such a clause.
 */
function namedItems<T extends { name: string; rest: string }>(items: readonly T[]): T[] {
  const clause = items.findIndex((it, k) => k > 0 && !nameLike(it.name) && /^\p{Ll}/u.test((it.name || it.rest).trim()));
  return clause > 0 ? items.slice(0, clause) : [...items];
}

/**
 * A negation right before the sub-processor word, or before "as" and it ("not sub-processors",
 * "nicht als Unterauftragsverarbeiter", "ne sont pas considérés comme sous-traitants"): what follows
 * are not sub-processors. Not "shall not engage sub-processors other than:", whose verb stands
 * between.
 */
const NOT_AS_SUBPROCESSORS = new RegExp(
  `(?:${KEYWORDS.notWord.source})\\s+(?:(?:\\S+\\s+){0,2}?(?:${KEYWORDS.asWord.source})\\s+(?:\\S+\\s+)?)?(?:${KEYWORDS.subprocessor.source})`,
  "iu",
);

/** How far before the sub-processor word its negation is read. */
const NEGATION_REACH = 60;

/** Whether a line of the paragraph that opens a list item starts between two offsets. */
function itemStartsBetween(p: Paragraph, from: number, to: number): boolean {
  return lineStartsBetween(p, from, to).some((at) => LIST_ITEM.test(p.text.slice(at, at + 8)));
}

/**
 * A list of sub-processors inside a sentence: "Current sub-processors include Groq, OpenAI and
 * Anthropic.", "The Processor uses the following sub-processors: Amazon Web Services (AWS) for
 * hosting (US regions); OpenRouter for model inference." The items are split at semicolons when
 * the sentence has them, else at commas and "and"; every item must open with a name, or the
 * sentence is not a list ("Sub-processors include cloud hosting providers").
 */
export function sentenceList(paras: readonly Paragraph[], i: number): Taken | undefined {
  const p = paras[i];
  if (!p) return undefined;
  // The paragraph's text, not its sentences: a colon or semicolon before a capital ends a sentence there.
  for (const word of p.text.matchAll(SUBPROCESSOR_WORDS)) {
    const after = word.index + word[0].length;
    const named = namedBeforeTheirKind(p.text, word.index);
    if (named) {
      const items = namedItems(itemsOf(p.text.slice(named.from, named.to)));
      const rows = items.every((it) => nameLike(it.name)) ? entriesOf(p, word.index, named.close + 1, items) : [];
      if (rows.length > 0) return { rows, next: i + 1 };
    }
    // Bounded windows keep a paragraph of many sub-processor words linear to read.
    const start = listStart(p.text.slice(after, after + 120));
    if (!start || start.index > 80) continue;
    // "- **Anlage 2**: Genehmigte Unterauftragsverarbeiter (§ 8.1)", then "- **Anlage 3**:
    // Löschkonzept": the colon is the next item's label, not the start of a list.
    if (itemStartsBetween(p, after, after + start.index)) continue;
    // "Nicht als Unterauftragsverarbeiter geführt: TikTok ..., Stripe": the companies that are none.
    if (NOT_AS_SUBPROCESSORS.test(p.text.slice(Math.max(0, word.index - NEGATION_REACH), after))) continue;
    const from = after + start.index + start[0].length;
    // "the sub-processors listed in Annex 3 (Cloudflare, Neon, Modal, Stripe, and any LLM
    // provider)": a list in brackets ends at their close.
    const bracketed = start[0].startsWith("(");
    const close = bracketed ? p.text.slice(from, from + MAX_SENTENCE_LIST).indexOf(")") : -1;
    const stop = bracketed ? (close >= 0 ? { index: close } : undefined) : sentenceEnd(p.text.slice(from, from + MAX_SENTENCE_LIST));
    if (!stop && (bracketed || p.text.length - from > MAX_SENTENCE_LIST)) continue;
    const to = stop ? from + stop.index : p.text.length;
    const list = withoutKindTail(p.text.slice(from, to));
    const items = namedItems(itemsOf(list));
    if (items.length === 0 || !items.every((it) => nameLike(it.name))) continue;
    const rows = entriesOf(p, word.index, stop ? to + 1 : to, items);
    if (rows.length > 0) return { rows, next: i + 1 };
  }
  return undefined;
}

/** A sentence list's items as entries, quoted from the sentence's start up to `end`. */
function entriesOf(p: Paragraph, word: number, end: number, items: ReadonlyArray<{ name: string; rest: string }>): FoundSubprocessor[] {
  const opens = Math.max(0, ...[". ", "\n"].map((c) => p.text.lastIndexOf(c, word) + c.length));
  const quote = p.text.slice(opens > word ? 0 : opens, end);
  const line = p.lines[0] + p.lineStarts.filter((at) => at <= word).length - 1;
  return items.flatMap((it) => {
    const e = entry(it.name, quote, it.rest);
    return e ? [foundEntry(p, line, quote, e, "a list of sub-processors inside a sentence")] : [];
  });
}

/**
 * "(Neon, Supabase, Redis, Stripe y otros subprocesadores aprobados)": names in a bracket that
 * ends by calling them sub-processors, "and other" before the word (`word`, its offset in `text`).
 * Where the names run (`from`, `to`) and where the bracket closes; undefined when the word closes
 * no such bracket.
 */
function namedBeforeTheirKind(text: string, word: number): { from: number; to: number; close: number } | undefined {
  const tail = OTHER_TAIL.exec(text.slice(Math.max(0, word - OTHER_TAIL_REACH), word));
  if (!tail) return undefined;
  const to = word - (tail.input.length - tail.index);
  // Looked for in bounded windows: a paragraph of many such words stays linear to read.
  const names = text.slice(Math.max(0, to - MAX_BRACKET_LIST), to);
  const opened = names.lastIndexOf("(");
  const closed = text.slice(word, word + OTHER_TAIL_REACH).indexOf(")");
  if (opened < 0 || names.slice(opened).includes(")") || closed < 0 || text.slice(word, word + closed).includes("(")) return undefined;
  return { from: to - names.length + opened + 1, to, close: word + closed };
}

/** ", and other approved " right before the sub-processor word: the bracket's last item, its kind. */
const OTHER_TAIL = new RegExp(`(?:,\\s*|\\s+)(?:${KEYWORDS.andOr.source})\\s+(?:${KEYWORDS.otherWord.source})\\s+(?:\\p{L}+\\s+)?$`, "iu");

/** How far the kind's words reach on each side of the word, and the longest bracket of names read. */
const OTHER_TAIL_REACH = 40;
const MAX_BRACKET_LIST = 400;

/**
 * One heading per sub-processor after an introduction, each followed by a sentence about it that
 * opens with its name ("Exoscale", "Exoscale is running the datacenters on which ..."), links and
 * other lines between them. The country is the first the paragraphs under the heading name.
 */
export function headedEntries(paras: readonly Paragraph[], i: number): Taken | undefined {
  const rows: FoundSubprocessor[] = [];
  let next = i + 1;
  for (let k = i + 1; k < paras.length - 1 && k - next < 4; k++) {
    const heading = paras[k] as Paragraph;
    // The heading's words, without its Markdown mark ("### Exoscale", as HTML's <h3> reads too).
    const name = plainLine(heading.text);
    const about = (paras[k + 1] as Paragraph).text;
    // A numbered heading is a clause ("9. Audits"), not a company.
    if (
      name.length > 40 ||
      /^\d/.test(name) ||
      !nameLike(name) ||
      !about.startsWith(`${name} `) ||
      about.length < 30 ||
      !/[.!]$/.test(about)
    )
      continue;
    // The paragraphs under this heading, up to the next one.
    let end = k + 2;
    while (
      end < paras.length &&
      end - k < 6 &&
      !(nameLike(plainLine(paras[end]?.text ?? "")) && (paras[end + 1]?.text ?? "").startsWith(`${plainLine(paras[end]?.text ?? "")} `))
    )
      end++;
    const country = paras
      .slice(k + 1, end)
      .map((p) => countryIn(p.text))
      .find((c) => c !== undefined);
    const e = entry(name, about, country ?? "");
    if (e) rows.push(foundEntry(heading, heading.lines[0], name, e, "a heading per sub-processor, then a sentence about it"));
    next = end;
    k = end - 1;
  }
  return rows.length >= 2 ? { rows, next } : undefined;
}

/**
 * The name a title line gives an entry of labelled lines ("### Amazon Web Services EMEA SARL", then
 * "- Purpose: hosting", "- Location: Germany"): a heading-like line that reads as a name (not the
 * list's own title), followed by a line labelled with what or where the company processes.
 */
function entryTitle(line: string, after: string | undefined): string | undefined {
  const name = plainLine(line);
  const label = LABEL_LINE.exec(withoutMarkup(after ?? ""))?.groups?.label ?? "";
  // A label is a few words ("Location of processing"), not a sentence's opening before a colon.
  const column = label.split(/\s+/).length <= 5 ? columnOf(label) : undefined;
  if (column !== "location" && column !== "purpose") return undefined;
  // A numbered heading is a clause ("2.1 Roles"), not a company; a legal form's full stop ends a
  // name, not a sentence ("**Twilio SendGrid Inc.**").
  const title = headingLike(name) || (name.length <= 100 && !endsLikeSentence(name));
  const company = title && nameLike(name) && !/^\d/.test(name) && !KEYWORDS.subprocessor.test(name);
  return company ? name : undefined;
}

/**
 * "Name: Amazon Web Services EMEA SARL", "2. Address: 38 Avenue ...": a label, a colon and its value
 * on one line. A colon inside brackets labels nothing ("### Vercel Inc. (Sitz: USA)" is a name).
 */
const LABEL_LINE = new RegExp(
  `^\\s*(?:\\d+[.)]\\s*|${BULLET}\\s+)?(?<label>(?:[^:|()]|\\([^():|]*\\)){2,60}?)\\s*:\\s*(?<value>\\S.*)$`,
  "u",
);

/** Where a line goes on with another label ("..., Anschrift: ...", "; Address: ..."). */
const NEXT_LABEL = /[,;]\s+(?=[^,;:|]{2,40}:\s)/u;

/**
 * A line's labelled parts, when it holds several ("Firma: Hetzner Online GmbH, Anschrift:
 * Industriestr. 25, 91710 Gunzenhausen, Leistung: Rechenzentrum"), each label naming a column;
 * else the line itself.
 */
function labelledParts(line: string): string[] {
  const parts = line.split(NEXT_LABEL);
  const labelled = (part: string): boolean => columnOf(LABEL_LINE.exec(withoutMarkup(part))?.groups?.label ?? "") !== undefined;
  return parts.length > 1 && parts.every(labelled) ? parts : [line];
}

/**
 * Entries written as labelled lines, as the SCCs' Annex III asks ("1. Name: ...", "Address: ...",
 * "Contact person's name, position and contact details: ...", "Description of processing: ..."):
 * a line labelled as a name opens an entry when its value reads as one (or a title line does,
 * entryTitle), the lines after it give
 * the place (where it processes, else its address) until the next. The entries start within two
 * paragraphs of the one about sub-processors and go on while paragraphs hold labelled lines.
 */
export function labelledEntries(paras: readonly Paragraph[], i: number): Taken | undefined {
  // The paragraph they follow speaks of sub-processors (a heading after the list does not).
  if (!KEYWORDS.subprocessor.test(paras[i]?.text ?? "")) return undefined;
  const rows: FoundSubprocessor[] = [];
  type Open = {
    name: string;
    para: Paragraph;
    line: number;
    text: string;
    lines: string[];
    address?: string;
    place?: string;
    purpose?: string;
  };
  let open: Open | undefined;
  const close = (): void => {
    if (!open) return;
    const e = entry(open.name, open.lines.join(" "), open.place ?? open.address ?? "");
    if (e) rows.push(foundEntry(open.para, open.line, open.text, e, "entry of labelled lines (name, address, processing)", open.purpose));
    open = undefined;
  };
  let next = i + 1;
  const started = (): boolean => open !== undefined || rows.length > 0;
  for (let k = i; k < paras.length && (started() || k <= i + 2); k++) {
    const p = paras[k] as Paragraph;
    let labelled = false;
    const lines = paragraphLines(p);
    for (const [n, whole] of lines.entries())
      for (const raw of labelledParts(whole)) {
        const m = LABEL_LINE.exec(withoutMarkup(raw));
        const label = m?.groups?.label ?? "";
        const value = (m?.groups?.value ?? "").trim();
        const column = m ? columnOf(label) : undefined;
        const titled = !m && n === 0 ? entryTitle(raw, lines[1] ?? paragraphLines(paras[k + 1] ?? p)[0]) : undefined;
        // A value ending in a comma goes on with more names on the next line ("Subencargados
        // declarados: Meta (WhatsApp),", then "Anthropic (IA), OpenAI ..."): a list, not one name;
        // so is a value of several names, however its line wrapped ("...: Meta (WhatsApp),
        // Anthropic (IA), OpenAI", then "(transcripción), Railway (hosting) ...").
        // A country after the name is its place ("Hetzner Online GmbH, Germany"), no second name.
        const several = (namesOf(value) ?? []).filter((n) => countryNamed(n) === undefined).length > 1;
        const oneName = nameLike(value) && !/[,;]$/.test(value) && !several;
        // "Not sub-processors: Stripe, Google": a label that says the companies are none.
        const named = column === "name" && !KEYWORDS.contactLabel.test(label) && !NOT_AS_SUBPROCESSORS.test(label);
        if ((named && oneName) || titled) {
          close();
          open = { name: titled ?? value, para: p, line: p.lines[0] + n, text: whole.trim(), lines: [raw] };
          labelled = true;
          continue;
        }
        if (!open || !m) continue;
        labelled = true;
        open.lines.push(raw);
        if (column === "location" && KEYWORDS.processingPlace.test(label)) open.place ??= value;
        else if (column === "location") open.address ??= value;
        else if (column === "purpose") open.purpose ??= value;
      }
    if (labelled) next = k + 1;
    else if (started()) break;
  }
  close();
  return rows.length > 0 ? { rows, next } : undefined;
}

/**
 * A company as prose names it: capitalised words ending in a legal form ("Retool UK Limited",
 * "Hetzner Online GmbH", "Snowflake Computing, Inc."), the legal form being what says it is a company.
 */
const COMPANY =
  "(?<company>(?:[\\p{Lu}\\d][\\p{L}\\d&'’.-]*\\s+){0,4}?[\\p{Lu}\\d][\\p{L}\\d&'’.-]*,?\\s+(?:Inc\\.?|LLC|Ltd\\.?|Limited|GmbH|AG|SE|plc|PLC|Corp\\.?|Corporation|SAS|S\\.A\\.S\\.|SARL|S\\.à r\\.l\\.|S\\.r\\.l\\.|Srl|S\\.p\\.A\\.|SpA|B\\.V\\.|BV|N\\.V\\.|NV|AB|Oy|S\\.L\\.|S\\.A\\.|KG|UG))(?![\\p{L}])";

/** Every company a text names, in order. */
const COMPANIES = new RegExp(COMPANY, "gu");
/** Whether a text names a company with its legal form. */
const COMPANIES_ANYWHERE = new RegExp(COMPANY, "u");
/**
 * What may follow a company: where it is in parentheses ("(Luxembourg)"), then its address, a few
 * comma-separated parts (as few as will do, when lazy).
 */
const address = (lazy: boolean): string => `(?<address>(?:\\s*\\([^()]{1,40}\\))?(?:,\\s*[^,;:]{1,60}){0,5}${lazy ? "?" : ""})`;
/** After the last company of a list, before "as sub-processor": its address and nothing else. */
const LAST_TAIL = new RegExp(`^${address(true)}\\s*,?\\s*$`, "u");
/** Between two companies of a list: the first one's address, then a comma, "and" or "or". */
const LIST_TAIL = phrase("andOr", `^${address(true)}\\s*(?:,|\\s(?:`, "))\\s*$", "iu");
/** "as sub-processor" and its kin: the words that end the text before the sub-processor word. */
const ENGAGED_AS = phrase("engagedAs", "(?:", ")$");
/** "Liste der ", "List of the ", "Elenco dei ": a list word and what joins it to the sub-processor word after it. */
const LIST_TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${KEYWORDS.listWord.source})\\s+(?:\\p{L}{1,4}\\s+){0,2}$`, "iu");
/**
 * After "the sub-processor": an article or "the company", then the company and its address; set
 * off by a comma or in parentheses, a word that says which one may come first ("a subcontractor,
 * Hetzner Online GmbH, located in", "a subcontractor (mainly company Hetzner Online GmbH)").
 */
const COMPANY_AFTER = new RegExp(
  `^(?:\\s+|\\s*[,(]\\s*)(?:(?:${KEYWORDS.namely.source})\\s+)?${ARTICLE_BEFORE_NAME}${COMPANY}${address(false)}`,
  "u",
);

/**
 * A company engaged as a sub-processor in a sentence, not in a list: "Retool may also engage its
 * Affiliate, Retool UK Limited, as Subprocessor", "setzt als Unterauftragnehmer die Hetzner Online
 * GmbH ein". Only a name with a legal form counts (a phrase is no company). The country is its
 * address's, else the one its name gives ("Retool UK Limited" is GB: entry's countryInName).
 */
export function engagedInProse(paras: readonly Paragraph[], i: number): Taken | undefined {
  const p = paras[i];
  if (!p || !KEYWORDS.subprocessor.test(p.text)) return undefined;
  const rows: FoundSubprocessor[] = [];
  for (const s of sentences(p)) {
    // Where processing stays is said for all of them: then no seat is where they process.
    const inEurope = KEYWORDS.noneOutsideEurope.test(s.text) || KEYWORDS.withinEurope.test(s.text);
    for (const word of s.text.matchAll(SUBPROCESSOR_WORDS)) {
      // From the start of the word the match is in ("another processors" is "other processors").
      let start = word.index;
      while (start > 0 && /\p{L}/u.test(s.text[start - 1] ?? "")) start--;
      const before = s.text.slice(Math.max(0, start - 300), start);
      // "Liste der Unterauftragnehmer der OpenProject GmbH": the list's title; the company after
      // the word is whose list it is, not one engaged.
      if (LIST_TITLE_BEFORE.test(before)) continue;
      const joined = ENGAGED_AS.exec(before);
      const companies = joined ? companiesBefore(before.slice(0, joined.index)) : [];
      const after = COMPANY_AFTER.exec(s.text.slice(word.index + word[0].length, word.index + word[0].length + 200));
      if (companies.length === 0 && after?.groups) companies.push(after.groups as { company: string; address?: string });
      for (const { company, address } of companies) {
        const e = entry(company, s.text, inEurope ? "EEA" : (address ?? ""));
        if (e) rows.push(foundEntry(p, s.line, s.text, e, "a company engaged as a sub-processor in a sentence"));
      }
    }
  }
  return rows.length > 0 ? { rows, next: i + 1 } : undefined;
}

/**
 * The companies a text ends with, in their order: one, or several joined by commas and "and"
 * ("Amazon Web Services, Inc., Seattle, WA - USA and Snowflake Computing, Inc., San Mateo, CA – USA"),
 * each with the address after it.
 */
function companiesBefore(text: string): Array<{ company: string; address?: string }> {
  const all = [...text.matchAll(COMPANIES)];
  const out: Array<{ company: string; address?: string }> = [];
  for (let k = all.length - 1; k >= 0; k--) {
    const m = all[k] as RegExpMatchArray;
    const end = (m.index ?? 0) + m[0].length;
    const tail = (k === all.length - 1 ? LAST_TAIL : LIST_TAIL).exec(text.slice(end, all[k + 1]?.index ?? text.length));
    if (!tail || !m.groups?.company) break;
    out.unshift({ company: m.groups.company, address: tail.groups?.address });
  }
  return out;
}
