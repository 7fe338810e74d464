import { wholeMonthsBetween } from "./date.js";
import type { Duration } from "./duration.js";
import { workingDaysBetween } from "./working-days.js";

/**
 * The first day on which a period counted from `from` has fully run, counted as the rules count
 * elapsed time (normalize/facts.ts): calendar days, working days without the governing law's
 * public holidays (`holidaysOf`), calendar months with the day clamped, hours as whole days.
 * The last day of an objection window counted from a notice on day N is this day: the controller
 * may object until it ends. A change may take effect from it when it is the prior notice.
 */
export function dayPeriodHasRun(from: number, period: Duration, holidaysOf: string | undefined): number {
  switch (period.unit) {
    case "days":
      return from + period.value;
    case "hours":
      return from + Math.ceil(period.value / 24);
    case "working_days":
      return firstDay(from, (day) => workingDaysBetween(from, day, holidaysOf) >= period.value, period.value * 2 + 40);
    case "months":
    case "years": {
      const months = period.unit === "years" ? period.value * 12 : period.value;
      return firstDay(from, (day) => wholeMonthsBetween(from, day) >= months, months * 31 + 31);
    }
  }
}

/**
 * The first day after `from` where `reached` holds, searched by halving within `span` days
 * (`reached` only turns true as days go on). Past the span it gives the span's end.
 */
function firstDay(from: number, reached: (day: number) => boolean, span: number): number {
  let lo = from;
  let hi = from + span;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
