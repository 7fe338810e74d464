// node scripts/gen-holidays.mjs: the public holidays working days skip, precomputed from
// date-holidays (a build-time dependency only) for the countries a DPA's governing law is likely
// to name: the EEA, Switzerland, the United Kingdom, the countries with an adequacy decision and
// the usual laws of non-European vendors (the United States: federal holidays), 2015 to 2045. The bundles ship this table
// instead of the library (moment-timezone, astronomical calendars: most of their size).
// A test checks the committed table equals a fresh generation.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { root } from "./tools.mjs";

export const HOLIDAY_COUNTRIES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
  "IS",
  "LI",
  "NO",
  "CH",
  "GB",
  // Countries with an adequacy decision, and those whose law DPAs of non-European vendors often
  // name: their working days are counted with their own public holidays, not as bare weekdays.
  "AD",
  "AR",
  "AU",
  "BR",
  "CA",
  "FO",
  "GG",
  "IL",
  "IM",
  "IN",
  "JE",
  "JP",
  "KR",
  "NZ",
  "SG",
  "US",
  "UY",
].sort();
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2045;
export const TABLE = "packages/core/src/normalize/public-holidays.json";

export function holidayTable() {
  const Holidays = createRequire(join(root, "package.json"))("date-holidays");
  const years = {};
  for (const country of HOLIDAY_COUNTRIES) {
    const hd = new Holidays(country);
    years[country] = {};
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const days = hd
        .getHolidays(year)
        .filter((h) => h.type === "public")
        .map((h) => h.date.slice(5, 10));
      years[country][year] = [...new Set(days)].sort().join(" ");
    }
  }
  return `${JSON.stringify({ source: "date-holidays, public holidays (MM-DD by year)", firstYear: FIRST_YEAR, lastYear: LAST_YEAR, countries: years })}\n`;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  writeFileSync(join(root, TABLE), holidayTable());
  console.log(`wrote ${TABLE}`);
}
