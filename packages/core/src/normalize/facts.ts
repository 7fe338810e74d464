import type { PathSegment } from "../findings/finding.js";
import { formatPath, type Problem } from "../findings/finding.js";
import { parseDate, wholeMonthsBetween } from "./date.js";
import { countryName, toCountryCode } from "./countries.js";
import { isDuration, parseDuration, type Duration } from "./duration.js";
import { lookupRegion } from "./regions.js";
import { hasHolidayCalendar, workingDaysBetween } from "./working-days.js";
import vendorSetupSchema from "../schema/vendor-setup.schema.json" with { type: "json" };

/**
 * Derived facts, computed in TypeScript so that Rego only decides: dates, periods and
 * country groups are computed once, in one language, and tested there.
 * They travel beside the document as `input.derived`, mirroring its shape: the facts of
 * `hosting[2]` are at `derived.hosting[2]`, so a rule reports the YAML path it read.
 */
export interface Facts {
  today: string;
  /** The day whose legal facts apply (policies/lib/countries.rego reads it). */
  asOf: string;
  dpa: { id?: string };
  vendor: { country?: string };
  hosting: Array<{ country?: string; provider?: string }>;
  subprocessors: Array<{ country?: string; since?: number }>;
  /** Each category's retention; `from` names the event it counts from when not collection. */
  retention: Record<string, Duration & { from?: string }>;
  contract: Record<string, Duration>;
  /** contract.endOfContract.within, read as a duration (format 1.1). */
  endOfContract: { within?: Duration };
  subprocessorChanges: Array<ChangeFacts>;
}

export interface ChangeFacts {
  noticeReceived?: number;
  effective?: number;
  /**
   * Time from the notice to the change, in every unit a DPA term may use: how much notice was
   * given. A change exactly N days after the notice had N days' notice.
   */
  elapsed?: Elapsed;
  /**
   * Time from the notice to the end of the day before the change: how much of a window counted
   * from the notice had fully run when the change took effect. The controller may still object on
   * a window's last day, so a change on that day comes before the window has closed.
   */
  windowElapsed?: Elapsed;
  /** Whose public holidays were skipped when counting working days. */
  holidaysOf?: string;
  /**
   * How working days were counted when no public holidays could be skipped (the DPA names no
   * governing law, or dpa-lint has no calendar for it): said in the findings that count them.
   */
  workingDaysNote?: string;
}

export interface Elapsed {
  hours: number;
  days: number;
  working_days: number;
  months: number;
  years: number;
}

/** A value the schema accepts but that names no country, duration, date or region. */
export type NormalizeProblem = Pick<Problem, "ruleId" | "message" | "path">;

export interface NormalizeContext {
  /** Today's date as YYYY-MM-DD; injected so that runs and tests are reproducible. */
  today: string;
  /** The day whose legal facts judge the setup (`--as-of`), YYYY-MM-DD. */
  asOf: string;
  /** The governing-law country of a DPA pack, for its working days. */
  governingLaw(dpaId: string): string | undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The events a retention period may count from: the schema's list, the one source. */
const RETENTION_ANCHORS: ReadonlySet<unknown> = new Set(vendorSetupSchema.$defs.retentionAnchor.enum);

/** The `contract` fields that hold a duration: the schema's list, the one source. */
const DURATION_FIELDS: readonly string[] = Object.entries(vendorSetupSchema.properties.contract.properties)
  .filter(([, field]) => (field as { $ref?: string }).$ref === "#/$defs/duration")
  .map(([name]) => name);

export function dpaIdOf(doc: Obj): string | undefined {
  const dpa = doc.dpa;
  if (typeof dpa === "string") return dpa;
  if (isObj(dpa) && typeof dpa.id === "string") return dpa.id;
  return undefined;
}

/**
 * The derived facts of one document, and the problems found on the way (values the schema
 * accepts but that name no country, duration, date or region). One function per field family.
 */
export function normalize(doc: unknown, ctx: NormalizeContext): { facts: Facts; problems: NormalizeProblem[] } {
  const root: Obj = isObj(doc) ? doc : {};
  const dpaId = dpaIdOf(root);
  const n = new Normalizer();
  const facts: Facts = {
    today: ctx.today,
    asOf: ctx.asOf,
    dpa: dpaId ? { id: dpaId } : {},
    vendor: vendorFacts(root, n),
    hosting: list(root.hosting).map((entry, i) => hostingFacts(entry, i, n)),
    subprocessors: list(root.subprocessors).map((entry, i) => subprocessorFacts(entry, i, n)),
    retention: retentionFacts(root.retention, n),
    contract: contractFacts(root.contract, n),
    endOfContract: endOfContractFacts(root.contract, n),
    subprocessorChanges: list(root.subprocessorChanges).map((entry, i) =>
      changeFacts(entry, i, n, dpaId ? ctx.governingLaw(dpaId) : undefined),
    ),
  };
  return { facts, problems: n.problems };
}

/** Reads countries, durations and dates, and records what it cannot read as a problem at its path. */
class Normalizer {
  readonly problems: NormalizeProblem[] = [];

  report(ruleId: string, path: PathSegment[], message: string): void {
    this.problems.push({ ruleId, path, message });
  }

  country(value: unknown, path: PathSegment[]): string | undefined {
    if (typeof value !== "string") return undefined; // the schema reports the type
    const code = toCountryCode(value);
    if (!code)
      this.report("schema/country", path, `${formatPath(path)} "${value}" is not a known country (use an ISO code such as FR, or a name)`);
    return code;
  }

  duration(value: unknown, path: PathSegment[]): Duration | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "string" && typeof value !== "number") return undefined; // schema reports it
    const d = parseDuration(value);
    if (isDuration(d)) return d;
    this.report("schema/duration", path, `${formatPath(path)}: ${d.error}`);
    return undefined;
  }

  date(value: unknown, path: PathSegment[]): number | undefined {
    if (typeof value !== "string") return undefined;
    const d = parseDate(value);
    if (typeof d === "number") return d;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) this.report("schema/date", path, `${formatPath(path)}: ${d.error}`);
    return undefined; // a malformed date is already a schema/pattern finding
  }
}

/** The vendor's country; `dpa.signedOn` is checked as a date (nothing derives from it). */
function vendorFacts(root: Obj, n: Normalizer): Facts["vendor"] {
  const vendor = isObj(root.vendor) ? root.vendor : {};
  const code = n.country(vendor.country, ["vendor", "country"]);
  if (isObj(root.dpa)) n.date(root.dpa.signedOn, ["dpa", "signedOn"]);
  return code ? { country: code } : {};
}

/** A hosting entry's country: from its provider region when it has one, else its country. */
function hostingFacts(entry: unknown, i: number, n: Normalizer): Facts["hosting"][number] {
  const f: Facts["hosting"][number] = {};
  if (!isObj(entry)) return f;
  const byCountry = entry.country === undefined ? undefined : n.country(entry.country, ["hosting", i, "country"]);
  if (entry.region === undefined && entry.country === undefined) {
    n.report("schema/required", ["hosting", i], `hosting[${i}] needs a region or a country`);
    return f;
  }
  if (typeof entry.region === "string") {
    const provider = typeof entry.provider === "string" ? entry.provider : undefined;
    const found = lookupRegion(entry.region, provider);
    if ("error" in found) {
      const at: PathSegment[] = found.error.startsWith("unknown provider") ? ["hosting", i, "provider"] : ["hosting", i, "region"];
      n.report("schema/region", at, `${formatPath(at)}: ${found.error}`);
    } else {
      f.provider = found.provider;
      if (byCountry && byCountry !== found.country) {
        n.report(
          "schema/region-country-mismatch",
          ["hosting", i, "country"],
          `hosting[${i}] says country ${byCountry} but region "${entry.region}" is in ${countryName(found.country)} (${found.country})`,
        );
      }
      f.country = found.country;
      return f;
    }
  }
  if (byCountry) f.country = byCountry;
  return f;
}

function subprocessorFacts(entry: unknown, i: number, n: Normalizer): Facts["subprocessors"][number] {
  const f: Facts["subprocessors"][number] = {};
  if (!isObj(entry)) return f;
  const c = n.country(entry.country, ["subprocessors", i, "country"]);
  if (c) f.country = c;
  const since = n.date(entry.since, ["subprocessors", i, "since"]);
  if (since !== undefined) f.since = since;
  return f;
}

/**
 * Each category's retention. `{period, from}` counts from a later event (vendor-setup format,
 * "Retention"); a plain duration counts from collection. An anchor the schema rejects leaves the
 * category out: a rule must not guess what it meant.
 */
function retentionFacts(retention: unknown, n: Normalizer): Facts["retention"] {
  const out: Facts["retention"] = {};
  if (!isObj(retention)) return out;
  for (const [category, value] of Object.entries(retention)) {
    const anchored = isObj(value);
    if (anchored && value.from !== undefined && !RETENTION_ANCHORS.has(value.from)) continue;
    const d = anchored ? n.duration(value.period, ["retention", category, "period"]) : n.duration(value, ["retention", category]);
    if (!d) continue;
    out[category] = anchored && typeof value.from === "string" ? { ...d, from: value.from } : d;
  }
  return out;
}

function contractFacts(contract: unknown, n: Normalizer): Facts["contract"] {
  const out: Facts["contract"] = {};
  if (!isObj(contract)) return out;
  for (const field of DURATION_FIELDS) {
    const d = n.duration(contract[field], ["contract", field]);
    if (d) out[field] = d;
  }
  // The calendar's dates (v1.1): an impossible one (2026-02-30) is a finding on its line.
  for (const field of ["renewal", "nextAudit"]) n.date(contract[field], ["contract", field]);
  return out;
}

/** The period contract.endOfContract gives the vendor to return or delete the data. */
function endOfContractFacts(contract: unknown, n: Normalizer): Facts["endOfContract"] {
  const end = isObj(contract) && isObj(contract.endOfContract) ? contract.endOfContract : undefined;
  const within = end ? n.duration(end.within, ["contract", "endOfContract", "within"]) : undefined;
  return within ? { within } : {};
}

/** A change notice's dates and the time between them; working days skip `holidaysOf`'s holidays. */
function changeFacts(entry: unknown, i: number, n: Normalizer, holidaysOf: string | undefined): ChangeFacts {
  const f: ChangeFacts = {};
  if (!isObj(entry)) return f;
  const notice = n.date(entry.noticeReceived, ["subprocessorChanges", i, "noticeReceived"]);
  const effective = n.date(entry.effective, ["subprocessorChanges", i, "effective"]);
  if (notice !== undefined) f.noticeReceived = notice;
  if (effective !== undefined) f.effective = effective;
  if (notice === undefined || effective === undefined) return f;
  f.elapsed = elapsedBetween(notice, effective, holidaysOf);
  f.windowElapsed = elapsedBetween(notice, Math.max(notice, effective - 1), holidaysOf);
  if (holidaysOf && hasHolidayCalendar(holidaysOf)) f.holidaysOf = holidaysOf;
  else
    f.workingDaysNote = holidaysOf
      ? `counted Monday to Friday: dpa-lint has no public-holiday calendar for ${holidaysOf}, the DPA's governing law`
      : "counted Monday to Friday: the DPA names no governing law whose public holidays to skip";
  return f;
}

/** Time from day `from` to day `to` in every unit; working days skip `holidaysOf`'s public holidays. */
function elapsedBetween(from: number, to: number, holidaysOf: string | undefined): Elapsed {
  const days = to - from;
  const months = wholeMonthsBetween(from, to);
  return {
    hours: days * 24,
    days,
    working_days: days <= 0 ? 0 : workingDaysBetween(from, to, holidaysOf),
    months,
    years: Math.floor(months / 12),
  };
}
