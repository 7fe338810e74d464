import { createRequire } from "node:module";
import { dayToIso, weekday } from "./date.js";

/**
 * Working days: Monday to Friday, minus the public holidays of the DPA's governing-law country
 * (vendor-setup-v1.md, "Durations"). Holidays come from date-holidays, loaded only when a working
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
    const days = new Holidays(country).getHolidays(year).filter((h) => h.type === "public").map((h) => h.date.slice(0, 10));
    set = new Set(days);
    holidayCache.set(key, set);
  }
  return set;
}

export function isWorkingDay(day: number, country: string | undefined): boolean {
  if (weekday(day) > 5) return false;
  if (!country) return true;
  const iso = dayToIso(day);
  return !publicHolidays(country, Number(iso.slice(0, 4))).has(iso);
}

/**
 * Working days strictly after `from` up to and including `to`: the number of working days a
 * party had between receiving a notice on `from` and the change on `to`.
 */
export function workingDaysBetween(from: number, to: number, country: string | undefined): number {
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isWorkingDay(day, country)) count++;
  return count;
}
