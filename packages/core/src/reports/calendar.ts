import { createHash } from "node:crypto";
import { dayToIso, parseDate } from "../normalize/date.js";
import { durationText, type Duration } from "../normalize/duration.js";
import { dayPeriodHasRun } from "../normalize/period-end.js";
import { hasHolidayCalendar } from "../normalize/working-days.js";
import type { Linter } from "../lint.js";
import { printable } from "../formatters/printable.js";
import { scalar } from "./ropa.js";
import type { SetupDoc } from "../vendor-setups.js";

/** One all-day event of the contract calendar, traced to the line it comes from. */
export interface CalendarEvent {
  /** Stable across runs and edits elsewhere: a re-import updates the event instead of adding one. */
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  description: string;
  source: { file: string; line: number };
}

/**
 * The dates a DPO keeps from the vendor setups and their DPAs' terms: for each sub-processor
 * change notice, the last day to object (the DPA's objection window counted from the notice,
 * working days without the governing law's holidays, as the rules count) and the first day the
 * change may take effect (the prior notice); the day it takes effect; the DPA's renewal; the last
 * day to announce a planned audit (its notice). Events are sorted by date, then summary.
 */
export function buildCalendar(linter: Linter, setups: readonly SetupDoc[]): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const s of setups) {
    const name =
      typeof (s.value.metadata as { name?: unknown } | undefined)?.name === "string" ? (s.value.metadata as { name: string }).name : s.file;
    const vendor =
      typeof (s.value.vendor as { name?: unknown } | undefined)?.name === "string" ? (s.value.vendor as { name: string }).name : name;
    const facts = linter.factsOf(s.value);
    const dpaId = facts.dpa.id;
    const terms = dpaId ? linter.packTerms(dpaId) : undefined;
    const law = dpaId ? linter.governingLaw(dpaId) : undefined;
    const holidays = law && hasHolidayCalendar(law) ? law : undefined;
    const counting = (p: Duration): string =>
      p.unit !== "working_days"
        ? ""
        : holidays
          ? ` (working days without ${holidays}'s public holidays)`
          : " (working days counted Monday to Friday)";
    const term = (field: string): Duration | undefined => periodOf(terms?.[field]) ?? facts.contract[field];
    const add = (kind: string, key: string, date: number, summary: string, description: string, path: Array<string | number>): void => {
      events.push({
        uid: `${createHash("sha256").update(`${s.file}\0${name}\0${kind}\0${key}`).digest("hex").slice(0, 32)}@dpa-lint`,
        date: dayToIso(date),
        summary,
        description,
        source: { file: s.file, line: s.lineOf(path) },
      });
    };
    changeEvents(s, { facts, terms, dpaId, vendor, name, holidays, term, counting, add });
    const contract = (s.value.contract ?? {}) as Record<string, unknown>;
    const renewal = dateOf(contract.renewal);
    if (renewal !== undefined)
      add("renewal", "", renewal, `DPA with ${vendor} renews`, `contract.renewal of ${name}.`, ["contract", "renewal"]);
    const audit = dateOf(contract.nextAudit);
    const auditNotice = periodOf((terms?.audit as { notice?: unknown } | undefined)?.notice) ?? facts.contract.auditNotice;
    if (audit !== undefined && auditNotice) {
      const by = latestNoticeDay(audit, auditNotice, holidays);
      add(
        "audit-notice",
        dayToIso(audit),
        by,
        `Last day to announce the audit of ${vendor}`,
        `The audit planned for ${dayToIso(audit)} needs ${durationText(auditNotice)}${counting(auditNotice)} of notice.`,
        ["contract", "nextAudit"],
      );
    }
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : 0));
}

/** What the change events need from their setup (buildCalendar gathers it once per setup). */
interface ChangeContext {
  facts: ReturnType<Linter["factsOf"]>;
  terms: Record<string, unknown> | undefined;
  dpaId: string | undefined;
  vendor: string;
  name: string;
  holidays: string | undefined;
  term: (field: string) => Duration | undefined;
  counting: (p: Duration) => string;
  add: (kind: string, key: string, date: number, summary: string, description: string, path: Array<string | number>) => void;
}

/** Each sub-processor change notice: the last day to object, the first day it may take effect, the day it does. */
function changeEvents(s: SetupDoc, ctx: ChangeContext): void {
  const { facts, terms, dpaId, vendor, name, holidays, term, counting, add } = ctx;
  const changes = (Array.isArray(s.value.subprocessorChanges) ? s.value.subprocessorChanges : []) as Array<Record<string, unknown>>;
  changes.forEach((c, i) => {
    const f = facts.subprocessorChanges[i];
    const sub = scalar(c.subprocessor);
    const what = c.change === "remove" ? `the removal of ${sub}` : c.change === "replace" ? `the replacement by ${sub}` : sub;
    if (!f || f.noticeReceived === undefined) return;
    const notice = dayToIso(f.noticeReceived);
    const key = `${sub}\0${scalar(c.change)}\0${notice}`;
    const window = term("objectionWindow");
    if (window && c.objection !== "waived")
      add(
        "objection",
        key,
        dayPeriodHasRun(f.noticeReceived, window, holidays),
        `Last day to object to ${what} (${vendor})`,
        `The ${dpaId ?? "recorded"} objection window of ${durationText(window)}${counting(window)} from the notice of ${notice} ends today: the change may take effect from tomorrow at the earliest.`,
        ["subprocessorChanges", i, "noticeReceived"],
      );
    const notices = (terms?.noticeCovers as string[] | undefined) ?? ["add", "replace"];
    const prior = term("priorNotice");
    if (prior && notices.includes(c.change === undefined ? "add" : scalar(c.change)))
      add(
        "prior-notice",
        key,
        dayPeriodHasRun(f.noticeReceived, prior, holidays),
        `Earliest day ${what} may take effect (${vendor})`,
        `The ${dpaId ?? "recorded"} prior notice of ${durationText(prior)}${counting(prior)} from the notice of ${notice} has run.`,
        ["subprocessorChanges", i, "noticeReceived"],
      );
    if (f.effective !== undefined)
      add("effective", key, f.effective, `${capitalise(what)} takes effect (${vendor})`, `As recorded in ${name}.`, [
        "subprocessorChanges",
        i,
        "effective",
      ]);
  });
}

/** The latest day a notice may be given so that `period` has run by `day`. */
function latestNoticeDay(day: number, period: Duration, holidays: string | undefined): number {
  let lo = day - (period.unit === "years" ? period.value * 366 : period.unit === "months" ? period.value * 31 : period.value * 3 + 40);
  let hi = day;
  // dayPeriodHasRun only grows with its start: the last start whose end is not after `day`.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (dayPeriodHasRun(mid, period, holidays) <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function periodOf(v: unknown): Duration | undefined {
  if (!v || typeof v !== "object") return undefined;
  const { value, unit } = v as { value?: unknown; unit?: unknown };
  return typeof value === "number" && typeof unit === "string" ? ({ value, unit } as Duration) : undefined;
}

function dateOf(v: unknown): number | undefined {
  const d = parseDate(v);
  return typeof d === "number" ? d : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The events as an iCalendar file (RFC 5545): all-day VEVENTs with stable UIDs, lines folded at 75
 * octets, text escaped; DTSTAMP is the day judged (`--as-of`), so the same input gives the same file.
 */
export function formatIcs(events: readonly CalendarEvent[], asOf: string): string {
  const stamp = `${asOf.replace(/-/g, "")}T000000Z`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//dpa-lint//contract calendar//EN",
    "CALSCALE:GREGORIAN",
    "X-WR-CALNAME:dpa-lint: DPA dates",
  ];
  for (const e of events) {
    const day = e.date.replace(/-/g, "");
    const next = dayToIso((parseDate(e.date) as number) + 1).replace(/-/g, "");
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${next}`,
      `SUMMARY:${icsText(e.summary)}`,
      `DESCRIPTION:${icsText(`${e.description} (${e.source.file}:${e.source.line})`)}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped; other control characters shown as \u{..}. */
function icsText(text: string): string {
  return printable(text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n"));
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
