import type { PathSegment } from "../findings/finding.js";
import { formatPath } from "../findings/finding.js";
import { parseDate, wholeMonthsBetween } from "./date.js";
import { countryName, toCountryCode } from "./countries.js";
import { isDuration, parseDuration, type Duration } from "./duration.js";
import { lookupRegion } from "./regions.js";
import { workingDaysBetween } from "./working-days.js";
import vendorSetupSchema from "../schema/vendor-setup.schema.json" with { type: "json" };

/**
 * Derived facts, computed in TypeScript so that Rego only decides (ARCHITECTURE.md principle 5).
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
}

export interface Elapsed {
  hours: number;
  days: number;
  working_days: number;
  months: number;
  years: number;
}

export interface NormalizeProblem {
  ruleId: string;
  message: string;
  path: PathSegment[];
}

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

const DURATION_FIELDS = ["objectionWindow", "priorNotice", "breachNotification", "auditNotice"] as const;

export function dpaIdOf(doc: Obj): string | undefined {
  const dpa = doc.dpa;
  if (typeof dpa === "string") return dpa;
  if (isObj(dpa) && typeof dpa.id === "string") return dpa.id;
  return undefined;
}

export function normalize(doc: unknown, ctx: NormalizeContext): { facts: Facts; problems: NormalizeProblem[] } {
  const problems: NormalizeProblem[] = [];
  const report = (ruleId: string, path: PathSegment[], message: string): void => {
    problems.push({ ruleId, path, message });
  };
  const root: Obj = isObj(doc) ? doc : {};
  const dpaId = dpaIdOf(root);
  const facts: Facts = {
    today: ctx.today,
    asOf: ctx.asOf,
    dpa: dpaId ? { id: dpaId } : {},
    vendor: {},
    hosting: [],
    subprocessors: [],
    retention: {},
    contract: {},
    subprocessorChanges: [],
  };

  const country = (value: unknown, path: PathSegment[]): string | undefined => {
    if (typeof value !== "string") return undefined; // the schema reports the type
    const code = toCountryCode(value);
    if (!code) report("schema/country", path, `${formatPath(path)} "${value}" is not a known country (use an ISO code such as FR, or a name)`);
    return code;
  };
  const duration = (value: unknown, path: PathSegment[]): Duration | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "string" && typeof value !== "number") return undefined; // schema reports it
    const d = parseDuration(value);
    if (isDuration(d)) return d;
    report("schema/duration", path, `${formatPath(path)}: ${d.error}`);
    return undefined;
  };
  const date = (value: unknown, path: PathSegment[]): number | undefined => {
    if (typeof value !== "string") return undefined;
    const d = parseDate(value);
    if (typeof d === "number") return d;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) report("schema/date", path, `${formatPath(path)}: ${d.error}`);
    return undefined; // a malformed date is already a schema/pattern finding
  };

  const vendor = isObj(root.vendor) ? root.vendor : {};
  const vc = country(vendor.country, ["vendor", "country"]);
  if (vc) facts.vendor.country = vc;
  if (isObj(root.dpa)) date(root.dpa.signedOn, ["dpa", "signedOn"]);

  list(root.hosting).forEach((entry, i) => {
    const f: Facts["hosting"][number] = {};
    facts.hosting.push(f);
    if (!isObj(entry)) return;
    const byCountry = entry.country === undefined ? undefined : country(entry.country, ["hosting", i, "country"]);
    if (entry.region === undefined && entry.country === undefined) {
      report("schema/required", ["hosting", i], `hosting[${i}] needs a region or a country`);
      return;
    }
    if (typeof entry.region === "string") {
      const provider = typeof entry.provider === "string" ? entry.provider : undefined;
      const found = lookupRegion(entry.region, provider);
      if ("error" in found) {
        const at: PathSegment[] = found.error.startsWith("unknown provider") ? ["hosting", i, "provider"] : ["hosting", i, "region"];
        report("schema/region", at, `${formatPath(at)}: ${found.error}`);
      } else {
        f.provider = found.provider;
        if (byCountry && byCountry !== found.country) {
          report(
            "schema/region-country-mismatch",
            ["hosting", i, "country"],
            `hosting[${i}] says country ${byCountry} but region "${entry.region}" is in ${countryName(found.country)} (${found.country})`,
          );
        }
        f.country = found.country;
        return;
      }
    }
    if (byCountry) f.country = byCountry;
  });

  list(root.subprocessors).forEach((entry, i) => {
    const f: Facts["subprocessors"][number] = {};
    facts.subprocessors.push(f);
    if (!isObj(entry)) return;
    const c = country(entry.country, ["subprocessors", i, "country"]);
    if (c) f.country = c;
    const since = date(entry.since, ["subprocessors", i, "since"]);
    if (since !== undefined) f.since = since;
  });

  if (isObj(root.retention)) {
    for (const [category, value] of Object.entries(root.retention)) {
      // `{period, from}` counts from a later event (vendor-setup format, "Retention"); a plain
      // duration counts from collection.
      // An anchor the schema rejects leaves the category out: a rule must not guess what it meant.
      const anchored = isObj(value);
      if (anchored && value.from !== undefined && !RETENTION_ANCHORS.has(value.from)) continue;
      const d = anchored ? duration(value.period, ["retention", category, "period"]) : duration(value, ["retention", category]);
      if (!d) continue;
      facts.retention[category] = anchored && typeof value.from === "string" ? { ...d, from: value.from } : d;
    }
  }

  if (isObj(root.contract)) {
    for (const field of DURATION_FIELDS) {
      const d = duration(root.contract[field], ["contract", field]);
      if (d) facts.contract[field] = d;
    }
  }

  const holidaysOf = dpaId ? ctx.governingLaw(dpaId) : undefined;
  list(root.subprocessorChanges).forEach((entry, i) => {
    const f: ChangeFacts = {};
    facts.subprocessorChanges.push(f);
    if (!isObj(entry)) return;
    const notice = date(entry.noticeReceived, ["subprocessorChanges", i, "noticeReceived"]);
    const effective = date(entry.effective, ["subprocessorChanges", i, "effective"]);
    if (notice !== undefined) f.noticeReceived = notice;
    if (effective !== undefined) f.effective = effective;
    if (notice === undefined || effective === undefined) return;
    f.elapsed = elapsedBetween(notice, effective, holidaysOf);
    f.windowElapsed = elapsedBetween(notice, Math.max(notice, effective - 1), holidaysOf);
    if (holidaysOf) f.holidaysOf = holidaysOf;
  });

  return { facts, problems };
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
