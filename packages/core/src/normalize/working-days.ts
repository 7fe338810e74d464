import { readFileSync } from "node:fs";
import { dayToIso, weekday } from "./date.js";

/**
 * Working days: Monday to Friday, minus the public holidays of the DPA's governing-law country
 * (docs/vendor-setup-v1.md, "Durations"). The holidays are a table precomputed from date-holidays
 * at build time (scripts/gen-holidays.mjs: the EEA, CH, GB, the adequacy countries and the usual
 * laws of non-European vendors, 2015 to 2045), so the library and its calendars stay out of the
 * bundles. A country the table lacks is counted Monday to Friday (the finding says so: subtracting
 * a guess of its holidays read "10 working days" in March as none); a year outside the table of a
 * country it has subtracts the bound MAX_HOLIDAYS_PER_YEAR instead, a lower bound, which can only
 * make a check stricter.
 */
// Read on first use, from the file beside this module (beside the script in the committed builds,
// which copy it there: scripts/esbuild-parts.mjs): only setups with working days need the table,
// and a table bundled into the script would be read at every start.
let holidays: Record<string, Record<string, string>> | undefined;
const HOLIDAYS = (): Record<string, Record<string, string>> =>
  (holidays ??= (
    JSON.parse(readFileSync(new URL("./public-holidays.json", import.meta.url), "utf8")) as {
      countries: Record<string, Record<string, string>>;
    }
  ).countries);
const holidayCache = new Map<string, string[] | undefined>();

/** The public holidays of a country in a year (YYYY-MM-DD), or undefined when the table lacks them. */
function publicHolidays(country: string, year: number): string[] | undefined {
  const key = `${country}:${year}`;
  if (!holidayCache.has(key)) {
    const days = HOLIDAYS()[country]?.[String(year)];
    holidayCache.set(
      key,
      days === undefined
        ? undefined
        : days
            .split(" ")
            .filter(Boolean)
            .map((md) => `${year}-${md}`),
    );
  }
  return holidayCache.get(key);
}

/** Whether the table has the country's public holidays (else its working days are Monday to Friday). */
export function hasHolidayCalendar(country: string): boolean {
  return HOLIDAYS()[country] !== undefined;
}

/** Spans longer than this many years are counted with an upper bound of holidays (see below). */
const EXACT_YEARS = 10;
/** More weekday public holidays than any country has in a year: the bound for the far future. */
const MAX_HOLIDAYS_PER_YEAR = 25;

/**
 * Working days strictly after `from` up to and including `to`: the number of working days a
 * party had between receiving a notice on `from` and the change on `to`.
 *
 * Counted arithmetically (weekdays by formula, minus the weekday holidays of each year in the
 * span), so its cost grows with the years spanned, not the days. A span of more than ten years is
 * thousands of working days, far beyond any DPA term: there the years after the tenth subtract
 * MAX_HOLIDAYS_PER_YEAR instead of loading their holidays (an effective date of 9999-12-31 cost
 * 19 s day by day). The count is then a lower bound, which can only make a check stricter.
 */
export function workingDaysBetween(from: number, to: number, country: string | undefined): number {
  if (to <= from) return 0;
  let count = weekdaysBetween(from, to);
  if (!country || !hasHolidayCalendar(country)) return count;
  const firstYear = yearOf(from + 1);
  const lastYear = yearOf(to);
  for (let year = firstYear; year <= lastYear; year++) {
    if (year - firstYear >= EXACT_YEARS) {
      count -= (lastYear - year + 1) * MAX_HOLIDAYS_PER_YEAR;
      break;
    }
    const holidays = publicHolidays(country, year);
    if (holidays === undefined) {
      count -= MAX_HOLIDAYS_PER_YEAR;
      continue;
    }
    for (const iso of holidays) {
      const day = parseIsoDay(iso);
      if (day > from && day <= to && weekday(day) <= 5) count--;
    }
  }
  return Math.max(0, count);
}

/** Monday-to-Friday days in (from, to]. */
function weekdaysBetween(from: number, to: number): number {
  const days = to - from;
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let day = from + 1 + weeks * 7; day <= to; day++) if (weekday(day) <= 5) count++;
  return count;
}

function yearOf(day: number): number {
  return Number(dayToIso(day).slice(0, 4));
}

function parseIsoDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}
