/**
 * Calendar dates (YYYY-MM-DD) as UTC day numbers, so that arithmetic never meets a time zone or a
 * daylight-saving change.
 */
const DAY_MS = 86_400_000;

/** Days since 1970-01-01, or an error for a malformed or impossible date such as 2026-02-30. */
export function parseDate(raw: unknown): number | { error: string } {
  if (typeof raw !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { error: `"${String(raw)}" is not a date written YYYY-MM-DD` };
  const [y, m, d] = raw.split("-").map(Number) as [number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
    return { error: `${raw} is not a real calendar date` };
  }
  return ms / DAY_MS;
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekday(day: number): number {
  const w = new Date(day * DAY_MS).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Whole calendar months from `from` to `to` (a month counts once its day-of-month is reached). */
export function wholeMonthsBetween(from: number, to: number): number {
  const a = new Date(from * DAY_MS);
  const b = new Date(to * DAY_MS);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (b.getUTCDate() < a.getUTCDate()) months -= 1;
  return months;
}
