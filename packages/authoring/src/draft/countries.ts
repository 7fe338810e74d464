import {
  countries,
  COUNTRY_NAME_LANGUAGES,
  COUNTRY_SHORT_FORMS,
  escapeRegExp,
  isCode,
  KNOWN_PROVIDERS,
  lookupRegion,
  regionsOf,
} from "@dpa-lint/core";
import { KEYWORDS } from "./language.js";

/**
 * Country names in running text, in English, French, Dutch, German, Spanish and Italian ("FRANKRIJK", "United
 * States", "Clichy, France", "Vereinigte Staaten"), and two-letter codes standing alone in an
 * address ("New York, US"). A code inside an address line ("San Francisco, CA 94105") is not a
 * country: only explicit names and lone codes count, so a company's address in a US state gives
 * no country rather than a wrong one.
 */
let index: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (index) return index;
  const lib = countries();
  index = new Map();
  for (const lang of COUNTRY_NAME_LANGUAGES)
    for (const [code, all] of Object.entries(lib.getNames(lang, { select: "all" })))
      for (const n of all) if (n.length > 3) index.set(fold(n), code);
  // Short forms contracts use that the library lists only in a long form (or not at all).
  for (const [n, code] of COUNTRY_SHORT_FORMS) index.set(n, code);
  return index;
}

/**
 * Cities where data centres are, as DPAs and sub-processor lists name them instead of a country
 * ("EU (Frankfurt)", "AWS EU (Paris)", "UE (Fráncfort)"), in the reader's languages. Read only
 * where the text names no country.
 */
const CITIES: Readonly<Record<string, readonly string[]>> = {
  DE: [
    "frankfurt",
    "francfort",
    "fráncfort",
    "francoforte",
    "falkenstein",
    "nuremberg",
    "nürnberg",
    "berlin",
    "munich",
    "münchen",
    "düsseldorf",
    "hamburg",
  ],
  // Regions too: "situés en région parisienne", "en Île-de-France".
  FR: [
    "paris",
    "parís",
    "parigi",
    "roubaix",
    "gravelines",
    "strasbourg",
    "lyon",
    "marseille",
    "lille",
    "région parisienne",
    "île-de-france",
    "hauts-de-france",
  ],
  IE: ["dublin", "dublino"],
  NL: ["amsterdam", "ámsterdam", "eemshaven", "rotterdam"],
  GB: ["london", "londres", "londra"],
  CH: ["zurich", "zürich", "zúrich", "geneva", "genève", "genf", "ginebra", "ginevra"],
  SE: ["stockholm", "estocolmo", "stoccolma"],
  IT: ["milan", "milano", "milán", "turin", "torino"],
  PL: ["warsaw", "varsovie", "warschau", "varsovia", "varsavia", "warszawa"],
  BE: ["brussels", "bruxelles", "brüssel", "bruselas", "brussel", "saint-ghislain"],
  AT: ["vienna", "wien", "viena"],
  FI: ["helsinki", "hamina"],
  DK: ["copenhagen", "københavn"],
  NO: ["oslo"],
  PT: ["lisbon", "lisboa"],
  ES: ["madrid", "barcelona"],
  IN: ["mumbai"],
  JP: ["tokyo"],
  AU: ["sydney"],
  CA: ["montreal", "montréal", "toronto"],
  BR: ["são paulo"],
};

let cityPattern: { re: RegExp; codes: Map<string, string> } | undefined;

/** The first data-centre city a text names, as its country ("EU (Frankfurt)" is DE), or undefined. */
function countryOfCityIn(text: string): string | undefined {
  if (!cityPattern) {
    const codes = new Map(Object.entries(CITIES).flatMap(([code, cities]) => cities.map((c): [string, string] => [fold(c), code])));
    cityPattern = { re: new RegExp(`(?<![\\p{L}])(?:${[...codes.keys()].join("|")})(?![\\p{L}])`, "u"), codes };
  }
  const m = cityPattern.re.exec(fold(text));
  return m ? cityPattern.codes.get(m[0]) : undefined;
}

/**
 * Cities of the United States where data centres and the companies DPAs list are, as an address
 * writes them before a state's code ("Ashburn, VA", "San Francisco, CA"); a name other countries
 * share ("Cambridge", "Washington") is left out. Not read as places alone: a street address in
 * one is a company's seat, which the corpus reads as no country.
 */
const US_CITIES: readonly string[] = [
  "ashburn",
  "hillsboro",
  "san francisco",
  "new york",
  "seattle",
  "chicago",
  "boston",
  "dallas",
  "austin",
  "denver",
  "atlanta",
  "los angeles",
  "palo alto",
  "mountain view",
  "menlo park",
  "san jose",
  "san mateo",
  "redwood city",
  "sunnyvale",
  "santa clara",
  "wilmington",
  "salt lake city",
  "phoenix",
  "miami",
  "san diego",
  "oakland",
  "lehi",
];

/**
 * The two-letter codes of the United States' states (and its capital's district), as an address
 * writes them after a city ("San Francisco, CA"): many are also countries' (CA, DE, IL, VA).
 */
const US_STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";

let stateAfterCity: RegExp | undefined;

/**
 * The text with a state's code after a city of the United States written "US" ("Ashburn, VA" is
 * "Ashburn, US"; "San Francisco, CA" is no place in Canada), offsets kept. After another city the
 * code stays a country's ("Frankfurt, DE", "Tel Aviv, IL").
 */
export function withStatesAsUs(text: string): string {
  if (!/,\s*[A-Z]{2}(?![\p{L}])/u.test(text)) return text;
  stateAfterCity ??= new RegExp(`(?<![\\p{L}])((?:${US_CITIES.join("|")}),\\s*)(${US_STATES})(?![\\p{L}])`, "giu");
  // The city in any case, the code in capitals only ("Chicago, il" is no address).
  return text.replace(stateAfterCity, (m: string, city: string, code: string) => (/^[A-Z]{2}$/.test(code) ? `${city}US` : m));
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** An article elided onto a country's name ("l'Allemagne", "dell'Italia"). */
const ELIDED_ARTICLE = new RegExp(`^(?:${KEYWORDS.elidedArticle.source})['’]`, "iu");

/**
 * The first country the text names, or undefined. A name beats a lone code anywhere in the text:
 * an address's two capitals may be a province's ("Ponte San Pietro (BG), Italia" is IT, not
 * Bulgaria), a country's name never is.
 */
export function countryIn(text: string, glued = false): string | undefined {
  const table = names();
  let firstCode: string | undefined;
  for (const [n, segment] of withStatesAsUs(text)
    .split(/[,\n;/()|]+/)
    .entries()) {
    const lone = segment.trim();
    const alone = codeOf(lone);
    if (alone) {
      firstCode ??= alone;
      continue;
    }
    // Where cells ran together, an address's closing code runs into the next cell: ", USCRM".
    const code = glued && n > 0 ? /^([A-Z]{2})(?=[A-Z]{2,}\b|[A-Z][a-z])/.exec(lone)?.[1] : undefined;
    if (code && !table.has(fold(lone.split(/\s/)[0] ?? "")) && isCode(code)) firstCode ??= code;
    // Words, also where cells ran together ("FranceHosting", "United StatesMarketing").
    const words = lone
      .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
      .split(/\s+/)
      // Emphasis around a word ("the **United States**.") is not part of it; an opening quote stays
      // (a quoted term is a name: "UK Addendum").
      .map((w) =>
        w
          .replace(/^[*_`]+/u, "")
          .replace(ELIDED_ARTICLE, "")
          .replace(/[.!?:"'»«”*_`]+$/u, ""),
      )
      .filter(Boolean);
    for (let n = 4; n >= 1; n--)
      for (let k = 0; k + n <= words.length; k++) {
        const code = table.get(fold(words.slice(k, k + n).join(" ")));
        if (code) return code;
      }
  }
  return firstCode;
}

/**
 * Two capitals that stand for a country written alone ("US", "DE"; "UK" is GB, and Dutch "VS",
 * Verenigde Staten, is US: no ISO code is VS), else undefined.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = { UK: "GB", VS: "US" };

function codeOf(text: string): string | undefined {
  const code = ABBREVIATIONS[text] ?? text;
  return /^[A-Z]{2}$/.test(code) && isCode(code) ? code : undefined;
}

/** The country a text is, all of it: its name or lone code ("USA", "Deutschland", "UK"), else undefined. */
export function countryNamed(text: string): string | undefined {
  const t = text.trim().replace(/[.!?:"'»«”]+$/u, "");
  return /^[A-Z]{2}$/.test(t) ? codeOf(t) : names().get(fold(t));
}

/**
 * Cloud regions by their providers' identifiers ("eu-central-1", "europe-west4", "westeurope",
 * "fsn1"), to the country they are in: the region catalogue vendor files are read by (core's
 * regions.json), not a list of its own. Codes shorter than four characters without a digit or a
 * hyphen ("gra") read as words too easily, and a code the catalogue's providers disagree on names
 * no country.
 */
let cloudRegions: { re: RegExp; countries: Map<string, string> } | undefined;

function regionTable(): { re: RegExp; countries: Map<string, string> } {
  if (!cloudRegions) {
    const countries = new Map<string, string>();
    for (const provider of KNOWN_PROVIDERS)
      for (const { code } of regionsOf(provider)) {
        const found = lookupRegion(code, undefined);
        if ((code.length >= 4 || /[\d-]/.test(code)) && "country" in found) countries.set(code.toLowerCase(), found.country);
      }
    const codes = [...countries.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    cloudRegions = { re: new RegExp(`(?<![\\w-])(${codes.join("|")})(?![\\w-])`, "i"), countries };
  }
  return cloudRegions;
}

function countryOfRegionIn(text: string): string | undefined {
  const { re, countries } = regionTable();
  const m = re.exec(text);
  return m ? countries.get((m[1] ?? "").toLowerCase()) : countryOfRegionNameIn(text);
}

/**
 * The country of the cloud region a short place names by its display name (Azure's: "West
 * Europe", "East US 2"), or undefined: "Europe" there is part of a region's name, no part of the
 * world.
 */
export function countryOfRegionNameIn(text: string): string | undefined {
  const { countries } = regionTable();
  // Azure's regions are also written as their display names, the identifier's words apart
  // ("North Europe" for northeurope, "East US 2"): read only in a short place, its words a region's
  // name with at most a few words around ("West Europe.", "the Azure West Europe region", "Azure
  // in West Europe"), since "in North Europe" in a sentence names no data centre.
  const place = text.trim().replace(/[.,;:!?]+$/u, "");
  if (place.length > REGION_NAME_LENGTH) return undefined;
  const words = place.split(/[\s()]+/).filter((w) => /^(?:\p{L}+|\d)$/u.test(w));
  for (let from = 0; from < words.length - 1; from++)
    for (let to = from + 2; to <= words.length; to++) {
      const spelled = words.slice(from, to).join("").toLowerCase();
      const country = /^[a-z]{6,}\d?$/.test(spelled) ? countries.get(spelled) : undefined;
      if (country) return country;
    }
  return undefined;
}

/** The longest place read as a region's display name ("South Africa North" and some room). */
const REGION_NAME_LENGTH = 40;

/**
 * A flag written as an emoji ("🇩🇪"): its two regional indicator letters are the country's code.
 * Trust pages mark a sub-processor's country so.
 */
function withFlagsAsCodes(text: string): string {
  return text.replace(
    /[\u{1F1E6}-\u{1F1FF}]{2}/gu,
    (flag) => ` ${[...flag].map((c) => String.fromCharCode((c.codePointAt(0) ?? 0) - 0x1f1e6 + 65)).join("")} `,
  );
}

/** The country a place names: a country (or its flag), else a data-centre city ("EU (Frankfurt)" is DE) or a cloud region. */
export function placeIn(text: string, glued = false): string | undefined {
  const plain = withFlagsAsCodes(text);
  return countryIn(plain, glued) ?? countryOfCityIn(plain) ?? countryOfRegionIn(plain);
}

/**
 * "US" or "UK" as a word of a location cell's part ("limited US processing", "US (headquarters)"):
 * in capitals, the two codes no word of the reader's languages is written as. Other codes inside
 * words stay unread ("IT support", "DE-CIX"): elsewhere only lone codes are read (countryIn).
 */
export function codeWordIn(part: string): string | undefined {
  const m = /(?<![\p{L}.-])(US|UK)(?![\p{L}.-])/u.exec(part);
  return m ? { US: "US", UK: "GB" }[m[1] as "US" | "UK"] : undefined;
}
