import { createRequire } from "node:module";

/**
 * Countries: ISO 3166-1 alpha-2 codes, the aliases UK→GB and EL→GR, and names in English, French
 * and Dutch through i18n-iso-countries (vendor-setup-v1.md, "Countries").
 */
const require = createRequire(import.meta.url);

interface CountriesApi {
  registerLocale(locale: unknown): void;
  getAlpha2Code(name: string, lang: string): string | undefined;
  isValid(code: string): boolean;
  getName(code: string, lang: string): string | undefined;
}

const ALIASES: Record<string, string> = { UK: "GB", EL: "GR" };
const LANGS = ["en", "fr", "nl"] as const;

let api: CountriesApi | undefined;
function countries(): CountriesApi {
  if (!api) {
    const loaded = require("i18n-iso-countries") as CountriesApi;
    for (const lang of LANGS) loaded.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
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
    return countries().isValid(code) ? code : undefined;
  }
  for (const lang of LANGS) {
    const code = countries().getAlpha2Code(text, lang);
    if (code) return code;
  }
  return undefined;
}

export function countryName(code: string): string {
  return countries().getName(code, "en") ?? code;
}
