import { createRequire } from "node:module";
import { dayToIso, weekday } from "./date.js";

/**
 * Working days: Monday to Friday, minus the public holidays of the DPA's governing-law country
 * (docs/vendor-setup-v1.md, "Durations"). Holidays come from date-holidays, loaded only when a working
 * day count is needed: its data costs about 100 ms to load, too much for every pre-commit run.
 */
const require = createRequire(import.meta.url);

interface HolidaysApi {
  getHolidays(year: number): Array<{ date: string; type: string }>;
}
type HolidaysCtor = new (country: string) => HolidaysApi;

const holidayCache = new Map<string, Set<string>>();

function publicHolidays(country: string, year: number): Set<string> {
  const key = `${country}:${year}`;
  let set = holidayCache.get(key);
  if (!set) {
    const Holidays = require("date-holidays") as HolidaysCtor;
    const days = new Holidays(country)
      .getHolidays(year)
      .filter((h) => h.type === "public")
      .map((h) => h.date.slice(0, 10));
    set = new Set(days);
    holidayCache.set(key, set);
  }
  return set;
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
  if (!country) return count;
  const firstYear = yearOf(from + 1);
  const lastYear = yearOf(to);
  for (let year = firstYear; year <= lastYear; year++) {
    if (year - firstYear >= EXACT_YEARS) {
      count -= (lastYear - year + 1) * MAX_HOLIDAYS_PER_YEAR;
      break;
    }
    for (const iso of publicHolidays(country, year)) {
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
