import { createRequire } from "node:module";

/**
 * Countries: ISO 3166-1 alpha-2 codes, the aliases UK→GB and EL→GR, and names in English, French,
 * Dutch, German, Spanish and Italian through i18n-iso-countries, with the short and long forms
 * contracts use that it lacks (docs/vendor-setup-v1.md, "Countries").
 */
const require = createRequire(import.meta.url);

export interface CountriesApi {
  registerLocale(locale: unknown): void;
  getAlpha2Code(name: string, lang: string): string | undefined;
  getName(code: string, lang: string): string | undefined;
  getNames(lang: string, options?: { select: "all" }): Record<string, string[]>;
}

const ALIASES: Record<string, string> = { UK: "GB", EL: "GR" };
/** The languages vendor files may name countries in, the DPA reader's languages. */
export const COUNTRY_NAME_LANGUAGES = ["en", "fr", "nl", "de", "es", "it"] as const;

/**
 * Names contracts and vendor lists use that the library lists only in another form, or not at all
 * ("USA", "Republic of Ireland", "England"), lower case: one list for vendor files and the DPA
 * reader. A name written with its full stops is listed without the last ("u.s.a", "u.s").
 */
export const COUNTRY_SHORT_FORMS: ReadonlyArray<readonly [string, string]> = [
  ["usa", "US"],
  ["u.s.a", "US"],
  ["u.s", "US"],
  ["etats-unis", "US"],
  ["uk", "GB"],
  ["u.k", "GB"],
  ["angleterre", "GB"],
  ["england", "GB"],
  ["united kingdom of great britain and northern ireland", "GB"],
  ["republic of ireland", "IE"],
  ["hong kong sar", "HK"],
  ["viet nam", "VN"],
  ["vatican city", "VA"],
  ["holy see", "VA"],
  ["ee uu", "US"],
  ["ee.uu", "US"],
  ["eeuu", "US"],
  ["reino unido", "GB"],
  ["regno unito", "GB"],
  ["stati uniti", "US"],
  ["estados unidos", "US"],
];

// Codes are checked against the library's own code table, which loads in a millisecond; the
// library and its name tables (about 30 ms, most of a pre-commit run) load only for a name.
let codes: Set<string> | undefined;
export function isCode(code: string): boolean {
  codes ??= new Set((require("i18n-iso-countries/codes.json") as Array<[string, string, string]>).map((c) => c[0]));
  return codes.has(code);
}

let api: CountriesApi | undefined;
/** The country-name library with the vendor-file languages registered, loaded on first use. */
export function countries(): CountriesApi {
  if (!api) {
    // The library without its entry-node.js, which registers all 78 languages (bundles carried
    // them all): only the six the normaliser reads are registered below.
    const loaded = require("i18n-iso-countries/index") as CountriesApi;
    // Literal paths, one per language: the standalone builds (esbuild) can only bundle those.
    loaded.registerLocale(require("i18n-iso-countries/langs/en.json"));
    loaded.registerLocale(require("i18n-iso-countries/langs/fr.json"));
    loaded.registerLocale(require("i18n-iso-countries/langs/nl.json"));
    loaded.registerLocale(require("i18n-iso-countries/langs/de.json"));
    loaded.registerLocale(require("i18n-iso-countries/langs/es.json"));
    loaded.registerLocale(require("i18n-iso-countries/langs/it.json"));
    api = loaded;
  }
  return api;
}

/** The alpha-2 code for a code, alias or name, or undefined when it names no country. */
export function toCountryCode(raw: string): string | undefined {
  const text = raw.trim();
  if (/^[A-Za-z]{2}$/.test(text)) {
    const upper = text.toUpperCase();
    const code = ALIASES[upper] ?? upper;
    return isCode(code) ? code : undefined;
  }
  for (const lang of COUNTRY_NAME_LANGUAGES) {
    const code = countries().getAlpha2Code(text, lang);
    if (code) return code;
  }
  const folded = text.toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");
  return COUNTRY_SHORT_FORMS.find(([name]) => name === folded)?.[1];
}

export function countryName(code: string): string {
  return countries().getName(code, "en") ?? code;
}
