import { de } from "./languages/de.js";
import { en } from "./languages/en.js";
import { es } from "./languages/es.js";
import { fr } from "./languages/fr.js";
import { it } from "./languages/it.js";
import { nl } from "./languages/nl.js";
import { CONCEPTS, type Column, type Concept, type LanguageWords, type Unit } from "./languages/words.js";

/**
 * The words the DPA reader understands, from one file per language (languages/: English, Dutch,
 * French, German, Spanish, Italian), joined into the patterns every finder reads: numbers written
 * out, period units, the keywords that mark each term, table headers and the names of laws.
 * Adding a language is adding its file and naming it here.
 */
export type { Unit } from "./languages/words.js";

/** The languages, in the order their words are tried where order matters (unit words). */
const LANGUAGES: readonly LanguageWords[] = [en, nl, fr, de, es, it];

/** Every number word, compounds included ("twenty-four", "vierentwintig", "vierundzwanzig", "vingt-quatre"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(LANGUAGES.flatMap((l) => l.numbers));

/** One alternation of every language's sources for a thing, the empty ones left out. */
function anyOf(sources: ReadonlyArray<string | undefined>): string {
  return sources
    .filter((s): s is string => s !== undefined && s !== "")
    .map((s) => `(?:${asTyped(s)})`)
    .join("|");
}

/**
 * A pattern as published texts type its words: its apostrophes match the typographic ones too (the
 * language files write "s'opposer" and "days' notice", published DPAs as often "s’opposer" and
 * "days’ notice"), and its accented letters the same letters without their accent ("días" as
 * "dias", "antelación" as "antelacion", "beëindiging" as "beeindiging": texts typed without
 * accents are common). German umlauts are kept: they are written "ae", "oe", "ue" when left out.
 * Apostrophes inside a character class are left as they are (the class says which it takes);
 * accented letters there take their plain letter beside them.
 */
function asTyped(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    const plain = UNACCENTED[c];
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i++;
    } else if (inClass) {
      inClass = c !== "]";
      out += plain ? c + plain : c;
    } else if (c === "[") {
      inClass = true;
      out += c;
    } else if (c === "'") out += "['’ʼ]";
    else out += plain ? `[${c}${plain}]` : c;
  }
  return out;
}

/** Accented letters the reader's languages write, to the letter typed without the accent. */
const UNACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [..."áàâéèêëíìîïóòôúùûçñ"].map((c) => [c, c.normalize("NFD").replace(/[\u0300-\u036f]/g, "")]),
);

const UNITS: ReadonlyArray<Unit | "weeks"> = ["working_days", "days", "hours", "weeks", "months", "years"];

/**
 * Period units by the words that write them (lower case). Business and working days are one
 * unit; weeks become days (7 each) where they are read.
 */
export const UNIT_WORDS: ReadonlyArray<[RegExp, Unit | "weeks"]> = UNITS.map((u) => [
  new RegExp(`^(?:${anyOf(LANGUAGES.map((l) => l.units[u]))})$`),
  u,
]);

/** The unit words as one alternation, longest first within each language, for the period pattern. */
export const UNIT_PATTERN = `(?:${LANGUAGES.map((l) => asTyped(l.unitPattern)).join("|")})`;

/** Concepts whose words need Unicode classes (\p{L}) or read like words, not parts of words. */
const UNICODE: ReadonlySet<Concept> = new Set([
  "permission",
  "onceAYear",
  "timesAYear",
  "law",
  "withinEurope",
  "region",
  "cloudRegion",
  "dataCentre",
  "spanWord",
  "sameAct",
  "thatPeriod",
  "hosting",
  "locatedIn",
  "aspiration",
  "otherAct",
  "forExample",
  "passive",
  "officeWord",
  "changeRecord",
]);

/**
 * Concepts whose words are told apart by their case: a defined term is written with a capital,
 * an acronym in capitals.
 */
const CASED: ReadonlySet<Concept> = new Set(["definedBreach", "europeAcronym"]);

function keyword(concept: Concept): RegExp {
  const words = anyOf(LANGUAGES.map((l) => l.keywords[concept]));
  // A right ("may", "mag", "darf") is a whole word, never part of one ("mayor", "magazine").
  const source = concept === "permission" ? `(?<!\\p{L})(?:${words})(?!\\p{L})` : words;
  return new RegExp(source, `${CASED.has(concept) ? "" : "i"}${UNICODE.has(concept) ? "u" : ""}`);
}

/** Keywords of each term, all languages together (regular expressions, case-insensitive but the CASED ones). */
export const KEYWORDS = Object.fromEntries(CONCEPTS.map((c) => [c, keyword(c)])) as Readonly<Record<Concept, RegExp>>;

/** Where a text first names the EU or EEA (by name, or by an acronym in capitals), else undefined. */
export function europeIn(text: string): number | undefined {
  const at = [KEYWORDS.europeName.exec(text)?.index, KEYWORDS.europeAcronym.exec(text)?.index].filter((i) => i !== undefined);
  return at.length > 0 ? Math.min(...at) : undefined;
}

/** A concept's words as a pattern that finds every match in a text (`matchAll`), its flags kept. */
export function everywhere(concept: Concept): RegExp {
  const re = KEYWORDS[concept];
  return new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
}

/**
 * A concept's words inside a larger pattern, anchored or bounded as that pattern needs:
 * `phrase("beforeIt", "^[\\s,]*(?:", ")\\b")` is "right after, one of the words for before".
 */
export function phrase(concept: Concept, before: string, after: string, flags = "i"): RegExp {
  return new RegExp(`${before}${KEYWORDS[concept].source}${after}`, flags);
}

/**
 * A value that opens with a pointer to another part of the text ("Sous-traitants : Cf. Article
 * 3.4", "Sub-processors: see Section 5"): neither a company nor a place, for every finder.
 */
export const CROSS_REFERENCE_FIRST = phrase("crossReference", "^\\s*(?:", ")(?![\\p{L}])", "iu");

/** Table header words: which column holds what (the first that matches a header cell wins). */
export const COLUMN_WORDS: ReadonlyArray<[RegExp, Column]> = (["mechanism", "location", "purpose", "name"] as const).map((c) => [
  new RegExp(anyOf(LANGUAGES.map((l) => l.columns[c])), "i"),
  c,
]);

/** The words that name a column, in every language. */
export function columnWords(column: Column): RegExp {
  return (COLUMN_WORDS.find(([, c]) => c === column) as [RegExp, Column])[0];
}

/** Governing-law adjectives and phrases, to a country code ("Belgian law", "het Franse recht"). */
export const LAW_WORDS: ReadonlyArray<[RegExp, string]> = [...new Set(LANGUAGES.flatMap((l) => Object.keys(l.law)))].map((code) => [
  new RegExp(anyOf(LANGUAGES.map((l) => l.law[code])), "i"),
  code,
]);

/** Each language's common words, as a pattern that counts them in a text. */
const COMMON_WORDS: ReadonlyArray<[LanguageWords, RegExp]> = LANGUAGES.map((l) => [
  l,
  new RegExp(`(?<![\\p{L}])(?:${l.commonWords})(?![\\p{L}])`, "giu"),
]);

/**
 * The language a line is written in, when its common words tell it alone ("Complete data deletion
 * within 30 days": English; "Suppression complète des données sous 30 jours": French); undefined
 * when they name none or more than one. Languages are told apart only as far as this: a bilingual
 * DPA says each term once in each, and the second saying is a translation, not a second term.
 */
export function languageOf(text: string): LanguageWords | undefined {
  const counts = COMMON_WORDS.map(([l, re]): [LanguageWords, number] => [l, text.match(re)?.length ?? 0]).filter(([, n]) => n > 0);
  return counts.length === 1 ? counts[0]?.[0] : undefined;
}
