import { thousands } from "../thousands.js";

/**
 * Durations as the spec writes them ("Durations" in docs/vendor-setup-v1.md), normalised to
 * `{value, unit}` with the units Rego compares in. Months and years stay calendar units (never
 * 30 or 365 days); weeks become days; working days stay working days, because their calendar
 * length depends on the start day and on public holidays.
 */
export type DurationUnit = "hours" | "days" | "working_days" | "months" | "years";

export interface Duration {
  value: number;
  unit: DurationUnit;
}

const UNIT_WORDS: ReadonlyArray<[RegExp, DurationUnit, number]> = [
  [/^(h|hrs?|hours?)$/, "hours", 1],
  [/^(d|days?|calendar days?)$/, "days", 1],
  [/^(working|business) days?$/, "working_days", 1],
  [/^(w|weeks?)$/, "days", 7],
  [/^(months?)$/, "months", 1],
  [/^(y|yrs?|years?)$/, "years", 1],
];

/** A duration as messages write it: "10 working days", "48 hours". */
export function durationText(d: Duration): string {
  return `${d.value} ${d.unit.replace("_", " ")}`;
}

/** Returns the normalised duration, or a sentence saying why the value is not one. */
/**
 * The largest amount accepted in any unit (a million days is 2,700 years): larger numbers are
 * typos or probes, and beyond 2^31 they would fail the policy evaluation (gate-integrity issue).
 */
export const MAX_DURATION_AMOUNT = 1_000_000;

export function parseDuration(raw: unknown): Duration | { error: string } {
  const parsed = parseDurationUnbounded(raw);
  if ("value" in parsed && parsed.value > MAX_DURATION_AMOUNT) {
    return {
      error: `${JSON.stringify(raw)} is longer than dpa-lint checks (at most ${thousands(MAX_DURATION_AMOUNT)} ${parsed.unit.replace("_", " ")})`,
    };
  }
  return parsed;
}

function parseDurationUnbounded(raw: unknown): Duration | { error: string } {
  if (typeof raw === "number") {
    return Number.isInteger(raw) && raw >= 0
      ? { value: raw, unit: "days" }
      : { error: `${raw} is not a whole, non-negative number of days` };
  }
  if (typeof raw !== "string") return { error: "a duration must be a string or a number of days" };
  const text = raw.trim();
  if (/^P/i.test(text)) return parseIso(text);
  if (/^[0-9]+$/.test(text)) return { value: Number(text), unit: "days" };
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*([a-z][a-z ]*?)$/i.exec(text);
  if (!m) return { error: `"${raw}" is not a duration (expected e.g. "30 days", "10 working days", "24h", "P6M")` };
  const amount = Number(m[1]);
  const word = (m[2] ?? "").toLowerCase().replace(/\s+/g, " ");
  for (const [pattern, unit, factor] of UNIT_WORDS) {
    if (!pattern.test(word)) continue;
    const value = amount * factor;
    if (!Number.isInteger(value)) return { error: `"${raw}" is not a whole number of ${unit.replace("_", " ")}` };
    return { value, unit };
  }
  return { error: `"${raw}" has an unknown unit "${m[2] ?? ""}" (use hours, days, working days, weeks, months or years)` };
}

/** ISO 8601 durations: PnYnMnWnD and the time part TnH (minutes and seconds only in whole hours). */
function parseIso(text: string): Duration | { error: string } {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(text);
  if (!m || text.length < 3 || /T$/i.test(text)) return { error: `"${text}" is not an ISO 8601 duration (e.g. P30D, P6M, P1Y, PT24H)` };
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const months = y * 12 + mo;
  const days = w * 7 + d;
  const seconds = h * 3600 + mi * 60 + s;
  if (seconds % 3600 !== 0) return { error: `"${text}" is not a whole number of hours` };
  const hours = seconds / 3600;
  const calendarParts = [months > 0, days > 0, hours > 0].filter(Boolean).length;
  if (calendarParts > 1 && months > 0) {
    // P1M15D has no single exact length; refusing is better than guessing 30-day months.
    return { error: `"${text}" mixes months or years with days or hours; write it in one unit` };
  }
  if (months > 0) return mo === 0 ? { value: y, unit: "years" } : { value: months, unit: "months" };
  if (hours > 0) return { value: days * 24 + hours, unit: "hours" };
  return { value: days, unit: "days" };
}

export function isDuration(d: Duration | { error: string }): d is Duration {
  return !("error" in d);
}
