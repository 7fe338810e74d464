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

/**
 * Whole calendar months from `from` to `to`. A month counts once its day-of-month is reached, and
 * a day the shorter month lacks clamps to that month's last day: 31 January + 1 month is
 * 28 February (29 in a leap year), as in the usual reading of contracts and in the calendar
 * arithmetic of Java, .NET and date-fns (docs/legal-model.md, "Periods").
 */
export function wholeMonthsBetween(from: number, to: number): number {
  if (to < from) return -wholeMonthsBetween(to, from);
  const a = new Date(from * DAY_MS);
  const b = new Date(to * DAY_MS);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  const lastOfMonth = new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 0)).getUTCDate();
  if (b.getUTCDate() < Math.min(a.getUTCDate(), lastOfMonth)) months -= 1;
  return months;
}
