import { citeClause, rowCells, withoutMarkup, type Paragraph } from "./document.js";
import { columnWords, COLUMN_WORDS, CROSS_REFERENCE_FIRST, KEYWORDS, phrase } from "./language.js";
import { codeWordIn, countryIn, placeIn } from "./countries.js";
import { findPeriods } from "./periods.js";
import { escapeRegExp, inEea, readBundle, type LegalData } from "@dpa-lint/core";
import type { Found } from "./term-reading.js";

/**
 * What every layout of a sub-processor list shares: an entry as the pack-terms schema writes it,
 * where it was found, and how a name, a country and a transfer mechanism are read from a row.
 * The layouts themselves are in subprocessor-tables.ts and subprocessor-lists.ts.
 */
/** One entry of the DPA's sub-processor list, as the pack-terms schema writes it. */
export interface ListedSubprocessor {
  name: string;
  country: string | null;
  mechanism: string | null;
}

export type Column = (typeof COLUMN_WORDS)[number][1];

let legal: LegalData | undefined;

/** A name whose last word is a kind of company ("... VPS provider", "... Hosting-Anbieter"). */
/** A kind of company's word, singular or plural ("provider", "providers", "proveedores", "prestataires"). */
export const KIND_WORD = `(?:${KEYWORDS.kindOfCompany.source})(?:e?s)?`;

const KIND_OF_COMPANY_LAST = phrase("kindOfCompany", "(?:^|[\\s-])(?:", ")$", "iu");

/**
 * A name that opens with a kind of company and goes on in lower case, as French, Spanish and
 * Italian put the noun first ("Fournisseur SMS futur", "Prestataire d'hébergement", "Proveedor de
 * pagos"): a kind, not a company ("Partner Logistics" names one).
 */
const KIND_OF_COMPANY_FIRST_WORD = phrase("kindOfCompany", "^(?:", ")(?![\\p{L}])", "iu");

function kindOfCompanyFirst(name: string): boolean {
  // Case counts for the word in lower case after it (a case-insensitive \p{Ll} matches capitals too).
  return KIND_OF_COMPANY_FIRST_WORD.test(name) && /\s\p{Ll}/u.test(name);
}

/** Whether a country is in the EEA today, by the same dated facts the policies judge by. */
function inEeaToday(country: string): boolean {
  legal ??= (readBundle().data.lib as { legal?: LegalData } | undefined)?.legal ?? {};
  return inEea(country, new Date().toISOString().slice(0, 10), legal);
}

/** The transfer mechanism a row names: SCCs, BCRs, the DPF, "none needed" for the EEA, else null. */
function mechanismOf(text: string, country: string | null): string | null {
  if (KEYWORDS.scc.test(text)) return "scc";
  if (KEYWORDS.bcr.test(text)) return "bcr";
  if (KEYWORDS.dpf.test(text)) return "dpf";
  return country && inEeaToday(country) ? "eea" : null;
}

/** A location cell that says the location is not known ("n/a", "unknown", "onbekend"...). */
export const UNKNOWN_PLACE = phrase("unknownPlace", "^(?:", ")$");

/**
 * What a header cell names, if it names a column. "Name and address of the sub-processor", "Name
 * und Anschrift": a name joined to a place is the name's column (its cells open with the name).
 */
/** What joins two parts of a header cell: a slash, "&", or "and"/"or" in any language. */
const BETWEEN_PARTS = new RegExp(`\\s*(?:/|&|(?<![\\p{L}])(?:${KEYWORDS.andOr.source})(?![\\p{L}]))\\s*`, "iu");

export function columnOf(cell: string): Column | undefined {
  if (cell.length > 80) return undefined;
  const column = COLUMN_WORDS.find(([re]) => re.test(cell))?.[1];
  // "Datenstandort / Garantie", "Location / Safeguards": a place, then after a slash or "and" the
  // safeguard, is the place's column (its cells name where the data is before how it travels).
  if (column === "mechanism") {
    const [first = "", second] = cell.split(BETWEEN_PARTS);
    return second !== undefined && columnWords("location").test(first) && !columnWords("mechanism").test(first) ? "location" : column;
  }
  if (column !== "location") return column;
  const name = columnWords("name").exec(cell);
  const place = columnWords("location").exec(cell);
  const joined =
    name &&
    place &&
    name.index < place.index &&
    /^\s*(?:,|&|\/|\p{L}{1,3})\s*$/u.test(cell.slice(name.index + name[0].length, place.index));
  return joined ? "name" : column;
}

export function entry(name: string, rowText: string, locationText: string, glued = false): ListedSubprocessor | undefined {
  // "30 Tage", "14 days ...", "Mindestens 30 Tage": a name that opens or ends with a period is a
  // key-terms line's value, not a company.
  const plain = withoutMarkup(name);
  const plainName = plain.trim().replace(/[.,;:]+$/, "");
  const period = findPeriods(plainName)[0];
  if (period && (period.index === 0 || period.index + period.text.length >= plainName.length)) return undefined;
  let clean = plain
    .replace(/\s+/g, " ")
    // A list number ("1.", "2)", "3 ") goes; digits that start a name stay ("360dialog GmbH", "1Password", "8x8").
    .replace(/^(?:\d+(?:\.\d+)*[.)]?(?=\s|$)|[.)\s-])+/, "")
    .trim();
  // "Cloudflare, Inc. (États-Unis)", "Backblaze B2 (if configured)": what the closing bracket says.
  const bracketed = withoutItsBracket(clean);
  clean = bracketed.clean;
  const { seat, undecided } = bracketed;
  // "Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg": a name cell
  // that goes on with the company's address; the address is its seat, like a place in parentheses.
  // "TransIP B.V. te Leiden", "Hetzner Online GmbH mit Sitz in Gunzenhausen": a legal form ends
  // the name; lower-case words after it say where the company is (a trade name after "d/b/a" is
  // still the name's).
  const words = clean.split(" ");
  const form = words.findIndex(
    (w, k) => k > 0 && LEGAL_FORM.test(w) && /^\p{Ll}/u.test(words[k + 1] ?? "") && !TRADE_NAME.test(words[k + 1] ?? ""),
  );
  const placeAfterForm = form > 0 ? words.slice(form + 1).join(" ") : "";
  if (form > 0) clean = words.slice(0, form + 1).join(" ");
  // "Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy", "Hetzner Online GmbH,
  // Gunzenhausen": an address, or a place after a name ending in its legal form.
  const { name: named, rest: address } = nameThenAddress(clean);
  const endsInForm = named.includes(" ") && endsInLegalForm(named) && /^\s*,/.test(clean.slice(named.length));
  const addressed = (/\d/.test(address) || (endsInForm && address.trim() !== "")) && nameLike(named);
  if (addressed) clean = named;
  if (clean.length < 2 || clean.length > 80 || !/\p{L}/u.test(clean)) return undefined;
  // "[E.g., AWS]", "[Vendor name]", "e.g. Datadog", "Hosting partner (TBD)": a template's
  // placeholder or example, or a company not chosen yet (the note in brackets read before it goes).
  // (A whole placeholder, PLACEHOLDER's "[...]", "{{...}}", "<...>", opens with one of those marks too,
  // in Markdown's code marks or not: "`[COMPILARE: fornitore hosting]`".)
  if (/^`?[[{<]/.test(clean) || EXAMPLE_FIRST.test(clean) || KEYWORDS.toBeDecided.test(clean) || (undecided && !endsInLegalForm(clean)))
    return undefined;
  // "Cf. Article 3.4", "see Section 5": a pointer to where the list is, not a company.
  if (CROSS_REFERENCE_FIRST.test(clean)) return undefined;
  // "Subprocessor-Audit-Befund", "Sub-processor list": a document or label about sub-processors.
  if (KEYWORDS.subprocessor.test(clean)) return undefined;
  // "Provider as Processor", "Provider as Subprocessor" (Common Paper's clause titles): a party in
  // a role, not a company.
  if (ROLE_NAME.test(clean)) return undefined;
  // "Austrian Tier-III+ VPS provider", "Hosting-Anbieter": a kind of company, not one by name; so
  // too with the candidates in brackets after it ("Postgres host (Neon / Supabase / self-host)").
  // One company in the brackets is the one the kind is ("Proveedor de pagos (Polar)").
  const kind = clean.replace(/\s*\([^()]*\)$/, "");
  if ((KIND_OF_COMPANY_LAST.test(kind) || kindOfCompanyFirst(kind)) && !endsInLegalForm(clean)) {
    const named = /\(([^()/,;]+)\)$/.exec(clean)?.[1]?.trim();
    if (named === undefined || !nameLike(named) || KIND_OF_COMPANY_LAST.test(named) || kindOfCompanyFirst(named)) return undefined;
    clean = named;
  }
  // "EU SCCs", "Binding Corporate Rules", "EU-U.S. DPF": a transfer mechanism, not a company.
  if (namesATransferMechanism(clean)) return undefined;
  // "Name (Country) - Purpose": a header line of column words, not a company.
  if (onlyColumnWords(clean)) return undefined;
  // "[INVULLEN: bevestig EU-regio, bv. AWS eu-central-1 / eu-west]": a location still to be filled
  // in gives no place, not the example's region nor the company's seat.
  if (PLACEHOLDER.test(withoutMarkup(locationText))) return { name: clean, country: null, mechanism: mechanismOf(rowText, null) };
  const place = locationText.trim() || (seat?.[1] ?? (addressed ? address : placeAfterForm));
  // Without any place given, the name's own country ("Google Ireland Limited").
  const country = (locationText.trim() ? cellCountry(place, glued) : place ? placeIn(place, glued) : countryInName(clean)) ?? null;
  return { name: clean, country, mechanism: mechanismOf(rowText, country) };
}

/**
 * A name without what its closing bracket says (a place, a note, "TBD"), with that bracket when it
 * says where the company is (`seat`) and whether it says the company is not chosen yet.
 */
function withoutItsBracket(name: string): { clean: string; seat: RegExpExecArray | null; undecided: boolean } {
  let clean = name;
  // "Cloudflare, Inc. (États-Unis)": the place after a name is not part of it; it is where the
  // company is, used when the row says nothing of where it processes.
  let seat = /\s*\(([^()]{2,40})\)$/.exec(clean);
  // "Cloudflare, Inc. (TBD)": a company, by its legal form, whose use is not confirmed yet;
  // "Hosting partner (TBD)", "Partenaire d'hébergement (à définir)": none.
  const undecided = seat !== null && KEYWORDS.toBeDecided.test(seat[1] ?? "");
  if (undecided && seat) {
    clean = clean.slice(0, seat.index).trim();
    seat = null;
  } else if (seat && placeIn(seat[1] ?? "") !== undefined) clean = clean.slice(0, seat.index).trim();
  // "Backblaze B2 (if configured)", "Brevo (formerly Sendinblue)": a note in lower case after the
  // name is not part of it (a company in brackets, "Postmark (ActiveCampaign, LLC)", is), nor is
  // it where the company is ("Twilio Inc., San Francisco, USA (SMS)" keeps its address).
  else if (seat && /^\p{Ll}/u.test(seat[1] ?? "")) {
    clean = clean.slice(0, seat.index).trim();
    seat = null;
  }
  // "**Supabase** (Supabase, Inc., VS — infrastructuur op AWS)": a long note in brackets after the
  // name (its entity, seat and infrastructure) is not part of it; where it is, when the row says nothing.
  const note = seat ? null : LONG_NOTE.exec(clean);
  if (note) {
    clean = clean.slice(0, note.index).trim();
    seat = note;
  }
  return { clean, seat, undecided };
}

/**
 * A location cell's country. Of places given as alternatives ("NL / CH", "US / IE (EU)", "EU /
 * US"), the first outside the EEA: the one a check of transfers needs, as the corpus reads such
 * rows. So too where the cell names one outside the EEA among others by name or as "US" or "UK"
 * ("EU and US", "EU (Ireland), limited US processing", "US (headquarters), EU processing"); an
 * address's province in brackets is no country there ("Ponte San Pietro (BG), Italia").
 */
function cellCountry(cell: string, glued: boolean): string | undefined {
  const codes = cell
    .split(/[/;]/)
    .map((part) => placeIn(part, glued))
    .filter((c): c is string => c !== undefined);
  const read = new Set(codes).size <= 1 ? placeIn(cell, glued) : (codes.find((c) => !inEeaToday(c)) ?? codes[0]);
  if (read !== undefined && !inEeaToday(read)) return read;
  const outside = cell
    .split(PLACES_APART)
    .map((part) => placeIn(part.replace(BRACKETED_CODE, " "), glued) ?? codeWordIn(part))
    .find((c) => c !== undefined && !inEeaToday(c));
  return outside ?? read;
}

/** A note in brackets at a name's end, longer than a place or a company's name in brackets ("Postmark (ActiveCampaign, LLC)"). */
const LONG_NOTE = /\s*\(([^()]{41,})\)$/;

/** A two-letter code in brackets, an address's province or state ("(BG)", "(CA)"). */
const BRACKETED_CODE = /\(\s*[A-Z]{2}\s*\)/g;

/** What separates a cell's places: a slash, a semicolon, a comma, "and", "or" (in each language). */
const PLACES_APART = phrase("andOr", "[/;,]|\\s+(?:", ")\\s+", "iu");

/** A party named in a role: "Provider as Processor", "Customer as Controller", "Vendor as a Sub-processor". */
const ROLE_NAME = new RegExp(
  `^\\p{L}+\\s+as\\s+(?:an?\\s+|the\\s+)?(?:(?:sub-?)?processor|controller|${KEYWORDS.subprocessor.source})s?$`,
  "iu",
);

/** Whether every word of a text is a table header's ("Name (Country)", "Vendor / Location"). */
function onlyColumnWords(text: string): boolean {
  const words = text.split(/[^\p{L}]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => COLUMN_WORDS.some(([re]) => re.test(w)));
}

/** A listed sub-processor as found: the purpose a table gives is kept for the reviewer (the pack has no field for it). */
export type FoundSubprocessor = Found<ListedSubprocessor> & { purpose?: string };

export function foundEntry(
  p: Paragraph,
  line: number,
  quote: string,
  value: ListedSubprocessor,
  method: string,
  purpose?: string,
): FoundSubprocessor {
  const found: FoundSubprocessor = { value, quote: quote.trim(), clause: citeClause({ paragraph: p, line }), line, method };
  if (purpose?.trim()) found.purpose = purpose.trim();
  return found;
}

export interface Taken {
  rows: FoundSubprocessor[];
  next: number;
}

/** A row's cells; a line break inside one ("Hetzner Online GmbH<br>Industriestr. 25") reads as a comma. */
export function cellsOf(line: string): string[] {
  return rowCells(line).map((c) => c.replace(/\s*<br\s*\/?>\s*/gi, ", ").trim());
}

/** A line without the emphasis and line-break markup around it ("**Hetzner Online GmbH**<br>"). */
export function plainLine(line: string): string {
  return withoutMarkup(
    line
      .replace(/<br\s*\/?>/gi, "")
      .replace(/^[#>\s]*/, "")
      .replace(/^(\*\*|__|\*|_)(.*)\1\s*$/, "$2"),
  ).trim();
}

/** Whether a text names a transfer mechanism (SCCs, BCRs, the Data Privacy Framework), in any language. */
export function namesATransferMechanism(text: string): boolean {
  return TRANSFER_MECHANISMS.some((k) => k.test(text));
}

const TRANSFER_MECHANISMS = [KEYWORDS.scc, KEYWORDS.bcr, KEYWORDS.dpf];

/** A placeholder a template leaves for the company to fill in ("[Cloud Provider]", "{{vendor}}", "<name>"). */
export const PLACEHOLDER = /^\s*`?(?:\[[^\]]*\]|\{\{[^}]*\}\}|<[^>]*>)`?\s*$/;

/** A name opening with "e.g." ("z. B.", "p. ex."...): an example a template gives, not a company. */
const EXAMPLE_FIRST = phrase("forExample", "^\\W*(?:", ")", "iu");

/** What introduces a company's trade name after its legal name ("LLC d/b/a Mailer", "Ltd t/a Acme", "trading as"). */
const TRADE_NAME = /^(?:d\/b\/a|dba|t\/a|trading|doing|formerly|vormals|anciennement)\b/i;

/**
 * A name cell run into the next one where a PDF's text overflowed its column ("Stripe Payments
 * Europe LtdEncaissement des abonnements"): the name ends with its legal form, the next cell's
 * first word follows without a space. The name and the rest, or undefined.
 */
export function gluedAtLegalForm(cell: string): [string, string] | undefined {
  const m = GLUED_FORM.exec(cell);
  return m ? [m[1] as string, cell.slice((m[1] as string).length)] : undefined;
}

const GLUED_FORM =
  /^(.{2,60}?[\s,](?:Inc|LLC|Ltd|Limited|GmbH|AG|plc|Plc|Corp|SA|SAS|SARL|SRL|SpA|BV|B\.V|NV|N\.V|AB|Oy|PBC)\.?)(?=\p{Lu}\p{Ll})/u;

/** A legal form standing alone after a comma ("Twilio, Inc."): part of the name before it. */
export const LEGAL_FORM =
  /^(?:inc|llc|l\.l\.c|llp|l\.l\.p|lp|ltd|limited|gmbh|kg|ag|plc|corp|corporation|co|sa|sas|s\.a\.s|sarl|srl|s\.r\.l|spa|s\.p\.a|bv|b\.v|nv|n\.v|ab|as|aps|oy|pbc|s\.l|s\.a|e\.v|s\.r\.o|ltda)\.?$/i;

/**
 * "Google Ireland Limited", "Cloudflare Germany GmbH": a company whose name, after its brand and
 * before its legal form, names a country is incorporated there; its country when the text gives no
 * place. ("Amazon Web Services EMEA SARL" names none; "Deutsche Telekom AG" opens with its brand.)
 */
function countryInName(name: string): string | undefined {
  if (!endsInLegalForm(name)) return undefined;
  const words = name.split(" ");
  return words.length > 2 ? countryIn(words.slice(1, -1).join(" ")) : undefined;
}

/** Whether a text's last word is a legal form ("Hetzner Online GmbH", "Twilio Inc."): a company's name ends there. */
export function endsInLegalForm(text: string): boolean {
  return LEGAL_FORM.test(/(\S+)$/.exec(text)?.[1] ?? "");
}

/** Whether a text opens as a title is set off: in bold or as a Markdown heading ("**Hetzner Online GmbH**", "### Exoscale"). */
export function setOffAsTitle(text: string): boolean {
  return /^\s*(?:\*\*|__|#)/.test(text);
}

/** Whether a line ends as a sentence or an introduction does ("... as follows:"), not as a name ("Twilio Inc."). */
export function endsLikeSentence(line: string): boolean {
  if (/[:;]$/.test(line)) return true;
  return line.endsWith(".") && !endsInLegalForm(line);
}

/** What separates the names of a list written on one line ("SignalWire, Telnyx, and Bandwidth"). */
export const NAME_LIST = phrase("andOr", ",?\\s+(?:", ")\\s+|,\\s*", "i");

/** A reference to a list kept elsewhere ("As set out in Schedule 3", "siehe Anlage 2", a web address). */
const POINTER = new RegExp(`(?:^|\\s)(?:${KEYWORDS.listWord.source})\\s+(?:\\d+|[IVX]+|[A-Z])\\b|https?:\\/\\/`, "i");

/** A list's own words standing alone ("List", "Sub-processors", "Anlage"): what a list is called, never a company in it. */
const LIST_ITS_NAME = new RegExp(`^(?:${KEYWORDS.listWord.source}|${KEYWORDS.subprocessor.source})s?$`, "iu");

/** A legal act's number ("Commission Implementing Decision (EU) 2021/914", "Regulation 2016/679"): no company's name. */
const LEGAL_ACT = /\b(?:19|20)\d{2}\/\d{2,4}\b/;

/** A name, then a spaced dash and a brand of one to three words ("... GmbH – mailbox.org"): the name before the dash. */
const BRAND_AFTER_FORM = /^(.+?)\s+[–—-]\s+[\p{L}\d][\p{L}\d.&'-]*(?:\s+[\p{Lu}\d][\p{L}\d.&'-]*){0,2}$/u;

/**
 * Whether a text reads as a company's name, not a phrase: a few words, none of the longer ones in
 * lower case ("Amazon Web Services", "Twilio SendGrid, Inc.", "VAPI", "Bank of America"; not
 * "Processor maintains a list of Sub-processors"), and not a template's placeholder, the list's
 * own name nor a legal act's number.
 */
export function nameLike(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 60 || /^[[{<]/.test(t) || POINTER.test(t) || LIST_ITS_NAME.test(t) || LEGAL_ACT.test(t)) return false;
  // "Heinlein Hosting GmbH – mailbox.org", "Amazon Web Services EMEA SARL – AWS": a company named
  // up to its legal form, then the brand it trades under after a dash (however it is written).
  const brand = BRAND_AFTER_FORM.exec(t)?.[1];
  if (brand !== undefined && endsInLegalForm(brand) && nameLike(brand)) return true;
  const words = t.split(/\s+/);
  // "http.net Internet GmbH", "mailbox.org GmbH": a brand written in lower case is a name where a
  // legal form ends it.
  const branded = words.length > 1 && /^\p{Ll}/u.test(t) && endsInLegalForm(t);
  return words.length <= 6 && (/^[\p{Lu}\d]/u.test(t) || branded) && words.every((w, k) => (branded && k === 0) || !/^\p{Ll}{4,}/u.test(w));
}

/** The names of a list written on one line, legal forms kept with the name before them; undefined when one is not a name. */
export function namesOf(text: string): string[] | undefined {
  const names: string[] = [];
  const bare = text.replace(/\s*\([^)]*\)/g, "");
  // The sentence's full stop is not the name's; a legal form's is ("Twilio Inc.").
  const lastWord = /(\S+)\s*$/.exec(bare)?.[1] ?? "";
  for (const raw of bare.replace(LEGAL_FORM.test(lastWord) ? /;\s*$/ : /[.;]\s*$/, "").split(NAME_LIST)) {
    const part = raw.trim();
    if (!part) continue;
    if (LEGAL_FORM.test(part) && names.length > 0) names[names.length - 1] += `, ${part}`;
    else if (nameLike(part)) names.push(part);
    else return undefined;
  }
  return names.length > 0 ? names : undefined;
}

/**
 * A name and the address after it, split at the first comma that does not open a legal form
 * ("Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, Germany"; "Stripe, Inc., 510
 * Townsend Street, San Francisco" keeps "Stripe, Inc.", as "Zendesk, Inc. (United States)" does).
 */
export function nameThenAddress(item: string): { name: string; rest: string } {
  const parts = item.split(",");
  let name = parts[0] ?? "";
  for (let n = 1; n < parts.length; n++) {
    // "Zendesk, Inc. (United States) – support": the legal form is the name's, what follows it is not.
    const m = /^\s*(\S+)(.*)$/s.exec(parts[n] ?? "");
    if (!m || !LEGAL_FORM.test(m[1] ?? "")) return { name: name.trim(), rest: parts.slice(n).join(",") };
    name += `, ${m[1]}`;
    if ((m[2] ?? "").trim()) return { name: name.trim(), rest: [m[2], ...parts.slice(n + 1)].join(",") };
  }
  return { name: name.trim(), rest: "" };
}

/** The name a list item opens with: its words up to the first longer lower-case word or bracket ("OpenRouter for AI ..."). */
export function leadingName(item: string): string {
  const words: string[] = [];
  for (const w of item.trim().split(/\s+/)) {
    if (/^[(—–-]/.test(w) || /^\p{Ll}{3,}/u.test(w)) break;
    words.push(w);
  }
  return words.join(" ").replace(/[,;:]$/, "");
}

const LEADING_AND = phrase("andOr", "^(?:", ")\\s+");

/** An enumeration's mark opening an item of a list in a sentence: "(i) ", "(b) ", "3) ". */
const ENUMERATION_MARK = /^\(?(?:[ivx]{1,4}|[a-z]|\d{1,2})\)\s+/i;

/**
 * The items of a list written on one line: split at semicolons when it has them, each item's name
 * the words it opens with ("Hetzner Online GmbH for hosting (Germany)"); else at commas and "and",
 * each name with the parenthesis after it as where it is ("Neon (DB Frankfurt), Vercel (EU)").
 * Empty when one item is not a name.
 */
export function itemsOf(list: string): Array<{ name: string; rest: string }> {
  if (list.includes(";"))
    return list.split(";").map((part) => {
      // "...; and Twilio Inc. (United States), for SMS": the last item's "and" is not its name's,
      // nor is an enumeration's mark ("(ii) Zendesk, Inc., USA, for support").
      const unmarked = part.trim().replace(LEADING_AND, "");
      const item = unmarked.replace(ENUMERATION_MARK, "");
      const lead = leadingName(item);
      // An enumerated clause ("(a) Retool's Affiliates may be retained ...") names no entry: a
      // marked entry's name is followed by its details, not by a verb.
      if (item !== unmarked && !/^\s*(?:$|[,(:–—-])/.test(item.slice(lead.length))) return { name: "", rest: item };
      // "Microsoft Ireland Operations Limited, Ireland": the place after the name is where it is.
      const { name, rest } = nameThenAddress(lead);
      return countryIn(rest) !== undefined && nameLike(name)
        ? { name, rest: item.slice(name.length) }
        : { name: lead, rest: item.slice(lead.length) };
    });
  // "Hetzner Online GmbH (Deutschland) für das Hosting und die Brevo SAS (Frankreich) für ...":
  // where every name has its parenthesis, the parenthesis ends the name and says where it is.
  const bracketed = parenthesisedItems(list);
  if (bracketed.length > 0) return bracketed;
  const names = namesOf(list);
  if (!names) return [];
  const items: Array<{ name: string; rest: string }> = [];
  for (const name of names) {
    // "Strato AG, Otto-Ostrowski-Straße 7, 10249 Berlin": after a company with its legal form, the
    // parts with a number or naming a place are its address, not companies.
    const last = items[items.length - 1];
    if (last && endsInLegalForm(last.name) && (/\d/.test(name) || placeIn(name) !== undefined)) {
      last.rest = `${last.rest}, ${name}`;
      continue;
    }
    items.push({ name, rest: new RegExp(`${escapeRegExp(name)}\\s*(\\([^)]*\\))?`).exec(list)?.[1] ?? "" });
  }
  return items;
}

/** An article (and "the company", "la société", "die Firma"...) before a company's name, in every language. */
export const ARTICLE_BEFORE_NAME =
  "(?:(?:the|la|le|les|die|der|den|de|il|el|het|a|à|al|aan)\\s+)?(?:(?:company|société|Firma|società|empresa|bedrijf)\\s+)?";

const LEADING_ARTICLE = new RegExp(`^${ARTICLE_BEFORE_NAME}(?=\\p{Lu})`, "u");

/**
 * The items of a list whose every item is a name, a parenthesis and what it does ("Hetzner Online
 * GmbH (Germany) for hosting, Postmark (United States) for e-mail and Stripe (Ireland) for
 * payments"): the parenthesis marks where the name ends. Empty when one item is not so.
 */
function parenthesisedItems(list: string): Array<{ name: string; rest: string }> {
  const items: Array<{ name: string; rest: string }> = [];
  // Commas inside a parenthesis do not part items.
  for (const part of list.replace(/[.;]\s*$/, "").split(new RegExp(`(?![^(]*\\))(?:${NAME_LIST.source})`, "i"))) {
    const m = /^\s*([^()]+?)\s*(\([^()]*\).*)$/.exec(part);
    // An article before a name is not part of it ("und die Brevo SAS", "et la société OVH SAS").
    const name = (m?.[1] ?? "").replace(LEADING_ARTICLE, "").trim();
    if (!m || !nameLike(name)) return [];
    items.push({ name, rest: m[2] ?? "" });
  }
  return items;
}
